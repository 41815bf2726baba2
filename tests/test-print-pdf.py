#!/usr/bin/env python3
# tests/test-print-pdf.py
#
# Prints every built-in deck with the deck tool, at every card size, and
# reads the PDFs back with poppler's tools, as a person checking a printout
# would: the number of pages, the paper size, and every text of every card
# found in the PDF, exactly once where it is long enough to be unique. A
# few pages are drawn as pictures into the build folder to look at: the
# values game's words and pictures, a long dilemma, the backs and large
# print, in English and Swedish.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import gettext
import json
import os
import re
import shutil
import subprocess
import sys

tool, decks_dir, localedir, out_dir = sys.argv[1:5]

for program in ('pdfinfo', 'pdftotext', 'pdftoppm'):
    if shutil.which(program) is None:
        print('1..0 # SKIP %s (poppler-utils) is not installed to read the PDFs back' % program)
        sys.exit(77)

os.makedirs(out_dir, exist_ok=True)

PAPER_POINTS = {'a4': (595.276, 841.89), 'letter': (612.0, 792.0)}

# The parts of a deck that are printed on the cards' fronts.
PRINTED_KEYS = {'title', 'text', 'prompt', 'purpose', 'name', 'description', 'word',
                'definition', 'caption', 'stages', 'ground-rules', 'options', 'group',
                'instructions'}
PRINTED_PARTS = ('introduction', 'roles', 'values-game', 'cards', 'closing')

results = []


def ok(good, name, why=''):
    results.append(good)
    line = '%s %d %s' % ('ok' if good else 'not ok', len(results), name)
    print(line + ('' if good else ' # ' + why), flush=True)


def printed_texts(deck):
    texts = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ('id', 'alt', 'facilitator-notes', 'tags', 'label', 'src', 'source',
                         'minutes', 'kind'):
                    continue
                walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str) and key in PRINTED_KEYS | {'steps', 'questions', 'actions'}:
            texts.append(node)

    for part in PRINTED_PARTS:
        if part in deck:
            walk(deck[part], part)
    return texts


def squeeze(text):
    return re.sub(r'\s+', '', text)


def run_print(deck_path, pdf, size, paper, backs, language, large=False):
    env = dict(os.environ, LANGUAGE=language, LC_ALL='C.UTF-8')
    args = [tool, 'print', deck_path, '-o', pdf, '--size', size, '--paper', paper, '--backs', backs]
    if large:
        args.append('--large-print')
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    return done


def pdf_info(pdf):
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r'^Pages:\s+(\d+)', info, re.M).group(1))
    size = re.search(r'^Page size:\s+([\d.]+) x ([\d.]+)', info, re.M)
    return pages, (float(size.group(1)), float(size.group(2)))


def pdf_text(pdf):
    text = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', pdf, '-'],
                          capture_output=True, text=True).stdout
    text = squeeze(text)
    # A text that goes on to the next card is interrupted there by the card's
    # number, "7 · 1/2", and the next card's kind and "Continued".
    text = re.sub(r'\d+·\d+/\d+[^a-zåäö]*?(Continued|Fortsättning)', '', text)
    return text


def check_texts(name, text, expected):
    counts = {}
    for t in expected:
        key = squeeze(t)
        if key:
            counts[key] = counts.get(key, 0) + 1
    missing = [k for k in counts if text.count(k) == 0]
    wrong = [k for k, n in counts.items() if len(k) >= 25 and text.count(k) != n]
    ok(not missing and not wrong, '%s (%d texts)' % (name, len(counts)),
       'missing %r; not exactly once %r' % (missing[:3], [(k, text.count(k)) for k in wrong[:3]]))


def render(pdf, pages, stem):
    for page in pages:
        subprocess.run(['pdftoppm', '-r', '60', '-png', '-singlefile', '-f', str(page), '-l', str(page),
                        pdf, os.path.join(out_dir, '%s-page%d' % (stem, page))], check=True)


decks = sorted(f for f in os.listdir(decks_dir) if f.endswith('.vcdeck'))
swedish = gettext.translation('value-cards', localedir, ['sv'], fallback=True)

for deck_file in decks:
    deck_path = os.path.join(decks_dir, deck_file)
    with open(deck_path, encoding='utf-8') as f:
        deck = json.load(f)
    stem = deck_file[:-len('.vcdeck')]
    texts = printed_texts(deck)
    game = deck.get('values-game', {})
    n_items = (bool(deck.get('introduction')) + bool(game.get('instructions')) +
               len(deck.get('roles', [])) + len(game.get('words', [])) +
               len(game.get('images', [])) + len(deck.get('cards', [])) + bool(deck.get('closing')))

    for size, paper, backs, per_sheet in (('poker', 'a4', 'long-edge', 9), ('a6', 'a4', 'none', 4),
                                          ('a5', 'a4', 'none', 2), ('poker', 'letter', 'none', 9),
                                          ('a6', 'letter', 'short-edge', 4)):
        pdf = os.path.join(out_dir, '%s-%s-%s-%s.pdf' % (stem, size, paper, backs))
        done = run_print(deck_path, pdf, size, paper, backs, 'en')
        name = '%s %s on %s, backs %s' % (stem, size, paper, backs)
        if done.returncode != 0:
            ok(False, name, done.stderr.strip())
            continue
        summary = re.match(r'(\d+) cards? on (\d+) sheets?', done.stdout)
        cards, sheets = int(summary.group(1)), int(summary.group(2))
        pages, page_size = pdf_info(pdf)
        sides = 2 if backs in ('long-edge', 'short-edge') else 1
        want = PAPER_POINTS[paper]
        ok(cards >= n_items and sheets == -(-cards // per_sheet) and pages == sheets * sides,
           name + ': pages', '%d cards of %d items, %d sheets, %d pages' % (cards, n_items, sheets, pages))
        ok(sorted(round(v) for v in page_size) == sorted(round(v) for v in want),
           name + ': paper size', '%r, not %r' % (page_size, want))
        check_texts(name + ': every text', pdf_text(pdf), texts)

    # In Swedish, through the deck's translations: every translated text
    # is there, and the cards' own words are Swedish.
    pdf = os.path.join(out_dir, '%s-sv.pdf' % stem)
    done = run_print(deck_path, pdf, 'poker', 'a4', 'none', 'sv')
    translated = [swedish.gettext(t) for t in texts]
    text = pdf_text(pdf)
    check_texts(stem + ' in Swedish: every text', text, translated)
    english_left = [t for t, s in zip(texts, translated) if t != s and len(t) >= 25 and squeeze(t) in text]
    ok(not english_left, stem + ' in Swedish: no English left', repr(english_left[:2]))

    if stem == 'values-game':
        render(os.path.join(out_dir, 'values-game-poker-a4-long-edge.pdf'), (1, 2, 3, 4, 5), 'look-values-game')
        render(pdf, (1, 3), 'look-values-game-sv')
        large = os.path.join(out_dir, 'values-game-large-sv.pdf')
        run_print(deck_path, large, 'a6', 'a4', 'fold', 'sv', large=True)
        render(large, (1, 6), 'look-values-game-large-sv')
    if stem == 'workplace-dilemmas':
        render(os.path.join(out_dir, 'workplace-dilemmas-poker-a4-long-edge.pdf'), (3, 4), 'look-dilemmas')
        render(pdf, (2,), 'look-dilemmas-sv')

# Bad input gets a clear message and no PDF.
bad = os.path.join(out_dir, 'not-a-deck.vcdeck')
with open(bad, 'w') as f:
    f.write('{ "this is": "not a deck" ')
done = subprocess.run([tool, 'print', bad, '-o', os.path.join(out_dir, 'bad.pdf')],
                      capture_output=True, text=True, env=dict(os.environ, LANGUAGE='en'))
ok(done.returncode == 1 and 'not-a-deck.vcdeck' in done.stderr and
   not os.path.exists(os.path.join(out_dir, 'bad.pdf')), 'a broken deck is refused', done.stderr)
done = subprocess.run([tool, 'print', os.path.join(decks_dir, decks[0]), '-o', 'x.pdf', '--size', 'huge'],
                      capture_output=True, text=True, env=dict(os.environ, LANGUAGE='en'))
ok(done.returncode == 2 and 'poker' in done.stderr, 'an unknown size is refused', done.stderr)

print('1..%d' % len(results))
sys.exit(0 if all(results) else 1)
