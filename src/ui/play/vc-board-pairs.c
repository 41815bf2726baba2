/* vc-board-pairs.c
 *
 * The list of pairs beside the values game board, each with the reason
 * typed for it, kept in step with the session without interrupting
 * anyone who types.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board-private.h"
#include "vc-pair-row.h"
#include "vc-ui-util.h"

/* The pairs list */

VcPairRow *
_vc_board_get_pair_row (GtkListBoxRow *row)
{
  return VC_IS_PAIR_ROW (row) ? VC_PAIR_ROW (row) : NULL;
}

static gboolean
row_shows (GtkListBoxRow *row,
           const VcPair  *pair)
{
  VcPairRow *pair_row = _vc_board_get_pair_row (row);

  return pair_row != NULL && vc_pair_row_shows (pair_row, pair);
}

static void
show_reason (VcPairRow  *pair_row,
             const char *reason)
{
  GtkTextBuffer *buffer = vc_pair_row_get_buffer (pair_row);
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);

  /* Setting the same text again would move the cursor of someone typing. */
  if (g_strcmp0 (_vc_board_normalize_reason (text), _vc_board_normalize_reason (reason)) != 0)
    gtk_text_buffer_set_text (buffer, reason ? reason : "", -1);
}

static void
on_reason_changed (GtkTextBuffer *buffer,
                   GtkListBoxRow *row)
{
  VcBoard *self = VC_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (row), VC_TYPE_BOARD));
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);
  int index = gtk_list_box_row_get_index (row);

  if (self == NULL || self->syncing > 0 || index < 0)
    return;

  _vc_board_set_reason (self, index, text, TRUE);
}

static void
on_reason_leave (GtkEventControllerFocus *controller,
                 VcBoard                 *self)
{
  self->reason_open = FALSE;
}

static GtkWidget *
make_pair_row (VcBoard      *self,
               const VcPair *pair)
{
  GtkWidget *row = vc_pair_row_new (pair,
                                    _vc_board_word_name (self, pair->word_id),
                                    _vc_board_picture_name (self, pair->image_id),
                                    _vc_board_find_image (self, pair->image_id));
  GtkEventController *focus;

  g_signal_connect_object (vc_pair_row_get_buffer (VC_PAIR_ROW (row)), "changed",
                           G_CALLBACK (on_reason_changed), row, 0);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_reason_leave), self, 0);
  gtk_widget_add_controller (vc_pair_row_get_text_view (VC_PAIR_ROW (row)), focus);

  return row;
}

/* Makes the rows show the session's pairs, reusing every row that already
 * shows the right pair so that typing in one is never interrupted.
 * Returns whether pairs came or went. */
gboolean
_vc_board_sync_rows (VcBoard *self)
{
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  gboolean moved = FALSE;
  GtkListBoxRow *row;
  g_autofree char *count = NULL;

  self->syncing++;

  for (guint i = 0; i < pairs->len; i++)
    {
      const VcPair *pair = g_ptr_array_index (pairs, i);
      GtkListBoxRow *next;

      row = gtk_list_box_get_row_at_index (self->pairs_list, i);
      next = gtk_list_box_get_row_at_index (self->pairs_list, i + 1);

      if (row != NULL && !row_shows (row, pair) && next != NULL && row_shows (next, pair))
        {
          /* A pair went away here. */
          gtk_list_box_remove (self->pairs_list, GTK_WIDGET (row));
          row = next;
          moved = TRUE;
        }
      else if (row == NULL || !row_shows (row, pair))
        {
          /* A pair came here. */
          row = GTK_LIST_BOX_ROW (make_pair_row (self, pair));
          gtk_list_box_insert (self->pairs_list, GTK_WIDGET (row), i);
          moved = TRUE;
        }

      show_reason (_vc_board_get_pair_row (row), pair->reason);
    }

  while ((row = gtk_list_box_get_row_at_index (self->pairs_list, pairs->len)) != NULL)
    {
      gtk_list_box_remove (self->pairs_list, GTK_WIDGET (row));
      moved = TRUE;
    }

  if (pairs->len > 0)
    /* Translators: the button that shows the list of pairs in a narrow window */
    count = g_strdup_printf (_("Pairs (%u)"), pairs->len);
  adw_button_content_set_label (self->pairs_button_content, count ? count : _("Pairs"));

  self->syncing--;

  return moved;
}

void
_vc_board_focus_reason (VcBoard *self,
                        guint    index)
{
  VcPairRow *pair_row = _vc_board_get_pair_row (gtk_list_box_get_row_at_index (self->pairs_list, index));

  if (pair_row == NULL)
    return;

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (vc_pair_row_get_text_view (pair_row));
}
