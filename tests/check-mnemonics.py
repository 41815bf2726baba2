#!/usr/bin/env python3
# check-mnemonics.py: no two items of a menu share an access key.
#
#   check-mnemonics.py UI-DIR PO...
#
# Reads every <menu> in UI-DIR/*.ui and checks, in English and in each
# translation, that the underlined letters of the items shown together (a
# menu with its sections, or one submenu) are all different. Otherwise
# Alt and the letter picks only the first of them. Prints TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def read_catalog(path):
    """Return {(context, msgid): msgstr} for the translated entries of a PO file."""
    catalog = {}
    entry = {}
    field = None

    def flush():
        if entry.get("msgid") and entry.get("msgstr"):
            catalog[(entry.get("msgctxt"), entry["msgid"])] = entry["msgstr"]

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                entry, field = {}, None
                continue
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if match:
                field = match.group(1)
                entry[field] = unescape(match.group(2))
            elif line.startswith('"') and field is not None:
                entry[field] += unescape(line[1:-1])
    flush()
    return catalog


def menu_groups(ui_path):
    """Yield (name, [(context, label)]) for each menu and submenu of a .ui file."""
    root = ET.parse(ui_path).getroot()

    def walk(element, name):
        labels = []
        for child in element:
            if child.tag == "submenu":
                yield from walk(child, "%s > %s" % (name, child.get("id") or "submenu"))
            elif child.tag == "section":
                # A section is shown in line with the rest of its menu.
                for sub_name, sub_labels in walk(child, name):
                    if sub_name == name:
                        labels += sub_labels
                    else:
                        yield sub_name, sub_labels
            elif child.tag == "item":
                for attribute in child.findall("attribute"):
                    if attribute.get("name") == "label" and attribute.text:
                        labels.append((attribute.get("context"), attribute.text))
        yield name, labels

    for menu in root.iter("menu"):
        yield from walk(menu, "%s: %s" % (os.path.basename(ui_path), menu.get("id")))


def clashes(labels):
    """Return the labels whose access key another label already uses."""
    seen = {}
    found = []
    for label in labels:
        match = re.search(r"_(\w)", label)
        if match is None:
            continue
        key = match.group(1).lower()
        if key in seen:
            found.append("“%s” and “%s” both use %s" % (seen[key], label, key))
        else:
            seen[key] = label
    return found


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: check-mnemonics.py UI-DIR PO...\n")
        return 2

    ui_files = sorted(glob.glob(os.path.join(argv[1], "**", "*.ui"), recursive=True))
    groups = [g for path in ui_files for g in menu_groups(path)]
    languages = [("English", {})] + [(p, read_catalog(p)) for p in argv[2:]]
    n = 0
    failed = 0

    n += 1
    have_keys = sum(1 for _, labels in groups for _, l in labels if "_" in l)
    print("%s %d - %d menus in %s, with %d access keys"
          % ("ok" if have_keys > 0 else "not ok", n, len(groups), argv[1], have_keys))
    failed += have_keys == 0

    # The check itself must see a clash when there is one.
    n += 1
    sample = clashes(["_Dra ett kort", "Visa _dagboken", "_Blanda", "Visa _timern", "_Ta ett kort"])
    print("%s %d - two labels with the same access key are told apart" % ("ok" if len(sample) == 2 else "not ok", n))
    failed += len(sample) != 2

    for language, catalog in languages:
        n += 1
        problems = []
        for name, labels in groups:
            shown = [catalog.get((context, label), label) for context, label in labels]
            problems += ["%s: %s" % (name, c) for c in clashes(shown)]
        print("%s %d - %s: every menu has different access keys" % ("not ok" if problems else "ok", n, language))
        for p in problems:
            print("# " + p)
        failed += bool(problems)

    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
