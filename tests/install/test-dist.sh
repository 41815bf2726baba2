#!/usr/bin/env bash
# test-dist.sh: makes the release tarball and checks that it is whole.
#
# `meson dist` packs the committed tree. This checks that the tarball holds
# every committed file and nothing else, and that meson can set up a build
# from it alone: every file a meson.build names is in it. Building the
# tarball and running its tests is what `meson dist` itself does without
# --no-tests; that takes as long as the whole suite, so it is left to the
# release (see CONTRIBUTING.md).
#
# Usage: test-dist.sh BUILD-DIR SOURCE-DIR PROJECT VERSION
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

build=$1 source=$2 project=$3 version=$4

echo "1..3"

skip_all() {
  local n
  for n in 1 2 3; do echo "ok $n # SKIP $1"; done
  exit 0
}

command -v git >/dev/null || skip_all "git is not installed"
git -C "$source" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
  skip_all "the source is not a git checkout (as in an unpacked tarball)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. meson dist makes the tarball. A tree with changes not yet committed is
# packed as committed.
tarball=$build/meson-dist/$project-$version.tar.xz
if meson dist -C "$build" --no-tests --allow-dirty --formats xztar >"$work/dist.log" 2>&1 &&
   [ -f "$tarball" ]; then
  echo "ok 1 - meson dist makes $project-$version.tar.xz ($(du -k "$tarball" | cut -f1) kB)"
else
  sed 's/^/# /' "$work/dist.log"
  echo "not ok 1 - meson dist makes $project-$version.tar.xz"
  exit 0
fi

# 2. It holds what is committed, and nothing else.
tar -C "$work" -xf "$tarball"
top=$work/$project-$version
(cd "$top" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/packed"
git -C "$source" ls-tree -r --name-only HEAD | sort >"$work/committed"
missing=$(comm -13 "$work/packed" "$work/committed")
extra=$(comm -23 "$work/packed" "$work/committed")
echo "# $(wc -l <"$work/committed") files committed, $(wc -l <"$work/packed") packed"
if [ -z "$missing$extra" ]; then
  echo "ok 2 - the tarball holds every committed file and nothing else"
else
  printf '%s\n' "$missing" | sed '/^$/d; s/^/# not packed: /' | head -n 20
  printf '%s\n' "$extra" | sed '/^$/d; s/^/# packed, not committed: /' | head -n 20
  echo "not ok 2 - the tarball holds every committed file and nothing else"
fi

# 3. meson sets up a build from the tarball alone.
if meson setup "$work/build" "$top" >"$work/setup.log" 2>&1; then
  echo "ok 3 - meson sets up a build from the tarball alone"
else
  tail -n 20 "$work/setup.log" | sed 's/^/# /'
  echo "not ok 3 - meson sets up a build from the tarball alone"
fi
