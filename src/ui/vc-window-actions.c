/* vc-window-actions.c
 *
 * The main window's actions (win.*) and their keys.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-print-dialog.h"
#include "vc-window-private.h"

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _vc_window_start_session (VC_WINDOW (widget), VC_SESSION_KIND_MEETING);
}

static void
start_reflection_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _vc_window_start_session (VC_WINDOW (widget), VC_SESSION_KIND_REFLECTION);
}

static void
finish_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = _vc_window_current_session (self);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (session == NULL)
    return;

  _vc_window_stop_presenting (self);
  if (self->player_view != NULL)
    vc_player_view_stop (self->player_view);
  /* The steps of a values game stop with the meeting too. */
  if (self->board != NULL && vc_board_get_session (self->board) == session &&
      vc_board_get_steps_panel (self->board) != NULL)
    {
      vc_format_run_pause (vc_board_get_run (self->board));
      vc_steps_panel_record (vc_board_get_steps_panel (self->board));
    }
  vc_session_finish (session);
  _vc_window_save_sessions (self);
  _vc_window_show_summary (self, session, deck);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = _vc_window_find_session (self, g_variant_get_string (parameter, NULL));

  if (session != NULL)
    _vc_window_delete_session (self, session);
}

static void
resume_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = _vc_window_find_session (self, g_variant_get_string (parameter, NULL));

  if (session != NULL)
    _vc_window_resume_session (self, session);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted == NULL)
    return;

  if (!vc_session_store_restore (self->store, self->deleted, &error))
    _vc_window_show_toast (self, error->message);
  g_clear_object (&self->deleted);
}

/* The journal: a person's reflections, newest first, searchable. */
static void
show_journal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GHashTable) decks = NULL;

  if (self->journal_view == NULL)
    {
      AdwLeafletPage *page;

      self->journal_view = g_object_new (VC_TYPE_JOURNAL_VIEW, NULL);
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->journal_view));
      adw_leaflet_page_set_name (page, "journal");
    }

  _vc_window_load_sessions (self);
  decks = _vc_window_dup_known_decks (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "journal");
  vc_journal_view_show (self->journal_view, self->store, decks);
}

/* The notes that could not be saved, as text to paste somewhere safe. */
static void
copy_unsaved_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (self->store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < unsaved->len; i++)
    {
      g_autofree char *markdown = vc_export_markdown (g_ptr_array_index (unsaved, i), NULL);

      if (i > 0)
        g_string_append (text, "\n\n---\n\n");
      g_string_append (text, markdown);
    }

  if (text->len == 0)
    {
      _vc_window_show_toast (self, _("Everything is saved"));
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  _vc_window_show_toast (self, _("The notes are copied: paste them into a document or an e-mail to keep them"));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _vc_window_show_toast (VC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     VcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      vc_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

/* Opens a deck a page asks for by its URI, as the problems page does to
 * read a deck again once it is fixed. */
static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  vc_window_open_file (VC_WINDOW (widget), file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GtkFileFilter) decks = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (decks, _("Decks"));
  gtk_file_filter_add_mime_type (decks, "application/x-value-cards-deck");
  gtk_file_filter_add_suffix (decks, "vcdeck");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open a Deck"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), decks);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Presents the session in play, or starts a meeting with the deck shown
 * and presents it: from its first card, or from where the group is. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  gboolean from_start = g_variant_get_boolean (parameter);
  const char *page = vc_window_get_page (self);

  if (g_strcmp0 (page, "deck") == 0 && vc_deck_view_get_deck (self->deck_view) != NULL)
    {
      /* The room is waiting: no question before the cards show. */
      _vc_window_start_new_session (self, VC_SESSION_KIND_MEETING);
      page = vc_window_get_page (self);
      from_start = FALSE;
    }

  if (g_strcmp0 (page, "player") == 0)
    {
      if (vc_session_get_kind (vc_player_view_get_session (self->player_view)) != VC_SESSION_KIND_MEETING)
        {
          _vc_window_show_toast (self, _("A personal reflection is not shown on a projector"));
          return;
        }
      if (from_start)
        gtk_widget_activate_action (GTK_WIDGET (self->player_view), "player.first", NULL);
      vc_presentation_start_player (_vc_window_ensure_presentation (self), self->player_view);
    }
  else if (g_strcmp0 (page, "board") == 0 && self->board != NULL)
    {
      VcPresentation *presentation = _vc_window_ensure_presentation (self);

      vc_presentation_start_board (presentation, self->board);
      vc_board_page_set_bar (self->board_page, vc_presentation_get_values_bar (presentation));
    }
  else
    _vc_window_show_toast (self, _("Open a deck to present it"));
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _vc_window_stop_presenting (VC_WINDOW (widget));
}

/* The presenting keys come from the presentation's own table, so the
 * window always lists the keys that work. */
static GtkBuilder *
shortcuts_builder_new (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (APP_PATH "/ui/vc-shortcuts-window.ui",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *keys = vc_presentation_dup_shortcuts_ui ();
  g_autofree char *ui = NULL;
  g_auto(GStrv) parts = NULL;

  parts = g_strsplit (g_bytes_get_data (bytes, NULL), "<!--presenting-keys-->", 2);
  g_assert (parts[1] != NULL);
  ui = g_strconcat (parts[0], keys, parts[1], NULL);

  return gtk_builder_new_from_string (ui, -1);
}

/* GTK's shortcuts window has two buttons of its own in its header bar, a
 * menu of its parts and a search with only an icon, that a screen reader
 * would read by their class names. The pages' buttons have text. */
static void
name_shortcuts_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose Which Keys to Show"),
                                        -1);
      else if (GTK_IS_TOGGLE_BUTTON (child) &&
               GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (child))))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Keyboard Shortcuts"),
                                        -1);
      else
        name_shortcuts_buttons (child);
    }
}

/**
 * vc_window_show_shortcuts:
 * @parent: the window the shortcuts are asked for from
 * @section: (nullable): the part to show first, "editor" for the deck
 *   editor's keys
 *
 * Shows every key of the app, in the main window and the deck editor.
 */
void
vc_window_show_shortcuts (GtkWindow  *parent,
                          const char *section)
{
  g_autoptr(GtkBuilder) builder = shortcuts_builder_new ();
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  vc_ui_relabel_keys (GTK_WIDGET (shortcuts));
  name_shortcuts_buttons (GTK_WIDGET (shortcuts));
  if (section != NULL)
    g_object_set (shortcuts, "section-name", section, NULL);
  gtk_window_set_transient_for (shortcuts, parent);
  gtk_window_present (shortcuts);
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  vc_window_show_shortcuts (GTK_WINDOW (widget), NULL);
}

/* Leaving a session half-way is fine: it says so, and how to go on. */
static void
show_kept_toast (VcWindow  *self,
                 VcSession *session)
{
  AdwToast *toast;

  toast = adw_toast_new (vc_session_get_kind (session) == VC_SESSION_KIND_MEETING
                           ? _("The meeting is saved, to continue later")
                           : _("Your reflection is saved, to continue later"));
  adw_toast_set_button_label (toast, _("C_ontinue"));
  adw_toast_set_action_name (toast, "win.resume-session");
  adw_toast_set_action_target (toast, "s", vc_session_get_id (session));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);

  _vc_window_stop_presenting (self);

  /* From a session, back to its deck; the session is saved on the way,
   * and can be continued. */
  if (g_strcmp0 (vc_window_get_page (self), "player") == 0 ||
      g_strcmp0 (vc_window_get_page (self), "board") == 0)
    {
      VcSession *session = _vc_window_current_session (self);

      _vc_window_save_sessions (self);
      if (session != NULL && session != self->pending && vc_session_get_ended (session) == NULL)
        show_kept_toast (self, session);
      _vc_window_drop_pending (self);
      adw_leaflet_set_visible_child_name (self->leaflet, "deck");
      return;
    }

  if (g_strcmp0 (vc_window_get_page (self), "summary") == 0 && self->deck_view != NULL &&
      vc_deck_view_get_deck (self->deck_view) != NULL)
    {
      _vc_window_save_sessions (self);
      adw_leaflet_set_visible_child_name (self->leaflet, "deck");
      return;
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "library");
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (deck != NULL)
    _vc_window_show_problems (self, vc_deck_get_file (deck), vc_deck_get_warnings (deck));
}

/* The cards of the deck shown, to print and cut. */
static void
print_deck_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;
  VcPrintDialog *dialog;

  if (deck == NULL || g_strcmp0 (vc_window_get_page (self), "library") == 0 ||
      g_strcmp0 (vc_window_get_page (self), "journal") == 0)
    {
      _vc_window_show_toast (self, _("Open a deck to print its cards"));
      return;
    }

  dialog = vc_print_dialog_new (GTK_WINDOW (self), deck);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window's actions, and the keys that go with them. */
void
_vc_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.copy-unsaved", NULL, copy_unsaved_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.start-meeting", NULL, start_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.start-reflection", NULL, start_reflection_action);
  gtk_widget_class_install_action (widget_class, "win.finish-session", NULL, finish_session_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.delete-session", "s", delete_session_action);
  gtk_widget_class_install_action (widget_class, "win.resume-session", "s", resume_session_action);
  gtk_widget_class_install_action (widget_class, "win.show-journal", NULL, show_journal_action);
  gtk_widget_class_install_action (widget_class, "win.present", "b", present_action);
  gtk_widget_class_install_action (widget_class, "win.stop-presenting", NULL, stop_presenting_action);
  gtk_widget_class_install_action (widget_class, "win.print-deck", NULL, print_deck_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
}

/* Keys for the window's actions. They are the application's accelerators,
 * rather than bindings of the window, so that menus show them. */
static const struct {
  const char *action;
  const char *accels[2];
} window_accels[] = {
  { "win.open", { "<Control>o", NULL } },
  { "win.new-deck", { "<Control>n", NULL } },
  { "win.print-deck", { "<Control>p", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.go-back", { "<Alt>Left", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.present(true)", { "F5", NULL } },
  { "win.present(false)", { "<Shift>F5", NULL } },
};

/**
 * vc_window_add_accels:
 * @app: the application the windows belong to
 *
 * Gives the window's actions their keys.
 */
void
vc_window_add_accels (GtkApplication *app)
{
  g_return_if_fail (GTK_IS_APPLICATION (app));

  for (guint i = 0; i < G_N_ELEMENTS (window_accels); i++)
    gtk_application_set_accels_for_action (app, window_accels[i].action, window_accels[i].accels);
}
