/* test-player.c
 *
 * Plays decks through the window's actions, as a facilitator and as a
 * person reflecting alone would, and checks that what is typed reaches the
 * disk. Screenshots of each state go into the build folder.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vc-window.h"
#include "ui-test.h"




static VcWindow *
open_deck (const char *name)
{
  return vc_test_open_deck (name, 1280, 860);
}

static GFile *
session_file (VcWindow  *window,
              VcSession *session)
{
  GFile *dir = vc_session_store_get_dir (vc_window_get_sessions (window));
  g_autofree char *name = g_strdup_printf ("%s.json", vc_session_get_id (session));

  return g_file_get_child (dir, name);
}

typedef struct
{
  GFile      *file;
  const char *text;
} SavedCheck;

static gboolean
is_saved (gpointer data)
{
  SavedCheck *check = data;
  g_autofree char *contents = NULL;

  g_file_load_contents (check->file, NULL, &contents, NULL, NULL, NULL);
  return contents != NULL && strstr (contents, check->text) != NULL;
}

static void
test_meeting (void)
{
  VcWindow *window = open_deck ("workplace-dilemmas.vcdeck");
  const char *people[] = { "Aida", "Mats", "Leila", NULL };
  VcPlayerView *player;
  VcSession *session;
  SavedCheck check;
  guint n;
  gint64 before;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  g_assert_nonnull (session);
  g_assert_cmpint (vc_session_get_kind (session), ==, VC_SESSION_KIND_MEETING);

  /* The deck's introduction comes first, its closing card last. */
  g_assert_cmpstr (vc_player_view_get_current_id (player), ==, "introduction");
  n = vc_player_view_get_n_positions (player);
  g_assert_cmpuint (n, >=, 14);

  vc_session_set_people (session, people);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.rotate-roles", NULL);
  g_assert_cmpuint (vc_session_get_rotation (session), ==, 1);
  vc_test_save_screenshot (GTK_WIDGET (window), "player-introduction");

  /* Walk to the first card that tells its story in two parts. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (player), "player.timer-toggle", NULL);
  g_assert_true (vc_timer_is_running (vc_player_view_get_timer (player)));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.timer-add-minute", NULL);
  g_assert_cmpint (vc_timer_get_duration (vc_player_view_get_timer (player)), ==, 16 * 60);

  vc_player_view_set_notes_text (player, "We agreed to say something when it happens.");
  g_assert_cmpstr (vc_session_get_notes (session, vc_player_view_get_current_id (player)), ==,
                   "We agreed to say something when it happens.");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-card");

  /* Saved as people type: on disk within two seconds. */
  before = g_get_monotonic_time ();
  check = (SavedCheck) { session_file (window, session), "We agreed to say something when it happens." };
  g_assert_true (vc_test_wait_until (is_saved, &check));
  g_assert_cmpint (g_get_monotonic_time () - before, <, 2 * G_USEC_PER_SEC);

  /* Going on records the time spent on the card. */
  vc_test_settle (1100);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", 5);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 5);
  g_assert_false (vc_timer_is_running (vc_player_view_get_timer (player)));

  gtk_widget_activate_action (GTK_WIDGET (player), "player.one-by-one", NULL);
  vc_test_save_screenshot (GTK_WIDGET (window), "player-one-by-one");

  gtk_widget_activate_action (GTK_WIDGET (player), "player.last", NULL);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, n - 1);
  vc_player_view_set_answer_text (player, 1, "Giving each other time to finish.");
  g_assert_cmpstr (vc_session_get_answer (session, 1), ==, "Giving each other time to finish.");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-closing");

  /* Back to the deck: the session is saved and can be continued. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  check.text = "\"rotation\"";
  g_assert_true (is_saved (&check));
  g_object_unref (check.file);

  /* Quit in the middle and start again: the meeting goes on where it was,
   * with everything written in it. */
  {
    g_autofree char *id = g_strdup (vc_session_get_id (session));
    guint position = vc_player_view_get_position (player);
    VcSession *resumed;

    gtk_window_close (GTK_WINDOW (window));
    vc_test_settle (200);

    window = vc_window_new (NULL);
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
    gtk_window_present (GTK_WINDOW (window));
    vc_test_settle (500);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.resume-session", "s", id);
    vc_test_show_page (window, "player");
    player = vc_window_get_player (window);
    resumed = vc_player_view_get_session (player);
    g_assert_cmpstr (vc_session_get_id (resumed), ==, id);
    g_assert_cmpuint (vc_player_view_get_position (player), ==, position);
    g_assert_cmpuint (vc_session_get_rotation (resumed), ==, 1);
    g_assert_cmpstr (vc_session_get_answer (resumed, 1), ==, "Giving each other time to finish.");
    vc_test_save_screenshot (GTK_WIDGET (window), "player-resumed");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
test_drawing (void)
{
  VcWindow *window = open_deck ("drawing-questions.vcdeck");
  const char *people[] = { "Sanna", "Ahmed", NULL };
  VcPlayerView *player;
  VcSession *session;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  vc_session_set_people (session, people);

  /* Each card drawn goes to the next person, in the order named. */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (player), "player.draw", NULL);
      g_assert_true (vc_session_is_drawn (session, vc_player_view_get_current_id (player)));
      g_assert_nonnull (strstr (vc_player_view_get_turn (player), people[i % 2]));
    }
  vc_test_save_screenshot (GTK_WIDGET (window), "player-drawing");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
test_reflection (void)
{
  VcWindow *window = open_deck ("ethical-guidelines.vcdeck");
  VcPlayerView *player;
  VcSession *session;
  SavedCheck check;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-reflection", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  g_assert_cmpint (vc_session_get_kind (session), ==, VC_SESSION_KIND_REFLECTION);

  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "I want to ask more before I decide for someone.");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-reflection");

  /* Closing the window never loses what was typed. */
  check = (SavedCheck) { session_file (window, session), "I want to ask more before I decide for someone." };
  gtk_window_close (GTK_WINDOW (window));
  vc_test_settle (200);
  g_assert_true (is_saved (&check));
  g_object_unref (check.file);
}

static void
test_values_game (void)
{
  VcWindow *window = open_deck ("values-game.vcdeck");
  VcBoard *board;
  VcSession *session;
  SavedCheck check;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "board");
  board = vc_window_get_board (window);
  session = vc_board_get_session (board);

  gtk_widget_activate_action (GTK_WIDGET (board), "board.pair", "(ss)", "dignity", "coffee");
  g_assert_cmpuint (vc_session_get_pairs (session)->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (board), "board.set-reason", "(us)", 0,
                              "Time to sit down together.");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-values-game");

  check = (SavedCheck) { session_file (window, session), "Time to sit down together." };
  g_assert_true (vc_test_wait_until (is_saved, &check));
  g_object_unref (check.file);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
test_summary (void)
{
  VcWindow *window = open_deck ("value-conflicts.vcdeck");
  g_autofree char *dir = g_dir_make_tmp ("vc-export-XXXXXX", NULL);
  g_autofree char *md_path = g_build_filename (dir, "summary.md", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  VcSummaryView *summary;
  VcPlayerView *player;
  VcSession *session;
  VcSession *next;
  GListModel *sessions;
  guint n_sessions;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = g_object_ref (vc_player_view_get_session (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "Both sides matter; we ask the person first.");

  /* Finishing shows a summary to mail or print. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  g_assert_nonnull (vc_session_get_ended (session));
  summary = vc_window_get_summary (window);
  vc_summary_view_set_carry_over_text (summary, "Ask the manager about the rota\n\nA follow-up in March");
  g_assert_cmpuint (g_strv_length ((char **)vc_session_get_carry_over (session)), ==, 2);
  g_assert_nonnull (strstr (vc_summary_view_get_text (summary), "Both sides matter; we ask the person first."));
  g_assert_nonnull (strstr (vc_summary_view_get_text (summary), "Ask the manager about the rota"));
  vc_test_save_screenshot (GTK_WIDGET (window), "summary");

  g_assert_true (vc_summary_view_save (summary, md, FALSE, &error));
  g_assert_no_error (error);
  g_file_load_contents (md, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, vc_summary_view_get_text (summary));
  g_clear_pointer (&contents, g_free);
  g_assert_true (vc_summary_view_save (summary, pdf, TRUE, &error));
  g_assert_no_error (error);
  g_file_load_contents (pdf, NULL, &contents, NULL, NULL, &error);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* The next meeting with the deck starts from what was carried over. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  next = vc_player_view_get_session (vc_window_get_player (window));
  g_assert_true (next != session);
  g_assert_true (vc_session_store_find_previous (vc_window_get_sessions (window), vc_session_get_deck_id (next),
                                                 VC_SESSION_KIND_MEETING, next) == session);
  vc_test_save_screenshot (GTK_WIDGET (window), "player-carried-over");

  /* Deleting a session can be undone. */
  sessions = vc_session_store_get_sessions (vc_window_get_sessions (window));
  n_sessions = g_list_model_get_n_items (sessions);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-session", "s", vc_session_get_id (session));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, n_sessions - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, n_sessions);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");
  vc_test_save_screenshot (GTK_WIDGET (window), "library-sessions");

  /* The journal finds reflections by what was written. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-journal", NULL);
  vc_test_show_page (window, "journal");
  vc_test_save_screenshot (GTK_WIDGET (window), "journal");

  g_object_unref (session);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
  g_unlink (md_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/player/meeting", test_meeting);
  g_test_add_func ("/ui/player/drawing", test_drawing);
  g_test_add_func ("/ui/player/reflection", test_reflection);
  g_test_add_func ("/ui/player/values-game", test_values_game);
  g_test_add_func ("/ui/player/summary", test_summary);

  return g_test_run ();
}
