/* vc-deck-view.h
 *
 * Shows an opened deck: what it is for, and everything on its cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"

G_BEGIN_DECLS

#define VC_TYPE_DECK_VIEW (vc_deck_view_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckView, vc_deck_view, VC, DECK_VIEW, GtkBox)

VcDeck *vc_deck_view_get_deck (VcDeckView *self);
guint   vc_deck_view_get_n_cards_shown (VcDeckView *self);
void    vc_deck_view_set_deck (VcDeckView *self,
                               VcDeck     *deck);

void    vc_deck_view_set_editable (VcDeckView *self,
                                   gboolean    editable,
                                   gboolean    copyable);

G_END_DECLS
