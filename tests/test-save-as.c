/* test-save-as.c
 *
 * Saving the summary and the journal where the person chooses: the file is
 * written there and a toast says so; a second click while the chooser is
 * open opens no second one, and once it is cancelled the next click asks
 * again.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ui-test.h"
#include "vc-deck-loader.h"
#include "vc-summary-view.h"

static char *toasted;

static void
toast (GSimpleAction *action,
       GVariant      *parameter,
       gpointer       user_data)
{
  g_free (toasted);
  toasted = g_variant_dup_string (parameter, NULL);
}

static guint
count_choosers (GtkFileChooserDialog **last)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          *last = GTK_FILE_CHOOSER_DIALOG (toplevel);
          n++;
        }
    }

  return n;
}

static gboolean
chooser_shown (gpointer data)
{
  GtkFileChooserDialog *dialog;

  return count_choosers (&dialog) > 0;
}

static gboolean
chooser_gone (gpointer data)
{
  return !chooser_shown (data);
}

static gboolean
toast_shown (gpointer data)
{
  return adw_toast_overlay_get_child (data) != NULL
         && gtk_widget_get_last_child (GTK_WIDGET (data)) != adw_toast_overlay_get_child (data);
}

/* Answers the chooser shown as a person would: a name in a folder, then
 * Save. */
static void
choose (const char *path)
{
  GtkFileChooserDialog *dialog = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);

  g_assert_true (vc_test_wait_until (chooser_shown, NULL));
  g_assert_cmpuint (count_choosers (&dialog), ==, 1);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  /* The chooser checks the name before it answers, in the background. */
  g_assert_true (vc_test_wait_until (chooser_gone, NULL));
  vc_test_settle (100);
}

static void
test_summary (void)
{
  g_autofree char *deck_path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                                 "value-conflicts.vcdeck", NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  g_autoptr(VcDeck) deck = vc_deck_load_file (deck_file, VC_DECK_LOAD_TRUSTED, NULL, NULL);
  g_autoptr(VcSession) session = NULL;
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) toast_action = g_simple_action_new ("toast", G_VARIANT_TYPE_STRING);
  g_autofree char *dir = g_dir_make_tmp ("vc-save-as-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Our summary.md", NULL);
  g_autofree char *written = NULL;
  GtkFileChooserDialog *dialog = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  VcSummaryView *view = g_object_new (VC_TYPE_SUMMARY_VIEW, NULL);

  g_assert_nonnull (deck);
  session = vc_session_new (VC_SESSION_KIND_MEETING, vc_deck_get_id (deck),
                            vc_deck_get_version (deck), deck_path);
  {
    g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (deck), 0);

    vc_session_set_notes (session, vc_card_get_id (card), "We agreed to ask before we help.");
  }
  vc_session_finish (session);

  g_signal_connect (toast_action, "activate", G_CALLBACK (toast), NULL);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (toast_action));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (win));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  vc_summary_view_show (view, session, deck);
  vc_test_settle (200);

  /* A second click while choosing opens no second chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.save-markdown", NULL));
  g_assert_true (vc_test_wait_until (chooser_shown, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.save-markdown", NULL));
  vc_test_settle (200);
  g_assert_cmpuint (count_choosers (&dialog), ==, 1);
  choose (path);

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, vc_summary_view_get_text (view));
  g_assert_nonnull (strstr (written, "We agreed to ask before we help."));
  g_assert_true (vc_test_wait_until (toast_shown, overlay));
  g_assert_null (toasted);
  vc_test_save_screenshot (window, "summary-saved");

  /* Cancelled, nothing is written or said; the next click asks again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.save-pdf", NULL));
  g_assert_true (vc_test_wait_until (chooser_shown, NULL));
  g_assert_cmpuint (count_choosers (&dialog), ==, 1);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_true (vc_test_wait_until (chooser_gone, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.save-pdf", NULL));
  g_assert_true (vc_test_wait_until (chooser_shown, NULL));
  g_assert_cmpuint (count_choosers (&dialog), ==, 1);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_true (vc_test_wait_until (chooser_gone, NULL));
  g_assert_null (toasted);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_pointer (&toasted, g_free);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/save-as/summary", test_summary);

  return g_test_run ();
}
