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
#include "vc-image.h"
#include "vc-ui-util.h"

static void
pair_row_free (gpointer data)
{
  PairRow *pair_row = data;

  g_free (pair_row->word_id);
  g_free (pair_row->image_id);
  g_free (pair_row);
}

/* The pairs list */

PairRow *
_vc_board_get_pair_row (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "vc-pair-row") : NULL;
}

static gboolean
row_shows (GtkListBoxRow *row,
           const VcPair  *pair)
{
  PairRow *pair_row = _vc_board_get_pair_row (row);

  return pair_row != NULL
         && g_strcmp0 (pair_row->word_id, pair->word_id) == 0
         && g_strcmp0 (pair_row->image_id, pair->image_id) == 0;
}

static void
show_reason (PairRow    *pair_row,
             const char *reason)
{
  g_autofree char *text = vc_ui_dup_buffer_text (pair_row->buffer);

  /* Setting the same text again would move the cursor of someone typing. */
  if (g_strcmp0 (_vc_board_normalize_reason (text), _vc_board_normalize_reason (reason)) != 0)
    gtk_text_buffer_set_text (pair_row->buffer, reason ? reason : "", -1);
}

static void
on_reason_changed (GtkTextBuffer *buffer,
                   GtkListBoxRow *row)
{
  VcBoard *self = VC_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (row), VC_TYPE_BOARD));
  PairRow *pair_row = _vc_board_get_pair_row (row);
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);
  int index = gtk_list_box_row_get_index (row);

  gtk_widget_set_visible (pair_row->placeholder, text[0] == '\0');

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

static void
on_remove_clicked (GtkButton     *button,
                   GtkListBoxRow *row)
{
  VcBoard *self = VC_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (row), VC_TYPE_BOARD));
  int index = gtk_list_box_row_get_index (row);

  if (self != NULL && index >= 0)
    _vc_board_remove_pair (self, index);
}

static GtkWidget *
make_pair_row (VcBoard      *self,
               const VcPair *pair)
{
  const char *word = _vc_board_word_name (self, pair->word_id);
  const char *picture = _vc_board_picture_name (self, pair->image_id);
  VcDeckImage *image = _vc_board_find_image (self, pair->image_id);
  PairRow *pair_row = g_new0 (PairRow, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label, *button, *overlay, *frame;
  GtkEventController *focus;
  g_autofree char *row_label = NULL;
  g_autofree char *reason_label = NULL;

  pair_row->word_id = g_strdup (pair->word_id);
  pair_row->image_id = g_strdup (pair->image_id);
  g_object_set_data_full (G_OBJECT (row), "vc-pair-row", pair_row, pair_row_free);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* Translators: how a screen reader names a pair, “Dignity and Lunch together” */
  row_label = g_strdup_printf (C_("pair", "%s and %s"), word, picture);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);

  if (image != NULL)
    {
      /* The clamp keeps the picture at thumbnail size in a wide row. */
      GtkWidget *clamp = adw_clamp_new ();
      GtkWidget *thumbnail = vc_image_new (image);

      gtk_widget_set_size_request (thumbnail, 64, 48);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 64);
      adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 64);
      adw_clamp_set_child (ADW_CLAMP (clamp), thumbnail);
      gtk_widget_set_valign (clamp, GTK_ALIGN_CENTER);
      gtk_grid_attach (GTK_GRID (grid), clamp, 0, 0, 1, 2);
    }

  label = gtk_label_new (word);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (GTK_GRID (grid), label, 1, 0, 1, 1);

  label = gtk_label_new (picture);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), label, 1, 1, 1, 1);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, _("Remove this pair"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this pair"),
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), row);
  gtk_grid_attach (GTK_GRID (grid), button, 2, 0, 1, 2);

  pair_row->text_view = gtk_text_view_new ();
  pair_row->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (pair_row->text_view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (pair_row->text_view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next control, as everywhere else on the board. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (pair_row->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (pair_row->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (pair_row->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (pair_row->text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (pair_row->text_view), 8);
  gtk_widget_set_size_request (pair_row->text_view, -1, 60);
  /* Translators: what a screen reader says for the reason's text field;
   * the first %s is a value word, the second a picture's caption */
  reason_label = g_strdup_printf (_("Why “%s” and “%s” belong together"), word, picture);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pair_row->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, reason_label,
                                  -1);
  gtk_text_buffer_set_text (pair_row->buffer, pair->reason ? pair->reason : "", -1);
  gtk_text_buffer_set_enable_undo (pair_row->buffer, FALSE);

  pair_row->placeholder = gtk_label_new (_("Why do they belong together?"));
  gtk_label_set_xalign (GTK_LABEL (pair_row->placeholder), 0);
  gtk_label_set_wrap (GTK_LABEL (pair_row->placeholder), TRUE);
  gtk_widget_set_halign (pair_row->placeholder, GTK_ALIGN_FILL);
  gtk_widget_set_valign (pair_row->placeholder, GTK_ALIGN_START);
  gtk_widget_set_margin_top (pair_row->placeholder, 8);
  gtk_widget_set_margin_start (pair_row->placeholder, 8);
  gtk_widget_set_margin_end (pair_row->placeholder, 8);
  gtk_widget_set_can_target (pair_row->placeholder, FALSE);
  gtk_widget_add_css_class (pair_row->placeholder, "dim-label");
  gtk_accessible_update_state (GTK_ACCESSIBLE (pair_row->placeholder),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_visible (pair_row->placeholder, _vc_board_normalize_reason (pair->reason) == NULL);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), pair_row->text_view);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), pair_row->placeholder);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), overlay);
  gtk_widget_set_margin_top (frame, 10);
  gtk_grid_attach (GTK_GRID (grid), frame, 0, 2, 3, 1);

  g_signal_connect_object (pair_row->buffer, "changed", G_CALLBACK (on_reason_changed), row, 0);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_reason_leave), self, 0);
  gtk_widget_add_controller (pair_row->text_view, focus);

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
  PairRow *pair_row = _vc_board_get_pair_row (gtk_list_box_get_row_at_index (self->pairs_list, index));

  if (pair_row == NULL)
    return;

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (pair_row->text_view);
}
