/* vc-window-sessions.c
 *
 * The saved sessions in the main window: their list, deleting, and saving them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-window-private.h"

/* Says, until a save succeeds, that something typed is only in memory. */
static void
show_save_banner (VcWindow   *self,
                  const char *message)
{
  /* A save can end after the window's parts are gone. */
  if (self->save_banner == NULL)
    return;

  gtk_label_set_label (self->save_banner_label, message);
  gtk_revealer_set_reveal_child (self->save_banner, TRUE);
}

gboolean
_vc_window_save_sessions (VcWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player_view != NULL)
    vc_player_view_stop (self->player_view);

  /* A failed save keeps the session in memory and is tried again on the
   * next change; the person is told, so nothing is lost unknowingly. */
  if (!vc_session_store_flush (self->store, &error))
    {
      show_save_banner (self, error->message);
      return FALSE;
    }

  return TRUE;
}

void
_vc_window_delete_session (VcWindow  *self,
                VcSession *session)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_object_ref (session);
  if (!vc_session_store_remove (self->store, session, &error))
    {
      _vc_window_show_toast (self, error->message);
      g_object_unref (session);
      return;
    }

  g_clear_object (&self->deleted);
  self->deleted = session;

  toast = adw_toast_new (_("The session is deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

VcSession *
_vc_window_find_session (VcWindow   *self,
              const char *id)
{
  GListModel *sessions = vc_session_store_get_sessions (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (sessions, i);

      if (g_str_equal (vc_session_get_id (session), id))
        return session;
    }

  return NULL;
}

/* The decks known, by id: the library's, with their titles in the app's
 * language. */
GHashTable *
_vc_window_dup_known_decks (VcWindow *self)
{
  GHashTable *decks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  GListModel *lists[] = {
    vc_deck_library_get_builtin (self->library),
    vc_deck_library_get_user (self->library),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(VcDeckEntry) entry = g_list_model_get_item (lists[l], i);
        VcDeck *deck = vc_deck_entry_get_deck (entry);

        if (deck != NULL && !g_hash_table_contains (decks, vc_deck_get_id (deck)))
          g_hash_table_insert (decks, (gpointer)vc_deck_get_id (deck), g_object_ref (deck));
      }

  return decks;
}

static VcDeck *
find_known_deck (VcWindow   *self,
                 const char *deck_id)
{
  g_autoptr(GHashTable) decks = _vc_window_dup_known_decks (self);
  VcDeck *deck = g_hash_table_lookup (decks, deck_id);

  /* The library keeps its decks, so the pointer outlives the table. */
  return deck;
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  VcSession *session = item;
  VcWindow *self = user_data;

  return vc_session_row_new (session, find_known_deck (self, vc_session_get_deck_id (session)), NULL);
}

/* Rows made before the decks were read name them as saved; made again,
 * they name them as they read now. */
static void
rebind_sessions (VcWindow *self)
{
  if (self->store == NULL || self->sessions_list == NULL || vc_deck_library_is_loading (self->library))
    return;
  gtk_list_box_bind_model (self->sessions_list, vc_session_store_get_sessions (self->store),
                           create_session_row, self, NULL);
}

static void
update_sessions_state (VcWindow *self)
{
  GListModel *sessions;

  /* The store empties its list as the window goes away; the list is
   * built after the window's first frame. */
  if (self->store == NULL || self->sessions_group == NULL)
    return;

  sessions = vc_session_store_get_sessions (self->store);

  gtk_widget_set_visible (GTK_WIDGET (self->sessions_group), g_list_model_get_n_items (sessions) > 0);
}

static void
on_save_failed (VcSessionStore *store,
                VcSession      *session,
                GError         *error,
                VcWindow       *self)
{
  show_save_banner (self, error->message);
}

static void
on_session_saved (VcSessionStore *store,
                  VcSession      *session,
                  VcWindow       *self)
{
  g_autoptr(GPtrArray) unsaved = NULL;

  if (self->save_banner == NULL)
    return;

  unsaved = vc_session_store_dup_unsaved (store);
  if (unsaved->len == 0)
    gtk_revealer_set_reveal_child (self->save_banner, FALSE);
}

static void
on_unsaved_response (AdwMessageDialog *dialog,
                     const char       *response,
                     VcWindow         *self)
{
  if (g_str_equal (response, "copy"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.copy-unsaved", NULL);
  else if (g_str_equal (response, "quit"))
    {
      self->quit_unsaved = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Closing with notes that could not be saved asks first: they exist only
 * in this window, and would be gone. */
void
_vc_window_ask_before_losing_notes (VcWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Notes Are Not Saved"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, "%s\n\n%s",
                                  gtk_label_get_label (self->save_banner_label),
                                  _("If you quit now, what you have written since the last save is lost. Copy the notes first to keep them in another document."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "copy", _("C_opy Notes"),
                                    "quit", _("_Quit Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "copy");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The saved sessions are read once, after the first frame, or before a
 * session is started if that comes first, as with --present: a session
 * started before them would be lost from the list when they are read. */
void
_vc_window_load_sessions (VcWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *set_aside;

  if (self->sessions_loaded)
    return;
  self->sessions_loaded = TRUE;

  if (!vc_session_store_load (self->store, &error))
    _vc_window_show_toast (self, error->message);

  /* A damaged session file is kept aside, never dropped in silence. */
  set_aside = vc_session_store_get_set_aside (self->store);
  if (set_aside->len > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u saved session was damaged and has been set aside",
                                                            "%u saved sessions were damaged and have been set aside",
                                                            set_aside->len),
                                               set_aside->len);

      _vc_window_show_toast (self, text);
    }
}

/* The saved sessions, listed on the library page. */
void
_vc_window_sessions_init (VcWindow *self)
{
  {
    g_autoptr(GFile) sessions_dir = vc_session_store_dup_default_dir ();

    self->store = vc_session_store_new (sessions_dir);
  }
  g_signal_connect_object (self->store, "save-failed", G_CALLBACK (on_save_failed), self, 0);
  g_signal_connect_object (self->store, "saved", G_CALLBACK (on_session_saved), self, 0);
  g_signal_connect_object (vc_session_store_get_sessions (self->store), "items-changed",
                           G_CALLBACK (update_sessions_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::loading",
                           G_CALLBACK (rebind_sessions), self, G_CONNECT_SWAPPED);
}

/* Lists the sessions on the library page, once it is built. */
void
_vc_window_sessions_bind_list (VcWindow *self)
{
  gtk_list_box_bind_model (self->sessions_list, vc_session_store_get_sessions (self->store),
                           create_session_row, self, NULL);
  update_sessions_state (self);
}
