/* vc-steps-panel-notes.c
 *
 * The small groups' notes in the steps panel: the card each group took,
 * and what its scribe wrote, typed in or added from a text file.
 *
 * Notes go into the session as they are typed; another group's notes are
 * shown only once the ones on screen are written. A file is read only if
 * it is a small text file, and then added below what is there, never in
 * its place.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-steps-panel-private.h"
#include "vc-ui-util.h"

/* The largest notes file taken: far more than a scribe writes. */
#define MAX_NOTES_FILE_SIZE (1024 * 1024)

/* Whether the meeting is at a step where groups work on their own, or
 * past one, when their notes come in. */
gboolean
vc_steps_panel_shows_notes (VcStepsPanel *self)
{
  VcFormat *format;
  guint current;

  if (self->run == NULL || self->session == NULL)
    return FALSE;

  format = vc_format_run_get_format (self->run);
  current = vc_format_run_get_current_step (self->run);
  if (current < vc_format_get_n_steps (format) && vc_format_get_step (format, current)->group_work)
    return TRUE;
  if (!vc_format_has_groups (format))
    return FALSE;
  for (guint i = 0; i < MIN (current, vc_format_get_n_steps (format)); i++)
    if (vc_format_get_step (format, i)->group_work)
      return TRUE;
  return FALSE;
}

void
vc_steps_panel_save_notes (VcStepsPanel *self)
{
  g_autofree char *text = NULL;

  /* Until a group's notes are shown, the field holds nobody's. */
  if (self->session == NULL || self->n_groups == 0 || self->loading_notes || self->notes_view == NULL)
    return;

  text = vc_ui_dup_buffer_text (gtk_text_view_get_buffer (self->notes_view));
  vc_session_set_group_notes (self->session, self->group, text);
}

static void
load_group (VcStepsPanel *self)
{
  const char *notes = vc_session_get_group_notes (self->session, self->group);
  const char *card_id = vc_session_get_group_card (self->session, self->group);
  guint card = 0;

  for (guint i = 0; card_id != NULL && self->card_ids != NULL && self->card_ids[i] != NULL; i++)
    if (g_str_equal (self->card_ids[i], card_id))
      card = i + 1;

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ? notes : "", -1);
  gtk_drop_down_set_selected (self->group_dropdown, self->group);
  gtk_drop_down_set_selected (self->card_dropdown, card);
  self->loading_notes = FALSE;
}

void
vc_steps_panel_update_notes (VcStepsPanel *self)
{
  gboolean shown = vc_steps_panel_shows_notes (self);
  guint groups;

  gtk_widget_set_visible (self->notes_box, shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "steps.add-notes-file",
                                 shown && self->chooser == NULL);
  if (!shown)
    return;

  groups = vc_format_run_get_groups (self->run);
  if (groups == self->n_groups)
    return;

  /* The number of groups changed, or they are shown for the first time. */
  vc_steps_panel_save_notes (self);
  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

    for (guint i = 0; i < groups; i++)
      {
        /* Translators: one of the small groups, in the list of groups */
        g_autofree char *name = g_strdup_printf (_("Group %u"), i + 1);

        gtk_string_list_append (names, name);
      }
    self->loading_notes = TRUE;
    gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (names));
    self->loading_notes = FALSE;
  }
  self->n_groups = groups;
  self->group = MIN (self->group, groups - 1);
  load_group (self);
}

/* The cards a group can take: the deck's, after a choice of none. */
void
vc_steps_panel_set_notes_deck (VcStepsPanel *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *cards = self->deck != NULL ? vc_deck_get_cards (self->deck) : NULL;

  /* Translators: in the list of cards a group can take */
  gtk_string_list_append (titles, _("No card chosen"));
  for (guint i = 0; cards != NULL && i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      g_autofree char *summary = NULL;
      const char *title = vc_card_get_title (card);

      if (title == NULL || title[0] == '\0')
        title = summary = vc_card_dup_summary (card);
      gtk_string_list_append (titles, title != NULL ? title : vc_card_get_id (card));
      g_strv_builder_add (ids, vc_card_get_id (card));
    }

  g_strfreev (self->card_ids);
  self->card_ids = g_strv_builder_end (ids);
  self->n_groups = 0;
  self->group = 0;

  self->loading_notes = TRUE;
  gtk_drop_down_set_model (self->card_dropdown, G_LIST_MODEL (titles));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), "", -1);
  self->loading_notes = FALSE;
}

static void
on_notes_changed (VcStepsPanel *self)
{
  vc_steps_panel_save_notes (self);
}

static void
on_group_selected (VcStepsPanel *self)
{
  guint group = gtk_drop_down_get_selected (self->group_dropdown);

  if (self->loading_notes || group == GTK_INVALID_LIST_POSITION || group == self->group ||
      self->session == NULL)
    return;

  /* The notes on screen are written before another group's are shown. */
  vc_steps_panel_save_notes (self);
  self->group = group;
  load_group (self);
}

static void
on_card_selected (VcStepsPanel *self)
{
  guint card = gtk_drop_down_get_selected (self->card_dropdown);
  const char *card_id = NULL;

  if (self->loading_notes || self->session == NULL || self->n_groups == 0)
    return;
  if (card != GTK_INVALID_LIST_POSITION && card > 0 && self->card_ids != NULL &&
      card - 1 < g_strv_length (self->card_ids))
    card_id = self->card_ids[card - 1];
  vc_session_set_group_card (self->session, self->group, card_id);
}

/* A list item that wraps long card titles instead of widening the panel. */
static void
setup_card_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (item, label);
}

static void
bind_card_item (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *title = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (title));
}

void
vc_steps_panel_init_notes (VcStepsPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_item), NULL);
  gtk_drop_down_set_factory (self->card_dropdown, factory);
  /* A deck can have many cards: typing part of a title finds one. */
  gtk_drop_down_set_expression (self->card_dropdown, expression);
  gtk_drop_down_set_enable_search (self->card_dropdown, TRUE);
  gtk_expression_unref (expression);

  self->cancellable = g_cancellable_new ();
  self->notes_handler = g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                                                 G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->group_dropdown, "notify::selected", G_CALLBACK (on_group_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->card_dropdown, "notify::selected", G_CALLBACK (on_card_selected), self,
                           G_CONNECT_SWAPPED);
  vc_steps_panel_set_notes_deck (self);
}

void
vc_steps_panel_dispose_notes (VcStepsPanel *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->card_ids, g_strfreev);
}

/* Adding notes from a file */

typedef struct
{
  VcStepsPanel *self;
  VcSession    *session;
  guint         group;
  GFile        *file;
} NotesLoad;

static void
notes_load_free (NotesLoad *load)
{
  g_object_unref (load->self);
  g_object_unref (load->session);
  g_object_unref (load->file);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NotesLoad, notes_load_free)

static char *
dup_file_name (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *shown = name ? g_filename_display_name (name) : NULL;

  return g_strdup (shown ? shown : "");
}

/* Says why a file was not added: briefly in a toast if the window has
 * room for one, in full in a dialog otherwise. */
static void
refuse (VcStepsPanel *self,
        const char   *brief,
        const char   *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (overlay != NULL)
    {
      /* A toast's title is markup. */
      g_autofree char *escaped = g_markup_escape_text (brief, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("The File Was Not Added"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A file larger than notes ever are. */
static void
refuse_large (VcStepsPanel *self,
              const char   *name)
{
  /* Translators: in a toast; %s is a file's name */
  g_autofree char *brief = g_strdup_printf (_("“%s” is larger than 1 MB"), name);
  /* Translators: %s is a file's name */
  g_autofree char *message = g_strdup_printf (_("“%s” is larger than 1 MB. Choose the text file the "
                                                "group’s notes were written in."), name);

  refuse (self, brief, message);
}

/* Adds @text below the group's notes, a blank line between. */
static void
append_notes (NotesLoad  *load,
              const char *text)
{
  VcStepsPanel *self = load->self;
  const char *before = vc_session_get_group_notes (load->session, load->group);
  g_autoptr(GString) joined = g_string_new (NULL);

  if (text[0] == '\0')
    return;
  if (before != NULL && before[0] != '\0')
    {
      if (!g_str_has_suffix (before, "\n"))
        g_string_append_c (joined, '\n');
      if (!g_str_has_suffix (before, "\n\n"))
        g_string_append_c (joined, '\n');
    }
  g_string_append (joined, text);

  if (load->session == self->session && load->group == self->group && self->n_groups > 0)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
      GtkTextIter end;

      /* Through the field, so that it is saved and can be undone as typing is. */
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert (buffer, &end, joined->str, -1);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    {
      g_autofree char *all = g_strconcat (before ? before : "", joined->str, NULL);

      vc_session_set_group_notes (load->session, load->group, all);
    }
}

static void
on_notes_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NotesLoad) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = dup_file_name (load->file);
  g_autoptr(GString) text = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      g_autofree char *brief = NULL;
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: in a toast; %s is a file's name */
      brief = g_strdup_printf (_("“%s” could not be read"), name);
      /* Translators: %s is a file's name, then why it could not be read */
      message = g_strdup_printf (_("“%s” could not be read: %s"), name, error->message);
      refuse (load->self, brief, message);
      return;
    }
  if (length > MAX_NOTES_FILE_SIZE)
    {
      refuse_large (load->self, name);
      return;
    }
  if (!g_utf8_validate_len (contents, length, NULL))
    {
      /* Translators: in a toast; %s is a file's name */
      g_autofree char *brief = g_strdup_printf (_("“%s” is not plain text"), name);
      /* Translators: %s is a file's name */
      g_autofree char *message = g_strdup_printf (_("“%s” is not plain text. Save the notes as a text "
                                                    "file in UTF-8, as Text Editor does, and add that "
                                                    "file."), name);

      refuse (load->self, brief, message);
      return;
    }

  /* A byte order mark is not text, and Windows' line ends are one each. */
  text = g_string_new_len (contents, length);
  if (g_str_has_prefix (text->str, "\xef\xbb\xbf"))
    g_string_erase (text, 0, 3);
  g_string_replace (text, "\r\n", "\n", 0);
  append_notes (load, text->str);
}

static void
on_notes_file_info (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  NotesLoad *load = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  /* Only the size is asked for here: what cannot be read is said once the
   * file is read. */
  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      notes_load_free (load);
      return;
    }
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > MAX_NOTES_FILE_SIZE)
    {
      g_autofree char *name = dup_file_name (load->file);

      refuse_large (load->self, name);
      notes_load_free (load);
      return;
    }

  g_file_load_contents_async (load->file, load->self->cancellable, on_notes_loaded, load);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     VcStepsPanel    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && self->session != NULL && self->cancellable != NULL)
    {
      NotesLoad *load = g_new0 (NotesLoad, 1);

      /* The notes of the group shown when the file was asked for. */
      load->self = g_object_ref (self);
      load->session = g_object_ref (self->session);
      load->group = self->group;
      load->file = g_object_ref (file);
      g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                               G_PRIORITY_DEFAULT, self->cancellable, on_notes_file_info, load);
    }

  g_clear_object (&self->chooser);
  vc_steps_panel_update_notes (self);
}

void
vc_steps_panel_add_notes_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  VcStepsPanel *self = VC_STEPS_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL || !vc_steps_panel_shows_notes (self))
    return;

  self->chooser = gtk_file_chooser_native_new (_("Add a Group’s Notes From a File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Text files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  vc_steps_panel_update_notes (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
