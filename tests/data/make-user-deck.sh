#!/bin/sh
# Regenerate the Swedish catalog embedded in user-deck-sv.vcdeck from
# user-deck-sv.po: compile the .po with msgfmt, base64-encode it and store
# it as a data: URI under "translations" → "sv".
#
# Needs msgfmt (gettext), base64 (coreutils) and jq.
# Run after editing user-deck-sv.po, then commit both files.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

cd "$(dirname "$0")"

deck=user-deck-sv.vcdeck
po=user-deck-sv.po

mo=$(msgfmt --check -o - "$po" | base64 -w0)
if [ -z "$mo" ]; then
    echo "make-user-deck.sh: msgfmt produced no catalog" >&2
    exit 1
fi

tmp=$(mktemp "$deck.XXXXXX")
trap 'rm -f "$tmp"' EXIT

jq --indent 2 --arg uri "data:application/x-gettext-translation;base64,$mo" \
    '.translations.sv = $uri' "$deck" > "$tmp"
chmod 644 "$tmp"
mv "$tmp" "$deck"
trap - EXIT

echo "updated $deck"
