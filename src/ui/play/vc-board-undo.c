/* vc-board-undo.c
 *
 * Making, rewording and removing the pairs of the values game board, each
 * a step that can be undone.
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
#include "vc-memory.h"
#include "vc-pair-row.h"

void
_vc_board_undo_step_free (gpointer data)
{
  UndoStep *step = data;

  g_free (step->word_id);
  g_free (step->image_id);
  g_free (step->reason);
  g_free (step);
}

/* Undo */

static void
on_toast_dismissed (VcBoard *self)
{
  self->toast = NULL;
}

/* An "Undo" left on screen would undo something else once the board has
 * moved on. */
static void
dismiss_toast (VcBoard *self)
{
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  self->toast = NULL;
}

void
_vc_board_update_undo (VcBoard *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.undo", self->undo_steps->len > 0);
}

static void
push_step (VcBoard    *self,
           StepKind    kind,
           guint       index,
           const char *word_id,
           const char *image_id,
           const char *reason)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->kind = kind;
  step->index = index;
  step->word_id = g_strdup (word_id);
  step->image_id = g_strdup (image_id);
  step->reason = g_strdup (_vc_board_normalize_reason (reason));

  if (self->undo_steps->len >= MAX_UNDO_STEPS)
    g_ptr_array_remove_index (self->undo_steps, 0);
  g_ptr_array_add (self->undo_steps, step);

  self->reason_open = FALSE;
  dismiss_toast (self);
  _vc_board_update_undo (self);
}

void
_vc_board_clear_undo (VcBoard *self)
{
  g_ptr_array_set_size (self->undo_steps, 0);
  self->reason_open = FALSE;
  dismiss_toast (self);
  _vc_board_update_undo (self);
}

/* Changing the session */

void
_vc_board_make_pair (VcBoard    *self,
                     const char *word_id,
                     const char *image_id)
{
  g_autofree char *status = NULL;
  guint index;

  _vc_board_clear_selection (self);

  self->changing++;
  index = vc_session_add_pair (self->session, word_id, image_id, NULL);
  _vc_board_sync_rows (self);
  self->changing--;

  push_step (self, STEP_ADD, index, word_id, image_id, NULL);
  _vc_board_refresh_selection (self);

  /* Translators: said when a pair is made; the first %s is a value word,
   * the second a picture's caption */
  status = g_strdup_printf (_("“%s” and “%s” are a pair. Why do they belong together?"),
                            _vc_board_word_name (self, word_id), _vc_board_picture_name (self, image_id));
  gtk_label_set_text (self->status_label, status);

  _vc_board_focus_reason (self, index);
  vc_memory_trim_soon ();
}

void
_vc_board_set_reason (VcBoard    *self,
                      guint       index,
                      const char *reason,
                      gboolean    typing)
{
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  const VcPair *pair;
  UndoStep *last;

  if (index >= pairs->len)
    return;

  pair = g_ptr_array_index (pairs, index);
  reason = _vc_board_normalize_reason (reason);
  if (g_strcmp0 (_vc_board_normalize_reason (pair->reason), reason) == 0)
    return;

  last = self->undo_steps->len > 0
    ? g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1) : NULL;

  if (!(typing && self->reason_open && last != NULL
        && last->kind == STEP_REASON && last->index == index))
    {
      push_step (self, STEP_REASON, index, pair->word_id, pair->image_id, pair->reason);
      self->reason_open = typing;
    }

  self->changing++;
  vc_session_set_pair_reason (self->session, index, reason);
  _vc_board_sync_rows (self);
  self->changing--;
}

void
_vc_board_remove_pair (VcBoard *self,
                       guint    index)
{
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  const VcPair *pair;
  GtkListBoxRow *row;
  VcPairRow *pair_row;
  AdwToast *toast;

  if (index >= pairs->len)
    return;

  pair = g_ptr_array_index (pairs, index);
  push_step (self, STEP_REMOVE, index, pair->word_id, pair->image_id, pair->reason);

  self->changing++;
  vc_session_remove_pair (self->session, index);
  _vc_board_sync_rows (self);
  self->changing--;

  /* Keep the keyboard in the list rather than lose it with the row. */
  row = gtk_list_box_get_row_at_index (self->pairs_list, index);
  if (row == NULL && index > 0)
    row = gtk_list_box_get_row_at_index (self->pairs_list, index - 1);
  pair_row = _vc_board_get_pair_row (row);
  if (pair_row != NULL)
    gtk_widget_grab_focus (vc_pair_row_get_text_view (pair_row));

  toast = adw_toast_new (_("Pair removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "board.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  self->toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_vc_board_undo (VcBoard *self)
{
  g_autoptr(GPtrArray) popped = NULL;
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  UndoStep *step;

  if (self->undo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  popped = g_ptr_array_new_with_free_func (_vc_board_undo_step_free);
  g_ptr_array_add (popped, step);

  self->reason_open = FALSE;
  dismiss_toast (self);

  self->changing++;
  switch (step->kind)
    {
    case STEP_ADD:
      if (step->index < pairs->len)
        vc_session_remove_pair (self->session, step->index);
      break;

    case STEP_REMOVE:
      vc_session_insert_pair (self->session, MIN (step->index, pairs->len),
                              step->word_id, step->image_id, step->reason);
      break;

    case STEP_REASON:
      if (step->index < pairs->len)
        vc_session_set_pair_reason (self->session, step->index, step->reason);
      break;

    default:
      g_assert_not_reached ();
    }
  _vc_board_sync_rows (self);
  self->changing--;

  _vc_board_update_undo (self);
  _vc_board_update_status (self);

  if (step->kind != STEP_ADD)
    _vc_board_focus_reason (self, step->index);
}
