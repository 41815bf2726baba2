#!/usr/bin/env python3
# check-glossary.py: the Swedish translations keep to the glossary.
#
#   check-glossary.py GLOSSARY PO...
#
# Reads two tables of GLOSSARY (po/GLOSSARY.md), so the decisions live in
# one place. "Avoid in Swedish": fails if a translation in any PO file uses
# one of its terms. A term matches at the start of a word, in any case, so
# "dagbok" finds "Dagbok" and "_Dagboken" but not "Reflektionsdagbok";
# mnemonic underscores are ignored. "Fixed translations": fails if one of
# its strings is translated otherwise, in a PO file that has it. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys

AVOID_HEADING = "## Avoid in Swedish"
FIXED_HEADING = "## Fixed translations"


def read_table(path, heading):
    """Return the rows of the table under heading, as lists of cells."""
    rows = []
    in_section = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                in_section = line.startswith(heading)
                continue
            if not in_section or not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if re.fullmatch(r"`([^`]+)`", cells[0]) is None:
                continue  # the header row and its rule
            rows.append(cells)
    return rows


def code(cell):
    match = re.fullmatch(r"`([^`]*)`", cell)
    return match.group(1) if match else None


def read_avoided(path):
    """Return [(term, use_instead)] from the avoid table of the glossary."""
    return [(code(c[0]), c[1] if len(c) > 1 else "") for c in read_table(path, AVOID_HEADING)]


def read_fixed(path):
    """Return [(context, msgid, msgstr)] from the table of fixed translations."""
    fixed = []
    for cells in read_table(path, FIXED_HEADING):
        if len(cells) < 3 or code(cells[2]) is None:
            raise ValueError("%s: a fixed translation needs `English` | context | `Swedish`: %s" % (path, cells))
        fixed.append((code(cells[1]) if cells[1] else None, code(cells[0]), code(cells[2])))
    return fixed


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def read_translations(path):
    """Return [(line, context, msgid, [msgstr...])] for every live entry of a PO file."""
    entries = []
    current = None
    field = None

    def flush():
        if current is not None and current.get("msgid"):
            strs = [v for k, v in sorted(current.items()) if k.startswith("msgstr")]
            entries.append((current["line"], current.get("msgctxt"), current["msgid"], strs))

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

    fixed = read_fixed(glossary)
    report(len(fixed) > 0, "%s fixes %d translations under “%s”" % (glossary, len(fixed), FIXED_HEADING[3:]))

    for path in po_files:
        entries = read_translations(path)
        found = []
        for line, _, msgid, strs in entries:
            for s in strs:
                for term, instead, pattern in patterns:
                    if pattern.search(visible(s)):
                        found.append("%s:%d: “%s” in “%s” (use: %s)" % (path, line, term, s, instead))
        report(not found, "%s uses none of the avoided terms" % path, found)

        translated = {(context, msgid): (line, strs) for line, context, msgid, strs in entries}
        differ = []
        checked = 0
        for context, msgid, wanted in fixed:
            if (context, msgid) not in translated:
                continue  # not a string of this catalog, or no longer one
            checked += 1
            line, strs = translated[(context, msgid)]
            if strs != [wanted]:
                differ.append("%s:%d: “%s” is “%s”, the glossary says “%s”" % (path, line, msgid, " / ".join(strs), wanted))
        if checked == 0:
            report(True, "%s has none of the fixed strings # SKIP" % path)
        else:
            report(not differ, "%s translates %d of the fixed strings as the glossary says" % (path, checked), differ)

    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
