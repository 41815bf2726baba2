#!/usr/bin/env bash
# test-install.sh: installs the build into a staging folder as a package
# would, and runs what was installed.
#
# The staged prefix is put in the place of the real one in a mount namespace
# of its own, so the installed programs find their decks, translations,
# settings schema, help and picture helper by the paths compiled into them,
# and nothing from the source or build tree. There a built-in deck is opened
# in Swedish through the installed desktop file, as a file manager would
# open it, and what a screen reader is told is read back to check it.
#
# Usage: test-install.sh BUILD-DIR SOURCE-DIR APP-ID PREFIX BINDIR DATADIR
#                        LIBEXECDIR LOCALEDIR MANDIR
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if [ "${1:-}" = --inside ]; then
  shift
  inside=1
else
  inside=0
fi

build=$1 source=$2 app_id=$3 prefix=$4
bindir=$prefix/$5 datadir=$prefix/$6 libexecdir=$prefix/$7
localedir=$prefix/$8 mandir=$prefix/$9
# Options given as absolute paths stay as they are.
for var in bindir datadir libexecdir localedir mandir; do
  case ${!var} in
    "$prefix"//*) printf -v "$var" '%s' "${!var#"$prefix"/}" ;;
  esac
done

tests=7
deck_name=workplace-dilemmas

run_inside() {
  local n=3

  # What a package's triggers do after it is unpacked.
  glib-compile-schemas "$datadir/glib-2.0/schemas"
  update-mime-database "$datadir/mime" >/dev/null
  update-desktop-database "$datadir/applications" >/dev/null 2>&1
  gtk4-update-icon-cache -q -t -f "$datadir/icons/hicolor" 2>/dev/null ||
    gtk-update-icon-cache -q -t -f "$datadir/icons/hicolor" 2>/dev/null || true

  # Only the prefix's data: no variables pointing at the source tree.
  unset VALUE_CARDS_DECKS_DIR VALUE_CARDS_FORMATS_DIR VALUE_CARDS_LOCALEDIR
  unset VALUE_CARDS_PICTURE_HELPER GSETTINGS_SCHEMA_DIR
  export XDG_DATA_DIRS=$datadir:/usr/share
  export XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
  export XDG_CURRENT_DESKTOP=GNOME
  export PATH=$bindir:$PATH
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

  local deck=$datadir/value-cards/decks/$deck_name.vcdeck

  # 3. The installed deck tool finds every installed deck whole, and
  # speaks Swedish.
  local out
  if out=$("$bindir/value-cards-deck" validate "$datadir"/value-cards/decks/*.vcdeck 2>&1) &&
     out=$("$bindir/value-cards-deck" check-formats "$datadir"/value-cards/formats/*.json 2>&1) &&
     LC_ALL=C.UTF-8 LANGUAGE=sv "$bindir/value-cards-deck" --help 2>&1 | grep -q 'Kommandon'; then
    echo "ok $n - the installed value-cards-deck accepts the installed decks and formats, in Swedish too"
  else
    printf '%s\n' "$out" | sed 's/^/# /'
    echo "not ok $n - the installed value-cards-deck accepts the installed decks and formats, in Swedish too"
  fi
  n=$((n + 1))

  # 4. The desktop knows a deck by its name and by what is inside it.
  local copy=$work/"Vår egen kortlek.vcdeck"
  local unnamed=$work/deck-without-extension
  cp "$deck" "$copy"
  cp "$deck" "$unnamed"
  local type_installed type_copy type_unnamed default_app
  type_installed=$(xdg-mime query filetype "$deck" 2>&1)
  type_copy=$(xdg-mime query filetype "$copy" 2>&1)
  type_unnamed=$(xdg-mime query filetype "$unnamed" 2>&1)
  default_app=$(xdg-mime query default application/x-value-cards-deck 2>&1)
  echo "# xdg-mime: $type_installed, $type_copy, $type_unnamed; default: $default_app"
  if [ "$type_installed" = application/x-value-cards-deck ] &&
     [ "$type_copy" = application/x-value-cards-deck ] &&
     [ "$type_unnamed" = application/x-value-cards-deck ] &&
     [ "$default_app" = "$app_id.desktop" ]; then
    echo "ok $n - xdg-mime knows a .vcdeck, and the installed app opens it"
  else
    echo "not ok $n - xdg-mime knows a .vcdeck, and the installed app opens it"
  fi
  n=$((n + 1))

  # 5. The desktop file opens a built-in deck, in Swedish; a screen reader
  # is told the deck's Swedish title.
  local title expected
  title=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["title"])' "$deck")
  expected=$(LANGUAGE=sv TEXTDOMAINDIR=$localedir gettext -d value-cards "$title")
  echo "# the deck's title: “$title”, in Swedish “$expected”"
  export GTK_A11Y=atspi
  unset NO_AT_BRIDGE
  LC_ALL=C.UTF-8 LANGUAGE=sv gio launch "$datadir/applications/$app_id.desktop" "$deck" \
    >"$work/app.log" 2>&1 &
  local launcher=$!
  local seen
  seen=$(/usr/bin/python3 "$source/tests/install/read-labels.py" "$expected" "Värdegrundskort" 2>"$work/reader.log")
  printf '%s\n' "$seen" | sed 's/^/# /'
  if [ "$expected" != "$title" ] && printf '%s\n' "$seen" | grep -qx 'found'; then
    echo "ok $n - the desktop file opens a built-in deck in Swedish"
  else
    echo "not ok $n - the desktop file opens a built-in deck in Swedish"
  fi
  n=$((n + 1))

  # 6. A screenshot for a person to look at.
  local wid
  wid=$(xdotool search --onlyvisible --name "^Värdegrundskort$" 2>/dev/null | head -n1)
  if [ -n "$wid" ] && command -v xwd >/dev/null && command -v xwdtopnm >/dev/null; then
    xwd -silent -id "$wid" | xwdtopnm 2>/dev/null | pnmtopng >"$build/tests/screenshot-install-sv.png" 2>/dev/null
    echo "ok $n - screenshot of the installed app saved"
  else
    echo "ok $n # SKIP no window, or xwd and netpbm are not installed"
  fi
  n=$((n + 1))

  # 7. Nothing was warned about while it ran.
  local pid
  pid=$(pgrep -f "^$bindir/value-cards " | head -n1)
  [ -n "$pid" ] && kill "$pid"
  wait "$launcher" 2>/dev/null
  sleep 0.5
  if grep -E 'CRITICAL|WARNING|Gtk-|Adwaita-|value-cards-' "$work/app.log" |
     grep -v -E 'xdg-desktop-portal|pw\.conf|RealtimeKit|PipeWire|dbus-daemon' >"$work/warnings"; then
    sed 's/^/# /' "$work/warnings"
    echo "not ok $n - the installed app ran without warnings"
  else
    echo "ok $n - the installed app ran without warnings"
  fi
}

if [ "$inside" = 1 ]; then
  work=${10}
  stage=${11}
  # The services the bus starts write to the bus's output, which is not
  # this test's report; the report goes to the descriptor given for it.
  exec 1>&3
  mount --bind "$stage$prefix" "$prefix" || { echo "Bail out! cannot mount the staged prefix" >&3; exit 1; }
  run_inside
  exit 0
fi

echo "1..$tests"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/stage

# 1. meson install into the staging folder.
if meson install -C "$build" --no-rebuild --destdir "$stage" --quiet >"$work/install.log" 2>&1; then
  echo "ok 1 - meson install into a staging folder"
else
  sed 's/^/# /' "$work/install.log"
  echo "not ok 1 - meson install into a staging folder"
  exit 0
fi

# 2. Everything the app needs is there.
s=$stage
expected_files=(
  "$bindir/value-cards"
  "$bindir/value-cards-deck"
  "$libexecdir/value-cards-picture-helper"
  "$mandir/man1/value-cards-deck.1"
  "$datadir/applications/$app_id.desktop"
  "$datadir/metainfo/$app_id.metainfo.xml"
  "$datadir/mime/packages/$app_id.xml"
  "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
  "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  "$datadir/glib-2.0/schemas/io.github.vardegrund.ValueCards.gschema.xml"
  "$datadir/help/C/value-cards/index.page"
  "$datadir/help/sv/value-cards/index.page"
  "$localedir/sv/LC_MESSAGES/value-cards.mo"
  "$datadir/value-cards/deck.schema.json"
  "$datadir/value-cards/format.schema.json"
)
for f in "$source"/data/decks/*.vcdeck "$source"/data/decks/images/* \
         "$source"/data/formats/*.json; do
  expected_files+=("$datadir/value-cards/${f#"$source"/data/}")
done
for f in "$source"/help/C/*.page; do
  expected_files+=("$datadir/help/C/value-cards/${f##*/}" "$datadir/help/sv/value-cards/${f##*/}")
done
missing=0
for f in "${expected_files[@]}"; do
  if [ ! -e "$s$f" ]; then
    echo "# missing: $f"
    missing=$((missing + 1))
  fi
done
for f in "$bindir/value-cards" "$bindir/value-cards-deck" "$libexecdir/value-cards-picture-helper"; do
  [ -x "$s$f" ] || { echo "# not executable: $f"; missing=$((missing + 1)); }
done
grep -q 'Name\[sv\]=' "$s$datadir/applications/$app_id.desktop" || { echo "# no Swedish in the desktop file"; missing=$((missing + 1)); }
grep -q 'xml:lang="sv"' "$s$datadir/metainfo/$app_id.metainfo.xml" || { echo "# no Swedish in the metainfo"; missing=$((missing + 1)); }
echo "# $(printf '%s\n' "${expected_files[@]}" | sort -u | wc -l) files expected, $(find "$s" -type f | wc -l) installed"
if [ "$missing" -eq 0 ]; then
  echo "ok 2 - the install has every file the app needs, in English and Swedish"
else
  echo "not ok 2 - the install has every file the app needs, in English and Swedish"
fi

# 3–7 run the installed programs in the prefix's own place.
skip_rest() {
  local n
  for n in $(seq 3 "$tests"); do echo "ok $n # SKIP $1"; done
  exit 0
}
case $prefix in
  /|/usr) skip_rest "the prefix is $prefix; configure another (as the default /usr/local) to run the staged install in its place" ;;
esac
[ -d "$prefix" ] || skip_rest "the prefix $prefix does not exist on this computer"
[ -n "${DISPLAY:-}" ] || skip_rest "no X display"
for tool in unshare xdotool xdg-mime gio gettext glib-compile-schemas update-mime-database update-desktop-database; do
  command -v "$tool" >/dev/null || skip_rest "$tool is not installed"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || skip_rest "python3-pyatspi is not installed"

ns=(unshare --mount --propagation private)
[ "$(id -u)" -eq 0 ] || ns=(unshare --map-root-user --mount --propagation private)
"${ns[@]}" true 2>/dev/null || skip_rest "a mount namespace cannot be made here (unshare refused)"
command -v dbus-run-session >/dev/null || skip_rest "dbus-run-session is not installed"
"${ns[@]}" dbus-run-session -- bash "$0" --inside "$@" "$work" "$stage" \
  3>&1 >"$work/session.log" 2>&1
