#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CareCircle on Debian 12: installs the packages that are missing, builds, then
#   setup.sh run  [app options]  - opens CareCircle on the local demo vault (or: --vault DIR)
#   setup.sh test                - runs every test and prints the benchmark figures
#   setup.sh build               - only installs and builds
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${CARECIRCLE_BUILD_DIR:-$root/build}"
action="${1:-run}"
[ $# -gt 0 ] && shift

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev
  qt6-charts-dev qml6-module-qtcharts qt6-websockets-dev qml6-module-qtwebsockets qt6-httpserver-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-qpa-plugins
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtquick-shapes qml6-module-qttest qml6-module-qt-labs-settings
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  libqt6sql6-sqlite libqt6sql6-psql libssl-dev libargon2-dev qtkeychain-qt6-dev libqrencode-dev
  clang-format fonts-dejavu-core xvfb xauth libgl1-mesa-dri sqlite3 python3 postgresql-15 curl
  at-spi2-core python3-pyatspi dbus dbus-x11 xdotool
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

build_all() {
  local launcher=()
  # ccache, where a developer has it, makes rebuilds of a fresh clone quick; CI does without.
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
  cmake --build "$build" -j2
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
    build_all
    cd "$build"
    status=0
    ctest --output-on-failure -j2 --timeout 600 || status=$?
    echo
    echo "Benchmark figures (tests/bench):"
    grep -h '^bench:' Testing/Temporary/LastTest.log || echo "  (none recorded)"
    exit $status
    ;;
  build)
    install_missing
    build_all
    ;;
  *)
    echo "usage: $0 run [app options] | test | build" >&2
    exit 1
    ;;
esac
