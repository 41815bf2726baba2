/* vc-editor-form-lists.c
 *
 * The form's lists: a dilemma's parts, questions, answer options and
 * alternative actions, the roles, steps, ground rules and tags, each item
 * with buttons to move it and remove it, and one to add another.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-editor-form-private.h"
#include "vc-ui-util.h"

typedef struct
{
  const char *add;        /* the button and the undo step */
  const char *item;       /* "Question %u" */
} ListWords;

static ListWords
list_words (ItemKind kind,
            const char *array_path)
{
  ListWords words = { NULL, NULL };

  switch (kind)
    {
    case ITEM_QUESTION:
      words.add = _("Add Question");
      /* Translators: %u is a number, 1 for the first question */
      words.item = _("Question %u");
      break;
    case ITEM_STAGE:
      words.add = _("Add Part");
      /* Translators: a part of a dilemma's story; %u is its number */
      words.item = _("Part %u");
      break;
    case ITEM_ACTION:
      words.add = _("Add Alternative Action");
      /* Translators: %u is a number */
      words.item = _("Alternative action %u");
      break;
    case ITEM_STEP:
      words.add = _("Add Step");
      /* Translators: %u is a number */
      words.item = _("Step %u");
      break;
    case ITEM_ROLE:
      words.add = _("Add Role");
      /* Translators: %u is a number */
      words.item = _("Role %u");
      break;
    case ITEM_LINE:
    case ITEM_TEXT:
    default:
      if (g_str_has_suffix (array_path, "/options"))
        {
          words.add = _("Add Answer Option");
          /* Translators: %u is a number */
          words.item = _("Answer option %u");
        }
      else if (g_str_has_suffix (array_path, "/tags"))
        {
          words.add = _("Add Tag");
          /* Translators: %u is a number */
          words.item = _("Tag %u");
        }
      else if (g_str_has_suffix (array_path, "/ground-rules"))
        {
          words.add = _("Add Ground Rule");
          /* Translators: %u is a number */
          words.item = _("Ground rule %u");
        }
      else if (g_str_has_suffix (array_path, "/authors"))
        {
          words.add = _("Add Author");
          /* Translators: %u is a number */
          words.item = _("Author %u");
        }
      else
        {
          words.add = _("Add");
          /* Translators: %u is a number */
          words.item = _("Item %u");
        }
      break;
    }
  return words;
}

static char *
item_path (const char *array_path,
           guint       index)
{
  return g_strdup_printf ("%s/%u", array_path, index);
}

/**
 * _vc_editor_add_item:
 * @document: a deck document
 * @array_path: a list, which may not be there yet
 * @position: where in it, or -1 for last
 * @kind: (nullable): a card's kind
 * @label: the undo step
 * @error: return location for an error
 *
 * Adds a new item to a list, making the list first if the deck has none
 * yet, in one step.
 *
 * Returns: (transfer full) (nullable): the new item's place
 */
char *
_vc_editor_add_item (VcDeckDocument  *document,
                     const char      *array_path,
                     int              position,
                     const char      *kind,
                     const char      *label,
                     GError         **error)
{
  JsonNode *node = vc_deck_document_get_node (document, array_path);
  char *path;

  vc_deck_document_begin_step (document, label);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autoptr(JsonNode) empty = json_node_init_array (json_node_alloc (), json_array_new ());

      vc_deck_document_set_node (document, array_path, empty, NULL);
    }
  path = vc_deck_document_add (document, array_path, position, kind, error);
  vc_deck_document_end_step (document);
  return path;
}

static void
on_add_item (GtkButton    *button,
             VcEditorForm *self)
{
  const char *array_path = g_object_get_data (G_OBJECT (button), "vc-path");
  const char *label = g_object_get_data (G_OBJECT (button), "vc-step");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = _vc_editor_add_item (self->document, array_path, -1, NULL, label, &error);
  if (path == NULL)
    {
      g_warning ("Could not add to %s: %s", array_path, error->message);
      return;
    }
  g_free (self->focus_after);
  self->focus_after = g_steal_pointer (&path);
}

static void
on_move_item (GtkButton    *button,
              VcEditorForm *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "vc-path");
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "vc-delta"));
  const char *slash = strrchr (path, '/');
  guint64 index = g_ascii_strtoull (slash + 1, NULL, 10);
  g_autofree char *array_path = g_strndup (path, slash - path);
  g_autoptr(GError) error = NULL;

  if (!vc_deck_document_move (self->document, path, (guint)((gint64)index + delta), &error))
    return;

  g_free (self->focus_after);
  self->focus_after = item_path (array_path, (guint)((gint64)index + delta));
}

static void
on_remove_item (GtkButton    *button,
                VcEditorForm *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "vc-path");
  gboolean optional = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "vc-optional"));
  const char *slash = strrchr (path, '/');
  g_autofree char *array_path = g_strndup (path, slash - path);
  g_autoptr(GError) error = NULL;

  /* An optional list left empty goes with its last item: an empty list
   * is an error in a deck. */
  if (optional && vc_deck_document_get_length (self->document, array_path) == 1)
    vc_deck_document_unset (self->document, array_path, &error);
  else
    vc_deck_document_remove (self->document, path, &error);

  g_free (self->focus_after);
  self->focus_after = g_strdup (array_path);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *path,
             GCallback   callback,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "vc-path", g_strdup (path), g_free);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

/* Turns an open question into one with answer options and back, and a
 * part of the story into one with questions of its own and back. */
static void
on_change_shape (GtkButton    *button,
                 VcEditorForm *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "vc-path");
  const char *step = g_object_get_data (G_OBJECT (button), "vc-step");
  const char *member = g_object_get_data (G_OBJECT (button), "vc-member");
  JsonNode *node = vc_deck_document_get_node (self->document, path);
  g_autoptr(JsonNode) value = NULL;

  if (node == NULL)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *text = json_object_has_member (object, "text")
                         ? json_object_get_string_member_with_default (object, "text", "")
                         : "";

      value = json_node_init_string (json_node_alloc (), text);
      g_free (self->focus_after);
      self->focus_after = g_strdup (path);
    }
  else
    {
      JsonObject *object = json_object_new ();
      JsonArray *list = json_array_new ();

      json_object_set_string_member (object, "text",
                                     json_node_get_value_type (node) == G_TYPE_STRING
                                       ? json_node_get_string (node) : "");
      if (g_str_equal (member, "options"))
        {
          json_array_add_string_element (list, _("Yes"));
          json_array_add_string_element (list, _("No"));
        }
      else
        json_array_add_string_element (list, _("What do you think now?"));
      json_object_set_array_member (object, member, list);
      value = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
      g_free (self->focus_after);
      self->focus_after = g_strdup_printf ("%s/%s/0", path, member);
    }

  _vc_editor_form_apply_node (self, path, value, step);
}

void
_vc_editor_form_apply_node (VcEditorForm *self,
                            const char   *path,
                            JsonNode     *node,
                            const char   *step)
{
  g_autoptr(GError) error = NULL;

  vc_deck_document_begin_step (self->document, step);
  if (!vc_deck_document_set_node (self->document, path, node, &error))
    g_warning ("Could not change %s: %s", path, error->message);
  vc_deck_document_end_step (self->document);
}

static GtkWidget *
shape_button (VcEditorForm *self,
              const char   *path,
              const char   *label,
              const char   *member)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (button), "vc-path", g_strdup (path), g_free);
  g_object_set_data_full (G_OBJECT (button), "vc-step", g_strdup (label), g_free);
  g_object_set_data (G_OBJECT (button), "vc-member", (gpointer)member);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_change_shape), self, 0);
  return button;
}

static void
build_item (VcEditorForm *self,
            GtkBox       *box,
            const char   *path,
            JsonNode     *node,
            ItemKind      kind)
{
  gboolean is_object = node != NULL && JSON_NODE_HOLDS_OBJECT (node);
  g_autofree char *text_path = is_object ? g_strconcat (path, "/text", NULL) : g_strdup (path);

  switch (kind)
    {
    case ITEM_LINE:
      _vc_editor_form_add_text (self, box, path, _("Wording"), NULL, FIELD_REQUIRED);
      break;

    case ITEM_TEXT:
      _vc_editor_form_add_text (self, box, path, _("Wording"), NULL, FIELD_MULTILINE);
      break;

    case ITEM_QUESTION:
      _vc_editor_form_add_text (self, box, text_path, _("Question"), NULL, FIELD_MULTILINE);
      if (is_object)
        {
          g_autofree char *options = g_strconcat (path, "/options", NULL);

          _vc_editor_form_add_list (self, box, options, ITEM_LINE, _("Answer options"),
                                    _("The group chooses one of these, then talks about why."), FALSE);
          gtk_box_append (box, shape_button (self, path, _("Make It an Open Question"), "options"));
        }
      else
        gtk_box_append (box, shape_button (self, path, _("Add Answer Options"), "options"));
      break;

    case ITEM_STAGE:
      _vc_editor_form_add_text (self, box, text_path, _("What happens"),
                                _("Tell it so that nobody can be recognised."), FIELD_MULTILINE);
      if (is_object)
        {
          g_autofree char *questions = g_strconcat (path, "/questions", NULL);

          if (json_object_has_member (json_node_get_object (node), "questions"))
            _vc_editor_form_add_list (self, box, questions, ITEM_QUESTION, _("Questions for this part"),
                                      _("Talked about before the next part is shown."), FALSE);
          gtk_box_append (box, shape_button (self, path, _("Remove This Part’s Questions"), "questions"));
        }
      else
        gtk_box_append (box, shape_button (self, path, _("Add Questions for This Part"), "questions"));
      break;

    case ITEM_ACTION:
      {
        g_autofree char *label = g_strconcat (path, "/label", NULL);
        g_autofree char *questions = g_strconcat (path, "/questions", NULL);

        _vc_editor_form_add_text (self, box, label, _("Label"),
                                  _("A letter or a short name, such as A or B."), FIELD_REQUIRED);
        _vc_editor_form_add_text (self, box, text_path, _("What the person could do"), NULL,
                                  FIELD_MULTILINE);
        _vc_editor_form_add_list (self, box, questions, ITEM_QUESTION, _("Questions about it"),
                                  NULL, FALSE);
      }
      break;

    case ITEM_STEP:
      {
        g_autofree char *title = g_strconcat (path, "/title", NULL);

        _vc_editor_form_add_text (self, box, title, _("Title"), NULL, FIELD_REQUIRED);
        _vc_editor_form_add_text (self, box, text_path, _("What the group does"), NULL,
                                  FIELD_MULTILINE);
      }
      break;

    case ITEM_ROLE:
      {
        g_autofree char *name = g_strconcat (path, "/name", NULL);
        g_autofree char *description = g_strconcat (path, "/description", NULL);

        _vc_editor_form_add_text (self, box, name, _("Name"), NULL, FIELD_REQUIRED);
        _vc_editor_form_add_text (self, box, description, _("What this person does"), NULL,
                                  FIELD_MULTILINE | FIELD_OPTIONAL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
format_item (const char *format,
             guint       number)
{
  return g_strdup_printf (format, number);
}
#pragma GCC diagnostic pop

void
_vc_editor_form_add_list (VcEditorForm *self,
                          GtkBox       *box,
                          const char   *array_path,
                          ItemKind      kind,
                          const char   *label,
                          const char   *hint,
                          gboolean      optional)
{
  JsonNode *list = vc_deck_document_get_node (self->document, array_path);
  guint n = list != NULL && JSON_NODE_HOLDS_ARRAY (list) ? json_array_get_length (json_node_get_array (list)) : 0;
  ListWords words = list_words (kind, array_path);
  GtkWidget *field = _vc_editor_form_field_box (box, label, hint);
  GtkWidget *add;
  GtkWidget *problem;

  gtk_widget_add_css_class (field, "vc-editor-list");
  problem = _vc_editor_form_add_problem_label (self, GTK_BOX (field), array_path);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = item_path (array_path, i);
      g_autofree char *name = format_item (words.item, i + 1);
      g_autofree char *tip = NULL;
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *title = vc_ui_label_new (name, "caption-heading");
      GtkWidget *button;
      GtkWidget *item_problem;

      gtk_widget_add_css_class (item, "card");
      gtk_widget_add_css_class (item, "vc-editor-item");
      gtk_widget_set_hexpand (title, TRUE);
      gtk_box_append (GTK_BOX (header), title);

      /* Translators: %s is an item, such as "Question 2" */
      tip = g_strdup_printf (_("Move %s Up"), name);
      button = icon_button ("go-up-symbolic", tip, path, G_CALLBACK (on_move_item), self);
      g_object_set_data (G_OBJECT (button), "vc-delta", GINT_TO_POINTER (-1));
      gtk_widget_set_sensitive (button, i > 0);
      gtk_box_append (GTK_BOX (header), button);
      g_free (tip);

      /* Translators: %s is an item, such as "Question 2" */
      tip = g_strdup_printf (_("Move %s Down"), name);
      button = icon_button ("go-down-symbolic", tip, path, G_CALLBACK (on_move_item), self);
      g_object_set_data (G_OBJECT (button), "vc-delta", GINT_TO_POINTER (1));
      gtk_widget_set_sensitive (button, i + 1 < n);
      gtk_box_append (GTK_BOX (header), button);
      g_free (tip);

      /* Translators: %s is an item, such as "Question 2" */
      tip = g_strdup_printf (_("Remove %s"), name);
      button = icon_button ("user-trash-symbolic", tip, path, G_CALLBACK (on_remove_item), self);
      g_object_set_data (G_OBJECT (button), "vc-optional", GINT_TO_POINTER (optional));
      gtk_box_append (GTK_BOX (header), button);

      gtk_box_append (GTK_BOX (item), header);
      build_item (self, GTK_BOX (item), path, json_array_get_element (json_node_get_array (list), i), kind);
      item_problem = _vc_editor_form_add_problem_label (self, GTK_BOX (item), path);
      _vc_editor_form_register (self, path, NULL, item_problem);
      gtk_box_append (GTK_BOX (field), item);
    }

  add = gtk_button_new_with_label (words.add);
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "vc-editor-add");
  g_object_set_data_full (G_OBJECT (add), "vc-path", g_strdup (array_path), g_free);
  g_object_set_data_full (G_OBJECT (add), "vc-step", g_strdup (words.add), g_free);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_item), self, 0);
  gtk_box_append (GTK_BOX (field), add);
  _vc_editor_form_register (self, array_path, add, problem);
}

