/* test-deck-document.c
 *
 * The editable deck document: every operation, undo and redo, ids, and
 * saving round trips of every built-in and every broken deck.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "vc-deck-document.h"
#include "vc-deck-draft.h"
#include "vc-deck-error.h"
#include "vc-deck-problem.h"

static char *
decks_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "decks", NULL);
}

static VcDeckDocument *
open_builtin (const char *name)
{
  g_autofree char *dir = decks_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeckDocument *doc = vc_deck_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
data_of (VcDeckDocument *doc)
{
  return vc_deck_document_dup_data (doc, NULL);
}

static void
test_builtin_canonical (void)
{
  g_autofree char *dir = decks_dir ();
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *written = NULL;
      g_autofree char *tmp = NULL;
      g_autofree char *saved = NULL;
      g_autoptr(VcDeckDocument) doc = NULL;
      g_autoptr(VcDeckDocument) again = NULL;
      g_autoptr(GFile) out = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".vcdeck"))
        continue;
      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      doc = open_builtin (name);
      written = data_of (doc);
      /* Saved without edits, a shipped deck comes out as its file. */
      g_assert_cmpstr (written, ==, contents);
      g_assert_false (vc_deck_document_get_modified (doc));

      tmp = g_build_filename (g_get_tmp_dir (), name, NULL);
      out = g_file_new_for_path (tmp);
      g_assert_true (vc_deck_document_save (doc, out, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (tmp, &saved, NULL, NULL));
      g_assert_cmpstr (saved, ==, contents);

      again = vc_deck_document_new_from_file (out, &error);
      g_assert_no_error (error);
      g_assert_true (json_node_equal (vc_deck_document_get_root (doc),
                                      vc_deck_document_get_root (again)));
      n++;
    }
  g_assert_cmpuint (n, >=, 7);
}

static void
round_trip (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *tmp = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) out = g_file_new_for_path (tmp);
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(VcDeckDocument) again = NULL;
  g_autoptr(GError) error = NULL;

  doc = vc_deck_document_new_from_file (file, &error);
  g_assert_no_error (error);
  first = data_of (doc);
  g_assert_true (vc_deck_document_save (doc, out, &error));
  g_assert_no_error (error);

  again = vc_deck_document_new_from_file (out, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (vc_deck_document_get_root (doc), vc_deck_document_get_root (again)));
  second = data_of (again);
  g_assert_true (g_str_equal (first, second));
}

/* Every broken deck opens in the editor, except those that are not JSON
 * at all: the problems the loader finds before it reads any member. */
static void
test_broken_round_trip (void)
{
  static const char * const file_level[] = {
    "io", "not-regular", "too-large", "invalid-utf8", "too-deep", "syntax", "duplicate-member", NULL
  };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  g_autofree char *table = g_build_filename (dir, "expected.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_opened = 0, n_refused = 0;

  g_assert_true (g_file_get_contents (table, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(VcDeckDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      gboolean not_json;

      if (g_strv_length (fields) < 3)
        continue;
      path = g_build_filename (dir, fields[0], NULL);
      not_json = g_strv_contains (file_level, fields[1]) || g_str_equal (fields[2], "$");

      file = g_file_new_for_path (path);
      doc = vc_deck_document_new_from_file (file, &error);
      if (not_json)
        {
          g_assert_null (doc);
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          n_refused++;
        }
      else
        {
          g_assert_no_error (error);
          round_trip (path);
          n_opened++;
        }
    }

  g_test_message ("%u broken decks opened and saved, %u refused as not a JSON object", n_opened, n_refused);
  g_assert_cmpuint (n_opened, >=, 60);
}

static void
test_new_decks (void)
{
  static const VcDeckKind kinds[] = {
    VC_DECK_KIND_VALUES_GAME, VC_DECK_KIND_DILEMMAS, VC_DECK_KIND_QUESTIONS, VC_DECK_KIND_STATEMENTS,
  };
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(VcDeckDocument) doc = vc_deck_document_new (kinds[i], NULL);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(VcDeck) deck = NULL;
      g_autofree char *path = NULL;
      const char *id = vc_deck_document_get_string (doc, "/id");

      g_assert_nonnull (id);
      g_assert_true (g_hash_table_add (ids, g_strdup (id)));
      g_assert_cmpint (json_node_get_int (vc_deck_document_get_node (doc, "/format-version")), ==, 1);
      g_assert_cmpuint (vc_deck_document_get_length (doc, "/roles"), ==, 3);
      g_assert_cmpstr (vc_deck_document_get_string (doc, "/closing/kind"), ==, "closing");
      g_assert_false (vc_deck_document_can_undo (doc));

      /* Both audiences are there: nothing more to add. */
      {
        g_autoptr(GError) error = NULL;

        g_assert_null (vc_deck_document_add (doc, "/audience", -1, NULL, &error));
        g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE);
      }

      /* With one item of its own it is a deck the app can play. */
      if (kinds[i] == VC_DECK_KIND_VALUES_GAME)
        {
          for (guint w = 0; w < 2; w++)
            {
              path = vc_deck_document_add (doc, "/values-game/words", -1, NULL, NULL);
              g_clear_pointer (&path, g_free);
            }
          g_assert_cmpuint (vc_deck_document_get_length (doc, "/values-game/words"), ==, 2);
          g_assert_cmpstr (vc_deck_document_get_string (doc, "/values-game/words/1/id"), ==, "new-word-2");
        }
      else
        {
          const char *card_kind = kinds[i] == VC_DECK_KIND_DILEMMAS ? "dilemma"
                                  : kinds[i] == VC_DECK_KIND_QUESTIONS ? "question" : "statement";

          path = vc_deck_document_add (doc, "/cards", -1, card_kind, NULL);
          g_assert_cmpstr (path, ==, "/cards/0");
          deck = vc_deck_document_check (doc, VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);
          g_assert_nonnull (deck);
        }
    }
}

static void
test_ids (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("workplace-dilemmas.vcdeck");
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *first = NULL;
  const char *id0;

  g_autofree char *made = vc_deck_make_id ("Självbestämmande och trygghet!");
  g_autofree char *blank = vc_deck_make_id ("  ");
  g_autofree char *numbered = NULL;

  g_assert_cmpstr (made, ==, "sjalvbestammande-och-trygghet");
  g_assert_cmpstr (blank, ==, "item");

  first = g_strdup (vc_deck_document_get_string (doc, "/cards/0/id"));
  id0 = vc_deck_document_get_string (doc, "/cards/1/id");
  /* Giving a card another card's id gives it a number instead. */
  g_assert_true (vc_deck_document_set_id (doc, "/cards/1/id", first, &error));
  g_assert_no_error (error);
  numbered = g_strconcat (first, "-2", NULL);
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/1/id"), ==, numbered);
  (void)id0;

  /* The closing card's id counts among the cards'. */
  g_assert_true (vc_deck_document_set_string (doc, "/cards/2/id", "closing", &error));
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/2/id"), ==, "closing-2");

  copy = vc_deck_document_duplicate (doc, "/cards/0", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy, ==, "/cards/1");
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/1/title"), ==,
                   vc_deck_document_get_string (doc, "/cards/0/title"));
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/1/id"), !=,
                   vc_deck_document_get_string (doc, "/cards/0/id"));
}

static void
check_ids_unique (VcDeckDocument *doc,
                  const char     *list)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = vc_deck_document_get_length (doc, list);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u/id", list, i);
      const char *id = vc_deck_document_get_string (doc, path);

      g_assert_nonnull (id);
      g_assert_true (g_hash_table_add (seen, (gpointer)id));
    }
}

static void
test_operations (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("workplace-dilemmas.vcdeck");
  g_autofree char *original = data_of (doc);
  g_autoptr(GError) error = NULL;
  g_autofree char *title0 = g_strdup (vc_deck_document_get_string (doc, "/cards/0/title"));
  g_autofree char *path = NULL;
  guint n_cards = vc_deck_document_get_length (doc, "/cards");
  static const char * const kinds[] = { "dilemma", "question", "statement" };
  static const char * const lists[] = {
    "/roles", "/introduction/ground-rules", "/cards/0/stages", "/cards/0/questions",
    "/cards/0/questions/0/options", "/cards/0/tags", "/authors",
  };

  /* Add a card of each kind at the front; each is valid and has its own id. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_clear_pointer (&path, g_free);
      path = vc_deck_document_add (doc, "/cards", 0, kinds[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (path, ==, "/cards/0");
      g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/0/kind"), ==, kinds[i]);
    }
  g_assert_cmpuint (vc_deck_document_get_length (doc, "/cards"), ==, n_cards + 3);
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/cards/3/title"), ==, title0);
  g_assert_cmpstr (vc_deck_document_get_undo_label (doc), ==, "Add Card");
  check_ids_unique (doc, "/cards");

  /* Every list: add, edit, duplicate, move, delete. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *list = g_strdup (lists[i]);
      g_autofree char *first_item = NULL;
      g_autofree char *second_item = NULL;
      guint n;

      if (g_str_has_prefix (list, "/cards/0"))
        {
          g_autofree char *rest = g_strdup (list + strlen ("/cards/0"));

          g_free (list);
          list = g_strconcat ("/cards/3", rest, NULL);
        }
      if (vc_deck_document_get_node (doc, list) == NULL)
        continue;

      first_item = g_strconcat (list, "/0", NULL);
      second_item = g_strconcat (list, "/1", NULL);
      n = vc_deck_document_get_length (doc, list);
      g_clear_pointer (&path, g_free);
      path = vc_deck_document_add (doc, list, 0, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (vc_deck_document_get_length (doc, list), ==, n + 1);
      g_clear_pointer (&path, g_free);
      path = vc_deck_document_duplicate (doc, first_item, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (vc_deck_document_get_length (doc, list), ==, n + 2);
      g_assert_true (vc_deck_document_move (doc, first_item, n + 1, &error));
      g_assert_true (vc_deck_document_remove (doc, second_item, &error));
      g_assert_cmpuint (vc_deck_document_get_length (doc, list), ==, n + 1);
      if (g_str_equal (list, "/roles"))
        check_ids_unique (doc, list);
    }

  /* Metadata */
  g_assert_true (vc_deck_document_set_string (doc, "/title", "Våra dilemman", &error));
  g_assert_true (vc_deck_document_set_string (doc, "/subtitle", "För APT", &error));
  g_assert_true (vc_deck_document_set_int (doc, "/minutes-per-card", 12, &error));
  g_assert_true (vc_deck_document_set_strv (doc, "/audience", (const char *[]){ "reflection", NULL }, &error));
  g_assert_true (vc_deck_document_unset (doc, "/description", &error));
  g_assert_true (vc_deck_document_set_string (doc, "/cards/3/facilitator-notes", "Notes", &error));
  g_assert_true (vc_deck_document_set_string (doc, "/closing/questions/0", "Vad tar vi med oss?", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/closing/questions/0"), ==, "Vad tar vi med oss?");

  /* Errors say where. */
  g_assert_false (vc_deck_document_remove (doc, "/cards/9999", &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (vc_deck_document_add (doc, "/cards", -1, "closing", &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* Undo all gives back the deck as it was opened, redo all the edited one. */
  {
    g_autofree char *edited = data_of (doc);
    g_autofree char *undone = NULL;
    g_autofree char *redone = NULL;

    while (vc_deck_document_undo (doc))
      ;
    undone = data_of (doc);
    g_assert_cmpstr (undone, ==, original);
    g_assert_false (vc_deck_document_get_modified (doc));
    while (vc_deck_document_redo (doc))
      ;
    redone = data_of (doc);
    g_assert_cmpstr (redone, ==, edited);
    g_assert_true (vc_deck_document_get_modified (doc));
  }
}

static void
test_typing_merges (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("values-game.vcdeck");
  g_autofree char *original = data_of (doc);
  g_autofree char *after = NULL;
  const char *steps[] = { "T", "Tr", "Try", "Tryg", "Trygg", "Trygghet" };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_true (vc_deck_document_set_string (doc, "/values-game/words/7/word", steps[i], NULL));
  g_assert_cmpuint (vc_deck_document_get_n_undo (doc), ==, 1);
  g_assert_cmpstr (vc_deck_document_get_undo_label (doc), ==, "Typing");

  /* Another field is another step, and so is the same field after leaving it. */
  g_assert_true (vc_deck_document_set_string (doc, "/values-game/words/7/definition", "Att känna sig trygg.", NULL));
  g_assert_cmpuint (vc_deck_document_get_n_undo (doc), ==, 2);
  vc_deck_document_break_merge (doc);
  g_assert_true (vc_deck_document_set_string (doc, "/values-game/words/7/definition", "Att känna sig trygg hemma.", NULL));
  g_assert_cmpuint (vc_deck_document_get_n_undo (doc), ==, 3);

  vc_deck_document_undo (doc);
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/values-game/words/7/definition"), ==, "Att känna sig trygg.");
  vc_deck_document_undo (doc);
  vc_deck_document_undo (doc);
  after = data_of (doc);
  g_assert_cmpstr (after, ==, original);
  g_assert_false (vc_deck_document_can_undo (doc));
}

/* Picks a random list item of the deck, or a list. */
static char *
random_list (VcDeckDocument *doc,
             GRand          *rand)
{
  static const char * const fixed[] = {
    "/roles", "/introduction/ground-rules", "/cards", "/authors", "/closing/questions",
  };
  guint n_cards = vc_deck_document_get_length (doc, "/cards");
  guint choice = g_rand_int_range (rand, 0, G_N_ELEMENTS (fixed) + 4);

  if (choice < G_N_ELEMENTS (fixed) || n_cards == 0)
    return g_strdup (fixed[choice % G_N_ELEMENTS (fixed)]);
  else
    {
      static const char * const inner[] = { "stages", "questions", "tags", "actions" };
      g_autofree char *list = g_strdup_printf ("/cards/%u/%s", g_rand_int_range (rand, 0, n_cards),
                                               inner[choice - G_N_ELEMENTS (fixed)]);

      if (vc_deck_document_get_node (doc, list) == NULL)
        return g_strdup ("/cards");
      return g_steal_pointer (&list);
    }
}

static void
random_operation (VcDeckDocument *doc,
                  GRand          *rand)
{
  g_autofree char *list = random_list (doc, rand);
  guint n = vc_deck_document_get_length (doc, list);
  g_autofree char *item = n > 0 ? g_strdup_printf ("%s/%u", list, g_rand_int_range (rand, 0, n)) : NULL;
  g_autofree char *result = NULL;
  static const char * const kinds[] = { "dilemma", "question", "statement" };

  switch (item ? g_rand_int_range (rand, 0, 6) : 0)
    {
    case 0:
      result = vc_deck_document_add (doc, list, g_rand_int_range (rand, -1, n + 1),
                                     kinds[g_rand_int_range (rand, 0, 3)], NULL);
      break;
    case 1:
      vc_deck_document_remove (doc, item, NULL);
      break;
    case 2:
      vc_deck_document_move (doc, item, g_rand_int_range (rand, 0, n), NULL);
      break;
    case 3:
      result = vc_deck_document_duplicate (doc, item, NULL);
      break;
    case 4:
      {
        JsonNode *node = vc_deck_document_get_node (doc, item);
        g_autofree char *text = g_strdup_printf ("Text %u åäö", g_rand_int (rand));

        if (JSON_NODE_HOLDS_VALUE (node))
          vc_deck_document_set_string (doc, item, text, NULL);
        else if (JSON_NODE_HOLDS_OBJECT (node))
          {
            g_autofree char *field = g_strconcat (item, g_rand_boolean (rand) ? "/id" : "/title", NULL);

            vc_deck_document_set_string (doc, field, text, NULL);
          }
      }
      break;
    default:
      vc_deck_document_break_merge (doc);
      vc_deck_document_set_string (doc, "/title", "Title", NULL);
      if (g_rand_boolean (rand))
        vc_deck_document_unset (doc, "/subtitle", NULL);
      else
        vc_deck_document_set_string (doc, "/subtitle", "Subtitle", NULL);
    }
}

static void
test_random_sequence (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("workplace-dilemmas.vcdeck");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  g_autofree char *original = data_of (doc);
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint n_steps;

  for (guint i = 0; i < 3000; i++)
    {
      random_operation (doc, rand);
      if (g_rand_int_range (rand, 0, 50) == 0)
        {
          /* Undo a few and go on from there, dropping what could be redone. */
          for (guint j = g_rand_int_range (rand, 1, 5); j > 0; j--)
            vc_deck_document_undo (doc);
        }
    }
  check_ids_unique (doc, "/cards");
  check_ids_unique (doc, "/roles");

  edited = data_of (doc);
  n_steps = vc_deck_document_get_n_undo (doc);
  g_test_message ("%u undo steps", n_steps);
  g_assert_cmpuint (n_steps, >, 1000);
  while (vc_deck_document_undo (doc))
    ;
  undone = data_of (doc);
  g_assert_cmpstr (undone, ==, original);
  while (vc_deck_document_redo (doc))
    ;
  redone = data_of (doc);
  g_assert_cmpstr (redone, ==, edited);
}

static void
test_save_errors (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, "Våra värden");
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-folder/deck.vcdeck");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *tmp = g_build_filename (g_get_tmp_dir (), "work-in-progress.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (tmp);

  vc_deck_document_set_string (doc, "/title", "Våra värden i hemtjänsten", NULL);
  g_assert_false (vc_deck_document_save (doc, nowhere, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO);
  g_assert_true (vc_deck_document_get_modified (doc));
  g_clear_error (&error);

  /* No words or pictures yet: the deck has errors, and is still saved. */
  deck = vc_deck_document_check (doc, VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);
  g_assert_null (deck);
  g_assert_cmpuint (g_list_model_get_n_items (problems), >, 0);
  g_assert_true (vc_deck_document_save (doc, file, &error));
  g_assert_no_error (error);
  g_assert_false (vc_deck_document_get_modified (doc));
  g_assert_true (g_file_equal (vc_deck_document_get_file (doc), file));
}

static void
count_signal (gpointer  object,
              gpointer  arg,
              guint    *count)
{
  (*count)++;
}

/* What an editor window follows: "changed" for each change, with its
 * place, and the undo state and the unsaved dot as properties. */
static void
test_signals (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("values-game.vcdeck");
  guint n_changed = 0, n_modified = 0, n_can_undo = 0, n_can_redo = 0;

  g_signal_connect (doc, "changed", G_CALLBACK (count_signal), &n_changed);
  g_signal_connect (doc, "notify::modified", G_CALLBACK (count_signal), &n_modified);
  g_signal_connect (doc, "notify::can-undo", G_CALLBACK (count_signal), &n_can_undo);
  g_signal_connect (doc, "notify::can-redo", G_CALLBACK (count_signal), &n_can_redo);

  vc_deck_document_set_string (doc, "/values-game/words/0/word", "Värdighet", NULL);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_modified, ==, 1);
  g_assert_cmpuint (n_can_undo, ==, 1);
  g_assert_cmpuint (n_can_redo, ==, 0);

  /* Typing on: a change, but no new undo step or state. */
  vc_deck_document_set_string (doc, "/values-game/words/0/word", "Värdigheten", NULL);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (n_modified, ==, 1);
  g_assert_cmpuint (n_can_undo, ==, 1);

  /* Setting what is there already changes nothing. */
  vc_deck_document_set_string (doc, "/values-game/words/0/word", "Värdigheten", NULL);
  g_assert_cmpuint (n_changed, ==, 2);

  /* Undo tells of each change it takes back: here, both keystrokes. */
  vc_deck_document_undo (doc);
  g_assert_cmpuint (n_changed, ==, 4);
  g_assert_cmpuint (n_modified, ==, 2);
  g_assert_cmpuint (n_can_undo, ==, 2);
  g_assert_cmpuint (n_can_redo, ==, 1);
  g_assert_false (vc_deck_document_get_modified (doc));
  g_assert_cmpstr (vc_deck_document_get_redo_label (doc), ==, "Typing");
}

static gboolean
quit_loop (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_draft (void)
{
  g_autoptr(VcDeckDocument) doc = open_builtin ("values-game.vcdeck");
  g_autoptr(VcDeckDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_build_filename (g_get_tmp_dir (), "draft-test.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (tmp);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  gint64 start;
  const char *draft_path;
  gboolean timeout = FALSE;

  g_assert_true (vc_deck_document_save (doc, file, &error));
  vc_deck_document_set_autosave (doc, TRUE);
  draft_path = vc_deck_document_get_draft_path (doc);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  vc_deck_document_set_string (doc, "/values-game/words/0/word", "Värdighet", NULL);
  start = g_get_monotonic_time ();
  g_timeout_add (2000, quit_loop, &timeout);
  while (!g_file_test (draft_path, G_FILE_TEST_EXISTS) && !timeout)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_test_message ("draft written %.2f s after the change",
                  (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  drafts = vc_deck_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (g_file_equal (((VcDeckDraft *)g_ptr_array_index (drafts, 0))->file, file));
  g_assert_cmpstr (((VcDeckDraft *)g_ptr_array_index (drafts, 0))->title, ==, "The Values Game");

  restored = vc_deck_document_new_from_draft (draft_path, &error);
  g_assert_no_error (error);
  expected = data_of (doc);
  got = data_of (restored);
  g_assert_cmpstr (got, ==, expected);
  g_assert_true (vc_deck_document_get_modified (restored));
  g_assert_true (g_file_equal (vc_deck_document_get_file (restored), file));

  /* Saving is the end of the draft. */
  g_assert_true (vc_deck_document_save (restored, NULL, &error));
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("deck-document-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);

  /* Drafts go to the user's data folder: here, one of the test's own. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/builtin-canonical", test_builtin_canonical);
  g_test_add_func ("/document/broken-round-trip", test_broken_round_trip);
  g_test_add_func ("/document/new", test_new_decks);
  g_test_add_func ("/document/ids", test_ids);
  g_test_add_func ("/document/operations", test_operations);
  g_test_add_func ("/document/typing-merges", test_typing_merges);
  g_test_add_func ("/document/random-sequence", test_random_sequence);
  g_test_add_func ("/document/save-errors", test_save_errors);
  g_test_add_func ("/document/draft", test_draft);
  g_test_add_func ("/document/signals", test_signals);

  return g_test_run ();
}
