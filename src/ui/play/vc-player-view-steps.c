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
      vc_steps_panel_set_run (self->steps_panel, NULL, NULL, NULL);
      gtk_box_remove (self->steps_box, GTK_WIDGET (self->steps_panel));
      self->steps_panel = NULL;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_box), run != NULL);
  if (run == NULL)
    return;

  self->steps_panel = VC_STEPS_PANEL (vc_steps_panel_new ());
  gtk_box_append (self->steps_box, GTK_WIDGET (self->steps_panel));
  vc_steps_panel_set_run (self->steps_panel, run, self->session, self->deck);
  update_names (self);
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
