#!/usr/bin/env python3
# check-glossary.py: the Swedish translations keep to the glossary.
#
#   check-glossary.py GLOSSARY PO...
#
# Reads the terms to avoid from the "Avoid in Swedish" section of GLOSSARY
# (po/GLOSSARY.md), so the list lives in one place, and fails if a
# translation in any PO file uses one of them. A term matches at the start
# of a word, in any case, so "dagbok" finds "Dagbok" and "_Dagboken" but
# not "Reflektionsdagbok". Mnemonic underscores are ignored. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys

AVOID_HEADING = "## Avoid in Swedish"


def read_avoided(path):
    """Return [(term, use_instead)] from the avoid table of the glossary."""
    avoided = []
    in_section = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                in_section = line.startswith(AVOID_HEADING)
                continue
            if not in_section or not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            match = re.fullmatch(r"`([^`]+)`", cells[0])
            if match is None:
                continue  # the header row and its rule
            avoided.append((match.group(1), cells[1] if len(cells) > 1 else ""))
    return avoided


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def read_translations(path):
    """Return [(line, msgid, [msgstr...])] for every live entry of a PO file."""
    entries = []
    current = None
    field = None

    def flush():
        if current is not None and current.get("msgid"):
            strs = [v for k, v in sorted(current.items()) if k.startswith("msgstr")]
            entries.append((current["line"], current["msgid"], strs))

    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                current, field = None, None
                continue
            if line.startswith("#"):
                # Obsolete entries (#~) are never shown.
                continue
            if current is None:
                current = {"line": number}
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if match:
                field = match.group(1)
                current[field] = unescape(match.group(2))
            elif line.startswith('"') and field is not None:
                current[field] += unescape(line[1:-1])
            else:
                raise ValueError("%s:%d: cannot read this line" % (path, number))
    flush()
    return entries


def pattern_for(term):
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words), re.IGNORECASE)


def visible(text):
    # "Starta en _arbetsplatsträff" reads as "Starta en arbetsplatsträff".
    return re.sub(r"_(?=\w)", "", text)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: check-glossary.py GLOSSARY PO...\n")
        return 2

    glossary, po_files = argv[1], argv[2:]
    avoided = read_avoided(glossary)
    patterns = [(term, instead, pattern_for(term)) for term, instead in avoided]
    n = 0
    failed = 0

    def report(ok, what, details=()):
        nonlocal n, failed
        n += 1
        print("%s %d - %s" % ("ok" if ok else "not ok", n, what))
        for d in details:
            print("# " + d)
        if not ok:
            failed += 1

    report(len(avoided) > 0,
            "%s lists %d terms to avoid under “%s”" % (glossary, len(avoided), AVOID_HEADING[3:]))

    # The matcher itself: each term is found as a word of its own, with a
    # mnemonic and in capitals, and never in the middle of a longer word.
    wrong = []
    for term, _, pattern in patterns:
        marked = "_" + term[0].upper() + term[1:]
        if not pattern.search(visible("Här står %s, mitt i." % marked)):
            wrong.append("not found: %s" % marked)
        if pattern.search("Reflektions" + term.lower()):
            wrong.append("found inside a word: Reflektions%s" % term.lower())
    report(not wrong, "every avoided term is recognised as a word, and only as a word", wrong)

    for path in po_files:
        found = []
        for line, msgid, strs in read_translations(path):
            for s in strs:
                for term, instead, pattern in patterns:
                    if pattern.search(visible(s)):
                        found.append("%s:%d: “%s” in “%s” (use: %s)" % (path, line, term, s, instead))
        report(not found, "%s uses none of the avoided terms" % path, found)

    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
