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

#include "vc-board.h"
#include "vc-deck-loader.h"
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
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, NULL, &error);

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

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/board/play", test_play);
  g_test_add_func ("/ui/board/typing", test_typing);
  g_test_add_func ("/ui/board/drop", test_drop);
  g_test_add_func ("/ui/board/narrow", test_narrow);

  return g_test_run ();
}
