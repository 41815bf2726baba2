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

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A critical from the loader, or from a library because of how the loader
 * called it, is a bug on any input, so it is made to crash. GLib stops on a
 * fatal message with a breakpoint trap, which libFuzzer does not catch, so
 * this aborts itself. Warnings (from picture loaders, say) are left alone. */
static void
abort_on_critical (const char     *log_domain,
                   GLogLevelFlags  log_level,
                   const char     *message,
                   gpointer        user_data)
{
  g_log_default_handler (log_domain, log_level, message, user_data);
  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_default_handler (abort_on_critical, NULL);
  return 0;
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
