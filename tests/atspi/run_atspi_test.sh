#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs atspi_screen_reader.py against the app binary $1 in a private D-Bus session with its own
# AT-SPI bus, on a private X display: nothing of the desktop it runs on is touched.
#   run_atspi_test.sh path/to/carecircle [extra options for atspi_screen_reader.py]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=$1
shift
for tool in dbus-run-session xvfb-run xdotool /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (platform/linux/setup.sh installs it)"; exit 1; }
done
# Debian's python3 (python3-pyatspi is installed for it), whatever python3 comes first in PATH.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -c 'import pyatspi' 2>/dev/null || { echo "missing: python3-pyatspi"; exit 1; }

# Inside the session: start the AT-SPI bus at once (the app asks for it when it starts), then
# the test, which starts the app under the same X display.
exec dbus-run-session -- sh -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  launcher=$!
  script=$0
  python=$1
  app=$2
  shift 2
  status=0
  xvfb-run -a -s "-screen 0 1280x1024x24" "$python" "$script" --app "$app" "$@" || status=$?
  kill "$launcher" 2>/dev/null || true
  exit $status
' "$here/atspi_screen_reader.py" "$python" "$app" "$@"
