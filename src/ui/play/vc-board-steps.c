/* vc-board-steps.c
 *
 * The values game run in a format: the steps in a page of their own beside
 * the board, next to the pairs and the timer and roles.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-board-private.h"
#include "vc-steps-keys.h"

/**
 * vc_board_set_run:
 * @run: (nullable): the meeting's format as planned, or %NULL
 *
 * Shows the steps of the meeting's format beside the board, and shows
 * them first.
 */
void
vc_board_set_run (VcBoard     *self,
                  VcFormatRun *run)
{
  GtkWidget *scroller;

  g_return_if_fail (VC_IS_BOARD (self));
  g_return_if_fail (run == NULL || VC_IS_FORMAT_RUN (run));

  if (self->steps_page != NULL)
    {
      vc_steps_panel_set_run (self->steps_panel, NULL, NULL, NULL);
      gtk_stack_remove (self->side_stack, self->steps_page);
      self->steps_page = NULL;
      self->steps_panel = NULL;
    }
  vc_meeting_panel_set_steps_timed (self->meeting_panel, run != NULL);
  if (run == NULL)
    return;

  self->steps_panel = VC_STEPS_PANEL (vc_steps_panel_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->steps_panel), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->steps_panel), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->steps_panel), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->steps_panel), 18);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->steps_panel));
  self->steps_page = scroller;
  /* Translators: the page of the meeting format's steps beside the board */
  gtk_stack_add_titled (self->side_stack, scroller, "steps", _("Steps"));
  vc_steps_panel_set_run (self->steps_panel, run, self->session, self->deck);
  vc_format_run_set_names (run, vc_session_get_people (self->session));
  gtk_stack_set_visible_child (self->side_stack, scroller);
}

/**
 * vc_board_get_run:
 *
 * Returns: (nullable) (transfer none): the meeting's format, if it is run
 *   in one
 */
VcFormatRun *
vc_board_get_run (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->steps_panel ? vc_steps_panel_get_run (self->steps_panel) : NULL;
}

/**
 * vc_board_get_steps_panel:
 *
 * Returns: (nullable) (transfer none): the steps panel, if any
 */
VcStepsPanel *
vc_board_get_steps_panel (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->steps_panel;
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  vc_steps_keys_forward (VC_BOARD (widget)->steps_panel, action_name);
}

void
_vc_board_class_steps_init (GtkWidgetClass *widget_class)
{
  vc_steps_keys_install (widget_class, "board", forward_action);
}
