/* vc-steps-panel.c
 *
 * The facilitator's steps during a meeting run in a format: which step the
 * meeting is at and the time left of it, whose turn it is and whose comes
 * next, the format's note for the facilitator, the buttons that move the
 * meeting on, and every step with the time it took.
 *
 * The clock is looked at once a second with a plain timeout, not with the
 * frame clock, so that the time is kept and the chime sounds while the
 * window is hidden behind the projector's. What happened is written into
 * the session at every change and every quarter of a minute, so that a
 * crash loses little of it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-steps-panel-private.h"

/* Seconds between writing the time spent into the session. */
#define RECORD_EVERY 15

G_DEFINE_FINAL_TYPE (VcStepsPanel, vc_steps_panel, GTK_TYPE_WIDGET)

enum {
  TIME_UP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_countdown (VcStepsPanel *self);

static guint
n_steps (VcStepsPanel *self)
{
  return self->run != NULL ? vc_format_get_n_steps (vc_format_run_get_format (self->run)) : 0;
}

static gboolean
is_finished (VcStepsPanel *self)
{
  return self->run == NULL || vc_format_run_is_finished (self->run);
}

/* The clock */

static gboolean
on_tick (gpointer data)
{
  VcStepsPanel *self = data;
  guint id = g_source_get_id (g_main_current_source ());
  g_autoptr(VcStepsPanel) hold = g_object_ref (self);

  /* Time up may move the meeting on, which shows everything anew, or make
   * whoever chimes show another meeting. */
  vc_format_run_tick (self->run);
  if (self->tick_id != id)
    return G_SOURCE_REMOVE;
  if (self->run == NULL || !vc_format_run_is_running (self->run))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  update_countdown (self);
  if (++self->ticks >= RECORD_EVERY)
    vc_steps_panel_record (self);
  return G_SOURCE_CONTINUE;
}

static void
update_ticking (VcStepsPanel *self)
{
  gboolean running = self->run != NULL && vc_format_run_is_running (self->run);

  if (running && self->tick_id == 0)
    self->tick_id = g_timeout_add_full (G_PRIORITY_DEFAULT, 1000, on_tick, self, NULL);
  else if (!running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

/* What is shown */

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
update_countdown (VcStepsPanel *self)
{
  g_autofree char *text = NULL;
  VcTimerState state = VC_TIMER_STATE_PLENTY;
  gboolean running = FALSE;
  GtkWidget *countdown = GTK_WIDGET (self->countdown_label);

  if (!is_finished (self))
    {
      text = vc_format_run_format_remaining (self->run);
      state = vc_format_run_get_state (self->run);
      running = vc_format_run_is_running (self->run);
    }
  gtk_label_set_text (self->countdown_label, text != NULL ? text : "");
  gtk_widget_set_visible (countdown, text != NULL);

  /* The same colours as the exercise timer's. */
  if (state == VC_TIMER_STATE_LOW)
    gtk_widget_add_css_class (countdown, "warning");
  else
    gtk_widget_remove_css_class (countdown, "warning");
  if (state == VC_TIMER_STATE_OVERTIME)
    gtk_widget_add_css_class (countdown, "error");
  else
    gtk_widget_remove_css_class (countdown, "error");

  /* A tooltip asks the display where the pointer is: only on a change. */
  if (self->showed_running != running)
    {
      self->showed_running = running;
      gtk_button_set_icon_name (self->toggle_button,
                                running ? "media-playback-pause-symbolic"
                                        : "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle_button),
                                   running ? _("Pause the Timer") : _("Start the Timer"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      running ? _("Pause the timer") : _("Start the timer"),
                                      -1);
    }
}

static gboolean
has_more_turns (VcStepsPanel *self)
{
  guint step;

  if (is_finished (self))
    return FALSE;
  step = vc_format_run_get_current_step (self->run);
  return vc_format_run_get_current_turn (self->run) + 1 < vc_format_run_get_n_turns (self->run, step);
}

static char *
dup_next_text (VcStepsPanel *self)
{
  g_autofree char *turn = vc_format_run_dup_next_turn_text (self->run);
  guint step = vc_format_run_get_current_step (self->run);
  VcFormat *format = vc_format_run_get_format (self->run);

  if (turn != NULL)
    /* Translators: what comes after this turn or step, such as
     * “Next: Speaker 3 of 8” or “Next: Talk in Your Group” */
    return g_strdup_printf (_("Next: %s"), turn);
  if (step + 1 < n_steps (self))
    return g_strdup_printf (_("Next: %s"), vc_format_get_step (format, step + 1)->title);
  return g_strdup (_("This is the last step"));
}

static void
update_status (VcStepsPanel *self)
{
  const VcFormatStep *step;

  if (self->run == NULL)
    {
      set_label (self->position_label, NULL);
      set_label (self->title_label, _("No Format Chosen"));
      set_label (self->summary_label, NULL);
      set_label (self->turn_label, NULL);
      set_label (self->next_label, NULL);
      set_label (self->note_label, NULL);
      return;
    }

  if (vc_format_run_is_finished (self->run))
    {
      g_autofree char *planned = vc_format_dup_minutes_label (vc_format_run_get_planned_total (self->run));
      g_autofree char *actual = vc_format_dup_minutes_label (vc_format_run_get_actual_total (self->run));
      /* Translators: the whole meeting at its end, as “Planned 52 min, took 58 min” */
      g_autofree char *summary = g_strdup_printf (_("Planned %s, took %s"), planned, actual);

      set_label (self->position_label, vc_format_get_title (vc_format_run_get_format (self->run)));
      set_label (self->title_label, _("All Steps Done"));
      set_label (self->summary_label, summary);
      set_label (self->turn_label, NULL);
      set_label (self->next_label, NULL);
      set_label (self->note_label, NULL);
      gtk_button_set_label (self->next_button, _("Next _Step"));
      return;
    }

  step = vc_format_run_get_step (self->run);
  {
    /* Translators: where the meeting is, as “Step 2 of 5” */
    g_autofree char *position = g_strdup_printf (_("Step %u of %u"),
                                                 vc_format_run_get_current_step (self->run) + 1,
                                                 n_steps (self));
    g_autofree char *turn = vc_format_run_dup_turn_text (self->run);
    g_autofree char *next = dup_next_text (self);

    set_label (self->position_label, position);
    set_label (self->title_label, step->title);
    set_label (self->summary_label, NULL);
    set_label (self->turn_label, turn);
    set_label (self->next_label, next);
    set_label (self->note_label, step->note);
  }
  gtk_button_set_label (self->next_button, has_more_turns (self) ? _("Next _Turn") : _("Next _Step"));
}

static GtkWidget *
row_icon (AdwActionRow *row)
{
  return g_object_get_data (G_OBJECT (row), "vc-step-icon");
}

static void
set_row_icon (AdwActionRow *row,
              const char   *icon_name,
              const char   *description,
              gboolean      current)
{
  GtkWidget *icon = row_icon (row);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_widget_set_opacity (icon, icon_name != NULL ? 1 : 0);
  if (current)
    {
      gtk_widget_add_css_class (icon, "accent");
      gtk_widget_remove_css_class (icon, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (icon, "accent");
      gtk_widget_add_css_class (icon, "dim-label");
    }
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* The step the meeting is at stands out in bold; a title from a format is
 * escaped before it is shown as markup. */
static void
set_row_current (AdwActionRow *row,
                 const char   *title,
                 gboolean      current)
{
  AdwPreferencesRow *prefs_row = ADW_PREFERENCES_ROW (row);

  if (current == gtk_widget_has_css_class (GTK_WIDGET (row), "vc-current-step"))
    return;
  if (current)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      g_autofree char *bold = g_strdup_printf ("<b>%s</b>", escaped);

      adw_preferences_row_set_use_markup (prefs_row, TRUE);
      adw_preferences_row_set_title (prefs_row, bold);
      gtk_widget_add_css_class (GTK_WIDGET (row), "vc-current-step");
    }
  else
    {
      adw_preferences_row_set_use_markup (prefs_row, FALSE);
      adw_preferences_row_set_title (prefs_row, title);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "vc-current-step");
    }
}

static void
update_list (VcStepsPanel *self)
{
  guint current = self->run != NULL ? vc_format_run_get_current_step (self->run) : 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *planned = vc_format_dup_minutes_label (vc_format_run_get_planned (self->run, i));
      g_autofree char *subtitle = NULL;

      if (vc_format_run_is_skipped (self->run, i))
        {
          /* Translators: a step the facilitator left out */
          subtitle = g_strdup (_("Skipped"));
          set_row_icon (row, "media-skip-forward-symbolic", _("Skipped"), FALSE);
        }
      else if (i < current)
        {
          g_autofree char *actual = vc_format_dup_minutes_label (vc_format_run_get_actual (self->run, i));

          /* Translators: a step done, as “Planned 10 min · took 12 min” */
          subtitle = g_strdup_printf (_("Planned %s · took %s"), planned, actual);
          set_row_icon (row, "object-select-symbolic", _("Done"), FALSE);
        }
      else
        {
          subtitle = g_steal_pointer (&planned);
          set_row_icon (row, i == current ? "go-next-symbolic" : NULL,
                        i == current ? _("The step the meeting is at") : NULL, i == current);
        }

      adw_action_row_set_subtitle (row, subtitle);
      set_row_current (row, vc_format_get_step (vc_format_run_get_format (self->run), i)->title,
                       i == current);
    }
}

static void
rebuild_list (VcStepsPanel *self)
{
  GtkWidget *child;
  VcFormat *format;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->rows, 0);

  if (self->run == NULL)
    return;

  format = vc_format_run_get_format (self->run);
  for (guint i = 0; i < n_steps (self); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vc_format_get_step (format, i)->title);
      /* The facilitator moves on with the buttons, never by a stray click. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_size_request (icon, 16, 16);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      g_object_set_data (G_OBJECT (row), "vc-step-icon", icon);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
update_actions (VcStepsPanel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean going = !is_finished (self);

  gtk_widget_action_set_enabled (widget, "steps.toggle", going);
  gtk_widget_action_set_enabled (widget, "steps.next", going);
  gtk_widget_action_set_enabled (widget, "steps.skip", going);
  gtk_widget_action_set_enabled (widget, "steps.add-minute", going);
  gtk_widget_action_set_enabled (widget, "steps.previous",
                                 self->run != NULL && vc_format_run_is_started (self->run));
  gtk_widget_set_sensitive (GTK_WIDGET (self->auto_switch), self->run != NULL);
}

static void
update_all (VcStepsPanel *self)
{
  update_status (self);
  update_countdown (self);
  update_list (self);
  update_actions (self);
  vc_steps_panel_update_notes (self);
}

/* The run */

static void
on_run_changed (VcStepsPanel *self)
{
  if (gtk_switch_get_active (self->auto_switch) != vc_format_run_get_auto_advance (self->run))
    gtk_switch_set_active (self->auto_switch, vc_format_run_get_auto_advance (self->run));
  update_ticking (self);
  update_all (self);
  vc_steps_panel_record (self);
}

static void
on_run_time_up (VcStepsPanel *self,
                gboolean      step_ended)
{
  update_countdown (self);
  g_signal_emit (self, signals[TIME_UP], 0, step_ended);
}

static void
on_auto_switch_changed (VcStepsPanel *self)
{
  if (self->run != NULL)
    vc_format_run_set_auto_advance (self->run, gtk_switch_get_active (self->auto_switch));
}

/* Actions */

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);

  if (is_finished (self))
    return;
  if (vc_format_run_is_running (self->run))
    vc_format_run_pause (self->run);
  else
    vc_format_run_start (self->run);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);

  if (is_finished (self))
    return;
  /* Before the meeting has begun, the button still means what it says:
   * the next turn or step, with the clock running from there. */
  if (!vc_format_run_is_started (self->run))
    vc_format_run_start (self->run);
  vc_format_run_next (self->run);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);

  if (!is_finished (self))
    vc_format_run_skip (self->run);
}

static void
add_minute_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);

  if (!is_finished (self))
    vc_format_run_add_minute (self->run);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);

  if (self->run != NULL)
    vc_format_run_previous_step (self->run);
}

/* GObject */

static void
disconnect_run (VcStepsPanel *self)
{
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
vc_steps_panel_dispose (GObject *object)
{
  VcStepsPanel *self = VC_STEPS_PANEL (object);

  /* What was typed and the time spent so far go into the session. */
  vc_steps_panel_save_notes (self);
  vc_steps_panel_record (self);
  disconnect_run (self);
  vc_steps_panel_dispose_notes (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_STEPS_PANEL);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->run);
  g_clear_object (&self->session);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (vc_steps_panel_parent_class)->dispose (object);
}

static void
vc_steps_panel_class_init (VcStepsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_steps_panel_dispose;

  /**
   * VcStepsPanel::time-up:
   * @step_ended: whether the whole step's time is up, not only a turn's
   *
   * The countdown reached zero, once per turn: for a soft chime.
   */
  signals[TIME_UP] = g_signal_new ("time-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-steps-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, box);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, position_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, turn_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, next_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, note_label);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, toggle_button);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, next_button);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, auto_switch);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, notes_box);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, card_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, notes_view);
  gtk_widget_class_bind_template_child (widget_class, VcStepsPanel, list);

  gtk_widget_class_install_action (widget_class, "steps.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "steps.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "steps.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "steps.add-minute", NULL, add_minute_action);
  gtk_widget_class_install_action (widget_class, "steps.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "steps.add-notes-file", NULL,
                                   vc_steps_panel_add_notes_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vc-steps-panel");
}

static void
vc_steps_panel_init (VcStepsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->showed_running = -1;
  g_signal_connect_object (self->auto_switch, "notify::active", G_CALLBACK (on_auto_switch_changed), self,
                           G_CONNECT_SWAPPED);
  vc_steps_panel_init_notes (self);
  update_all (self);
}

/**
 * vc_steps_panel_new:
 *
 * Returns: (transfer floating): a panel with no meeting yet
 */
GtkWidget *
vc_steps_panel_new (void)
{
  return g_object_new (VC_TYPE_STEPS_PANEL, NULL);
}

/**
 * vc_steps_panel_set_run:
 * @self: a #VcStepsPanel
 * @run: (nullable): the format the meeting is run in
 * @session: (nullable): where the time spent and the groups' notes are kept
 * @deck: (nullable): the deck played, whose cards the groups take
 *
 * Shows @run and follows it as it goes on. Whatever was shown before is
 * written into its session first.
 */
void
vc_steps_panel_set_run (VcStepsPanel *self,
                        VcFormatRun  *run,
                        VcSession    *session,
                        VcDeck       *deck)
{
  g_return_if_fail (VC_IS_STEPS_PANEL (self));
  g_return_if_fail (run == NULL || VC_IS_FORMAT_RUN (run));
  g_return_if_fail (session == NULL || VC_IS_SESSION (session));
  g_return_if_fail (deck == NULL || VC_IS_DECK (deck));

  vc_steps_panel_save_notes (self);
  vc_steps_panel_record (self);
  disconnect_run (self);

  g_set_object (&self->run, run);
  g_set_object (&self->session, session);
  g_set_object (&self->deck, deck);
  self->ticks = 0;
  self->group = 0;
  self->n_groups = 0;

  if (run != NULL)
    {
      g_signal_connect_object (run, "changed", G_CALLBACK (on_run_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (run, "time-up", G_CALLBACK (on_run_time_up), self, G_CONNECT_SWAPPED);
      gtk_switch_set_active (self->auto_switch, vc_format_run_get_auto_advance (run));
    }
  else
    gtk_switch_set_active (self->auto_switch, FALSE);

  rebuild_list (self);
  vc_steps_panel_set_notes_deck (self);
  update_ticking (self);
  update_all (self);
  vc_steps_panel_record (self);
}

/**
 * vc_steps_panel_get_run:
 * @self: a #VcStepsPanel
 *
 * Returns: (transfer none) (nullable): the format the meeting is run in
 */
VcFormatRun *
vc_steps_panel_get_run (VcStepsPanel *self)
{
  g_return_val_if_fail (VC_IS_STEPS_PANEL (self), NULL);
  return self->run;
}

/**
 * vc_steps_panel_record:
 * @self: a #VcStepsPanel
 *
 * Writes the plan, where the meeting is, and each step's planned and
 * actual time into the session now.
 */
void
vc_steps_panel_record (VcStepsPanel *self)
{
  VcFormat *format;

  g_return_if_fail (VC_IS_STEPS_PANEL (self));

  self->ticks = 0;
  if (self->run == NULL || self->session == NULL)
    return;

  format = vc_format_run_get_format (self->run);
  /* Setting the plan tells the session it changed: only when it did. */
  if (g_strcmp0 (vc_session_get_format_id (self->session), vc_format_get_id (format)) != 0 ||
      g_strcmp0 (vc_session_get_format_title (self->session), vc_format_get_title (format)) != 0 ||
      vc_session_get_plan_people (self->session) != vc_format_run_get_people (self->run) ||
      vc_session_get_plan_groups (self->session) != vc_format_run_get_groups (self->run))
    vc_session_set_plan (self->session, vc_format_get_id (format), vc_format_get_title (format),
                         vc_format_run_get_people (self->run), vc_format_run_get_groups (self->run));

  vc_session_set_plan_position (self->session, vc_format_run_get_current_step (self->run),
                                vc_format_run_get_current_turn (self->run));
  for (guint i = 0; i < n_steps (self); i++)
    {
      const VcFormatStep *step = vc_format_get_step (format, i);

      vc_session_set_step (self->session, i, step->id, step->title,
                           vc_format_run_get_planned (self->run, i),
                           vc_format_run_get_actual (self->run, i),
                           vc_format_run_is_skipped (self->run, i));
    }
}
