/* bench-edit.c
 *
 * Saving and undoing in the deck editor, on a deck of 10,000 cards.
 *
 *   BENCH edit-save-ratio: saving the deck (canonical JSON, written to a
 *     temporary file, flushed and renamed) against json-glib's generator
 *     writing the same tree to a file alone, both timed turn about in one
 *     process. The target is at most 1.5.
 *   BENCH undo-10000: undoing 10,000 steps of mixed edits, in ms.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-deck-document.h"

#define N_CARDS       10000
#define N_STEPS       10000
#define ROUNDS        9
#define WARM_UP       2
#define TARGET_RATIO  1.5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
skip (const char *reason)
{
  printf ("BENCH edit skipped: %s\n", reason);
  exit (77);
}

/* The built-in dilemmas, their cards copied until there are N_CARDS, each
 * with an id of its own. */
static VcDeckDocument *
build_deck (void)
{
  const char *dir = g_getenv ("VALUE_CARDS_DECKS_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : ".", "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  JsonArray *cards, *big;
  JsonObject *root;
  guint n;

  if (!json_parser_load_from_file (parser, path, NULL))
    skip ("the built-in dilemmas deck cannot be read; set VALUE_CARDS_DECKS_DIR");

  root = json_node_get_object (json_parser_get_root (parser));
  cards = json_object_get_array_member (root, "cards");
  n = json_array_get_length (cards);
  big = json_array_new ();
  for (guint i = 0; i < N_CARDS; i++)
    {
      g_autofree char *text = json_to_string (json_array_get_element (cards, i % n), FALSE);
      JsonNode *copy = json_from_string (text, NULL);
      g_autofree char *id = g_strdup_printf ("card-%u", i);

      json_object_set_string_member (json_node_get_object (copy), "id", id);
      json_array_add_element (big, copy);
    }
  json_object_set_array_member (root, "cards", big);

  data = json_to_string (json_parser_get_root (parser), FALSE);
  bytes = g_bytes_new (data, strlen (data));
  return vc_deck_document_new_from_bytes (bytes, NULL, NULL);
}

static double
time_save (VcDeckDocument *doc,
           GFile          *file)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!vc_deck_document_save (doc, file, &error))
    skip (error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_generator (JsonNode   *root,
                const char *path)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  if (!json_generator_to_file (generator, path, &error))
    skip (error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
random_edit (VcDeckDocument *doc,
             GRand          *rand,
             guint           i)
{
  guint n = vc_deck_document_get_length (doc, "/cards");
  g_autofree char *card = g_strdup_printf ("/cards/%u", g_rand_int_range (rand, 0, n));
  g_autofree char *result = NULL;

  switch (i % 5)
    {
    case 0:
      {
        g_autofree char *title = g_strconcat (card, "/title", NULL);
        g_autofree char *text = g_strdup_printf ("Edited %u", i);

        vc_deck_document_break_merge (doc);
        vc_deck_document_set_string (doc, title, text, NULL);
      }
      break;
    case 1:
      result = vc_deck_document_duplicate (doc, card, NULL);
      break;
    case 2:
      vc_deck_document_move (doc, card, g_rand_int_range (rand, 0, n), NULL);
      break;
    case 3:
      vc_deck_document_remove (doc, card, NULL);
      break;
    default:
      {
        g_autofree char *stages = g_strconcat (card, "/stages", NULL);

        if (vc_deck_document_get_node (doc, stages) != NULL)
          result = vc_deck_document_add (doc, stages, -1, NULL, NULL);
        else
          vc_deck_document_set_string (doc, "/subtitle", card, NULL);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (10000);
  g_autofree char *dir = g_dir_make_tmp ("value-cards-bench-XXXXXX", NULL);
  g_autofree char *ours = g_build_filename (dir, "saved.vcdeck", NULL);
  g_autofree char *theirs = g_build_filename (dir, "generated.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (ours);
  double save_ms[ROUNDS], generator_ms[ROUNDS], ratios[ROUNDS];
  double undo_ms, redo_ms, ratio;
  gint64 start;
  GStatBuf buf;

  if (dir == NULL)
    skip ("cannot make a temporary folder");

  doc = build_deck ();
  g_assert_cmpuint (vc_deck_document_get_length (doc, "/cards"), ==, N_CARDS);

  for (guint i = 0; i < WARM_UP + ROUNDS; i++)
    {
      double a = time_save (doc, file);
      double b = time_generator (vc_deck_document_get_root (doc), theirs);

      if (i >= WARM_UP)
        {
          save_ms[i - WARM_UP] = a;
          generator_ms[i - WARM_UP] = b;
          ratios[i - WARM_UP] = a / b;
          g_printerr ("round %u: save %7.2f ms, json-glib %7.2f ms, ratio %.3f\n",
                      i - WARM_UP + 1, a, b, a / b);
        }
    }
  g_stat (ours, &buf);
  ratio = median (ratios, ROUNDS);

  /* Undo: a history of N_STEPS steps on the big deck. */
  for (guint i = 0; vc_deck_document_get_n_undo (doc) < N_STEPS; i++)
    random_edit (doc, rand, i);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_STEPS; i++)
    vc_deck_document_undo (doc);
  undo_ms = (g_get_monotonic_time () - start) / 1000.0;
  start = g_get_monotonic_time ();
  while (vc_deck_document_redo (doc))
    ;
  redo_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_unlink (ours);
  g_unlink (theirs);
  g_rmdir (dir);

  printf ("BENCH edit-save-median %.1f ms\n", median (save_ms, ROUNDS));
  printf ("BENCH edit-save-json-median %.1f ms\n", median (generator_ms, ROUNDS));
  printf ("BENCH edit-save-ratio %.2f x\n", ratio);
  printf ("BENCH edit-save-size %.1f MiB\n", buf.st_size / (1024.0 * 1024.0));
  printf ("BENCH undo-10000 %.1f ms\n", undo_ms);
  printf ("BENCH redo-10000 %.1f ms\n", redo_ms);
  fflush (stdout);

  if (ratio > TARGET_RATIO)
    g_printerr ("Saving takes more than %.1f times as long as json-glib's generator alone.\n", TARGET_RATIO);

  return EXIT_SUCCESS;
}
