/* vc-editor-form.c
 *
 * The form for one part of a deck: a field for each text, with a label
 * and a hint, and lists whose items can be added, moved and removed.
 *
 * Every field writes into the deck document as the person types. The
 * form is built again when the document changes in another way (undo,
 * an item added or moved), keeping the field that had the keyboard.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-deck-problem.h"
#include "vc-editor-form-private.h"
#include "vc-ui-util.h"

G_DEFINE_FINAL_TYPE (VcEditorForm, vc_editor_form, GTK_TYPE_WIDGET)

typedef struct
{
  GtkWidget *editor;         /* (nullable) what takes the keyboard */
  GtkWidget *problem_label;  /* (nullable) where its problems are told */
  guint      order;          /* made before the fields with a higher one */
} Field;

static void
field_free (Field *field)
{
  g_clear_object (&field->editor);
  g_clear_object (&field->problem_label);
  g_free (field);
}

static void schedule_rebuild (VcEditorForm *self);

void
_vc_editor_form_register (VcEditorForm *self,
                          const char   *path,
                          GtkWidget    *editor,
                          GtkWidget    *problem_label)
{
  Field *field;

  /* The first one made for a place is the one that counts: a list item
   * that is a text is its own field. */
  if (g_hash_table_contains (self->fields, path))
    return;

  field = g_new0 (Field, 1);
  field->editor = editor ? g_object_ref (editor) : NULL;
  field->problem_label = problem_label ? g_object_ref (problem_label) : NULL;
  field->order = g_hash_table_size (self->fields);
  g_hash_table_insert (self->fields, g_strdup (path), field);
}

GtkWidget *
_vc_editor_form_add_problem_label (VcEditorForm *self,
                                   GtkBox       *box,
                                   const char   *path)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "vc-editor-problem");
  gtk_widget_set_visible (label, FALSE);
  gtk_box_append (box, label);
  return label;
}

GtkWidget *
_vc_editor_form_add_heading (VcEditorForm *self,
                             GtkBox       *box,
                             const char   *title,
                             const char   *subtitle)
{
  GtkWidget *label = vc_ui_label_new (title, "title-2");

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, NULL, -1);
  gtk_box_append (box, label);
  if (subtitle != NULL)
    gtk_box_append (box, vc_ui_label_new (subtitle, "dim-label"));
  return label;
}

/* The document's text at @path, "" when there is none. */
static const char *
document_text (VcEditorForm *self,
               const char   *path)
{
  const char *text = vc_deck_document_get_string (self->document, path);

  return text ? text : "";
}

static void
apply_text (VcEditorForm *self,
            const char   *path,
            const char   *text,
            gboolean      optional)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (document_text (self, path), text) == 0)
    return;

  self->applying = TRUE;
  if (optional && text[0] == '\0')
    vc_deck_document_unset (self->document, path, &error);
  else
    vc_deck_document_set_string (self->document, path, text, &error);
  self->applying = FALSE;

  if (error != NULL)
    g_warning ("Could not change %s: %s", path, error->message);
}

static void
on_entry_changed (GtkEditable  *editable,
                  VcEditorForm *self)
{
  apply_text (self,
              g_object_get_data (G_OBJECT (editable), "vc-path"),
              gtk_editable_get_text (editable),
              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "vc-optional")));
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   VcEditorForm  *self)
{
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);

  apply_text (self,
              g_object_get_data (G_OBJECT (buffer), "vc-path"),
              text,
              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (buffer), "vc-optional")));
}

GtkWidget *
_vc_editor_form_field_box (GtkBox     *box,
                           const char *label,
                           const char *hint)
{
  GtkWidget *field = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = vc_ui_label_new (label, "heading");

  gtk_widget_add_css_class (field, "vc-editor-field");
  gtk_box_append (GTK_BOX (field), title);
  if (hint != NULL)
    {
      GtkWidget *hint_label = vc_ui_label_new (hint, "dim-label");

      gtk_widget_add_css_class (hint_label, "caption");
      gtk_box_append (GTK_BOX (field), hint_label);
    }
  gtk_box_append (box, field);
  return field;
}

/* A text editor that leaves undo to the document and Tab to moving on. */
static GtkWidget *
text_editor_new (const char *path,
                 const char *text,
                 FieldFlags  flags)
{
  GtkWidget *editor;

  if (flags & FIELD_MULTILINE)
    {
      GtkTextBuffer *buffer;

      editor = gtk_text_view_new ();
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editor), 8);
      gtk_widget_add_css_class (editor, "vc-editor-text");
      g_object_set_data_full (G_OBJECT (buffer), "vc-path", g_strdup (path), g_free);
      g_object_set_data (G_OBJECT (buffer), "vc-optional",
                         GINT_TO_POINTER ((flags & FIELD_OPTIONAL) != 0));
    }
  else
    {
      editor = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (editor), text);
      gtk_editable_set_enable_undo (GTK_EDITABLE (editor), FALSE);
      gtk_entry_set_activates_default (GTK_ENTRY (editor), FALSE);
    }
  g_object_set_data_full (G_OBJECT (editor), "vc-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (editor), "vc-optional",
                     GINT_TO_POINTER ((flags & FIELD_OPTIONAL) != 0));
  return editor;
}

static void
connect_editor (VcEditorForm *self,
                GtkWidget    *editor)
{
  if (GTK_IS_TEXT_VIEW (editor))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "changed",
                             G_CALLBACK (on_buffer_changed), self, 0);
  else
    g_signal_connect_object (editor, "changed", G_CALLBACK (on_entry_changed), self, 0);
}

/* A multi-line editor sits in a frame, so that it looks like a place to
 * write in. */
static GtkWidget *
framed (GtkWidget *editor)
{
  GtkWidget *frame;

  if (!GTK_IS_TEXT_VIEW (editor))
    return editor;
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), editor);
  gtk_widget_add_css_class (frame, "vc-editor-text-frame");
  return frame;
}

/**
 * _vc_editor_form_add_text:
 *
 * Adds a labelled field for the text at @path.
 *
 * Returns: (transfer none): the editing widget
 */
GtkWidget *
_vc_editor_form_add_text (VcEditorForm *self,
                          GtkBox       *box,
                          const char   *path,
                          const char   *label,
                          const char   *hint,
                          FieldFlags    flags)
{
  GtkWidget *field = _vc_editor_form_field_box (box, label, hint);
  GtkWidget *editor = text_editor_new (path, document_text (self, path), flags);
  GtkWidget *problem;

  gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint ? hint : "",
                                  -1);
  gtk_box_append (GTK_BOX (field), framed (editor));
  problem = _vc_editor_form_add_problem_label (self, GTK_BOX (field), path);
  _vc_editor_form_register (self, path, editor, problem);
  connect_editor (self, editor);
  return editor;
}

static void
on_minutes_changed (GtkSpinButton *spin,
                    VcEditorForm  *self)
{
  const char *path = g_object_get_data (G_OBJECT (spin), "vc-path");
  int value = gtk_spin_button_get_value_as_int (spin);
  JsonNode *node = vc_deck_document_get_node (self->document, path);
  g_autoptr(GError) error = NULL;

  if ((node == NULL && value == 0) ||
      (node != NULL && json_node_get_value_type (node) == G_TYPE_INT64 &&
       json_node_get_int (node) == value))
    return;

  self->applying = TRUE;
  if (value == 0)
    vc_deck_document_unset (self->document, path, &error);
  else
    vc_deck_document_set_int (self->document, path, value, &error);
  self->applying = FALSE;
}

GtkWidget *
_vc_editor_form_add_minutes (VcEditorForm *self,
                             GtkBox       *box,
                             const char   *path,
                             const char   *label,
                             const char   *hint)
{
  GtkWidget *field = _vc_editor_form_field_box (box, label, hint);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 240, 1);
  JsonNode *node = vc_deck_document_get_node (self->document, path);
  GtkWidget *problem;

  if (node != NULL && json_node_get_value_type (node) == G_TYPE_INT64)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), json_node_get_int (node));
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint ? hint : "",
                                  -1);
  g_object_set_data_full (G_OBJECT (spin), "vc-path", g_strdup (path), g_free);
  gtk_box_append (GTK_BOX (field), spin);
  problem = _vc_editor_form_add_problem_label (self, GTK_BOX (field), path);
  _vc_editor_form_register (self, path, spin, problem);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_minutes_changed), self, 0);
  return spin;
}

/* Building and rebuilding */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void update_problems (VcEditorForm *self);
static gboolean resize_text_views_cb (gpointer user_data);

static void
rebuild (VcEditorForm *self)
{
  g_autofree char *focus = vc_editor_form_dup_focus_path (self);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double scroll = gtk_adjustment_get_value (adjustment);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_hash_table_remove_all (self->fields);
  clear_box (self->box);

  if (self->document != NULL && self->path != NULL)
    _vc_editor_form_build_page (self, self->box, self->path);

  update_problems (self);
  if (self->resize_id == 0)
    self->resize_id = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 100, resize_text_views_cb, self, NULL);

  if (self->focus_after != NULL)
    {
      g_autofree char *after = g_steal_pointer (&self->focus_after);

      vc_editor_form_focus_field (self, after);
    }
  else if (focus != NULL)
    {
      GtkWidget *editor = vc_editor_form_get_field (self, focus);

      gtk_adjustment_set_value (adjustment, scroll);
      if (editor != NULL)
        gtk_widget_grab_focus (editor);
    }
}

static void
queue_resize_text_views (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_widget_queue_resize (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    queue_resize_text_views (child);
}

/* A text view asks for the height of the lines it has laid out so far;
 * once it has laid them all out, in the background, it is asked again, so
 * that a long text is shown whole. */
static gboolean
resize_text_views_cb (gpointer user_data)
{
  VcEditorForm *self = user_data;

  self->resize_id = 0;
  queue_resize_text_views (GTK_WIDGET (self->box));
  return G_SOURCE_REMOVE;
}

static gboolean
rebuild_cb (gpointer user_data)
{
  VcEditorForm *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (VcEditorForm *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
on_document_changed (VcDeckDocument *document,
                     const char     *path,
                     VcEditorForm   *self)
{
  if (self->applying)
    return;
  schedule_rebuild (self);
}

/* Problems */

/* Beside its own field, a text that is missing needs no name: the
 * loader's message names the member of the file, which the form does not
 * show. */
static const char *
field_message (VcDeckProblem *problem,
               const char    *place,
               Field         *field)
{
  g_autofree char *pointer = vc_deck_problem_dup_pointer (problem);
  VcDeckError code = vc_deck_problem_get_code (problem);

  if ((code == VC_DECK_ERROR_MISSING_FIELD || code == VC_DECK_ERROR_EMPTY_TEXT) &&
      g_str_equal (pointer, place) && field->editor != NULL)
    {
      if (GTK_IS_CHECK_BUTTON (field->editor))
        return _("Choose at least one.");
      if (GTK_IS_EDITABLE (field->editor) || GTK_IS_TEXT_VIEW (field->editor))
        return _("This is needed: write something here.");
    }
  return vc_deck_problem_get_message (problem);
}

static void
string_free (gpointer string)
{
  g_string_free (string, TRUE);
}

static void
update_problems (VcEditorForm *self)
{
  GHashTableIter iter;
  GHashTable *texts;
  Field *field;
  guint n;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&field))
    {
      if (field->problem_label != NULL)
        gtk_widget_set_visible (field->problem_label, FALSE);
      if (field->editor != NULL)
        gtk_widget_remove_css_class (field->editor, "error");
    }

  if (self->problems == NULL || self->path == NULL)
    return;

  texts = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, string_free);
  n = g_list_model_get_n_items (self->problems);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (self->problems, i);
      g_autofree char *pointer = vc_deck_problem_dup_pointer (problem);
      GString *text;

      /* The nearest field that holds the place of the problem. */
      field = NULL;
      while (TRUE)
        {
          char *slash;

          field = g_hash_table_lookup (self->fields, pointer);
          if ((field != NULL && field->problem_label != NULL) || pointer[0] == '\0')
            break;
          slash = strrchr (pointer, '/');
          if (slash == NULL)
            break;
          *slash = '\0';
        }
      if (field == NULL || field->problem_label == NULL)
        continue;

      text = g_hash_table_lookup (texts, field->problem_label);
      if (text == NULL)
        {
          text = g_string_new (NULL);
          g_hash_table_insert (texts, field->problem_label, text);
        }
      else
        g_string_append_c (text, '\n');
      g_string_append (text, field_message (problem, pointer, field));
      if (vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR)
        {
          if (field->editor != NULL)
            gtk_widget_add_css_class (field->editor, "error");
          g_object_set_data (G_OBJECT (field->problem_label), "vc-error", GINT_TO_POINTER (TRUE));
        }
    }

  {
    GHashTableIter text_iter;
    GtkWidget *label;
    GString *text;

    g_hash_table_iter_init (&text_iter, texts);
    while (g_hash_table_iter_next (&text_iter, (gpointer *)&label, (gpointer *)&text))
      {
        gboolean error = g_object_get_data (G_OBJECT (label), "vc-error") != NULL;

        /* Red for what must be fixed, yellow for what is worth a look. */
        gtk_label_set_text (GTK_LABEL (label), text->str);
        gtk_widget_set_visible (label, TRUE);
        if (error)
          {
            gtk_widget_remove_css_class (label, "warning");
            gtk_widget_add_css_class (label, "error");
          }
        else
          {
            gtk_widget_remove_css_class (label, "error");
            gtk_widget_add_css_class (label, "warning");
          }
        g_object_set_data (G_OBJECT (label), "vc-error", NULL);
      }
  }
  g_hash_table_unref (texts);
}

static void
vc_editor_form_dispose (GObject *object)
{
  VcEditorForm *self = VC_EDITOR_FORM (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->resize_id, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->deck);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->focus_after, g_free);

  G_OBJECT_CLASS (vc_editor_form_parent_class)->dispose (object);
}

static void
vc_editor_form_class_init (VcEditorFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_editor_form_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vc-editor-form");
}

static void
vc_editor_form_init (VcEditorForm *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)field_free);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 48);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
}

GtkWidget *
vc_editor_form_new (void)
{
  return g_object_new (VC_TYPE_EDITOR_FORM, NULL);
}

void
vc_editor_form_set_document (VcEditorForm   *self,
                             VcDeckDocument *document)
{
  g_return_if_fail (VC_IS_EDITOR_FORM (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed), self, 0);
  rebuild (self);
}

/**
 * vc_editor_form_show:
 * @self: a #VcEditorForm
 * @path: the part of the deck to edit: "" for its details, "/roles",
 *   "/introduction", "/values-game", "/values-game/words/N",
 *   "/values-game/images", "/cards/N" or "/closing"
 */
void
vc_editor_form_show (VcEditorForm *self,
                     const char   *path)
{
  g_return_if_fail (VC_IS_EDITOR_FORM (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  /* Another page starts at its top, with nothing focused in it. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  g_clear_pointer (&self->focus_after, g_free);
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

    if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
      gtk_root_set_focus (root, NULL);
  }
  rebuild (self);
}

const char *
vc_editor_form_get_path (VcEditorForm *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_FORM (self), NULL);
  return self->path;
}

/**
 * vc_editor_form_set_deck:
 * @self: a #VcEditorForm
 * @deck: (nullable): the deck as last read, for its pictures
 */
void
vc_editor_form_set_deck (VcEditorForm *self,
                         VcDeck       *deck)
{
  g_return_if_fail (VC_IS_EDITOR_FORM (self));

  if (!g_set_object (&self->deck, deck))
    return;
  /* Only the pictures come from the deck read; the rest is written. */
  if (g_strcmp0 (self->path, "/values-game/images") == 0)
    schedule_rebuild (self);
}

void
vc_editor_form_set_problems (VcEditorForm *self,
                             GListModel   *problems)
{
  g_return_if_fail (VC_IS_EDITOR_FORM (self));

  g_set_object (&self->problems, problems);
  update_problems (self);
}

/**
 * vc_editor_form_get_field:
 * @self: a #VcEditorForm
 * @path: the place of a text or a list in the deck
 *
 * Returns: (transfer none) (nullable): the widget that edits it
 */
GtkWidget *
vc_editor_form_get_field (VcEditorForm *self,
                          const char   *path)
{
  Field *field;

  g_return_val_if_fail (VC_IS_EDITOR_FORM (self), NULL);

  if (self->rebuild_id != 0)
    rebuild (self);
  field = g_hash_table_lookup (self->fields, path);
  return field ? field->editor : NULL;
}

/**
 * vc_editor_form_focus_field:
 * @self: a #VcEditorForm
 * @path: a place in the deck
 *
 * Moves the keyboard to the field for @path, or to the first field
 * inside it, or to the nearest one around it.
 *
 * Returns: whether a field took the focus
 */
gboolean
vc_editor_form_focus_field (VcEditorForm *self,
                            const char   *path)
{
  g_autofree char *place = g_strdup (path);
  GtkWidget *editor = NULL;

  g_return_val_if_fail (VC_IS_EDITOR_FORM (self), FALSE);

  if (self->rebuild_id != 0)
    rebuild (self);

  while (editor == NULL)
    {
      Field *field = g_hash_table_lookup (self->fields, place);
      gsize len = strlen (place);
      const char *best = NULL;
      GHashTableIter iter;
      const char *key;

      if (field != NULL && field->editor != NULL &&
          (GTK_IS_EDITABLE (field->editor) || GTK_IS_TEXT_VIEW (field->editor) ||
           GTK_IS_SPIN_BUTTON (field->editor)))
        {
          editor = field->editor;
          break;
        }

      /* The first field inside, in the order of the form. */
      g_hash_table_iter_init (&iter, self->fields);
      while (g_hash_table_iter_next (&iter, (gpointer *)&key, (gpointer *)&field))
        if (field->editor != NULL && !GTK_IS_BUTTON (field->editor) &&
            strncmp (key, place, len) == 0 && (len == 0 || key[len] == '/') &&
            (best == NULL || field->order < ((Field *)g_hash_table_lookup (self->fields, best))->order))
          best = key;
      if (best != NULL)
        {
          editor = ((Field *)g_hash_table_lookup (self->fields, best))->editor;
          break;
        }

      if (len == 0)
        break;
      place[strrchr (place, '/') - place] = '\0';
    }

  if (editor == NULL)
    return FALSE;

  gtk_widget_grab_focus (editor);
  if (GTK_IS_EDITABLE (editor))
    gtk_editable_set_position (GTK_EDITABLE (editor), -1);
  return TRUE;
}

/**
 * vc_editor_form_dup_focus_path:
 * @self: a #VcEditorForm
 *
 * Returns: (transfer full) (nullable): the place of the field that has
 *   the keyboard
 */
char *
vc_editor_form_dup_focus_path (VcEditorForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;
  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (g_object_get_data (G_OBJECT (focus), "vc-path") != NULL)
      return g_strdup (g_object_get_data (G_OBJECT (focus), "vc-path"));
  return NULL;
}
