/* vc-deck-pot.h
 *
 * Translation templates for the strings of a deck.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck.h"

G_BEGIN_DECLS

char *vc_deck_pot_escape (const char *string);
void  vc_deck_pot_append (VcDeck     *deck,
                          const char *reference,
                          GString    *pot,
                          GHashTable *seen);
char *vc_deck_pot_build  (VcDeck     *deck,
                          const char *reference);

G_END_DECLS
