#!/usr/bin/env python3
# Check the deck JSON Schema, and check decks against it.
#
#   check-schema.py SCHEMA DECK...
#       Checks that SCHEMA is a valid draft 2020-12 schema, then validates
#       every DECK. Prints "ok DECK" or every error with its JSON path.
#       Exits 1 if the schema or any deck is invalid.
#
#   check-schema.py --expect-invalid SCHEMA DECK...
#   check-schema.py SCHEMA --expect-invalid DECK...
#       Checks the schema, then makes sure the schema REJECTS every DECK.
#       Prints "rejected DECK" with the first reason, or "NOT REJECTED DECK".
#       Exits 1 if any DECK passes the schema, or cannot be read as JSON at
#       all (then it is not the schema that rejects it).
#
# Needs the jsonschema module (Debian: python3-jsonschema).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.stderr.write("check-schema: the Python module jsonschema is needed\n")
    sys.exit(77)  # "skipped" for meson and automake test harnesses


def json_path(path):
    """Turn a jsonschema path (a deque of keys and indices) into $.a[0].b."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += "." + str(part)
    return out


def load(filename):
    """Read a deck the way the app does: strict UTF-8, plain JSON."""
    with open(filename, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")  # raises UnicodeDecodeError, BOM kept

    def no_constants(name):
        raise ValueError("not JSON: %s" % name)

    return json.loads(text, parse_constant=no_constants)


def most_telling(suberrors):
    """Among the reasons a oneOf/anyOf failed, pick the one that explains
    the most: not a mere type mismatch of the whole value, and the deepest
    in the deck."""
    suberrors = list(suberrors)
    useful = [e for e in suberrors if e.validator != "type"] or suberrors
    return max(useful, key=lambda e: len(e.absolute_path))


def errors_of(validator, filename):
    """Return (readable, errors): errors is a list of "PATH: message"
    strings, empty when the deck passes."""
    try:
        deck = load(filename)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
        return False, ["-: cannot read: %s" % e]
    errors = sorted(validator.iter_errors(deck),
                    key=lambda e: (list(map(str, e.absolute_path)), e.message))
    result = []
    for error in errors:
        # For oneOf/anyOf the top message is vague; add the best sub-reason.
        message = error.message
        if error.context:
            best = most_telling(error.context)
            message += " (%s at %s)" % (best.message,
                                        json_path(best.absolute_path))
        result.append("%s: %s" % (json_path(error.absolute_path), message))
    return True, result


def main(argv):
    args = argv[1:]
    expect_invalid = "--expect-invalid" in args
    args = [a for a in args if a != "--expect-invalid"]
    if not args or args[0] in ("-h", "--help"):
        sys.stderr.write("usage: check-schema.py [--expect-invalid] SCHEMA "
                         "DECK...\n")
        return 2

    schema_file = args[0]
    args = args[1:]

    try:
        with open(schema_file, "rb") as f:
            schema = json.loads(f.read().decode("utf-8"))
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print("FAIL %s: cannot read schema: %s" % (schema_file, e))
        return 1
    except jsonschema.exceptions.SchemaError as e:
        print("FAIL %s: not a valid draft 2020-12 schema: %s at %s"
              % (schema_file, e.message, json_path(e.absolute_path)))
        return 1
    print("ok schema %s" % schema_file)

    validator = Draft202012Validator(schema)
    failed = False
    for filename in args:
        readable, errors = errors_of(validator, filename)
        if expect_invalid:
            if not readable:
                print("NOT REJECTED %s: %s" % (filename, errors[0]))
                failed = True
            elif errors:
                print("rejected %s: %s" % (filename, errors[0]))
            else:
                print("NOT REJECTED %s" % filename)
                failed = True
        else:
            if errors:
                failed = True
                for error in errors:
                    print("FAIL %s: %s" % (filename, error))
            else:
                print("ok %s" % filename)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
