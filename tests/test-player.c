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

#include "vc-card-view.h"
#include "vc-draw-pile.h"
#include "vc-help.h"
#include "vc-page-row.h"
#include "vc-ui-util.h"
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

  vc_test_start_new (window, "win.start-meeting");
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

static const char *
current_id (VcPlayerView *player)
{
  return vc_player_view_get_current_id (player);
}

static void
test_drawing (void)
{
  VcWindow *window = open_deck ("drawing-questions.vcdeck");
  const char *people[] = { "Sanna", "Ahmed", NULL };
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) deck_order = g_strv_builder_new ();
  g_auto(GStrv) first_cards = NULL;
  g_auto(GStrv) drawn = NULL;
  g_autofree char *id = NULL;
  g_autofree char *last = NULL;
  VcPlayerView *player;
  VcSession *session;
  GListModel *cards;
  guint position;

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  vc_session_set_people (session, people);
  g_assert_cmpstr (current_id (player), ==, "introduction");

  /* Each card drawn goes to the next person, in the order named. */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (player), "player.draw", NULL);
      g_assert_true (vc_session_is_drawn (session, current_id (player)));
      g_assert_nonnull (strstr (vc_player_view_get_turn (player), people[i % 2]));
      g_ptr_array_add (seen, g_strdup (current_id (player)));
    }
  vc_test_save_screenshot (GTK_WIDGET (window), "player-drawing");

  /* Next draws too: a card nobody has drawn yet, never one seen before. */
  for (guint i = 0; i < 4; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
      g_assert_true (vc_session_is_drawn (session, current_id (player)));
      for (guint j = 0; j < seen->len; j++)
        g_assert_cmpstr (current_id (player), !=, g_ptr_array_index (seen, j));
      g_ptr_array_add (seen, g_strdup (current_id (player)));
    }

  /* ...at random, not in the order of the deck: seven cards in the deck's
   * own order would happen once in more than a billion draws. */
  cards = vc_deck_get_cards (vc_player_view_get_deck (player));
  for (guint i = 0; i < seen->len; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);

      g_strv_builder_add (deck_order, vc_card_get_id (card));
    }
  first_cards = g_strv_builder_end (deck_order);
  {
    gboolean in_deck_order = TRUE;

    for (guint i = 0; i < seen->len; i++)
      in_deck_order = in_deck_order && g_str_equal (first_cards[i], g_ptr_array_index (seen, i));
    g_assert_false (in_deck_order);
  }

  /* Previous goes back to the card drawn before, and Next to the one drawn
   * after it, without drawing another. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.previous", NULL);
  g_assert_cmpstr (current_id (player), ==, g_ptr_array_index (seen, seen->len - 2));
  g_assert_nonnull (strstr (vc_player_view_get_turn (player), people[(seen->len - 2) % 2]));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  g_assert_cmpstr (current_id (player), ==, g_ptr_array_index (seen, seen->len - 1));

  /* The session keeps the order they were drawn in. */
  drawn = vc_session_dup_drawn_card_ids (session);
  g_assert_cmpuint (g_strv_length (drawn), ==, seen->len);
  for (guint i = 0; i < seen->len; i++)
    g_assert_cmpstr (drawn[i], ==, g_ptr_array_index (seen, i));

  /* Continued later, the meeting goes back through the same cards. */
  id = g_strdup (vc_session_get_id (session));
  position = vc_player_view_get_position (player);
  last = g_strdup (current_id (player));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_window_close (GTK_WINDOW (window));
  vc_test_settle (200);

  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.resume-session", "s", id);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  g_assert_cmpstr (current_id (player), ==, last);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, position);
  for (guint i = seen->len - 1; i > 0; i--)
    {
      gtk_widget_activate_action (GTK_WIDGET (player), "player.previous", NULL);
      g_assert_cmpstr (current_id (player), ==, g_ptr_array_index (seen, i - 1));
    }
  gtk_widget_activate_action (GTK_WIDGET (player), "player.previous", NULL);
  g_assert_cmpstr (current_id (player), ==, "introduction");

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

  vc_test_start_new (window, "win.start-reflection");
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

  vc_test_start_new (window, "win.start-meeting");
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

  vc_test_start_new (window, "win.start-meeting");
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
  vc_test_start_new (window, "win.start-meeting");
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

/* The closing card takes the ten minutes its deck gives it, not the
 * minutes of the other cards; cards told in two parts take twenty. */
static void
test_card_minutes (void)
{
  const char *decks[] = { "workplace-dilemmas.vcdeck", "value-conflicts.vcdeck", "drawing-questions.vcdeck" };

  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    {
      VcWindow *window = vc_test_open_deck (decks[d], 1920, 1080);
      VcPlayerView *player;
      VcDeck *deck;
      guint n;

      vc_test_start_new (window, "win.start-meeting");
      vc_test_show_page (window, "player");
      player = vc_window_get_player (window);
      deck = vc_player_view_get_deck (player);
      n = vc_player_view_get_n_positions (player);

      for (guint i = 0; i < n; i++)
        {
          VcCard *card;
          guint minutes;

          gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", i);
          card = vc_player_view_get_current_card (player);
          minutes = card != NULL && vc_card_get_minutes (card) > 0 ? vc_card_get_minutes (card)
                                                                    : vc_deck_get_minutes_per_card (deck);
          g_assert_cmpint (vc_timer_get_duration (vc_player_view_get_timer (player)), ==, minutes * 60);
          if (card != NULL && g_strv_length ((char **)vc_card_get_stages (card)) > 1)
            g_assert_cmpuint (minutes, ==, 20);
        }

      g_assert_true (vc_player_view_get_current_card (player) == vc_deck_get_closing (deck));
      g_assert_cmpint (vc_timer_get_duration (vc_player_view_get_timer (player)), ==, 10 * 60);
      if (d == 0)
        vc_test_save_screenshot (GTK_WIDGET (window), "player-closing-1920");

      gtk_window_destroy (GTK_WINDOW (window));
      vc_test_settle (100);
    }
}

static gboolean
label_is_cut (GtkLabel *label)
{
  return gtk_widget_get_mapped (GTK_WIDGET (label)) &&
         pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* Deck text wraps between words, never inside one, and is never cut. */
static void
check_deck_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        {
          g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (child)), ==, PANGO_WRAP_WORD);
          g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (child)), ==, PANGO_ELLIPSIZE_NONE);
        }
      check_deck_labels (child);
    }
}

/* No label the facilitator sees is cut off with an ellipsis. */
static void
check_nothing_cut (GtkWidget  *widget,
                   const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && label_is_cut (GTK_LABEL (child)))
        g_error ("%s: “%s” is cut off", where, gtk_label_get_text (GTK_LABEL (child)));
      check_nothing_cut (child, where);
    }
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The closing card's questions are answered in fields of several lines,
 * under the whole question; what is typed, line breaks and all, goes
 * into the session. */
static void
test_closing_answers (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  VcClosingAnswers *answers;
  VcPlayerView *player;
  VcSession *session;
  VcCard *closing;
  GtkTextView *field;

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.last", NULL);
  closing = vc_player_view_get_current_card (player);
  g_assert_cmpint (vc_card_get_kind (closing), ==, VC_CARD_KIND_CLOSING);

  answers = vc_player_view_get_closing_answers (player);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (answers)));
  g_assert_cmpuint (vc_closing_answers_get_n_questions (answers), ==, vc_card_get_questions (closing)->len);
  field = vc_closing_answers_get_field (answers, 2);
  g_assert_true (GTK_IS_TEXT_VIEW (field));
  g_assert_cmpint (gtk_text_view_get_wrap_mode (field), !=, GTK_WRAP_NONE);

  vc_player_view_set_answer_text (player, 2, "Respect for the person’s own choices.\nAsking before we act.");
  g_assert_cmpstr (vc_session_get_answer (session, 2), ==,
                   "Respect for the person’s own choices.\nAsking before we act.");
  check_deck_labels (GTK_WIDGET (answers));
  vc_test_settle (300);
  check_nothing_cut (GTK_WIDGET (player), "closing card");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-closing-1366");

  /* Moving through the card's steps keeps the field and what is in it. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.one-by-one", NULL);
  g_assert_true (vc_closing_answers_get_field (answers, 2) == field);

  /* On another page there are no fields; back on the closing card, the
   * same fields hold what was typed, and are not built again. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.previous", NULL);
  g_assert_cmpint (vc_card_get_kind (vc_player_view_get_current_card (player)), !=, VC_CARD_KIND_CLOSING);
  g_assert_cmpuint (vc_closing_answers_get_n_questions (answers), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (answers)));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.last", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (answers)));
  g_assert_true (vc_closing_answers_get_field (answers, 2) == field);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (vc_closing_answers_get_field (answers, 2));
    g_autofree char *text = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Respect for the person’s own choices.\nAsking before we act.");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static GtkWidget *
row_at (GtkListBox *list,
        guint       index)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
}

/* The list of cards names each card whole and marks the one shown. */
static void
test_jump_list (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  VcPresenterPane *pane;
  VcPlayerView *player;
  GtkListBox *list;
  guint n;

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  list = vc_player_view_get_jump_list (player);
  n = vc_player_view_get_n_positions (player);

  gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (vc_page_row_get_current (VC_PAGE_ROW (row_at (list, i))), ==, i == 3);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  g_assert_false (vc_page_row_get_current (VC_PAGE_ROW (row_at (list, 3))));
  g_assert_true (vc_page_row_get_current (VC_PAGE_ROW (row_at (list, vc_player_view_get_position (player)))));
  check_deck_labels (GTK_WIDGET (list));

  /* The same in the facilitator's pane, for the card the room sees. */
  pane = VC_PRESENTER_PANE (g_object_ref_sink (vc_presenter_pane_new ()));
  {
    GPtrArray *pages = g_ptr_array_new_with_free_func (g_object_unref);
    GListModel *cards = vc_deck_get_cards (vc_player_view_get_deck (player));
    GtkListBox *pane_list;

    for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
      g_ptr_array_add (pages, g_list_model_get_item (cards, i));
    vc_presenter_pane_set_pages (pane, vc_player_view_get_deck (player), pages);
    vc_presenter_pane_set_position (pane, 2, 0);
    vc_presenter_pane_browse (pane, 5);
    pane_list = GTK_LIST_BOX (find_widget (GTK_WIDGET (pane), GTK_TYPE_LIST_BOX));
    for (guint i = 0; i < pages->len; i++)
      g_assert_cmpint (vc_page_row_get_current (VC_PAGE_ROW (row_at (pane_list, i))), ==, i == 2);
    check_deck_labels (GTK_WIDGET (pane));
    g_ptr_array_unref (pages);
  }
  g_object_unref (pane);

  /* The menu's Show the Notes Panel is a check, following the panel. */
  {
    gboolean shown;

    g_object_get (player, "show-panel", &shown, NULL);
    g_assert_true (shown);
    gtk_widget_activate_action (GTK_WIDGET (player), "player.show-panel", NULL);
    g_object_get (player, "show-panel", &shown, NULL);
    g_assert_false (shown);
    gtk_widget_activate_action (GTK_WIDGET (player), "player.show-panel", NULL);
    g_object_get (player, "show-panel", &shown, NULL);
    g_assert_true (shown);
  }

  {
    GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

    gtk_popover_popup (GTK_POPOVER (popover));
    vc_test_settle (300);
    check_nothing_cut (GTK_WIDGET (list), "list of cards");
    vc_test_save_screenshot (popover, "player-jump-list");
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* At 1366x768, in either language, nothing in the player is cut off. */
static void
test_nothing_cut (void)
{
  const char *decks[] = { "workplace-dilemmas.vcdeck", "drawing-questions.vcdeck", "ethical-guidelines.vcdeck",
                          "good-conversation.vcdeck", "supporting-relatives.vcdeck", "value-conflicts.vcdeck" };

  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    {
      VcWindow *window = vc_test_open_deck (decks[d], 1366, 768);
      VcPlayerView *player;
      guint n;

      vc_test_start_new (window, "win.start-meeting");
      vc_test_show_page (window, "player");
      player = vc_window_get_player (window);
      n = vc_player_view_get_n_positions (player);

      for (guint i = 0; i < n; i += MAX (1, n / 5))
        {
          g_autofree char *where = g_strdup_printf ("%s, page %u", decks[d], i);

          gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", i);
          vc_test_settle (150);
          check_deck_labels (find_widget (GTK_WIDGET (player), VC_TYPE_CARD_VIEW));
          check_deck_labels (GTK_WIDGET (vc_player_view_get_closing_answers (player)));
          check_nothing_cut (GTK_WIDGET (player), where);
        }
      if (d == 0)
        vc_test_save_screenshot (GTK_WIDGET (window), "player-1366");

      /* The facilitator's pane too, as shown while presenting. */
      {
        g_autoptr(GdkPaintable) room = gdk_paintable_new_empty (1280, 720);
        g_autofree char *where = g_strdup_printf ("%s, presenting", decks[d]);
        VcPresenterPane *pane = vc_player_view_get_presenter_pane (player);

        vc_player_view_set_presenting (player, room);
        vc_presenter_pane_set_room_shown (pane, d != 1);
        for (guint i = 0; i < n; i += MAX (1, n / 3))
          {
            gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", i);
            vc_test_settle (150);
            check_deck_labels (GTK_WIDGET (pane));
            check_nothing_cut (GTK_WIDGET (player), where);
          }
        /* With nothing shown to the room, saying so takes a line, and the
         * space goes to what comes next. */
        if (d == 1)
          {
            GtkWidget *room_area = find_widget (GTK_WIDGET (pane), GTK_TYPE_STACK);

            g_assert_false (vc_presenter_pane_get_room_shown (pane));
            g_assert_cmpint (gtk_widget_get_height (room_area), <, 60);
          }
        if (d < 2)
          vc_test_save_screenshot (GTK_WIDGET (window), d == 0 ? "player-presenting-1366" : "player-presenting-hidden-1366");
        vc_player_view_set_presenting (player, NULL);
      }

      gtk_window_destroy (GTK_WINDOW (window));
      vc_test_settle (100);
    }
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
message_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Without a help viewer, F1 says what is missing and how to get it. The
 * address has a kind nothing on any computer opens, as "help:" is where
 * Yelp is missing. */
static void
test_help_missing (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1280, 860);
  AdwMessageDialog *dialog;

  vc_help_show (GTK_WINDOW (window), "x-value-cards-nothing-opens-this:help");
  g_assert_true (vc_test_wait_until (message_shown, NULL));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Yelp"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "yelp"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("The Help Viewer Is Missing"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  vc_test_save_screenshot (GTK_WIDGET (dialog), "help-missing");

  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
collect_key_labels (GtkWidget *widget,
                    GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "[%s]", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_key_labels (child, out);
}

/* Keys are named as on the keyboard: "Page Down", never "Page_Down". */
static void
test_shortcuts_keys (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1280, 860);
  g_autoptr(GString) labels = g_string_new (NULL);
  GtkWindow *shortcuts;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  vc_test_settle (300);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  collect_key_labels (GTK_WIDGET (shortcuts), labels);
  g_assert_null (strstr (labels->str, "[Page_Down]"));
  g_assert_null (strstr (labels->str, "[Page_Up]"));
  g_assert_null (strstr (labels->str, "[BackSpace]"));
  g_assert_nonnull (strstr (labels->str, "[Page Down]"));
  vc_test_save_screenshot (GTK_WIDGET (shortcuts), "player-shortcuts");

  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* In dark mode the fields to write in look like the rows beside them. */
static void
test_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  VcWindow *window;
  VcPlayerView *player;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "We ask the person first.");
  vc_test_save_screenshot (GTK_WIDGET (window), "player-dark");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.last", NULL);
  vc_test_save_screenshot (GTK_WIDGET (window), "player-closing-dark");

  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  vc_test_settle (200);
}

static void
unref_page (gpointer page)
{
  if (page != NULL)
    g_object_unref (page);
}

/* The introduction, ten question cards in the deck's order, and a closing
 * card. */
static GPtrArray *
new_pages (void)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (unref_page);

  g_ptr_array_add (pages, NULL);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", i);

      g_ptr_array_add (pages, vc_card_new (VC_CARD_KIND_QUESTION, id));
    }
  g_ptr_array_add (pages, vc_card_new (VC_CARD_KIND_CLOSING, "closing"));
  return pages;
}

static const char *
page_id (GPtrArray *pages,
         guint      position)
{
  VcCard *card = g_ptr_array_index (pages, position);

  return card ? vc_card_get_id (card) : "introduction";
}

/* Drawing takes each card once, puts it after the ones drawn before, and
 * the order survives saving the session and laying the deck out again. */
static void
test_draw_pile (void)
{
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "test-deck", "1", NULL);
  g_autoptr(VcSession) reloaded = NULL;
  g_autoptr(GPtrArray) again = new_pages ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) drawn = NULL;
  g_auto(GStrv) drawn_again = NULL;
  VcDrawPile pile = { pages, 1, 11, session };
  VcDrawPile pile_again;
  guint position;

  /* Cards written about before they are drawn still count from their
   * draw, not from when they were written about. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("q%u", i);

      vc_session_set_notes (session, id, "Written before it was drawn.");
    }

  vc_draw_pile_arrange (&pile);
  g_assert_cmpuint (vc_draw_pile_get_next (&pile), ==, 1);
  g_assert_cmpstr (page_id (pages, 0), ==, "introduction");
  g_assert_cmpstr (page_id (pages, 11), ==, "closing");

  /* Going to a card further down draws it, and it comes next in line. */
  position = 7;
  {
    g_autofree char *picked = g_strdup (page_id (pages, 7));

    g_assert_true (vc_draw_pile_draw (&pile, &position));
    g_assert_cmpuint (position, ==, 1);
    g_assert_cmpstr (page_id (pages, 1), ==, picked);
  }
  g_hash_table_add (seen, (gpointer)page_id (pages, 1));

  for (guint i = 2; i <= 10; i++)
    {
      position = vc_draw_pile_get_next (&pile);
      g_assert_cmpuint (position, ==, i);
      g_assert_false (vc_draw_pile_is_drawn (&pile, position));
      g_assert_true (vc_draw_pile_draw (&pile, &position));
      g_assert_cmpuint (position, ==, i);
      g_assert_true (vc_draw_pile_is_drawn (&pile, position));
      g_assert_false (g_hash_table_contains (seen, page_id (pages, i)));
      g_hash_table_add (seen, (gpointer)page_id (pages, i));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 10);
  g_assert_cmpuint (vc_draw_pile_get_next (&pile), ==, 11);

  /* Nothing else is drawn: not a card drawn before, nor the closing card. */
  position = 3;
  g_assert_false (vc_draw_pile_draw (&pile, &position));
  position = 11;
  g_assert_false (vc_draw_pile_draw (&pile, &position));
  g_assert_cmpuint (position, ==, 11);

  drawn = vc_session_dup_drawn_card_ids (session);
  g_assert_cmpuint (g_strv_length (drawn), ==, 10);
  for (guint i = 0; i < 10; i++)
    g_assert_cmpstr (drawn[i], ==, page_id (pages, i + 1));

  /* Saved and read back, then laid out from the deck's order again. */
  json = vc_session_to_json (session);
  reloaded = vc_session_new_from_json (json, &error);
  g_assert_no_error (error);
  drawn_again = vc_session_dup_drawn_card_ids (reloaded);
  g_assert_cmpstrv (drawn_again, drawn);
  g_assert_cmpstr (vc_session_get_notes (reloaded, "q9"), ==, "Written before it was drawn.");

  pile_again = (VcDrawPile) { again, 1, 11, reloaded };
  vc_draw_pile_arrange (&pile_again);
  for (guint i = 0; i < 10; i++)
    g_assert_cmpstr (page_id (again, i + 1), ==, drawn[i]);
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
  g_test_add_func ("/ui/player/draw-pile", test_draw_pile);
  g_test_add_func ("/ui/player/card-minutes", test_card_minutes);
  g_test_add_func ("/ui/player/closing-answers", test_closing_answers);
  g_test_add_func ("/ui/player/jump-list", test_jump_list);
  g_test_add_func ("/ui/player/nothing-cut", test_nothing_cut);
  g_test_add_func ("/ui/player/help-missing", test_help_missing);
  g_test_add_func ("/ui/player/shortcuts-keys", test_shortcuts_keys);
  g_test_add_func ("/ui/player/dark", test_dark);

  return g_test_run ();
}
