/* vc-editor-form-translations.c
 *
 * The form's pages for translating a deck: the languages it carries and
 * how far each has come, and a page per language with each text beside
 * a field for its translation.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-translations.h"
#include "vc-editor-form-private.h"
#include "vc-ui-util.h"

/**
 * vc_editor_language_name:
 * @code: a language code, such as "sv"
 *
 * Returns: (transfer full): the language's name with its code, such as
 *   "Swedish (sv)", or the code alone for a language not known here
 */
char *
vc_editor_language_name (const char *code)
{
  /* The languages most often spoken in Swedish care, besides Swedish. */
  static const struct { const char *code; const char *name; } names[] = {
    { "sv", N_("Swedish") }, { "en", N_("English") }, { "fi", N_("Finnish") },
    { "ar", N_("Arabic") }, { "so", N_("Somali") }, { "fa", N_("Persian") },
    { "ti", N_("Tigrinya") }, { "pl", N_("Polish") }, { "es", N_("Spanish") },
    { "de", N_("German") }, { "uk", N_("Ukrainian") }, { "bs", N_("Bosnian") },
    { "hr", N_("Croatian") }, { "sr", N_("Serbian") }, { "tr", N_("Turkish") },
    { "ku", N_("Kurdish") }, { "no", N_("Norwegian") }, { "nb", N_("Norwegian") },
    { "da", N_("Danish") }, { "se", N_("Northern Sami") }, { "smj", N_("Lule Sami") },
    { "sma", N_("Southern Sami") }, { "yi", N_("Yiddish") }, { "rom", N_("Romani") },
    { "fit", N_("Meänkieli") },
  };
  g_autofree char *base = g_strdup (code);
  char *separator = strpbrk (base, "_-");

  if (separator != NULL)
    *separator = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].code, base))
      /* Translators: a language and its code, as "Swedish (sv)" */
      return g_strdup_printf (_("%s (%s)"), _(names[i].name), code);
  return g_strdup (code);
}

static GtkWidget *
button_for_action (const char *label,
                   const char *action,
                   GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
on_add_language (GtkWidget *widget,
                 GtkEntry  *entry)
{
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (code[0] != '\0')
    gtk_widget_activate_action (GTK_WIDGET (entry), "editor.add-language", "s", code);
}

void
_vc_editor_form_build_translations (VcEditorForm *self,
                                    GtkBox       *box)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) languages = vc_deck_document_list_translations (self->document, &error);
  g_autofree char *source = vc_editor_language_name (vc_deck_document_get_string (self->document, "/source-language"));
  g_autofree char *description = NULL;
  GtkWidget *list;
  GtkWidget *add_box;
  GtkWidget *entry;
  GtkWidget *add;
  GtkWidget *buttons;

  /* Translators: %s is a language, as "Swedish (sv)" */
  description = g_strdup_printf (_("The deck is written in %s. A translation lets colleagues play it in their own language, in the same file."),
                                 source);
  _vc_editor_form_add_heading (self, box, _("Translations"), description);
  _vc_editor_form_register (self, "/translations", NULL,
                            _vc_editor_form_add_problem_label (self, box, "/translations"));

  if (languages == NULL)
    {
      gtk_box_append (box, vc_ui_label_new (error->message, "warning"));
      return;
    }

  list = gtk_list_box_new ();
  gtk_widget_set_visible (list, languages->len > 0);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Languages of the deck"), -1);
  for (guint i = 0; i < languages->len; i++)
    {
      VcTranslationStatus *status = g_ptr_array_index (languages, i);
      g_autofree char *name = vc_editor_language_name (status->language);
      g_autofree char *done = NULL;
      g_autofree char *target = g_strconcat ("/translations/", status->language, NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (status->n_strings, 1));

      /* Translators: how much of a deck is translated, as "40 of 52 texts translated" */
      done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u text translated", "%u of %u texts translated",
                                           status->n_strings),
                              status->n_translated, status->n_strings);
      if (status->stale->len > 0)
        {
          g_autofree char *changed = NULL;

          changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u changed since it was translated",
                                                  "%s, %u changed since they were translated", status->stale->len),
                                     done, status->stale->len);
          g_free (done);
          done = g_steal_pointer (&changed);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), done);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), status->n_translated);
      gtk_widget_set_size_request (bar, 96, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, done, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 button_for_action (_("_Translate"), "editor.select", g_variant_new_string (target)));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (box, list);

  add_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Language code, such as fi or ar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Code of the language to add"), -1);
  gtk_widget_set_hexpand (entry, TRUE);
  add = gtk_button_new_with_mnemonic (_("_Add Language"));
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_language), entry, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (on_add_language), entry);
  gtk_box_append (GTK_BOX (add_box), entry);
  gtk_box_append (GTK_BOX (add_box), add);
  gtk_box_append (box, add_box);
  _vc_editor_form_register (self, "/translations/new", entry, NULL);

  gtk_box_append (box, vc_ui_label_new (_("To translate with a translation tool such as Poedit, save a template, translate it there, and bring the .po file back."),
                                        "dim-label"));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (buttons), button_for_action (_("_Save Template…"), "editor.export-template", NULL));
  gtk_box_append (GTK_BOX (buttons), button_for_action (_("_Bring In a Translation…"), "editor.import-translation", NULL));
  gtk_box_append (box, buttons);
}

/* The translation page of one language */

static void
on_translation_changed (GtkTextBuffer *buffer,
                        VcEditorForm  *self)
{
  const char *language = g_object_get_data (G_OBJECT (buffer), "vc-language");
  const char *msgid = g_object_get_data (G_OBJECT (buffer), "vc-msgid");
  const char *old = g_object_get_data (G_OBJECT (buffer), "vc-old");
  GtkWidget *state = g_object_get_data (G_OBJECT (buffer), "vc-state");
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);
  g_autoptr(GError) error = NULL;

  self->applying = TRUE;
  if (!vc_deck_document_set_translation (self->document, language, msgid, text, old, &error))
    g_warning ("Could not change the translation: %s", error->message);
  self->applying = FALSE;

  /* Written again, the translation is of the text as it is now. */
  g_object_set_data (G_OBJECT (buffer), "vc-old", NULL);
  gtk_widget_set_visible (state, text[0] == '\0');
  gtk_label_set_text (GTK_LABEL (state), _("Not translated yet"));
  gtk_widget_remove_css_class (state, "warning");
}

/* Each field is a step of its own in the undo history. */
static void
on_translation_focus (GtkEventControllerFocus *focus,
                      VcEditorForm            *self)
{
  vc_deck_document_break_merge (self->document);
}

void
_vc_editor_form_build_language (VcEditorForm *self,
                                GtkBox       *box,
                                const char   *path)
{
  const char *language = path + strlen ("/translations/");
  g_autofree char *name = vc_editor_language_name (language);
  g_autofree char *heading = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = vc_deck_document_dup_translation_entries (self->document, language, &error);

  /* Translators: %s is a language, as "Swedish (sv)" */
  heading = g_strdup_printf (_("Translation Into %s"), name);
  _vc_editor_form_add_heading (self, box, heading,
                               _("Each text of the deck, with its translation below it. What you write is saved in the deck."));
  _vc_editor_form_register (self, path, NULL, _vc_editor_form_add_problem_label (self, box, path));

  if (entries == NULL)
    {
      gtk_box_append (box, vc_ui_label_new (error->message, "warning"));
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      VcTranslationEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *field_path = g_strdup_printf ("%s/%u", path, i);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *source = vc_ui_label_new (entry->msgid, NULL);
      GtkWidget *editor = gtk_text_view_new ();
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *state = vc_ui_label_new (NULL, "caption");
      GtkEventController *focus = gtk_event_controller_focus_new ();

      gtk_widget_add_css_class (item, "card");
      gtk_widget_add_css_class (item, "vc-editor-item");
      gtk_label_set_selectable (GTK_LABEL (source), TRUE);
      gtk_box_append (GTK_BOX (item), source);

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      gtk_text_buffer_set_text (buffer, entry->msgstr ? entry->msgstr : "", -1);
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_widget_add_css_class (editor, "vc-editor-text");
      /* Translators: the label of a translation field; %s is the text translated */
      {
        g_autofree char *label = g_strdup_printf (_("Translation of “%s”"), entry->msgid);

        gtk_accessible_update_property (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      g_object_set_data_full (G_OBJECT (editor), "vc-path", g_strdup (field_path), g_free);
      g_object_set_data_full (G_OBJECT (buffer), "vc-language", g_strdup (language), g_free);
      g_object_set_data_full (G_OBJECT (buffer), "vc-msgid", g_strdup (entry->msgid), g_free);
      g_object_set_data_full (G_OBJECT (buffer), "vc-old", g_strdup (entry->old_msgid), g_free);
      g_object_set_data (G_OBJECT (buffer), "vc-state", state);
      gtk_frame_set_child (GTK_FRAME (frame), editor);
      gtk_widget_add_css_class (frame, "vc-editor-text-frame");
      gtk_box_append (GTK_BOX (item), frame);

      if (entry->old_msgid != NULL)
        {
          /* Translators: %s is a text as it was before it was changed */
          g_autofree char *text = g_strdup_printf (_("Changed since it was translated. It was: “%s”"), entry->old_msgid);

          gtk_label_set_text (GTK_LABEL (state), text);
          gtk_widget_add_css_class (state, "warning");
        }
      else
        {
          gtk_label_set_text (GTK_LABEL (state), _("Not translated yet"));
          gtk_widget_add_css_class (state, "dim-label");
          gtk_widget_set_visible (state, entry->msgstr == NULL);
        }
      gtk_box_append (GTK_BOX (item), state);

      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_translation_changed), self, 0);
      g_signal_connect_object (focus, "enter", G_CALLBACK (on_translation_focus), self, 0);
      gtk_widget_add_controller (editor, focus);
      _vc_editor_form_register (self, field_path, editor, NULL);
      gtk_box_append (box, item);
    }
}
