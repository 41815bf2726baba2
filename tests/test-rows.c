/* test-rows.c
 *
 * The rows of the library's lists: a deck that cannot be opened says so
 * with an icon the others do not have, and a saved session's row and its
 * delete button name that session when they ask the window to act.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ui-test.h"
#include "vc-deck-library.h"
#include "vc-deck-row.h"
#include "vc-session-row.h"

static gboolean
library_loaded (gpointer data)
{
  return !vc_deck_library_is_loading (data);
}

/* A broken deck's row has the warning icon; a good deck's row has none,
 * so its title is not pushed aside by an empty space. */
static void
test_deck_rows (void)
{
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "empty-title.vcdeck", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", "value-conflicts.vcdeck", NULL);
  g_autofree char *dir = g_dir_make_tmp ("vc-rows-XXXXXX", NULL);
  g_autofree char *broken_copy = g_build_filename (dir, "broken.vcdeck", NULL);
  g_autofree char *good_copy = g_build_filename (dir, "good.vcdeck", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) user_dir = g_file_new_for_path (dir);
  g_autoptr(GFile) no_builtin = g_file_new_build_filename (dir, "none", NULL);
  g_autoptr(VcDeckLibrary) library = vc_deck_library_new (no_builtin, user_dir);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GListModel *decks;
  gsize length;
  guint n_broken = 0, n_good = 0;

  g_assert_true (g_file_get_contents (broken, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (broken_copy, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (good_copy, contents, length, NULL));

  vc_deck_library_load (library, NULL);
  g_assert_true (vc_test_wait_until (library_loaded, library));
  decks = vc_deck_library_get_user (library);
  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, 2);

  gtk_window_set_child (GTK_WINDOW (window), list);
  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(VcDeckEntry) entry = g_list_model_get_item (decks, i);
      GtkWidget *row = vc_deck_row_new (entry);
      g_autofree char *title = vc_deck_entry_dup_title (entry);

      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_assert_true (vc_deck_row_get_entry (VC_DECK_ROW (row)) == entry);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
      g_assert_nonnull (vc_test_find (row, GTK_TYPE_IMAGE, vc_test_has_icon, (gpointer)"go-next-symbolic"));
      if (vc_deck_entry_get_deck (entry) == NULL)
        {
          g_assert_nonnull (vc_test_find (row, GTK_TYPE_IMAGE, vc_test_has_icon, (gpointer)"dialog-warning-symbolic"));
          n_broken++;
        }
      else
        {
          g_assert_null (vc_test_find (row, GTK_TYPE_IMAGE, vc_test_has_icon, (gpointer)"dialog-warning-symbolic"));
          n_good++;
        }
    }
  g_assert_cmpuint (n_broken, ==, 1);
  g_assert_cmpuint (n_good, ==, 1);

  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (200);
  vc_test_save_screenshot (window, "deck-rows");
  gtk_window_destroy (GTK_WINDOW (window));

  g_unlink (broken_copy);
  g_unlink (good_copy);
  g_rmdir (dir);
}

static char *deleted_id;

static void
delete_session (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_free (deleted_id);
  deleted_id = g_variant_dup_string (parameter, NULL);
}

/* The row continues its session and its button deletes it, each naming the
 * session by its id; the row follows the session as it changes. */
static void
test_session_row (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "no-such-deck", "1", NULL);
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) delete = g_simple_action_new ("delete-session", G_VARIANT_TYPE_STRING);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row, *button;
  GVariant *target;
  g_autofree char *before = NULL;

  vc_session_set_deck_title (session, "A Deck That Is Gone");
  g_signal_connect (delete, "activate", G_CALLBACK (delete_session), NULL);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (delete));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (win));

  row = vc_session_row_new (session, NULL, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (200);

  g_assert_true (vc_session_row_get_session (VC_SESSION_ROW (row)) == session);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "A Deck That Is Gone");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.resume-session");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, vc_session_get_id (session));

  button = vc_test_find (row, GTK_TYPE_BUTTON, vc_test_has_action, (gpointer)"win.delete-session");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  vc_test_settle (400);
  g_assert_cmpstr (deleted_id, ==, vc_session_get_id (session));

  /* A row out of sight leaves its text alone until it is shown again. */
  before = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  gtk_widget_set_visible (list, FALSE);
  vc_session_finish (session);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, before);
  gtk_widget_set_visible (list, TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, before);

  /* On screen, it follows the session at once. */
  g_free (before);
  before = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  vc_session_set_deck_title (session, "A Deck Found Again");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "A Deck Found Again");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_pointer (&deleted_id, g_free);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/rows/deck", test_deck_rows);
  g_test_add_func ("/ui/rows/session", test_session_row);

  return g_test_run ();
}
