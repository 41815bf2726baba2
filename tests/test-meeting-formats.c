/* test-meeting-formats.c
 *
 * Runs whole meetings in a format as a facilitator would: the fishbowl on
 * the projector and the five-step conversation guide at one laptop, each
 * planned in the dialog, moved on with the steps' actions and keys, and
 * ended with a summary that shows each step planned against actual. The
 * room's screen and the facilitator's are saved at every step.
 *
 * Steps are made a few seconds long in the plan, so that the real clock
 * runs them out and chimes while the test waits.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board.h"
#include "vc-chime.h"
#include "vc-plan-dialog.h"
#include "vc-presentation.h"
#include "vc-projector.h"
#include "vc-steps-panel.h"
#include "vc-summary-view.h"
#include "vc-window.h"
#include "ui-test.h"

static const char *run_name = "xvfb";

static void
screenshot (GtkWidget  *widget,
            const char *format,
            const char *what)
{
  g_autofree char *name = g_strdup_printf ("formats-%s-%s-%s", run_name, format, what);

  vc_test_settle (250);
  vc_test_save_screenshot (widget, name);
}

/* Plans a meeting in the dialog, its first step @seconds long and the
 * others ten minutes, and starts it with the dialog's own button. */
static VcFormatRun *
plan_meeting (VcWindow   *window,
              const char *format_id,
              guint       people,
              gint64      seconds,
              const char *name)
{
  VcPlanDialog *dialog;
  VcFormatRun *run;
  GtkWidget *start;
  GtkWidget *spin;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-meeting", NULL));
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (TRUE)));
  dialog = vc_test_find_plan_dialog ();
  g_assert_true (vc_plan_dialog_select_format (dialog, format_id));
  run = g_object_ref (vc_plan_dialog_get_run (dialog));
  g_assert_cmpstr (vc_format_get_id (vc_format_run_get_format (run)), ==, format_id);
  /* How many are there, typed as the facilitator would: the first field. */
  spin = vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), people);
  g_assert_cmpuint (vc_format_run_get_people (run), ==, people);
  screenshot (GTK_WIDGET (dialog), name, "plan");
  for (guint i = 0; i < vc_format_get_n_steps (vc_format_run_get_format (run)); i++)
    vc_format_run_set_planned (run, i, i == 0 ? seconds : 600);

  start = vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, vc_test_has_button_label, (gpointer)_("_Start Meeting"));
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (FALSE)));
  return run;
}

typedef struct
{
  guint before;
  guint n;
} ChimeWait;

/* Whether a library whose file name starts with @prefix is loaded. */
static gboolean
library_is_loaded (const char *prefix)
{
  g_autofree char *maps = NULL;
  g_autofree char *needle = g_strconcat ("/", prefix, NULL);

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, needle) != NULL;
}

static gboolean
chimed (gpointer data)
{
  ChimeWait *wait = data;

  return vc_chime_get_count () >= wait->before + wait->n;
}

/* The room's screen says what the step asks, with its countdown, and
 * whose turn it is where turns matter. */
static void
check_room (VcProjector *projector,
            VcFormatRun *run)
{
  const VcFormatStep *step = vc_format_run_get_step (run);
  g_autofree char *text = vc_projector_get_step_text (projector);
  g_autofree char *turn = vc_format_run_dup_turn_text (run);

  g_test_message ("room: %s", text);
  if (step->shows & VC_FORMAT_SHOW_INSTRUCTION)
    g_assert_nonnull (strstr (text, step->instruction));
  if ((step->shows & VC_FORMAT_SHOW_TURN) && turn != NULL)
    g_assert_nonnull (strstr (text, turn));
  if (!(step->shows & VC_FORMAT_SHOW_CARD))
    {
      /* The heading, and the countdown large: minutes and seconds. */
      g_assert_nonnull (strstr (text, step->title));
      if (step->shows & VC_FORMAT_SHOW_TIMER)
        g_assert_true (g_regex_match_simple ("^\\+?[0-9]+:[0-9][0-9]$", text, G_REGEX_MULTILINE, 0));
    }
}

static gboolean
presentation_active (gpointer data)
{
  return vc_presentation_is_active (data);
}

/* The fishbowl, on the projector: four to the chairs, then the next four. */
static void
test_fishbowl (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  g_autoptr(VcFormatRun) run = plan_meeting (window, "fishbowl", 12, 3, "fishbowl");
  VcPlayerView *player;
  VcStepsPanel *panel;
  VcPresentation *presentation;
  VcProjector *projector;
  VcSession *session;
  VcSummaryView *summary;
  ChimeWait wait = { vc_chime_get_count (), 1 };
  guint n_steps = vc_format_get_n_steps (vc_format_run_get_format (run));
  gboolean saw_chairs = FALSE;
  const char *text;

  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  panel = vc_player_view_get_steps_panel (player);
  g_assert_nonnull (panel);
  g_assert_true (vc_player_view_get_run (player) == run);
  g_assert_true (vc_format_run_is_running (run));
  g_assert_cmpstr (vc_session_get_format_id (session), ==, "fishbowl");
  g_assert_cmpuint (vc_session_get_plan_people (session), ==, 12);

  /* The room sees the step; the facilitator's window has the panel. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  g_assert_true (vc_test_wait_until (presentation_active, vc_window_get_presentation (window)));
  presentation = vc_window_get_presentation (window);
  projector = vc_presentation_get_projector (presentation);

  for (guint i = 0; i < n_steps; i++)
    {
      const VcFormatStep *step = vc_format_run_get_step (run);
      guint n_turns = vc_format_run_get_n_turns (run, i);

      g_assert_nonnull (step);
      g_assert_cmpuint (vc_format_run_get_current_step (run), ==, i);
      for (guint t = 0; t < n_turns; t++)
        {
          g_autofree char *what = g_strdup_printf ("step%u-turn%u", i + 1, t + 1);

          g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, t);
          vc_test_settle (100);
          check_room (projector, run);
          if (step->turns == VC_FORMAT_TURNS_SEATS)
            {
              saw_chairs = TRUE;
              g_assert_cmpuint (n_turns, ==, 3);     /* 12 people, 4 chairs */
            }
          if (t < 2)
            {
              g_autofree char *facilitator = g_strconcat ("facilitator-", what, NULL);

              screenshot (GTK_WIDGET (projector), "fishbowl", what);
              screenshot (GTK_WIDGET (window), "fishbowl", facilitator);
            }
          /* The first turn is left to run out: it chimes, once, and the
           * meeting waits for the facilitator. */
          if (i == 0 && t == 0)
            {
#ifdef HAVE_GSOUND
              /* The sound library waits for the first chime. */
              g_assert_false (library_is_loaded ("libgsound.so"));
#endif
              g_assert_true (vc_test_wait_until (chimed, &wait));
#ifdef HAVE_GSOUND
              g_assert_true (library_is_loaded ("libgsound.so"));
#endif
              vc_test_settle (1200);
              g_assert_cmpuint (vc_chime_get_count (), ==, wait.before + 1);
              g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 0);
              g_assert_cmpint (vc_format_run_get_remaining (run), <, 0);
              /* A minute more, from the room's window, by key. */
              g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "steps.add-minute", NULL));
              g_assert_cmpint (vc_format_run_get_remaining (run), >, 50);
            }
          /* Ctrl+Return moves on, from whichever window has the keys. */
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL));
        }
    }
  g_assert_true (saw_chairs);
  g_assert_true (vc_format_run_is_finished (run));

  /* The summary has every step, planned against actual. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  g_assert_false (vc_format_run_is_running (run));
  summary = vc_window_get_summary (window);
  text = vc_summary_view_get_text (summary);
  g_test_message ("%s", text);
  for (guint i = 0; i < n_steps; i++)
    {
      const VcStepRecord *record = g_ptr_array_index (vc_session_get_steps (session), i);

      g_assert_nonnull (strstr (text, record->title));
      g_assert_cmpint (record->planned, ==, i == 0 ? 3 : 600);
    }
  g_assert_cmpint (((VcStepRecord *)g_ptr_array_index (vc_session_get_steps (session), 0))->actual, >=, 3);
  screenshot (GTK_WIDGET (window), "fishbowl", "summary");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* The five-step guide at one laptop, no projector: the same steps in the
 * main window; a step skipped; the chime turned off. */
static void
test_five_step_guide (void)
{
  VcWindow *window = vc_test_open_deck ("value-conflicts.vcdeck", 1366, 768);
  g_autoptr(VcFormatRun) run = plan_meeting (window, "five-step-guide", 5, 2, "guide");
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  VcProjector *projector;
  VcPlayerView *player;
  VcSession *session;
  VcSummaryView *summary;
  GPtrArray *records;
  guint before;
  const char *text;

  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  g_assert_true (vc_player_view_get_run (player) == run);
  screenshot (GTK_WIDGET (window), "guide", "step1");

  /* With the chime off, the time still runs out, in silence. */
  g_settings_set_boolean (settings, "step-chime", FALSE);
  before = vc_chime_get_count ();
  vc_test_settle (2600);
  g_assert_cmpint (vc_format_run_get_remaining (run), <=, 0);
  g_assert_cmpuint (vc_chime_get_count (), ==, before);
  g_settings_reset (settings, "step-chime");

  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  screenshot (GTK_WIDGET (window), "guide", "step2");
  /* Think alone is skipped; the round goes person by person. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-skip", NULL);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 2);
  g_assert_cmpuint (vc_format_run_get_n_turns (run, 2), ==, 5);
  screenshot (GTK_WIDGET (window), "guide", "step3");

  /* A projector brought in half-way shows the room the step it is at,
   * and the rest of the steps, a turn at a time. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  g_assert_true (vc_test_wait_until (presentation_active, vc_window_get_presentation (window)));
  projector = vc_presentation_get_projector (vc_window_get_presentation (window));
  while (!vc_format_run_is_finished (run))
    {
      g_autofree char *what = g_strdup_printf ("step%u-turn%u", vc_format_run_get_current_step (run) + 1,
                                               vc_format_run_get_current_turn (run) + 1);
      g_autofree char *facilitator = g_strconcat ("facilitator-", what, NULL);

      vc_test_settle (100);
      check_room (projector, run);
      if (vc_format_run_get_current_turn (run) < 2)
        {
          screenshot (GTK_WIDGET (projector), "guide", what);
          screenshot (GTK_WIDGET (window), "guide", facilitator);
        }
      gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
  screenshot (GTK_WIDGET (window), "guide", "done");

  /* Back to the round, then the meeting ends there: its clock stops, so
   * the summary's times stay as they were when it ended. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-previous", NULL);
  g_assert_true (vc_format_run_is_running (run));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  g_assert_false (vc_format_run_is_running (run));
  {
    gint64 actual = vc_format_run_get_actual (run, 4);

    vc_test_settle (1300);
    g_assert_cmpint (vc_format_run_get_actual (run, 4), ==, actual);
  }
  records = vc_session_get_steps (session);
  g_assert_cmpuint (records->len, ==, 5);
  g_assert_true (((VcStepRecord *)g_ptr_array_index (records, 1))->skipped);
  g_assert_cmpint (((VcStepRecord *)g_ptr_array_index (records, 0))->actual, >=, 2);
  summary = vc_window_get_summary (window);
  text = vc_summary_view_get_text (summary);
  g_assert_nonnull (strstr (text, ((VcStepRecord *)g_ptr_array_index (records, 0))->title));
  screenshot (GTK_WIDGET (window), "guide", "summary");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static gboolean
is_visible_text_view (GtkWidget *widget,
                      gpointer   data)
{
  return gtk_widget_is_drawable (widget);
}

static gboolean
is_drop_down (GtkWidget *widget,
              gpointer   data)
{
  return gtk_widget_is_drawable (widget) &&
         G_TYPE_CHECK_INSTANCE_TYPE (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)), GTK_TYPE_STRING_LIST);
}

/* Small groups, then everyone: each group's scribe's notes, typed on the
 * facilitator's laptop, come together in the summary. */
static void
test_small_groups (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  g_autoptr(VcFormatRun) run = plan_meeting (window, "small-groups", 12, 600, "groups");
  static const char * const notes[] = {
    "Group one: ask the colleague first, then the manager.",
    "Group two: the relatives need to hear it from us.",
    "Group three: write it in the care plan.",
  };
  VcPlayerView *player;
  VcStepsPanel *panel;
  VcSession *session;
  GtkWidget *view = NULL;
  GtkWidget *groups;
  const char *text;

  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  panel = vc_player_view_get_steps_panel (player);
  g_assert_cmpuint (vc_format_run_get_groups (run), ==, 3);

  /* On to the step where the groups work each on a card of its own. */
  while (!vc_format_run_get_step (run)->group_work)
    gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  vc_test_settle (200);
  view = vc_test_find (GTK_WIDGET (panel), GTK_TYPE_TEXT_VIEW, is_visible_text_view, NULL);
  g_assert_nonnull (view);
  groups = vc_test_find (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, is_drop_down, NULL);
  g_assert_nonnull (groups);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (groups))), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (groups), i);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), notes[i], -1);
      g_assert_cmpstr (vc_session_get_group_notes (session, i), ==, notes[i]);
    }
  screenshot (GTK_WIDGET (window), "groups", "group-notes");

  /* Each group reports in turn. */
  while (vc_format_run_get_step (run)->turns != VC_FORMAT_TURNS_GROUP)
    gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  {
    g_autofree char *turn = vc_format_run_dup_turn_text (run);

    g_assert_nonnull (strstr (turn, "1"));
  }
  screenshot (GTK_WIDGET (window), "groups", "reports");
  while (!vc_format_run_is_finished (run))
    gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  text = vc_summary_view_get_text (vc_window_get_summary (window));
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    g_assert_nonnull (strstr (text, notes[i]));
  screenshot (GTK_WIDGET (window), "groups", "summary");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* The values game as played: the steps beside the board, and the room's
 * screen showing the step or the board with the step under it. */
static void
test_values_game (void)
{
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  g_autoptr(VcFormatRun) run = plan_meeting (window, "values-game", 8, 600, "values");
  VcBoard *board;
  VcPresentation *presentation;
  VcProjector *projector;
  guint n_steps = vc_format_get_n_steps (vc_format_run_get_format (run));

  vc_test_show_page (window, "board");
  board = vc_window_get_board (window);
  g_assert_true (vc_board_get_run (board) == run);
  g_assert_nonnull (vc_board_get_steps_panel (board));
  screenshot (GTK_WIDGET (window), "values", "board");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  g_assert_true (vc_test_wait_until (presentation_active, vc_window_get_presentation (window)));
  presentation = vc_window_get_presentation (window);
  projector = vc_presentation_get_projector (presentation);
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *what = g_strdup_printf ("step%u", i + 1);

      g_assert_cmpuint (vc_format_run_get_current_step (run), ==, i);
      vc_test_settle (100);
      check_room (projector, run);
      screenshot (GTK_WIDGET (projector), "values", what);
      /* The board's own keys move the steps on too. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.step-next", NULL));
      while (vc_format_run_get_current_step (run) == i)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.step-next", NULL));
    }
  g_assert_true (vc_format_run_is_finished (run));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  if (g_getenv ("VC_TEST_RUN_NAME") != NULL)
    run_name = g_getenv ("VC_TEST_RUN_NAME");

  g_test_add_func ("/formats/fishbowl", test_fishbowl);
  g_test_add_func ("/formats/five-step-guide", test_five_step_guide);
  g_test_add_func ("/formats/small-groups", test_small_groups);
  g_test_add_func ("/formats/values-game", test_values_game);

  return g_test_run ();
}
