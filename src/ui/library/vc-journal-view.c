/* vc-journal-view.c
 *
 * A person's reflections, newest first, searchable, and saved whole.
 *
 * Each reflection shows the start of what was written; a search shows the
 * text that matches, highlighted, so a person sees why it was found. The
 * whole journal, every reflection, is saved as one Markdown file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-export.h"
#include "vc-file-launcher.h"
#include "vc-journal-view.h"
#include "vc-session-row.h"

struct _VcJournalView
{
  GtkBox                parent_instance;

  VcSessionStore       *store;
  GHashTable           *decks;
  GtkFileChooserNative *chooser;

  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  GtkListBox           *list;
};

G_DEFINE_FINAL_TYPE (VcJournalView, vc_journal_view, GTK_TYPE_BOX)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  VcJournalView *self = user_data;
  VcSession *session = item;
  VcDeck *deck = NULL;

  if (self->decks != NULL)
    deck = g_hash_table_lookup (self->decks, vc_session_get_deck_id (session));

  return vc_session_row_new (session, deck, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
refresh (VcJournalView *self)
{
  const char *text;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) found = NULL;

  /* The store empties its list as the window goes away. */
  if (self->store == NULL || self->search_entry == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  all = vc_session_store_search (self->store, VC_SESSION_KIND_REFLECTION, NULL);
  found = vc_session_store_search (self->store, VC_SESSION_KIND_REFLECTION, text);
  gtk_list_box_bind_model (self->list, found, create_row, self, NULL);

  if (g_list_model_get_n_items (all) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (g_list_model_get_n_items (found) == 0)
    gtk_stack_set_visible_child_name (self->stack, "none-found");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.export",
                                 g_list_model_get_n_items (all) > 0);
}

static void
on_search_changed (VcJournalView *self)
{
  refresh (self);
}

/**
 * vc_journal_view_show:
 * @self: a #VcJournalView
 * @store: the saved sessions
 * @decks: (nullable) (element-type utf8 VcDeck): the decks known, by id,
 *   to name them as they read now
 */
void
vc_journal_view_show (VcJournalView  *self,
                      VcSessionStore *store,
                      GHashTable     *decks)
{
  g_return_if_fail (VC_IS_JOURNAL_VIEW (self));
  g_return_if_fail (VC_IS_SESSION_STORE (store));

  if (self->store != store)
    {
      g_set_object (&self->store, store);
      /* A reflection deleted or undone here shows at once. */
      g_signal_connect_object (vc_session_store_get_sessions (store), "items-changed",
                               G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
    }
  g_clear_pointer (&self->decks, g_hash_table_unref);
  self->decks = decks != NULL ? g_hash_table_ref (decks) : NULL;

  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * vc_journal_view_set_search:
 * @self: a #VcJournalView
 * @text: what to search for, as if typed
 */
void
vc_journal_view_set_search (VcJournalView *self,
                            const char    *text)
{
  g_return_if_fail (VC_IS_JOURNAL_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  refresh (self);
}

/**
 * vc_journal_view_get_state:
 * @self: a #VcJournalView
 *
 * Returns: "list", "empty" or "none-found"
 */
const char *
vc_journal_view_get_state (VcJournalView *self)
{
  g_return_val_if_fail (VC_IS_JOURNAL_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * vc_journal_view_save:
 * @self: a #VcJournalView
 * @file: where to save
 * @error: return location for an error
 *
 * Saves every reflection, whatever is searched for, as one Markdown file,
 * whole or not at all.
 *
 * Returns: %TRUE if the journal was saved
 */
gboolean
vc_journal_view_save (VcJournalView  *self,
                      GFile          *file,
                      GError        **error)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (VC_IS_JOURNAL_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer."));
      return FALSE;
    }

  text = vc_export_journal_markdown (vc_session_store_get_sessions (self->store), self->decks);
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static gboolean
save_journal (GtkWidget  *widget,
              GFile      *file,
              gpointer    user_data,
              GError    **error)
{
  return vc_journal_view_save (VC_JOURNAL_VIEW (widget), file, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VcJournalView *self = VC_JOURNAL_VIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  /* Translators: a file name; %s is a date */
  name = g_strdup_printf (_("Reflection journal %s.md"), date);
  vc_file_launcher_ask_save (widget, &self->chooser, _("Save the Journal"), name,
                             _("The journal is saved"), save_journal, NULL);
}

static void
vc_journal_view_dispose (GObject *object)
{
  VcJournalView *self = (VcJournalView *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (vc_session_store_get_sessions (self->store), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_JOURNAL_VIEW);

  g_clear_object (&self->store);
  g_clear_pointer (&self->decks, g_hash_table_unref);

  G_OBJECT_CLASS (vc_journal_view_parent_class)->dispose (object);
}

static void
vc_journal_view_class_init (VcJournalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_journal_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-journal-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcJournalView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VcJournalView, stack);
  gtk_widget_class_bind_template_child (widget_class, VcJournalView, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);

  gtk_widget_class_install_action (widget_class, "journal.export", NULL, export_action);
}

static void
vc_journal_view_init (VcJournalView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
