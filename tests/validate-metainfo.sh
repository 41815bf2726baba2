#!/usr/bin/env bash
# validate-metainfo.sh: the AppStream metainfo validates with no warnings.
#
# appstreamcli passes a file that has warnings; a software centre or Flathub
# may not. Each file is validated with --pedantic, every remark is shown,
# and any error or warning fails the test. Infos and pedantic remarks are
# shown but pass. Usage: validate-metainfo.sh FILE... Prints TAP.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

if ! command -v appstreamcli >/dev/null; then
  echo "1..0 # SKIP appstreamcli is not installed (Debian: appstream)"
  exit 0
fi

n=0
failed=0
for file in "$@"; do
  n=$((n + 1))
  output=$(appstreamcli validate --no-net --pedantic --no-color "$file" 2>&1)
  status=$?
  if [ "$status" -eq 0 ] && ! grep -qE '^[EW]: ' <<<"$output"; then
    echo "ok $n - $(basename "$file") validates without errors or warnings"
  else
    echo "not ok $n - $(basename "$file"): appstreamcli says (status $status)"
    failed=$((failed + 1))
  fi
  sed 's/^/# /' <<<"$output"
done

echo "1..$n"
[ "$failed" -eq 0 ]
