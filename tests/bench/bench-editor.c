/* bench-editor.c
 *
 * Measures the deck editor: how soon a change typed into a card's title
 * is on the room's screen in the preview, up to the frame that shows it;
 * and how long a deck of 1,000 cards takes to open in the editor, against
 * opening the same deck in the player.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vc-deck-draft.h"
#include "vc-editor-window.h"
#include "vc-window.h"

#include "bench-frames.h"

#define WINDOW_WIDTH     1920
#define WINDOW_HEIGHT    1080
#define DEFAULT_KEYS     200
#define WARM_UP_KEYS     10
#define BIG_DECK_CARDS   1000
#define OPEN_ROUNDS      5

/* Faster than anyone types, slow enough for the frame clock to fall idle
 * between keys, so that a key is timed from a quiet window. */
#define KEY_GAP_MS       60
#define SETTLE_MS        500
#define PAGE_TIMEOUT_S   60

#define TARGET_MEDIAN_MS 16.7

#define EXIT_SKIP 77

static gboolean
checked (gpointer window)
{
  return !vc_editor_window_is_checking (window);
}

static gboolean
has_text (GtkWidget  *widget,
          const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child, text))
      return TRUE;
  return FALSE;
}

/* Letters typed into a card's title, one at a time, each timed from the
 * moment it goes into the field to the end of the frame that shows the
 * preview with it. */
static int
bench_keystroke (guint n_keys)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = vc_deck_document_new_from_file (file, NULL);
  g_autofree double *times = g_new0 (double, n_keys);
  VcEditorWindow *window;
  GtkWidget *title;
  FrameWatch watch;
  int position;

  if (document == NULL)
    {
      print_skipped ("editor-keystroke-preview-median", "the deck did not open");
      print_skipped ("editor-keystroke-preview-p95", "the deck did not open");
      return EXIT_SKIP;
    }

  window = vc_editor_window_new (NULL, document);
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  frame_watch_start (&watch, GTK_WIDGET (window));
  if (wait_for_frame (&watch, 0) == 0)
    {
      print_skipped ("editor-keystroke-preview-median", "the window was never drawn");
      print_skipped ("editor-keystroke-preview-p95", "the window was never drawn");
      return EXIT_SKIP;
    }

  vc_editor_window_select (window, "/cards/2/title");
  title = vc_editor_form_get_field (vc_editor_window_get_form (window), "/cards/2/title");
  g_assert (GTK_IS_EDITABLE (title));
  gtk_widget_grab_focus (title);
  run_until (checked, window, PAGE_TIMEOUT_S * 1000);
  run_for (SETTLE_MS);

  position = -1;
  for (guint i = 0; i < n_keys + WARM_UP_KEYS; i++)
    {
      char letter[2] = { (char)('a' + i % 26), '\0' };
      gint64 start, painted;

      position = (int)strlen (gtk_editable_get_text (GTK_EDITABLE (title)));
      start = g_get_monotonic_time ();
      gtk_editable_insert_text (GTK_EDITABLE (title), letter, 1, &position);
      painted = wait_for_frame (&watch, start);
      if (painted == 0)
        {
          print_skipped ("editor-keystroke-preview-median", "a key press was never drawn");
          print_skipped ("editor-keystroke-preview-p95", "a key press was never drawn");
          return EXIT_SKIP;
        }
      if (i >= WARM_UP_KEYS)
        times[i - WARM_UP_KEYS] = (painted - start) / 1000.0;
      run_for (KEY_GAP_MS);
    }

  /* What was timed is what the room would see. */
  if (!has_text (GTK_WIDGET (vc_editor_preview_get_card_view (vc_editor_window_get_preview (window))),
                 gtk_editable_get_text (GTK_EDITABLE (title))))
    {
      g_printerr ("The preview does not show the title as typed.\n");
      return 1;
    }

  qsort (times, n_keys, sizeof (double), compare_doubles);
  printf ("BENCH editor-keystroke-preview-median %.2f ms\n", median (times, n_keys));
  printf ("BENCH editor-keystroke-preview-p95 %.2f ms\n", percentile (times, n_keys, 95));
  fflush (stdout);
  g_printerr ("%u letters typed into a card's title at %dx%d; the target for the median is %.1f ms.\n",
              n_keys, WINDOW_WIDTH, WINDOW_HEIGHT, TARGET_MEDIAN_MS);
  if (median (times, n_keys) > TARGET_MEDIAN_MS)
    g_printerr ("The median is above one frame at 60 Hz.\n");

  frame_watch_stop (&watch);
  vc_deck_document_set_autosave (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

/* A legal deck of @n dilemmas in two parts each. */
static char *
write_big_deck (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-bench-XXXXXX", NULL);
  char *path = g_build_filename (dir, "big.vcdeck", NULL);
  GString *json = g_string_new (NULL);

  g_string_append (json,
                   "{\"format-version\": 1, \"id\": \"local.big\", \"version\": \"1\", \"kind\": \"dilemmas\",\n"
                   " \"title\": \"A Thousand Dilemmas\", \"description\": \"For measuring.\",\n"
                   " \"source-language\": \"en\", \"authors\": [\"Bench\"], \"license\": \"CC0-1.0\",\n"
                   " \"audience\": [\"staff-meeting\", \"reflection\"],\n"
                   " \"cards\": [\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "  {\"id\": \"card-%u\", \"kind\": \"dilemma\", \"title\": \"Dilemma number %u\",\n"
                            "   \"stages\": [\"Something happens on an ordinary day at work, number %u.\",\n"
                            "                {\"text\": \"Then something else happens.\", \"questions\": [\"What now?\"]}],\n"
                            "   \"questions\": [\"What would you do?\", \"Why?\"]}%s\n",
                            i, i + 1, i + 1, i + 1 < n ? "," : "");
  g_string_append (json,
                   " ],\n"
                   " \"closing\": {\"id\": \"closing\", \"kind\": \"closing\", \"title\": \"Closing\",\n"
                   "             \"questions\": [\"What do you take with you?\"]}\n"
                   "}\n");
  g_file_set_contents (path, json->str, (gssize)json->len, NULL);
  g_string_free (json, TRUE);
  return path;
}

typedef struct
{
  VcWindow   *window;
} PageWait;

static gboolean
deck_page_shown (gpointer data)
{
  const char *page = vc_window_get_page (((PageWait *)data)->window);

  return g_strcmp0 (page, "deck") == 0 || g_strcmp0 (page, "problems") == 0;
}

/* From asking for the deck to the first frame of the deck's page. */
static double
open_in_player (GFile *file)
{
  VcWindow *window = vc_window_new (NULL);
  PageWait wait = { window };
  FrameWatch watch;
  gint64 start, painted;
  double ms = -1;

  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  frame_watch_start (&watch, GTK_WIDGET (window));
  wait_for_frame (&watch, 0);
  run_for (SETTLE_MS);

  start = g_get_monotonic_time ();
  vc_window_open_file (window, file);
  if (run_until (deck_page_shown, &wait, PAGE_TIMEOUT_S * 1000) &&
      g_strcmp0 (vc_window_get_page (window), "deck") == 0 &&
      (painted = wait_for_frame (&watch, g_get_monotonic_time ())) != 0)
    ms = (painted - start) / 1000.0;

  frame_watch_stop (&watch);
  gtk_window_destroy (GTK_WINDOW (window));
  run_for (200);
  return ms;
}

/* From asking for the deck to the first frame of the editor with it. */
static double
open_in_editor (GFile *file)
{
  g_autoptr(VcDeckDocument) document = NULL;
  VcEditorWindow *window;
  FrameWatch watch;
  gint64 start, painted;
  double ms = -1;

  start = g_get_monotonic_time ();
  document = vc_deck_document_new_from_file (file, NULL);
  if (document == NULL)
    return -1;
  window = vc_editor_window_new (NULL, document);
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  frame_watch_start (&watch, GTK_WIDGET (window));
  painted = wait_for_frame (&watch, 0);
  if (painted != 0)
    ms = (painted - start) / 1000.0;

  /* The check of the whole deck goes on away from the window. */
  run_until (checked, window, PAGE_TIMEOUT_S * 1000);
  frame_watch_stop (&watch);
  vc_deck_document_set_autosave (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  run_for (200);
  return ms;
}

static int
bench_open (void)
{
  g_autofree char *path = write_big_deck (BIG_DECK_CARDS);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double player[OPEN_ROUNDS], editor[OPEN_ROUNDS];
  g_autoptr(GFile) dir = g_file_get_parent (file);

  /* Taken in turns, so that a slower moment of the machine falls on both. */
  for (guint i = 0; i < OPEN_ROUNDS; i++)
    {
      player[i] = open_in_player (file);
      editor[i] = open_in_editor (file);
      if (player[i] < 0 || editor[i] < 0)
        {
          print_skipped ("editor-open-1000-ratio", "the deck did not open");
          return EXIT_SKIP;
        }
    }

  qsort (player, OPEN_ROUNDS, sizeof (double), compare_doubles);
  qsort (editor, OPEN_ROUNDS, sizeof (double), compare_doubles);
  printf ("BENCH editor-open-1000-ratio %.2f\n", median (editor, OPEN_ROUNDS) / median (player, OPEN_ROUNDS));
  fflush (stdout);
  g_printerr ("A deck of %u cards opens in %.0f ms in the editor and in %.0f ms in the player (medians of %u).\n",
              BIG_DECK_CARDS, median (editor, OPEN_ROUNDS), median (player, OPEN_ROUNDS), OPEN_ROUNDS);

  g_unlink (path);
  g_file_delete (dir, NULL, NULL);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *which = argc > 1 ? argv[1] : "all";
  g_autofree char *data_home = g_dir_make_tmp ("vc-bench-data-XXXXXX", NULL);
  int status = 0;

  /* Drafts and sessions go to a folder of the benchmark's own. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VALUE_CARDS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      print_skipped ("editor-keystroke-preview-median", "there is no display");
      print_skipped ("editor-keystroke-preview-p95", "there is no display");
      print_skipped ("editor-open-1000-ratio", "there is no display");
      return EXIT_SKIP;
    }
  adw_init ();
  use_app_style ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  if (g_str_equal (which, "all") || g_str_equal (which, "keystroke"))
    status = bench_keystroke (DEFAULT_KEYS);
  if (status == 0 && (g_str_equal (which, "all") || g_str_equal (which, "open")))
    status = bench_open ();
  return status;
}
