/* vc-presentation-values.c
 *
 * Presenting the values game: what the room sees of the board, and the
 * facilitator's bar under it.
 *
 * The room sees the whole board until a word or a picture is drawn or a
 * pair is made; those are shown large until the facilitator goes back.
 * The facilitator can step through the pairs like slides, show the room
 * a word's definition, or a card such as the closing card, and the bar
 * says in words what the room sees.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-presentation-private.h"

static const char *
word_text (VcDeck     *deck,
           const char *word_id)
{
  const VcValueWord *word = vc_deck_find_word (deck, word_id);

  return word != NULL ? word->word : NULL;
}

static const char *
picture_text (VcDeck     *deck,
              const char *image_id)
{
  VcDeckImage *image = vc_deck_find_image (deck, image_id);

  if (image == NULL)
    return NULL;
  return vc_deck_image_get_caption (image) != NULL ? vc_deck_image_get_caption (image)
                                                   : vc_deck_image_get_alt (image);
}

/* What the facilitator's bar says the room sees, in the room's words. */
static char *
describe_drawn (VcDeck     *deck,
                const char *word_id,
                const char *image_id)
{
  const char *word = word_text (deck, word_id);
  const char *picture = picture_text (deck, image_id);

  if (word != NULL && picture != NULL)
    /* Translators: what the projector shows, a word and a picture chosen on the board */
    return g_strdup_printf (_("The room sees the word “%s” and the picture “%s”"), word, picture);
  if (word != NULL)
    return g_strdup_printf (_("The room sees the word “%s”"), word);
  if (picture != NULL)
    return g_strdup_printf (_("The room sees the picture “%s”"), picture);
  return g_strdup (_("The room sees the board"));
}

void
vc_presentation_show_values_view (VcPresentation *self)
{
  VcDeck *deck = vc_board_get_deck (self->board);
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  g_autofree char *text = NULL;

  if (self->values_view >= (int)pairs->len)
    self->values_view = VALUES_BOARD;
  if (self->values_view == VALUES_DEFINITION && word_text (deck, self->definition_id) == NULL)
    self->values_view = VALUES_BOARD;
  if (self->values_view == VALUES_CARD && self->room_card == NULL)
    self->values_view = VALUES_BOARD;

  if (self->values_view == VALUES_DRAWN)
    {
      vc_projector_show_drawn (self->projector, deck,
                               vc_board_get_selected_word (self->board),
                               vc_board_get_selected_picture (self->board));
      text = describe_drawn (deck, vc_board_get_selected_word (self->board),
                             vc_board_get_selected_picture (self->board));
    }
  else if (self->values_view == VALUES_DEFINITION)
    {
      vc_projector_show_definition (self->projector, deck, self->definition_id);
      /* Translators: what the projector shows, "The room sees the definition of “Dignity”" */
      text = g_strdup_printf (_("The room sees the definition of “%s”"),
                              word_text (deck, self->definition_id));
    }
  else if (self->values_view == VALUES_CARD)
    {
      vc_projector_show_card (self->projector, self->room_card, 0, G_MAXUINT, FALSE);
      /* Translators: what the projector shows, a card such as the closing card */
      text = g_strdup_printf (_("The room sees the card “%s”"), vc_card_get_title (self->room_card));
    }
  else if (self->values_view >= 0)
    {
      const VcPair *pair = g_ptr_array_index (pairs, self->values_view);
      const char *word = word_text (deck, pair->word_id);
      const char *picture = picture_text (deck, pair->image_id);

      vc_projector_show_pair (self->projector, deck, pair);
      /* Translators: what the projector shows, "The room sees pair 2 of 5: “Dignity” with “By the window”" */
      text = g_strdup_printf (_("The room sees pair %d of %u: “%s” with “%s”"),
                              self->values_view + 1, pairs->len,
                              word ? word : pair->word_id, picture ? picture : pair->image_id);
    }
  else
    {
      vc_projector_show_board (self->projector, deck, self->session);
      text = g_strdup (_("The room sees the board"));
    }

  /* Blacked or whited out, the room sees nothing of it. */
  if (vc_projector_get_cover (self->projector) == VC_PROJECTOR_COVER_BLACK)
    {
      g_free (text);
      text = g_strdup (_("The room sees a black screen (B to show it again)"));
    }
  else if (vc_projector_get_cover (self->projector) == VC_PROJECTOR_COVER_WHITE)
    {
      g_free (text);
      text = g_strdup (_("The room sees a white screen (W to show it again)"));
    }

  if (self->values_bar != NULL)
    vc_values_bar_set_text (self->values_bar, text);
  g_free (self->room_description);
  self->room_description = g_steal_pointer (&text);
}

void
vc_presentation_on_session_changed (VcSession      *session,
                                    VcPresentation *self)
{
  guint n = vc_session_get_pairs (session)->len;

  /* A new pair is shown large, for the group to say why. It stays until
   * the facilitator goes back to the board (Home, or the bar's button):
   * the talk about a pair takes as long as it takes, and a screen that
   * changes by itself in mid-sentence pulls the room's eyes away. */
  if (n > self->n_pairs)
    self->values_view = n - 1;
  self->n_pairs = n;
  vc_presentation_show_values_view (self);
}

void
vc_presentation_on_selection_changed (VcBoard        *board,
                                      VcPresentation *self)
{
  if (vc_board_get_selected_word (board) != NULL || vc_board_get_selected_picture (board) != NULL)
    self->values_view = VALUES_DRAWN;
  else if (self->values_view == VALUES_DRAWN)
    self->values_view = VALUES_BOARD;
  vc_presentation_show_values_view (self);
}

/* Moves the room through the values game as through slides: the board,
 * then each pair large. */
void
vc_presentation_step_values (VcPresentation *self,
                             int             delta,
                             gboolean        to_end)
{
  int n = vc_session_get_pairs (self->session)->len;
  int view = self->values_view < VALUES_BOARD ? VALUES_BOARD : self->values_view;

  if (to_end)
    view = delta > 0 ? n - 1 : VALUES_BOARD;
  else
    view = CLAMP (view + delta, VALUES_BOARD, n - 1);

  self->values_view = view;
  vc_presentation_show_values_view (self);
}

/* The word whose definition the facilitator means: the one chosen on the
 * board, or the one the room sees. */
static const char *
current_word (VcPresentation *self)
{
  GPtrArray *pairs = vc_session_get_pairs (self->session);

  if (vc_board_get_selected_word (self->board) != NULL)
    return vc_board_get_selected_word (self->board);
  if (self->values_view >= 0 && self->values_view < (int)pairs->len)
    return ((VcPair *)g_ptr_array_index (pairs, self->values_view))->word_id;
  return NULL;
}

/* Shows the room the definition of the word in question, or takes it away
 * again. */
void
vc_presentation_toggle_definition (VcPresentation *self)
{
  const char *word_id;

  if (self->board == NULL)
    return;

  if (self->values_view == VALUES_DEFINITION)
    {
      self->values_view = VALUES_BOARD;
      vc_presentation_show_values_view (self);
      return;
    }

  word_id = current_word (self);
  if (word_id == NULL)
    {
      vc_presentation_toast (self, _("Choose a word on the board, then show its definition"));
      return;
    }

  g_free (self->definition_id);
  self->definition_id = g_strdup (word_id);
  self->values_view = VALUES_DEFINITION;
  vc_presentation_show_values_view (self);
}

/**
 * vc_presentation_show_room_card:
 * @self: a #VcPresentation
 * @card: a card, such as the deck's closing card
 *
 * Shows @card to the room, whole, during the values game, until the
 * facilitator goes back to the board or a pair. The facilitator's bar says
 * so.
 */
void
vc_presentation_show_room_card (VcPresentation *self,
                                VcCard         *card)
{
  g_return_if_fail (VC_IS_PRESENTATION (self));
  g_return_if_fail (VC_IS_CARD (card));

  if (!self->active || self->board == NULL)
    return;

  g_set_object (&self->room_card, card);
  self->values_view = VALUES_CARD;
  vc_presentation_show_values_view (self);
}

/**
 * vc_presentation_get_room_description:
 * @self: a #VcPresentation
 *
 * Returns: (nullable): what the facilitator's bar says the room sees in
 *   the values game
 */
const char *
vc_presentation_get_room_description (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), NULL);
  return self->room_description;
}
