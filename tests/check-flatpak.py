#!/usr/bin/env python3
# check-flatpak.py: checks the Flatpak manifests against the build.
#
# The GNOME runtime cannot be downloaded everywhere the tests run, so the
# manifests are checked for what can go wrong without it: that they are
# JSON flatpak-builder reads without complaint; that the app id, the command
# and the build options agree with meson.build; that the runtime is new
# enough for the versions of GTK and libadwaita the build asks for; that
# every library the build needs comes from the runtime or from a module of
# the manifest; and that the sandbox asks for nothing outside a short list
# of permissions, each with its reason.
#
# Usage: check-flatpak.py SOURCE-DIR
#
# Copyright 2026 The Value Cards developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# What the app may ask the sandbox for, and why. Decks come through the
# file chooser portal and from the app's own data folder, printing goes
# through the print portal, help and links through the OpenURI portal:
# no network, no files of the host, no other services.
ALLOWED_FINISH_ARGS = {
    "--share=ipc": "shared memory for X11 clients",
    "--socket=wayland": "the windows, on Wayland",
    "--socket=fallback-x11": "the windows, where there is no Wayland",
    "--device=dri": "drawing with the graphics card",
}

# The GTK and libadwaita each GNOME runtime brings.
RUNTIME_VERSIONS = {
    "43": ("4.8", "1.2"),
    "44": ("4.10", "1.3"),
    "45": ("4.12", "1.4"),
    "46": ("4.14", "1.5"),
    "47": ("4.16", "1.6"),
    "48": ("4.18", "1.7"),
    "49": ("4.20", "1.8"),
}

# Libraries that the GNOME runtime (with the freedesktop one under it) has.
RUNTIME_LIBRARIES = {
    "glib-2.0", "gio-2.0", "gio-unix-2.0", "gtk4", "libadwaita-1",
    "json-glib-1.0", "librsvg-2.0", "cairo", "gsound", "gettextpo",
    "m",
    # GTK's X11 backend and cairo's Xlib surfaces, for X11 sessions.
    "gtk4-x11", "cairo-xlib",
}

MANIFESTS = [
    ("io.github.vardegrund.ValueCards.json", False),
    ("io.github.vardegrund.ValueCards.Devel.json", True),
]

results = []


def check(ok, what, details=()):
    results.append((bool(ok), what, list(details)))


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def read_meson(source):
    with open(os.path.join(source, "meson.build"), encoding="utf-8") as f:
        top = f.read()
    info = {
        "app_id": re.search(r"^app_id = '([^']+)'", top, re.M).group(1),
        "devel_suffix": re.search(r"app_id \+= '([^']+)'", top).group(1),
        "project": re.search(r"project\('([^']+)'", top).group(1),
        "gtk_req": re.search(r"^gtk_req = '([^']+)'", top, re.M).group(1),
        "adw_req": re.search(r"^adw_req = '([^']+)'", top, re.M).group(1),
    }
    with open(os.path.join(source, "meson_options.txt"), encoding="utf-8") as f:
        info["options"] = set(re.findall(r"option\('([^']+)'", f.read()))
    executables = set()
    dependencies = set()
    libraries = set()
    for folder, _, files in os.walk(os.path.join(source, "src")):
        if "meson.build" not in files:
            continue
        with open(os.path.join(folder, "meson.build"), encoding="utf-8") as f:
            text = f.read()
        executables |= set(re.findall(r"executable\(\s*'([^']+)'", text))
        libraries |= set(re.findall(r"find_library\('([^']+)'", text))
    dependencies |= set(re.findall(r"dependency\('([^']+)'", top))
    info["executables"] = executables
    info["dependencies"] = dependencies | libraries
    return info


def check_manifest(path, devel, meson):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        check(False, "%s is JSON" % name, [str(e)])
        return
    check(True, "%s is JSON" % name)

    builder = shutil.which("flatpak-builder")
    if builder:
        # flatpak-builder keeps a state folder where it runs.
        with tempfile.TemporaryDirectory() as scratch:
            run = subprocess.run([builder, "--show-manifest", path],
                                 capture_output=True, text=True, cwd=scratch)
        complaints = [line for line in run.stderr.splitlines() if line.strip()]
        check(run.returncode == 0 and not complaints,
              "flatpak-builder reads %s without complaint" % name, complaints)
    else:
        results.append((None, "flatpak-builder reads %s" % name,
                        ["flatpak-builder is not installed"]))

    app_id = meson["app_id"] + (meson["devel_suffix"] if devel else "")
    check(manifest.get("id") == app_id and name == app_id + ".json",
          "%s builds %s" % (name, app_id), ["id: %r" % manifest.get("id")])

    check(manifest.get("command") in meson["executables"],
          "%s runs a program meson.build makes" % name,
          ["command: %r, programs: %s" % (manifest.get("command"), sorted(meson["executables"]))])

    runtime_ok = (manifest.get("runtime") == "org.gnome.Platform" and
                  manifest.get("sdk") == "org.gnome.Sdk")
    versions = RUNTIME_VERSIONS.get(str(manifest.get("runtime-version")))
    details = ["runtime %s//%s" % (manifest.get("runtime"), manifest.get("runtime-version"))]
    if versions is None:
        runtime_ok = False
        details.append("a runtime version this check does not know")
    else:
        gtk, adw = versions
        details.append("GTK %s, libadwaita %s; meson.build needs %s and %s"
                       % (gtk, adw, meson["gtk_req"], meson["adw_req"]))
        runtime_ok = (runtime_ok and
                      version_tuple(gtk) >= version_tuple(meson["gtk_req"]) and
                      version_tuple(adw) >= version_tuple(meson["adw_req"]))
    check(runtime_ok, "%s uses a GNOME runtime new enough for the build" % name, details)

    finish_args = manifest.get("finish-args", [])
    extra = [arg for arg in finish_args if arg not in ALLOWED_FINISH_ARGS]
    check(not extra and len(set(finish_args)) == len(finish_args),
          "%s asks only for allowed permissions (%d)" % (name, len(finish_args)),
          ["not allowed: %s" % arg for arg in extra])

    modules = manifest.get("modules", [])
    app_module = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    sources = app_module.get("sources", [])
    source_dir = None
    if len(sources) == 1 and sources[0].get("type") == "dir":
        source_dir = os.path.normpath(os.path.join(os.path.dirname(path), sources[0].get("path", "")))
    check(app_module.get("name") == meson["project"] and
          app_module.get("buildsystem") == "meson" and
          source_dir is not None and
          os.path.isfile(os.path.join(source_dir, "meson.build")) and
          os.path.samefile(source_dir, meson["source"]),
          "%s builds this source tree last, with meson" % name,
          ["module: %r, buildsystem %r, source %r" % (app_module.get("name"),
                                                      app_module.get("buildsystem"), source_dir)])

    options = {}
    for opt in app_module.get("config-opts", []):
        m = re.match(r"-D([^=]+)=(.*)$", opt)
        if m:
            options[m.group(1)] = m.group(2)
    unknown = [o for o in options if o not in meson["options"] and "_" not in o]
    check(not unknown and options.get("development", "false") == ("true" if devel else "false"),
          "%s sets only meson's own options, and development only for .Devel" % name,
          ["options: %s" % options] + ["unknown: %s" % o for o in unknown])

    provided = RUNTIME_LIBRARIES | {m.get("name") for m in modules if isinstance(m, dict)}
    missing = sorted(d for d in meson["dependencies"] if d not in provided)
    check(not missing, "%s has every library meson.build needs" % name,
          ["neither in the runtime nor a module: %s" % d for d in missing])


def main():
    source = os.path.abspath(sys.argv[1])
    meson = read_meson(source)
    meson["source"] = source
    for name, devel in MANIFESTS:
        check_manifest(os.path.join(source, "flatpak", name), devel, meson)

    print("1..%d" % len(results))
    for i, (ok, what, details) in enumerate(results, 1):
        if ok is None:
            print("ok %d - %s # SKIP %s" % (i, what, "; ".join(details)))
            continue
        print("%s %d - %s" % ("ok" if ok else "not ok", i, what))
        for line in details:
            print("# " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
