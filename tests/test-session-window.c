/* test-session-window.c
 *
 * Meetings and reflections through the window, as people leave, continue
 * and read them back: the summary as shown, the saved sessions, the
 * journal, and the toast after saving. Run in English and in Swedish, with
 * screenshots for a person to look at.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vc-file-launcher.h"
#include "vc-session-describe.h"
#include "vc-window.h"
#include "ui-test.h"

static VcWindow *
open_deck (const char *name)
{
  return vc_test_open_deck (name, 1280, 860);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("Expected to find:\n%s\nin:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("Did not expect to find:\n%s\nin:\n%s", needle, haystack);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_shown (GtkWidget *widget,
          GtkWidget *top)
{
  for (GtkWidget *w = widget; w != NULL && w != top; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w))
      return FALSE;
  return TRUE;
}

/* Every label a person can see under @top, one per line. */
static void
collect_labels (GtkWidget *top,
                GtkWidget *widget,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!is_shown (child, top))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (top, child, out);
    }
}

static char *
dup_shown_labels (GtkWidget *top)
{
  GString *out = g_string_new (NULL);

  collect_labels (top, top, out);
  return g_string_free (out, FALSE);
}

/* The rows of saved sessions shown in the library, with their titles and
 * subtitles. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "win.resume-session") == 0)
        g_ptr_array_add (rows, child);
      collect_rows (child, rows);
    }
}

static GtkWidget *
find_row (GtkWidget  *top,
          const char *session_id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (top, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (g_ptr_array_index (rows, i)));

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), session_id) &&
          is_shown (g_ptr_array_index (rows, i), top))
        return g_ptr_array_index (rows, i);
    }
  return NULL;
}

static guint
n_sessions (VcWindow *window)
{
  return g_list_model_get_n_items (vc_session_store_get_sessions (vc_window_get_sessions (window)));
}

static gboolean
library_loaded (gpointer data)
{
  return !vc_deck_library_is_loading (vc_window_get_library (data));
}

static GFile *
session_file (VcWindow  *window,
              VcSession *session)
{
  GFile *dir = vc_session_store_get_dir (vc_window_get_sessions (window));
  g_autofree char *name = g_strdup_printf ("%s.json", vc_session_get_id (session));

  return g_file_get_child (dir, name);
}

static VcDeck *
find_deck (VcWindow   *window,
           const char *deck_id)
{
  GListModel *decks = vc_deck_library_get_builtin (vc_window_get_library (window));

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(VcDeckEntry) entry = g_list_model_get_item (decks, i);
      VcDeck *deck = vc_deck_entry_get_deck (entry);

      if (deck != NULL && g_str_equal (vc_deck_get_id (deck), deck_id))
        return deck;
    }
  return NULL;
}

static guint
count_lines_with (const char *text,
                  const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      n++;
  return n;
}

static AdwMessageDialog *
find_dialog (void)
{
  return ADW_MESSAGE_DIALOG (vc_test_find_dialog ());
}

static gboolean
has_dialog (gpointer data)
{
  return vc_test_find_dialog () != NULL;
}

/* The summary on screen is formatted, never Markdown; the Markdown kept for
 * mail lists every card discussed and every turn of the roles. A finished
 * meeting is listed as finished at once. */
static void
test_summary (void)
{
  VcWindow *window = open_deck ("workplace-dilemmas.vcdeck");
  const char *people[] = { "Aida", "Mats", "Leila", NULL };
  g_autofree char *shown = NULL;
  g_autofree char *id = NULL;
  g_autofree char *start = g_strdup_printf (C_("export turn", "From the start: %s"), "");
  VcPlayerView *player;
  VcSession *session;
  const char *markdown;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  id = g_strdup (vc_session_get_id (session));
  vc_session_set_people (session, people);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "We say **hello** and # nothing more.");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.rotate-roles", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", 3);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.rotate-roles", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");

  shown = vc_summary_view_dup_shown_text (vc_window_get_summary (window));
  markdown = vc_summary_view_get_text (vc_window_get_summary (window));
  g_test_message ("Shown:\n%s\nMarkdown:\n%s", shown, markdown);

  /* No Markdown on screen, apart from what was typed. */
  assert_lacks (shown, "##");
  assert_lacks (shown, "- ");
  assert_contains (shown, "We say **hello** and # nothing more.");
  assert_contains (markdown, "## ");

  /* Every card the group came to, with notes or without. */
  assert_contains (shown, _("Cards discussed"));
  assert_contains (shown, _("No notes were taken."));
  /* Every turn of the roles: the start, and each rotation, each naming
   * everyone in the group. */
  g_assert_cmpuint (vc_session_get_turns (session)->len, ==, 3);
  assert_contains (shown, start);
  g_assert_cmpuint (count_lines_with (shown, "Aida"), ==, 3);
  g_assert_cmpuint (count_lines_with (markdown, "Leila"), ==, 3);
  vc_test_save_screenshot (GTK_WIDGET (window), "session-summary");

  /* Listed as finished at once, without starting again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");
  vc_test_settle (300);
  row = find_row (GTK_WIDGET (window), id);
  g_assert_nonnull (row);
  {
    const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_autofree char *finished = g_strconcat (" · ", C_("session progress", "finished"), NULL);

    g_test_message ("%s", subtitle);
    g_assert_true (g_str_has_suffix (subtitle, finished));
    assert_lacks (subtitle, C_("session progress", "not finished"));
  }
  vc_test_save_screenshot (GTK_WIDGET (window), "session-list");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* A meeting opened and left at its introduction is no session; one that
 * got somewhere is kept, listed with how far it got, and starting a
 * meeting with the deck again offers to continue it. */
static void
test_leave_and_continue (void)
{
  VcWindow *window = open_deck ("value-conflicts.vcdeck");
  guint before = n_sessions (window);
  g_autofree char *id = NULL;
  g_autofree char *progress = NULL;
  VcDeck *deck;
  g_autoptr(GFile) file = NULL;
  VcPlayerView *player;
  VcSession *session;
  AdwMessageDialog *dialog;
  GtkWidget *row;

  /* Opened and left at once: nothing is saved. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  vc_test_show_page (window, "player");
  session = vc_player_view_get_session (vc_window_get_player (window));
  file = session_file (window, session);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  vc_test_settle (800);
  g_assert_cmpuint (n_sessions (window), ==, before);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_null (find_dialog ());
  g_clear_object (&file);

  /* Moved on to the second card: kept, and said so. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  g_assert_null (find_dialog ());
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  id = g_strdup (vc_session_get_id (session));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  g_assert_cmpuint (n_sessions (window), ==, before + 1);
  file = session_file (window, session);
  g_assert_true (g_file_query_exists (file, NULL));
  vc_test_save_screenshot (GTK_WIDGET (window), "session-left");

  /* Starting again asks, and Continue goes on where it was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  g_assert_true (vc_test_wait_until (has_dialog, NULL));
  dialog = find_dialog ();
  g_assert_true (vc_test_wait_until (library_loaded, window));
  deck = find_deck (window, vc_session_get_deck_id (session));
  g_assert_nonnull (deck);
  progress = vc_session_dup_progress (session, deck);
  {
    g_autofree char *expected = g_strdup_printf (C_("session progress", "card %u of %u"), 2,
                                                 vc_deck_get_n_cards (deck));

    g_assert_cmpstr (progress, ==, expected);
  }
  assert_contains (adw_message_dialog_get_body (dialog), progress);
  vc_test_save_screenshot (GTK_WIDGET (dialog), "session-continue");
  adw_message_dialog_response (dialog, "continue");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  g_assert_cmpstr (vc_session_get_id (vc_player_view_get_session (player)), ==, id);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 2);

  /* Or a new one, when the group wants to start afresh. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  g_assert_true (vc_test_wait_until (has_dialog, NULL));
  adw_message_dialog_response (find_dialog (), "new");
  vc_test_show_page (window, "player");
  g_assert_cmpstr (vc_session_get_id (vc_player_view_get_session (vc_window_get_player (window))), !=, id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");

  /* Listed with the time of day and how far it got. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");
  vc_test_settle (300);
  row = find_row (GTK_WIDGET (window), id);
  g_assert_nonnull (row);
  {
    g_autofree char *time = g_date_time_format (vc_session_get_started (session), "%H:%M");

    g_test_message ("%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    assert_contains (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), time);
    assert_contains (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), progress);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

/* A reflection is one person's: the introduction has no roles or group
 * steps, the closing card asks for the person's own answers, and the
 * summary has no roles and no next meeting, but the statement reflected
 * on. */
static void
test_reflection (void)
{
  VcWindow *window = open_deck ("ethical-guidelines.vcdeck");
  const VcIntroduction *intro;
  g_autofree char *labels = NULL;
  g_autofree char *shown = NULL;
  VcPlayerView *player;
  VcSession *session;
  VcDeck *deck;
  VcCard *card;

  g_assert_true (vc_test_wait_until (library_loaded, window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-reflection", NULL);
  /* The journal's test left a reflection with this deck unfinished. */
  if (find_dialog () != NULL)
    adw_message_dialog_response (find_dialog (), "new");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  deck = find_deck (window, vc_session_get_deck_id (session));
  g_assert_nonnull (deck);
  intro = vc_deck_get_introduction (deck);
  g_assert_nonnull (intro);
  g_assert_nonnull (intro->step_titles);

  labels = dup_shown_labels (GTK_WIDGET (player));
  g_test_message ("%s", labels);
  assert_lacks (labels, intro->step_titles[0]);
  assert_lacks (labels, _("Ground rules"));
  assert_lacks (labels, _("Roles"));
  assert_contains (labels, _("What you write is saved as you type, on this computer only."));
  vc_test_save_screenshot (GTK_WIDGET (window), "session-reflection-introduction");

  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  card = vc_deck_find_card (deck, vc_player_view_get_current_id (player));
  vc_player_view_set_notes_text (player, "I adapt, but I seldom say why.");

  /* The question to reflect on is the most visible text of the card. */
  {
    GtkWidget *prompt = find_label (GTK_WIDGET (player), vc_card_get_prompt (card));
    GtkWidget *text = find_label (GTK_WIDGET (player), vc_card_get_text (card));

    g_assert_nonnull (prompt);
    g_assert_nonnull (text);
    g_assert_false (gtk_widget_has_css_class (prompt, "dim-label"));
    g_assert_true (gtk_widget_has_css_class (prompt, "title-4") || gtk_widget_has_css_class (prompt, "title-2"));
    g_assert_false (gtk_widget_has_css_class (text, "title-4") || gtk_widget_has_css_class (text, "title-2"));
  }
  vc_test_save_screenshot (GTK_WIDGET (window), "session-reflection-card");

  gtk_widget_activate_action (GTK_WIDGET (player), "player.last", NULL);
  g_clear_pointer (&labels, g_free);
  labels = dup_shown_labels (GTK_WIDGET (player));
  assert_contains (labels, _("Your Answers"));
  assert_lacks (labels, _("The Group’s Answers"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  shown = vc_summary_view_dup_shown_text (vc_window_get_summary (window));
  g_test_message ("%s", shown);
  assert_contains (shown, _("Your reflections"));
  assert_contains (shown, vc_card_get_text (card));
  assert_contains (shown, vc_card_get_prompt (card));
  assert_lacks (shown, _("Roles"));
  assert_lacks (shown, _("For the next meeting"));
  g_clear_pointer (&labels, g_free);
  labels = dup_shown_labels (GTK_WIDGET (vc_window_get_summary (window)));
  assert_lacks (labels, _("Items for the Next Meeting"));
  vc_test_save_screenshot (GTK_WIDGET (window), "session-reflection-summary");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
collect_buttons (GtkWidget  *widget,
                 const char *action,
                 GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        g_ptr_array_add (found, child);
      collect_buttons (child, action, found);
    }
}

/* The markup of every label in @widget: what a row shows, highlights and
 * all. */
static void
collect_markup (GtkWidget *widget,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
      collect_markup (child, out);
    }
}

static gboolean
shows_label (gpointer data)
{
  const char **what = data;
  g_autofree char *labels = dup_shown_labels (GTK_WIDGET (what[0]));

  return strstr (labels, what[1]) != NULL;
}

/* The journal: every reflection, the text that matches a search
 * highlighted, its empty and no-result states in full, and the whole of
 * it saved as Markdown, with a toast to open it or show its folder. */
static void
test_journal (void)
{
  VcWindow *window = open_deck ("ethical-guidelines.vcdeck");
  g_autofree char *dir = g_dir_make_tmp ("vc-journal-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *where = NULL;
  g_autofree char *deck_path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "ethical-guidelines.vcdeck", NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  const char *what[2];
  VcJournalView *journal;
  VcPlayerView *player;
  GtkWidget *row;

  /* Empty first: a whole message, not a cut-off one. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-journal", NULL);
  vc_test_show_page (window, "journal");
  journal = vc_window_get_journal (window);
  g_assert_cmpstr (vc_journal_view_get_state (journal), ==, "empty");
  vc_test_save_screenshot (GTK_WIDGET (window), "session-journal-empty");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");

  /* Two reflections, one of them finished. */
  vc_window_open_file (window, deck_file);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-reflection", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  first_id = g_strdup (vc_session_get_id (vc_player_view_get_session (player)));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "Today I asked Mrs <Berg> & her son what they wanted first.");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-reflection", NULL);
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, "Fairness takes time, and time is short.");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-journal", NULL);
  vc_test_show_page (window, "journal");
  g_assert_cmpstr (vc_journal_view_get_state (journal), ==, "list");

  /* The match, highlighted in what was written, and escaped. */
  vc_journal_view_set_search (journal, "SON what");
  row = find_row (GTK_WIDGET (journal), first_id);
  g_assert_nonnull (row);
  {
    GString *markup = g_string_new (NULL);

    collect_markup (row, markup);
    g_test_message ("%s", markup->str);
    assert_contains (markup->str, "Mrs &lt;Berg&gt; &amp; her <span weight=\"bold\" foreground=\"#000000\" "
                   "background=\"#f8e45c\">son what</span> they wanted");
    g_string_free (markup, TRUE);
  }
  vc_test_save_screenshot (GTK_WIDGET (window), "session-journal-search");

  vc_journal_view_set_search (journal, "nothing like this was written");
  g_assert_cmpstr (vc_journal_view_get_state (journal), ==, "none-found");
  vc_test_save_screenshot (GTK_WIDGET (window), "session-journal-none-found");
  vc_journal_view_set_search (journal, "");

  /* The whole journal, whatever is searched for. */
  vc_journal_view_set_search (journal, "fairness");
  g_assert_true (vc_journal_view_save (journal, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  assert_contains (contents, "Mrs <Berg> & her son");
  assert_contains (contents, "Fairness takes time");
  g_assert_true (strstr (contents, "Mrs <Berg>") < strstr (contents, "Fairness takes time"));

  /* The toast after saving offers to open the file and to show it. */
  vc_file_launcher_toast_saved (GTK_WIDGET (journal), _("The journal is saved"), file);
  vc_test_settle (300);
  collect_buttons (GTK_WIDGET (window), "saved-file.open", buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_ptr_array_set_size (buttons, 0);
  collect_buttons (GTK_WIDGET (window), "saved-file.show", buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  vc_test_save_screenshot (GTK_WIDGET (window), "session-saved-toast");

  /* Without a file manager to ask, it says where the file is, and that
   * is all. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/value-cards-test-bus", TRUE);
  g_assert_true (gtk_widget_activate_action (g_ptr_array_index (buttons, 0), "saved-file.show", NULL));
  where = g_strdup_printf (_("The folder could not be shown. The file is in “%s”."), dir);
  what[0] = (const char *)window;
  what[1] = where;
  g_assert_true (vc_test_wait_until (shows_label, what));

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
  g_unlink (path);
  g_rmdir (dir);
}

/* A session saved in another language is listed with its deck's title as
 * it reads now, when the deck is known. */
static void
test_title_in_language (void)
{
  g_autoptr(GFile) dir = vc_session_store_dup_default_dir ();
  g_autoptr(VcSessionStore) store = vc_session_store_new (dir);
  g_autoptr(VcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  VcWindow *window;
  VcDeck *deck;
  GtkWidget *row;

  session = vc_session_new (VC_SESSION_KIND_MEETING, "io.github.vardegrund.ValueCards.ethical-guidelines",
                            "1.0", NULL);
  vc_session_set_deck_title (session, "Titel på ett annat språk");
  vc_session_set_notes (session, "equal-worth", "Written long ago");
  g_assert_true (vc_session_store_load (store, &error));
  vc_session_store_add (store, session);
  g_assert_true (vc_session_store_flush (store, &error));
  g_assert_no_error (error);

  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (library_loaded, window));
  vc_test_settle (500);
  deck = find_deck (window, vc_session_get_deck_id (session));
  g_assert_nonnull (deck);

  row = find_row (GTK_WIDGET (window), vc_session_get_id (session));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, vc_deck_get_title (deck));
  vc_test_save_screenshot (GTK_WIDGET (window), "session-list-1366");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_with_class (child, css_class)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
banner_shown (gpointer data)
{
  return gtk_revealer_get_child_revealed (GTK_REVEALER (data));
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Saving fails: a banner says so and stays, and closing the window asks
 * before what was typed is thrown away. */
static void
test_unsaved_notes (void)
{
  VcWindow *window = open_deck ("workplace-dilemmas.vcdeck");
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "value-cards", "sessions", NULL);
  g_autofree char *away = g_strconcat (dir, ".away", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *id = NULL;
  GtkWidget *banner, *revealer;
  GtkWindow *dialog;
  VcPlayerView *player;
  gpointer alive = window;

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  id = g_strdup (vc_session_get_id (vc_player_view_get_session (player)));
  vc_player_view_set_notes_text (player, "Saved before the disk went away");
  vc_test_settle (2500);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* The folder is gone and a file is in its place: nothing can be saved. */
  g_assert_cmpint (g_rename (dir, away), ==, 0);
  g_assert_true (g_file_set_contents (dir, "in the way", -1, NULL));
  vc_player_view_set_notes_text (player, "Typed while saving fails");

  banner = find_with_class (GTK_WIDGET (window), "save-banner");
  g_assert_nonnull (banner);
  revealer = gtk_widget_get_parent (banner);
  g_assert_true (vc_test_wait_until (banner_shown, revealer));
  vc_test_settle (300);
  vc_test_save_screenshot (GTK_WIDGET (window), "session-not-saved");

  /* Closing asks; Cancel keeps the window and the notes. */
  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (has_dialog, NULL));
  dialog = vc_test_find_dialog ();
  assert_contains (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), _("Notes Are Not Saved"));
  vc_test_settle (300);
  vc_test_save_screenshot (GTK_WIDGET (dialog), "session-not-saved-quit");
  vc_test_answer_dialog ("cancel");
  vc_test_settle (200);
  g_assert_nonnull (alive);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (vc_session_get_notes (vc_player_view_get_session (player),
                                         vc_player_view_get_current_id (player)),
                   ==, "Typed while saving fails");

  /* The folder is back: closing saves everything, and asks nothing. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (away, dir), ==, 0);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (window_gone, &alive));
  g_assert_null (vc_test_find_dialog ());

  path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".json", NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_contains (contents, "Typed while saving fails");
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  /* First, while no reflection has been written. */
  g_test_add_func ("/ui/sessions/journal", test_journal);
  g_test_add_func ("/ui/sessions/summary", test_summary);
  g_test_add_func ("/ui/sessions/leave-and-continue", test_leave_and_continue);
  g_test_add_func ("/ui/sessions/reflection", test_reflection);
  g_test_add_func ("/ui/sessions/title-in-language", test_title_in_language);
  g_test_add_func ("/ui/sessions/unsaved-notes", test_unsaved_notes);

  return g_test_run ();
}
