# audit.py: walks the accessible tree of every window and page of Value Cards
# as a screen reader sees it over AT-SPI, and counts the controls without a
# name and the pictures without a text.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: audit.py VALUE-CARDS SOURCE-ROOT
#
# Runs on a private accessibility bus (see run-audit.sh). The app is driven
# the way a screen reader user drives it: through the actions that windows
# and buttons offer over AT-SPI, and by opening files as a file manager does.
#
# The rules:
#  - A control is an accessible that is focusable, or whose role is one that
#    a person operates (buttons, check boxes, entries, sliders, menu items,
#    links, switches, list items...). Containers that only pass the focus on
#    (panels, scroll panes) are not controls.
#  - A control's name must not be empty, must not be its role ("button"),
#    must not be a class name that GTK puts in when a widget has no name
#    ("GtkButton"), and must not carry a mnemonic's underscore or say the
#    same words twice ("_Open Open"), which is what Orca would read aloud.
#    Its role must not be "unknown" or "filler".
#  - A picture (role image) must have a name or a description, unless it is
#    inside a control that has a name: the control then says what it does.
#    A picture that is only decoration is not exposed as an image at all
#    (accessible-role "presentation").
#  - Only what is showing is audited: visible, and with a size. GTK 4.8
#    sets no "showing" state, and a page once shown keeps its size after
#    another page took its place, so later pages of the main window are
#    audited together with the pages shown before them.
#  - A window whose problems are all in KNOWN is reported as a TODO.

import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import gi
    gi.require_version('Atspi', '2.0')
    import pyatspi
except Exception as e:  # pragma: no cover - depends on the machine
    print('1..0 # SKIP pyatspi cannot be loaded: %s' % e)
    sys.exit(0)

APP = sys.argv[1]
SRC = sys.argv[2]
DECKS = os.path.join(SRC, 'data', 'decks')
BROKEN = os.path.join(SRC, 'tests', 'data', 'broken', 'alt-missing.vcdeck')
VERBOSE = os.environ.get('VC_A11Y_VERBOSE') == '1'

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_PUSH_BUTTON_MENU,
}
for extra in ('ROLE_SWITCH',):
    if hasattr(pyatspi, extra):
        CONTROL_ROLES.add(getattr(pyatspi, extra))

# Focusable only to hand the focus to what they hold.
CONTAINER_ROLES = {
    pyatspi.ROLE_PANEL, pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_VIEWPORT,
    pyatspi.ROLE_SECTION, pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG,
    pyatspi.ROLE_WINDOW, pyatspi.ROLE_GROUPING,
}

# Problems known and not yet fixed. A window whose problems are all of these
# is reported as a TODO, so that the count is seen; any other problem fails.
KNOWN = []

CLASS_NAME = re.compile(r'^(Gtk|Adw|Vc)[A-Z][A-Za-z]*$')
MNEMONIC = re.compile(r'(^|\s)_\w')


class Audit:
    def __init__(self):
        self.results = []
        self.problems = []

    def name_problem(self, acc, name, role):
        if name is None or not name.strip():
            return 'no name'
        if name.strip().lower() == role.lower():
            return 'name is the role'
        if CLASS_NAME.match(name.strip()):
            return 'name is a class name'
        if MNEMONIC.search(name):
            return 'name has a mnemonic underscore'
        words = name.lower().split()
        half = len(words) // 2
        if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
            return 'name says the same twice'
        return None


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def size_of(acc):
    try:
        ext = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return ext.width, ext.height
    except Exception:
        return None


def is_shown(acc):
    st = states(acc)
    if st is None or not st.contains(pyatspi.STATE_VISIBLE):
        return False
    size = size_of(acc)
    if size is not None and (size[0] <= 0 or size[1] <= 0):
        return False
    return True


def children(acc):
    out = []
    try:
        n = acc.childCount
    except Exception:
        return out
    for i in range(n):
        try:
            c = acc.getChildAtIndex(i)
        except Exception:
            c = None
        if c is not None:
            out.append(c)
    return out


def role_name(acc):
    try:
        return acc.getRoleName()
    except Exception:
        return 'unknown'


def path_of(stack):
    return ' > '.join(stack[-4:])


def walk(acc, found, stack, named_control_above, depth=0):
    """Collects the controls and the pictures that are showing."""
    if depth > 80 or not is_shown(acc):
        return
    found['visited'] = found.get('visited', 0) + 1
    role = acc.getRole()
    rname = role_name(acc)
    name = acc.name or ''
    st = states(acc)
    focusable = st.contains(pyatspi.STATE_FOCUSABLE)
    here = '%s %r' % (rname, name)
    is_control = role in CONTROL_ROLES or (focusable and role not in CONTAINER_ROLES
                                           and role != pyatspi.ROLE_LABEL)
    if role in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM) and not focusable:
        # A row that is only shown, not chosen, is read as its text.
        is_control = False
    if is_control:
        found['controls'].append((acc, rname, name, stack + [here]))
    if role == pyatspi.ROLE_IMAGE:
        found['images'].append((acc, rname, name, acc.description or '', named_control_above, stack + [here]))
    above = named_control_above or (is_control and bool(name.strip()))
    for c in children(acc):
        walk(c, found, stack + [here], above, depth + 1)


class App:
    def __init__(self, env):
        self.env = env
        self.proc = subprocess.Popen([APP], env=env, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(env['XDG_DATA_HOME'], 'app.log'), 'w'))
        self.acc = None

    def run(self, *args):
        subprocess.Popen([APP] + list(args), env=self.env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait(timeout=30)

    def find(self, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            desktop = pyatspi.Registry.getDesktop(0)
            for a in children(desktop):
                try:
                    if a.get_process_id() == self.proc.pid:
                        self.acc = a
                        if self.windows():
                            return True
                except Exception:
                    pass
            if self.proc.poll() is not None:
                return False
            time.sleep(0.2)
        return False

    def windows(self):
        if self.acc is None:
            return []
        # Every window is a child of the application, whatever its role:
        # a window with the wrong role is found, and then reported.
        return [w for w in children(self.acc) if is_shown(w)]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def signature(win):
    found = {'controls': [], 'images': []}
    try:
        walk(win, found, [], False)
    except Exception:
        return None
    return tuple((r, n) for _, r, n, _ in found['controls'])


def settle(win, before=None, timeout=15):
    """Waits for the window's tree to change from BEFORE and then hold still."""
    end = time.time() + timeout
    last = None
    still = 0
    while time.time() < end:
        sig = signature(win)
        if sig is not None and sig == last and (before is None or sig != before):
            still += 1
            if still >= 3:
                return True
        else:
            still = 0
        last = sig
        time.sleep(0.3)
    return False


def new_window(app, old, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        for w in app.windows():
            if all(not same(w, o) for o in old):
                return w
        time.sleep(0.2)
    return None


def same(a, b):
    try:
        return a == b or (a.path == b.path)
    except Exception:
        return a == b


def actions(acc):
    try:
        ai = acc.queryAction()
        return {ai.getName(i): i for i in range(ai.nActions)}
    except Exception:
        return {}


def do_action(acc, name):
    acts = actions(acc)
    if name not in acts:
        raise RuntimeError('no action %s on %s (has %s)' % (name, role_name(acc), sorted(acts)))
    acc.queryAction().doAction(acts[name])


def find_control(win, pred):
    found = {'controls': [], 'images': []}
    walk(win, found, [], False)
    for acc, r, n, _ in found['controls']:
        if pred(acc, r, n):
            return acc
    return None


class Report:
    def __init__(self):
        self.n = 0
        self.totals = [0, 0, 0, 0]
        self.failed = False

    def audit(self, label, win):
        found = {'controls': [], 'images': [], 'visited': 0}
        walk(win, found, [], False)
        bad = []
        if win.getRole() not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW):
            bad.append(('a window read as %s' % role_name(win), [repr(win.name)]))
        for acc, rname, name, stack in found['controls']:
            problem = None
            if rname in ('unknown', 'filler'):
                problem = 'role is %s' % rname
            else:
                problem = Audit().name_problem(acc, name, rname)
            if problem:
                bad.append((problem, stack))
        bad_images = []
        for acc, rname, name, desc, above, stack in found['images']:
            if above:
                continue
            if Audit().name_problem(acc, name, rname) and not desc.strip():
                bad_images.append(('picture without a text', stack))
        self.n += 1
        counts = (len(found['controls']), len(bad), len(found['images']), len(bad_images))
        for i in range(4):
            self.totals[i] += counts[i]
        ok = not bad and not bad_images and found['visited'] > 1
        lines = ['%s: %s' % (problem, path_of(stack)) for problem, stack in bad + bad_images]
        todo = (not ok and found['visited'] > 1
                and all(any(k.match(line) for k in KNOWN) for line in lines))
        if not ok and not todo:
            self.failed = True
        print('%s %d - %s: %d controls, %d unnamed, %d images, %d without text%s'
              % ('ok' if ok else 'not ok', self.n, label, *counts,
                 ' # TODO %d known problems left' % len(lines) if todo else ''))
        for line in lines:
            print('#   ' + line)
        if VERBOSE:
            for acc, rname, name, stack in found['controls']:
                print('#     control %s %r' % (rname, name))
            for acc, rname, name, desc, above, stack in found['images']:
                print('#     image %r %r%s' % (name, desc, ' (in a control)' if above else ''))
        sys.stdout.flush()

    def fail(self, label, why):
        self.n += 1
        self.failed = True
        print('not ok %d - %s: %s' % (self.n, label, why))
        sys.stdout.flush()


def main():
    data_home = tempfile.mkdtemp(prefix='vc-a11y-')
    env = dict(os.environ)
    env['XDG_DATA_HOME'] = data_home
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'

    try:
        pyatspi.Registry.getDesktop(0).childCount
    except Exception as e:
        print('1..0 # SKIP the accessibility bus cannot be reached: %s' % e)
        return 0

    app = App(env)
    report = Report()
    try:
        return run(app, report)
    finally:
        app.stop()
        print('# total: %d controls, %d unnamed, %d images, %d without text' % tuple(report.totals))


def run(app, report):
    if not app.find():
        print('1..0 # SKIP the app does not show up on the accessibility bus')
        return 0
    main_win = app.windows()[0]

    def step(label, fn):
        try:
            fn()
        except Exception as e:
            report.fail(label, '%s: %s' % (type(e).__name__, e))

    # The library.
    settle(main_win)
    report.audit('library', main_win)

    # Its main menu, as a popover.
    def menu():
        button = find_control(main_win, lambda a, r, n: 'click' in actions(a)
                              and r == 'push button' and a.parent is not None
                              and role_name(a.parent) == 'push button')
        if button is None:
            raise RuntimeError('no menu button')
        before = signature(main_win)
        do_action(button, 'click')
        settle(main_win, before)
        report.audit('main menu', main_win)
        do_action(button, 'click')
    step('main menu', menu)

    # The keyboard shortcuts.
    def shortcuts():
        old = app.windows()
        do_action(main_win, 'win.show-help-overlay')
        w = new_window(app, old)
        if w is None:
            raise RuntimeError('no shortcuts window')
        settle(w)
        report.audit('keyboard shortcuts', w)
        do_action(w, 'window.close') if 'window.close' in actions(w) else None
    step('keyboard shortcuts', shortcuts)

    def open_deck(path, label):
        before = signature(main_win)
        app.run(path)
        if not settle(main_win, before):
            raise RuntimeError('the window did not change after opening %s' % path)
        report.audit(label, main_win)

    # A deck's page, a meeting on a dilemma card, its summary.
    step('deck page', lambda: open_deck(os.path.join(DECKS, 'workplace-dilemmas.vcdeck'), 'deck page'))

    def plan():
        old = app.windows()
        do_action(main_win, 'win.plan-meeting')
        w = new_window(app, old)
        if w is None:
            raise RuntimeError('no Plan a Meeting dialog; windows: %s'
                               % [(role_name(x), x.name) for x in children(app.acc)])
        settle(w)
        report.audit('plan a meeting', w)
        before = signature(main_win)
        do_action(w, 'plan.start')
        settle(main_win, before)
        report.audit('meeting in a format, with its steps', main_win)
        before = signature(main_win)
        do_action(main_win, 'win.finish-session')
        settle(main_win, before)
        report.audit('summary of a meeting in a format', main_win)
    step('plan a meeting', plan)

    def go_deck():
        before = signature(main_win)
        do_action(main_win, 'win.go-back')
        settle(main_win, before)

    def player():
        go_deck()
        before = signature(main_win)
        do_action(main_win, 'win.start-meeting')
        settle(main_win, before)
        report.audit('player, introduction', main_win)
        # On to the first card with the player's own key.
        before = signature(main_win)
        pyatspi.Registry.generateKeyboardEvent(0xff56, None, pyatspi.KEY_SYM)  # Page Down
        settle(main_win, before, timeout=5)
        report.audit('player, dilemma card', main_win)
    step('player', player)

    def summary():
        before = signature(main_win)
        do_action(main_win, 'win.finish-session')
        # Pages once shown keep their size in GTK 4.8, and so the tree may
        # read the same as before: then it is waited for to hold still.
        if not settle(main_win, before, timeout=8):
            settle(main_win)
        report.audit('summary', main_win)
    step('summary', summary)

    def journal():
        before = signature(main_win)
        do_action(main_win, 'win.show-journal')
        if not settle(main_win, before):
            raise RuntimeError('no journal')
        report.audit('journal', main_win)
    step('journal', journal)

    def board():
        open_deck(os.path.join(DECKS, 'values-game.vcdeck'), 'values game deck page')
        before = signature(main_win)
        do_action(main_win, 'win.start-meeting')
        if not settle(main_win, before):
            raise RuntimeError('no board')
        report.audit('values game board', main_win)
        do_action(main_win, 'win.go-back')
    step('values game board', board)

    step('problems', lambda: open_deck(BROKEN, 'problems view'))

    def editor():
        old = app.windows()
        app.run('--edit', os.path.join(DECKS, 'workplace-dilemmas.vcdeck'))
        w = new_window(app, old)
        if w is None:
            raise RuntimeError('no deck editor')
        settle(w)
        report.audit('deck editor', w)
        if 'window.close' in actions(w):
            do_action(w, 'window.close')
    step('deck editor', editor)

    def present():
        old = app.windows()
        app.run('--present', os.path.join(DECKS, 'workplace-dilemmas.vcdeck'))
        w = new_window(app, old)
        if w is None:
            raise RuntimeError('no room window')
        settle(w)
        report.audit('presentation (the room)', w)
        settle(main_win)
        report.audit('facilitator pane', main_win)
    step('presentation', present)

    print('1..%d' % report.n)
    return 1 if report.failed else 0


if __name__ == '__main__':
    sys.exit(main())
