/* vc-deck-error.c
 *
 * The error domain shared by everything that reads decks.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include "vc-deck-error.h"
#include "vc-deck-enums.h"

G_DEFINE_QUARK (vc-deck-error-quark, vc_deck_error)

/**
 * vc_deck_error_get_nick:
 * @code: a #VcDeckError
 *
 * Returns: (transfer none): the short stable name of @code, such as
 *   "missing-field", used by the command-line tool and the tests.
 */
const char *
vc_deck_error_get_nick (VcDeckError code)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (VC_TYPE_DECK_ERROR);
  GEnumValue *value = g_enum_get_value (klass, code);

  return value != NULL ? value->value_nick : "unknown";
}
