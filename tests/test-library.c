/* test-library.c
 *
 * Tests for the deck library: built-in decks, the user's folder with decks
 * in folders of their own, broken decks kept with their problems, and recent
 * decks.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "vc-deck-document.h"
#include "vc-deck-library.h"

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_file_get_contents (from, &contents, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, len, &error);
  g_assert_no_error (error);
}

static gboolean
not_loading (gpointer data)
{
  return !vc_deck_library_is_loading (data);
}

static void
wait_loaded (VcDeckLibrary *library)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!not_loading (library))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static VcDeckEntry *
find_entry (GListModel *model,
            const char *basename)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VcDeckEntry) entry = g_list_model_get_item (model, i);
      g_autofree char *name = g_file_get_basename (vc_deck_entry_get_file (entry));

      if (g_str_equal (name, basename))
        return entry;
    }

  return NULL;
}

static void
test_library (void)
{
  g_autofree char *user = g_dir_make_tmp ("vc-user-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (user, "our-team", NULL);
  g_autofree char *deep = g_build_filename (user, "a", "b", "c", NULL);
  g_autofree char *elsewhere = g_dir_make_tmp ("vc-else-XXXXXX", NULL);
  g_autofree char *user_deck = g_test_build_filename (G_TEST_DIST, "data", "user-deck-sv.vcdeck", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "empty-title.vcdeck", NULL);
  g_autofree char *recent = g_build_filename (elsewhere, "recent.vcdeck", NULL);
  g_autofree char *gone = g_build_filename (elsewhere, "gone.vcdeck", NULL);
  g_autofree char *in_sub = g_build_filename (sub, "team.vcdeck", NULL);
  g_autofree char *in_deep = g_build_filename (deep, "too-deep.vcdeck", NULL);
  g_autofree char *bad = g_build_filename (user, "bad.vcdeck", NULL);
  g_autoptr(GFile) builtin_dir = g_file_new_for_path (g_getenv ("VALUE_CARDS_DECKS_DIR"));
  g_autoptr(GFile) user_dir = g_file_new_for_path (user);
  g_autoptr(VcDeckLibrary) library = NULL;
  const char *recent_decks[] = { recent, gone, in_sub, NULL };
  VcDeckEntry *entry;
  GListModel *mine;
  g_autofree char *subtitle = NULL;

  g_mkdir_with_parents (sub, 0755);
  g_mkdir_with_parents (deep, 0755);
  copy_file (user_deck, in_sub);
  copy_file (user_deck, in_deep);
  copy_file (user_deck, recent);
  copy_file (broken, bad);

  library = vc_deck_library_new (builtin_dir, user_dir);
  vc_deck_library_load (library, recent_decks);
  wait_loaded (library);

  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_library_get_builtin (library)), >=, 7);
  for (guint i = 0; i < g_list_model_get_n_items (vc_deck_library_get_builtin (library)); i++)
    {
      g_autoptr(VcDeckEntry) builtin = g_list_model_get_item (vc_deck_library_get_builtin (library), i);

      g_assert_true (vc_deck_entry_is_builtin (builtin));
      g_assert_nonnull (vc_deck_entry_get_deck (builtin));
    }

  /* The deck in its own folder, the broken one and the recent one; not the
   * one buried too deep, the missing recent one, or a deck twice. */
  mine = vc_deck_library_get_user (library);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 3);
  g_assert_nonnull (find_entry (mine, "team.vcdeck"));
  g_assert_nonnull (find_entry (mine, "recent.vcdeck"));
  g_assert_null (find_entry (mine, "too-deep.vcdeck"));

  entry = find_entry (mine, "bad.vcdeck");
  g_assert_nonnull (entry);
  g_assert_null (vc_deck_entry_get_deck (entry));
  g_assert_nonnull (vc_deck_entry_get_error (entry));
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_entry_get_problems (entry)), >, 0);

  entry = find_entry (mine, "team.vcdeck");
  subtitle = vc_deck_entry_dup_subtitle (entry);
  g_assert_cmpstr (subtitle, ==, "Questions · 3 cards");

  g_unlink (in_sub);
  g_unlink (in_deep);
  g_unlink (recent);
  g_unlink (bad);
  g_rmdir (sub);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *parent = g_path_get_dirname (deep);

      g_rmdir (deep);
      g_free (deep);
      deep = g_steal_pointer (&parent);
    }
  g_rmdir (user);
  g_rmdir (elsewhere);
}

/* Only the decks that come with the app are trusted to draw their pictures
 * in the app's process, whichever way they are opened. */
static void
test_load_flags (void)
{
  g_autoptr(GFile) builtin_dir = vc_deck_library_dup_default_builtin_dir ();
  g_autoptr(GFile) builtin = g_file_get_child (builtin_dir, "values-game.vcdeck");
  g_autofree char *escape_path = g_build_filename (g_file_peek_path (builtin_dir), "..", "decks-elsewhere.vcdeck", NULL);
  g_autoptr(GFile) escape = g_file_new_for_path (escape_path);
  g_autofree char *dir = g_dir_make_tmp ("value-cards-flags-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (dir, "values-game.vcdeck", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);

  g_assert_true (g_file_set_contents (other_path, "{}", -1, NULL));
  g_assert_cmpint (vc_deck_library_get_load_flags (builtin), ==, VC_DECK_LOAD_TRUSTED);
  g_assert_cmpint (vc_deck_library_get_load_flags (other), ==, VC_DECK_LOAD_DEFAULT);
  g_assert_cmpint (vc_deck_library_get_load_flags (escape), ==, VC_DECK_LOAD_DEFAULT);
  g_assert_cmpint (vc_deck_library_get_load_flags (builtin_dir), ==, VC_DECK_LOAD_DEFAULT);

  g_unlink (other_path);
  g_rmdir (dir);
}

/* A deck saved from the editor with its problems still in it is in the
 * library, with them. */
static void
test_work_in_progress (void)
{
  g_autofree char *user = g_dir_make_tmp ("vc-user-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (user, "our-values.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) builtin_dir = g_file_new_for_path (g_getenv ("VALUE_CARDS_DECKS_DIR"));
  g_autoptr(GFile) user_dir = g_file_new_for_path (user);
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, "Our Values");
  g_autoptr(VcDeckLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  VcDeckEntry *entry;

  g_assert_true (vc_deck_document_save (doc, file, &error));
  g_assert_no_error (error);

  library = vc_deck_library_new (builtin_dir, user_dir);
  vc_deck_library_load (library, NULL);
  wait_loaded (library);

  entry = find_entry (vc_deck_library_get_user (library), "our-values.vcdeck");
  g_assert_nonnull (entry);
  g_assert_null (vc_deck_entry_get_deck (entry));
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_entry_get_problems (entry)), >, 0);
  /* Until it can be read as a deck, it goes by its file's name. */
  title = vc_deck_entry_dup_title (entry);
  g_assert_cmpstr (title, ==, "our-values.vcdeck");

  g_unlink (path);
  g_rmdir (user);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/library/load", test_library);
  g_test_add_func ("/deck/library/work-in-progress", test_work_in_progress);
  g_test_add_func ("/deck/library/load-flags", test_load_flags);

  return g_test_run ();
}
