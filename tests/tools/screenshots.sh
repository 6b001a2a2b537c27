#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every main page of the demo vault, and the pages they push (details, editors, a
# questionnaire and its result), at phone, tablet and desktop size under Xvfb.
#   tests/tools/screenshots.sh [OUTPUT_DIR] [BUILD_DIR]
# Pictures: OUTPUT_DIR/<page>-<W>x<H>[-<lang>][-text<percent>][-<theme>].png. Set LANGS="nl fr de en"
# for more languages, TEXT_SCALE=2 for 200 % text, THEME=dark or THEME=highContrast for the
# other themes, PAGES="goal-detail …" or SIZES="390x844" for some pages or sizes only, and
# DEMO=--demo-caregiver (Els's tablet, acting in Maria's care) or DEMO=--demo-care-team (the
# GP's desktop) for the other demo modes (pictures then end in -caregiver or -care-team).
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
read -r -a sizes <<< "${SIZES:-390x844 800x1280 1280x800}"
main_pages=(unlock home goals checkin trends plan team settings)
# Pushed from a main page, for its first entry (Main.qml subPages).
sub_pages=(goal-detail goal-editor plan-editor activity-detail activity-editor
           checkin-flow checkin-review instrument instrument-result member-editor)
read -r -a pages <<< "${PAGES:-${main_pages[*]} ${sub_pages[*]}}"
scale="${TEXT_SCALE:-1}"
demo="${DEMO:---demo}"
mode=""; [ "$demo" != "--demo" ] && mode="-${demo#--demo-}"
theme="${THEME:-light}"
for lang in ${LANGS:-en}; do
  mkdir -p "$XDG_CONFIG_HOME/CareCircle"
  # Every key of Main.qml's settings: Qt 6.4's Settings rewrites a stale default over a stored
  # value when another key of its category is missing.
  printf '[appearance]\nlanguage=%s\ntextScale=%s\nthemeMode=%s\n' "$lang" "$scale" "$theme" \
    > "$XDG_CONFIG_HOME/CareCircle/CareCircle.conf"
  suffix=""; [ "${LANGS:-en}" != "en" ] && suffix="-$lang"
  [ "$scale" != "1" ] && suffix="$suffix-text$(awk -v s="$scale" 'BEGIN { printf "%d", s * 100 }')"
  [ "$theme" != "light" ] && suffix="$suffix-$theme"
  suffix="$suffix$mode"
  for size in "${sizes[@]}"; do
    if [ -z "${PAGES:-}" ] && [ -z "$mode" ]; then
      xvfb-run -a -s "-screen 0 1600x1400x24" "$app" --vault "$work/empty-$size$suffix" \
        --screenshot "$out/welcome-$size$suffix.png" --size "$size"
    fi
    for page in "${pages[@]}"; do
      xvfb-run -a -s "-screen 0 1600x1400x24" "$app" "$demo" --vault "$work/demo$mode" \
        --screenshot "$out/$page-$size$suffix.png" --size "$size" --page "$page"
    done
  done
done
echo "Screenshots in $out"
