/* vc-window-formats.c
 *
 * Meetings run in a format: planning one from a deck's page, taking up one
 * left unfinished in its steps, and the chime when a step's time is up.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-chime.h"
#include "vc-format.h"
#include "vc-plan-dialog.h"
#include "vc-window-private.h"

/* The formats are read once, the first time a meeting is planned; a format
 * that cannot be read is named, once, and left out. */
GPtrArray *
_vc_window_get_formats (VcWindow *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (self->formats != NULL)
    return self->formats;

  self->formats = vc_format_load_all (&problems);
  for (guint i = 0; i < problems->len; i++)
    {
      g_warning ("%s", (const char *)g_ptr_array_index (problems, i));
      _vc_window_show_toast (self, g_ptr_array_index (problems, i));
    }
  return self->formats;
}

static VcFormat *
find_format (VcWindow   *self,
             const char *id)
{
  GPtrArray *formats = _vc_window_get_formats (self);

  for (guint i = 0; i < formats->len; i++)
    if (g_strcmp0 (vc_format_get_id (g_ptr_array_index (formats, i)), id) == 0)
      return g_ptr_array_index (formats, i);
  return NULL;
}

static void
on_time_up (VcFormatRun *run,
            gboolean     step_ended,
            VcWindow    *self)
{
  const VcFormatStep *step = vc_format_run_get_step (run);
  g_autofree char *text = NULL;

  vc_chime_play (GTK_WIDGET (self), self->settings);
  if (step == NULL)
    return;
  /* Said as well as chimed, for whoever does not hear it. */
  if (step_ended)
    /* Translators: %s is a meeting step's title */
    text = g_strdup_printf (_("Time is up for “%s”"), step->title);
  else
    text = g_strdup (_("Time is up for this turn"));
  _vc_window_show_toast (self, text);
}

/* The session keeps what the format is, and each step's plan. */
static void
record_plan (VcSession   *session,
             VcFormatRun *run)
{
  VcFormat *format = vc_format_run_get_format (run);

  vc_session_set_plan (session, vc_format_get_id (format), vc_format_get_title (format),
                       vc_format_run_get_people (run), vc_format_run_get_groups (run));
  for (guint i = 0; i < vc_format_get_n_steps (format); i++)
    vc_session_set_step (session, i, vc_format_get_step (format, i)->id,
                         vc_format_get_step (format, i)->title,
                         vc_format_run_get_planned (run, i), vc_format_run_get_actual (run, i),
                         vc_format_run_is_skipped (run, i));
}

/* A meeting left unfinished in its steps goes on where it was, paused. */
static VcFormatRun *
restore_run (VcWindow  *self,
             VcSession *session)
{
  VcFormat *format = find_format (self, vc_session_get_format_id (session));
  GPtrArray *records = vc_session_get_steps (session);
  g_autofree gint64 *actual = NULL;
  g_autofree gint64 *planned = NULL;
  g_autofree gboolean *skipped = NULL;
  VcFormatRun *run;
  guint n;

  if (format == NULL)
    {
      g_autofree char *text =
        /* Translators: %s is the title of a meeting format */
        g_strdup_printf (_("The meeting’s format “%s” is no longer there; the meeting goes on one card at a time"),
                         vc_session_get_format_title (session) ? vc_session_get_format_title (session)
                                                               : vc_session_get_format_id (session));
      _vc_window_show_toast (self, text);
      return NULL;
    }

  run = vc_format_run_new (format, vc_session_get_plan_people (session),
                           vc_session_get_plan_groups (session));
  n = vc_format_get_n_steps (format);
  actual = g_new0 (gint64, n);
  planned = g_new0 (gint64, n);
  skipped = g_new0 (gboolean, n);
  /* Steps are matched by id, so a format changed since keeps what fits. */
  for (guint i = 0; i < records->len; i++)
    {
      VcStepRecord *record = g_ptr_array_index (records, i);
      int index = vc_format_find_step (format, record->id);

      if (index < 0)
        continue;
      actual[index] = record->actual;
      skipped[index] = record->skipped;
      if (record->planned != vc_format_step_plan_seconds (vc_format_get_step (format, index),
                                                          vc_format_run_get_people (run),
                                                          vc_format_run_get_groups (run)))
        planned[index] = record->planned;
    }
  vc_format_run_restore (run, vc_session_get_plan_step (session), vc_session_get_plan_turn (session),
                         actual, planned, skipped);
  return run;
}

/**
 * _vc_window_attach_format:
 *
 * Gives the meeting just shown its format's steps: the one just planned,
 * or, for a meeting taken up again, the one it was run in.
 */
void
_vc_window_attach_format (VcWindow  *self,
                          VcDeck    *deck,
                          VcSession *session)
{
  g_autoptr(VcFormatRun) run = g_steal_pointer (&self->planned_run);

  if (run != NULL)
    record_plan (session, run);
  else if (vc_session_get_format_id (session) != NULL)
    run = restore_run (self, session);
  if (run == NULL)
    return;

  g_signal_connect_object (run, "time-up", G_CALLBACK (on_time_up), self, 0);
  if (self->board != NULL && vc_board_get_session (self->board) == session)
    vc_board_set_run (self->board, run);
  else if (self->player_view != NULL && vc_player_view_get_session (self->player_view) == session)
    vc_player_view_set_run (self->player_view, run);
  if (!vc_format_run_is_started (run))
    vc_format_run_start (run);
}

static void
on_plan_start (VcPlanDialog *dialog,
               VcFormatRun  *run,
               VcWindow     *self)
{
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (deck == NULL)
    return;
  g_set_object (&self->planned_run, run);
  _vc_window_start_new_session (self, vc_deck_get_audience (deck) & VC_DECK_AUDIENCE_STAFF_MEETING
                                        ? VC_SESSION_KIND_MEETING : VC_SESSION_KIND_REFLECTION);
  /* Started otherwise (no deck shown any more): the plan is not kept. */
  g_clear_object (&self->planned_run);
}

/* How many were there last time, as a start. */
static guint
last_people (VcWindow *self)
{
  GListModel *sessions = vc_session_store_get_sessions (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (sessions, i);

      if (vc_session_get_plan_people (session) > 0)
        return vc_session_get_plan_people (session);
      if (g_strv_length ((char **)vc_session_get_people (session)) > 1)
        return g_strv_length ((char **)vc_session_get_people (session));
    }
  return 0;
}

static void
plan_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;
  g_autoptr(GPtrArray) formats = NULL;
  GtkWidget *dialog;

  if (deck == NULL)
    return;
  _vc_window_load_sessions (self);
  formats = vc_format_sort_for_deck (_vc_window_get_formats (self), deck);
  if (formats->len == 0)
    {
      _vc_window_show_toast (self, _("No meeting format suits this deck"));
      return;
    }
  dialog = vc_plan_dialog_new (GTK_WINDOW (self), deck, formats, last_people (self));
  g_signal_connect_object (dialog, "start", G_CALLBACK (on_plan_start), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_vc_window_class_formats_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.plan-meeting", NULL, plan_meeting_action);
}
