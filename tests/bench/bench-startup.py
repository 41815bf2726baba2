#!/usr/bin/python3
# bench-startup.py
#
# Measures, from outside the process, how long Value Cards takes to show its first frame, against a minimal window.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Start-up benchmark.

Starts the application and a minimal libadwaita window in turn, and for
each run measures the time from just before the process is started to
the moment it prints "first-frame" (after its first frame is painted),
and its resident memory at that moment. The two are run as pairs, one
after the other, so that whatever else the machine is doing weighs on
both alike; the figure that matters is the median of the per-pair
ratios. It is taken over 40 pairs: the ratios of single pairs scatter
widely, and the median of 15 pairs still moved by 0.09 from one run to
the next, more than the margin it is judged by; over 40 by 0.03.

Everything runs on one headless X server: the one in DISPLAY, or an Xvfb
started here. The children also share one private D-Bus session bus
(the whole script runs again inside dbus-run-session), so that a Value
Cards already running on the desktop cannot take over the start (a
second instance only forwards its arguments to the first), and every
run registers on a bus as it would on a desktop. The bus starts no
services: otherwise the first run would start the desktop portal, whose
start-up would weigh on the runs after it.
"""

import argparse
import os
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

EXIT_SKIP = 77
TARGET_RATIO = 1.3
FIRST_FRAME_TIMEOUT = 30.0
INNER_ENV = 'VC_BENCH_STARTUP_INNER'


def skip(reason):
    print(f'BENCH startup skipped: {reason}', flush=True)
    sys.exit(EXIT_SKIP)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--app', required=True, help='the value-cards executable')
    parser.add_argument('--minimal', required=True, help='the minimal-window executable')
    parser.add_argument('--schema-dir', required=True, help='folder with gschemas.compiled')
    parser.add_argument('--decks-dir', required=True, help='folder of the built-in decks')
    parser.add_argument('--locale-dir', required=True, help='folder of the compiled translations')
    parser.add_argument('--pairs', type=int,
                        default=int(os.environ.get('VC_BENCH_PAIRS', '40')),
                        help='measured pairs (default 40)')
    parser.add_argument('--warm-up', type=int, default=2, help='pairs run first and not counted')
    return parser.parse_args()


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmpdir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def run_in_session_bus():
    """Runs this script again inside one dbus-run-session; returns its
    exit status, or None if this is that run or there is no dbus-run-session."""
    if os.environ.get(INNER_ENV):
        return None
    dbus_run_session = shutil.which('dbus-run-session')
    if dbus_run_session is None:
        print('dbus-run-session not found: running on the session bus in the environment, if any',
              file=sys.stderr)
        return None

    with tempfile.TemporaryDirectory(prefix='value-cards-bench-') as tmpdir:
        config = os.path.join(tmpdir, 'session.conf')
        with open(config, 'w', encoding='utf-8') as f:
            f.write(BUS_CONFIG.format(tmpdir=tmpdir))
        env = dict(os.environ)
        env[INNER_ENV] = '1'
        return subprocess.call([dbus_run_session, f'--config-file={config}', '--',
                                sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
                               env=env)


def start_xvfb():
    """Starts Xvfb on a free display; returns (process, display)."""
    xvfb = shutil.which('Xvfb')
    if xvfb is None:
        skip('no DISPLAY and no Xvfb')
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([xvfb, '-displayfd', str(write_fd),
                             '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
                            pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)

    number = b''
    sel = selectors.DefaultSelector()
    sel.register(read_fd, selectors.EVENT_READ)
    deadline = time.monotonic() + 20
    while not number.endswith(b'\n') and time.monotonic() < deadline:
        if sel.select(timeout=deadline - time.monotonic()):
            chunk = os.read(read_fd, 64)
            if not chunk:
                break
            number += chunk
    sel.close()
    os.close(read_fd)

    if not number.strip().isdigit():
        stop(proc)
        skip('Xvfb did not start')
    return proc, ':' + number.strip().decode()


def stop(proc, grace=5.0):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def vm_rss_kb(pid):
    try:
        with open(f'/proc/{pid}/status', encoding='ascii') as status:
            for line in status:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def run_once(argv, env):
    """Starts argv, waits for "first-frame"; returns (ms, rss_kb) or None."""
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=errors)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        buffered = b''
        elapsed = rss = None
        deadline = start + FIRST_FRAME_TIMEOUT

        while elapsed is None and time.monotonic() < deadline:
            if not sel.select(timeout=deadline - time.monotonic()):
                continue
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buffered += chunk
            if b'first-frame\n' in buffered.splitlines(keepends=True):
                elapsed = (time.monotonic() - start) * 1000.0
                rss = vm_rss_kb(proc.pid)
        sel.close()
        stop(proc)
        proc.stdout.close()

        if elapsed is None:
            errors.seek(0)
            tail = errors.read().decode(errors='replace').strip().splitlines()[-15:]
            print(f'{os.path.basename(argv[0])} showed no first frame '
                  f'(exit status {proc.returncode}):', file=sys.stderr)
            for line in tail:
                print('  ' + line, file=sys.stderr)
            return None
        return elapsed, rss


def main():
    args = parse_args()
    args.app = os.path.abspath(args.app)
    args.minimal = os.path.abspath(args.minimal)
    for path in (args.app, args.minimal):
        if not os.access(path, os.X_OK):
            skip(f'{path} is not built')

    status = run_in_session_bus()
    if status is not None:
        return status

    xvfb = None
    display = os.environ.get('DISPLAY')
    if not display:
        xvfb, display = start_xvfb()

    env = dict(os.environ)
    env.pop(INNER_ENV, None)
    env.update({
        'DISPLAY': display,
        'GDK_BACKEND': 'x11',
        'GSK_RENDERER': 'cairo',
        'GDK_DEBUG': 'gl-disable',
        'GTK_A11Y': 'none',
        'ADW_DISABLE_PORTAL': '1',
        'GSETTINGS_BACKEND': 'memory',
        'GSETTINGS_SCHEMA_DIR': args.schema_dir,
        'VALUE_CARDS_DECKS_DIR': args.decks_dir,
        'VALUE_CARDS_LOCALEDIR': args.locale_dir,
        'VALUE_CARDS_REPORT_FIRST_FRAME': '1',
    })
    env.pop('WAYLAND_DISPLAY', None)

    programs = (('app', [args.app]), ('minimal', [args.minimal]))
    times = {name: [] for name, _ in programs}
    rss = {name: [] for name, _ in programs}
    ratios = []

    try:
        for pair in range(args.warm_up + args.pairs):
            results = {}
            for name, argv in programs:
                result = run_once(argv, env)
                if result is None:
                    skip(f'the {name} window did not start')
                results[name] = result

            if pair < args.warm_up:
                continue
            for name, _ in programs:
                times[name].append(results[name][0])
                if results[name][1] is not None:
                    rss[name].append(results[name][1])
            ratio = results['app'][0] / results['minimal'][0]
            ratios.append(ratio)
            print(f'pair {pair - args.warm_up + 1:2d}: app {results["app"][0]:7.1f} ms, '
                  f'minimal {results["minimal"][0]:7.1f} ms, ratio {ratio:.3f}',
                  file=sys.stderr)
    finally:
        if xvfb is not None:
            stop(xvfb)

    ratio = statistics.median(ratios)
    print(f'BENCH startup-app-median {statistics.median(times["app"]):.1f} ms')
    print(f'BENCH startup-minimal-median {statistics.median(times["minimal"]):.1f} ms')
    print(f'BENCH startup-ratio {ratio:.2f} x')
    if len(ratios) >= 4:
        quartiles = statistics.quantiles(ratios, n=4)
        print(f'The middle half of the pairs had ratios from {quartiles[0]:.2f} '
              f'to {quartiles[2]:.2f}.', file=sys.stderr)
    for name in ('app', 'minimal'):
        if rss[name]:
            print(f'BENCH startup-{name}-rss {round(statistics.median(rss[name]))} kB')
    sys.stdout.flush()

    if ratio > TARGET_RATIO:
        print(f'The application takes more than {TARGET_RATIO} times as long '
              f'as the minimal window to show its first frame.', file=sys.stderr)
    return 0


if __name__ == '__main__':
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
