/* vc-draw-pile.c
 *
 * Draws a deck's cards at random, one at a time, in the order of play.
 *
 * A deck of questions is drawn from, not read in order. Rather than
 * jumping about the deck, the pages are kept in the order of play: the
 * cards drawn, in the order drawn, so that Previous goes back through
 * them; then the card that will be drawn next, picked ahead so that the
 * facilitator can see it coming; then the rest. The session remembers the
 * order, so a meeting continued later goes back through the same cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-draw-pile.h"

/**
 * vc_draw_pile_is_drawn:
 * @pile: a pile
 * @position: a page
 *
 * Returns: whether the page at @position is a card drawn already
 */
gboolean
vc_draw_pile_is_drawn (const VcDrawPile *pile,
                       guint             position)
{
  VcCard *card;

  g_return_val_if_fail (pile != NULL && pile->pages != NULL, FALSE);

  if (position >= pile->pages->len || pile->session == NULL)
    return FALSE;
  card = g_ptr_array_index (pile->pages, position);
  return card != NULL && vc_session_is_drawn (pile->session, vc_card_get_id (card));
}

/**
 * vc_draw_pile_get_next:
 * @pile: a pile
 *
 * Returns: where the next card drawn is, or @pile's end when every card
 *   has been drawn
 */
guint
vc_draw_pile_get_next (const VcDrawPile *pile)
{
  guint position;

  g_return_val_if_fail (pile != NULL && pile->pages != NULL, 0);

  position = pile->first;
  while (position < pile->end && vc_draw_pile_is_drawn (pile, position))
    position++;
  return position;
}

static void
move_page (GPtrArray *pages,
           guint      from,
           guint      to)
{
  gpointer page;

  if (from == to)
    return;
  page = g_ptr_array_steal_index (pages, from);
  g_ptr_array_insert (pages, to, page);
}

static void
pick_next (const VcDrawPile *pile)
{
  guint next = vc_draw_pile_get_next (pile);

  if (next + 1 < pile->end)
    move_page (pile->pages, next + g_random_int_range (0, pile->end - next), next);
}

/**
 * vc_draw_pile_arrange:
 * @pile: a pile, with its pages in the deck's order
 *
 * Puts the cards the session has drawn first, in the order drawn, and
 * picks the card to draw next.
 */
void
vc_draw_pile_arrange (const VcDrawPile *pile)
{
  g_auto(GStrv) drawn = NULL;
  guint next;

  g_return_if_fail (pile != NULL && pile->pages != NULL);
  g_return_if_fail (pile->first <= pile->end && pile->end <= pile->pages->len);

  if (pile->session == NULL)
    return;

  drawn = vc_session_dup_drawn_card_ids (pile->session);
  next = pile->first;
  for (guint i = 0; drawn[i] != NULL; i++)
    for (guint j = next; j < pile->end; j++)
      {
        VcCard *card = g_ptr_array_index (pile->pages, j);

        if (card != NULL && g_strcmp0 (vc_card_get_id (card), drawn[i]) == 0)
          {
            move_page (pile->pages, j, next++);
            break;
          }
      }

  pick_next (pile);
}

/**
 * vc_draw_pile_draw:
 * @pile: a pile
 * @position: (inout): a page arrived at; where it is afterwards
 *
 * Arriving at a card not drawn yet draws it: it joins the cards drawn, as
 * the latest, and the next card is picked.
 *
 * Returns: whether a card was drawn, and the pages reordered
 */
gboolean
vc_draw_pile_draw (const VcDrawPile *pile,
                   guint            *position)
{
  VcCard *card;
  guint next;

  g_return_val_if_fail (pile != NULL && pile->pages != NULL, FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  if (pile->session == NULL || *position < pile->first || *position >= pile->end ||
      vc_draw_pile_is_drawn (pile, *position))
    return FALSE;

  next = vc_draw_pile_get_next (pile);
  move_page (pile->pages, *position, next);
  card = g_ptr_array_index (pile->pages, next);
  vc_session_mark_drawn (pile->session, vc_card_get_id (card));
  pick_next (pile);
  *position = next;

  return TRUE;
}
