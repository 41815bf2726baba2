#!/usr/bin/env bash
# test-editor-keys.sh: opens a copy of a deck with `value-cards --edit` and
# works on it with real key presses sent through the X server only: moves
# a card down with Alt+Down, deletes another with Delete and brings it back
# with Ctrl+Z, saves with Ctrl+S and closes with Ctrl+W; then reads the
# saved file.
#
# Usage: test-editor-keys.sh VALUE-CARDS DECK
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

app=$1
deck=$2

echo "1..5"

skip_all() {
  for i in 1 2 3 4 5; do echo "ok $i # SKIP $1"; done
  exit 0
}

command -v xdotool >/dev/null || skip_all "xdotool is not installed"
command -v python3 >/dev/null || skip_all "python3 is not installed"
[ -n "${DISPLAY:-}" ] || skip_all "no X display"

work=$(mktemp -d)
export XDG_DATA_HOME=$work/data
copy=$work/our-dilemmas.vcdeck
cp "$deck" "$copy"
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

titles() {
  python3 -c 'import json, sys; print("\n".join(c.get("title", "") for c in json.load(open(sys.argv[1]))["cards"]))' "$1"
}

"$app" --edit "$copy" &
pid=$!

# 1. The deck opens in the editor by itself.
if window=$(timeout 30 xdotool search --sync --onlyvisible --name "Deck Editor"); then
  echo "ok 1 - --edit opens the deck editor"
else
  echo "not ok 1 - --edit opens the deck editor"
  exit 1
fi
window=$(echo "$window" | head -n 1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
sleep 1

press() {
  for key in "$@"; do
    xdotool key "$key"
    sleep 0.4
  done
}

# 2. F6 goes to the outline; Down three times from the deck's details,
# past its roles and introduction, to the first card; Alt+Down moves it
# below the second.
press F6 Down Down Down alt+Down ctrl+s
before=$(titles "$deck")
after=$(titles "$copy")
expected=$(echo "$before" | awk 'NR == 1 { first = $0; next } NR == 2 { print; print first; next } { print }')
if [ "$after" = "$expected" ]; then
  echo "ok 2 - Alt+Down moved the first card below the second, and Ctrl+S saved it"
else
  echo "not ok 2 - Alt+Down moved the first card below the second, and Ctrl+S saved it"
  echo "$after" | head -n 4 | sed 's/^/# /'
fi

# 3. Delete in the outline deletes the card chosen, the third.
press Down Delete ctrl+s
deleted=$(titles "$copy")
if [ "$(echo "$deleted" | wc -l)" = "$(( $(echo "$before" | wc -l) - 1 ))" ] &&
   ! echo "$deleted" | grep -qxF "$(echo "$expected" | sed -n 3p)"; then
  echo "ok 3 - Delete deletes the card chosen in the outline"
else
  echo "not ok 3 - Delete deletes the card chosen in the outline"
fi

# 4. Ctrl+Z brings it back, where it was.
press ctrl+z ctrl+s
if [ "$(titles "$copy")" = "$expected" ]; then
  echo "ok 4 - Ctrl+Z brings the deleted card back"
else
  echo "not ok 4 - Ctrl+Z brings the deleted card back"
fi

# 5. Saved, Ctrl+W closes the window without asking.
xdotool key ctrl+w
gone=
for _ in $(seq 1 20); do
  if ! xdotool search --onlyvisible --name "Deck Editor" >/dev/null; then
    gone=1
    break
  fi
  sleep 0.25
done
if [ -n "$gone" ]; then
  echo "ok 5 - Ctrl+W closes the saved deck's window"
else
  echo "not ok 5 - Ctrl+W closes the saved deck's window"
fi
