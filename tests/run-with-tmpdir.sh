#!/bin/sh
# tests/run-with-tmpdir.sh: runs one test with a temporary folder of its own.
#
# Every test and benchmark runs through this (see the test setup in
# meson.build). Whatever the test leaves in its temporary folder (data
# folders, decks saved, scaled photos) goes when it ends, so that runs do
# not pile up on the machine's disk. When the test fails, the folder is
# kept for a look, and its place is printed.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

dir=$(mktemp -d "${TMPDIR:-/tmp}/value-cards-test-XXXXXX") || exit 99
TMPDIR=$dir
export TMPDIR

"$@"
status=$?

# 0: passed; 77: skipped, as meson counts it.
if [ "$status" -eq 0 ] || [ "$status" -eq 77 ]; then
  rm -rf "$dir"
else
  echo "The test's temporary files are kept in $dir" >&2
fi
exit "$status"
