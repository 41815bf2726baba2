#!/usr/bin/env python3
# test-meeting-keys.py: runs a whole meeting with a discussion deck and a
# whole values game from the library with real key presses sent through
# the X server, never the pointer; reads the saved meetings from disk, and
# checks after every group of keys that a focus ring is drawn.
#
# Usage: test-meeting-keys.py VALUE-CARDS DISCUSSION-DECK VALUES-GAME-DECK
#
# The ring's colour is not guessed: it is measured at the start, as the
# difference between the window before the first Tab (no ring: nothing has
# been done from the keyboard yet) and after it. A ring is then a shape of
# at least 12 by 12 pixels in that colour, laid over whatever grey is behind
# it. Screenshots go to the build directory as screenshot-keys-*.png.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

TESTS = [
    "the library opens and the keyboard reaches it",
    "a meeting goes from the library to its summary with keys only",
    "the meeting is saved as finished, with the note typed and every card discussed",
    "a values game goes from the library to its summary with keys only",
    "the values game is saved as finished, with the three pairs and their reasons",
    "a focus ring is drawn after every group of keys",
]

NOTE = "We agreed to talk to Sanna first."
REASONS = ["Being seen as a person.", "Feeling at home together.", "Choosing for oneself."]

app, discussion_deck, game_deck = sys.argv[1:4]
out_dir = os.environ.get("G_TEST_BUILDDIR", ".")
number = 0


def tap(ok, text, detail=()):
    global number
    number += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", number, text))
    for line in detail:
        print("# " + line)
    sys.stdout.flush()


def skip_all(reason):
    print("1..%d" % len(TESTS))
    for i in range(len(TESTS)):
        print("ok %d # SKIP %s" % (i + 1, reason))
    sys.exit(0)


for tool in ("xdotool", "xwd"):
    if shutil.which(tool) is None:
        skip_all("%s is not installed" % tool)
if not os.environ.get("DISPLAY"):
    skip_all("no X display")

print("1..%d" % len(TESTS))


# --- Looking at the window -------------------------------------------------

class Shot:
    """What a window shows, as rows of RGB bytes."""

    def __init__(self, window):
        data = subprocess.run(["xwd", "-silent", "-id", str(window)],
                              check=True, capture_output=True).stdout
        header = struct.unpack(">25I", data[:100])
        size, depth, self.width, self.height = header[0], header[3], header[4], header[5]
        byte_order, bits, line = header[7], header[11], header[12]
        if depth not in (24, 32) or bits != 32:
            raise RuntimeError("a window of %d bits a pixel, not 32" % bits)
        pixels = data[size + header[19] * 12:]
        self.rows = []
        for y in range(self.height):
            row = pixels[y * line:y * line + self.width * 4]
            # BGRX when the least significant byte comes first, else XRGB.
            if byte_order == 0:
                rgb = bytearray(self.width * 3)
                rgb[0::3], rgb[1::3], rgb[2::3] = row[2::4], row[1::4], row[0::4]
            else:
                rgb = bytearray(self.width * 3)
                rgb[0::3], rgb[1::3], rgb[2::3] = row[1::4], row[2::4], row[3::4]
            self.rows.append(bytes(rgb))
        self.digest = hashlib.sha1(b"".join(self.rows)).hexdigest()

    def differing(self, other):
        if (self.width, self.height) != (other.width, other.height):
            return None
        return [(x, y) for y in range(self.height) if self.rows[y] != other.rows[y]
                for x in range(self.width) if self.rows[y][3 * x:3 * x + 3] != other.rows[y][3 * x:3 * x + 3]]

    def save(self, name):
        raw = b"".join(b"\0" + row for row in self.rows)

        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        path = os.path.join(out_dir, "screenshot-keys-%s.png" % name)
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n"
                    + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw, 6))
                    + chunk(b"IEND", b""))


def chroma(pixel):
    """A colour less its grey: the same for a see-through colour laid over
    any shade of grey."""
    mean = sum(pixel) / 3
    return tuple(c - mean for c in pixel)


ring_chroma = None


def rings(shot, tolerance=10):
    """The boxes, at least 12 by 12, drawn in the focus ring's colour."""
    want = ring_chroma
    marked = set()
    for y, row in enumerate(shot.rows):
        for x in range(shot.width):
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            if b - r < want[2] - want[0] - 2 * tolerance:
                continue
            mean = (r + g + b) / 3
            if (abs(r - mean - want[0]) <= tolerance and abs(g - mean - want[1]) <= tolerance
                    and abs(b - mean - want[2]) <= tolerance):
                marked.add((x, y))
    boxes = []
    while marked:
        todo = [marked.pop()]
        xs, ys = [], []
        while todo:
            x, y = todo.pop()
            xs.append(x)
            ys.append(y)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if (x + dx, y + dy) in marked:
                        marked.remove((x + dx, y + dy))
                        todo.append((x + dx, y + dy))
        w, h = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
        if w >= 12 and h >= 12:
            boxes.append((min(xs), min(ys), w, h))
    return boxes


# --- Driving the app -------------------------------------------------------

class Walk:
    def __init__(self, name, deck):
        self.name = name
        self.data = tempfile.mkdtemp()
        env = dict(os.environ, XDG_DATA_HOME=self.data)
        self.app = subprocess.Popen([app], env=env)
        self.keys = 0
        self.typed = 0
        self.groups = []          # (what, rings found)
        self.window = None
        self.deck = deck

    def start(self):
        found = subprocess.run(["timeout", "60", "xdotool", "search", "--sync", "--onlyvisible",
                                "--name", "^Value Cards$"], capture_output=True, text=True)
        ids = found.stdout.split()
        if not ids:
            return False
        self.window = ids[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], capture_output=True)
        self.settle()
        return True

    def settle(self, timeout=20):
        """Waits until two looks a little apart agree but for a caret."""
        end = time.monotonic() + timeout
        last = Shot(self.window)
        while True:
            time.sleep(0.3)
            shot = Shot(self.window)
            changed = shot.differing(last)
            if changed is not None and len(changed) <= 40:
                return shot
            if time.monotonic() > end:
                return shot
            last = shot

    def press(self, *keys):
        for key in keys:
            if key.startswith("type:"):
                text = key[5:]
                subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)
                self.typed += len(text)
                self.keys += len(text)
            else:
                subprocess.run(["xdotool", "key", key], check=True)
                self.keys += 1
            time.sleep(0.2)

    def group(self, what, *keys, shot=None):
        """Presses keys, waits for the window to be still, and looks for the
        focus ring."""
        self.press(*keys)
        look = self.settle()
        found = rings(look) if ring_chroma else []
        self.groups.append((what, found))
        if shot:
            look.save("%s-%s" % (self.name, shot))
        return look

    def session(self, kind=None):
        folder = os.path.join(self.data, "value-cards", "sessions")
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return None
        for name in names:
            if name.endswith(".json"):
                try:
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        return json.load(f)
                except (OSError, ValueError):
                    return None
        return None

    def wait_for(self, test, timeout=20):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            saved = self.session()
            if saved is not None and test(saved):
                return saved
            time.sleep(0.2)
        return self.session()

    def stop(self):
        if self.app.poll() is None:
            self.app.send_signal(signal.SIGTERM)
            try:
                self.app.wait(20)
            except subprocess.TimeoutExpired:
                self.app.kill()
                self.app.wait()
        shutil.rmtree(self.data, ignore_errors=True)

    def report(self):
        print("# %s: %d key presses, %d to move and choose and %d typing text; %d groups looked at"
              % (self.name, self.keys, self.keys - self.typed, self.typed, len(self.groups)))


def position(saved):
    pos = saved.get("position") or {}
    return (pos.get("card"), pos.get("stage"), saved.get("ended"))


# --- The meeting -----------------------------------------------------------

with open(discussion_deck, encoding="utf-8") as f:
    deck = json.load(f)
card_ids = [card["id"] for card in deck["cards"]]

meeting = Walk("meeting", discussion_deck)
try:
    if not meeting.start():
        tap(False, TESTS[0], ["the window never showed"])
        for text in TESTS[1:]:
            tap(False, text)
        sys.exit(1)

    # The ring's colour: the window before any key, and after one Tab.
    before = meeting.settle()
    meeting.press("Tab")
    after = meeting.settle()
    after.save("reference")
    changed = after.differing(before) or []
    counts = {}
    for x, y in changed:
        pixel = tuple(after.rows[y][3 * x:3 * x + 3])
        counts[pixel] = counts.get(pixel, 0) + 1
    if counts:
        common = max(counts, key=counts.get)
        ring_chroma = chroma(common)
    strong = ring_chroma is not None and max(abs(c) for c in ring_chroma) >= 15
    tap(strong, TESTS[0],
        ["the first Tab drew %d pixels; the ring's colour %s, off grey by %s"
         % (len(changed), common if counts else None,
            tuple(round(c) for c in ring_chroma) if ring_chroma else None)])
    meeting.groups.append(("first Tab", rings(after) if strong else []))
    if not strong:
        ring_chroma = None

    # Tab on past the two other buttons of the header bar to the decks;
    # End goes to the last, the discussion deck.
    meeting.group("the deck in the library", "Tab", "Tab", "End", shot="library")
    meeting.group("the deck opened", "Return", shot="deck")
    # Past the print and copy buttons to "Start a Meeting".
    meeting.group("the start button", "Tab", "Tab", "Tab")
    meeting.group("the meeting started", "Return")
    # Page Down to the first card; the notes are three stops back from the
    # back button, after the Next and Previous buttons.
    meeting.group("the first card", "Next")
    first = meeting.wait_for(lambda s: position(s)[0] == card_ids[0])
    meeting.group("the notes", "shift+Tab", "shift+Tab", "shift+Tab")
    meeting.group("a note typed", "type:" + NOTE, shot="note")
    meeting.group("the Next button", "Tab", "Tab")

    reached = None
    for _ in range(3 * len(card_ids) + 4):
        before_pos = position(meeting.session() or {})
        meeting.press("Return")
        saved = meeting.wait_for(lambda s: position(s) != before_pos)
        pos = position(saved or {})
        if pos[0] == "closing" and not pos[2] and reached is None:
            reached = "closing"
            meeting.group("the closing card", shot="closing")
        else:
            meeting.group("card %s, part %s" % (pos[0], pos[1]))
        if pos[2]:
            reached = "summary"
            break
    meeting.group("the summary", shot="summary")
    tap(reached == "summary", TESTS[1], ["the last place reached: %s" % reached])

    saved = meeting.session() or {}
    cards = saved.get("cards") or {}
    missing = [c for c in card_ids if not (cards.get(c) or {}).get("visited")]
    note = (cards.get(card_ids[0]) or {}).get("notes")
    tap(saved.get("kind") == "meeting" and bool(saved.get("ended")) and note == NOTE
        and not missing and position(saved)[0] == "closing",
        TESTS[2],
        ["kind %s, ended %s, at %s" % (saved.get("kind"), saved.get("ended"), position(saved)[0]),
         "the note on the first card: %r" % note,
         "cards never shown: %s" % (", ".join(missing) or "none")])
    meeting.report()
finally:
    meeting.stop()


# --- The values game -------------------------------------------------------

game = Walk("game", game_deck)
try:
    if not game.start():
        tap(False, TESTS[3], ["the window never showed"])
        tap(False, TESTS[4])
    else:
        # The values game is the fifth of the decks that come with the app.
        game.group("the deck in the library", "Tab", "Tab", "Tab", "Home",
                   "Down", "Down", "Down", "Down")
        game.group("the deck opened", "Return")
        game.group("the start button", "Tab", "Tab", "Tab")
        game.group("the board", "Return", shot="board")
        for i, reason in enumerate(REASONS):
            more = ["Right"] if i > 0 else []
            game.group("a word chosen", "ctrl+1", *more, "Return")
            game.group("a picture chosen", "ctrl+2", *more, "Return")
            game.wait_for(lambda s, n=i + 1: len(s.get("pairs") or []) >= n)
            game.group("a reason typed", "type:" + reason,
                       shot="pairs" if i == len(REASONS) - 1 else None)
        game.wait_for(lambda s: ((s.get("pairs") or [{}])[-1]).get("reason") == REASONS[-1])
        # From the last reason on to the back and present buttons, then
        # "Closing Card"; the page that opens gives the focus to Finish.
        game.group("the closing card button", "Tab", "Tab", "Tab")
        game.group("the closing card", "Return", shot="closing")
        game.group("the summary", "Return", shot="summary")
        saved = game.wait_for(lambda s: bool(s.get("ended")))
        tap(bool(saved and saved.get("ended")), TESTS[3],
            ["ended: %s" % ((saved or {}).get("ended"))])
        pairs = (saved or {}).get("pairs") or []
        words = [p.get("word") for p in pairs]
        pictures = [p.get("image") for p in pairs]
        reasons = [p.get("reason") for p in pairs]
        tap(len(pairs) == 3 and len(set(words)) == 3 and len(set(pictures)) == 3
            and None not in words and None not in pictures and reasons == REASONS,
            TESTS[4],
            ["pairs saved: %s" % ", ".join("%s + %s" % (w, p) for w, p in zip(words, pictures)),
             "reasons: %s" % reasons])
        game.report()
finally:
    game.stop()

# --- The focus, after every group ------------------------------------------

unseen = [(walk.name, what) for walk in (meeting, game) for what, found in walk.groups if not found]
looked = sum(len(walk.groups) for walk in (meeting, game))
tap(ring_chroma is not None and not unseen and looked > 0, TESTS[5],
    ["%d groups looked at" % looked]
    + ["no ring after %s: %s" % (name, what) for name, what in unseen])
