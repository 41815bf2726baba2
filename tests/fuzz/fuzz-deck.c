/* fuzz-deck.c
 *
 * libFuzzer target: feeds arbitrary bytes to the deck loader.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "vc-deck.h"
#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-json-check.h"
#include "vc-terminal-text.h"

#ifndef VC_FUZZ_DECKS_DIR
#error "VC_FUZZ_DECKS_DIR must name the folder that relative picture paths start from"
#endif

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The strict check runs before json-glib so that json-glib only ever sees
 * good JSON: whatever the check lets through, json-glib must read. */
static void
check_json (const char *data,
            size_t      size)
{
  g_autoptr(JsonParser) parser = NULL;
  VcJsonCheckResult result;
  gsize offset = G_MAXSIZE;

  result = vc_json_check (data, size, VC_DECK_MAX_DEPTH, &offset);
  g_assert (offset <= size);
  if (result != VC_JSON_CHECK_OK)
    return;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, NULL) ||
      json_parser_get_root (parser) == NULL)
    g_error ("json-glib refused a text that the strict check let through");
}

/* Escaped text is UTF-8 with no control character left in it. */
static void
check_terminal_text (const char *data,
                     size_t      size)
{
  g_autofree char *escaped = vc_deck_escape_for_terminal (data, size);

  g_assert (g_utf8_validate (escaped, -1, NULL));
  for (const char *p = escaped; *p != '\0'; p = g_utf8_next_char (p))
    g_assert (!vc_deck_char_is_hidden_control (g_utf8_get_char (p)));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  VcDeckLoadFlags flags[] = {
    VC_DECK_LOAD_DEFAULT,
    VC_DECK_LOAD_NO_TRANSLATE | VC_DECK_LOAD_COLLECT_STRINGS,
  };

  bytes = g_bytes_new (data, size);

  check_json ((const char *)data, size);
  check_terminal_text ((const char *)data, size);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;

      deck = vc_deck_load_bytes (bytes, VC_FUZZ_DECKS_DIR, flags[i], &problems, &error);

      /* The loader promises a deck or an error, never both or neither. */
      g_assert ((deck == NULL) != (error == NULL));
      g_assert (problems != NULL);
    }

  return 0;
}
