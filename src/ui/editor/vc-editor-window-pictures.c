/* vc-editor-window-pictures.c
 *
 * The editor's pictures: added from a file, dropped from Files or pasted,
 * each described as it comes in; moved and removed.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-document-pictures.h"
#include "vc-editor-window-private.h"


typedef struct
{
  VcEditorWindow *self;
  GFile          *file;
  GtkWidget      *entry;
} PictureRequest;

static void
picture_request_free (PictureRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->file);
  g_free (request);
}

static gboolean
add_picture (VcEditorWindow *self,
             GFile          *file,
             const char     *alt)
{
  g_autoptr(GError) error = NULL;

  if (!vc_deck_document_add_picture (self->document, file, alt, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *heading = g_strdup_printf (_("“%s” Could Not Be Added"), name);

      _vc_editor_window_show_error (self, heading, error->message);
      return FALSE;
    }
  vc_editor_window_select (self, "/values-game/images");
  return TRUE;
}

static void
on_alt_response (AdwMessageDialog *dialog,
                 const char       *response,
                 PictureRequest   *request)
{
  if (g_str_equal (response, "add"))
    add_picture (request->self, request->file,
                 gtk_editable_get_text (GTK_EDITABLE (request->entry)));
}

static void
on_alt_changed (GtkEditable      *entry,
                AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", text[0] != '\0');
}

/* A picture is described right when it is added, while the person still
 * looks at it: the room may have someone who cannot see it. */
static void
ask_alt_text (VcEditorWindow *self,
              GFile          *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  PictureRequest *request;
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *picture = gtk_picture_new_for_file (file);
  GtkWidget *entry = gtk_entry_new ();

  /* Translators: %s is a file name */
  body = g_strdup_printf (_("Say in a few words what “%s” shows, for someone who cannot see it."), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Describe the Picture"), body));
  gtk_widget_set_size_request (picture, -1, 160);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), name);
  gtk_box_append (GTK_BOX (box), picture);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Such as: Two hands holding a coffee cup"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Description of the picture"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add Picture"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_alt_changed), dialog, 0);

  request = g_new0 (PictureRequest, 1);
  request->self = g_object_ref (self);
  request->file = g_object_ref (file);
  request->entry = entry;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_alt_response), request,
                         (GClosureNotify)(void (*) (void))picture_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

void
_vc_editor_window_add_pictures_from (VcEditorWindow *self,
                                     GSList         *files)
{
  /* Each asks for its description in turn; the last one asked is on
   * top, so they are asked for from the last. */
  files = g_slist_reverse (g_slist_copy (files));
  for (GSList *l = files; l != NULL; l = l->next)
    ask_alt_text (self, l->data);
  g_slist_free (files);
}

static void
on_pictures_chosen (GtkNativeDialog *chooser,
                    int              response,
                    VcEditorWindow  *self)
{
  GSList *files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) model = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = g_list_model_get_n_items (model); i > 0; i--)
        files = g_slist_prepend (files, g_list_model_get_item (model, i - 1));
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  _vc_editor_window_add_pictures_from (self, files);
  g_slist_free_full (files, g_object_unref);
}

static void
add_pictures_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Photos and drawings"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "svg");
  if (_vc_editor_window_new_chooser (self, _("Add Pictures"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), filter,
                   G_CALLBACK (on_pictures_chosen)) == NULL)
    return;
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* "(ss)": a picture's file, as a URI, and what it shows; for adding a
 * picture without the dialogs, as scripts and tests do. */
static void
add_picture_file_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  const char *uri, *alt;
  g_autoptr(GFile) file = NULL;

  g_variant_get (parameter, "(&s&s)", &uri, &alt);
  file = g_file_new_for_uri (uri);
  add_picture (self, file, alt);
}

static void
on_texture_pasted (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VcEditorWindow) self = user_data;
  g_autoptr(GdkTexture) texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (texture == NULL)
    {
      _vc_editor_window_toast (self, _("There is no picture to paste"), FALSE);
      return;
    }

  dir = g_dir_make_tmp ("value-cards-XXXXXX", NULL);
  if (dir == NULL)
    return;
  path = g_build_filename (dir, _("Pasted picture.png"), NULL);
  if (!gdk_texture_save_to_png (texture, path))
    {
      _vc_editor_window_toast (self, _("The picture could not be pasted"), FALSE);
      return;
    }
  file = g_file_new_for_path (path);
  ask_alt_text (self, file);
}

static void
paste_picture_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);

  gdk_clipboard_read_texture_async (gtk_widget_get_clipboard (widget), NULL, on_texture_pasted,
                                    g_object_ref (self));
}

static void
move_picture (VcEditorWindow *self,
              guint           index,
              int             delta)
{
  g_autofree char *path = g_strdup_printf ("/values-game/images/%u", index);
  guint n = vc_deck_document_get_length (self->document, "/values-game/images");

  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return;
  vc_deck_document_move (self->document, path, index + delta, NULL);
}

static void
move_picture_earlier_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  move_picture (VC_EDITOR_WINDOW (widget), g_variant_get_uint32 (parameter), -1);
}

static void
move_picture_later_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_picture (VC_EDITOR_WINDOW (widget), g_variant_get_uint32 (parameter), 1);
}

static void
remove_picture_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autofree char *path = g_strdup_printf ("/values-game/images/%u", g_variant_get_uint32 (parameter));

  if (vc_deck_document_remove (self->document, path, NULL))
    _vc_editor_window_toast (self, _("Picture removed"), TRUE);
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         VcEditorWindow *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      vc_deck_document_get_node (self->document, "/values-game") == NULL)
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  _vc_editor_window_add_pictures_from (self, files);
  g_slist_free (files);
  return TRUE;
}

void
_vc_editor_window_pictures_init (VcEditorWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_vc_editor_window_class_pictures_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-pictures", NULL, add_pictures_action);
  gtk_widget_class_install_action (widget_class, "editor.add-picture-file", "(ss)", add_picture_file_action);
  gtk_widget_class_install_action (widget_class, "editor.paste-picture", NULL, paste_picture_action);
  gtk_widget_class_install_action (widget_class, "editor.move-picture-earlier", "u", move_picture_earlier_action);
  gtk_widget_class_install_action (widget_class, "editor.move-picture-later", "u", move_picture_later_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-picture", "u", remove_picture_action);
}
