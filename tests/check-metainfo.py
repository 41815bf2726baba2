#!/usr/bin/env python3
# check-metainfo.py
#
# What a software centre shows of Value Cards, checked against the files it
# comes from: the releases against NEWS and the project's version, the
# screenshots against data/screenshots, the Swedish translation of the
# installed metainfo, and the brand colours against the icon.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-metainfo.py SOURCE.metainfo.xml.in MERGED.metainfo.xml NEWS
#        VERSION SCREENSHOTS-DIR ICON.svg
# Prints TAP.

import colorsys
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What a software centre downloads for each screenshot, at most.
MAX_PNG_BYTES = 400 * 1024
SCREENSHOT_URL = "https://raw.githubusercontent.com/vardegrund/value-cards/main/data/screenshots/"

source_path, merged_path, news_path, version, shots_dir, icon_path = sys.argv[1:7]
source = ET.parse(source_path).getroot()
merged = ET.parse(merged_path).getroot()

results = []


def check(name, problems):
    results.append((name, problems))


def version_key(text):
    return tuple(int(part) for part in text.split("."))


# Releases ---------------------------------------------------------------

NEWS_HEADING = re.compile(r"^(\d+(?:\.\d+)+) \((in development, )?(\d{4}-\d{2}-\d{2})\)$")


def news_releases():
    lines = open(news_path, encoding="utf-8").read().splitlines()
    found = []
    problems = []
    for i, line in enumerate(lines[:-1]):
        underline = lines[i + 1]
        if not underline or set(underline) != {"="}:
            continue
        m = NEWS_HEADING.match(line)
        if not m:
            problems.append("NEWS line %d: %r is not 'VERSION (YYYY-MM-DD)' or "
                            "'VERSION (in development, YYYY-MM-DD)'" % (i + 1, line))
            continue
        if len(underline) != len(line):
            problems.append("NEWS line %d: the underline is not as long as the heading" % (i + 2))
        found.append((m.group(1), m.group(3), "development" if m.group(2) else "stable"))
    return found, problems


def metainfo_releases():
    found = []
    for release in source.findall("releases/release"):
        found.append((release.get("version"), release.get("date"),
                      release.get("type", "stable")))
    return found


news, problems = news_releases()
listed = metainfo_releases()
if not news:
    problems.append("NEWS has no releases")
if news != listed:
    problems.append("NEWS has %s, the metainfo %s" % (news, listed))
for entries, where in ((news, "NEWS"), (listed, "the metainfo")):
    for newer, older in zip(entries, entries[1:]):
        if version_key(newer[0]) <= version_key(older[0]) or newer[1] < older[1]:
            problems.append("%s lists %s before %s: newest first" % (where, newer[0], older[0]))
for release in source.findall("releases/release"):
    if release.find("description") is None:
        problems.append("release %s has no notes" % release.get("version"))
check("NEWS and the metainfo list the same releases, newest first, with notes", problems)

problems = []
if not listed or listed[0][0] != version:
    problems.append("meson.build says %s, the newest release is %s"
                    % (version, listed[0][0] if listed else "none"))
check("the project's version is the newest release", problems)

# Screenshots --------------------------------------------------------------


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


problems = []
named = set()
screenshots = source.findall("screenshots/screenshot")
if not 3 <= len(screenshots) <= 6:
    problems.append("%d screenshots; a software centre wants 3 to 6" % len(screenshots))
if [s.get("type") for s in screenshots].count("default") != 1:
    problems.append("not exactly one default screenshot")
for shot in screenshots:
    if shot.find("caption") is None or not (shot.find("caption").text or "").strip():
        problems.append("a screenshot has no caption")
    languages = []
    for image in shot.findall("image"):
        url = (image.text or "").strip()
        if not url.startswith(SCREENSHOT_URL):
            problems.append("%s is not in data/screenshots" % url)
            continue
        name = url[len(SCREENSHOT_URL):]
        named.add(name)
        languages.append(image.get(LANG, "en"))
        path = os.path.join(shots_dir, name)
        if not os.path.exists(path):
            problems.append("%s is named in the metainfo but not in data/screenshots" % name)
            continue
        size = png_size(path)
        expected = (int(image.get("width", 0)), int(image.get("height", 0)))
        if size is None:
            problems.append("%s is not a PNG" % name)
        elif size != expected:
            problems.append("%s is %dx%d, the metainfo says %dx%d" % ((name,) + size + expected))
        if os.path.getsize(path) > MAX_PNG_BYTES:
            problems.append("%s is %d kB, more than %d kB" % (name, os.path.getsize(path) // 1024,
                                                               MAX_PNG_BYTES // 1024))
    if sorted(languages) != ["en", "sv"]:
        problems.append("a screenshot has images in %s, not one English and one Swedish" % languages)
for name in sorted(os.listdir(shots_dir)):
    if name not in named:
        problems.append("data/screenshots/%s is not named in the metainfo" % name)
check("every screenshot is in data/screenshots at its size, in English and Swedish", problems)

# The Swedish of the installed metainfo ------------------------------------


def translated(parent, tag):
    """Each English element TAG under PARENT, with whether it has a Swedish twin."""
    children = list(parent)
    out = []
    for i, child in enumerate(children):
        if child.tag != tag or child.get(LANG) is not None:
            continue
        twin = any(other.tag == tag and other.get(LANG) == "sv" for other in children[i + 1:])
        out.append((child, twin))
    return out


problems = []
wanted = [(merged, "name"), (merged, "summary")]
wanted += [(shot, "caption") for shot in merged.findall("screenshots/screenshot")]
wanted += [(keywords, "keyword") for keywords in merged.findall("keywords")]
for parent, tag in wanted:
    for element, twin in translated(parent, tag):
        if not twin:
            problems.append("no Swedish for <%s>%s</%s>" % (tag, element.text, tag))
for description in merged.iter("description"):
    english = [e for e in description.iter() if e.tag in ("p", "li") and e.get(LANG) is None]
    swedish = [e for e in description.iter() if e.tag in ("p", "li") and e.get(LANG) == "sv"]
    if len(english) != len(swedish):
        problems.append("a description has %d paragraphs and items, %d of them in Swedish"
                        % (len(english), len(swedish)))
if not merged.findall("screenshots/screenshot/caption"):
    problems.append("the installed metainfo has no captions")
check("the installed metainfo has Swedish for the name, summary, captions, "
      "description, release notes and keywords", problems)

# Brand colours ------------------------------------------------------------


def rgb(text):
    text = text.strip().lstrip("#")
    return tuple(int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(color):
    def channel(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hue(color):
    return colorsys.rgb_to_hls(*color)[0] * 360


problems = []
colors = {c.get("scheme_preference"): rgb(c.text)
          for c in source.findall("branding/color") if c.get("type") == "primary"}
# The speech bubble, the one blue of the icon.
icon = open(icon_path, encoding="utf-8").read()
bubble = re.search(r'<path d="M 46 46[^"]*" fill="(#[0-9a-fA-F]{6})"', icon)
if set(colors) != {"light", "dark"}:
    problems.append("brand colours for %s, not light and dark" % sorted(colors))
elif bubble is None:
    problems.append("the icon's speech bubble was not found in %s" % icon_path)
else:
    for scheme, color in colors.items():
        if abs(hue(color) - hue(rgb(bubble.group(1)))) > 10:
            problems.append("the %s brand colour is not the blue of the icon" % scheme)
    # Software centres write the name on the colour: black on the light
    # one, white on the dark one.
    if contrast(colors["light"], (0, 0, 0)) < 7:
        problems.append("black text is hard to read on the light brand colour")
    if contrast(colors["dark"], (1, 1, 1)) < 4.5:
        problems.append("white text is hard to read on the dark brand colour")
check("the brand colours are the icon's blue, readable in light and dark", problems)

# Who made it and what it needs ------------------------------------------------

problems = []
developer = source.find("developer")
if developer is None or developer.get("id") != "io.github.vardegrund" or developer.findtext("name") is None:
    problems.append("no <developer> with an id and a name")
if source.findtext("developer_name") != (developer.findtext("name") if developer is not None else None):
    problems.append("developer_name and developer's name differ")
rating = source.find("content_rating")
if rating is None or rating.get("type") != "oars-1.1":
    problems.append("no OARS 1.1 content rating")
launchable = source.findtext("launchable")
if launchable != source.findtext("id") + ".desktop":
    problems.append("the launchable %s is not the app's desktop file" % launchable)
for kind in ("homepage", "bugtracker", "vcs-browser", "translate"):
    if source.find("url[@type='%s']" % kind) is None:
        problems.append("no %s url" % kind)
check("developer, content rating, launchable and links", problems)

failed = 0
for n, (name, problems) in enumerate(results, 1):
    if problems:
        failed += 1
        print("not ok %d - %s" % (n, name))
        for problem in problems:
            print("# %s" % problem)
    else:
        print("ok %d - %s" % (n, name))
print("1..%d" % len(results))
sys.exit(1 if failed else 0)
