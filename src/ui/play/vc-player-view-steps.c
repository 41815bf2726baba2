/* vc-player-view-steps.c
 *
 * A meeting run in a format, in the card player: the steps panel above the
 * timer and roles, and the keys that move the meeting on.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-player-view-private.h"
#include "vc-steps-keys.h"

/* Whose turn it is follows the names the group gave for its roles. */
static void
update_names (VcPlayerView *self)
{
  VcFormatRun *run = vc_player_view_get_run (self);

  if (run != NULL && self->session != NULL)
    vc_format_run_set_names (run, vc_session_get_people (self->session));
}

/* Above the card, for everyone at the table: the step, whose turn it is,
 * and what to do now. The panel beside has the countdown. */
static void
update_banner (VcPlayerView *self)
{
  VcFormatRun *run = vc_player_view_get_run (self);
  const VcFormatStep *step = run ? vc_format_run_get_step (run) : NULL;
  g_autofree char *heading = NULL;
  g_autofree char *turn = NULL;

  gtk_widget_set_visible (self->step_banner, step != NULL);
  if (step == NULL)
    return;

  turn = vc_format_run_dup_turn_text (run);
  if (turn != NULL)
    /* Translators: a meeting step's title and whose turn it is, as
     * “A Round Where Everyone Speaks · Speaker 2 of 5” */
    heading = g_strdup_printf (_("%s · %s"), step->title, turn);
  else
    heading = g_strdup (step->title);
  gtk_label_set_text (self->step_heading, heading);
  gtk_label_set_text (self->step_instruction, step->instruction);
}

/**
 * vc_player_view_set_run:
 * @run: (nullable): the meeting's format as planned, or %NULL for a meeting
 *   run one card at a time
 *
 * Shows the steps of the meeting's format beside the cards.
 */
void
vc_player_view_set_run (VcPlayerView *self,
                        VcFormatRun  *run)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));
  g_return_if_fail (run == NULL || VC_IS_FORMAT_RUN (run));

  if (self->steps_panel != NULL)
    {
      g_clear_signal_handler (&self->run_handler, vc_steps_panel_get_run (self->steps_panel));
      vc_steps_panel_set_run (self->steps_panel, NULL, NULL, NULL);
      gtk_box_remove (self->steps_box, GTK_WIDGET (self->steps_panel));
      self->steps_panel = NULL;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_box), run != NULL);
  vc_meeting_panel_set_steps_timed (self->meeting_panel, run != NULL);
  if (run == NULL)
    {
      update_banner (self);
      return;
    }

  self->steps_panel = VC_STEPS_PANEL (vc_steps_panel_new ());
  gtk_box_append (self->steps_box, GTK_WIDGET (self->steps_panel));
  vc_steps_panel_set_run (self->steps_panel, run, self->session, self->deck);
  self->run_handler = g_signal_connect_object (run, "changed", G_CALLBACK (update_banner), self,
                                               G_CONNECT_SWAPPED);
  update_names (self);
  update_banner (self);
}

/**
 * vc_player_view_get_run:
 *
 * Returns: (nullable) (transfer none): the meeting's format, if it is run
 *   in one
 */
VcFormatRun *
vc_player_view_get_run (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->steps_panel ? vc_steps_panel_get_run (self->steps_panel) : NULL;
}

/**
 * vc_player_view_get_steps_panel:
 *
 * Returns: (nullable) (transfer none): the steps panel, if the meeting is
 *   run in a format
 */
VcStepsPanel *
vc_player_view_get_steps_panel (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->steps_panel;
}

void
_vc_player_view_steps_people_changed (VcPlayerView *self)
{
  update_names (self);
}

/* The keys reach the panel's own actions, wherever the focus is. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (vc_steps_keys_forward (self->steps_panel, action_name))
    return;
  /* Without a format, the keys keep their meaning for the card timer. */
  if (g_str_equal (action_name, "player.step-toggle"))
    gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-toggle", NULL);
  else if (g_str_equal (action_name, "player.step-add-minute"))
    gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-add-minute", NULL);
}

void
_vc_player_view_class_steps_init (GtkWidgetClass *widget_class)
{
  vc_steps_keys_install (widget_class, "player", forward_action);
}
