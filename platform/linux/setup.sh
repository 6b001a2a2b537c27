#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CareCircle on Debian 12: installs the packages that are missing, builds, then
#   setup.sh run  [app options]  - opens CareCircle on the local demo vault (or: --vault DIR)
#   setup.sh test                - runs every test, then the non-GUI tests under ASan+UBSan
#                                  (build-asan), and prints the benchmark figures;
#                                  CARECIRCLE_TEST_SANITIZE set to anything but 1 (0, or
#                                  empty) leaves the sanitizer part out,
#                                  CARECIRCLE_TEST_EXTRAS=1 adds the app's tests to it
#                                  (unless it is left out) and the fuzzers (build-fuzz)
#   setup.sh sanitize            - only the sanitizer suite, the app's controller and model
#                                  tests included (an instrumented app library)
#   setup.sh fuzz [SECONDS]      - only builds and runs the fuzzers, SECONDS each (default 180)
#   setup.sh build               - only installs and builds
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${CARECIRCLE_BUILD_DIR:-$root/build}"
asan_build="${CARECIRCLE_ASAN_BUILD_DIR:-$root/build-asan}"
fuzz_build="${CARECIRCLE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
action="${1:-run}"
[ $# -gt 0 ] && shift

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev
  qt6-websockets-dev qml6-module-qtwebsockets qt6-httpserver-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-qpa-plugins
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtquick-shapes qml6-module-qttest qml6-module-qt-labs-settings
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  libqt6sql6-sqlite libqt6sql6-psql libssl-dev libargon2-dev qtkeychain-qt6-dev libqrencode-dev
  clang-format fonts-dejavu-core xvfb xauth libgl1-mesa-dri sqlite3 python3 postgresql-15 curl
  at-spi2-core python3-pyatspi dbus dbus-x11 xdotool
  clang libclang-rt-14-dev llvm-14
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ccache, where a developer has it, makes rebuilds of a fresh clone quick; CI does without.
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

build_all() {
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
  cmake --build "$build" -j2
}

# The non-GUI libraries, server, CLI and the tests labelled "nongui" (no Qt Quick), built with
# ASan+UBSan (cmake/sanitizers.cmake) and run with every finding fatal: about 19 minutes on a
# clean 2-core machine, most of it the build. With "app", also the app library with its
# controller and model tests (labelled "asan_app"): 37 minutes in all (CI measured 2,219 s),
# too long for CI beside the normal suite.
sanitizer_suite() {
  local start=$SECONDS rc=0 targets=(carecircle_nongui) labels=nongui
  if [ "${1:-}" = app ]; then targets+=(carecircle_asan_app); labels='nongui|asan_app'; fi
  cmake -G Ninja -S "$root" -B "$asan_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARECIRCLE_SANITIZE=ON \
    "${launcher[@]}" >/dev/null || rc=$?
  [ $rc -eq 0 ] && { cmake --build "$asan_build" -j2 --target "${targets[@]}" || rc=$?; }
  if [ $rc -eq 0 ]; then
    (cd "$asan_build" &&
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0" \
      QT_QPA_PLATFORM=offscreen \
      ctest -L "$labels" --output-on-failure -j2 --timeout 900) || rc=$?
  fi
  summary+=("Sanitizer suite (ASan+UBSan, ctest -L '$labels' in build-asan): $([ $rc -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s")
  return $rc
}

# Each libFuzzer target of tests/fuzz for $1 seconds, starting from its checked-in corpus
# (new finds go to a scratch folder, not into the source tree). Any crash, leak, timeout,
# sanitizer finding or oracle failure fails the run; the input is kept as an artifact.
fuzz_all() {
  local seconds="$1" start=$SECONDS rc=0 failed=0 count=0
  CC=clang CXX=clang++ cmake -G Ninja -S "$root" -B "$fuzz_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DCARECIRCLE_FUZZ=ON -DCARECIRCLE_BUILD_TESTS=OFF -DCARECIRCLE_WERROR=OFF "${launcher[@]}" >/dev/null || rc=$?
  [ $rc -eq 0 ] && { cmake --build "$fuzz_build" -j2 --target carecircle_fuzzers || rc=$?; }
  if [ $rc -eq 0 ]; then
    local symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
    mkdir -p "$fuzz_build/artifacts" "$fuzz_build/logs"
    for corpus in "$root"/tests/fuzz/corpus/*/; do
      local name work log
      name=$(basename "$corpus")
      work=$(mktemp -d)
      log="$fuzz_build/logs/fuzz_$name.log"
      count=$((count + 1))
      if ASAN_SYMBOLIZER_PATH="$symbolizer" ASAN_OPTIONS=detect_leaks=1 \
         UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
         "$fuzz_build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
           -print_final_stats=1 -artifact_prefix="$fuzz_build/artifacts/fuzz_$name-" "$work" "$corpus" >"$log" 2>&1; then
        local execs rate
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        echo "fuzz_$name: ${execs:-?} runs, ${rate:-?} runs/s, corpus $(ls "$corpus" | wc -l) + $(ls "$work" | wc -l) new, 0 crashes"
      else
        failed=$((failed + 1))
        echo "fuzz_$name: FAILED (log: $log; input under $fuzz_build/artifacts/)"
        grep -E 'ERROR|SUMMARY|oracle|Test unit written' "$log" | head -20
      fi
      rm -rf "$work"
    done
    [ $failed -eq 0 ] || rc=1
  fi
  summary+=("Fuzzers (libFuzzer+ASan+UBSan, ${seconds} s each in build-fuzz): $([ $rc -eq 0 ] && echo "$count passed" || echo "FAILED ($failed of $count)") in $((SECONDS - start)) s")
  return $rc
}

print_summary() {
  echo
  echo "Summary:"
  printf '  %s\n' "${summary[@]}"
}

case "$action" in
  run)
    install_missing
    build_all
    if [ $# -eq 0 ]; then set -- --demo; fi
    exec "$build/src/app/carecircle" "$@"
    ;;
  test)
    install_missing
    summary=()
    status=0
    # Every part runs whatever happened before it; the exit status says whether all passed.
    start=$SECONDS
    suite=0
    build_all || suite=$?
    if [ $suite -eq 0 ]; then
      (cd "$build" && ctest --output-on-failure -j2 --timeout 600) || suite=$?
    fi
    summary+=("Normal suite (ctest in build): $([ $suite -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s")
    [ $suite -eq 0 ] || status=1
    # The non-GUI part of the sanitizer suite runs here, so in CI (about 19 minutes on a clean
    # 2-core machine); the app's part and the fuzzers have their own commands (setup.sh
    # sanitize, setup.sh fuzz) or run here with CARECIRCLE_TEST_EXTRAS=1.
    if [ "${CARECIRCLE_TEST_SANITIZE-1}" = 1 ]; then
      if [ "${CARECIRCLE_TEST_EXTRAS:-0}" = 1 ]; then
        sanitizer_suite app || status=1
      else
        sanitizer_suite || status=1
      fi
    fi
    if [ "${CARECIRCLE_TEST_EXTRAS:-0}" = 1 ]; then
      fuzz_all "${CARECIRCLE_FUZZ_SECONDS:-10}" || status=1
    fi
    print_summary
    echo
    echo "Benchmark figures (tests/bench):"
    grep -h '^bench:' "$build/Testing/Temporary/LastTest.log" 2>/dev/null || echo "  (none recorded)"
    exit $status
    ;;
  sanitize)
    install_missing
    summary=()
    status=0
    sanitizer_suite app || status=1
    print_summary
    exit $status
    ;;
  fuzz)
    install_missing
    summary=()
    status=0
    fuzz_all "${1:-180}" || status=1
    print_summary
    exit $status
    ;;
  build)
    install_missing
    build_all
    ;;
  *)
    echo "usage: $0 run [app options] | test | sanitize | fuzz [SECONDS] | build" >&2
    exit 1
    ;;
esac
