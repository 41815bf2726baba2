#!/usr/bin/python3
# read-labels.py: waits for Value Cards to show the given texts, as a
# screen reader reads them.
#
# Usage: read-labels.py TEXT…
#
# Walks the accessible tree of the running app on the accessibility bus
# until every TEXT is the name of something showing, or 40 seconds pass.
# Prints "found", or the names it saw.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import time

import pyatspi

APP_NAMES = ("value-cards", "Value Cards", "Värdegrundskort")


def names_under(node, depth=0, out=None):
    if out is None:
        out = set()
    if node is None or depth > 60:
        return out
    try:
        if node.name:
            out.add(node.name.strip())
        if node.getRole() == pyatspi.ROLE_LABEL:
            text = node.queryText()
            out.add(text.getText(0, -1).strip())
    except Exception:
        pass
    try:
        count = node.childCount
    except Exception:
        return out
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        names_under(child, depth + 1, out)
    return out


def main():
    wanted = set(sys.argv[1:])
    seen = set()
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name in APP_NAMES:
                seen = names_under(app)
                if wanted <= seen:
                    print("found")
                    return 0
        time.sleep(0.5)
    print("not found: " + ", ".join(sorted(wanted - seen)))
    print("seen: " + " | ".join(sorted(s for s in seen if s))[:2000])
    return 1


if __name__ == "__main__":
    sys.exit(main())
