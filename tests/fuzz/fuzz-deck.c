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

#include "vc-deck.h"
#include "vc-deck-loader.h"

#ifndef VC_FUZZ_DECKS_DIR
#error "VC_FUZZ_DECKS_DIR must name the folder that relative picture paths start from"
#endif

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

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
