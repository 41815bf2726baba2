/* test-board.c
 *
 * The values game board, tested for real under a display: pairs made from
 * the keyboard, by the board's actions and by dropping a word on a picture,
 * reasons typed and undone, words and pictures drawn, and nothing left
 * behind. Screenshots go into the build folder, named after the language.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include <string.h>

#include "vc-board.h"
#include "vc-values-bar.h"
#include "vc-deck-loader.h"
#include "vc-export.h"
#include "ui-test.h"



/* Lets layout and drawing settle, as a person would wait for the window. */


/* Reasons in the language of the screenshot, as a group would write them. */
static const char *
in_language (const char *english,
             const char *swedish)
{
  return g_str_has_prefix (g_get_language_names ()[0], "sv") ? swedish : english;
}

static VcDeck *
load_values_game (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);

  return deck;
}

static VcSession *
new_session (VcDeck *deck)
{
  g_autofree char *path = g_file_get_path (vc_deck_get_file (deck));

  return vc_session_new (VC_SESSION_KIND_MEETING, vc_deck_get_id (deck),
                         vc_deck_get_version (deck), path);
}

static GtkWidget *
show_board (VcBoard *board,
            int      width,
            int      height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (board));
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);

  return window;
}

static void
assert_pair (VcSession  *session,
             guint       index,
             const char *word_id,
             const char *image_id,
             const char *reason)
{
  GPtrArray *pairs = vc_session_get_pairs (session);
  const VcPair *pair;

  g_assert_cmpuint (index, <, pairs->len);
  pair = g_ptr_array_index (pairs, index);
  g_assert_cmpstr (pair->word_id, ==, word_id);
  g_assert_cmpstr (pair->image_id, ==, image_id);
  if (reason == NULL)
    g_assert_true (pair->reason == NULL || pair->reason[0] == '\0');
  else
    g_assert_cmpstr (pair->reason, ==, reason);
}

static guint
n_pairs (VcSession *session)
{
  return vc_session_get_pairs (session)->len;
}

static gboolean
is_word (VcDeck     *deck,
         const char *id)
{
  GPtrArray *words = vc_deck_get_words (deck);

  for (guint i = 0; i < words->len; i++)
    if (g_strcmp0 (((VcValueWord *)g_ptr_array_index (words, i))->id, id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_picture (VcDeck     *deck,
            const char *id)
{
  GListModel *images = vc_deck_get_images (deck);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

      if (g_strcmp0 (vc_deck_image_get_id (image), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
collect (GtkWidget  *widget,
         GType       type,
         GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* The text fields for reasons, in the order of the pairs. */
static GtkTextView *
reason_view (VcBoard *board,
             guint    index)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect (GTK_WIDGET (board), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (index, <, views->len);

  return g_ptr_array_index (views, index);
}

static char *
dup_reason_text (VcBoard *board,
                 guint    index)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (reason_view (board, index));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
activate (VcBoard    *board,
          const char *action,
          const char *format,
          ...)
{
  GVariant *parameter = NULL;
  va_list args;

  if (format != NULL)
    {
      va_start (args, format);
      parameter = g_variant_new_va (format, NULL, &args);
      va_end (args);
    }

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (board), action, parameter));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_play (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  VcBoard *board = VC_BOARD (vc_board_new (deck, session));
  const char *coffee = in_language ("We take time to sit down together.",
                                    "Vi tar oss tid att sätta oss ner tillsammans.");
  const char *asked = in_language ("Being asked first.", "Att bli tillfrågad först.");
  const char *heard = in_language ("Being asked, and heard.",
                                   "Att bli tillfrågad, och lyssnad på.");
  const char *door = in_language ("She decides who comes in, and when. "
                                  "We wait until she has opened the door.",
                                  "Hon bestämmer vem som kommer in, och när. "
                                  "Vi väntar tills hon har öppnat dörren.");
  g_autofree char *text = NULL;
  GtkWidget *window;
  const char *drawn;

  g_object_ref (board);
  window = show_board (board, 1280, 900);
  g_assert_true (vc_board_get_deck (board) == deck);
  g_assert_true (vc_board_get_session (board) == session);
  vc_test_save_screenshot (window, "board-empty");

  /* A word, then a picture: a pair, and the choice is over. */
  activate (board, "board.select-word", "s", "dignity");
  g_assert_cmpstr (vc_board_get_selected_word (board), ==, "dignity");
  g_assert_cmpuint (n_pairs (session), ==, 0);
  activate (board, "board.select-picture", "s", "coffee");
  g_assert_cmpuint (n_pairs (session), ==, 1);
  assert_pair (session, 0, "dignity", "coffee", NULL);
  g_assert_null (vc_board_get_selected_word (board));
  g_assert_null (vc_board_get_selected_picture (board));

  /* Choosing the same word twice changes one's mind. */
  activate (board, "board.select-word", "s", "privacy");
  activate (board, "board.select-word", "s", "privacy");
  g_assert_null (vc_board_get_selected_word (board));

  /* Words the deck does not have are ignored. */
  activate (board, "board.select-word", "s", "no-such-word");
  g_assert_null (vc_board_get_selected_word (board));

  activate (board, "board.set-reason", "(us)", 0, coffee);
  assert_pair (session, 0, "dignity", "coffee", coffee);

  /* A picture, then a word. */
  activate (board, "board.select-picture", "s", "door-key");
  g_assert_cmpstr (vc_board_get_selected_picture (board), ==, "door-key");
  activate (board, "board.select-word", "s", "self-determination");
  g_assert_cmpuint (n_pairs (session), ==, 2);
  assert_pair (session, 1, "self-determination", "door-key", NULL);

  /* Directly, and the same picture may be paired again. */
  activate (board, "board.pair", "(ss)", "respect", "eye-level");
  activate (board, "board.pair", "(ss)", "participation", "door-key");
  g_assert_cmpuint (n_pairs (session), ==, 4);
  assert_pair (session, 2, "respect", "eye-level", NULL);
  assert_pair (session, 3, "participation", "door-key", NULL);

  /* Removing is undone at the same place, with its reason. */
  activate (board, "board.remove-pair", "u", 0);
  g_assert_cmpuint (n_pairs (session), ==, 3);
  assert_pair (session, 0, "self-determination", "door-key", NULL);
  activate (board, "board.undo", NULL);
  g_assert_cmpuint (n_pairs (session), ==, 4);
  assert_pair (session, 0, "dignity", "coffee", coffee);
  text = dup_reason_text (board, 0);
  g_assert_cmpstr (text, ==, coffee);

  /* Undoing again takes back the pair made before the removal. */
  activate (board, "board.undo", NULL);
  g_assert_cmpuint (n_pairs (session), ==, 3);
  assert_pair (session, 2, "respect", "eye-level", NULL);
  activate (board, "board.pair", "(ss)", "participation", "door-key");

  /* A changed reason is undone too. */
  activate (board, "board.set-reason", "(us)", 2, asked);
  activate (board, "board.set-reason", "(us)", 2, heard);
  assert_pair (session, 2, "respect", "eye-level", heard);
  activate (board, "board.undo", NULL);
  assert_pair (session, 2, "respect", "eye-level", asked);

  /* Drawing starts a round with a word that is not paired yet. */
  for (guint i = 0; i < 5; i++)
    {
      activate (board, "board.draw-word", NULL);
      drawn = vc_board_get_selected_word (board);
      g_assert_nonnull (drawn);
      g_assert_true (is_word (deck, drawn));
      g_assert_cmpstr (drawn, !=, "dignity");
      g_assert_cmpstr (drawn, !=, "self-determination");
      g_assert_cmpstr (drawn, !=, "respect");
      g_assert_cmpstr (drawn, !=, "participation");
      g_assert_null (vc_board_get_selected_picture (board));
    }

  activate (board, "board.draw-picture", NULL);
  drawn = vc_board_get_selected_picture (board);
  g_assert_nonnull (drawn);
  g_assert_true (is_picture (deck, drawn));
  g_assert_cmpstr (drawn, !=, "coffee");
  g_assert_cmpstr (drawn, !=, "door-key");
  g_assert_cmpstr (drawn, !=, "eye-level");
  g_assert_null (vc_board_get_selected_word (board));

  activate (board, "board.set-reason", "(us)", 1, door);
  activate (board, "board.draw-word", NULL);
  g_assert_nonnull (vc_board_get_selected_word (board));
  vc_test_save_screenshot (window, "board-pairs");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
  g_assert_finalize_object (board);
}

/* What is typed goes into the session, and one undo takes all of it back. */
static void
test_typing (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  VcBoard *board = VC_BOARD (vc_board_new (deck, session));
  GtkWidget *window = show_board (board, 1280, 900);
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  activate (board, "board.pair", "(ss)", "safety", "walker");
  vc_test_settle (300);

  buffer = gtk_text_view_get_buffer (reason_view (board, 0));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (reason_view (board, 0)));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "A hand", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " at the elbow.", -1);
  assert_pair (session, 0, "safety", "walker", "A hand at the elbow.");

  /* A reason set elsewhere shows in the field. */
  activate (board, "board.set-reason", "(us)", 0, "Someone near.");
  text = dup_reason_text (board, 0);
  g_assert_cmpstr (text, ==, "Someone near.");

  activate (board, "board.undo", NULL);
  assert_pair (session, 0, "safety", "walker", "A hand at the elbow.");
  activate (board, "board.undo", NULL);
  assert_pair (session, 0, "safety", "walker", NULL);
  activate (board, "board.undo", NULL);
  g_assert_cmpuint (n_pairs (session), ==, 0);

  /* Nothing is left to undo, and undoing nothing changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.undo", NULL);
  g_assert_cmpuint (n_pairs (session), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* Dropping a word on a picture pairs them; other text is ignored. */
static void
test_drop (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  VcBoard *board = VC_BOARD (vc_board_new (deck, session));
  GtkWidget *window = show_board (board, 1280, 900);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  collect (GTK_WIDGET (board), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && target == NULL; i++)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (buttons->pdata[i]);

      for (guint j = 0; j < g_list_model_get_n_items (controllers); j++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, j);

          if (GTK_IS_DROP_TARGET (controller))
            target = GTK_DROP_TARGET (controller);
        }
    }
  g_assert_nonnull (target);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "not a word of this deck");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_false (accepted);
  g_assert_cmpuint (n_pairs (session), ==, 0);

  g_value_set_string (&value, "privacy");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_cmpuint (n_pairs (session), ==, 1);
  g_assert_cmpstr (((VcPair *)g_ptr_array_index (vc_session_get_pairs (session), 0))->word_id,
                   ==, "privacy");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* A narrow window keeps the pictures readable and the pairs one click away. */
static void
test_narrow (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  VcBoard *board;
  GtkWidget *window;

  vc_session_add_pair (session, "meaningfulness", "garden",
                       in_language ("Something useful to do, outdoors.",
                                    "Något meningsfullt att göra, utomhus."));
  board = VC_BOARD (vc_board_new (deck, session));
  window = show_board (board, 560, 800);

  activate (board, "board.select-picture", "s", "music");
  vc_test_save_screenshot (window, "board-narrow");

  /* Making a pair brings out the list of pairs for its reason. */
  activate (board, "board.select-word", "s", "wellbeing");
  g_assert_cmpuint (n_pairs (session), ==, 2);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (reason_view (board, 1)));
  vc_test_save_screenshot (window, "board-narrow-pairs");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* The frame of a meeting, as for every other deck: the timer, the roles,
 * the notes, and the closing card with a field per question at the end. */
static void
test_meeting_frame (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  const char *role_ids[] = { "coordinator", "timekeeper", "scribe", NULL };
  const char *people[] = { "Aida", "Mats", "Leila", NULL };
  VcBoard *board;
  VcMeetingPanel *panel;
  GtkWidget *window;
  VcTimer *timer;
  VcCard *closing;
  guint notified = 0;
  const char *answer = in_language ("We listen before we help.\nWe ask first.",
                                    "Vi lyssnar innan vi hjälper.\nVi frågar först.");

  vc_session_set_role_ids (session, role_ids);
  vc_session_set_people (session, people);
  board = VC_BOARD (vc_board_new (deck, session));
  window = show_board (board, 1366, 768);
  panel = vc_board_get_meeting_panel (board);

  /* The timer runs, from the panel's own button. */
  timer = vc_board_get_timer (board);
  g_assert_nonnull (timer);
  g_assert_cmpint (vc_timer_get_duration (timer), ==, vc_deck_get_minutes_per_card (deck) * 60);
  g_assert_false (vc_timer_is_running (timer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "meeting.timer-toggle", NULL));
  g_assert_true (vc_timer_is_running (timer));

  /* The board's own action, for Ctrl+T, pauses it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.timer-toggle", NULL));
  g_assert_false (vc_timer_is_running (timer));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.timer-toggle", NULL));
  g_assert_true (vc_timer_is_running (timer));

  /* The roles are there, and rotate, from the panel and by Ctrl+R. */
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Aida");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "meeting.rotate-roles", NULL));
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Mats");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.rotate-roles", NULL));
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Leila");

  /* Notes are kept for the board. */
  vc_meeting_panel_set_notes_text (panel, "Carry over: the door.");
  g_assert_cmpstr (vc_session_get_notes (session, "board"), ==, "Carry over: the door.");
  /* ...and the summary names them after the board, not by an id. */
  {
    g_autofree char *summary = vc_export_markdown (session, deck);
    g_autofree char *heading = g_strdup_printf ("%s\n", _("The Board"));

    g_assert_nonnull (strstr (summary, heading));
    g_assert_null (strstr (summary, "board\n"));
  }

  g_signal_connect (board, "notify::closing", G_CALLBACK (count_notify), &notified);
  g_assert_false (vc_board_get_closing (board));
  g_assert_null (vc_board_get_closing_card (board));
  vc_test_save_screenshot (window, "board-meeting");

  /* The meeting ends with the closing card and its questions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.show-closing", NULL));
  vc_test_settle (200);
  g_assert_true (vc_board_get_closing (board));
  g_assert_cmpuint (notified, ==, 1);
  closing = vc_board_get_closing_card (board);
  g_assert_true (closing == vc_deck_get_closing (deck));
  g_assert_cmpuint (vc_meeting_panel_get_n_answers (panel),
                    ==, vc_card_get_questions (closing)->len);
  /* The time on the board went into the session when it moved on. */
  g_assert_false (vc_timer_is_running (timer));

  vc_meeting_panel_set_answer_text (panel, 0, answer);
  g_assert_cmpstr (vc_session_get_answer (session, 0), ==, answer);
  vc_test_save_screenshot (window, "board-closing");

  /* Back to the board, and the answers stay. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.show-board", NULL));
  g_assert_false (vc_board_get_closing (board));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (vc_session_get_answer (session, 0), ==, answer);

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* A person alone has no roles and no timer, only a reflection. */
static void
test_reflection_frame (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autofree char *path = g_file_get_path (vc_deck_get_file (deck));
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, vc_deck_get_id (deck),
                                                 vc_deck_get_version (deck), path);
  VcBoard *board = VC_BOARD (vc_board_new (deck, session));
  GtkWidget *window = show_board (board, 1366, 768);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  collect (GTK_WIDGET (vc_board_get_meeting_panel (board)), ADW_TYPE_PREFERENCES_GROUP, groups);
  g_assert_cmpuint (groups->len, >, 0);
  for (guint i = 0; i < groups->len; i++)
    g_assert_false (gtk_widget_get_visible (groups->pdata[i]));

  vc_meeting_panel_set_notes_text (vc_board_get_meeting_panel (board), "Mine.");
  g_assert_cmpstr (vc_session_get_notes (session, "board"), ==, "Mine.");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
reset_instructions (gboolean expanded)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.vardegrund.ValueCards");

  g_settings_set_boolean (settings, "board-instructions", expanded);
}

static GtkWidget *
first_child_of_type (GtkWidget *widget,
                     GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

/* Whether the whole of @widget is inside the part of the board that shows,
 * and inside the window. */
static gboolean
in_view (GtkWidget *widget,
         GtkWidget *viewport,
         GtkWidget *window)
{
  graphene_rect_t bounds, view, win;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_true (gtk_widget_compute_bounds (viewport, window, &view));
  g_assert_true (gtk_widget_compute_bounds (window, window, &win));

  g_test_message ("%s: %gx%g+%g+%g in %gx%g+%g+%g", G_OBJECT_TYPE_NAME (widget),
                  bounds.size.width, bounds.size.height, bounds.origin.x, bounds.origin.y,
                  view.size.width, view.size.height, view.origin.x, view.origin.y);

  return gtk_widget_get_mapped (widget)
         && bounds.size.width > 0 && bounds.size.height > 0
         && graphene_rect_contains_rect (&view, &bounds)
         && graphene_rect_contains_rect (&win, &bounds);
}

static VcBoard *
start_values_meeting (VcWindow *window)
{
  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "board");
  vc_test_settle (300);
  return vc_window_get_board (window);
}

/* A laptop's screen shows the words and the pictures together, with How to
 * Play open the first time and folded after that. */
static void
test_laptop (void)
{
  const struct { int width, height; const char *name; } sizes[] = {
    { 1366, 768, "board-1366x768" },
    { 1920, 1080, "board-1920x1080" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      VcWindow *window;
      VcBoard *board;
      GtkWidget *scroller, *words, *pictures, *expander;
      GtkWidget *first_word, *first_picture, *last_word, *last_picture;
      g_autofree char *first_name = g_strdup_printf ("%s-first", sizes[i].name);

      reset_instructions (TRUE);
      window = vc_test_open_deck ("values-game.vcdeck", sizes[i].width, sizes[i].height);

      for (guint time = 0; time < 2; time++)
        {
          g_autoptr(GPtrArray) flows = g_ptr_array_new ();

          board = start_values_meeting (window);
          scroller = first_child_of_type (GTK_WIDGET (board), GTK_TYPE_SCROLLED_WINDOW);
          expander = first_child_of_type (GTK_WIDGET (board), ADW_TYPE_EXPANDER_ROW);
          collect (GTK_WIDGET (board), GTK_TYPE_FLOW_BOX, flows);
          g_assert_cmpuint (flows->len, ==, 2);
          words = flows->pdata[0];
          pictures = flows->pdata[1];
          first_word = gtk_widget_get_first_child (words);
          last_word = gtk_widget_get_last_child (words);
          first_picture = gtk_widget_get_first_child (pictures);
          last_picture = gtk_widget_get_last_child (pictures);

          /* Open the first time, folded the next. */
          g_assert_cmpint (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)), ==, time == 0);
          vc_test_save_screenshot (GTK_WIDGET (window), time == 0 ? first_name : sizes[i].name);

          /* Not scrolled, and yet a word and a picture are in view. */
          g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))), ==, 0);
          g_assert_true (in_view (first_word, scroller, GTK_WIDGET (window)));
          g_assert_true (in_view (first_picture, scroller, GTK_WIDGET (window)));
          g_assert_true (in_view (last_word, scroller, GTK_WIDGET (window)));

          /* Folded, every word and every picture. */
          if (time == 1)
            g_assert_true (in_view (last_picture, scroller, GTK_WIDGET (window)));

          /* Several words to a row. */
          g_assert_true (gtk_widget_get_allocated_width (first_word)
                         < gtk_widget_get_allocated_width (words) / 3);

          gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
          vc_test_show_page (window, "deck");
        }

      gtk_window_destroy (GTK_WINDOW (window));
      vc_test_settle (200);
    }
}

/* Presenting on the laptop's only screen puts a bar under the board; the
 * words still flow several to a row, with a picture in view. */
static void
test_laptop_presenting (void)
{
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  VcBoard *board = start_values_meeting (window);
  VcPresentation *presentation;
  g_autoptr(GPtrArray) flows = g_ptr_array_new ();
  GtkWidget *scroller, *words, *pictures;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", FALSE);
  presentation = vc_window_get_presentation (window);
  g_assert_nonnull (presentation);
  g_assert_true (vc_presentation_is_active (presentation));
  vc_test_settle (500);

  scroller = first_child_of_type (GTK_WIDGET (board), GTK_TYPE_SCROLLED_WINDOW);
  collect (GTK_WIDGET (board), GTK_TYPE_FLOW_BOX, flows);
  words = flows->pdata[0];
  pictures = flows->pdata[1];
  if (!gtk_widget_get_mapped (GTK_WIDGET (board)))
    {
      g_test_skip ("the room's screen covers the board on this display");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  vc_test_save_screenshot (GTK_WIDGET (window), "board-1366x768-presenting");
  g_assert_true (in_view (gtk_widget_get_first_child (words), scroller, GTK_WIDGET (window)));
  g_assert_true (in_view (gtk_widget_get_last_child (words), scroller, GTK_WIDGET (window)));
  g_assert_true (in_view (gtk_widget_get_first_child (pictures), scroller, GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_allocated_width (gtk_widget_get_first_child (words))
                 < gtk_widget_get_allocated_width (words) / 3);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
  vc_test_settle (200);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* Presenting the values game puts its bar below the board, with what the
 * room sees; stopping takes it away. */
static void
test_values_bar (void)
{
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  VcBoard *board = start_values_meeting (window);
  GtkWidget *bar;
  g_autofree char *before = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", FALSE);
  vc_test_settle (500);
  bar = first_child_of_type (GTK_WIDGET (window), VC_TYPE_VALUES_BAR);
  g_assert_nonnull (bar);
  g_assert_true (vc_presentation_get_values_bar (vc_window_get_presentation (window)) == bar);
  g_assert_true (gtk_widget_get_ancestor (bar, GTK_TYPE_WINDOW) == GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_allocated_width (bar), >=, gtk_widget_get_allocated_width (GTK_WIDGET (board)));
  before = g_strdup (vc_values_bar_get_text (VC_VALUES_BAR (bar)));
  g_assert_cmpstr (before, !=, "");

  /* Its buttons drive the room through the presentation's actions. */
  activate (board, "board.pair", "(ss)", "respect", "eye-level");
  g_assert_true (gtk_widget_activate_action (bar, "present.next", NULL));
  vc_test_settle (100);
  g_assert_cmpstr (vc_values_bar_get_text (VC_VALUES_BAR (bar)), !=, before);
  g_assert_cmpstr (vc_values_bar_get_text (VC_VALUES_BAR (bar)), ==,
                   vc_presentation_get_room_description (vc_window_get_presentation (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-presenting", NULL);
  vc_test_settle (200);
  g_assert_null (first_child_of_type (GTK_WIDGET (window), VC_TYPE_VALUES_BAR));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_mapped (buttons->pdata[i])
        && g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];

  return NULL;
}

/* The header's button goes on to the closing card, and only then to the
 * summary, as the last card of any other deck would. */
static void
test_finish (void)
{
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  VcBoard *board = start_values_meeting (window);
  VcSession *session = vc_board_get_session (board);
  GtkWidget *button = find_button (GTK_WIDGET (window), _("_Closing Card"));

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  vc_test_settle (200);
  g_assert_true (vc_board_get_closing (board));
  g_assert_cmpstr (vc_window_get_page (window), ==, "board");
  g_assert_null (vc_session_get_ended (session));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, _("_Finish"));

  vc_meeting_panel_set_answer_text (vc_board_get_meeting_panel (board), 2,
                                    in_language ("Self-determination, every day.",
                                                 "Självbestämmande, varje dag."));
  g_signal_emit_by_name (button, "clicked");
  vc_test_show_page (window, "summary");
  g_assert_nonnull (vc_session_get_ended (session));
  g_assert_nonnull (vc_session_get_answer (session, 2));

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* Key presses as a person makes them, through the display server. */
typedef struct
{
  GtkWidget *window;
  guint      presses;
} Keyboard;

static gboolean
press (Keyboard   *keyboard,
       const char *keys)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (keyboard->window));
  g_autofree char *command = NULL;
  int status = -1;

  command = g_strdup_printf ("xdotool windowfocus --sync %lu key --delay 30 %s",
                             (gulong)gdk_x11_surface_get_xid (surface), keys);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) || status != 0)
    return FALSE;
  keyboard->presses++;
  vc_test_settle (150);
  return TRUE;
#else
  return FALSE;
#endif
}

static GtkWidget *
focus_of (Keyboard *keyboard)
{
  return gtk_root_get_focus (GTK_ROOT (keyboard->window));
}

static const char *
focused_id (Keyboard *keyboard)
{
  GtkWidget *focus = focus_of (keyboard);
  GVariant *target = focus && GTK_IS_ACTIONABLE (focus)
                     ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)) : NULL;

  return target != NULL ? g_variant_get_string (target, NULL) : NULL;
}

/* Pairing from the keyboard: a stop for the words, one for the pictures,
 * arrows in between, and a pair in at most five key presses. */
static void
test_keyboard (void)
{
  VcWindow *window;
  VcBoard *board;
  VcSession *session;
  GtkWidget *label;
  Keyboard keyboard = { NULL, 0 };
  g_autofree char *below = NULL;
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
#endif
    {
      g_test_skip ("real key presses need an X display");
      return;
    }
  if (xdotool == NULL)
    {
      g_test_skip ("real key presses need xdotool, which is not installed");
      return;
    }

  window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  board = start_values_meeting (window);
  session = vc_board_get_session (board);
  keyboard.window = GTK_WIDGET (window);

  /* How to Play is read, not a stop for the keyboard. */
  label = first_child_of_type (first_child_of_type (GTK_WIDGET (board), ADW_TYPE_EXPANDER_ROW),
                               GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  for (GtkWidget *l = label; l != NULL; l = gtk_widget_get_next_sibling (l))
    if (GTK_IS_LABEL (l))
      g_assert_false (gtk_label_get_selectable (GTK_LABEL (l)));

  /* The board starts on its first word. */
  g_assert_cmpstr (focused_id (&keyboard), ==, "dignity");

  /* Right to the second word, choose it, and the keyboard is on the
   * pictures; right to the second picture, choose it: a pair. */
  g_assert_true (press (&keyboard, "Right"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "wellbeing");
  vc_test_save_screenshot (GTK_WIDGET (window), "board-keyboard-focus");
  g_assert_true (press (&keyboard, "Return"));
  g_assert_cmpstr (vc_board_get_selected_word (board), ==, "wellbeing");
  g_assert_cmpstr (focused_id (&keyboard), ==, "coffee");
  g_assert_true (press (&keyboard, "Right"));
  g_assert_true (press (&keyboard, "space"));
  g_assert_cmpuint (n_pairs (session), ==, 1);
  assert_pair (session, 0, "wellbeing", "hands", NULL);
  g_assert_cmpuint (keyboard.presses, <=, 5);
  g_test_message ("a pair in %u key presses", keyboard.presses);

  /* Typing the reason is where the keyboard went. */
  g_assert_true (GTK_IS_TEXT_VIEW (focus_of (&keyboard)));

  /* Ctrl+1 goes back to the words, where the keyboard last was; Tab
   * leaves the twelve words at once for the pictures. */
  g_assert_true (press (&keyboard, "ctrl+1"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "wellbeing");
  g_assert_true (press (&keyboard, "Tab"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "hands");
  g_assert_true (press (&keyboard, "shift+Tab"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "wellbeing");

  /* From the pictures Tab goes on to the side panel, and from the words
   * back to How to Play. */
  g_assert_true (press (&keyboard, "ctrl+2"));
  g_assert_true (press (&keyboard, "Tab"));
  g_assert_nonnull (gtk_widget_get_ancestor (focus_of (&keyboard), GTK_TYPE_STACK_SWITCHER));
  g_assert_true (press (&keyboard, "ctrl+1"));
  g_assert_true (press (&keyboard, "shift+Tab"));
  g_assert_nonnull (gtk_widget_get_ancestor (focus_of (&keyboard), ADW_TYPE_EXPANDER_ROW));
  g_assert_true (press (&keyboard, "ctrl+1"));

  /* Down goes to the word below, Home and End to either end. */
  g_assert_true (press (&keyboard, "End"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "respect");
  g_assert_true (press (&keyboard, "Home"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "dignity");
  g_assert_true (press (&keyboard, "Down"));
  below = g_strdup (focused_id (&keyboard));
  g_assert_nonnull (below);
  g_assert_cmpstr (below, !=, "dignity");
  g_assert_cmpstr (below, !=, "wellbeing");

  /* A picture first, then a word, the other way round; each grid keeps
   * its place. */
  g_assert_true (press (&keyboard, "ctrl+2"));
  g_assert_cmpstr (focused_id (&keyboard), ==, "hands");
  g_assert_true (press (&keyboard, "Return"));
  g_assert_cmpstr (vc_board_get_selected_picture (board), ==, "hands");
  g_assert_cmpstr (focused_id (&keyboard), ==, below);
  g_assert_true (press (&keyboard, "Home"));
  g_assert_true (press (&keyboard, "Return"));
  g_assert_cmpuint (n_pairs (session), ==, 2);
  assert_pair (session, 1, "dignity", "hands", NULL);
  vc_test_save_screenshot (GTK_WIDGET (window), "board-keyboard");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* Names from the last meeting are offered, never filled in unasked: on the
 * board, and in the player for other decks. */
static void
test_roles_offered (void)
{
  const char *names[] = { "Anna", "Bo", "Cecilia", NULL };
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  VcBoard *board = start_values_meeting (window);
  VcMeetingPanel *panel = vc_board_get_meeting_panel (board);
  VcSession *first = vc_board_get_session (board);
  VcSession *second;
  const char * const *offered;
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VcPlayerView *player;

  vc_session_set_people (first, names);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");

  /* The next meeting starts with nobody named, and the names offered;
   * the first, left unfinished, is offered to continue, and declined. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  g_assert_nonnull (vc_test_find_dialog ());
  vc_test_answer_dialog ("new");
  vc_test_show_page (window, "board");
  vc_test_settle (300);
  board = vc_window_get_board (window);
  panel = vc_board_get_meeting_panel (board);
  second = vc_board_get_session (board);
  g_assert_true (second != first);
  g_assert_cmpuint (g_strv_length ((char **)vc_session_get_people (second)), ==, 0);
  g_assert_null (vc_session_get_holder (second, "coordinator"));
  offered = vc_meeting_panel_get_offered_names (panel);
  g_assert_nonnull (offered);
  g_assert_cmpstrv (offered, names);
  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (panel),
                                                                        GTK_TYPE_STACK)),
                                    "meeting");
  vc_test_settle (200);
  vc_test_save_screenshot (GTK_WIDGET (window), "board-roles-offered");

  /* Taken when the facilitator says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "meeting.use-offered-names", NULL));
  g_assert_cmpstrv (vc_session_get_people (second), names);
  g_assert_cmpstr (vc_session_get_holder (second, "coordinator"), ==, "Anna");
  g_assert_null (vc_meeting_panel_get_offered_names (panel));

  /* Another deck's meeting: offered in the player too, not copied. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  vc_window_open_file (window, file);
  vc_test_settle (500);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  g_assert_cmpuint (g_strv_length ((char **)vc_session_get_people (vc_player_view_get_session (player))),
                    ==, 0);
  g_assert_nonnull (vc_player_view_get_offered_people (player));
  g_assert_cmpstrv (vc_player_view_get_offered_people (player), names);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* Each pair's own button removes that pair, whichever came before it. */
static void
test_remove_button (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  VcBoard *board = VC_BOARD (vc_board_new (deck, session));
  GtkWidget *window = show_board (board, 1366, 768);
  g_autoptr(GPtrArray) buttons = NULL;

  activate (board, "board.pair", "(ss)", "respect", "eye-level");
  activate (board, "board.pair", "(ss)", "participation", "door-key");
  activate (board, "board.pair", "(ss)", "dignity", "coffee");
  vc_test_settle (100);

  buttons = vc_test_find_all (GTK_WIDGET (board), GTK_TYPE_BUTTON, vc_test_has_action, (gpointer)"board.unpair");
  g_assert_cmpuint (buttons->len, ==, 3);
  /* A button activated from the keyboard clicks once it has shown it. */
  g_assert_true (gtk_widget_activate (g_ptr_array_index (buttons, 1)));
  vc_test_settle (400);
  g_assert_cmpuint (n_pairs (session), ==, 2);
  assert_pair (session, 0, "respect", "eye-level", NULL);
  assert_pair (session, 1, "dignity", "coffee", NULL);

  /* The rows after it moved up; their buttons still name their own pair. */
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = vc_test_find_all (GTK_WIDGET (board), GTK_TYPE_BUTTON, vc_test_has_action, (gpointer)"board.unpair");
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_true (gtk_widget_activate (g_ptr_array_index (buttons, 1)));
  vc_test_settle (400);
  g_assert_cmpuint (n_pairs (session), ==, 1);
  assert_pair (session, 0, "respect", "eye-level", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/board/play", test_play);
  g_test_add_func ("/ui/board/typing", test_typing);
  g_test_add_func ("/ui/board/drop", test_drop);
  g_test_add_func ("/ui/board/narrow", test_narrow);
  g_test_add_func ("/ui/board/meeting-frame", test_meeting_frame);
  g_test_add_func ("/ui/board/reflection-frame", test_reflection_frame);
  g_test_add_func ("/ui/board/laptop", test_laptop);
  g_test_add_func ("/ui/board/laptop-presenting", test_laptop_presenting);
  g_test_add_func ("/ui/board/finish", test_finish);
  g_test_add_func ("/ui/board/keyboard", test_keyboard);
  g_test_add_func ("/ui/board/roles-offered", test_roles_offered);
  g_test_add_func ("/ui/board/remove-button", test_remove_button);
  g_test_add_func ("/ui/board/values-bar", test_values_bar);

  return g_test_run ();
}
