/* test-steps-widgets.c
 *
 * Meeting formats on screen: the Plan Meeting dialog as a facilitator fills
 * it in before the meeting, and the steps panel as they run the meeting
 * with it, on a clock the test moves on: the countdown, time up, the
 * buttons, what the session keeps, and the small groups' notes.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ui-test.h"
#include "vc-deck-loader.h"
#include "vc-format-run.h"
#include "vc-plan-dialog.h"
#include "vc-session.h"
#include "vc-steps-panel.h"

#define DILEMMAS "workplace-dilemmas.vcdeck"

static gboolean
is_english (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "en");
}

static VcDeck *
load_deck (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* The built-in formats, in the order the dialog offers them for @deck. */
static GPtrArray *
load_formats (VcDeck *deck)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) all = vc_format_load_all (&problems);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("format problem: %s", (char *)problems->pdata[i]);
  if (all->len == 0)
    g_test_message ("no formats: the built-in ones are read from data/formats beside the decks");
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (all->len, >, 1);
  return vc_format_sort_for_deck (all, deck);
}

static VcFormat *
find_format (GPtrArray  *formats,
             const char *id)
{
  for (guint i = 0; i < formats->len; i++)
    if (g_str_equal (vc_format_get_id (formats->pdata[i]), id))
      return formats->pdata[i];
  g_assert_not_reached ();
  return NULL;
}

static gboolean
has_text (GtkWidget *widget,
          gpointer   text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  return vc_test_find (widget, GTK_TYPE_LABEL, has_text, (gpointer)text);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  GtkWidget *button = vc_test_find (widget, GTK_TYPE_BUTTON, vc_test_has_action, (gpointer)action);

  g_assert_nonnull (button);
  return button;
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  vc_test_save_screenshot (widget, name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  vc_test_save_screenshot (widget, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Whether @widget has a key, such as "Escape", for @action. */
/* The Plan Meeting dialog */

/* The spin buttons, as the dialog lays them out: people, groups, then one
 * per step. */
static GtkSpinButton *
spin_at (VcPlanDialog *dialog,
         guint         index)
{
  g_autoptr(GPtrArray) spins = vc_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL, NULL);

  g_assert_cmpuint (index, <, spins->len);
  return spins->pdata[index];
}

static char *
dup_planned_text (VcFormatRun *run)
{
  g_autofree char *total = vc_format_dup_minutes_label (vc_format_run_get_planned_total (run));

  return g_strdup_printf (_("Planned length: %s"), total);
}

static void
assert_planned_shown (VcPlanDialog *dialog)
{
  g_autofree char *text = dup_planned_text (vc_plan_dialog_get_run (dialog));

  g_test_message ("%s", text);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), text));
}

static void
on_start (VcPlanDialog *dialog,
          VcFormatRun  *run,
          gpointer      data)
{
  VcFormatRun **started = data;

  g_assert_null (*started);
  *started = g_object_ref (run);
}

static void
test_plan_dialog (void)
{
  g_autoptr(VcDeck) deck = load_deck (DILEMMAS);
  g_autoptr(GPtrArray) formats = load_formats (deck);
  GtkWidget *parent = gtk_window_new ();
  VcPlanDialog *dialog;
  VcFormatRun *run;
  VcFormatRun *started = NULL;
  VcFormat *small_groups = find_format (formats, "small-groups");
  GtkWidget *restore;
  gpointer weak;
  int min_width, min_height;
  guint group_talk, report, closing;

  gtk_window_set_default_size (GTK_WINDOW (parent), 1366, 768);
  gtk_window_present (GTK_WINDOW (parent));

  dialog = VC_PLAN_DIALOG (vc_plan_dialog_new (GTK_WINDOW (parent), deck, formats, 0));
  gtk_window_present (GTK_WINDOW (dialog));
  vc_test_settle (300);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (vc_test_has_shortcut (GTK_WIDGET (dialog), "Escape", "window.close"));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) ==
                 find_action_button (GTK_WIDGET (dialog), "plan.start"));

  /* The first format offered is chosen, for its usual number of people. */
  run = vc_plan_dialog_get_run (dialog);
  g_assert_nonnull (run);
  g_assert_true (vc_format_run_get_format (run) == formats->pdata[0]);
  {
    guint dflt;

    vc_format_get_people_range (formats->pdata[0], NULL, &dflt, NULL);
    g_assert_cmpuint (vc_format_run_get_people (run), ==, dflt);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin_at (dialog, 0)), ==, dflt);
  }
  assert_planned_shown (dialog);

  /* A format without groups has no Groups row. */
  g_assert_true (vc_plan_dialog_select_format (dialog, "five-step-guide"));
  run = vc_plan_dialog_get_run (dialog);
  g_assert_cmpstr (vc_format_get_id (vc_format_run_get_format (run)), ==, "five-step-guide");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (spin_at (dialog, 1))));
  assert_planned_shown (dialog);
  screenshot (GTK_WIDGET (dialog), "plan-dialog-five-steps");

  g_assert_false (vc_plan_dialog_select_format (dialog, "no-such-format"));

  /* Small groups: a Groups row, the format's people and groups. */
  g_assert_true (vc_plan_dialog_select_format (dialog, "small-groups"));
  run = vc_plan_dialog_get_run (dialog);
  g_assert_true (vc_format_run_get_format (run) == small_groups);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (spin_at (dialog, 1))));
  g_assert_cmpuint (vc_format_run_get_people (run), ==, 12);
  g_assert_cmpuint (vc_format_run_get_groups (run), ==, 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin_at (dialog, 1)), ==, 3);
  assert_planned_shown (dialog);
  group_talk = vc_format_find_step (small_groups, "group-talk");
  report = vc_format_find_step (small_groups, "report");
  closing = vc_format_find_step (small_groups, "closing-round");

  /* One row per step, showing its minutes and how they are counted. */
  for (guint i = 0; i < vc_format_get_n_steps (small_groups); i++)
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin_at (dialog, 2 + i)), ==,
                     (vc_format_run_get_planned (run, i) + 30) / 60);
  if (is_english ())
    {
      g_assert_nonnull (find_label (GTK_WIDGET (dialog), "1 min per person × 12"));
      g_assert_nonnull (find_label (GTK_WIDGET (dialog), "6 min per group × 3"));
    }

  restore = find_action_button (GTK_WIDGET (dialog), "plan.restore");
  g_assert_false (gtk_widget_get_sensitive (restore));
  screenshot (GTK_WIDGET (dialog), "plan-dialog-small-groups");

  /* More people: the steps counted per person grow. */
  gtk_spin_button_set_value (spin_at (dialog, 0), 20);
  g_assert_cmpuint (vc_format_run_get_people (run), ==, 20);
  g_assert_cmpint (vc_format_run_get_planned (run, closing), ==, 20 * 60);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin_at (dialog, 2 + closing)), ==, 20);
  assert_planned_shown (dialog);

  /* A step's minutes changed by hand stay when the people change again. */
  gtk_spin_button_set_value (spin_at (dialog, 2 + group_talk), 25);
  g_assert_cmpint (vc_format_run_get_planned (run, group_talk), ==, 25 * 60);
  g_assert_true (vc_format_run_is_planned_changed (run, group_talk));
  g_assert_true (gtk_widget_get_sensitive (restore));
  gtk_spin_button_set_value (spin_at (dialog, 0), 10);
  g_assert_cmpint (vc_format_run_get_planned (run, group_talk), ==, 25 * 60);
  g_assert_cmpint (vc_format_run_get_planned (run, closing), ==, 10 * 60);
  if (is_english ())
    g_assert_nonnull (find_label (GTK_WIDGET (dialog), "Changed from 15 min"));
  assert_planned_shown (dialog);

  /* Groups: the report-back step is counted per group. */
  gtk_spin_button_set_value (spin_at (dialog, 1), 4);
  g_assert_cmpuint (vc_format_run_get_groups (run), ==, 4);
  g_assert_cmpint (vc_format_run_get_planned (run, report), ==, 4 * 6 * 60);
  assert_planned_shown (dialog);
  screenshot (GTK_WIDGET (dialog), "plan-dialog-changed");
  /* Every step at once, on a taller screen. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 1000);
  vc_test_settle (300);
  vc_test_save_screenshot (GTK_WIDGET (dialog), "plan-dialog-all-steps");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 640);
  vc_test_settle (300);

  /* The dialog fits the smallest screen the app is made for. */
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 1366);
  g_assert_cmpint (min_height, <=, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 1366);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 768);

  /* Restoring the format's times. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.restore", NULL));
  g_assert_false (vc_format_run_is_planned_changed (run, group_talk));
  g_assert_cmpint (vc_format_run_get_planned (run, group_talk), ==, 15 * 60);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin_at (dialog, 2 + group_talk)), ==, 15);
  g_assert_false (gtk_widget_get_sensitive (restore));
  assert_planned_shown (dialog);

  /* Start: the run as planned goes to whoever asked, and the dialog closes. */
  g_signal_connect (dialog, "start", G_CALLBACK (on_start), &started);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.start", NULL));
  g_assert_true (started == run);
  g_assert_true (vc_test_wait_until (is_gone, &weak));
  g_assert_cmpuint (vc_format_run_get_people (started), ==, 10);
  g_assert_cmpuint (vc_format_run_get_groups (started), ==, 4);
  g_assert_false (vc_format_run_is_started (started));
  g_assert_finalize_object (started);

  /* People asked for beforehand; Escape's action cancels without starting. */
  dialog = VC_PLAN_DIALOG (vc_plan_dialog_new (GTK_WINDOW (parent), deck, formats, 7));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (vc_plan_dialog_select_format (dialog, "five-step-guide"));
  g_assert_cmpuint (vc_format_run_get_people (vc_plan_dialog_get_run (dialog)), ==, 7);
  g_assert_true (vc_plan_dialog_select_format (dialog, "small-groups"));
  g_assert_cmpuint (vc_format_run_get_people (vc_plan_dialog_get_run (dialog)), ==, 7);
  g_signal_connect (dialog, "start", G_CALLBACK (on_start), &started);
  started = NULL;
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (vc_test_wait_until (is_gone, &weak));
  g_assert_null (started);

  /* Minutes typed and Enter pressed: the meeting starts with them. */
  dialog = VC_PLAN_DIALOG (vc_plan_dialog_new (GTK_WINDOW (parent), deck, formats, 0));
  gtk_window_present (GTK_WINDOW (dialog));
  vc_test_settle (200);
  g_assert_true (vc_plan_dialog_select_format (dialog, "small-groups"));
  g_signal_connect (dialog, "start", G_CALLBACK (on_start), &started);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  {
    GtkSpinButton *spin = spin_at (dialog, 2 + group_talk);
    GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spin));

    gtk_widget_grab_focus (GTK_WIDGET (spin));
    gtk_editable_set_text (GTK_EDITABLE (spin), "20");
    g_signal_emit_by_name (text, "activate");
  }
  g_assert_true (vc_test_wait_until (is_gone, &weak));
  g_assert_nonnull (started);
  g_assert_cmpint (vc_format_run_get_planned (started, group_talk), ==, 20 * 60);
  g_assert_finalize_object (started);

  gtk_window_destroy (GTK_WINDOW (parent));
}

/* The steps panel */

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return *(gint64 *)data;
}

static void
advance (gint64 seconds)
{
  fake_now += seconds * G_USEC_PER_SEC;
}

typedef struct
{
  guint    count;
  gboolean step_ended;
} TimeUp;

static void
on_time_up (VcStepsPanel *panel,
            gboolean      step_ended,
            TimeUp       *time_up)
{
  time_up->count++;
  time_up->step_ended = step_ended;
}

static gboolean
timed_up (gpointer data)
{
  return ((TimeUp *)data)->count > 0;
}

static const VcStepRecord *
record_at (VcSession *session,
           guint      index)
{
  GPtrArray *steps = vc_session_get_steps (session);

  g_assert_cmpuint (index, <, steps->len);
  return steps->pdata[index];
}

static void
assert_records (VcSession   *session,
                VcFormatRun *run)
{
  VcFormat *format = vc_format_run_get_format (run);

  g_assert_cmpstr (vc_session_get_format_id (session), ==, vc_format_get_id (format));
  g_assert_cmpuint (vc_session_get_plan_people (session), ==, vc_format_run_get_people (run));
  g_assert_cmpuint (vc_session_get_plan_groups (session), ==, vc_format_run_get_groups (run));
  g_assert_cmpuint (vc_session_get_plan_step (session), ==, vc_format_run_get_current_step (run));
  g_assert_cmpuint (vc_session_get_plan_turn (session), ==, vc_format_run_get_current_turn (run));
  g_assert_cmpuint (vc_session_get_steps (session)->len, ==, vc_format_get_n_steps (format));
  for (guint i = 0; i < vc_format_get_n_steps (format); i++)
    {
      const VcStepRecord *record = record_at (session, i);

      g_assert_cmpstr (record->id, ==, vc_format_get_step (format, i)->id);
      g_assert_cmpint (record->planned, ==, vc_format_run_get_planned (run, i));
      g_assert_cmpint (record->actual, ==, vc_format_run_get_actual (run, i));
      g_assert_cmpint (record->skipped, ==, vc_format_run_is_skipped (run, i));
    }
}

static void
assert_countdown (GtkWidget   *panel,
                  const char  *text,
                  const char  *style_class)
{
  GtkWidget *label = find_label (panel, text);

  g_assert_nonnull (label);
  if (style_class != NULL)
    g_assert_true (gtk_widget_has_css_class (label, style_class));
  else
    g_assert_false (gtk_widget_has_css_class (label, "warning") || gtk_widget_has_css_class (label, "error"));
}

static void
assert_next_label (GtkWidget  *panel,
                   const char *mnemonic)
{
  GtkWidget *button = find_action_button (panel, "steps.next");

  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, _(mnemonic));
}

static void
type_notes (GtkTextView *view,
            const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

static char *
dup_view_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static gboolean
chooser_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          *(GtkWindow **)data = toplevel;
          return TRUE;
        }
    }
  return FALSE;
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-steps-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* Adds the notes in @path as the facilitator would: the button, then the
 * file in the chooser. */
static void
add_notes_file (GtkWidget  *panel,
                const char *path)
{
  GtkWindow *chooser = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (gtk_widget_activate_action (panel, "steps.add-notes-file", NULL));
  g_assert_true (vc_test_wait_until (chooser_shown, &chooser));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  vc_test_settle (300);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

typedef struct
{
  VcSession  *session;
  guint       group;
  const char *text;
} NotesWait;

static gboolean
notes_are (gpointer data)
{
  NotesWait *wait = data;

  return g_strcmp0 (vc_session_get_group_notes (wait->session, wait->group), wait->text) == 0;
}

static gboolean
toast_shown (gpointer data)
{
  return gtk_widget_get_last_child (GTK_WIDGET (data)) != adw_toast_overlay_get_child (data);
}

static gboolean
dialog_shown (gpointer data)
{
  return vc_test_find_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return vc_test_find_dialog () == NULL;
}

/* Closes the message shown, and waits for it to go. */
static void
close_refusal (void)
{
  GtkWindow *dialog;

  g_assert_true (vc_test_wait_until (dialog_shown, NULL));
  dialog = vc_test_find_dialog ();
  /* Answered as a click on its button does: a response, then closed. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_close (dialog);
  g_assert_true (vc_test_wait_until (dialog_gone, NULL));
}

static void
test_steps_panel (void)
{
  g_autoptr(VcDeck) deck = load_deck (DILEMMAS);
  g_autoptr(GPtrArray) formats = load_formats (deck);
  VcFormat *format = find_format (formats, "small-groups");
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, vc_deck_get_id (deck),
                                                 vc_deck_get_version (deck), NULL);
  g_autoptr(VcFormatRun) run = vc_format_run_new (format, 8, 2);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  GtkWidget *panel = vc_steps_panel_new ();
  GtkTextView *notes;
  GtkDropDown *groups_list, *cards_list;
  TimeUp time_up = { 0, FALSE };
  NotesWait wait;
  g_autofree char *good = NULL;
  g_autofree char *large = NULL;
  g_autofree char *binary = NULL;
  g_autofree char *huge = NULL;
  g_autofree char *expected = NULL;
  gint64 start_time;
  gpointer weak;
  guint group_talk = vc_format_find_step (format, "group-talk");
  guint report = vc_format_find_step (format, "report");

  fake_now = 1000 * G_USEC_PER_SEC;
  vc_format_run_set_clock (run, fake_clock, &fake_now);

  /* As wide as a side panel. */
  gtk_window_set_default_size (GTK_WINDOW (window), 380, 1000);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_top (panel, 18);
  gtk_widget_set_margin_bottom (panel, 18);
  gtk_widget_set_margin_start (panel, 12);
  gtk_widget_set_margin_end (panel, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), panel);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (panel, "time-up", G_CALLBACK (on_time_up), &time_up);

  /* Nothing to run: nothing to press. */
  g_assert_null (vc_steps_panel_get_run (VC_STEPS_PANEL (panel)));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.next")));

  vc_steps_panel_set_run (VC_STEPS_PANEL (panel), run, session, deck);
  g_assert_true (vc_steps_panel_get_run (VC_STEPS_PANEL (panel)) == run);
  g_assert_true (gtk_widget_get_sensitive (find_action_button (panel, "steps.next")));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.previous")));
  /* The plan is in the session at once. */
  assert_records (session, run);
  g_assert_cmpint (record_at (session, 0)->planned, ==, 5 * 60);

  {
    g_autofree char *position = g_strdup_printf (_("Step %u of %u"), 1, vc_format_get_n_steps (format));

    g_assert_nonnull (find_label (panel, position));
    g_assert_nonnull (find_label (panel, vc_format_get_step (format, 0)->title));
    g_assert_nonnull (find_label (panel, vc_format_get_step (format, 0)->note));
  }
  assert_countdown (panel, "05:00", NULL);
  assert_next_label (panel, "Next _Step");
  screenshot (window, "steps-panel-ready");

  /* Start, and let the time run out: the panel says so once. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.toggle", NULL));
  g_assert_true (vc_format_run_is_running (run));
  g_assert_true (gtk_widget_get_sensitive (find_action_button (panel, "steps.previous")));
  advance (4 * 60 + 30);
  start_time = g_get_monotonic_time ();
  vc_test_settle (1300);
  assert_countdown (panel, "00:30", "warning");
  advance (31);
  g_assert_true (vc_test_wait_until (timed_up, &time_up));
  g_test_message ("time up after %.1f s", (g_get_monotonic_time () - start_time) / 1e6);
  g_assert_cmpuint (time_up.count, ==, 1);
  g_assert_true (time_up.step_ended);
  assert_countdown (panel, "+00:01", "error");
  advance (1);
  vc_test_settle (2200);
  g_assert_cmpuint (time_up.count, ==, 1);
  assert_countdown (panel, "+00:02", "error");
  screenshot (window, "steps-panel-overtime");

  /* Pause: the clock stops, and so does the countdown. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.toggle", NULL));
  g_assert_false (vc_format_run_is_running (run));
  advance (10);
  vc_test_settle (1200);
  assert_countdown (panel, "+00:02", "error");
  g_assert_true (gtk_widget_activate_action (panel, "steps.toggle", NULL));

  /* Next: the time the first step took is kept. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.next", NULL));
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 1);
  g_assert_cmpint (record_at (session, 0)->actual, ==, 5 * 60 + 2);
  assert_records (session, run);
  assert_countdown (panel, "05:00", NULL);

  /* A minute more for this step. */
  advance (20);
  g_assert_true (gtk_widget_activate_action (panel, "steps.add-minute", NULL));
  assert_countdown (panel, "05:40", NULL);

  /* Skip: the step is kept as skipped, and the groups' work begins. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.skip", NULL));
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, group_talk);
  g_assert_true (vc_format_run_is_skipped (run, 1));
  g_assert_true (record_at (session, 1)->skipped);
  g_assert_cmpint (record_at (session, 1)->actual, ==, 20);
  assert_records (session, run);
  if (is_english ())
    {
      g_assert_nonnull (find_label (panel, "Skipped"));
      g_assert_nonnull (find_label (panel, "Planned 5 min · took 5 min"));
    }

  /* The groups' notes: typed, kept per group, never lost on switching. */
  notes = GTK_TEXT_VIEW (vc_test_find (panel, GTK_TYPE_TEXT_VIEW, NULL, NULL));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (notes)));
  {
    g_autoptr(GPtrArray) lists = vc_test_find_all (panel, GTK_TYPE_DROP_DOWN, NULL, NULL);

    g_assert_cmpuint (lists->len, ==, 2);
    groups_list = lists->pdata[0];
    cards_list = lists->pdata[1];
  }
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (groups_list)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (cards_list)), ==,
                    vc_deck_get_n_cards (deck) + 1);
  type_notes (notes, "Trust comes first.");
  g_assert_cmpstr (vc_session_get_group_notes (session, 0), ==, "Trust comes first.");
  gtk_drop_down_set_selected (cards_list, 2);
  {
    g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (deck), 1);

    g_assert_cmpstr (vc_session_get_group_card (session, 0), ==, vc_card_get_id (card));
  }
  gtk_drop_down_set_selected (groups_list, 1);
  {
    g_autofree char *text = dup_view_text (notes);

    g_assert_cmpstr (text, ==, "");
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (cards_list), ==, 0);
  type_notes (notes, "We asked the residents.");
  g_assert_cmpstr (vc_session_get_group_notes (session, 1), ==, "We asked the residents.");
  g_assert_cmpstr (vc_session_get_group_notes (session, 0), ==, "Trust comes first.");
  g_assert_null (vc_session_get_group_card (session, 1));
  gtk_drop_down_set_selected (groups_list, 0);
  {
    g_autofree char *text = dup_view_text (notes);

    g_assert_cmpstr (text, ==, "Trust comes first.");
  }
  g_assert_cmpuint (gtk_drop_down_get_selected (cards_list), ==, 2);
  screenshot (window, "steps-panel-group-notes");

  /* Notes from the scribe's text file go below, a blank line between. */
  good = write_temp ("notes.txt", "\xef\xbb\xbf" "From the scribe.\r\nSecond line.\r\n", -1);
  add_notes_file (panel, good);
  wait.session = session;
  wait.group = 0;
  wait.text = "Trust comes first.\n\nFrom the scribe.\nSecond line.\n";
  g_assert_true (vc_test_wait_until (notes_are, &wait));
  {
    g_autofree char *text = dup_view_text (notes);

    g_assert_cmpstr (text, ==, wait.text);
  }

  /* A file too large, or not text, is refused in a dialog, and nothing is
   * added. */
  huge = g_malloc (1024 * 1024 + 2);
  memset (huge, 'a', 1024 * 1024 + 1);
  huge[1024 * 1024 + 1] = '\0';
  large = write_temp ("large.txt", huge, -1);
  add_notes_file (panel, large);
  g_assert_true (vc_test_wait_until (dialog_shown, NULL));
  screenshot (GTK_WIDGET (vc_test_find_dialog ()), "steps-panel-refused");
  close_refusal ();
  g_assert_cmpstr (vc_session_get_group_notes (session, 0), ==, wait.text);

  binary = write_temp ("binary.txt", "caf\xe9\xff\0notes", 11);
  add_notes_file (panel, binary);
  g_assert_true (vc_test_wait_until (dialog_shown, NULL));
  close_refusal ();
  g_assert_cmpstr (vc_session_get_group_notes (session, 0), ==, wait.text);

  /* In a window with room for toasts, a toast says it instead. */
  g_object_ref (scroller);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (overlay));
  adw_toast_overlay_set_child (overlay, scroller);
  g_object_unref (scroller);
  vc_test_settle (200);
  add_notes_file (panel, binary);
  g_assert_true (vc_test_wait_until (toast_shown, overlay));
  g_assert_null (vc_test_find_dialog ());
  g_assert_cmpstr (vc_session_get_group_notes (session, 0), ==, wait.text);

  /* Turns: the report-back goes group by group. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.next", NULL));
  g_assert_true (gtk_widget_activate_action (panel, "steps.next", NULL));
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, report);
  g_assert_cmpuint (vc_format_run_get_n_turns (run, report), ==, 2);
  assert_next_label (panel, "Next _Turn");
  {
    g_autofree char *turn = vc_format_run_dup_turn_text (run);
    g_autofree char *next_turn = vc_format_run_dup_next_turn_text (run);
    g_autofree char *next = g_strdup_printf (_("Next: %s"), next_turn);

    g_assert_nonnull (find_label (panel, turn));
    g_assert_nonnull (find_label (panel, next));
  }
  assert_countdown (panel, "06:00", NULL);
  /* The groups' notes stay at hand once their work is done. */
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (notes)));
  screenshot (window, "steps-panel-turns");

  g_assert_true (gtk_widget_activate_action (panel, "steps.next", NULL));
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 1);
  assert_records (session, run);
  assert_next_label (panel, "Next _Step");

  /* Back a step, and on again. */
  g_assert_true (gtk_widget_activate_action (panel, "steps.previous", NULL));
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, report - 1);
  assert_records (session, run);

  /* Moving on by itself. */
  {
    GtkSwitch *auto_switch = GTK_SWITCH (vc_test_find (panel, GTK_TYPE_SWITCH, NULL, NULL));

    gtk_switch_set_active (auto_switch, TRUE);
    g_assert_true (vc_format_run_get_auto_advance (run));
    time_up.count = 0;
    advance (vc_format_run_get_remaining (run) + 1);
    g_assert_true (vc_test_wait_until (timed_up, &time_up));
    g_assert_cmpuint (vc_format_run_get_current_step (run), ==, report);
    gtk_switch_set_active (auto_switch, FALSE);
    g_assert_false (vc_format_run_get_auto_advance (run));
  }

  /* To the end. */
  while (!vc_format_run_is_finished (run))
    {
      advance (45);
      g_assert_true (gtk_widget_activate_action (panel, "steps.next", NULL));
    }
  g_assert_nonnull (find_label (panel, _("All Steps Done")));
  {
    g_autofree char *planned = vc_format_dup_minutes_label (vc_format_run_get_planned_total (run));
    g_autofree char *actual = vc_format_dup_minutes_label (vc_format_run_get_actual_total (run));

    expected = g_strdup_printf (_("Planned %s, took %s"), planned, actual);
    g_assert_nonnull (find_label (panel, expected));
  }
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.next")));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.skip")));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.add-minute")));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (panel, "steps.toggle")));
  vc_steps_panel_record (VC_STEPS_PANEL (panel));
  assert_records (session, run);
  g_assert_cmpuint (vc_session_get_plan_step (session), ==, vc_format_get_n_steps (format));
  screenshot (window, "steps-panel-done");

  /* Nothing keeps the panel alive once its window is gone. */
  weak = panel;
  g_object_add_weak_pointer (G_OBJECT (panel), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (is_gone, &weak));
  g_assert_cmpstr (vc_session_get_group_notes (session, 1), ==, "We asked the residents.");

  g_unlink (good);
  g_unlink (large);
  g_unlink (binary);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/steps-widgets/plan-dialog", test_plan_dialog);
  g_test_add_func ("/steps-widgets/steps-panel", test_steps_panel);

  return g_test_run ();
}
