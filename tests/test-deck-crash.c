/* test-deck-crash.c
 *
 * Kills a process that saves a deck and its draft over and over, at
 * random moments, and checks after every kill that neither is lost or
 * half written, and that temporary files do not pile up.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "vc-deck-document.h"
#include "vc-deck-draft.h"

#define N_KILLS 200

/* The child: a deck with a few hundred cards, saved with a new title each
 * time, its draft written in between. It goes on from the round the deck
 * on disk has reached, so a deck can be checked never to go back. */
static int
run_child (const char *deck_path,
           const char *source)
{
  g_autoptr(GFile) source_file = g_file_new_for_path (source);
  g_autoptr(GFile) file = g_file_new_for_path (deck_path);
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  guint64 round = 0;
  const char *title;

  if (g_file_query_exists (file, NULL))
    doc = vc_deck_document_new_from_file (file, &error);
  else
    {
      guint n_cards;

      doc = vc_deck_document_new_from_file (source_file, &error);
      g_assert_nonnull (doc);
      n_cards = vc_deck_document_get_length (doc, "/cards");
      for (guint i = 0; i < 300; i++)
        {
          g_autofree char *path = g_strdup_printf ("/cards/%u", i % n_cards);
          g_autofree char *copy = vc_deck_document_duplicate (doc, path, NULL);
        }
      if (!vc_deck_document_save (doc, file, &error))
        g_error ("%s", error->message);
    }
  if (doc == NULL)
    g_error ("%s", error->message);

  title = vc_deck_document_get_string (doc, "/title");
  if (g_str_has_prefix (title, "Round "))
    g_ascii_string_to_unsigned (title + 6, 10, 1, G_MAXUINT, &round, NULL);

  vc_deck_document_set_autosave (doc, TRUE);
  g_print ("ready\n");
  fflush (stdout);

  for (round++; ; round++)
    {
      g_autofree char *new_title = g_strdup_printf ("Round %" G_GUINT64_FORMAT, round);

      vc_deck_document_set_string (doc, "/title", new_title, NULL);
      if (!vc_deck_document_write_draft (doc, &error) ||
          !vc_deck_document_save (doc, NULL, &error))
        g_error ("%s", error->message);
      g_print ("saved\n");
      fflush (stdout);
    }
  return 0;
}

static guint
count_leftovers (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".saving-") != NULL)
      n++;
  return n;
}

static void
check_deck (const char *deck_path,
            guint      *last_round)
{
  g_autoptr(GFile) file = g_file_new_for_path (deck_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new_from_file (file, &error);
  g_autofree char *contents = NULL;
  g_autofree char *canonical = NULL;
  const char *title;
  guint64 round = 0;

  g_assert_no_error (error);
  title = vc_deck_document_get_string (doc, "/title");
  g_assert_nonnull (title);
  if (g_str_has_prefix (title, "Round "))
    g_assert_true (g_ascii_string_to_unsigned (title + 6, 10, 1, G_MAXUINT, &round, NULL));
  /* Never older than what was there before the kill. */
  g_assert_cmpuint (round, >=, *last_round);
  *last_round = round;

  g_assert_true (g_file_get_contents (deck_path, &contents, NULL, NULL));
  canonical = vc_deck_document_dup_data (doc, NULL);
  g_assert_true (g_str_equal (contents, canonical));
}

static void
test_kill_while_saving (void)
{
  g_autofree char *dir = g_dir_make_tmp ("deck-crash-XXXXXX", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "ours.vcdeck", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", "workplace-dilemmas.vcdeck", NULL);
  g_autofree char *self = g_test_build_filename (G_TEST_BUILT, "test-deck-crash", NULL);
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  g_autofree char *draft_dir = g_build_filename (data_home, "value-cards", "drafts", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1205);
  guint last_round = 0;
  guint n_drafts_checked = 0;

  for (guint kill = 0; kill < N_KILLS; kill++)
    {
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDir) drafts = NULL;
      const char *name;
      g_autoptr(GDataInputStream) out = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
      g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
      child = g_subprocess_launcher_spawn (launcher, &error, self, "--child", deck_path, source, NULL);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_cmpstr (line, ==, "ready");

      /* Every other time, after one whole round, so that the rounds go on
       * however slow the machine; the kill itself comes at a random moment. */
      if (kill % 2 == 0)
        {
          g_autofree char *saved = g_data_input_stream_read_line (out, NULL, NULL, &error);

          g_assert_cmpstr (saved, ==, "saved");
        }
      g_usleep (g_rand_int_range (rand, 0, 60000));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (g_subprocess_get_if_exited (child));

      check_deck (deck_path, &last_round);

      /* The draft is whole too, or not there yet. */
      drafts = g_dir_open (draft_dir, 0, NULL);
      while (drafts != NULL && (name = g_dir_read_name (drafts)) != NULL)
        {
          g_autofree char *draft_path = g_build_filename (draft_dir, name, NULL);
          g_autoptr(VcDeckDocument) restored = NULL;

          if (!g_str_has_suffix (name, ".vcdraft"))
            continue;
          restored = vc_deck_document_new_from_draft (draft_path, &error);

          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (vc_deck_document_get_string (restored, "/title"), "Round "));
          n_drafts_checked++;
        }
      g_assert_cmpuint (count_leftovers (draft_dir), <=, 1);
      g_assert_cmpuint (count_leftovers (dir), <=, 1);
    }

  g_test_message ("%u kills; the deck reached round %u; %u drafts restored", N_KILLS, last_round,
                  n_drafts_checked);
  g_assert_cmpuint (last_round, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck-crash/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
