/* vc-session-row.c
 *
 * A saved session as a row in a list: the deck's title as it reads now,
 * when the session started and how far it got, kept up to date as the
 * session goes on. In the journal, the row also shows what was written,
 * with the words searched for highlighted.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "vc-session-describe.h"
#include "vc-session-row.h"

/**
 * vc_session_row_dup_markup:
 * @text: plain text, as a person wrote it
 * @match_start: where the match starts, in bytes
 * @match_end: where it ends; equal to @match_start for no match
 *
 * Returns: (transfer full): Pango markup of @text, escaped, with the match
 *   highlighted as search results are in GNOME
 */
char *
vc_session_row_dup_markup (const char *text,
                           gsize       match_start,
                           gsize       match_end)
{
  g_autofree char *before = NULL;
  g_autofree char *match = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (match_start <= match_end && match_end <= strlen (text), NULL);

  if (match_start == match_end)
    return g_markup_escape_text (text, -1);

  before = g_markup_escape_text (text, match_start);
  match = g_markup_escape_text (text + match_start, match_end - match_start);
  after = g_markup_escape_text (text + match_end, -1);

  /* Dark text on yellow reads the same in light and dark style. */
  return g_strdup_printf ("%s<span weight=\"bold\" foreground=\"#000000\" background=\"#f8e45c\">%s</span>%s",
                          before, match, after);
}

static void
update (GtkWidget *row)
{
  VcSession *session = g_object_get_data (G_OBJECT (row), "vc-session");
  VcDeck *deck = g_object_get_data (G_OBJECT (row), "vc-deck");
  const char *search = g_object_get_data (G_OBJECT (row), "vc-search");
  g_autofree char *description = vc_session_dup_description (session, deck);
  g_autofree char *title_markup = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = NULL;
  gsize start = 0, end = 0;

  /* The deck's title in the app's language, when the deck is known; the
   * title saved with the session otherwise. */
  if (deck != NULL)
    title = vc_deck_get_title (deck);
  if (title == NULL)
    title = vc_session_get_deck_title (session);
  if (title == NULL)
    title = vc_session_get_deck_id (session);

  if (search != NULL && search[0] != '\0' && vc_text_find (title, search, &start, &end))
    title_markup = vc_session_row_dup_markup (title, start, end);
  else
    title_markup = g_markup_escape_text (title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_markup);

  subtitle = g_markup_escape_text (description, -1);
  if (search != NULL)
    {
      g_autofree char *snippet = vc_session_dup_snippet (session, search, &start, &end);

      if (snippet != NULL)
        {
          g_autofree char *markup = vc_session_row_dup_markup (snippet, start, end);
          char *both = g_strconcat (subtitle, "\n", markup, NULL);

          g_free (subtitle);
          subtitle = both;
        }
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

/**
 * vc_session_row_new:
 * @session: a saved session
 * @deck: (nullable): its deck, if it is known
 * @search: (nullable): for the journal: what was searched for, or "" to
 *   show the start of what was written
 *
 * Activating the row continues or shows the session (“win.resume-session”);
 * its button deletes it (“win.delete-session”).
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
vc_session_row_new (VcSession  *session,
                    VcDeck     *deck,
                    const char *search)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), search != NULL ? 3 : 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.resume-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vc_session_get_id (session));
  g_object_set_data_full (G_OBJECT (row), "vc-session", g_object_ref (session), g_object_unref);
  if (deck != NULL)
    g_object_set_data_full (G_OBJECT (row), "vc-deck", g_object_ref (deck), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "vc-search", g_strdup (search), g_free);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete This Session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete this session"),
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "s", vc_session_get_id (session));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

  /* A meeting finished, or moved on, says so at once. */
  g_signal_connect_object (session, "changed", G_CALLBACK (update), row, G_CONNECT_SWAPPED);
  update (row);

  return row;
}
