/* test-format.c
 *
 * Meeting formats: the built-in ones, a corpus of broken ones, the rules
 * for how long steps take, the clock that runs them (on a clock the test
 * moves by hand), and what a session keeps of them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>

#include "vc-deck-error.h"
#include "vc-export.h"
#include "vc-deck-loader.h"
#include "vc-format.h"
#include "vc-format-run.h"
#include "vc-session.h"

#define SECOND G_USEC_PER_SEC
#define MINUTE (60 * SECOND)

static const char * const builtin_ids[] = {
  "fishbowl", "five-step-guide", "one-two-four-all", "small-groups", "values-game", NULL
};

typedef struct
{
  gint64 now;
} FakeClock;

static gint64
fake_clock (gpointer user_data)
{
  return ((FakeClock *)user_data)->now;
}

static VcFormat *
load_format (const char *data)
{
  g_autoptr(GError) error = NULL;
  VcFormat *format = vc_format_new_from_data (data, strlen (data), NULL, &error);

  g_assert_no_error (error);
  return format;
}

static VcFormat *
load_builtin (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("VALUE_CARDS_FORMATS_DIR"), name, NULL);
  g_autoptr(GError) error = NULL;
  VcFormat *format = vc_format_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return format;
}

/* The built-in formats */

static void
test_builtin (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) formats = vc_format_load_all (&problems);
  /* Planned length with the people and groups each is made for, in
   * minutes: what the seeds describe. */
  static const struct { const char *id; int min, max; } lengths[] = {
    { "five-step-guide", 40, 65 },
    { "small-groups", 45, 75 },
    { "fishbowl", 40, 65 },
    { "values-game", 40, 65 },
    { "one-two-four-all", 10, 20 },
  };

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (formats->len, ==, g_strv_length ((char **)builtin_ids));
  for (guint i = 0; i < formats->len; i++)
    {
      VcFormat *format = g_ptr_array_index (formats, i);
      guint people, groups;
      gint64 seconds;

      g_assert_cmpstr (vc_format_get_id (format), ==, builtin_ids[i]);
      vc_format_get_people_range (format, NULL, &people, NULL);
      vc_format_get_groups_range (format, NULL, &groups, NULL);
      seconds = vc_format_plan_seconds (format, people, groups);
      for (guint j = 0; j < G_N_ELEMENTS (lengths); j++)
        if (g_str_equal (lengths[j].id, vc_format_get_id (format)))
          {
            g_test_message ("%s: %u steps, %" G_GINT64_FORMAT " min with %u people in %u groups",
                            lengths[j].id, vc_format_get_n_steps (format), seconds / 60, people, groups);
            g_assert_cmpint (seconds, >=, lengths[j].min * 60);
            g_assert_cmpint (seconds, <=, lengths[j].max * 60);
          }
      for (guint j = 0; j < vc_format_get_n_steps (format); j++)
        {
          const VcFormatStep *step = vc_format_get_step (format, j);

          g_assert_nonnull (step->note);
          g_assert_cmpuint (step->shows, !=, 0);
          if (step->turns != VC_FORMAT_TURNS_NONE)
            g_assert_true (step->shows & VC_FORMAT_SHOW_TURN);
        }
    }
}

/* Steps the seeds describe are where a facilitator expects them. */
static void
test_builtin_shapes (void)
{
  g_autoptr(VcFormat) guide = load_builtin ("five-step-guide");
  g_autoptr(VcFormat) groups = load_builtin ("small-groups");
  g_autoptr(VcFormat) fishbowl = load_builtin ("fishbowl");
  g_autoptr(VcFormat) values = load_builtin ("values-game");
  gboolean group_work = FALSE, reports = FALSE, chairs = FALSE;

  g_assert_cmpuint (vc_format_get_n_steps (guide), ==, 5);
  g_assert_cmpint (vc_format_get_step (guide, 2)->turns, ==, VC_FORMAT_TURNS_PERSON);
  g_assert_false (vc_format_suits_kind (guide, VC_DECK_KIND_VALUES_GAME));
  g_assert_true (vc_format_suits_kind (guide, VC_DECK_KIND_DILEMMAS));

  g_assert_true (vc_format_has_groups (groups));
  for (guint i = 0; i < vc_format_get_n_steps (groups); i++)
    {
      group_work |= vc_format_get_step (groups, i)->group_work;
      reports |= vc_format_get_step (groups, i)->turns == VC_FORMAT_TURNS_GROUP;
    }
  g_assert_true (group_work);
  g_assert_true (reports);

  for (guint i = 0; i < vc_format_get_n_steps (fishbowl); i++)
    if (vc_format_get_step (fishbowl, i)->turns == VC_FORMAT_TURNS_SEATS)
      {
        chairs = TRUE;
        g_assert_cmpuint (vc_format_get_step (fishbowl, i)->seats, ==, 4);
        g_assert_cmpuint (vc_format_step_count_turns (vc_format_get_step (fishbowl, i), 12, 1), ==, 3);
        g_assert_cmpuint (vc_format_step_count_turns (vc_format_get_step (fishbowl, i), 13, 1), ==, 4);
      }
  g_assert_true (chairs);

  g_assert_true (vc_format_suits_kind (values, VC_DECK_KIND_VALUES_GAME));
  g_assert_false (vc_format_suits_kind (values, VC_DECK_KIND_DILEMMAS));
}

/* Every text is translated into Swedish. */
static void
test_builtin_swedish (void)
{
  const char *localedir = g_getenv ("VALUE_CARDS_LOCALEDIR");
  g_autofree char *mo = g_build_filename (localedir, "sv", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *old = g_strdup (g_getenv ("LANGUAGE"));
  guint n_texts = 0;

  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Swedish catalog is not built");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "sv", TRUE);

  for (guint i = 0; builtin_ids[i] != NULL; i++)
    {
      g_autoptr(VcFormat) english = load_builtin (builtin_ids[i]);
      g_autofree char *name = g_strconcat (builtin_ids[i], ".json", NULL);
      g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("VALUE_CARDS_FORMATS_DIR"), name, NULL);
      g_autoptr(VcFormat) swedish = vc_format_new_from_file (file, GETTEXT_PACKAGE, NULL);
      g_auto(GStrv) en = vc_format_collect_strings (english);
      g_auto(GStrv) sv = vc_format_collect_strings (swedish);

      g_assert_cmpuint (g_strv_length (en), ==, g_strv_length (sv));
      for (guint j = 0; en[j] != NULL; j++, n_texts++)
        if (g_str_equal (en[j], sv[j]))
          g_error ("“%s” in %s is not translated into Swedish", en[j], builtin_ids[i]);
    }
  g_test_message ("%u texts translated", n_texts);
  g_setenv ("LANGUAGE", old ? old : "en", TRUE);
}

/* Broken formats */

static void
test_broken_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "formats-broken", NULL);
  g_autofree char *list_path = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (list_path, &list, NULL, NULL));
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcFormat) format = NULL;
      g_autofree char *where = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      file = g_file_new_build_filename (dir, fields[0], NULL);
      format = vc_format_new_from_file (file, NULL, &error);
      g_test_message ("%s: %s", fields[0], error ? error->message : "(read)");
      g_assert_null (format);
      g_assert_error (error, VC_DECK_ERROR, error->code);
      g_assert_cmpstr (vc_deck_error_get_nick (error->code), ==, fields[1]);
      /* The file is named, and so is the place in it. */
      g_assert_nonnull (strstr (error->message, fields[0]));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (!g_str_equal (fields[2], "-"))
        {
          where = g_strdup_printf ("“%s”", fields[2]);
          g_assert_nonnull (strstr (error->message, where));
        }
      n++;
    }
  g_test_message ("%u broken formats refused", n);
  g_assert_cmpuint (n, >=, 40);
}

/* A percent sign in a turn's text is only text, never a format. */
static void
test_turn_text (void)
{
  g_autoptr(VcFormat) format = load_format (
    "{\"format-version\": 1, \"id\": \"t\", \"title\": \"T\", \"description\": \"D\","
    " \"source-language\": \"en\", \"groups\": {\"default\": 3},"
    " \"steps\": [{\"id\": \"a\", \"title\": \"A\", \"instruction\": \"I\","
    "  \"duration\": {\"minutes\": 1, \"per\": \"person\"}, \"turns\": \"person\","
    "  \"turn-text\": \"100 %s%n: {name} ({n}/{count})\"},"
    " {\"id\": \"b\", \"title\": \"B\", \"instruction\": \"I\","
    "  \"duration\": {\"minutes\": 4, \"per\": \"group\"}, \"turns\": \"group\"}]}");
  g_autofree char *named = vc_format_step_dup_turn_text (vc_format_get_step (format, 0), 1, 5, "Ann {n}");
  g_autofree char *unnamed = vc_format_step_dup_turn_text (vc_format_get_step (format, 0), 1, 5, NULL);
  g_autofree char *group = vc_format_step_dup_turn_text (vc_format_get_step (format, 1), 2, 3, NULL);

  g_assert_cmpstr (named, ==, "100 %s%n: Ann {n} (2/5)");
  g_assert_cmpstr (unnamed, ==, "100 %s%n: 2 (2/5)");
  g_assert_cmpstr (group, ==, "Group 3 of 3");
}

/* Durations */

static const char *rules_json =
  "{\"format-version\": 1, \"id\": \"rules\", \"title\": \"Rules\", \"description\": \"D\","
  " \"source-language\": \"en\", \"people\": {\"default\": 10}, \"groups\": {\"default\": 3},"
  " \"steps\": ["
  "  {\"id\": \"fixed\", \"title\": \"Fixed\", \"instruction\": \"I\", \"duration\": {\"minutes\": 5}},"
  "  {\"id\": \"person\", \"title\": \"Person\", \"instruction\": \"I\", \"duration\": {\"minutes\": 1.5, \"per\": \"person\"}, \"turns\": \"person\"},"
  "  {\"id\": \"group\", \"title\": \"Group\", \"instruction\": \"I\", \"duration\": {\"minutes\": 3, \"per\": \"group\"}, \"turns\": \"group\"},"
  "  {\"id\": \"chairs\", \"title\": \"Chairs\", \"instruction\": \"I\", \"duration\": {\"minutes\": 5, \"per\": \"turn\"}, \"turns\": \"seats\", \"seats\": 4},"
  "  {\"id\": \"split\", \"title\": \"Split\", \"instruction\": \"I\", \"duration\": {\"minutes\": 10}, \"turns\": \"group\"}"
  " ]}";

static void
test_durations (void)
{
  g_autoptr(VcFormat) format = load_format (rules_json);
  g_autoptr(VcFormatRun) run = vc_format_run_new (format, 10, 3);

  g_assert_cmpint (vc_format_run_get_planned (run, 0), ==, 300);
  g_assert_cmpint (vc_format_run_get_planned (run, 1), ==, 90 * 10);
  g_assert_cmpint (vc_format_run_get_planned (run, 2), ==, 180 * 3);
  g_assert_cmpint (vc_format_run_get_planned (run, 3), ==, 300 * 3);   /* 10 people, 4 chairs: 3 rounds */
  g_assert_cmpint (vc_format_run_get_planned (run, 4), ==, 600);
  g_assert_cmpint (vc_format_run_get_planned_total (run), ==, 300 + 900 + 540 + 900 + 600);
  g_assert_cmpint (vc_format_run_get_planned_total (run), ==, vc_format_plan_seconds (format, 10, 3));

  /* More people: the rules follow, a step set by hand does not. */
  vc_format_run_set_planned (run, 0, 420);
  g_assert_true (vc_format_run_is_planned_changed (run, 0));
  vc_format_run_set_people (run, 13);
  g_assert_cmpint (vc_format_run_get_planned (run, 0), ==, 420);
  g_assert_cmpint (vc_format_run_get_planned (run, 1), ==, 90 * 13);
  g_assert_cmpint (vc_format_run_get_planned (run, 3), ==, 300 * 4);
  vc_format_run_set_groups (run, 4);
  g_assert_cmpint (vc_format_run_get_planned (run, 2), ==, 180 * 4);
  g_assert_cmpuint (vc_format_run_get_n_turns (run, 4), ==, 4);

  /* Setting a step back to its rule's length undoes the change. */
  vc_format_run_set_planned (run, 0, 300);
  g_assert_false (vc_format_run_is_planned_changed (run, 0));

  /* Lengths as a facilitator reads them. */
  {
    g_autofree char *a = vc_format_dup_minutes_label (45 * 60);
    g_autofree char *b = vc_format_dup_minutes_label (65 * 60);
    g_autofree char *c = vc_format_dup_minutes_label (3600);
    g_autofree char *d = vc_format_dup_minutes_label (20);

    g_assert_cmpstr (a, ==, "45 min");
    g_assert_cmpstr (b, ==, "1 h 5 min");
    g_assert_cmpstr (c, ==, "1 h");
    g_assert_cmpstr (d, ==, "20 s");
  }
}

static void
count_time_up (VcFormatRun *run,
               gboolean     step_ended,
               guint       *counts)
{
  counts[step_ended ? 1 : 0]++;
}

static void
test_run_clock (void)
{
  g_autoptr(VcFormat) format = load_format (rules_json);
  g_autoptr(VcFormatRun) run = vc_format_run_new (format, 10, 3);
  FakeClock clock = { 1000 * SECOND };
  guint time_up[2] = { 0, 0 };
  g_autofree char *text = NULL;

  vc_format_run_set_clock (run, fake_clock, &clock);
  g_signal_connect (run, "time-up", G_CALLBACK (count_time_up), time_up);

  /* Nothing counts before the start. */
  clock.now += 10 * MINUTE;
  g_assert_false (vc_format_run_is_started (run));
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 300);
  g_assert_false (vc_format_run_tick (run));

  vc_format_run_start (run);
  clock.now += 4 * MINUTE + 59 * SECOND;
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 1);
  g_assert_cmpint (vc_format_run_get_state (run), ==, VC_TIMER_STATE_LOW);
  g_assert_false (vc_format_run_tick (run));
  clock.now += 1 * SECOND;
  g_assert_true (vc_format_run_tick (run));
  g_assert_cmpuint (time_up[1], ==, 1);
  /* Once only, and nothing moves on by itself. */
  clock.now += 30 * SECOND;
  g_assert_false (vc_format_run_tick (run));
  g_assert_cmpuint (time_up[1], ==, 1);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 0);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, -30);
  g_assert_cmpint (vc_format_run_get_state (run), ==, VC_TIMER_STATE_OVERTIME);
  text = vc_format_run_format_remaining (run);
  g_assert_cmpstr (text, ==, "+00:30");

  /* A minute more: the countdown goes on, and chimes again. */
  vc_format_run_add_minute (run);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 30);
  clock.now += 30 * SECOND;
  g_assert_true (vc_format_run_tick (run));
  g_assert_cmpuint (time_up[1], ==, 2);

  /* Next: the round, a turn each, 90 s a person. */
  vc_format_run_next (run);
  g_assert_cmpint (vc_format_run_get_actual (run, 0), ==, 360);
  g_assert_cmpint (vc_format_run_get_planned (run, 0), ==, 300);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 1);
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 0);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 90);
  g_assert_cmpint (vc_format_run_get_step_remaining (run), ==, 900);
  g_clear_pointer (&text, g_free);
  text = vc_format_run_dup_turn_text (run);
  g_assert_cmpstr (text, ==, "Person 1 of 10");
  clock.now += 90 * SECOND;
  g_assert_true (vc_format_run_tick (run));
  g_assert_cmpuint (time_up[0], ==, 1);        /* a turn, not the step */
  vc_format_run_next (run);
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 1);

  /* Names, where known. */
  {
    const char *names[] = { "Ann", "Bo", NULL };

    vc_format_run_set_names (run, names);
    g_clear_pointer (&text, g_free);
    text = vc_format_run_dup_turn_text (run);
    g_assert_cmpstr (text, ==, "Bo’s turn");
    g_clear_pointer (&text, g_free);
    text = vc_format_run_dup_next_turn_text (run);
    g_assert_cmpstr (text, ==, "Person 3 of 10");
  }

  /* A pause stops the clock. */
  clock.now += 20 * SECOND;
  vc_format_run_pause (run);
  clock.now += 10 * MINUTE;
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 70);
  g_assert_cmpint (vc_format_run_get_actual (run, 1), ==, 110);
  vc_format_run_start (run);

  /* Moving on to the next step from the middle of the round. */
  vc_format_run_next_step (run);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 2);
  g_clear_pointer (&text, g_free);
  text = vc_format_run_dup_turn_text (run);
  g_assert_cmpstr (text, ==, "Group 1 of 3");

  /* Skipping a step. */
  clock.now += 5 * SECOND;
  vc_format_run_skip (run);
  g_assert_true (vc_format_run_is_skipped (run, 2));
  g_assert_cmpint (vc_format_run_get_actual (run, 2), ==, 5);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 3);

  /* Moving on by itself, when the facilitator chose that. */
  vc_format_run_set_auto_advance (run, TRUE);
  clock.now += 5 * MINUTE;
  g_assert_true (vc_format_run_tick (run));
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 1);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 300);

  /* The split step: 10 minutes shared by 3 groups, the last taking the rest. */
  vc_format_run_next_step (run);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 200);
  vc_format_run_next (run);
  vc_format_run_next (run);
  g_assert_cmpint (vc_format_run_get_remaining (run), ==, 200);
  vc_format_run_next (run);
  g_assert_true (vc_format_run_is_finished (run));
  g_assert_false (vc_format_run_is_running (run));
  g_assert_null (vc_format_run_get_step (run));

  /* Back one step: the time spent there stays counted. */
  vc_format_run_previous_step (run);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 4);
  g_assert_true (vc_format_run_is_running (run));
}

static void
test_run_restore (void)
{
  g_autoptr(VcFormat) format = load_format (rules_json);
  g_autoptr(VcFormatRun) run = vc_format_run_new (format, 10, 3);
  const gint64 actual[] = { 310, 880, 0, 0, 0 };
  const gint64 planned[] = { 0, 0, 600, 0, 0 };
  const gboolean skipped[] = { FALSE, FALSE, TRUE, FALSE, FALSE };
  FakeClock clock = { 0 };

  vc_format_run_set_clock (run, fake_clock, &clock);
  vc_format_run_restore (run, 3, 9, actual, planned, skipped);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 3);
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 2);   /* 3 rounds of chairs */
  g_assert_false (vc_format_run_is_running (run));
  g_assert_cmpint (vc_format_run_get_actual (run, 1), ==, 880);
  g_assert_cmpint (vc_format_run_get_planned (run, 2), ==, 600);
  g_assert_true (vc_format_run_is_skipped (run, 2));
  vc_format_run_start (run);
  clock.now += 10 * SECOND;
  g_assert_cmpint (vc_format_run_get_actual (run, 3), ==, 10);
}

/* The session keeps the plan and what happened */

static void
test_session_plan (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "deck", "1", NULL);
  g_autoptr(VcSession) copy = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *steps;

  vc_session_set_plan (session, "small-groups", "Small Groups", 12, 3);
  vc_session_set_step (session, 0, "split", "Split Up", 300, 280, FALSE);
  vc_session_set_step (session, 2, "report", "Report", 900, 0, TRUE);
  vc_session_set_plan_position (session, 3, 1);
  vc_session_set_group_notes (session, 1, "Group two wrote this.\nAnd this.");
  vc_session_set_group_card (session, 1, "card-3");
  vc_session_set_group_card (session, 0, "card-1");

  node = vc_session_to_json (session);
  copy = vc_session_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vc_session_get_format_id (copy), ==, "small-groups");
  g_assert_cmpstr (vc_session_get_format_title (copy), ==, "Small Groups");
  g_assert_cmpuint (vc_session_get_plan_people (copy), ==, 12);
  g_assert_cmpuint (vc_session_get_plan_groups (copy), ==, 3);
  g_assert_cmpuint (vc_session_get_plan_step (copy), ==, 3);
  g_assert_cmpuint (vc_session_get_plan_turn (copy), ==, 1);
  steps = vc_session_get_steps (copy);
  g_assert_cmpuint (steps->len, ==, 3);
  g_assert_cmpint (((VcStepRecord *)g_ptr_array_index (steps, 0))->actual, ==, 280);
  g_assert_cmpstr (((VcStepRecord *)g_ptr_array_index (steps, 1))->id, ==, "");
  g_assert_true (((VcStepRecord *)g_ptr_array_index (steps, 2))->skipped);
  g_assert_cmpuint (vc_session_get_n_groups (copy), ==, 2);
  g_assert_cmpstr (vc_session_get_group_notes (copy, 1), ==, "Group two wrote this.\nAnd this.");
  g_assert_null (vc_session_get_group_notes (copy, 0));
  g_assert_cmpstr (vc_session_get_group_card (copy, 0), ==, "card-1");
  g_assert_null (vc_session_get_group_card (copy, 7));

  /* Emptied groups at the end are let go. */
  vc_session_set_group_notes (copy, 1, "");
  vc_session_set_group_card (copy, 1, NULL);
  g_assert_cmpuint (vc_session_get_n_groups (copy), ==, 1);

  /* A meeting without a format writes "plan": null and reads back so. */
  vc_session_set_plan (copy, NULL, NULL, 0, 0);
  g_clear_pointer (&node, json_node_unref);
  node = vc_session_to_json (copy);
  g_clear_object (&session);
  session = vc_session_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_null (vc_session_get_format_id (session));
}

static void
test_session_plan_corrupt (void)
{
  static const char * const plans[] = {
    "\"plan\": 3",
    "\"plan\": {}",
    "\"plan\": {\"format\": \"x\", \"people\": -1}",
    "\"plan\": {\"format\": \"x\", \"steps\": [{\"id\": 5}]}",
    "\"plan\": {\"format\": \"x\", \"steps\": [{\"id\": \"a\", \"actual\": \"long\"}]}",
    "\"plan\": {\"format\": \"x\", \"groups-notes\": [{\"notes\": 5}]}",
    "\"plan\": {\"format\": \"x\", \"groups-notes\": 7}",
  };
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "deck", "1", NULL);
  g_autoptr(JsonNode) node = vc_session_to_json (session);
  g_autofree char *text = json_to_string (node, FALSE);

  g_assert_nonnull (strstr (text, "\"plan\":null"));
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(GString) broken = g_string_new (text);
      g_autoptr(JsonNode) parsed = NULL;
      g_autoptr(VcSession) read = NULL;
      g_autoptr(GError) error = NULL;

      g_string_replace (broken, "\"plan\":null", plans[i], 1);
      parsed = json_from_string (broken->str, &error);
      g_assert_no_error (error);
      read = vc_session_new_from_json (parsed, &error);
      g_assert_null (read);
      g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "plan"));
    }
}

/* The summary shows each step planned against actual, and each group's
 * notes, on the screen, in the mail and in the PDF alike. */
static void
test_summary (void)
{
  g_autoptr(VcFormat) format = load_format (rules_json);
  g_autoptr(VcFormatRun) run = vc_format_run_new (format, 10, 3);
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "deck", "1", NULL);
  g_autofree char *markdown = NULL;
  FakeClock clock = { 0 };

  vc_format_run_set_clock (run, fake_clock, &clock);
  vc_format_run_start (run);
  clock.now += 6 * MINUTE + 10 * SECOND;
  vc_format_run_next (run);
  clock.now += 40 * SECOND;
  vc_format_run_skip (run);

  vc_session_set_plan (session, "rules", vc_format_get_title (format), 10, 3);
  for (guint i = 0; i < vc_format_get_n_steps (format); i++)
    vc_session_set_step (session, i, vc_format_get_step (format, i)->id, vc_format_get_step (format, i)->title,
                         vc_format_run_get_planned (run, i), vc_format_run_get_actual (run, i),
                         vc_format_run_is_skipped (run, i));
  vc_session_set_group_notes (session, 1, "We would ask the relative first.");
  vc_session_set_group_card (session, 2, "no-such-card");

  markdown = vc_export_markdown (session, NULL);
  g_test_message ("%s", markdown);
  g_assert_nonnull (strstr (markdown, "Steps: Rules"));
  g_assert_nonnull (strstr (markdown, "1. Fixed – planned 5 min, took 6 min"));
  g_assert_nonnull (strstr (markdown, "2. Person – planned 15 min, skipped after 1 min"));
  g_assert_nonnull (strstr (markdown, "3. Group – planned 9 min, not reached"));
  g_assert_nonnull (strstr (markdown, "Planned 54 min in all, took 7 min"));
  g_assert_nonnull (strstr (markdown, "Small Groups"));
  g_assert_nonnull (strstr (markdown, "Group 2"));
  g_assert_nonnull (strstr (markdown, "We would ask the relative first."));
  g_assert_nonnull (strstr (markdown, "Group 3 · no-such-card"));
  g_assert_null (strstr (markdown, "Group 1"));
}

/* A deck names the formats it suits; they come first. */
static void
test_sort_for_deck (void)
{
  g_autoptr(GPtrArray) formats = vc_format_load_all (NULL);
  g_autoptr(GFile) values_file = g_file_new_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "values-game.vcdeck", NULL);
  g_autoptr(GFile) dilemmas_file = g_file_new_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(VcDeck) values = vc_deck_load_file (values_file, VC_DECK_LOAD_TRUSTED, NULL, NULL);
  g_autoptr(VcDeck) dilemmas = vc_deck_load_file (dilemmas_file, VC_DECK_LOAD_TRUSTED, NULL, NULL);
  g_autoptr(GPtrArray) for_values = vc_format_sort_for_deck (formats, values);
  g_autoptr(GPtrArray) for_dilemmas = vc_format_sort_for_deck (formats, dilemmas);

  g_assert_nonnull (values);
  g_assert_nonnull (dilemmas);
  g_assert_cmpstr (vc_format_get_id (g_ptr_array_index (for_values, 0)), ==, "values-game");
  g_assert_nonnull (vc_deck_get_formats (dilemmas));
  g_assert_cmpstr (vc_format_get_id (g_ptr_array_index (for_dilemmas, 0)), ==,
                   vc_deck_get_formats (dilemmas)[0]);
  for (guint i = 0; i < for_dilemmas->len; i++)
    g_assert_cmpstr (vc_format_get_id (g_ptr_array_index (for_dilemmas, i)), !=, "values-game");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/builtin", test_builtin);
  g_test_add_func ("/format/builtin-shapes", test_builtin_shapes);
  g_test_add_func ("/format/builtin-swedish", test_builtin_swedish);
  g_test_add_func ("/format/broken-corpus", test_broken_corpus);
  g_test_add_func ("/format/turn-text", test_turn_text);
  g_test_add_func ("/format/durations", test_durations);
  g_test_add_func ("/format/run-clock", test_run_clock);
  g_test_add_func ("/format/run-restore", test_run_restore);
  g_test_add_func ("/format/session-plan", test_session_plan);
  g_test_add_func ("/format/session-plan-corrupt", test_session_plan_corrupt);
  g_test_add_func ("/format/summary", test_summary);
  g_test_add_func ("/format/sort-for-deck", test_sort_for_deck);

  return g_test_run ();
}
