/* vc-window-edit.c
 *
 * The ways from the library into the deck editor: a new deck, one's own
 * deck, a copy of a deck that comes with the app, and a deck with
 * problems to fix. And back: a saved deck is listed as it is now, and a
 * deck being written can be tried out in a meeting.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "vc-deck-document.h"
#include "vc-deck-draft.h"
#include "vc-editor-window.h"
#include "vc-window-private.h"

static void
show_error (VcWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * vc_window_edit_file:
 * @self: a #VcWindow
 * @file: a deck file
 *
 * Opens @file in the deck editor, problems and all.
 */
void
vc_window_edit_file (VcWindow *self,
                     GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (vc_editor_window_open (app, file, &error) == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Edited"), name);

      show_error (self, heading, error->message);
    }
}

static void
edit_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  vc_window_edit_file (VC_WINDOW (widget), file);
}

static void
edit_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (deck != NULL && vc_deck_get_file (deck) != NULL)
    vc_window_edit_file (self, vc_deck_get_file (deck));
}

static void
copy_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(VcDeckDocument) original = NULL;
  g_autoptr(VcDeckDocument) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  VcEditorWindow *editor;

  if (deck == NULL || vc_deck_get_file (deck) == NULL)
    return;

  original = vc_deck_document_new_from_file (vc_deck_get_file (deck), &error);
  if (original != NULL)
    {
      /* Translators: the title of one's own copy of a deck; %s is the deck's title */
      title = g_strdup_printf (_("%s, Our Version"), vc_deck_get_title (deck));
      copy = vc_deck_document_new_copy (original, title, &error);
    }
  if (copy == NULL)
    {
      show_error (self, _("The Deck Could Not Be Copied"), error->message);
      return;
    }

  editor = vc_editor_window_new (app, copy);
  gtk_window_present (GTK_WINDOW (editor));
}

/* New decks */

static const struct
{
  VcDeckKind  kind;
  const char *title;
  const char *description;
} kinds[] = {
  { VC_DECK_KIND_VALUES_GAME, N_("Values Game"),
    N_("Your value words and your own photos, which the group pairs and talks about.") },
  { VC_DECK_KIND_DILEMMAS, N_("Dilemmas"),
    N_("Situations from work, told in parts, with questions and ways to act.") },
  { VC_DECK_KIND_QUESTIONS, N_("Questions"),
    N_("Open questions to talk about, one card at a time.") },
  { VC_DECK_KIND_STATEMENTS, N_("Statements"),
    N_("Statements to agree or disagree with, and say why.") },
  { VC_DECK_KIND_MIXED, N_("Mixed"),
    N_("Dilemmas, questions and statements in one deck.") },
};

typedef struct
{
  VcWindow  *self;
  GtkWidget *entry;
  GtkWidget *checks[G_N_ELEMENTS (kinds)];
} NewDeckRequest;

static void
new_deck_request_free (NewDeckRequest *request)
{
  g_object_unref (request->self);
  g_free (request);
}

static void
on_new_deck_response (AdwMessageDialog *dialog,
                      const char       *response,
                      NewDeckRequest   *request)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (request->self));
  g_autoptr(VcDeckDocument) document = NULL;
  g_autofree char *title = NULL;
  VcDeckKind kind = VC_DECK_KIND_DILEMMAS;
  VcEditorWindow *editor;

  if (!g_str_equal (response, "create"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (request->checks[i])))
      kind = kinds[i].kind;
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (request->entry))));

  document = vc_deck_document_new (kind, title[0] != '\0' ? title : NULL);
  editor = vc_editor_window_new (app, document);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_deck_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  AdwMessageDialog *dialog;
  NewDeckRequest *request = g_new0 (NewDeckRequest, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *group = NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("New Deck"),
                                                       _("What kind of deck do you want to make? You can change everything later.")));
  request->self = g_object_ref (self);

  request->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (request->entry), _("Title, such as “Our Values”"));
  gtk_entry_set_activates_default (GTK_ENTRY (request->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (request->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the new deck"), -1);
  gtk_box_append (GTK_BOX (box), request->entry);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of deck"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(kinds[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(kinds[i].description));
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group ? GTK_CHECK_BUTTON (group) : NULL);
      if (group == NULL)
        group = check;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(kinds[i].title), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      request->checks[i] = check;
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), list);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_deck_response), request,
                         (GClosureNotify)(void (*) (void))new_deck_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (request->entry);
}

/**
 * vc_window_deck_saved:
 * @self: a #VcWindow
 * @file: a deck the editor saved
 *
 * Lists the deck as it is now.
 */
void
vc_window_deck_saved (VcWindow *self,
                      GFile    *file)
{
  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  vc_deck_library_reload_file (self->library, file);
  if (_vc_window_get_settings (self) != NULL)
    vc_settings_add_recent_deck (_vc_window_get_settings (self), file);
}

/**
 * vc_window_try_deck:
 * @self: a #VcWindow
 * @deck: a deck being written
 *
 * Starts a meeting with @deck as it is, saved or not, so that its
 * writer can rehearse it.
 */
void
vc_window_try_deck (VcWindow *self,
                    VcDeck   *deck)
{
  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (VC_IS_DECK (deck));

  _vc_window_show_deck (self, deck);
  _vc_window_start_new_session (self, VC_SESSION_KIND_MEETING);
}

/* Drafts of decks that were never saved */

static gboolean
draft_in_use (VcWindow   *self,
              const char *path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      const char *in_use;

      if (!VC_IS_EDITOR_WINDOW (toplevel))
        continue;
      in_use = vc_deck_document_get_draft_path (vc_editor_window_get_document (VC_EDITOR_WINDOW (toplevel)));
      if (g_strcmp0 (in_use, path) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The newest first. */
static int
compare_drafts (gconstpointer a,
                gconstpointer b)
{
  const VcDeckDraft *x = *(VcDeckDraft * const *)a;
  const VcDeckDraft *y = *(VcDeckDraft * const *)b;

  if (x->changed == NULL || y->changed == NULL)
    return (x->changed == NULL) - (y->changed == NULL);
  return g_date_time_compare (y->changed, x->changed);
}

void
_vc_window_update_drafts (VcWindow *self)
{
  g_autoptr(GPtrArray) drafts = NULL;
  GtkWidget *child;
  guint n = 0;

  /* Read when the library's list is built, after the first frame. */
  if (self->drafts_list == NULL)
    return;

  drafts = vc_deck_drafts_list ();
  g_ptr_array_sort (drafts, compare_drafts);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list))) != NULL)
    gtk_list_box_remove (self->drafts_list, child);

  for (guint i = 0; i < drafts->len; i++)
    {
      VcDeckDraft *draft = g_ptr_array_index (drafts, i);
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *discard;

      /* A draft of a saved deck comes back when that deck is edited. */
      if (draft->file != NULL || draft_in_use (self, draft->path))
        continue;

      row = adw_action_row_new ();
      /* Dates as the app writes them everywhere: 2026-03-14 13:05. */
      when = draft->changed ? g_date_time_format (draft->changed, "%Y-%m-%d %H:%M") : NULL;
      /* Translators: %s is a date and time */
      subtitle = when ? g_strdup_printf (_("Last changed %s"), when) : NULL;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     draft->title && draft->title[0] ? draft->title : _("Untitled Deck"));
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-draft");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", draft->path);
      discard = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (discard, "flat");
      gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (discard, _("Throw Away the Unsaved Deck"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (discard), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Throw away the unsaved deck"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-draft");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (discard), "s", draft->path);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->drafts_list, row);
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), n > 0);
}

static void
open_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(VcDeckDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  VcEditorWindow *editor;

  document = vc_deck_document_new_from_draft (g_variant_get_string (parameter, NULL), &error);
  if (document == NULL)
    {
      show_error (self, _("The Unsaved Deck Could Not Be Opened"), error->message);
      return;
    }
  editor = vc_editor_window_new (gtk_window_get_application (GTK_WINDOW (self)), document);
  gtk_window_present (GTK_WINDOW (editor));
  _vc_window_update_drafts (self);
}

static void
on_discard_draft_response (AdwMessageDialog *dialog,
                           const char       *response,
                           VcWindow         *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "vc-path");

  if (g_str_equal (response, "discard"))
    {
      g_unlink (path);
      _vc_window_update_drafts (self);
    }
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Throw Away the Unsaved Deck?"),
                                              _("Everything written in it is lost."));

  g_object_set_data_full (G_OBJECT (dialog), "vc-path", g_strdup (g_variant_get_string (parameter, NULL)), g_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "discard", _("_Throw Away"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_draft_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Which of edit and copy the deck page offers. */
void
_vc_window_update_deck_editable (VcWindow *self,
                                 VcDeck   *deck)
{
  GFile *file = vc_deck_get_file (deck);
  gboolean is_builtin = file != NULL && vc_deck_library_is_builtin_file (self->library, file);

  vc_deck_view_set_editable (self->deck_view,
                             !is_builtin && file != NULL,
                             is_builtin);
}

void
_vc_window_class_edit_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-file", "s", edit_file_action);
  gtk_widget_class_install_action (widget_class, "win.edit-deck", NULL, edit_deck_action);
  gtk_widget_class_install_action (widget_class, "win.copy-deck", NULL, copy_deck_action);
  gtk_widget_class_install_action (widget_class, "win.new-deck", NULL, new_deck_action);
  gtk_widget_class_install_action (widget_class, "win.open-draft", "s", open_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", discard_draft_action);
}
