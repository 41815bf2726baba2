#!/usr/bin/env python3
# test-hostile-tool.py: value-cards-deck validate on every hostile deck.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-hostile-tool.py VALUE-CARDS-DECK CORPUS-FOLDER
#
# For each deck in the corpus's expected.tsv: the tool ends by itself (no
# crash, no signal), within seconds and a bounded amount of memory, exits
# with 1 for a deck it refuses and 0 for one that opens (saying why when
# it warns), and writes nothing
# a terminal would take as a command: no control characters, raw or as
# UTF-8, whatever names and ids the deck holds. Prints TAP.

import os
import re
import subprocess
import sys
import tempfile
import time

MAX_SECONDS = 5
GUARD_MB = 2000

# C0 controls but tab and newline, DEL, and C1 controls, whether encoded
# as UTF-8 or as single bytes (which surrogateescape turns into U+DC80..).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\udc80-\udc9f]")


def unescape_name(name):
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), name.encode("utf-8"))


def rss_mb(pid):
    try:
        with open("/proc/%d/statm" % pid) as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)
    except (OSError, IndexError, ValueError):
        return 0


def run(tool, path, max_seconds, guard_mb):
    """Runs the tool; ends it if it goes over time or memory, so that a deck
    that is not handled yet fails its test and not the machine."""
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        child = subprocess.Popen([tool, "validate", path], stdout=out, stderr=subprocess.STDOUT)
        peak = 0
        why = None
        while child.poll() is None:
            peak = max(peak, rss_mb(child.pid))
            elapsed = time.monotonic() - start
            if peak > guard_mb:
                why = "used more than %d MB" % guard_mb
            elif elapsed > max_seconds * 4:
                why = "still running after %.0f s" % elapsed
            if why:
                child.kill()
                child.wait()
                break
            time.sleep(0.005)
        elapsed = time.monotonic() - start
        out.seek(0)
        output = out.read()
    return child.returncode, elapsed, peak, output, why


def main():
    tool, folder = sys.argv[1], sys.argv[2]
    sanitized = os.environ.get("VC_TEST_SANITIZED") == "1"
    # The sanitizer build is slower and keeps freed memory for a while.
    max_seconds = MAX_SECONDS * (3 if sanitized else 1)
    guard_mb = GUARD_MB * (2 if sanitized else 1)

    cases = []
    with open(os.path.join(folder, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                name, code, path, kind = line.split("\t")
                cases.append((name, kind))

    print("1..%d" % len(cases))
    failed = 0
    for n, (name, kind) in enumerate(cases, 1):
        path = os.path.join(os.fsencode(folder), unescape_name(name))
        status, elapsed, peak, output, why = run(tool, path, max_seconds, guard_mb)
        text = output.decode("utf-8", "surrogateescape")
        wanted = 1 if kind in ("error", "count") else 0
        problems = []
        if why:
            problems.append(why)
        elif status < 0:
            problems.append("killed by signal %d" % -status)
        elif status != wanted:
            problems.append("exit status %d, not %d" % (status, wanted))
        if kind == "warning" and status == 0 and b": warning: " not in output:
            problems.append("no warning")
        if elapsed > max_seconds:
            problems.append("took %.1f s" % elapsed)
        control = CONTROL.search(text)
        if control:
            problems.append("wrote the control character U+%04X at offset %d" % (ord(control.group()), control.start()))

        print("# %s: exit %s, %.2f s, %d MB" % (name, status, elapsed, peak))
        for line in text.splitlines()[:6]:
            print("#   " + ascii(line)[1:-1][:300])
        if problems:
            failed += 1
            print("not ok %d - %s: %s" % (n, name, "; ".join(problems)))
        else:
            print("ok %d - %s" % (n, name))
        sys.stdout.flush()

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
