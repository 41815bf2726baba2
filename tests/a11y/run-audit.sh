#!/usr/bin/env bash
# run-audit.sh: starts a private accessibility bus and runs audit.py on it.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (inside dbus-run-session): run-audit.sh VALUE-CARDS SOURCE-ROOT
#
# The bus launcher of at-spi2-core starts the accessibility bus, and the
# registry daemon is started on it when first asked for. The app is then
# started by audit.py with GTK's AT-SPI backend.

set -u

app=$1
src=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

skip() {
  echo "1..0 # SKIP $1"
  exit 0
}

[ -n "${DISPLAY:-}" ] || skip "no X display"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || skip "no D-Bus session bus"

launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  if [ -x "$candidate" ]; then
    launcher=$candidate
    break
  fi
done
[ -n "$launcher" ] || skip "at-spi2-core's bus launcher is not installed"

# The Python that has pyatspi: the system's, not one of a version manager.
python=
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import pyatspi' >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
[ -n "$python" ] || skip "python3-pyatspi is not installed"

unset NO_AT_BRIDGE
export GTK_A11Y=atspi

"$launcher" --launch-immediately >/dev/null 2>&1 &
launcher_pid=$!
trap 'kill "$launcher_pid" 2>/dev/null; wait "$launcher_pid" 2>/dev/null' EXIT

# The accessibility bus is there once the launcher answers with its address.
address=
for _ in $(seq 1 50); do
  address=$(dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus \
              org.a11y.Bus.GetAddress 2>/dev/null | tr -d ' ')
  [ -n "$address" ] && break
  sleep 0.2
done
[ -n "$address" ] || skip "the accessibility bus did not start"

"$python" "$here/audit.py" "$app" "$src"
