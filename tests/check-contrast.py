#!/usr/bin/env python3
# check-contrast.py: every text colour of the app reads against its background.
#
#   check-contrast.py SRCDIR [ADWAITA_LIBRARY]
#
# Copyright 2026 The Value Cards developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Parses every CSS file under SRCDIR/src and works out, for each rule that
# gives text a colour, an opacity or a background, the colour of the text and
# of what it sits on, then the WCAG 2.1 contrast ratio between the two:
#
#   - The room's screen (rules under .vc-projector-view, .vc-projector or
#     vc-room-board) has two looks, read from the CSS itself: the dark one
#     (.vc-projector-view) and the light one (the same under .vc-light). Its
#     text must reach 7:1 (WCAG AAA), as it is read across a room.
#   - The app's own text must reach 4.5:1 (WCAG AA) on libadwaita's window,
#     view and card backgrounds, in light and dark. That covers the app's
#     rules and the libadwaita style classes the app puts on its text
#     (.dim-label, .accent, .warning, ...), with the app's overrides.
#     style-dark.css, if there is one, applies in dark only, over style.css.
#
# libadwaita's colours are read from the stylesheet inside ADWAITA_LIBRARY
# (with gresource); if it cannot be read, the values of libadwaita 1.2.2
# below are used, and the output says so.
#
# Translucent colours (rgba(), alpha()) and opacity are composited over what
# lies beneath. A colour the script cannot resolve fails the test, so that
# no colour is added that nobody checks. Prints TAP.

import os
import re
import subprocess
import sys

PROJECTOR_BAR = 7.0
APP_BAR = 4.5

# At least this many pairs must be checked in each part, so that a change
# in how the CSS is written cannot make the test check nothing.
MIN_PROJECTOR_PAIRS = 20
MIN_APP_PAIRS = 30

# Rules that paint a background with no text on it: the blank screens.
NO_TEXT = {'.vc-cover-black', '.vc-cover-white'}

# Marks that lie on the values game's pictures rather than on the screen's
# background: they must read on any picture, so on black and on white.
ON_PICTURES = {'.vc-room-banner', '.vc-room-badge'}

# libadwaita's dim text: its rule (opacity 0.55 in 1.2) covers these
# selectors that carry text in the app's windows; the subtitles of window
# titles lie on the header bar. (No label of the app is both dim and
# coloured by a class; the icons that are, are not text.)
ADW_DIM_SELECTORS = ['.dim-label', 'row label.subtitle',
                     'windowtitle .subtitle', 'headerbar .subtitle']

# Style classes of libadwaita that colour text.
ADW_TEXT_CLASSES = ['accent', 'success', 'warning', 'error']

# libadwaita 1.2.2 (Debian 12), from its defaults-light.css, defaults-dark.css
# and base.css; used only when the installed stylesheet cannot be read.
FALLBACK_ADWAITA = {
  'light': {
    'window_bg_color': '#fafafa', 'window_fg_color': 'rgba(0, 0, 0, 0.8)',
    'view_bg_color': '#ffffff', 'view_fg_color': 'rgba(0, 0, 0, 0.8)',
    'card_bg_color': '#ffffff', 'card_fg_color': 'rgba(0, 0, 0, 0.8)',
    'headerbar_bg_color': '#ebebeb', 'headerbar_fg_color': 'rgba(0, 0, 0, 0.8)',
    'accent_color': '#1c71d8', 'success_color': '#1b8553',
    'warning_color': '#9c6e03', 'error_color': '#c01c28',
  },
  'dark': {
    'window_bg_color': '#242424', 'window_fg_color': 'white',
    'view_bg_color': '#1e1e1e', 'view_fg_color': 'white',
    'card_bg_color': 'rgba(255, 255, 255, 0.08)', 'card_fg_color': 'white',
    'headerbar_bg_color': '#303030', 'headerbar_fg_color': 'white',
    'accent_color': '#78aeed', 'success_color': '#8ff0a4',
    'warning_color': '#f8e45c', 'error_color': '#ff7b63',
  },
}
FALLBACK_DIM_OPACITY = 0.55
FALLBACK_CLASS_COLORS = {c: '@' + c + '_color' for c in ADW_TEXT_CLASSES}

NAMED = {
  'black': (0, 0, 0, 1.0),
  'white': (255, 255, 255, 1.0),
  'transparent': (0, 0, 0, 0.0),
}


class Unresolvable(Exception):
  pass


# --- colours ------------------------------------------------------------

def channel(value):
  c = value / 255.0
  return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb):
  r, g, b = rgb[:3]
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a, b):
  la, lb = luminance(a), luminance(b)
  return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def over(top, bottom):
  """Composites TOP (r, g, b, a) over the opaque BOTTOM (r, g, b, 1)."""
  a = top[3]
  return tuple(t * a + u * (1 - a) for t, u in zip(top[:3], bottom[:3])) + (1.0,)


def with_alpha(color, factor):
  return color[:3] + (color[3] * factor,)


def hexstr(color):
  return '#%02x%02x%02x' % tuple(round(c) for c in color[:3])


def split_args(text):
  args, depth, start = [], 0, 0
  for i, ch in enumerate(text):
    if ch == '(':
      depth += 1
    elif ch == ')':
      depth -= 1
    elif ch == ',' and depth == 0:
      args.append(text[start:i].strip())
      start = i + 1
  args.append(text[start:].strip())
  return args


def resolve(text, named, current=None):
  """Resolves a CSS colour to (r, g, b, a). NAMED holds libadwaita's and
  the CSS files' @define-color values; CURRENT is currentColor."""
  text = text.strip()
  low = text.lower()
  if low in NAMED:
    return NAMED[low]
  if low == 'currentcolor':
    if current is None:
      raise Unresolvable(text)
    return current
  m = re.fullmatch(r'#([0-9a-f]{3}|[0-9a-f]{6})', low)
  if m:
    h = m.group(1)
    if len(h) == 3:
      h = ''.join(c * 2 for c in h)
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), 1.0)
  m = re.fullmatch(r'rgba?\((.*)\)', low)
  if m:
    args = split_args(m.group(1))
    if len(args) not in (3, 4) or any('%' in a for a in args):
      raise Unresolvable(text)
    try:
      r, g, b = (float(a) for a in args[:3])
      a = float(args[3]) if len(args) == 4 else 1.0
    except ValueError:
      raise Unresolvable(text)
    return (r, g, b, a)
  m = re.fullmatch(r'alpha\((.*)\)', low)
  if m:
    args = split_args(text[text.index('(') + 1:-1])
    if len(args) != 2:
      raise Unresolvable(text)
    try:
      factor = float(args[1])
    except ValueError:
      raise Unresolvable(text)
    return with_alpha(resolve(args[0], named, current), factor)
  m = re.fullmatch(r'@([a-z0-9_]+)', low)
  if m:
    name = m.group(1)
    if name not in named:
      raise Unresolvable(text)
    return resolve(named[name], named, current)
  raise Unresolvable(text)


# --- CSS ----------------------------------------------------------------

def parse_css(path):
  """Returns (defines, rules): rules are (selector, {property: value}, line)."""
  with open(path, encoding='utf-8') as f:
    text = f.read()
  text = re.sub(r'/\*.*?\*/', lambda m: '\n' * m.group(0).count('\n'), text,
                flags=re.S)
  defines = {}
  for m in re.finditer(r'@define-color\s+([\w-]+)\s+([^;]+);', text):
    defines[m.group(1)] = m.group(2).strip()
  body = re.sub(r'@define-color[^;]*;', lambda m: ' ' * len(m.group(0)), text)
  rules = []
  for m in re.finditer(r'([^{}]+)\{([^{}]*)\}', body):
    line = body.count('\n', 0, m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())) + 1
    decls = {}
    for decl in m.group(2).split(';'):
      if ':' in decl:
        prop, value = decl.split(':', 1)
        decls[prop.strip().lower()] = ' '.join(value.split())
    for selector in m.group(1).split(','):
      rules.append((' '.join(selector.split()), decls, line))
  return defines, rules


def adwaita_sources(library):
  """Reads libadwaita's stylesheets from its library. Returns
  ({look: defines}, base rules), or None."""
  if not library or not os.path.exists(library):
    return None
  out = {}
  try:
    for name in ('base', 'defaults-light', 'defaults-dark'):
      out[name] = subprocess.run(
        ['gresource', 'extract', library,
         '/org/gnome/Adwaita/styles/%s.css' % name],
        check=True, capture_output=True, text=True).stdout
  except (OSError, subprocess.CalledProcessError):
    return None
  import tempfile
  parsed = {}
  with tempfile.TemporaryDirectory() as tmp:
    for name, text in out.items():
      p = os.path.join(tmp, name + '.css')
      with open(p, 'w', encoding='utf-8') as f:
        f.write(text)
      parsed[name] = parse_css(p)
  base_defines, base_rules = parsed['base']
  looks = {}
  for look in ('light', 'dark'):
    d = dict(base_defines)
    d.update(parsed['defaults-' + look][0])
    looks[look] = d
  return looks, base_rules


# --- TAP ----------------------------------------------------------------

class Tap:
  def __init__(self):
    self.n = 0
    self.failed = 0

  def check(self, good, text):
    self.n += 1
    if not good:
      self.failed += 1
    print('%s %d - %s' % ('ok' if good else 'not ok', self.n, text))

  def note(self, text):
    print('# ' + text)


def self_check(tap):
  white, black = NAMED['white'], NAMED['black']
  r = ratio(black, white)
  tap.check(abs(r - 21.0) < 1e-9, 'self-check: black on white is %.2f:1 (21:1)' % r)
  r = ratio(resolve('#777', {}), white)
  tap.check(abs(r - 4.48) < 0.005, 'self-check: #777 on white is %.3f:1 (4.48:1)' % r)
  mixed = over(resolve('alpha(rgba(0, 0, 0, 0.8), 0.625)', {}), white)
  tap.check(hexstr(mixed) == '#808080',
            'self-check: black at 0.8 x 0.625 over white reads as #808080 (%s)' % hexstr(mixed))
  for form in ('shade(#fff, 0.5)', 'mix(#fff, #000, 0.5)', 'hsl(0, 0%, 50%)',
               '@no_such_colour', 'rgb(50%, 0%, 0%)', 'lighter(white)'):
    try:
      resolve(form, {'accent_color': '#1c71d8'})
      tap.check(False, 'self-check: %s is refused as unresolvable' % form)
    except Unresolvable:
      tap.check(True, 'self-check: %s is refused as unresolvable' % form)


# --- the room's screen --------------------------------------------------

LIGHT_PREFIX = re.compile(r'^\.vc-projector\.vc-light\s+')


def is_projector(selector):
  return ('.vc-projector' in selector or selector.startswith('vc-room-board')
          or ' vc-room-board' in selector)


def compounds(selector):
  return selector.replace('>', ' ').split()


def check_projector(tap, app_rules, named):
  """APP_RULES: (file, selector, decls, line) in cascade order."""
  groups = {}   # normalized selector -> {'dark': decls, 'light': decls}
  origin = {}
  for path, selector, decls, line in app_rules:
    if not is_projector(selector) or any(c in selector for c in NO_TEXT):
      continue
    light_only = LIGHT_PREFIX.match(selector) is not None
    key = LIGHT_PREFIX.sub('', selector)
    if '.vc-light' in key:
      tap.check(False, '%s:%d: cannot tell the look of "%s"' % (path, line, selector))
      continue
    g = groups.setdefault(key, {'dark': {}, 'light': {}, 'light_extra': {}})
    origin.setdefault(key, '%s:%d' % (path, line))
    if light_only:
      g['light_extra'].update(decls)
    else:
      g['dark'].update(decls)
      g['light'].update(decls)
  for g in groups.values():
    g['light'].update(g.pop('light_extra'))

  base = groups.get('.vc-projector-view')
  if base is None:
    tap.check(False, 'the room screen\'s rule .vc-projector-view is found')
    return {}
  looks = {}
  for look in ('dark', 'light'):
    d = base[look]
    if 'color' not in d or 'background-color' not in d:
      tap.check(False, 'the %s look sets both colour and background' % look)
      return {}
    fg = resolve(d['color'], named)
    bg = resolve(d['background-color'], named, fg)
    looks[look] = (fg, bg)
  if ratio(*looks['dark']) < ratio(*looks['light']) and luminance(looks['dark'][1]) > 0.5:
    tap.note('the dark look is brighter than the light look')

  def background_of(decls, fg):
    for prop in ('background-color', 'background'):
      if prop in decls:
        value = decls[prop]
        if value == 'none':
          return NAMED['transparent']
        return resolve(value, named, fg)
    return None

  def surface(key, look):
    """What the element of KEY lies on: the look's background, under any
    ancestor's own background."""
    look_fg, look_bg = looks[look]
    result = look_bg
    for compound in compounds(key)[:-1]:
      for other, g in groups.items():
        if other != key and compounds(other)[-1] == compound:
          obg = background_of(g[look], look_fg)
          if obg is not None:
            result = over(obg, result)
    return result

  lowest = {}
  checked = 0
  for key, g in groups.items():
    for look in ('dark', 'light'):
      decls = g[look]
      if not any(p in decls for p in ('color', 'opacity', 'background', 'background-color')):
        continue
      look_fg = looks[look][0]
      where = '%s (%s)' % (key, origin[key])
      try:
        fg = look_fg
        if 'color' in decls and decls['color'] != 'inherit':
          fg = resolve(decls['color'], named, look_fg)
        own_bg = background_of(decls, fg)
      except Unresolvable as e:
        tap.check(False, 'room %s: %s: cannot resolve colour %s' % (look, where, e))
        continue
      opacity = float(decls.get('opacity', '1'))
      last = compounds(key)[-1]
      beneath = [surface(key, look)]
      if (any(last.endswith(p) or (p + '.') in last for p in ON_PICTURES)
          and (own_bg is None or own_bg[3] * opacity < 1)):
        beneath = [NAMED['black'], NAMED['white']]
      for under in beneath:
        bg = under if own_bg is None else over(with_alpha(own_bg, opacity), under)
        text = over(with_alpha(fg, opacity), bg)
        r = ratio(text, bg)
        checked += 1
        lowest[look] = min(lowest.get(look, 99), r)
        tap.check(r >= PROJECTOR_BAR,
                  'room %s: %s: %s on %s = %.2f:1 (needs %.1f)'
                  % (look, where, hexstr(text), hexstr(bg), r, PROJECTOR_BAR))
  tap.check(checked >= MIN_PROJECTOR_PAIRS,
            'the room screen: %d pairs checked (at least %d)' % (checked, MIN_PROJECTOR_PAIRS))
  return lowest, checked


# --- the app's windows --------------------------------------------------

SURFACES = ['window', 'view', 'card']
HEADERBAR_SURFACES = ['headerbar']


def used_style_classes(srcdir):
  used = set()
  pattern = re.compile(r'<class name="([\w-]+)"|css_class\s*\([^;]*?"([\w-]+)"\s*\)'
                       r'|vc_ui_label_new\s*\([^;]*?,\s*"([\w-]+)"\s*\)', re.S)
  for root, _dirs, files in os.walk(os.path.join(srcdir, 'src')):
    for name in files:
      if name.endswith(('.ui', '.c')):
        with open(os.path.join(root, name), encoding='utf-8') as f:
          for m in pattern.finditer(f.read()):
            used.add(next(x for x in m.groups() if x))
  return used


def check_app(tap, light_rules, dark_rules, adw_named, adw_rules, used):
  lowest = {}
  checked = 0

  def pair(look, what, fg, own_bg, opacity, surfaces=SURFACES):
    nonlocal checked
    named = adw_named[look]
    for s in surfaces:
      try:
        surface_bg = over(resolve('@%s_bg_color' % s, named),
                          resolve('@window_bg_color', named))
        surface_fg = resolve('@%s_fg_color' % s, named)
        text = surface_fg if fg in (None, 'inherit') else resolve(fg, named, surface_fg)
        bg = surface_bg
        if own_bg is not None:
          bg = over(with_alpha(resolve(own_bg, named, text), opacity), surface_bg)
      except Unresolvable as e:
        tap.check(False, 'app %s: %s: cannot resolve colour %s' % (look, what, e))
        return
      shown = over(with_alpha(text, opacity), bg)
      r = ratio(shown, bg)
      checked += 1
      lowest[look] = min(lowest.get(look, 99), r)
      tap.check(r >= APP_BAR, 'app %s: %s on %s background: %s on %s = %.2f:1 (needs %.1f)'
                % (look, what, s, hexstr(shown), hexstr(bg), r, APP_BAR))

  for look, rules in (('light', light_rules), ('dark', dark_rules)):
    # The app's own rules, with the cascade of this look folded in.
    merged, origin = {}, {}
    for path, selector, decls, line in rules:
      if is_projector(selector) or selector in NO_TEXT:
        continue
      merged.setdefault(selector, {}).update(decls)
      origin.setdefault(selector, '%s:%d' % (path, line))
    for selector, decls in merged.items():
      if not any(p in decls for p in ('color', 'opacity', 'background', 'background-color')):
        continue
      own_bg = decls.get('background-color', decls.get('background'))
      if own_bg == 'none':
        own_bg = 'transparent'
      pair(look, '%s (%s)' % (selector, origin[selector]), decls.get('color'),
           own_bg, float(decls.get('opacity', '1')))

    # libadwaita's dim text, at the app's opacity where it sets one.
    adw_dim = FALLBACK_DIM_OPACITY
    for selector, decls, _line in adw_rules:
      if selector == '.dim-label' and 'opacity' in decls:
        adw_dim = float(decls['opacity'])
    for selector in ADW_DIM_SELECTORS:
      opacity = float(merged.get(selector, {}).get('opacity', adw_dim))
      pair(look, 'dim text %s (opacity %.2f)' % (selector, opacity), None, None, opacity,
           HEADERBAR_SURFACES if selector.endswith(' .subtitle') else SURFACES)

    # libadwaita's text colour classes the app uses.
    for cls in ADW_TEXT_CLASSES:
      if cls not in used:
        continue
      color = FALLBACK_CLASS_COLORS[cls]
      for selector, decls, _line in adw_rules:
        if selector == '.' + cls and 'color' in decls:
          color = decls['color']
      color = merged.get('.' + cls, {}).get('color', color)
      pair(look, '.%s text (%s)' % (cls, color), color, None, 1.0)

  tap.check(checked >= MIN_APP_PAIRS,
            'the app: %d pairs checked (at least %d)' % (checked, MIN_APP_PAIRS))
  return lowest, checked


def main():
  if len(sys.argv) not in (2, 3):
    print('usage: check-contrast.py SRCDIR [ADWAITA_LIBRARY]', file=sys.stderr)
    return 2
  srcdir = sys.argv[1]
  library = sys.argv[2] if len(sys.argv) == 3 else None
  tap = Tap()
  self_check(tap)

  adw = adwaita_sources(library)
  if adw:
    adw_named, adw_rules = adw
    tap.note('libadwaita colours read from %s' % os.path.basename(library))
  else:
    adw_named, adw_rules = FALLBACK_ADWAITA, []
    tap.note('libadwaita\'s stylesheet could not be read; using the values of libadwaita 1.2.2')

  css_files = []
  for root, _dirs, files in os.walk(os.path.join(srcdir, 'src')):
    css_files += [os.path.join(root, f) for f in files if f.endswith('.css')]
  css_files.sort()
  tap.check(any(os.path.basename(f) == 'style.css' for f in css_files),
            'found the app\'s CSS: %s' % ', '.join(os.path.relpath(f, srcdir) for f in css_files))
  # Every style sheet the app's resources ship is among those checked.
  for root, _dirs, files in os.walk(os.path.join(srcdir, 'src')):
    for name in files:
      if not name.endswith('.gresource.xml'):
        continue
      with open(os.path.join(root, name), encoding='utf-8') as f:
        for m in re.finditer(r'>([^<>]+\.css)</file>', f.read()):
          shipped = os.path.normpath(os.path.join(root, m.group(1)))
          tap.check(shipped in [os.path.normpath(c) for c in css_files],
                    'the shipped %s is checked' % os.path.relpath(shipped, srcdir))

  light_rules, dark_rules, projector_rules = [], [], []
  light_named = dict(adw_named['light'])
  dark_named = dict(adw_named['dark'])
  for path in css_files:
    defines, rules = parse_css(path)
    rel = os.path.relpath(path, srcdir)
    dark_only = os.path.basename(path).endswith('-dark.css')
    for selector, decls, line in rules:
      entry = (rel, selector, decls, line)
      if not dark_only:
        light_rules.append(entry)
        projector_rules.append(entry)
      dark_rules.append(entry)
      if dark_only and is_projector(selector):
        tap.check(False, '%s:%d: the room screen\'s looks do not follow the app\'s dark style'
                  % (rel, line))
    if not dark_only:
      light_named.update(defines)
    dark_named.update(defines)
  # style-dark.css comes after style.css whatever the names sort as.
  dark_rules.sort(key=lambda e: e[0].endswith('-dark.css'))

  # Every colour in the app's CSS must resolve, wherever it is used.
  for path, selector, decls, line in dark_rules:
    for prop, value in decls.items():
      if prop not in ('color', 'background-color', 'background', 'border-color',
                       'outline-color'):
        continue
      if value in ('inherit', 'none') or (prop == 'border-color' and value == 'transparent'):
        continue
      for look, named in (('light', light_named), ('dark', dark_named)):
        try:
          resolve(value, named, NAMED['black'])
        except Unresolvable as e:
          tap.check(False, '%s:%d: %s: %s: cannot resolve colour %s (%s)'
                    % (path, line, selector, prop, e, look))

  result = check_projector(tap, projector_rules, light_named)
  projector_lowest, projector_checked = result if result else ({}, 0)
  used = used_style_classes(srcdir)
  tap.note('libadwaita text classes the app uses: %s'
           % ', '.join(sorted(c for c in ADW_TEXT_CLASSES + ['dim-label'] if c in used)))
  app_lowest, app_checked = check_app(tap, light_rules, dark_rules,
                                      {'light': light_named, 'dark': dark_named},
                                      adw_rules, used)

  tap.note('pairs checked: %d on the room screen, %d in the app'
           % (projector_checked, app_checked))
  for name, lowest in (('room', projector_lowest), ('app', app_lowest)):
    for look in ('light', 'dark'):
      if look in lowest:
        tap.note('lowest ratio, %s %s: %.2f:1' % (name, look, lowest[look]))
  print('1..%d' % tap.n)
  return 1 if tap.failed else 0


if __name__ == '__main__':
  sys.exit(main())
