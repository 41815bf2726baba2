/* vc-editor-window.c
 *
 * The deck editor: an outline of the deck, a form for the part chosen in
 * it, and the card as the room will see it. The deck is checked as it is
 * written, away from the window, and its problems are shown beside their
 * fields.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-draft.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"
#include "vc-editor-window-private.h"

G_DEFINE_FINAL_TYPE (VcEditorWindow, vc_editor_window, ADW_TYPE_APPLICATION_WINDOW)

/* Long enough to let a word be typed, short enough to seem at once. */
#define CHECK_DELAY_MS 300

static void
update_title (VcEditorWindow *self)
{
  g_autofree char *title = vc_editor_window_dup_title (self);
  g_autofree char *shown = NULL;
  GFile *file = vc_deck_document_get_file (self->document);
  g_autofree char *subtitle = NULL;

  if (vc_deck_document_get_modified (self->document))
    /* Translators: the title of a deck with changes not saved yet */
    shown = g_strdup_printf (_("• %s"), title);
  else
    shown = g_strdup (title);
  adw_window_title_set_title (self->window_title, shown);

  if (file != NULL)
    subtitle = g_file_get_basename (file);
  else
    subtitle = g_strdup (_("Not saved yet"));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  {
    /* Translators: the window's title in the list of windows; %s is a deck's title */
    g_autofree char *window_title = g_strdup_printf (_("%s — Deck Editor"), shown);

    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

/**
 * vc_editor_window_dup_title:
 * @self: a #VcEditorWindow
 *
 * Returns: (transfer full): the deck's title, or a name for a deck that
 *   has none yet
 */
char *
vc_editor_window_dup_title (VcEditorWindow *self)
{
  const char *title;

  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);

  title = vc_deck_document_get_string (self->document, "/title");
  if (title == NULL || title[0] == '\0')
    return g_strdup (_("Untitled Deck"));
  return g_strdup (title);
}

void
_vc_editor_window_toast (VcEditorWindow *self,
                         const char     *text,
                         gboolean        undo)
{
  AdwToast *toast = adw_toast_new (text);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "editor.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The preview */

static guint
card_number (const char *path)
{
  if (g_str_has_prefix (path, "/cards/"))
    return (guint)g_ascii_strtoull (path + strlen ("/cards/"), NULL, 10) + 1;
  return 0;
}

/**
 * _vc_editor_window_update_preview:
 *
 * Shows the part selected as the room sees it. A card is read on its own
 * from the document, which is quick enough to follow every key press;
 * the board and the introduction come from the deck as last checked.
 */
void
_vc_editor_window_update_preview (VcEditorWindow *self)
{
  const char *path = self->selected;
  JsonNode *node;

  if (path == NULL)
    return;

  if (g_str_has_prefix (path, "/cards/") || g_str_equal (path, "/closing"))
    {
      node = vc_deck_document_get_node (self->document, path);
      if (node != NULL)
        {
          g_autoptr(VcCard) card = vc_deck_read_card (node);

          if (card != NULL)
            {
              vc_editor_preview_show_card (self->preview, card, card_number (path));
              return;
            }
        }
      /* Half-way through a change, such as a text emptied to be written
       * again, the card as it was stays on the screen. */
      if (!vc_editor_preview_shows_card (self->preview, card_number (path)))
        vc_editor_preview_show_words (self->preview, _("This card cannot be shown yet"), NULL);
      return;
    }

  if (g_str_has_prefix (path, "/values-game/words/"))
    {
      g_autofree char *word = g_strconcat (path, "/word", NULL);
      g_autofree char *definition = g_strconcat (path, "/definition", NULL);

      vc_editor_preview_show_words (self->preview,
                                    vc_deck_document_get_string (self->document, word),
                                    vc_deck_document_get_string (self->document, definition));
      return;
    }

  if (g_str_has_prefix (path, "/values-game") && self->deck != NULL &&
      vc_deck_get_kind (self->deck) == VC_DECK_KIND_VALUES_GAME)
    {
      vc_editor_preview_show_board (self->preview, self->deck);
      return;
    }

  if (g_str_equal (path, "/introduction") && self->deck != NULL &&
      vc_deck_get_introduction (self->deck) != NULL)
    {
      vc_editor_preview_show_introduction (self->preview, vc_deck_get_introduction (self->deck));
      return;
    }

  vc_editor_preview_show_words (self->preview,
                                vc_deck_document_get_string (self->document, "/title"),
                                vc_deck_document_get_string (self->document, "/subtitle"));
}

/* Checking */

typedef struct
{
  VcDeck     *deck;
  GListModel *problems;
} CheckResult;

static void
check_result_free (CheckResult *result)
{
  g_clear_object (&result->deck);
  g_clear_object (&result->problems);
  g_free (result);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  const char *base_dir = g_object_get_data (G_OBJECT (task), "vc-base-dir");
  CheckResult *result = g_new0 (CheckResult, 1);

  result->deck = vc_deck_load_bytes (bytes, base_dir, VC_DECK_LOAD_NO_TRANSLATE,
                                     &result->problems, NULL);
  g_task_return_pointer (task, result, (GDestroyNotify)check_result_free);
}

static void start_check (VcEditorWindow *self);

static void
update_problems_list (VcEditorWindow *self)
{
  guint n = self->problems ? g_list_model_get_n_items (self->problems) : 0;
  guint n_errors = self->problems ? vc_deck_problems_count (self->problems, VC_DECK_SEVERITY_ERROR) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);

  gtk_widget_set_visible (self->problems_button, n > 0);
  if (n > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n);
      g_autofree char *tooltip = NULL;

      gtk_label_set_text (self->problems_count, count);
      gtk_image_set_from_icon_name (self->problems_icon,
                                    n_errors > 0 ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      if (n_errors > 0)
        tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Problem to Fix Before the Deck Can Be Played",
                                                "%u Problems to Fix Before the Deck Can Be Played", n), n);
      else
        tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Thing to Look At", "%u Things to Look At", n), n);
      gtk_widget_set_tooltip_text (self->problems_button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (self->problems, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR
                                                      ? "dialog-error-symbolic" : "dialog-warning-symbolic");
      g_autofree char *message = g_markup_escape_text (vc_deck_problem_get_message (problem), -1);
      g_autofree char *hint = vc_deck_problem_get_hint (problem)
                              ? g_markup_escape_text (vc_deck_problem_get_hint (problem), -1) : NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      if (hint != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hint);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      {
        const char *fix = _vc_editor_window_problem_fix (problem);

        if (fix != NULL)
          {
            GtkWidget *button = gtk_button_new_with_mnemonic (fix);

            gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
            gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.fix-problem");
            gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", i);
            adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          }
      }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "editor.show-problem");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", i);
      gtk_list_box_append (self->problems_list, row);
    }
}

/* What the loader cannot know: a deck that ends without a closing card,
 * and cards too long to read on an older projector. */
static void
compose_problems (VcEditorWindow *self)
{
  g_autoptr(GListStore) all = g_list_store_new (VC_TYPE_DECK_PROBLEM);
  guint n = self->loader_problems ? g_list_model_get_n_items (self->loader_problems) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (self->loader_problems, i);

      g_list_store_append (all, problem);
    }

  if (vc_deck_document_get_node (self->document, "/closing") == NULL &&
      vc_deck_document_get_node (self->document, "/cards") != NULL)
    {
      g_autoptr(VcDeckProblem) problem =
        vc_deck_problem_new (VC_DECK_SEVERITY_WARNING, VC_DECK_ERROR_MISSING_FIELD, 0, 0, "$.closing",
                             _("The deck has no closing card."),
                             _("Add one, so that the meeting ends with a question everyone answers."));

      g_list_store_append (all, problem);
    }

  for (guint i = 0; self->too_long != NULL && i < self->too_long->len; i++)
    {
      guint index = g_array_index (self->too_long, guint, i);
      g_autofree char *path = g_strdup_printf ("$.cards[%u]", index);
      g_autoptr(VcDeckProblem) problem =
        vc_deck_problem_new (VC_DECK_SEVERITY_WARNING, VC_DECK_ERROR_TEXT_TOO_LONG, 0, 0, path,
                             _("The card is too long to read from the back of the room on a 1024×768 projector."),
                             _("Shorten its texts, or move some of them into a part or a card of their own."));

      g_list_store_append (all, problem);
    }

  g_set_object (&self->problems, G_LIST_MODEL (all));
  vc_editor_form_set_problems (self->form, self->problems);
  update_problems_list (self);
  _vc_editor_window_outline_mark_problems (self);
}

#define FIT_BATCH 8

static gboolean
fit_step (gpointer user_data)
{
  VcEditorWindow *self = user_data;
  guint n = self->deck ? vc_deck_get_n_cards (self->deck) : 0;

  /* The cards are measured as the deck was checked; once it changes
   * again, the next check measures them anew. */
  if (self->changes != self->checked_changes)
    {
      self->fit_id = 0;
      return G_SOURCE_REMOVE;
    }

  for (guint done = 0; self->fit_next < n && done < FIT_BATCH; self->fit_next++, done++)
    {
      g_autofree char *path = g_strdup_printf ("/cards/%u", self->fit_next);
      JsonNode *node = vc_deck_document_get_node (self->document, path);
      g_autofree char *json = node ? json_to_string (node, FALSE) : NULL;
      gpointer known;
      double need;

      if (json == NULL)
        continue;
      if (g_hash_table_lookup_extended (self->fit_cache, json, NULL, &known))
        need = *(double *)known;
      else
        {
          g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (self->deck), self->fit_next);

          need = card ? vc_editor_preview_measure_card (self->preview, card) : 0;
          g_hash_table_insert (self->fit_cache, g_steal_pointer (&json), g_memdup2 (&need, sizeof need));
        }
      if (need > 1.0)
        g_array_append_val (self->too_long, self->fit_next);
    }

  if (self->fit_next < n)
    return G_SOURCE_CONTINUE;

  self->fit_id = 0;
  /* Cards that are no more are forgotten now and then. */
  if (g_hash_table_size (self->fit_cache) > 4 * MAX (n, 64))
    g_hash_table_remove_all (self->fit_cache);
  compose_problems (self);
  return G_SOURCE_REMOVE;
}

static void
start_fit (VcEditorWindow *self)
{
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_array_set_size (self->too_long, 0);
  self->fit_next = 0;
  if (self->deck != NULL)
    self->fit_id = g_idle_add_full (G_PRIORITY_LOW, fit_step, self, NULL);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (source);
  CheckResult *check = g_task_propagate_pointer (G_TASK (result), NULL);

  self->checking = FALSE;
  if (check == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&check, check_result_free);
      return;
    }

  self->checked_changes = self->checking_changes;
  g_set_object (&self->loader_problems, check->problems);
  if (check->deck != NULL)
    g_set_object (&self->deck, check->deck);
  check_result_free (check);

  vc_editor_form_set_deck (self->form, self->deck);
  compose_problems (self);
  _vc_editor_window_update_actions (self);
  start_fit (self);
  if (self->selected != NULL &&
      (g_str_has_prefix (self->selected, "/values-game") || g_str_equal (self->selected, "/introduction")))
    _vc_editor_window_update_preview (self);

  if (self->check_again)
    {
      self->check_again = FALSE;
      start_check (self);
    }
}

static void
start_check (VcEditorWindow *self)
{
  g_autoptr(GTask) task = NULL;
  GFile *file = vc_deck_document_get_file (self->document);
  g_autoptr(GFile) parent = file ? g_file_get_parent (file) : NULL;

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->checking)
    {
      self->check_again = TRUE;
      return;
    }

  self->checking = TRUE;
  self->checking_changes = self->changes;
  task = g_task_new (self, self->check_cancellable, on_check_done, NULL);
  g_task_set_source_tag (task, start_check);
  g_task_set_task_data (task, vc_deck_document_dup_bytes (self->document), (GDestroyNotify)g_bytes_unref);
  if (parent != NULL)
    g_object_set_data_full (G_OBJECT (task), "vc-base-dir", g_file_get_path (parent), g_free);
  g_task_run_in_thread (task, check_thread);
}

static gboolean
check_cb (gpointer user_data)
{
  VcEditorWindow *self = user_data;

  self->check_id = 0;
  start_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (VcEditorWindow *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

/**
 * vc_editor_window_check_now:
 * @self: a #VcEditorWindow
 *
 * Checks the deck at once instead of after a pause in typing.
 */
void
vc_editor_window_check_now (VcEditorWindow *self)
{
  g_return_if_fail (VC_IS_EDITOR_WINDOW (self));
  start_check (self);
}

gboolean
vc_editor_window_is_checking (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), FALSE);
  return self->checking || self->check_id != 0 || self->fit_id != 0;
}

static void
on_document_changed (VcDeckDocument *document,
                     const char     *path,
                     VcEditorWindow *self)
{
  self->changes++;

  /* The preview follows within the frame of the key press. An item
   * added, removed or moved shows in the outline at once too; a title
   * typed follows a moment later. */
  _vc_editor_window_update_preview (self);
  _vc_editor_window_outline_update (self, path[0] == '\0' ||
                                          g_str_equal (path, "/cards") ||
                                          g_str_equal (path, "/values-game") ||
                                          g_str_equal (path, "/values-game/words") ||
                                          g_str_equal (path, "/values-game/images") ||
                                          g_str_equal (path, "/translations"));
  schedule_check (self);
}

static void
on_modified_changed (VcEditorWindow *self)
{
  update_title (self);
  _vc_editor_window_update_actions (self);
}

/* Closing */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   VcEditorWindow   *self)
{
  if (g_str_equal (response, "discard"))
    {
      vc_deck_document_set_autosave (self->document, FALSE);
      vc_deck_document_discard_draft (self->document);
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      _vc_editor_window_save (self, FALSE);
    }
}

static gboolean
vc_editor_window_close_request (GtkWindow *window)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (window);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->closing || !vc_deck_document_get_modified (self->document))
    {
      vc_deck_document_set_autosave (self->document, FALSE);
      return GTK_WINDOW_CLASS (vc_editor_window_parent_class)->close_request (window);
    }

  title = vc_editor_window_dup_title (self);
  /* Translators: %s is a deck's title */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                                                       _("If you do not save, your changes since the last save are lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Drafts */

/* The draft left of @file when the app stopped before it was saved. */
static char *
find_draft (GFile      *file,
            GDateTime **changed)
{
  g_autoptr(GPtrArray) drafts = vc_deck_drafts_list ();

  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    {
      VcDeckDraft *draft = g_ptr_array_index (drafts, i);

      if (draft->file != NULL && g_file_equal (draft->file, file))
        {
          if (changed != NULL)
            *changed = draft->changed ? g_date_time_ref (draft->changed) : NULL;
          return g_strdup (draft->path);
        }
    }
  return NULL;
}

static void
tell_draft_restored (VcEditorWindow *self,
                     GDateTime      *changed)
{
  g_autofree char *when = changed ? g_date_time_format (changed, "%Y-%m-%d %H:%M") : NULL;
  g_autofree char *text = NULL;

  /* Translators: %s is a date and time */
  text = g_strdup_printf (_("Changes made on %s were not saved when the app stopped. They are back."),
                          when ? when : "");
  gtk_label_set_text (self->draft_label, text);
  gtk_revealer_set_reveal_child (self->draft_banner, TRUE);
}

static void
vc_editor_window_dispose (GObject *object)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (object);

  g_cancellable_cancel (self->check_cancellable);
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_clear_handle_id (&self->outline_id, g_source_remove);
  g_clear_handle_id (&self->menu_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      vc_deck_document_set_autosave (self->document, FALSE);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_EDITOR_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->deck);
  g_clear_object (&self->problems);
  g_clear_object (&self->loader_problems);
  g_clear_pointer (&self->fit_cache, g_hash_table_unref);
  g_clear_pointer (&self->too_long, g_array_unref);
  g_clear_object (&self->check_cancellable);
  g_clear_object (&self->save_file);
  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (vc_editor_window_parent_class)->dispose (object);
}

static void
vc_editor_window_class_init (VcEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vc_editor_window_dispose;
  window_class->close_request = vc_editor_window_close_request;

  g_type_ensure (VC_TYPE_EDITOR_FORM);
  g_type_ensure (VC_TYPE_EDITOR_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-editor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, problems_count);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, draft_banner);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, draft_label);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, form);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, VcEditorWindow, undo_section);

  _vc_editor_window_class_actions_init (widget_class);
}

static void
vc_editor_window_init (VcEditorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  self->check_cancellable = g_cancellable_new ();
  self->fit_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->too_long = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_paned_set_position (self->paned, 560);
}

/**
 * vc_editor_window_new:
 * @application: (nullable): the app, or %NULL for a window of its own
 * @document: the deck to edit
 *
 * Returns: (transfer none): a new window editing @document
 */
VcEditorWindow *
vc_editor_window_new (GtkApplication *application,
                      VcDeckDocument *document)
{
  VcEditorWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (document), NULL);

  self = g_object_new (VC_TYPE_EDITOR_WINDOW, "application", application, NULL);
  self->document = g_object_ref (document);
  vc_deck_document_set_autosave (document, TRUE);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (on_modified_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (_vc_editor_window_update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (_vc_editor_window_update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);

  vc_editor_form_set_document (self->form, document);
  _vc_editor_window_outline_init (self);
  _vc_editor_window_actions_init (self);
  update_title (self);
  _vc_editor_window_update_actions (self);
  start_check (self);
  return self;
}

/**
 * vc_editor_window_open:
 * @application: (nullable): the app
 * @file: a deck file
 * @error: return location for an error
 *
 * Opens @file in the editor, or brings its window forward if it is
 * being edited already. A deck with errors opens too, to be fixed.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL if @file
 *   is not a deck that can be edited
 */
VcEditorWindow *
vc_editor_window_open (GtkApplication  *application,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(VcDeckDocument) document = NULL;
  g_autoptr(GDateTime) changed = NULL;
  g_autofree char *draft = NULL;
  VcEditorWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = application ? gtk_application_get_windows (application) : NULL; l != NULL; l = l->next)
    if (VC_IS_EDITOR_WINDOW (l->data))
      {
        GFile *edited = vc_deck_document_get_file (VC_EDITOR_WINDOW (l->data)->document);

        if (edited != NULL && g_file_equal (edited, file))
          {
            gtk_window_present (GTK_WINDOW (l->data));
            return l->data;
          }
      }

  /* Work not saved when the app stopped comes back by itself: nothing
   * typed is lost, and "Discard Them" goes back to the file. */
  draft = find_draft (file, &changed);
  if (draft != NULL)
    document = vc_deck_document_new_from_draft (draft, NULL);
  if (document == NULL)
    document = vc_deck_document_new_from_file (file, error);
  if (document == NULL)
    return NULL;

  self = vc_editor_window_new (application, document);
  if (draft != NULL && vc_deck_document_get_modified (document))
    tell_draft_restored (self, changed);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

VcDeckDocument *
vc_editor_window_get_document (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->document;
}

VcEditorForm *
vc_editor_window_get_form (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->form;
}

VcEditorPreview *
vc_editor_window_get_preview (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->preview;
}

GtkListBox *
vc_editor_window_get_outline (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->outline;
}

/**
 * vc_editor_window_get_problems:
 * @self: a #VcEditorWindow
 *
 * Returns: (transfer none) (nullable): the problems found when the deck
 *   was last checked
 */
GListModel *
vc_editor_window_get_problems (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->problems;
}

/**
 * vc_editor_window_get_deck:
 * @self: a #VcEditorWindow
 *
 * Returns: (transfer none) (nullable): the deck as it was when last
 *   checked without errors
 */
VcDeck *
vc_editor_window_get_deck (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->deck;
}

/**
 * vc_editor_window_set_save_file:
 * @self: a #VcEditorWindow
 * @file: (nullable): where the first "Save" of a new deck goes without
 *   asking, as the tests do
 */
void
vc_editor_window_set_save_file (VcEditorWindow *self,
                                GFile          *file)
{
  g_return_if_fail (VC_IS_EDITOR_WINDOW (self));
  g_set_object (&self->save_file, file);
}

/**
 * vc_editor_window_get_undo_menu:
 * @self: a #VcEditorWindow
 *
 * Returns: (transfer none): the menu's undo and redo items, which say
 *   what they will do
 */
GMenuModel *
vc_editor_window_get_undo_menu (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return G_MENU_MODEL (self->undo_section);
}
