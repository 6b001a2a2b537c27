#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every main page of the demo vault at phone, tablet and desktop size under Xvfb.
#   tests/tools/screenshots.sh [OUTPUT_DIR] [BUILD_DIR]
# Pictures: OUTPUT_DIR/<page>-<W>x<H>[-<lang>].png. Set LANGS="nl fr de en" for more languages.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="${1:-$root/build/screenshots}"
build="${2:-$root/build}"
app="$build/src/app/carecircle"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

"$build/src/cli/carecircle-cli" demo --vault "$work/demo" >/dev/null
sizes=(390x844 800x1280 1280x800)
pages=(unlock home goals checkin trends plan team settings)
for lang in ${LANGS:-en}; do
  mkdir -p "$XDG_CONFIG_HOME/CareCircle"
  printf '[appearance]\nlanguage=%s\n' "$lang" > "$XDG_CONFIG_HOME/CareCircle/CareCircle.conf"
  suffix=""; [ "${LANGS:-en}" != "en" ] && suffix="-$lang"
  for size in "${sizes[@]}"; do
    xvfb-run -a -s "-screen 0 1600x1400x24" "$app" --vault "$work/empty-$size$suffix" \
      --screenshot "$out/welcome-$size$suffix.png" --size "$size"
    for page in "${pages[@]}"; do
      xvfb-run -a -s "-screen 0 1600x1400x24" "$app" --demo --vault "$work/demo" \
        --screenshot "$out/$page-$size$suffix.png" --size "$size" --page "$page"
    done
  done
done
echo "Screenshots in $out"
