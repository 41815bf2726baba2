/* vc-editor-window-actions.c
 *
 * What can be done in the deck editor, and its keys: undo and redo,
 * saving, adding, moving and deleting items, pictures, trying the deck
 * out in a meeting, and printing its cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-document-pictures.h"
#include "vc-deck-draft.h"
#include "vc-deck-library.h"
#include "vc-deck-problem.h"
#include "vc-deck-translations.h"
#include "vc-editor-form-private.h"
#include "vc-editor-window-private.h"
#include "vc-help.h"
#include "vc-print-dialog.h"
#include "vc-window.h"

/* Undo and redo, with the menu saying what they do */

static gboolean
update_undo_menu (gpointer user_data)
{
  VcEditorWindow *self = user_data;
  const char *undo = vc_deck_document_get_undo_label (self->document);
  const char *redo = vc_deck_document_get_redo_label (self->document);
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  self->menu_id = 0;
  /* Translators: %s is what will be undone, such as "Delete Card" */
  undo_label = undo ? g_strdup_printf (_("_Undo %s"), undo) : g_strdup (_("_Undo"));
  /* Translators: %s is what will be done again, such as "Delete Card" */
  redo_label = redo ? g_strdup_printf (_("_Redo %s"), redo) : g_strdup (_("_Redo"));

  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo_label, "editor.undo");
  g_menu_append (self->undo_section, redo_label, "editor.redo");
  return G_SOURCE_REMOVE;
}

static gboolean
is_list_item (const char *path)
{
  return path != NULL &&
         ((g_str_has_prefix (path, "/cards/") && g_ascii_isdigit (path[7])) ||
          g_str_has_prefix (path, "/values-game/words/"));
}

static char *
array_of (const char *path,
          guint      *index)
{
  const char *slash = strrchr (path, '/');

  *index = (guint)g_ascii_strtoull (slash + 1, NULL, 10);
  return g_strndup (path, slash - path);
}

void
_vc_editor_window_update_actions (VcEditorWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean item = is_list_item (self->selected);
  gboolean values_game = vc_deck_document_get_node (self->document, "/values-game") != NULL;
  guint index = 0, n = 0;

  if (item)
    {
      g_autofree char *array_path = array_of (self->selected, &index);

      n = vc_deck_document_get_length (self->document, array_path);
    }

  gtk_widget_action_set_enabled (widget, "editor.undo", vc_deck_document_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "editor.redo", vc_deck_document_can_redo (self->document));
  gtk_widget_action_set_enabled (widget, "editor.delete", item);
  gtk_widget_action_set_enabled (widget, "editor.duplicate", item);
  gtk_widget_action_set_enabled (widget, "editor.move-up", item && index > 0);
  gtk_widget_action_set_enabled (widget, "editor.move-down", item && index + 1 < n);
  gtk_widget_action_set_enabled (widget, "editor.add-word", values_game);
  gtk_widget_action_set_enabled (widget, "editor.add-pictures", values_game);
  gtk_widget_action_set_enabled (widget, "editor.paste-picture", values_game);

  if (self->menu_id == 0)
    self->menu_id = g_idle_add_full (G_PRIORITY_DEFAULT, update_undo_menu, self, NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);

  vc_deck_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);

  vc_deck_document_redo (self->document);
}

/* One file chooser at a time, through the desktop's portal when there
 * is one. */
GtkFileChooser *
_vc_editor_window_new_chooser (VcEditorWindow       *self,
                               const char           *title,
                               GtkFileChooserAction  action,
                               const char           *accept,
                               GtkFileFilter        *filter,
                               GCallback             on_response)
{
  if (self->chooser != NULL)
    return NULL;

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", on_response, self, 0);
  return GTK_FILE_CHOOSER (self->chooser);
}

/* The file chosen, or %NULL; the chooser goes either way. */
GFile *
_vc_editor_window_take_chosen_file (VcEditorWindow  *self,
                                    GtkNativeDialog *chooser,
                                    int              response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  return file;
}

/* Saving */

static void
tell_library (VcEditorWindow *self,
              GFile          *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (VC_IS_WINDOW (l->data))
      vc_window_deck_saved (l->data, file);
}

void
_vc_editor_window_show_error (VcEditorWindow *self,
                              const char     *heading,
                              const char     *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_to (VcEditorWindow *self,
         GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);

  if (parent != NULL)
    g_file_make_directory_with_parents (parent, NULL, NULL);

  if (!vc_deck_document_save (self->document, file, &error))
    {
      self->close_after_save = FALSE;
      _vc_editor_window_show_error (self, _("The Deck Could Not Be Saved"), error->message);
      return;
    }

  _vc_editor_window_toast (self, _("Deck saved"), FALSE);
  tell_library (self, file);
  /* A deck saved next to its pictures reads them from there now. */
  vc_editor_window_check_now (self);

  if (self->close_after_save)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  VcEditorWindow  *self)
{
  g_autoptr(GFile) file = _vc_editor_window_take_chosen_file (self, chooser, response);

  if (file == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }

  /* A deck needs its ending to be recognised by the app. */
  if (!g_str_has_suffix (g_file_peek_path (file) ? g_file_peek_path (file) : "", ".vcdeck"))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *name = g_strconcat (basename, ".vcdeck", NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      g_set_object (&file, g_file_get_child (parent, name));
    }
  save_to (self, file);
}

void
_vc_editor_window_save (VcEditorWindow *self,
                        gboolean        choose_file)
{
  GFile *file = vc_deck_document_get_file (self->document);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (!choose_file && file != NULL)
    {
      save_to (self, file);
      return;
    }
  if (!choose_file && self->save_file != NULL)
    {
      save_to (self, self->save_file);
      return;
    }
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Decks"));
  gtk_file_filter_add_pattern (filter, "*.vcdeck");
  if (_vc_editor_window_new_chooser (self, _("Save the Deck"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), filter,
                   G_CALLBACK (on_save_response)) == NULL)
    return;

  /* New decks go where the library looks for the user's own. */
  folder = file ? g_file_get_parent (file) : vc_deck_library_dup_default_user_dir ();
  g_file_make_directory_with_parents (folder, NULL, NULL);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  title = vc_editor_window_dup_title (self);
  {
    g_autofree char *id = vc_deck_make_id (title);

    name = g_strconcat (id, ".vcdeck", NULL);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _vc_editor_window_save (VC_EDITOR_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _vc_editor_window_save (VC_EDITOR_WINDOW (widget), TRUE);
}

/* Items of the outline */

/* A new card or word comes after the one being written, and is shown
 * with the keyboard in its first field. */
static void
add_item (VcEditorWindow *self,
          const char     *array_path,
          const char     *kind,
          const char     *label)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *prefix = g_strconcat (array_path, "/", NULL);
  int position = -1;

  if (self->selected != NULL && g_str_has_prefix (self->selected, prefix))
    {
      guint index;
      g_autofree char *selected_array = array_of (self->selected, &index);

      position = (int)index + 1;
    }

  path = _vc_editor_add_item (self->document, array_path, position, kind, label, &error);
  if (path == NULL)
    {
      _vc_editor_window_toast (self, error->message, FALSE);
      return;
    }
  vc_editor_window_select (self, path);
  vc_editor_form_focus_field (self->form, path);
}

static void
add_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_item (VC_EDITOR_WINDOW (widget), "/cards", g_variant_get_string (parameter, NULL), _("Add Card"));
}

static void
add_word_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_item (VC_EDITOR_WINDOW (widget), "/values-game/words", NULL, _("Add Value Word"));
}

/* What an item is called in a toast: its title, its text or its word. */
static char *
item_name (VcEditorWindow *self,
           const char     *path)
{
  static const char * const members[] = { "title", "word", "text" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *member = g_strconcat (path, "/", members[i], NULL);
      const char *text = vc_deck_document_get_string (self->document, member);

      if (text != NULL && text[0] != '\0')
        return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));
    }
  return NULL;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autofree char *path = g_strdup (self->selected);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!is_list_item (path))
    return;

  name = item_name (self, path);
  if (!vc_deck_document_remove (self->document, path, &error))
    {
      _vc_editor_window_toast (self, error->message, FALSE);
      return;
    }
  _vc_editor_window_outline_update (self, TRUE);

  if (name != NULL)
    /* Translators: %s is the title of a card or a value word */
    text = g_strdup_printf (_("“%s” deleted"), name);
  else
    text = g_strdup (g_str_has_prefix (path, "/cards/") ? _("Card deleted") : _("Word deleted"));
  _vc_editor_window_toast (self, text, TRUE);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!is_list_item (self->selected))
    return;
  path = vc_deck_document_duplicate (self->document, self->selected, &error);
  if (path == NULL)
    {
      _vc_editor_window_toast (self, error->message, FALSE);
      return;
    }
  vc_editor_window_select (self, path);
}

static void
move (VcEditorWindow *self,
      int             delta)
{
  g_autofree char *array_path = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  if (!is_list_item (self->selected))
    return;
  array_path = array_of (self->selected, &index);
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= vc_deck_document_get_length (self->document, array_path)))
    return;
  if (!vc_deck_document_move (self->document, self->selected, index + delta, &error))
    return;
  to = g_strdup_printf ("%s/%u", array_path, index + delta);
  vc_editor_window_select (self, to);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (self->outline)));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (VC_EDITOR_WINDOW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (VC_EDITOR_WINDOW (widget), 1);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  vc_editor_window_select (VC_EDITOR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Problems */

static void
show_problem_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autofree char *pointer = NULL;
  GtkPopover *popover;

  if (self->problems == NULL || index >= g_list_model_get_n_items (self->problems))
    return;

  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->problems_button));
  if (popover != NULL)
    gtk_popover_popdown (popover);

  problem = g_list_model_get_item (self->problems, index);
  pointer = vc_deck_problem_dup_pointer (problem);
  vc_editor_window_select (self, pointer);
}

/* Problems with a fix that is plain: a second card with the same id gets
 * one of its own, and a deck without an ending gets the standard one. */
const char *
_vc_editor_window_problem_fix (VcDeckProblem *problem)
{
  const char *path = vc_deck_problem_get_path (problem);

  if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_DUPLICATE_ID && path != NULL)
    return _("_Make Unique");
  if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_MISSING_FIELD && g_strcmp0 (path, "$.closing") == 0)
    return _("_Add Closing Card");
  /* What a deck file needs that no field of the form shows. */
  if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_MISSING_FIELD &&
      (g_strcmp0 (path, "$.id") == 0 || g_strcmp0 (path, "$.version") == 0 ||
       g_strcmp0 (path, "$.format-version") == 0))
    return _("_Add It");
  if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_TEXT_TOO_LONG && path != NULL &&
      g_str_has_prefix (path, "$.cards[") && g_str_has_suffix (path, "]"))
    return _("_Split the Story");
  return NULL;
}

/* A story too long for the screen is cut in two at a sentence in its
 * longest part, so that the room sees it in two steps. */
static gboolean
split_longest_part (VcEditorWindow *self,
                    const char     *card)
{
  g_autofree char *stages_path = g_strconcat (card, "/stages", NULL);
  guint n = vc_deck_document_get_length (self->document, stages_path);
  g_autofree char *longest = NULL;
  g_autofree char *text_path = NULL;
  glong longest_length = 0;
  guint longest_index = 0;
  const char *text;
  const char *middle;
  const char *cut = NULL;
  gboolean ok;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u", stages_path, i);
      g_autofree char *object_text = g_strconcat (path, "/text", NULL);
      const char *stage = vc_deck_document_get_string (self->document, path);

      if (stage == NULL)
        stage = vc_deck_document_get_string (self->document, object_text);
      if (stage != NULL && g_utf8_strlen (stage, -1) > longest_length)
        {
          longest_length = g_utf8_strlen (stage, -1);
          longest_index = i;
          g_free (text_path);
          text_path = vc_deck_document_get_string (self->document, path) ? g_strdup (path) : g_strdup (object_text);
        }
    }
  if (text_path == NULL)
    return FALSE;

  /* The end of the sentence nearest the middle. */
  text = vc_deck_document_get_string (self->document, text_path);
  middle = g_utf8_offset_to_pointer (text, longest_length / 2);
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' &&
        (cut == NULL || ABS (p - middle) < ABS (cut - middle)))
      cut = p + 1;
  if (cut == NULL)
    return FALSE;

  {
    g_autofree char *first = g_strndup (text, cut - text);
    g_autofree char *second = g_strdup (cut + 1);
    g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), second);
    g_autoptr(GError) error = NULL;

    vc_deck_document_begin_step (self->document, _("Split the Story"));
    ok = vc_deck_document_set_string (self->document, text_path, first, &error) &&
         vc_deck_document_insert (self->document, stages_path, (int)longest_index + 1, node, &error) != NULL;
    vc_deck_document_end_step (self->document);
  }
  return ok;
}

static void
fix_problem_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autofree char *pointer = NULL;
  g_autoptr(GError) error = NULL;
  GtkPopover *popover;

  if (self->problems == NULL || index >= g_list_model_get_n_items (self->problems))
    return;
  problem = g_list_model_get_item (self->problems, index);
  pointer = vc_deck_problem_dup_pointer (problem);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->problems_button));
  if (popover != NULL)
    gtk_popover_popdown (popover);

  switch ((int)vc_deck_problem_get_code (problem))
    {
    case VC_DECK_ERROR_DUPLICATE_ID:
      {
        g_autofree char *id_path = g_str_has_suffix (pointer, "/id") ? g_strdup (pointer)
                                                                     : g_strconcat (pointer, "/id", NULL);
        const char *id = vc_deck_document_get_string (self->document, id_path);

        /* Asked for as a second one, so that it is changed at all. */
        if (id != NULL)
          {
            g_autofree char *wanted = g_strconcat (id, "-2", NULL);

            vc_deck_document_set_id (self->document, id_path, wanted, &error);
          }
      }
      break;

    case VC_DECK_ERROR_MISSING_FIELD:
      if (g_str_equal (pointer, "/closing"))
        {
          g_autoptr(JsonNode) closing = _vc_editor_new_closing ();

          vc_deck_document_begin_step (self->document, _("Add a Closing Card"));
          vc_deck_document_set_node (self->document, "/closing", closing, &error);
          vc_deck_document_end_step (self->document);
        }
      else if (g_str_equal (pointer, "/id"))
        {
          g_autofree char *title = vc_editor_window_dup_title (self);
          g_autofree char *slug = vc_deck_make_id (title);
          g_autofree char *id = g_strdup_printf ("local.%s-%08x", slug, g_random_int ());

          vc_deck_document_set_string (self->document, "/id", id, &error);
        }
      else if (g_str_equal (pointer, "/version"))
        vc_deck_document_set_string (self->document, "/version", "1", &error);
      else if (g_str_equal (pointer, "/format-version"))
        vc_deck_document_set_int (self->document, "/format-version", 1, &error);
      break;

    case VC_DECK_ERROR_TEXT_TOO_LONG:
      if (!split_longest_part (self, pointer))
        _vc_editor_window_toast (self, _("The story has no sentence to split it at: shorten it by hand"), FALSE);
      break;

    default:
      break;
    }
  vc_editor_window_select (self, pointer);
  vc_editor_window_check_now (self);
}

/* Trying it out, and printing it */

/* The deck as it is now, or %NULL after pointing at what keeps it from
 * being one. */
static VcDeck *
check_deck_now (VcEditorWindow *self)
{
  g_autoptr(GListModel) problems = NULL;
  VcDeck *deck;

  deck = vc_deck_document_check (self->document, VC_DECK_LOAD_DEFAULT, &problems, NULL);
  if (deck == NULL)
    {
      g_set_object (&self->problems, problems);
      vc_editor_form_set_problems (self->form, problems);
      _vc_editor_window_toast (self, _("Fix the problems marked in red first, then try again"), FALSE);
      gtk_menu_button_popup (GTK_MENU_BUTTON (self->problems_button));
    }
  return deck;
}

static void
try_it_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(VcDeck) deck = NULL;
  VcWindow *window = NULL;

  deck = check_deck_now (self);
  if (deck == NULL)
    return;

  /* The library's window plays it; the editor stays open beside it. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; window == NULL && i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (VC_IS_WINDOW (toplevel))
          window = VC_WINDOW (toplevel);
      }
  }
  if (window == NULL)
    window = vc_window_new (app ? VC_APPLICATION (app) : NULL);

  vc_window_try_deck (window, deck);
  gtk_window_present (GTK_WINDOW (window));
}

/* The cards as they are written now, saved or not. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autoptr(VcDeck) deck = check_deck_now (self);
  VcPrintDialog *dialog;

  if (deck == NULL)
    return;

  dialog = vc_print_dialog_new (GTK_WINDOW (self), deck);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) file = vc_deck_document_get_file (self->document)
                          ? g_object_ref (vc_deck_document_get_file (self->document)) : NULL;
  g_autoptr(VcDeckDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  VcEditorWindow *other;

  gtk_revealer_set_reveal_child (self->draft_banner, FALSE);
  if (file == NULL)
    return;

  saved = vc_deck_document_new_from_file (file, &error);
  if (saved == NULL)
    {
      _vc_editor_window_show_error (self, _("The Saved Deck Could Not Be Read"), error->message);
      return;
    }

  vc_deck_document_set_autosave (self->document, FALSE);
  vc_deck_document_discard_draft (self->document);
  other = vc_editor_window_new (app, saved);
  gtk_window_present (GTK_WINDOW (other));
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_preview_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  GtkWidget *preview = GTK_WIDGET (self->preview);

  gtk_widget_set_visible (preview, !gtk_widget_get_visible (preview));
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vc_help_show (GTK_WINDOW (widget), VC_HELP_URI "/make-deck");
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  vc_window_show_shortcuts (GTK_WINDOW (widget), "editor");
}

static void
focus_outline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->outline);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
_vc_editor_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "editor.add-card", "s", add_card_action);
  gtk_widget_class_install_action (widget_class, "editor.add-word", NULL, add_word_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "editor.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "editor.select", "s", select_action);
  gtk_widget_class_install_action (widget_class, "editor.show-problem", "u", show_problem_action);
  gtk_widget_class_install_action (widget_class, "editor.fix-problem", "u", fix_problem_action);
  gtk_widget_class_install_action (widget_class, "editor.try-it", NULL, try_it_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.discard-draft", NULL, discard_draft_action);
  gtk_widget_class_install_action (widget_class, "editor.show-preview", NULL, show_preview_action);
  gtk_widget_class_install_action (widget_class, "editor.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "editor.focus-outline", NULL, focus_outline_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);

  _vc_editor_window_class_pictures_init (widget_class);
  _vc_editor_window_class_translations_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "editor.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "editor.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "editor.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "editor.paste-picture", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "editor.try-it", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "editor.focus-outline", NULL);
}

/* Keys and drops that belong to parts of the window, not all of it. */
void
_vc_editor_window_actions_init (VcEditorWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  /* Delete deletes an item only where items are chosen: in a text it
   * deletes a letter. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("editor.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("editor.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->outline), keys);

  _vc_editor_window_pictures_init (self);
}
