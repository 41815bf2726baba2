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

struct _VcSessionRow
{
  AdwActionRow  parent_instance;

  VcSession    *session;
  VcDeck       *deck;
  char         *search;

  GtkButton    *delete_button;

  /* The session changed while the row was not on screen. */
  gboolean      stale;
};

G_DEFINE_FINAL_TYPE (VcSessionRow, vc_session_row, ADW_TYPE_ACTION_ROW)

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
update (VcSessionRow *self)
{
  VcSession *session = self->session;
  VcDeck *deck = self->deck;
  const char *search = self->search;
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
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title_markup);

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
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

/* A row that is not on screen, such as the library's behind a meeting that
 * is being presented, is brought up to date when it is shown: changing its
 * text would have the whole window laid out again at every card. */
static void
on_session_changed (VcSessionRow *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->stale = TRUE;
}

static void
vc_session_row_map (GtkWidget *widget)
{
  VcSessionRow *self = VC_SESSION_ROW (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      update (self);
    }

  GTK_WIDGET_CLASS (vc_session_row_parent_class)->map (widget);
}

static void
vc_session_row_dispose (GObject *object)
{
  VcSessionRow *self = VC_SESSION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_SESSION_ROW);
  g_clear_object (&self->session);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (vc_session_row_parent_class)->dispose (object);
}

static void
vc_session_row_class_init (VcSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_session_row_dispose;

  widget_class->map = vc_session_row_map;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-session-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VcSessionRow, delete_button);
}

static void
vc_session_row_init (VcSessionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vc_session_row_new:
 * @session: a saved session
 * @deck: (nullable): its deck, if it is known
 * @search: (nullable): for the journal: what was searched for, or "" to
 *   show the start of what was written
 *
 * Activating the row continues or shows the session (“win.resume-session”);
 * its button deletes it (“win.delete-session”). Both carry the session's
 * id as their target.
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
vc_session_row_new (VcSession  *session,
                    VcDeck     *deck,
                    const char *search)
{
  VcSessionRow *self;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);

  self = g_object_new (VC_TYPE_SESSION_ROW, NULL);
  self->session = g_object_ref (session);
  self->deck = deck != NULL ? g_object_ref (deck) : NULL;
  self->search = g_strdup (search);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), search != NULL ? 3 : 1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", vc_session_get_id (session));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s",
                                    vc_session_get_id (session));

  /* A meeting finished, or moved on, says so at once. */
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/**
 * vc_session_row_get_session:
 * @self: a #VcSessionRow
 *
 * Returns: (transfer none): the session shown
 */
VcSession *
vc_session_row_get_session (VcSessionRow *self)
{
  g_return_val_if_fail (VC_IS_SESSION_ROW (self), NULL);
  return self->session;
}
