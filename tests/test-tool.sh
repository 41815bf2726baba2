#!/usr/bin/env bash
# test-tool.sh: value-cards-deck as deck authors and CI use it.
#
# Usage: test-tool.sh VALUE-CARDS-DECK SOURCE-DIR
# Prints TAP.

set -u

tool=$(realpath "$1")
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failed=0

check() {
  local name=$1
  shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name"
    failed=$((failed + 1))
  fi
}

validate_shipped() {
  "$tool" validate "$src"/data/decks/*.vcdeck >"$tmp/out" 2>"$tmp/err" || return 1
  [ ! -s "$tmp/out" ]
}

syntax_error_has_position() {
  local deck="$src/tests/data/broken/not-json.vcdeck"
  "$tool" validate "$deck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -Eq "^$deck:[0-9]+:[0-9]+: error: " "$tmp/out"
}

other_error_has_path() {
  local deck="$src/tests/data/broken/missing-title.vcdeck"
  "$tool" validate --verbose "$deck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -Fq "$deck: \$.title (the deck, its title): error: " "$tmp/out"
}

place_in_words() {
  local deck="$src/tests/data/broken/definition-missing.vcdeck"
  "$tool" validate "$deck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -Fq "$deck: value word 1 (“Dignity”), its definition: error: " "$tmp/out" || return 1
  # Counted from one, and no JSON path unless asked for.
  ! grep -Fq '$.' "$tmp/out"
}

place_in_words_sv() {
  local deck="$src/tests/data/broken/dilemma-missing-title.vcdeck"
  LANGUAGE=sv "$tool" validate "$deck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -Fq "$deck: kort 1, rubriken: error: " "$tmp/out"
}

missing_picture_is_a_warning() {
  local deck="$src/tests/data/warnings/image-missing.vcdeck"
  "$tool" validate "$deck" >"$tmp/out" 2>/dev/null || return 1
  grep -Fq "$deck: picture 1, its file: warning: The picture “images/does-not-exist.svg” does not exist." "$tmp/out"
}

syntax_error_sv() {
  local deck="$src/tests/data/broken/not-json.vcdeck"
  LANGUAGE=sv "$tool" validate "$deck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -Eq "^$deck:[0-9]+:[0-9]+: error: Filen är inte giltig JSON på rad [0-9]+, kolumn [0-9]+: " "$tmp/out"
}

warnings_exit_zero() {
  local deck="$src/tests/data/warnings/unknown-member.vcdeck"
  "$tool" validate "$deck" >"$tmp/out" 2>/dev/null || return 1
  grep -q ": warning: " "$tmp/out"
}

every_broken_deck_fails() {
  local deck
  for deck in "$src"/tests/data/broken/*.vcdeck; do
    [ -d "$deck" ] && continue
    "$tool" validate "$deck" >/dev/null 2>&1
    if [ $? -ne 1 ]; then
      echo "# $deck was not rejected"
      return 1
    fi
  done
}

mixed_files_exit_one() {
  "$tool" validate "$src/data/decks/drawing-questions.vcdeck" \
    "$src/tests/data/broken/empty-title.vcdeck" >/dev/null 2>&1
  [ $? -eq 1 ]
}

pot_is_valid() {
  local deck="$src/data/decks/workplace-dilemmas.vcdeck"
  "$tool" pot "$deck" -o "$tmp/deck.pot" || return 1
  msgfmt --check -o /dev/null "$tmp/deck.pot" || return 1
  grep -q '^#\. Deck “io.github.vardegrund.ValueCards.workplace-dilemmas”, \$\.title$' "$tmp/deck.pot" || return 1
  # The closing card's title is in the template, right after its comment.
  grep -A3 '\$\.closing\.title$' "$tmp/deck.pot" | grep -q '^msgid "What do we take with us?"$'
}

pot_round_trip() {
  # Translate one string, embed the catalog, and read it back in Swedish.
  "$tool" pot "$src/tests/data/user-deck-sv.vcdeck" -o "$tmp/user.pot" || return 1
  msgfmt --check -o /dev/null "$tmp/user.pot" || return 1
  grep -q '^msgid "What made you proud at work this week?"$' "$tmp/user.pot"
}

pot_of_broken_deck_fails() {
  "$tool" pot "$src/tests/data/broken/not-json.vcdeck" >/dev/null 2>&1
  [ $? -eq 1 ]
}

usage_errors() {
  "$tool" >/dev/null 2>&1
  [ $? -eq 2 ] || return 1
  "$tool" frobnicate x >/dev/null 2>&1
  [ $? -eq 2 ] || return 1
  "$tool" --help >/dev/null 2>&1 || return 1
  "$tool" --version | grep -q '^value-cards-deck '
}

missing_file() {
  "$tool" validate "$tmp/does-not-exist.vcdeck" >"$tmp/out" 2>/dev/null
  [ $? -eq 1 ] || return 1
  grep -q "error: The file does not exist. It may have been moved, renamed or deleted." "$tmp/out"
}

# Nothing a deck says, nor its file's name, reaches the terminal raw: no
# escape sequences (colours, a window title), no carriage return that
# writes a fake line over a real one, no bidirectional controls.
has_raw_controls() {
  # C0 but newline and tab, DEL, C1 in UTF-8, and the bidirectional controls.
  LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c' "$1"
}

hostile_text_is_escaped() {
  local deck="$tmp/"$'\e[32mhostile\r'".vcdeck"
  cat >"$deck" <<'DECK'
{
  "format-version": 1,
  "id": "org.example.\u001b[31mred",
  "version": "1.0",
  "kind": "questions",
  "title": "Evil \u001b]0;window title\u0007 \u202eeltit",
  "description": "A deck that talks to the terminal.",
  "source-language": "en",
  "authors": ["\u009b31mAuthor"],
  "license": "CC0-1.0",
  "audience": ["staff-meeting"],
  "x-\u001b[2J\u001b[H": 1,
  "\r\u001b[2Kdeck.vcdeck: OK\n": 2,
  "\u2066\u202e\u200f\u061c": 3,
  "cards": [
    { "id": "first\u0007", "kind": "question", "text": "What went well?" },
    { "id": "second", "kind": "question", "text": "What would you change?",
      "x-\u007f": 1 }
  ]
}
DECK
  "$tool" validate --verbose "$deck" >"$tmp/out" 2>"$tmp/err"
  [ $? -eq 1 ] || return 1
  # The problems are there, escaped, so this is not passing by saying nothing.
  grep -Fq 'org.example.\u001b[31mred' "$tmp/out" || return 1
  grep -Fq 'x-\u001b[2J\u001b[H' "$tmp/out" || return 1
  grep -Fq '\r\u001b[2Kdeck.vcdeck: OK\n' "$tmp/out" || return 1
  grep -Fq '\u2066\u202e\u200f\u061c' "$tmp/out" || return 1
  grep -Fq '\u001b[32mhostile\r.vcdeck' "$tmp/out" || return 1
  ! has_raw_controls "$tmp/out" || return 1
  ! has_raw_controls "$tmp/err" || return 1

  # A valid deck with the same kind of text in what goes into a template.
  cat >"$tmp/hostile-valid.vcdeck" <<'DECK'
{
  "format-version": 1,
  "id": "org.example.hostile",
  "version": "1.0\u001b[31m",
  "kind": "questions",
  "title": "Evil \u001b]0;window title\u0007 \u202eeltit",
  "description": "A deck that talks to the terminal.",
  "source-language": "en",
  "authors": ["Author"],
  "license": "CC0-1.0",
  "audience": ["staff-meeting"],
  "cards": [
    { "id": "first", "kind": "question", "text": "What \u001b[31mwent\r well? \u202eok\u009b" },
    { "id": "second", "kind": "question", "text": "What would you change?" }
  ]
}
DECK
  "$tool" validate "$tmp/hostile-valid.vcdeck" >"$tmp/out" 2>&1 || { sed 's/^/# /' "$tmp/out"; return 1; }
  "$tool" pot "$tmp/hostile-valid.vcdeck" >"$tmp/pot" 2>"$tmp/err" || return 1
  grep -Fq 'msgid "What \033[31mwent\r well? \342\200\256ok\302\233"' "$tmp/pot" || return 1
  grep -Fq '"Project-Id-Version: org.example.hostile 1.0\033[31m\n"' "$tmp/pot" || return 1
  ! has_raw_controls "$tmp/pot" || return 1
  ! has_raw_controls "$tmp/err" || return 1
  # The escapes are PO's own, so the template still says the same text.
  msgfmt --check -o /dev/null "$tmp/pot"
}

check "shipped decks validate with no problems" validate_shipped
check "syntax errors give FILE:LINE:COL" syntax_error_has_position
check "other errors give the JSON path with --verbose" other_error_has_path
check "places are said in words, counting from one" place_in_words
check "places are said in Swedish" place_in_words_sv
check "a missing picture is a warning" missing_picture_is_a_warning
check "JSON syntax errors are said in Swedish" syntax_error_sv
check "warnings alone exit 0" warnings_exit_zero
check "every broken deck exits 1" every_broken_deck_fails
check "one bad file among good ones exits 1" mixed_files_exit_one
check "pot writes a valid template with field comments" pot_is_valid
check "pot of a user deck" pot_round_trip
check "pot of a broken deck fails" pot_of_broken_deck_fails
check "usage errors exit 2, --help and --version work" usage_errors
check "a missing file is an error" missing_file
check "deck text and file names are printed with controls escaped" hostile_text_is_escaped
make_values_game() {
  local deck="$tmp/our-values.vcdeck"
  rm -f "$deck"
  "$tool" new --kind values-game --title "Our Values" -o "$deck" 2>/dev/null || return 1
  # A second "new" to the same file changes nothing.
  "$tool" new --kind values-game -o "$deck" 2>/dev/null && return 1
  "$tool" add-word "$deck" "Safety" --definition "Knowing who comes, and when." 2>/dev/null || return 1
  "$tool" add-word "$deck" "Respect" --definition "Our choices count." 2>/dev/null || return 1
  "$tool" add-word "$deck" "Safety" --definition "Said twice." 2>/dev/null || return 1
  # A picture without alternative text is refused, with a reason.
  "$tool" add-picture "$deck" "$src/data/decks/images/coffee.svg" 2>"$tmp/err" && return 1
  grep -q "Describe what the picture shows" "$tmp/err" || return 1
  "$tool" add-picture "$deck" "$src/data/decks/images/coffee.svg" --alt "Coffee at a table." --caption "Coffee" 2>/dev/null || return 1
  "$tool" add-picture "$deck" "$src/data/decks/images/garden.svg" --alt "A garden." 2>/dev/null || return 1
  "$tool" validate "$deck" >"$tmp/out" 2>/dev/null || { cat "$tmp/out"; return 1; }
  grep -q '"id": "safety-2"' "$deck" || return 1
  grep -q '"file": "data:image/svg+xml;base64,' "$deck" || return 1
}

translate_with_gettext_tools() {
  local deck="$tmp/our-values.vcdeck"
  "$tool" pot "$deck" -o "$tmp/deck.pot" || return 1
  msginit --no-translator --locale=sv_SE.UTF-8 -i "$tmp/deck.pot" -o "$tmp/sv.po" 2>/dev/null || return 1
  msgen "$tmp/sv.po" 2>/dev/null | sed 's/^msgstr "\(.\)/msgstr "SV \1/' >"$tmp/sv-filled.po" || return 1
  mv "$tmp/sv-filled.po" "$tmp/sv.po"
  "$tool" add-translation "$deck" "$tmp/sv.po" >"$tmp/out" 2>&1 || { cat "$tmp/out"; return 1; }
  grep -q "^sv: [1-9][0-9]* translated, 0 to review" "$tmp/out" || return 1
  "$tool" translations "$deck" >"$tmp/out" || return 1
  grep -q "^sv: .*(100%), 0 missing, 0 out of date" "$tmp/out" || return 1
  "$tool" validate "$deck" >/dev/null 2>&1 || return 1
  # A changed text shows as missing, and its old translation as out of date.
  sed -i 's/"word": "Respect"/"word": "Mutual respect"/' "$deck"
  "$tool" translations "$deck" >"$tmp/out" || return 1
  grep -q "^sv: .*, 1 missing, 1 out of date" "$tmp/out"
}

format_is_stable() {
  cp "$src/data/decks/values-game.vcdeck" "$tmp/copy.vcdeck"
  "$tool" format "$tmp/copy.vcdeck" || return 1
  cmp -s "$tmp/copy.vcdeck" "$src/data/decks/values-game.vcdeck"
}

embed_makes_one_file() {
  mkdir -p "$tmp/folder/images"
  cp "$src/data/decks/values-game.vcdeck" "$tmp/folder/"
  cp "$src"/data/decks/images/*.svg "$tmp/folder/images/"
  "$tool" embed-images "$tmp/folder/values-game.vcdeck" 2>"$tmp/err" || { cat "$tmp/err"; return 1; }
  grep -q "12 pictures put inside the deck" "$tmp/err" || return 1
  grep -q '"file": "images/' "$tmp/folder/values-game.vcdeck" && return 1
  mv "$tmp/folder/values-game.vcdeck" "$tmp/alone.vcdeck"
  "$tool" validate "$tmp/alone.vcdeck" >/dev/null 2>&1
}

copy_of_builtin() {
  rm -f "$tmp/ours.vcdeck"
  "$tool" copy "$src/data/decks/values-game.vcdeck" --title "Values at the Birch Home" -o "$tmp/ours.vcdeck" 2>"$tmp/err" || { cat "$tmp/err"; return 1; }
  [ ! -s "$tmp/err" ] || return 1
  "$tool" validate "$tmp/ours.vcdeck" >/dev/null 2>&1 || return 1
  grep -q '"file": "images/' "$tmp/ours.vcdeck" && return 1
  grep -q '"translation-domain"' "$tmp/ours.vcdeck" && return 1
  "$tool" translations "$tmp/ours.vcdeck" >"$tmp/out" || return 1
  grep -q "^sv: .*, 1 missing, 0 out of date" "$tmp/out" || return 1
  # The copy is not made over an existing file.
  "$tool" copy "$src/data/decks/values-game.vcdeck" -o "$tmp/ours.vcdeck" 2>/dev/null && return 1
  return 0
}

new_needs_kind() {
  "$tool" new -o "$tmp/x.vcdeck" 2>"$tmp/err"
  [ $? -eq 2 ] && grep -q -- "--kind" "$tmp/err"
}

check "new, add-word and add-picture make a values game that validates" make_values_game
check "a deck is translated with msginit and add-translation, and stale texts are found" translate_with_gettext_tools
check "format leaves a canonical deck as it is" format_is_stable
check "embed-images makes a folder deck one file" embed_makes_one_file
check "new asks for the kind" new_needs_kind
check "copy makes a built-in deck one file of one's own, with its translations" copy_of_builtin

echo "1..$n"
[ "$failed" -eq 0 ]
