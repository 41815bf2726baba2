/* vc-editor-form-pages.c
 *
 * What the form shows for each part of a deck: the deck's details, its
 * roles and introduction, a value word, the pictures, and each kind of
 * card.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-editor-form-private.h"
#include "vc-image.h"
#include "vc-ui-util.h"

static char *
sub (const char *path,
     const char *member)
{
  return g_strconcat (path, "/", member, NULL);
}

/* Problems of the whole part, and of what has no field of its own. */
static void
page_problems (VcEditorForm *self,
               GtkBox       *box,
               const char   *path)
{
  _vc_editor_form_register (self, path, NULL, _vc_editor_form_add_problem_label (self, box, path));
}

static void
on_audience_toggled (GtkCheckButton *check,
                     VcEditorForm   *self)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (check));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) audience = NULL;
  g_autoptr(GError) error = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "vc-value"));
  audience = g_strv_builder_end (builder);

  self->applying = TRUE;
  vc_deck_document_begin_step (self->document, _("Change Who the Deck Is For"));
  if (audience[0] == NULL)
    vc_deck_document_unset (self->document, "/audience", &error);
  else
    vc_deck_document_set_strv (self->document, "/audience", (const char * const *)audience, &error);
  vc_deck_document_end_step (self->document);
  self->applying = FALSE;
}

static gboolean
has_audience (VcEditorForm *self,
              const char   *value)
{
  JsonNode *list = vc_deck_document_get_node (self->document, "/audience");

  for (guint i = 0; list != NULL && JSON_NODE_HOLDS_ARRAY (list) &&
                    i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *item = json_array_get_element (json_node_get_array (list), i);

      if (json_node_get_value_type (item) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (item), value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_audience (VcEditorForm *self,
              GtkBox       *box)
{
  static const struct { const char *value; const char *label; } audiences[] = {
    { "staff-meeting", N_("At staff meetings, led by a facilitator") },
    { "reflection", N_("For one person reflecting on their own") },
  };
  GtkWidget *field = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *first = NULL;
  GtkWidget *problem;

  gtk_box_append (GTK_BOX (field), vc_ui_label_new (_("Who it is for"), "heading"));
  for (guint i = 0; i < G_N_ELEMENTS (audiences); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (_(audiences[i].label));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_audience (self, audiences[i].value));
      g_object_set_data (G_OBJECT (check), "vc-value", (gpointer)audiences[i].value);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_audience_toggled), self, 0);
      gtk_box_append (GTK_BOX (field), check);
      if (first == NULL)
        first = check;
    }
  problem = _vc_editor_form_add_problem_label (self, GTK_BOX (field), "/audience");
  _vc_editor_form_register (self, "/audience", first, problem);
  gtk_box_append (box, field);
}

static void
build_details (VcEditorForm *self,
               GtkBox       *box)
{
  _vc_editor_form_add_heading (self, box, _("About the Deck"), NULL);
  page_problems (self, box, "");
  _vc_editor_form_add_text (self, box, "/title", _("Title"),
                            _("Shown in the library and on the first screen."), FIELD_REQUIRED);
  _vc_editor_form_add_text (self, box, "/subtitle", _("Subtitle"),
                            _("A few words under the title. You can leave it empty."), FIELD_OPTIONAL);
  _vc_editor_form_add_text (self, box, "/description", _("Description"),
                            _("What the deck is about and when to use it, in two or three sentences."),
                            FIELD_MULTILINE | FIELD_OPTIONAL);
  add_audience (self, box);
  _vc_editor_form_add_minutes (self, box, "/minutes-per-card", _("Minutes per card"),
                               _("How long a group usually talks about one card. 0 leaves it to the facilitator."));
  _vc_editor_form_add_list (self, box, "/authors", ITEM_LINE, _("Written by"),
                            _("Your names, or your unit’s."), TRUE);
  _vc_editor_form_add_text (self, box, "/license", _("Licence"),
                            _("Whether others may copy and change the deck, such as CC-BY-4.0."), FIELD_OPTIONAL);
  _vc_editor_form_add_text (self, box, "/source-language", _("Written in language"),
                            _("The language code of the texts, such as sv for Swedish or en for English."),
                            FIELD_REQUIRED);
}

static void
on_add_part (GtkButton    *button,
             VcEditorForm *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "vc-path");
  JsonNode *(*make) (void) = g_object_get_data (G_OBJECT (button), "vc-make");
  g_autoptr(JsonNode) node = make ();

  g_free (self->focus_after);
  self->focus_after = g_strdup (path);
  _vc_editor_form_apply_node (self, path, node, gtk_button_get_label (button));
}

static JsonNode *
new_introduction (void)
{
  JsonObject *object = json_object_new ();
  JsonNode *node;

  json_object_set_string_member (object, "title", _("Before We Start"));
  json_object_set_string_member (object, "purpose",
                                 _("Why we talk about this together, and what we hope to learn."));
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

static JsonNode *
new_roles (void)
{
  JsonArray *array = json_array_new ();
  JsonObject *role = json_object_new ();
  JsonNode *node;

  json_object_set_string_member (role, "id", "coordinator");
  json_object_set_string_member (role, "name", _("Coordinator"));
  json_object_set_string_member (role, "description",
                                 _("Leads the conversation and makes sure everyone gets a chance to speak."));
  json_array_add_object_element (array, role);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return node;
}

JsonNode *
_vc_editor_new_closing (void)
{
  JsonObject *object = json_object_new ();
  JsonArray *questions = json_array_new ();
  JsonNode *node;

  json_object_set_string_member (object, "id", "closing");
  json_object_set_string_member (object, "kind", "closing");
  json_object_set_string_member (object, "title", _("Closing"));
  json_array_add_string_element (questions, _("What do you take with you from today?"));
  json_object_set_array_member (object, "questions", questions);
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

static void
add_missing (VcEditorForm *self,
             GtkBox       *box,
             const char   *path,
             const char   *title,
             const char   *description,
             const char   *button_label,
             JsonNode   *(*make) (void))
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_label (button_label);

  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data_full (G_OBJECT (button), "vc-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (button), "vc-make", make);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_part), self, 0);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  gtk_box_append (box, status);
  _vc_editor_form_register (self, path, button, _vc_editor_form_add_problem_label (self, box, path));
}

static void
build_roles (VcEditorForm *self,
             GtkBox       *box)
{
  if (vc_deck_document_get_node (self->document, "/roles") == NULL)
    {
      add_missing (self, box, "/roles", _("No Roles"),
                   _("Roles share the work of a meeting: one leads the talk, one keeps the time, one takes notes."),
                   _("Add Roles"), new_roles);
      return;
    }
  _vc_editor_form_add_heading (self, box, _("Roles"),
                               _("The facilitator hands these out at the start of the meeting."));
  _vc_editor_form_add_list (self, box, "/roles", ITEM_ROLE, _("Roles"), NULL, TRUE);
}

static void
build_introduction (VcEditorForm *self,
                    GtkBox       *box)
{
  if (vc_deck_document_get_node (self->document, "/introduction") == NULL)
    {
      add_missing (self, box, "/introduction", _("No Introduction"),
                   _("An introduction is shown before the first card: why we do this, how we talk, and what happens."),
                   _("Add an Introduction"), new_introduction);
      return;
    }
  _vc_editor_form_add_heading (self, box, _("Introduction"),
                               _("Shown before the first card."));
  page_problems (self, box, "/introduction");
  _vc_editor_form_add_text (self, box, "/introduction/title", _("Title"), NULL, FIELD_REQUIRED);
  _vc_editor_form_add_text (self, box, "/introduction/purpose", _("Why we do this"),
                            _("One or two sentences the group reads together."),
                            FIELD_MULTILINE | FIELD_OPTIONAL);
  _vc_editor_form_add_list (self, box, "/introduction/ground-rules", ITEM_TEXT, _("Ground rules"),
                            _("How we talk with each other, such as “We listen to each other”."), TRUE);
  _vc_editor_form_add_list (self, box, "/introduction/steps", ITEM_STEP, _("Steps"),
                            _("What happens during the game, in order."), TRUE);
}

static void
build_values_game (VcEditorForm *self,
                   GtkBox       *box)
{
  _vc_editor_form_add_heading (self, box, _("How to Play"), NULL);
  page_problems (self, box, "/values-game");
  _vc_editor_form_add_text (self, box, "/values-game/instructions", _("Instructions"),
                            _("Read out before the game: how the group pairs words and pictures."),
                            FIELD_MULTILINE);
}

static void
build_word (VcEditorForm *self,
            GtkBox       *box,
            const char   *path)
{
  g_autofree char *word = sub (path, "word");
  g_autofree char *definition = sub (path, "definition");

  _vc_editor_form_add_heading (self, box, _("Value Word"), NULL);
  page_problems (self, box, path);
  _vc_editor_form_add_text (self, box, word, _("Word"),
                            _("One word from your value foundation, such as Dignity."), FIELD_REQUIRED);
  _vc_editor_form_add_text (self, box, definition, _("What it means here"),
                            _("What the word means in your everyday work, in a sentence or two."),
                            FIELD_MULTILINE);
}

static void
build_card (VcEditorForm *self,
            GtkBox       *box,
            const char   *path)
{
  g_autofree char *kind_path = sub (path, "kind");
  g_autofree char *title = sub (path, "title");
  g_autofree char *text = sub (path, "text");
  g_autofree char *questions = sub (path, "questions");
  g_autofree char *minutes = sub (path, "minutes");
  g_autofree char *notes = sub (path, "facilitator-notes");
  g_autofree char *tags = sub (path, "tags");
  const char *kind = vc_deck_document_get_string (self->document, kind_path);

  if (g_strcmp0 (kind, "dilemma") == 0)
    {
      g_autofree char *stages = sub (path, "stages");
      g_autofree char *actions = sub (path, "actions");

      _vc_editor_form_add_heading (self, box, _("Dilemma"),
                                   _("A situation from work, told in parts, with questions to talk about."));
      page_problems (self, box, path);
      _vc_editor_form_add_text (self, box, title, _("Title"), NULL, FIELD_REQUIRED);
      _vc_editor_form_add_list (self, box, stages, ITEM_STAGE, _("The story"),
                                _("Each part is shown in turn, so the group can talk before it hears more."), FALSE);
      _vc_editor_form_add_list (self, box, questions, ITEM_QUESTION, _("Questions"),
                                _("Talked about after the last part."), TRUE);
      _vc_editor_form_add_list (self, box, actions, ITEM_ACTION, _("Alternative actions"),
                                _("Ways the person could act, for the group to weigh against each other."), TRUE);
    }
  else if (g_strcmp0 (kind, "statement") == 0)
    {
      g_autofree char *prompt = sub (path, "prompt");
      g_autofree char *group = sub (path, "group");

      _vc_editor_form_add_heading (self, box, _("Statement"),
                                   _("Something to agree or disagree with, and say why."));
      page_problems (self, box, path);
      _vc_editor_form_add_text (self, box, title, _("Title"), NULL, FIELD_REQUIRED);
      _vc_editor_form_add_text (self, box, text, _("Statement"), NULL, FIELD_MULTILINE);
      _vc_editor_form_add_text (self, box, prompt, _("Prompt"),
                                _("What the group does with it, such as “Do you agree? Why?”"),
                                FIELD_MULTILINE | FIELD_OPTIONAL);
      _vc_editor_form_add_text (self, box, group, _("Group"),
                                _("A heading that statements share, such as a theme."), FIELD_OPTIONAL);
    }
  else if (g_strcmp0 (kind, "closing") == 0)
    {
      _vc_editor_form_add_heading (self, box, _("Closing Card"),
                                   _("Shown last, to end the meeting."));
      page_problems (self, box, path);
      _vc_editor_form_add_text (self, box, title, _("Title"), NULL, FIELD_REQUIRED);
      _vc_editor_form_add_list (self, box, questions, ITEM_QUESTION, _("Questions"),
                                _("Everyone answers these before the meeting ends."), FALSE);
    }
  else
    {
      _vc_editor_form_add_heading (self, box, _("Question"),
                                   _("One question for the group to talk about."));
      page_problems (self, box, path);
      _vc_editor_form_add_text (self, box, text, _("Question"), NULL, FIELD_MULTILINE);
    }

  _vc_editor_form_add_minutes (self, box, minutes, _("Minutes"),
                               _("How long the group talks about this card. 0 uses the deck’s time."));
  _vc_editor_form_add_text (self, box, notes, _("Notes for the facilitator"),
                            _("Shown on the facilitator’s screen only, never to the room."),
                            FIELD_MULTILINE | FIELD_OPTIONAL);
  if (g_strcmp0 (kind, "closing") != 0)
    _vc_editor_form_add_list (self, box, tags, ITEM_LINE, _("Tags"),
                              _("Words to find the card by, such as “bemötande”."), TRUE);
}

/* Pictures */

static void
on_picture_alt_changed (GtkEditable  *editable,
                        VcEditorForm *self)
{
  const char *path = g_object_get_data (G_OBJECT (editable), "vc-path");

  if (g_strcmp0 (vc_deck_document_get_string (self->document, path), gtk_editable_get_text (editable)) == 0)
    return;
  self->applying = TRUE;
  vc_deck_document_set_string (self->document, path, gtk_editable_get_text (editable), NULL);
  self->applying = FALSE;
}

static void
build_pictures (VcEditorForm *self,
                GtkBox       *box)
{
  guint n = vc_deck_document_get_length (self->document, "/values-game/images");
  GtkWidget *grid = gtk_flow_box_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Pictures…"));
  GtkWidget *problem;

  _vc_editor_form_add_heading (self, box, _("Pictures"),
                               _("Photos or drawings the group pairs with the value words. Drop pictures here, or paste one."));
  problem = _vc_editor_form_add_problem_label (self, box, "/values-game/images");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-pictures");
  gtk_box_append (box, add);
  _vc_editor_form_register (self, "/values-game/images", add, problem);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (grid), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (grid), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (grid), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (grid), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (grid), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (grid), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pictures"), -1);
  gtk_box_append (box, grid);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/values-game/images/%u", i);
      g_autofree char *id_path = sub (path, "id");
      g_autofree char *alt_path = sub (path, "alt");
      g_autofree char *caption_path = sub (path, "caption");
      const char *id = vc_deck_document_get_string (self->document, id_path);
      const char *alt = vc_deck_document_get_string (self->document, alt_path);
      VcDeckImage *image = self->deck ? vc_deck_find_image (self->deck, id) : NULL;
      GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *thumbnail;
      GtkWidget *entry;
      GtkWidget *tile_problem;

      gtk_widget_add_css_class (tile, "card");
      gtk_widget_add_css_class (tile, "vc-editor-item");
      if (image != NULL)
        {
          thumbnail = vc_image_new (image);
          vc_image_set_height (VC_IMAGE (thumbnail), 120);
        }
      else
        {
          thumbnail = gtk_image_new_from_icon_name ("image-x-generic-symbolic");
          gtk_image_set_pixel_size (GTK_IMAGE (thumbnail), 64);
          gtk_widget_set_size_request (thumbnail, -1, 120);
          gtk_accessible_update_property (GTK_ACCESSIBLE (thumbnail), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          alt ? alt : "", -1);
        }
      gtk_box_append (GTK_BOX (tile), thumbnail);

      entry = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (entry), alt ? alt : "");
      gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What the picture shows"));
      gtk_widget_set_tooltip_text (entry, _("Read aloud by a screen reader for someone who cannot see the picture"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Description of the picture"), -1);
      g_object_set_data_full (G_OBJECT (entry), "vc-path", g_strdup (alt_path), g_free);
      g_signal_connect_object (entry, "changed", G_CALLBACK (on_picture_alt_changed), self, 0);
      gtk_box_append (GTK_BOX (tile), entry);
      tile_problem = _vc_editor_form_add_problem_label (self, GTK_BOX (tile), path);
      _vc_editor_form_register (self, alt_path, entry, tile_problem);
      _vc_editor_form_register (self, path, entry, tile_problem);
      (void)caption_path;

      {
        GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
        const struct { const char *icon; const char *tip; const char *action; } tools[] = {
          { "go-previous-symbolic", N_("Move Picture Earlier"), "editor.move-picture-earlier" },
          { "go-next-symbolic", N_("Move Picture Later"), "editor.move-picture-later" },
          { "user-trash-symbolic", N_("Remove Picture"), "editor.remove-picture" },
        };

        gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
        for (guint t = 0; t < G_N_ELEMENTS (tools); t++)
          {
            GtkWidget *button = gtk_button_new_from_icon_name (tools[t].icon);

            gtk_widget_add_css_class (button, "flat");
            gtk_widget_set_tooltip_text (button, _(tools[t].tip));
            gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            _(tools[t].tip), -1);
            gtk_actionable_set_action_name (GTK_ACTIONABLE (button), tools[t].action);
            gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", i);
            gtk_box_append (GTK_BOX (buttons), button);
          }
        gtk_box_append (GTK_BOX (tile), buttons);
      }
      gtk_flow_box_append (GTK_FLOW_BOX (grid), tile);
    }
}

void
_vc_editor_form_build_page (VcEditorForm *self,
                            GtkBox       *box,
                            const char   *path)
{
  if (path[0] == '\0')
    build_details (self, box);
  else if (g_str_equal (path, "/translations"))
    _vc_editor_form_build_translations (self, box);
  else if (g_str_has_prefix (path, "/translations/"))
    _vc_editor_form_build_language (self, box, path);
  else if (g_str_equal (path, "/roles"))
    build_roles (self, box);
  else if (g_str_equal (path, "/introduction"))
    build_introduction (self, box);
  else if (g_str_equal (path, "/values-game"))
    build_values_game (self, box);
  else if (g_str_equal (path, "/values-game/images"))
    build_pictures (self, box);
  else if (g_str_has_prefix (path, "/values-game/words/"))
    build_word (self, box, path);
  else if (g_str_equal (path, "/closing") && vc_deck_document_get_node (self->document, path) == NULL)
    add_missing (self, box, "/closing", _("No Closing Card"),
                 _("A closing card ends the meeting with a question everyone answers."),
                 _("Add a Closing Card"), _vc_editor_new_closing);
  else if (g_str_has_prefix (path, "/cards/") || g_str_equal (path, "/closing"))
    build_card (self, box, path);
}
