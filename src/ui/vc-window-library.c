/* vc-window-library.c
 *
 * The library page: the decks on this computer, and opening a deck file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-memory.h"
#include "vc-window-private.h"

void
_vc_window_show_deck (VcWindow *self,
           VcDeck   *deck)
{
  _vc_window_ensure_pages (self);
  vc_deck_view_set_deck (self->deck_view, deck);
  _vc_window_update_deck_editable (self, deck);
  adw_leaflet_set_visible_child_name (self->leaflet, "deck");
}

void
_vc_window_show_problems (VcWindow   *self,
               GFile      *file,
               GListModel *problems)
{
  _vc_window_ensure_pages (self);
  vc_problems_view_set_problems (self->problems_view, file, problems);
  adw_leaflet_set_visible_child_name (self->leaflet, "problems");
}

#define SPINNER_DELAY_MS 500

static GObject *
build_library_page (GtkBuilder *builder,
                    const char *id)
{
  const char *ids[] = { id, NULL };
  g_autoptr(GError) error = NULL;

  /* The file is built into the app, so this fails only in development. */
  if (!gtk_builder_add_objects_from_resource (builder, APP_PATH "/ui/vc-library-page.ui",
                                              ids, &error))
    g_error ("%s", error->message);
  return gtk_builder_get_object (builder, id);
}

/* The page for an empty library, which is seldom shown: it is built only
 * then, and only then is the app's emblem drawn, which as an SVG would
 * start librsvg. */
static GtkWidget *
ensure_empty_page (VcWindow *self)
{
  if (self->empty_status == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      self->empty_status = ADW_STATUS_PAGE (build_library_page (builder, "empty_status"));
      adw_status_page_set_icon_name (self->empty_status, "io.github.vardegrund.ValueCards-symbolic");
      gtk_stack_add_named (self->library_stack, GTK_WIDGET (self->empty_status), "empty");
    }
  return GTK_WIDGET (self->empty_status);
}

static void
show_spinner (gpointer data)
{
  VcWindow *self = data;

  self->spinner_id = 0;
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
}

void
_vc_window_update_library_state (VcWindow *self)
{
  guint n_builtin = g_list_model_get_n_items (vc_deck_library_get_builtin (self->library));
  guint n_user = g_list_model_get_n_items (vc_deck_library_get_user (self->library));
  gboolean loading = !self->library_started || vc_deck_library_is_loading (self->library);

  /* Until the list is built, after the first frame, there is nothing to
   * show but the spinner. */
  if (self->builtin_list != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->builtin_group), n_builtin > 0);
      gtk_widget_set_visible (GTK_WIDGET (self->user_group), n_user > 0);
      if (n_builtin + n_user == 0 && !loading)
        gtk_stack_set_visible_child (self->library_stack, ensure_empty_page (self));
      else
        gtk_stack_set_visible_child (self->library_stack, self->list_page);
    }

  /* Reading the decks takes a moment: the spinner shows only if it takes
   * longer than that, so that it does not flash by at every start. */
  if (loading && self->spinner_id == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    self->spinner_id = g_timeout_add_once (SPINNER_DELAY_MS, show_spinner, self);
  else if (!loading)
    {
      g_clear_handle_id (&self->spinner_id, g_source_remove);
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
    }

  /* Reading the decks, each in a thread of its own, is over. */
  if (!loading)
    vc_memory_trim_soon ();
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  VcWindow      *self)
{
  VcDeckEntry *entry = vc_deck_row_get_entry (VC_DECK_ROW (row));

  if (vc_deck_entry_get_deck (entry) != NULL)
    _vc_window_show_deck (self, vc_deck_entry_get_deck (entry));
  else
    _vc_window_show_problems (self, vc_deck_entry_get_file (entry), vc_deck_entry_get_problems (entry));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return vc_deck_row_new (item);
}

typedef struct
{
  VcWindow *self;
  GFile    *file;
} OpenRequest;

static void
on_deck_opened (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OpenRequest *request = user_data;
  g_autoptr(VcWindow) self = request->self;
  g_autoptr(GFile) file = request->file;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  g_free (request);

  deck = vc_deck_load_finish (result, &problems, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (deck == NULL)
    {
      _vc_window_show_problems (self, file, problems);
      return;
    }

  vc_deck_library_add (self->library, file, deck);
  if (_vc_window_get_settings (self) != NULL)
    vc_settings_add_recent_deck (_vc_window_get_settings (self), file);
  _vc_window_show_deck (self, deck);

  if (self->present_when_opened)
    {
      self->present_when_opened = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.present", "b", TRUE);
    }
}

/**
 * vc_window_open_file:
 * @self: a #VcWindow
 * @file: a deck file
 *
 * Reads @file in the background and shows the deck, or its problems.
 */
void
vc_window_open_file (VcWindow *self,
                     GFile    *file)
{
  OpenRequest *request;

  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  request = g_new0 (OpenRequest, 1);
  request->self = g_object_ref (self);
  request->file = g_object_ref (file);
  vc_deck_load_async (file, vc_deck_library_get_load_flags (file), self->cancellable, on_deck_opened, request);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VcWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    vc_window_open_file (self, l->data);
  g_slist_free (files);

  return files != NULL;
}

/* The decks on the library page, and decks dropped on the window. */
void
_vc_window_library_init (VcWindow *self)
{
  GtkDropTarget *target;

  g_signal_connect_object (vc_deck_library_get_builtin (self->library), "items-changed",
                           G_CALLBACK (_vc_window_update_library_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vc_deck_library_get_user (self->library), "items-changed",
                           G_CALLBACK (_vc_window_update_library_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::loading",
                           G_CALLBACK (_vc_window_update_library_state), self, G_CONNECT_SWAPPED);

  _vc_window_update_library_state (self);
  /* A deck being made in an editor is not listed; once its editor is
   * closed unsaved, it is. */
  g_signal_connect (self, "notify::is-active", G_CALLBACK (_vc_window_update_drafts), NULL);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * _vc_window_ensure_library_page:
 * @self: a #VcWindow
 *
 * Builds the list of decks, drafts and sessions on the library page, if
 * it is not built yet. The window's first frame shows only its header bar
 * and an empty page, as the decks are read after it: the list is built
 * then, so that starting the app need not wait for it.
 */
void
_vc_window_ensure_library_page (VcWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->list_page != NULL)
    return;

  builder = gtk_builder_new ();
  self->list_page = GTK_WIDGET (build_library_page (builder, "list_page"));
  self->builtin_group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "builtin_group"));
  self->builtin_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "builtin_list"));
  self->user_group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "user_group"));
  self->user_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "user_list"));
  self->drafts_group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "drafts_group"));
  self->drafts_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "drafts_list"));
  self->sessions_group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "sessions_group"));
  self->sessions_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "sessions_list"));
  gtk_stack_add_named (self->library_stack, self->list_page, "list");

  gtk_list_box_bind_model (self->builtin_list, vc_deck_library_get_builtin (self->library),
                           create_row, self, NULL);
  gtk_list_box_bind_model (self->user_list, vc_deck_library_get_user (self->library),
                           create_row, self, NULL);
  g_signal_connect (self->builtin_list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self->user_list, "row-activated", G_CALLBACK (on_row_activated), self);

  _vc_window_sessions_bind_list (self);
  _vc_window_update_drafts (self);
  _vc_window_update_library_state (self);
}

/* The pages go with the window's template, as its stack holds them. */
void
_vc_window_forget_library_page (VcWindow *self)
{
  self->empty_status = NULL;
  self->list_page = NULL;
  self->builtin_group = NULL;
  self->builtin_list = NULL;
  self->user_group = NULL;
  self->user_list = NULL;
  self->drafts_group = NULL;
  self->drafts_list = NULL;
  self->sessions_group = NULL;
  self->sessions_list = NULL;
}
