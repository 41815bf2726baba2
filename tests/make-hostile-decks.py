#!/usr/bin/env python3
# make-hostile-decks.py: writes the decks a hostile sender could mail.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: make-hostile-decks.py OUTPUT-FOLDER
#
# Writes every deck of the hostile corpus that is too large, or too
# tedious, to keep in git: picture bombs, crafted catalogs, decks at and
# beyond the limits, JSON that is almost JSON. Beside them it writes
# expected.tsv, one line per check:
#
#     FILE <TAB> CODE <TAB> PATH <TAB> KIND
#
# CODE is an error nick, or several separated by "|" when any of them is
# right; PATH is a JSON path, or "-" where it is not checked (problems
# with the file as a whole have none).
# KIND says what must happen:
#   error    the deck is refused, with CODE at PATH among its problems;
#   warning  the deck opens, with CODE at PATH among its warnings and no
#            error (a picture that cannot be shown gets a placeholder);
#   count    the deck is refused, and its problems are listed only up to
#            the limit, with one more entry that counts the rest (CODE and
#            PATH are "-");
#   ok       the deck opens with no error.
#
# Only the standard library is used, and the output is the same on every
# run, so that a failure can be reproduced from the file alone.

import base64
import json
import os
import struct
import sys
import zlib

# Mirrors src/deck/vc-deck-error.h.
MAX_CARDS = 2000
MAX_ITEMS = 100
MAX_SHORT_TEXT = 300
MAX_LONG_TEXT = 20000
MAX_IMAGE_SIDE = 16384
MAX_CATALOG_ENTRIES = 20000
MAX_FILE_SIZE = 16 * 1024 * 1024


class Corpus:
    def __init__(self, folder):
        self.folder = folder
        self.lines = []
        os.makedirs(os.path.join(folder, "images"), exist_ok=True)

    def write(self, name, data):
        path = os.path.join(os.fsencode(self.folder), os.fsencode(name) if isinstance(name, str) else name)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)

    def deck(self, name, text, code, path, kind):
        self.write(name, text)
        self.expect(name, code, path, kind)

    def expect(self, name, code, path, kind):
        if isinstance(name, bytes):
            # expected.tsv is UTF-8; a name that is not is written with
            # \xNN escapes, which the tests undo.
            name = "".join(chr(b) if b < 0x80 else "\\x%02x" % b for b in name)
        self.lines.append("\t".join((name, code, path, kind)))

    def finish(self):
        self.write("expected.tsv", "\n".join(self.lines) + "\n")
        # The build compares the folder's time with the script's.
        os.utime(self.folder)


# ---------------------------------------------------------------- pictures

def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(width, height, bit_depth=8, colour_type=2, full=True):
    """A valid PNG. With @full every row is there (all black), so that a
    decoder that believes the header really decodes it all."""
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = b"\0" * (1 + (width * channels * bit_depth + 7) // 8)
    z = zlib.compressobj(9)
    parts = []
    rows = height if full else min(height, 16)
    chunk = row * 256
    done = 0
    while done + 256 <= rows:
        parts.append(z.compress(chunk))
        done += 256
    parts.append(z.compress(row * (rows - done)))
    parts.append(z.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) +
            png_chunk(b"IDAT", b"".join(parts)) + png_chunk(b"IEND", b""))


def jpeg(width, height):
    """A baseline greyscale JPEG whose frame header gives @width x @height.
    Its Huffman tables have one code each, so that any run of zero bytes is
    valid data: a decoder reads the blocks that are there and fills the
    rest, as it does with any truncated photo."""
    def segment(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    dqt = segment(0xDB, b"\x00" + b"\x01" * 64)
    sof = segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    one_code = bytes([1] + [0] * 15)
    dht = segment(0xC4, b"\x00" + one_code + b"\x00" + b"\x10" + one_code + b"\x00")
    sos = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return b"\xff\xd8" + dqt + sof + dht + sos + b"\0" * 4096 + b"\xff\xd9"


def gif():
    palette = b"\x00\x00\x00\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00"
    # LZW, minimum code size 2: clear, index 0, end.
    data = b"\x02\x02\x44\x01\x00"
    return b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + palette + image + data + b"\x3b"


def bmp():
    pixels = b"\x00\x00\xff\x00"
    info = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info) + len(pixels), 0, 0, 14 + len(info)) + info + pixels


def tiff():
    entries = [
        (256, 3, 1, 1),      # width
        (257, 3, 1, 1),      # height
        (258, 3, 1, 8),      # bits per sample
        (259, 3, 1, 1),      # no compression
        (262, 3, 1, 1),      # black is zero
        (273, 4, 1, 0),      # strip offset, filled in below
        (278, 3, 1, 1),      # rows per strip
        (279, 4, 1, 1),      # strip byte count
    ]
    data_offset = 8 + 2 + 12 * len(entries) + 4
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if tag == 273:
            value = data_offset
        if kind == 3:
            ifd += struct.pack("<HHIHH", tag, kind, count, value, 0)
        else:
            ifd += struct.pack("<HHII", tag, kind, count, value)
    ifd += struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\x80"


def xpm():
    return b'/* XPM */\nstatic char *dot[] = {\n"1 1 1 1",\n". c #336699",\n"."\n};\n'


def ico():
    info = struct.pack("<IiiHHIIiiII", 40, 1, 2, 1, 32, 0, 8, 0, 0, 0, 0)
    image = info + b"\x99\x66\x33\xff" + b"\x00\x00\x00\x00"
    entry = struct.pack("<BBBBHHII", 1, 1, 0, 0, 1, 32, len(image), 6 + 16)
    return struct.pack("<HHH", 0, 1, 1) + entry + image


def data_uri(mime, data):
    return "data:%s;base64,%s" % (mime, base64.b64encode(data).decode("ascii"))


SVG_HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="%d" height="%d" viewBox="0 0 %d %d">\n')


def svg(body, width=400, height=300):
    return (SVG_HEAD % (width, height, width, height)) + body + "</svg>\n"


def svg_embedding(mime, data):
    return svg('<rect width="400" height="300" fill="#dfe8f0"/>\n'
               '<image x="0" y="0" width="400" height="300" xlink:href="%s"/>\n' % data_uri(mime, data))


def svg_convolve(order):
    kernel = " ".join("1" for _ in range(order * order))
    return svg('<filter id="f"><feConvolveMatrix order="%d" kernelMatrix="%s"/></filter>\n'
               '<rect width="400" height="300" fill="#4a7" filter="url(#f)"/>\n' % (order, kernel))


def svg_turbulence():
    return svg('<filter id="t" x="0" y="0" width="4000" height="4000" filterUnits="userSpaceOnUse">'
               '<feTurbulence baseFrequency="0.01" numOctaves="1000"/></filter>\n'
               '<rect width="4000" height="4000" filter="url(#t)"/>\n', 4000, 4000)


def svg_filter_chain(length):
    steps = ['<feGaussianBlur in="%s" stdDeviation="40" result="s%d"/>' % ("SourceGraphic" if i == 0 else "s%d" % (i - 1), i)
             for i in range(length)]
    return svg('<filter id="c" x="-50%%" y="-50%%" width="200%%" height="200%%">%s</filter>\n'
               '<rect x="100" y="75" width="200" height="150" fill="#a47" filter="url(#c)"/>\n' % "".join(steps))


def svg_quadratic(levels, fan_out):
    """Each level uses the one below @fan_out times: fan_out ** levels
    shapes from a few hundred bytes."""
    parts = ['<defs><g id="l0"><rect width="2" height="2" fill="#357"/></g>']
    for level in range(1, levels + 1):
        uses = "".join('<use xlink:href="#l%d" x="%d"/>' % (level - 1, i % 7) for i in range(fan_out))
        parts.append('<g id="l%d">%s</g>' % (level, uses))
    parts.append('</defs><use xlink:href="#l%d"/>\n' % levels)
    return svg("".join(parts))


# ------------------------------------------------------------------ decks

def base_deck(name, kind="questions"):
    deck = {
        "format-version": 1,
        "id": "org.example.hostile." + name,
        "version": "1.0",
        "kind": kind,
        "title": "Hostile deck: " + name,
        "description": "Made by the tests to check that a deck like this cannot hurt the app.",
        "source-language": "en",
        "authors": ["The Value Cards tests"],
        "license": "CC0-1.0",
        "audience": ["staff-meeting", "reflection"],
    }
    if kind == "values-game":
        deck["values-game"] = {
            "instructions": "Choose a word and a picture that belong together.",
            "words": [{"id": "dignity", "word": "Dignity", "definition": "Everyone has the same worth."}],
            "images": [{"id": "picture", "file": "images/ok.svg", "alt": "A test picture"}],
        }
        deck["cards"] = []
    else:
        deck["cards"] = [{"id": "q1", "kind": "question", "text": "What matters most to you at work?"}]
    return deck


def dump(deck, raw=None):
    """The deck as JSON text; @raw maps placeholder strings to JSON text
    put in as it is, for what json.dumps would never write."""
    text = json.dumps(deck, ensure_ascii=False, indent=1)
    for placeholder, value in (raw or {}).items():
        quoted = json.dumps(placeholder)
        assert text.count(quoted) == 1, placeholder
        text = text.replace(quoted, value)
    return text + "\n"


def picture_deck(corpus, name, file, code, kind="warning", path="$.values-game.images[0].file"):
    deck = base_deck(name, "values-game")
    deck["values-game"]["images"][0]["file"] = file
    corpus.deck(name + ".vcdeck", dump(deck), code, path, kind)


def pictures(corpus):
    corpus.write("images/ok.svg", svg('<rect width="400" height="300" fill="#7a9"/>\n'))
    corpus.deck("ok-values-game.vcdeck", dump(base_deck("ok-values-game", "values-game")), "-", "-", "ok")

    # librsvg 2.54 panics on a convolution of order 21 or more.
    corpus.write("images/convolve-25.svg", svg_convolve(25))
    picture_deck(corpus, "svg-convolve-order-25", "images/convolve-25.svg",
                 "image-too-complex|image-invalid")
    picture_deck(corpus, "svg-convolve-order-25-embedded",
                 data_uri("image/svg+xml", svg_convolve(25).encode()),
                 "image-too-complex|image-invalid")

    # A hundred KB that decode to 30,000 pixels square: 2.7 GB as RGB.
    bomb = png(30000, 30000, bit_depth=1, colour_type=0)
    corpus.write("images/png-30000.png", bomb)
    picture_deck(corpus, "png-30000", "images/png-30000.png", "image-too-large")
    picture_deck(corpus, "png-30000-embedded", data_uri("image/png", bomb), "image-too-large")
    # Just over the side limit, with few pixels: the side alone counts.
    corpus.write("images/png-wide.png", png(MAX_IMAGE_SIDE + 1, 1, full=True))
    picture_deck(corpus, "png-too-wide", "images/png-wide.png", "image-too-large")

    corpus.write("images/jpeg-40000.jpg", jpeg(40000, 40000))
    picture_deck(corpus, "jpeg-40000", "images/jpeg-40000.jpg", "image-too-large")

    corpus.write("images/svg-png-bomb.svg", svg_embedding("image/png", bomb))
    picture_deck(corpus, "svg-embeds-png-30000", "images/svg-png-bomb.svg",
                 "image-too-large|image-format")

    for fmt, mime, data in (("gif", "image/gif", gif()), ("bmp", "image/bmp", bmp()),
                            ("tiff", "image/tiff", tiff()), ("xpm", "image/x-xpixmap", xpm()),
                            ("ico", "image/vnd.microsoft.icon", ico())):
        corpus.write("images/embeds-%s.svg" % fmt, svg_embedding(mime, data))
        picture_deck(corpus, "svg-embeds-" + fmt, "images/embeds-%s.svg" % fmt, "image-format")
    # The format is what the bytes are, not what the URI says.
    corpus.write("images/embeds-gif-as-png.svg", svg_embedding("image/png", gif()))
    picture_deck(corpus, "svg-embeds-gif-as-png", "images/embeds-gif-as-png.svg", "image-format|image-invalid")

    corpus.write("images/turbulence.svg", svg_turbulence())
    picture_deck(corpus, "svg-turbulence-1000-octaves", "images/turbulence.svg", "image-too-complex")

    # Beyond the agreed cases: work that grows with the filter chain or
    # with references, which must end as a problem on the picture too.
    corpus.write("images/filter-chain.svg", svg_filter_chain(1000))
    picture_deck(corpus, "svg-filter-chain-1000", "images/filter-chain.svg", "image-too-complex|image-invalid")
    corpus.write("images/quadratic.svg", svg_quadratic(8, 10))
    picture_deck(corpus, "svg-use-explosion", "images/quadratic.svg", "image-too-complex|image-invalid")


def json_text(corpus):
    def replaced(name, find, replace, code, path="-", kind="error"):
        text = dump(base_deck(name))
        assert text.count(find) == 1, find
        corpus.deck(name + ".vcdeck", text.replace(find, replace), code, path, kind)

    title = '"title": "Hostile deck: %s"'
    replaced("lone-surrogate", title % "lone-surrogate", '"title": "Caf\\ud800e"', "syntax")
    replaced("lone-low-surrogate", title % "lone-low-surrogate", '"title": "\\udc00 and more"', "syntax")
    replaced("nul-escape-title", title % "nul-escape-title", '"title": "Visible\\u0000hidden"', "syntax")
    replaced("leading-zero", '"format-version": 1', '"format-version": 01', "syntax")
    replaced("octal-minutes", '"license"', '"minutes-per-card": 015,\n "license"', "syntax")
    replaced("hex-number", '"license"', '"minutes-per-card": 0x0f,\n "license"', "syntax")
    replaced("hex-escape", title % "hex-escape", '"title": "\\x41 deck"', "syntax")
    replaced("duplicate-member", title % "duplicate-member",
             '"title": "What you see",\n "title": "What you get"', "duplicate-member")
    replaced("duplicate-member-in-card", '"id": "q1",', '"id": "q1", "id": "q2",', "duplicate-member")

    # A NUL that would cut a picture's path short where the file is opened.
    deck = base_deck("nul-escape-path", "values-game")
    deck["values-game"]["images"][0]["file"] = "@@FILE@@"
    corpus.deck("nul-escape-path.vcdeck", dump(deck, {"@@FILE@@": '"images/ok.svg\\u0000../../../secret.png"'}),
                "syntax", "-", "error")

    # Right-to-left override: the title reads as something it is not.
    deck = base_deck("bidi-title")
    deck["title"] = "Policy \u202eexe.txt\u202c review"
    corpus.deck("bidi-title.vcdeck", dump(deck), "text-direction", "$.title", "warning")

    # Escape sequences for the terminal of whoever validates the deck.
    deck = base_deck("terminal-escape-member")
    deck["\x1b]0;All decks OK\x07\x1b[2K\r\x1b[32mOK\x1b[0m"] = 1
    corpus.deck("terminal-escape-member.vcdeck", dump(deck), "unknown-member", "-", "warning")
    deck = base_deck("terminal-escape-id")
    deck["id"] = "org.example\x1b[1A\x1b[2K\x1b[32mvalid\x1b[0m"
    corpus.deck("terminal-escape-id.vcdeck", dump(deck), "invalid-value", "$.id", "error")
    deck = base_deck("terminal-escape-picture", "values-game")
    deck["values-game"]["images"][0]["file"] = "images/\x1b[2J\x1b[Hgone\x9b31m.svg"
    corpus.deck("terminal-escape-picture.vcdeck", dump(deck), "image-missing", "$.values-game.images[0].file", "warning")

    # Reading a catalog from anywhere glibc can be made to look.
    deck = base_deck("translation-domain-outside")
    deck["translation-domain"] = "../../../../tmp/evil"
    corpus.deck("translation-domain-outside.vcdeck", dump(deck), "invalid-value", "$.translation-domain", "error")
    deck = base_deck("translation-domain-absolute")
    deck["translation-domain"] = "/tmp/evil"
    corpus.deck("translation-domain-absolute.vcdeck", dump(deck), "invalid-value", "$.translation-domain", "error")

    # A valid deck whose file name is not UTF-8 opens like any other.
    deck = base_deck("file-name-latin1")
    corpus.write(b"caf\xe9-latin1.vcdeck", dump(deck))
    corpus.expect(b"caf\xe9-latin1.vcdeck", "-", "-", "ok")


# ------------------------------------------------------------ catalogs

def mo_catalog(originals, translations):
    """A .mo file; each list holds (offset, length) pairs into @strings,
    given as (strings, pairs) so that entries can point at the same bytes."""
    strings, pairs_o = originals
    _, pairs_t = translations
    n = len(pairs_o)
    header_size = 28
    table_o = header_size
    table_t = table_o + 8 * n
    data_start = table_t + 8 * n
    out = bytearray(struct.pack("<IIIIIII", 0x950412DE, 0, n, table_o, table_t, 0, 0))
    for offset, length in pairs_o:
        out += struct.pack("<II", length, data_start + offset)
    for offset, length in pairs_t:
        out += struct.pack("<II", length, data_start + offset)
    out += strings
    return bytes(out)


def catalog_deck(corpus, name, language, mo, code, path, kind="error"):
    deck = base_deck(name)
    deck["translations"] = {language: "@@MO@@"}
    uri = '"data:application/x-gettext-translation;base64,%s"' % base64.b64encode(mo).decode("ascii")
    corpus.deck(name + ".vcdeck", dump(deck, {"@@MO@@": uri}), code, path, kind)


def catalogs(corpus):
    # 300,000 entries, every one pointing at the same megabyte.
    big = b"x" * (1024 * 1024) + b"\0"
    n = 300000
    pairs = [(0, len(big) - 1)] * n
    catalog_deck(corpus, "catalog-300000-entries", "sv", mo_catalog((big, pairs), (big, pairs)),
                 "translation-invalid", "$.translations.sv")

    # Within the entry limit, each translation the same two megabytes:
    # forty gigabytes for whoever copies them out. For a language that
    # nobody who opens the deck will use.
    n = MAX_CATALOG_ENTRIES - 1
    ids = b"".join(b"m%05d\0" % i for i in range(n))
    big_at = len(ids)
    strings = ids + b"y" * (2 * 1024 * 1024) + b"\0"
    originals = [(7 * i, 6) for i in range(n)]
    translations = [(big_at, 2 * 1024 * 1024)] * n
    catalog_deck(corpus, "catalog-overlapping-translations", "fi",
                 mo_catalog((strings, originals), (strings, translations)),
                 "translation-invalid", "$.translations.fi")

    # More entries than the limit, each small and honest.
    n = MAX_CATALOG_ENTRIES + 1
    ids = b"".join(b"s%06d\0" % i for i in range(n))
    originals = [(8 * i, 7) for i in range(n)]
    catalog_deck(corpus, "catalog-too-many-entries", "sv",
                 mo_catalog((ids, originals), (ids, originals)),
                 "translation-invalid", "$.translations.sv")


# --------------------------------------------------------------- limits

def limits(corpus):
    # 100,000 cards; one widget each would freeze the window.
    deck = base_deck("cards-100000")
    deck["cards"] = [{"id": "c%06d" % i, "kind": "question", "text": "Question %d?" % i} for i in range(100000)]
    corpus.deck("cards-100000.vcdeck", json.dumps(deck, separators=(",", ":")), "too-many", "$.cards", "error")

    # 100,000 questions on one card.
    deck = base_deck("questions-100000")
    deck["cards"] = [{"id": "d1", "kind": "dilemma", "title": "Many questions",
                      "stages": ["Something happens."],
                      "questions": ["Question %d?" % i for i in range(100000)]}]
    corpus.deck("questions-100000.vcdeck", json.dumps(deck, separators=(",", ":")),
                "too-many", "$.cards[0].questions", "error")

    # 10,000 value words.
    deck = base_deck("words-10000", "values-game")
    deck["values-game"]["words"] = [{"id": "w%05d" % i, "word": "Word %d" % i, "definition": "Meaning %d" % i}
                                    for i in range(10000)]
    corpus.deck("words-10000.vcdeck", json.dumps(deck, separators=(",", ":")),
                "too-many", "$.values-game.words", "error")

    # About 500,000 problems: as many cards as allowed, each without its
    # text and with 250 members nobody knows.
    deck = base_deck("problems-500000")
    cards = []
    for i in range(MAX_CARDS):
        card = {"id": "c%04d" % i, "kind": "question"}
        for j in range(250):
            card["u%d" % j] = 0
        cards.append(card)
    deck["cards"] = cards
    text = json.dumps(deck, separators=(",", ":"))
    assert len(text) < MAX_FILE_SIZE
    corpus.deck("problems-500000.vcdeck", text, "-", "-", "count")

    # A ten-megabyte title, and a long text that is not a title.
    deck = base_deck("title-10mb")
    deck["title"] = "A" * (10 * 1000 * 1000)
    corpus.deck("title-10mb.vcdeck", dump(deck), "text-too-long", "$.title", "error")
    deck = base_deck("title-just-too-long")
    deck["title"] = "Å" * (MAX_SHORT_TEXT + 1)
    corpus.deck("title-just-too-long.vcdeck", dump(deck), "text-too-long", "$.title", "error")
    deck = base_deck("question-text-too-long")
    deck["cards"][0]["text"] = "Why? " * (MAX_LONG_TEXT // 5 * 50)
    corpus.deck("question-text-too-long.vcdeck", dump(deck), "text-too-long", "$.cards[0].text", "error")


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("Usage: %s OUTPUT-FOLDER\n" % sys.argv[0])
        return 2
    corpus = Corpus(sys.argv[1])
    pictures(corpus)
    json_text(corpus)
    catalogs(corpus)
    limits(corpus)
    corpus.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
