/* vc-board-choose.c
 *
 * Choosing a word or a picture on the values game board, by hand or at
 * random, and bringing it into view.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-board-private.h"

static gboolean
scroll_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  VcBoard *self = VC_BOARD (widget);
  GtkWidget *content = gtk_scrolled_window_get_child (self->board_scroller);
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->board_scroller);
  graphene_rect_t bounds;

  /* The first frame lays out what changed with the choice, such as a longer
   * status line; the second knows where things are. */
  if (++self->scroll_frames < 2)
    return G_SOURCE_CONTINUE;

  if (self->scroll_target != NULL && content != NULL
      && gtk_widget_compute_bounds (self->scroll_target, content, &bounds))
    gtk_adjustment_clamp_page (vadjustment,
                               bounds.origin.y - 12,
                               bounds.origin.y + bounds.size.height + 12);

  self->scroll_target = NULL;
  self->scroll_tick = 0;

  return G_SOURCE_REMOVE;
}

/* Brings a word or a picture into view, as drawing a card would put it on
 * the table in front of everyone. */
static void
scroll_to (VcBoard   *self,
           GtkWidget *widget)
{
  self->scroll_target = widget;
  self->scroll_frames = 0;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_on_tick,
                                                      NULL, NULL);
}

/* Choosing and drawing */

void
_vc_board_select_word (VcBoard    *self,
                       const char *id)
{
  if (_vc_board_find_word (self, id) == NULL)
    return;

  if (g_strcmp0 (self->selected_word, id) == 0)
    g_clear_pointer (&self->selected_word, g_free);
  else if (self->selected_picture != NULL)
    {
      g_autofree char *picture = g_strdup (self->selected_picture);

      _vc_board_make_pair (self, id, picture);
      return;
    }
  else
    {
      GtkWidget *button = g_hash_table_lookup (self->word_buttons, id);
      gboolean from_keyboard = gtk_widget_has_focus (button);

      g_free (self->selected_word);
      self->selected_word = g_strdup (id);
      _vc_board_make_current (self, button, FALSE);
      /* The word waits for its picture: the keyboard goes where it is. */
      if (from_keyboard)
        _vc_board_focus_pictures (self);
      else
        scroll_to (self, button);
    }

  _vc_board_refresh_selection (self);
}

void
_vc_board_select_picture (VcBoard    *self,
                          const char *id)
{
  if (_vc_board_find_image (self, id) == NULL)
    return;

  if (g_strcmp0 (self->selected_picture, id) == 0)
    g_clear_pointer (&self->selected_picture, g_free);
  else if (self->selected_word != NULL)
    {
      g_autofree char *word = g_strdup (self->selected_word);

      _vc_board_make_pair (self, word, id);
      return;
    }
  else
    {
      GtkWidget *button = g_hash_table_lookup (self->picture_buttons, id);
      gboolean from_keyboard = gtk_widget_has_focus (button);

      g_free (self->selected_picture);
      self->selected_picture = g_strdup (id);
      _vc_board_make_current (self, button, FALSE);
      if (from_keyboard)
        _vc_board_focus_words (self);
      else
        scroll_to (self, button);
    }

  _vc_board_refresh_selection (self);
}

/* Draws from those not drawn and not paired yet if it can, then from those
 * not drawn, then starts over; never the one already chosen if there are
 * others. */
static const char *
draw_one (GPtrArray  *ids,
          GHashTable *drawn,
          GHashTable *paired,
          const char *current)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();

  for (guint tier = 0; tier < 3 && candidates->len == 0; tier++)
    {
      if (tier == 2)
        g_hash_table_remove_all (drawn);

      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);

          if (g_strcmp0 (id, current) == 0 && ids->len > 1)
            continue;
          if (tier == 0 && g_hash_table_contains (paired, id))
            continue;
          if (tier < 2 && g_hash_table_contains (drawn, id))
            continue;
          g_ptr_array_add (candidates, (gpointer)id);
        }
    }

  if (candidates->len == 0)
    return NULL;

  return g_ptr_array_index (candidates, g_random_int_range (0, candidates->len));
}

void
_vc_board_draw (VcBoard  *self,
                gboolean  picture)
{
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  g_autoptr(GHashTable) paired = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTable *buttons = picture ? self->picture_buttons : self->word_buttons;
  GHashTable *drawn = picture ? self->drawn_pictures : self->drawn_words;
  const char *current = picture ? self->selected_picture : self->selected_word;
  g_autofree char *id = NULL;
  GtkWidget *button;

  for (guint i = 0; i < pairs->len; i++)
    {
      const VcPair *pair = g_ptr_array_index (pairs, i);

      g_hash_table_add (paired, picture ? pair->image_id : pair->word_id);
    }

  /* In the order of the deck, so that the draw depends on chance alone. */
  if (picture)
    {
      GListModel *images = vc_deck_get_images (self->deck);

      for (guint i = 0; i < g_list_model_get_n_items (images); i++)
        {
          g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

          g_ptr_array_add (ids, (gpointer)vc_deck_image_get_id (image));
        }
    }
  else
    {
      GPtrArray *words = vc_deck_get_words (self->deck);

      for (guint i = 0; i < words->len; i++)
        g_ptr_array_add (ids, ((VcValueWord *)g_ptr_array_index (words, i))->id);
    }

  id = g_strdup (draw_one (ids, drawn, paired, current));
  if (id == NULL)
    return;

  g_hash_table_add (drawn, g_strdup (id));

  /* A drawn card starts a new round, whatever was chosen before. */
  _vc_board_clear_selection (self);
  if (picture)
    self->selected_picture = g_strdup (id);
  else
    self->selected_word = g_strdup (id);
  _vc_board_refresh_selection (self);

  button = g_hash_table_lookup (buttons, id);
  if (button != NULL)
    {
      _vc_board_make_current (self, button, TRUE);
      scroll_to (self, button);
    }
}
