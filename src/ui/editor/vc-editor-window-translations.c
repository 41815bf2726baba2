/* vc-editor-window-translations.c
 *
 * The editor's translation actions: a language added, a template saved
 * for a translation tool, and a .po file brought back in.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-translations.h"
#include "vc-editor-window-private.h"


static void
add_language_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  const char *language = g_variant_get_string (parameter, NULL);
  g_autofree char *path = g_strconcat ("/translations/", language, NULL);
  g_autoptr(GError) error = NULL;

  if (!vc_deck_document_add_language (self->document, language, &error))
    {
      _vc_editor_window_toast (self, error->message, FALSE);
      return;
    }
  vc_editor_window_select (self, path);
}

static void
on_template_chosen (GtkNativeDialog *chooser,
                    int              response,
                    VcEditorWindow  *self)
{
  g_autoptr(GFile) file = _vc_editor_window_take_chosen_file (self, chooser, response);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (file == NULL)
    return;

  text = vc_deck_document_dup_template (self->document, &error);
  if (text == NULL ||
      !g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      _vc_editor_window_show_error (self, _("The Template Could Not Be Saved"), error->message);
      return;
    }
  _vc_editor_window_toast (self, _("Template saved"), FALSE);
}

static void
export_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autofree char *title = vc_editor_window_dup_title (self);
  g_autofree char *id = vc_deck_make_id (title);
  g_autofree char *name = g_strconcat (id, ".pot", NULL);

  if (_vc_editor_window_new_chooser (self, _("Save a Translation Template"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL,
                   G_CALLBACK (on_template_chosen)) == NULL)
    return;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The language of a .po file: its name, as sv.po, or its header. */
static char *
po_language (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) regex = NULL;

  if (g_str_has_suffix (name, ".po"))
    name[strlen (name) - 3] = '\0';
  if (vc_deck_is_language_code (name))
    return g_steal_pointer (&name);

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  regex = g_regex_new ("\"Language: *([A-Za-z_@-]+)", 0, 0, NULL);
  if (g_regex_match (regex, contents, 0, &match))
    return g_match_info_fetch (match, 1);
  return NULL;
}

static void
import_file (VcEditorWindow *self,
             const char     *path)
{
  g_autofree char *language = po_language (path);
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  VcPoCounts counts = { 0, };

  if (language == NULL)
    {
      _vc_editor_window_show_error (self, _("The Translation Could Not Be Brought In"),
                  _("Its language is not known. Name the file after the language, such as sv.po, or set “Language” in its header."));
      return;
    }
  if (!vc_deck_document_add_translation (self->document, language, path, &counts, &error))
    {
      _vc_editor_window_show_error (self, _("The Translation Could Not Be Brought In"), error->message);
      return;
    }

  /* Translators: %u is a number of texts, %s a language */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u text brought in for %s", "%u texts brought in for %s",
                                       counts.n_translated),
                          counts.n_translated, language);
  _vc_editor_window_toast (self, text, TRUE);
  target = g_strconcat ("/translations/", language, NULL);
  vc_editor_window_select (self, target);
}

static void
on_po_chosen (GtkNativeDialog *chooser,
              int              response,
              VcEditorWindow  *self)
{
  g_autoptr(GFile) file = _vc_editor_window_take_chosen_file (self, chooser, response);
  g_autofree char *path = NULL;

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  import_file (self, path);
}

static void
import_translation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  VcEditorWindow *self = VC_EDITOR_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* "s": a .po file's path, to bring it in without the file chooser. */
  if (parameter != NULL && g_variant_is_of_type (parameter, G_VARIANT_TYPE_STRING))
    {
      import_file (self, g_variant_get_string (parameter, NULL));
      return;
    }
  gtk_file_filter_set_name (filter, _("Translations (.po)"));
  gtk_file_filter_add_suffix (filter, "po");
  if (_vc_editor_window_new_chooser (self, _("Bring In a Translation"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), filter,
                   G_CALLBACK (on_po_chosen)) == NULL)
    return;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_vc_editor_window_class_translations_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-language", "s", add_language_action);
  gtk_widget_class_install_action (widget_class, "editor.export-template", NULL, export_template_action);
  gtk_widget_class_install_action (widget_class, "editor.import-translation", NULL, import_translation_action);
  gtk_widget_class_install_action (widget_class, "editor.import-translation-file", "s", import_translation_action);
}
