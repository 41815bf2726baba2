#!/usr/bin/env bash
# test-present-keys.sh: presents a deck with `value-cards --present` and
# drives it with real key presses sent through the X server, as a clicker
# would send them; then checks where the saved meeting is, and that Esc
# closes the room's window.
#
# Usage: test-present-keys.sh VALUE-CARDS DECK
#
# Last, --present is given again while the app runs, as a desktop
# shortcut would be clicked twice.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

app=$1
deck=$2
room_title="Cards for the Room"

echo "1..4"

skip_all() {
  for i in 1 2 3 4; do echo "ok $i # SKIP $1"; done
  exit 0
}

command -v xdotool >/dev/null || skip_all "xdotool is not installed"
[ -n "${DISPLAY:-}" ] || skip_all "no X display"

data_home=$(mktemp -d)
export XDG_DATA_HOME=$data_home
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$data_home"
}
trap cleanup EXIT

"$app" --present "$deck" &
pid=$!

# 1. The room's window opens by itself.
if timeout 30 xdotool search --sync --onlyvisible --name "$room_title" >/dev/null; then
  echo "ok 1 - --present opens the room's window"
else
  echo "not ok 1 - --present opens the room's window"
  exit 1
fi
sleep 1

# 2. A clicker's keys move the room through the deck: from the
# introduction to the first card, on twice, and one back.
for key in Next Right space BackSpace; do
  xdotool key "$key"
  sleep 0.4
done

# The meeting is saved within half a second of a change.
saved=
for _ in $(seq 1 20); do
  saved=$(grep -rl '"card" *: *"on-the-bus"' "$data_home" 2>/dev/null | head -n 1)
  [ -n "$saved" ] && break
  sleep 0.25
done
if [ -n "$saved" ]; then
  echo "ok 2 - Page Down, Right, Space and Backspace move the meeting to the second card"
else
  echo "not ok 2 - Page Down, Right, Space and Backspace move the meeting to the second card"
  find "$data_home" -name '*.json' -exec sed 's/^/# /' {} \;
fi

# 3. Esc stops presenting: the room's window goes, the app stays.
xdotool key Escape
gone=
for _ in $(seq 1 20); do
  if ! xdotool search --onlyvisible --name "$room_title" >/dev/null; then
    gone=1
    break
  fi
  sleep 0.25
done
if [ -n "$gone" ] && kill -0 "$pid" 2>/dev/null; then
  echo "ok 3 - Esc closes the room's window and the meeting goes on"
else
  echo "not ok 3 - Esc closes the room's window and the meeting goes on"
fi

# 4. --present again, while the app runs: the running app presents.
if timeout 30 "$app" --present "$deck" &&
   timeout 30 xdotool search --sync --onlyvisible --name "$room_title" >/dev/null; then
  echo "ok 4 - --present hands the deck to the app already running, which presents it"
else
  echo "not ok 4 - --present hands the deck to the app already running, which presents it"
fi
xdotool key Escape
