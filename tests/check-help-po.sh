#!/usr/bin/env bash
# check-help-po.sh: every paragraph of the user guide is translated.
#
# Extracts the strings of the English pages with itstool, the way the help
# translations are made, and checks that each help/<lang>/<lang>.po covers
# all of them with nothing fuzzy. A paragraph changed in help/C shows up
# here until its translation is updated.
# Usage: check-help-po.sh HELP-DIR PAGE... Prints TAP.

set -u

if ! command -v itstool >/dev/null; then
  echo "1..0 # SKIP itstool is not installed"
  exit 0
fi

help=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$help/C" || exit 1

itstool -o "$tmp/help.pot" "$@" || exit 1

n=0
failed=0
for lang in $(cat "$help/LINGUAS"); do
  n=$((n + 1))
  po="$help/$lang/$lang.po"
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/help.pot"
  # msgattrib prints the header entry too when it prints anything.
  missing=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | grep -vc '^msgid ""$' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | grep -vc '^msgid ""$' || true)
  if [ "$missing" -le 0 ] && [ "$fuzzy" -le 0 ]; then
    echo "ok $n - help/$lang/$lang.po translates every paragraph of the guide"
  else
    echo "not ok $n - help/$lang/$lang.po: $missing untranslated, $fuzzy fuzzy; run build-aux/update-help-po and translate them"
    for kind in --untranslated --only-fuzzy; do
      msgattrib "$kind" --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | grep -v '^msgid ""$' | head -10 | sed 's/^/# /'
    done
    failed=$((failed + 1))
  fi
done

echo "1..$n"
[ "$failed" -eq 0 ]
