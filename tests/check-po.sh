#!/usr/bin/env bash
# check-po.sh: every string a user sees is translated.
#
# Builds the full template the way build-aux/update-po does (interface and
# built-in decks) and checks that each translation covers all of it, with
# nothing fuzzy. Usage: check-po.sh VALUE-CARDS-DECK SOURCE-DIR
# Prints TAP.

set -u

tool=$(realpath "$1")
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

xgettext --package-name=value-cards --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from=po/POTFILES.in --output="$tmp/interface.pot" || exit 1
"$tool" pot data/decks/*.vcdeck -o "$tmp/decks.pot" || exit 1
msgcat --use-first "$tmp/interface.pot" "$tmp/decks.pot" -o "$tmp/all.pot" || exit 1

n=0
failed=0
for lang in $(cat po/LINGUAS); do
  n=$((n + 1))
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "po/$lang.po" "$tmp/all.pot"
  missing=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | grep -vc '^msgid ""$' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | grep -vc '^msgid ""$' || true)
  stats=$(msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1)
  # msgattrib prints the header entry too when it prints anything.
  if [ "$missing" -le 0 ] && [ "$fuzzy" -le 0 ] && msgfmt --check -o /dev/null "po/$lang.po"; then
    echo "ok $n - po/$lang.po translates every string ($stats)"
  else
    echo "not ok $n - po/$lang.po: untranslated or fuzzy strings; run build-aux/update-po and translate them"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | head -20 | sed 's/^/# /'
    failed=$((failed + 1))
  fi
done

echo "1..$n"
[ "$failed" -eq 0 ]
