/* vc-draw-pile.h
 *
 * Draws a deck's cards at random, one at a time, in the order of play.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck.h"
#include "vc-session.h"

G_BEGIN_DECLS

/**
 * VcDrawPile:
 * @pages: (element-type VcCard): the pages as played, %NULL standing for
 *   the introduction; reordered as cards are drawn
 * @first: where the cards begin, after the introduction
 * @end: where the cards end, before the closing card
 * @session: the session that remembers what was drawn, and in which order
 *
 * A view of the pages between @first and @end as a pile to draw from: the
 * cards drawn so far come first, in the order drawn, then the card to be
 * drawn next, already picked at random, then the rest.
 */
typedef struct
{
  GPtrArray *pages;
  guint      first;
  guint      end;
  VcSession *session;
} VcDrawPile;

gboolean vc_draw_pile_is_drawn (const VcDrawPile *pile,
                                guint             position);
guint    vc_draw_pile_get_next (const VcDrawPile *pile);
void     vc_draw_pile_arrange  (const VcDrawPile *pile);
gboolean vc_draw_pile_draw     (const VcDrawPile *pile,
                                guint            *position);

G_END_DECLS
