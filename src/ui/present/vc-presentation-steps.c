/* vc-presentation-steps.c
 *
 * A meeting run in a format, on the room's screen: the step's instruction,
 * a large countdown and whose turn it is; and the keys that move the
 * meeting on from either window.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-presentation-private.h"
#include "vc-steps-keys.h"

static VcStepsPanel *
get_steps_panel (VcPresentation *self)
{
  if (self->player != NULL)
    return vc_player_view_get_steps_panel (self->player);
  if (self->board != NULL)
    return vc_board_get_steps_panel (self->board);
  return NULL;
}

/**
 * vc_presentation_show_step:
 *
 * Shows the room the step the meeting is at, or nothing of steps when the
 * meeting is not run in a format.
 */
void
vc_presentation_show_step (VcPresentation *self)
{
  const VcFormatStep *step;
  g_autofree char *heading = NULL;
  g_autofree char *turn = NULL;
  g_autofree char *next_turn = NULL;
  g_autofree char *next = NULL;
  VcFormat *format;
  guint index;

  if (self->projector == NULL)
    return;

  step = self->run ? vc_format_run_get_step (self->run) : NULL;
  if (step == NULL)
    {
      vc_projector_set_step (self->projector, NULL, NULL, NULL, NULL, TRUE);
      vc_presentation_update_timer (self);
      return;
    }

  format = vc_format_run_get_format (self->run);
  index = vc_format_run_get_current_step (self->run);
  /* Translators: the room's heading of a meeting step: its number, how
   * many there are, and its title, as “Step 2 of 5 · Think Alone” */
  heading = g_strdup_printf (_("Step %u of %u · %s"), index + 1, vc_format_get_n_steps (format), step->title);
  if (step->shows & VC_FORMAT_SHOW_TURN)
    {
      turn = vc_format_run_dup_turn_text (self->run);
      next_turn = vc_format_run_dup_next_turn_text (self->run);
    }
  if (next_turn != NULL)
    /* Translators: whose turn comes next, as “Next: Group 3 of 3” */
    next = g_strdup_printf (_("Next: %s"), next_turn);
  else if (index + 1 < vc_format_get_n_steps (format) && (step->shows & VC_FORMAT_SHOW_TURN))
    next = g_strdup_printf (_("Next: %s"), vc_format_get_step (format, index + 1)->title);

  vc_projector_set_step (self->projector, heading,
                         step->shows & VC_FORMAT_SHOW_INSTRUCTION ? step->instruction : NULL,
                         turn, next, (step->shows & VC_FORMAT_SHOW_CARD) != 0);
  vc_presentation_update_timer (self);
}

/**
 * vc_presentation_watch_run:
 * @run: (nullable): the meeting's format, or %NULL to stop showing steps
 */
void
vc_presentation_watch_run (VcPresentation *self,
                           VcFormatRun    *run)
{
  if (self->run != NULL)
    {
      g_clear_signal_handler (&self->run_handler, self->run);
      g_clear_object (&self->run);
    }
  if (run != NULL)
    {
      self->run = g_object_ref (run);
      self->run_handler = g_signal_connect_swapped (run, "changed",
                                                    G_CALLBACK (vc_presentation_show_step), self);
    }
  vc_presentation_show_step (self);
}

/* The step keys, from the room's window or the facilitator's. */
static gboolean
on_step_shortcut (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  VcStepsPanel *panel = get_steps_panel (user_data);

  if (panel == NULL || vc_steps_panel_get_run (panel) == NULL)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (panel), g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

void
vc_presentation_add_step_shortcuts (VcPresentation        *self,
                                    GtkShortcutController *controller)
{
  vc_steps_keys_add_shortcuts (controller, on_step_shortcut, self);
}
