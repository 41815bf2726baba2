/* vc-player-view-pages.c
 *
 * The pages a deck is played as, and the list to jump between them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-player-view-private.h"

void
_vc_player_view_refresh_page_titles (VcPlayerView *self)
{
  guint i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->jump_list));
       row != NULL && i < self->pages->len; row = gtk_widget_get_next_sibling (row), i++)
    {
      g_autofree char *title = vc_ui_dup_page_title (self->deck, g_ptr_array_index (self->pages, i), i);

      vc_page_row_set_title (VC_PAGE_ROW (row), title);
    }

  /* The facilitator's pane follows once the room's frame is drawn. */
  self->pane_pages_stale = TRUE;
}

void
_vc_player_view_rebuild_jump_list (VcPlayerView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->jump_list))) != NULL)
    gtk_list_box_remove (self->jump_list, child);

  for (guint i = 0; i < self->pages->len; i++)
    {
      VcCard *card = g_ptr_array_index (self->pages, i);
      g_autofree char *label = vc_ui_dup_page_title (self->deck, card, i);

      gtk_list_box_append (self->jump_list, vc_page_row_new (label));
    }
  vc_page_row_mark_current (self->jump_list, self->position);

  if (self->presenting)
    vc_presenter_pane_set_pages (self->presenter_pane, self->deck, self->pages);
}

void
_vc_player_view_on_jump_row_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       VcPlayerView  *self)
{
  gtk_menu_button_popdown (self->jump_button);
  _vc_player_view_go_to (self, gtk_list_box_row_get_index (row), 0);
}

void
_vc_player_view_on_presenter_jump (VcPlayerView *self,
                   guint         position)
{
  _vc_player_view_go_to (self, position, 0);
}

static void
unref_page (gpointer card)
{
  /* The introduction is a page without a card. */
  if (card != NULL)
    g_object_unref (card);
}

void
_vc_player_view_build_pages (VcPlayerView *self)
{
  GListModel *cards = vc_deck_get_cards (self->deck);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func (unref_page);

  if (vc_deck_get_introduction (self->deck) != NULL)
    g_ptr_array_add (self->pages, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    g_ptr_array_add (self->pages, g_list_model_get_item (cards, i));
  if (vc_deck_get_closing (self->deck) != NULL)
    g_ptr_array_add (self->pages, g_object_ref (vc_deck_get_closing (self->deck)));
}
