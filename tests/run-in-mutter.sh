#!/usr/bin/env bash
# run-in-mutter.sh: runs a command under a headless GNOME compositor.
#
# Usage: run-in-mutter.sh [--monitors 1|2] [--x11] -- COMMAND [ARGS...]
#
# Starts mutter --headless in a D-Bus session and a runtime folder of its
# own, with one virtual monitor of 1920x1080 and, for --monitors 2 (the
# default), a second one of 1280x720 to its right.  COMMAND then runs as a
# Wayland client (GDK_BACKEND=wayland), or with --x11 as an X11 client of
# mutter's Xwayland (GDK_BACKEND=x11, DISPLAY and XAUTHORITY set,
# WAYLAND_DISPLAY unset).  The session bus is mutter's, so COMMAND can
# change the monitors through org.gnome.Mutter.DisplayConfig.
#
# Exits with COMMAND's status; mutter's log goes to stderr only when COMMAND
# fails.  Exits 77 (skipped) when mutter cannot be started here.
#
# Environment: MUTTER names the mutter to run (default: mutter from PATH);
# RUN_IN_MUTTER_TIMEOUT is how many seconds mutter may take to be ready
# (default 20); RUN_IN_MUTTER_SECOND is the size of the second monitor
# (default 1280x720; the same size as the first lets the two mirror).  Everything else passes through to COMMAND; G_DEBUG only to
# COMMAND, not to mutter and the D-Bus services.
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

me=run-in-mutter.sh
self=${BASH_SOURCE[0]}
SKIP=77

usage() {
  echo "Usage: $me [--monitors 1|2] [--x11] -- COMMAND [ARGS...]" >&2
  exit 2
}

skip() {
  echo "$me: $*; skipping" >&2
  exit $SKIP
}

# Run by mutter once it is ready: tells the waiting script where the
# displays are, then keeps mutter running until the script stops it.
announce() {
  local file=$1

  {
    printf 'announced_wayland=%q\n' "${WAYLAND_DISPLAY-}"
    printf 'announced_display=%q\n' "${DISPLAY-}"
    printf 'announced_xauthority=%q\n' "${XAUTHORITY-}"
    printf 'announcer_pid=%d\n' $$
  } >"$file.tmp" && mv "$file.tmp" "$file"
  exec sleep infinity
}

# Whether the displays mutter announced can be connected to.
displays_ready() {
  [ -n "$announced_wayland" ] || return 1
  [ -S "$XDG_RUNTIME_DIR/$announced_wayland" ] || return 1
  if [ "$x11" = 1 ]; then
    local n=${announced_display#*:}
    n=${n%%.*}
    [ -n "$n" ] || return 1
    [ -S "/tmp/.X11-unix/X$n" ] || return 1
  fi
  return 0
}

# Waits up to $2 tenths of a second for process $1 to end.
wait_gone() {
  local tries=$2

  while [ "$tries" -gt 0 ] && kill -0 "$1" 2>/dev/null; do
    sleep 0.1
    tries=$((tries - 1))
  done
  ! kill -0 "$1" 2>/dev/null
}

stop_mutter() {
  local patience=0

  # Mutter quits when the command it ran (the announcer) ends.
  if [ -n "$announcer_pid" ]; then
    kill "$announcer_pid" 2>/dev/null
    announcer_pid=''
    patience=50
  fi
  [ -n "$mutter_pid" ] || return 0
  if ! wait_gone "$mutter_pid" $patience; then
    kill -TERM "$mutter_pid" 2>/dev/null
    wait_gone "$mutter_pid" 30 || kill -KILL "$mutter_pid" 2>/dev/null
  fi
  wait "$mutter_pid" 2>/dev/null
  mutter_pid=''
}

print_log() {
  echo "$me: $1; mutter's log:" >&4
  sed 's/^/  | /' "$log" >&4
}

# Runs COMMAND as a client of the displays mutter announced.
run_command() {
  if [ -n "${RUN_IN_MUTTER_G_DEBUG+set}" ]; then
    export G_DEBUG=$RUN_IN_MUTTER_G_DEBUG
    unset RUN_IN_MUTTER_G_DEBUG
  fi
  if [ "$x11" = 1 ]; then
    unset WAYLAND_DISPLAY
    export DISPLAY=$announced_display GDK_BACKEND=x11
    if [ -n "$announced_xauthority" ]; then
      export XAUTHORITY=$announced_xauthority
    else
      unset XAUTHORITY
    fi
  else
    unset DISPLAY
    export WAYLAND_DISPLAY=$announced_wayland GDK_BACKEND=wayland
  fi
  exec "$@" >&3 2>&4 3>&- 4>&-
}

# Inside dbus-run-session.  Fds 3 and 4 are the caller's stdout and stderr;
# stdout and stderr are the log.
in_session() {
  local monitors=$1 mutter=$2
  x11=$3
  shift 3
  local status deadline
  local -a args

  log=$XDG_RUNTIME_DIR/log
  : >"$XDG_RUNTIME_DIR/in-session"

  args=(--headless --wayland --virtual-monitor 1920x1080)
  [ "$monitors" = 2 ] && args+=(--virtual-monitor "${RUN_IN_MUTTER_SECOND:-1280x720}")
  [ "$x11" = 1 ] || args+=(--no-x11)
  args+=(-- bash "$self" --announce "$XDG_RUNTIME_DIR/announce")

  announced_wayland='' announced_display='' announced_xauthority=''
  announcer_pid='' mutter_pid=''
  trap stop_mutter EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT

  # Mutter reads neither the user's settings nor their monitors.xml.
  mkdir -p "$XDG_RUNTIME_DIR/config"
  (
    unset DISPLAY WAYLAND_DISPLAY XAUTHORITY
    export GSETTINGS_BACKEND=memory
    export XDG_CONFIG_HOME=$XDG_RUNTIME_DIR/config
    exec "$mutter" "${args[@]}"
  ) </dev/null >>"$log" 2>&1 &
  mutter_pid=$!

  # SECONDS counts whole seconds: wait at least the full timeout.
  deadline=$((SECONDS + ${RUN_IN_MUTTER_TIMEOUT:-20} + 1))
  while :; do
    if [ -z "$announcer_pid" ] && [ -f "$XDG_RUNTIME_DIR/announce" ]; then
      # shellcheck disable=SC1091
      . "$XDG_RUNTIME_DIR/announce"
    fi
    [ -n "$announcer_pid" ] && displays_ready && break
    if ! kill -0 "$mutter_pid" 2>/dev/null; then
      wait "$mutter_pid"
      mutter_pid=''
      print_log "mutter exited before it was ready"
      echo "$me: mutter cannot run here; skipping" >&4
      exit $SKIP
    fi
    if [ $SECONDS -ge $deadline ]; then
      print_log "mutter was not ready after ${RUN_IN_MUTTER_TIMEOUT:-20} s"
      echo "$me: skipping" >&4
      exit $SKIP
    fi
    sleep 0.05
  done

  (run_command "$@")
  status=$?

  stop_mutter
  [ $status -eq 0 ] || print_log "$1 failed with status $status"
  exit $status
}

case ${1-} in
  --announce)
    announce "$2"
    ;;
  --in-session)
    shift
    in_session "$@"
    ;;
esac

monitors=2
x11=0
while [ $# -gt 0 ]; do
  case $1 in
    --monitors)
      [ $# -ge 2 ] || usage
      monitors=$2
      shift 2
      ;;
    --monitors=*)
      monitors=${1#*=}
      shift
      ;;
    --x11)
      x11=1
      shift
      ;;
    --)
      shift
      break
      ;;
    *)
      usage
      ;;
  esac
done
case $monitors in
  1 | 2) ;;
  *) usage ;;
esac
[ $# -gt 0 ] || usage

mutter=${MUTTER:-mutter}
command -v "$mutter" >/dev/null 2>&1 || skip "$mutter is not installed"
command -v dbus-run-session >/dev/null 2>&1 || skip "dbus-run-session is not installed"

runtime=$(mktemp -d "${TMPDIR:-/tmp}/run-in-mutter-XXXXXX") ||
  skip "cannot make a runtime folder"
chmod 0700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
export XDG_RUNTIME_DIR=$runtime

# G_DEBUG=fatal-warnings, as tests set it, would make mutter and the bus's
# services abort on their first harmless warning (no colord, no locale1):
# only the command gets it.
if [ -n "${G_DEBUG+set}" ]; then
  export RUN_IN_MUTTER_G_DEBUG=$G_DEBUG
  unset G_DEBUG
fi

# The chatter of the bus, the services it starts and mutter goes to a log;
# the command's output goes where ours does, through fds 3 and 4.
dbus-run-session -- bash "$self" --in-session "$monitors" "$mutter" "$x11" "$@" \
  3>&1 4>&2 >>"$runtime/log" 2>&1
status=$?

if [ ! -e "$runtime/in-session" ]; then
  echo "$me: dbus-run-session failed:" >&2
  sed 's/^/  | /' "$runtime/log" >&2
  skip "no D-Bus session"
fi
exit $status
