/* vc-editor-window-outline.c
 *
 * The outline beside the form: the deck's details, roles and
 * introduction, its value words and pictures, its cards and its closing
 * card. Items are chosen, moved and dragged here.
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
#include "vc-editor-window-private.h"

#define MAX_LABEL_CHARS 60
#define OUTLINE_DELAY_MS 50

typedef struct
{
  char       *path;
  char       *title;
  const char *subtitle;
  const char *icon;
  const char *section;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_free (entry->title);
  g_free (entry);
}

/* A card's name in the outline: its title, or the start of its text. */
static char *
shorten (const char *text)
{
  g_autofree char *line = NULL;
  char *newline;

  if (text == NULL || text[0] == '\0')
    return NULL;
  line = g_strdup (text);
  if ((newline = strchr (line, '\n')) != NULL)
    *newline = '\0';
  if (g_utf8_strlen (line, -1) > MAX_LABEL_CHARS)
    {
      g_autofree char *start = g_utf8_substring (line, 0, MAX_LABEL_CHARS - 1);

      return g_strconcat (g_strchomp (start), "…", NULL);
    }
  return g_steal_pointer (&line);
}

static void
add_entry (GPtrArray  *entries,
           char       *path,
           char       *title,
           const char *subtitle,
           const char *icon,
           const char *section)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->path = path;
  entry->title = title;
  entry->subtitle = subtitle;
  entry->icon = icon;
  entry->section = section;
  g_ptr_array_add (entries, entry);
}

static const char *
card_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "dilemma") == 0)
    return _("Dilemma");
  if (g_strcmp0 (kind, "statement") == 0)
    return _("Statement");
  if (g_strcmp0 (kind, "closing") == 0)
    return _("Closing card");
  return _("Question");
}

static const char *
card_kind_icon (const char *kind)
{
  if (g_strcmp0 (kind, "dilemma") == 0)
    return "format-justify-fill-symbolic";
  if (g_strcmp0 (kind, "statement") == 0)
    return "format-text-plaintext-symbolic";
  return "chat-message-new-symbolic";
}

static GPtrArray *
collect_entries (VcEditorWindow *self)
{
  VcDeckDocument *doc = self->document;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  const char *deck_section = _("Deck");
  const char *kind = vc_deck_document_get_string (doc, "/kind");
  gboolean values_game = g_strcmp0 (kind, "values-game") == 0 ||
                         vc_deck_document_get_node (doc, "/values-game") != NULL;
  guint n;

  add_entry (entries, g_strdup (""), g_strdup (_("About the Deck")), NULL,
             "document-properties-symbolic", deck_section);
  add_entry (entries, g_strdup ("/roles"), g_strdup (_("Roles")), NULL,
             "system-users-symbolic", deck_section);
  add_entry (entries, g_strdup ("/introduction"), g_strdup (_("Introduction")), NULL,
             "view-list-bullet-symbolic", deck_section);

  if (values_game)
    {
      const char *section = _("Values Game");
      guint n_images = vc_deck_document_get_length (doc, "/values-game/images");

      add_entry (entries, g_strdup ("/values-game"), g_strdup (_("How to Play")), NULL,
                 "input-gaming-symbolic", section);
      add_entry (entries, g_strdup ("/values-game/images"),
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Picture", "%u Pictures", n_images), n_images),
                 NULL, "image-x-generic-symbolic", section);

      n = vc_deck_document_get_length (doc, "/values-game/words");
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *word_path = g_strdup_printf ("/values-game/words/%u/word", i);
          char *title = shorten (vc_deck_document_get_string (doc, word_path));

          add_entry (entries, g_strdup_printf ("/values-game/words/%u", i),
                     title ? title : g_strdup (_("Word without a name")), _("Value word"),
                     "format-text-bold-symbolic", section);
        }
    }

  n = vc_deck_document_get_length (doc, "/cards");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *base = g_strdup_printf ("/cards/%u", i);
      g_autofree char *kind_path = g_strconcat (base, "/kind", NULL);
      g_autofree char *title_path = g_strconcat (base, "/title", NULL);
      g_autofree char *text_path = g_strconcat (base, "/text", NULL);
      const char *card_kind = vc_deck_document_get_string (doc, kind_path);
      char *title = shorten (vc_deck_document_get_string (doc, title_path));

      if (title == NULL)
        title = shorten (vc_deck_document_get_string (doc, text_path));
      add_entry (entries, g_steal_pointer (&base), title ? title : g_strdup (_("Card without a title")),
                 card_kind_label (card_kind), card_kind_icon (card_kind), _("Cards"));
    }

  {
    char *title = shorten (vc_deck_document_get_string (doc, "/closing/title"));

    add_entry (entries, g_strdup ("/closing"), title ? title : g_strdup (_("Closing Card")),
               title ? _("Closing card") : _("None yet"), "object-select-symbolic", _("End"));
  }

  {
    const char *section = _("Translations");
    JsonNode *translations = vc_deck_document_get_node (doc, "/translations");
    add_entry (entries, g_strdup ("/translations"), g_strdup (_("Languages")), NULL,
               "preferences-desktop-locale-symbolic", section);
    if (translations != NULL && JSON_NODE_HOLDS_OBJECT (translations))
      {
        g_autoptr(GList) languages = json_object_get_members (json_node_get_object (translations));

        for (const GList *l = languages; l != NULL; l = l->next)
          add_entry (entries, g_strconcat ("/translations/", l->data, NULL),
                     vc_editor_language_name (l->data), _("Translation"),
                     "preferences-desktop-locale-symbolic", section);
      }
  }
  return entries;
}

static void
set_row_texts (GtkListBoxRow *row,
               Entry         *entry)
{
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "vc-title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "vc-subtitle");

  if (g_strcmp0 (gtk_label_get_text (title), entry->title) != 0)
    gtk_label_set_text (title, entry->title);
  gtk_widget_set_visible (GTK_WIDGET (subtitle), entry->subtitle != NULL);
  if (entry->subtitle != NULL && g_strcmp0 (gtk_label_get_text (subtitle), entry->subtitle) != 0)
    gtk_label_set_text (subtitle, entry->subtitle);
  g_object_set_data_full (G_OBJECT (row), "vc-section", g_strdup (entry->section), g_free);
}

/* Dragging an item onto another moves it there. */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  return gdk_content_provider_new_typed (G_TYPE_STRING, g_object_get_data (G_OBJECT (row), "vc-path"));
}

static gboolean
on_row_drop (GtkDropTarget  *target,
             const GValue   *value,
             double          x,
             double          y,
             VcEditorWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *to = g_object_get_data (G_OBJECT (row), "vc-path");
  const char *from = g_value_get_string (value);
  const char *from_slash = from ? strrchr (from, '/') : NULL;
  const char *to_slash = strrchr (to, '/');
  g_autoptr(GError) error = NULL;
  guint64 index;

  if (from_slash == NULL || to_slash == NULL || from_slash - from != to_slash - to ||
      strncmp (from, to, from_slash - from) != 0 || g_str_equal (from, to))
    return FALSE;

  index = g_ascii_strtoull (to_slash + 1, NULL, 10);
  if (!vc_deck_document_move (self->document, from, (guint)index, &error))
    return FALSE;
  vc_editor_window_select (self, to);
  return TRUE;
}

static gboolean
is_list_item (const char *path)
{
  return g_str_has_prefix (path, "/cards/") || g_str_has_prefix (path, "/values-game/words/");
}

static GtkWidget *
row_new (VcEditorWindow *self,
         Entry          *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (entry->icon);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *problem = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_visible (problem, FALSE);
  gtk_widget_set_tooltip_text (problem, _("Has a problem to fix"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (problem), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Has a problem to fix"), -1);
  gtk_box_append (GTK_BOX (box), problem);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A screen reader reads the row as its title, then its subtitle. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle, NULL,
                                  -1);

  g_object_set_data_full (G_OBJECT (row), "vc-path", g_strdup (entry->path), g_free);
  g_object_set_data (G_OBJECT (row), "vc-title", title);
  g_object_set_data (G_OBJECT (row), "vc-subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "vc-problem", problem);
  set_row_texts (GTK_LIST_BOX_ROW (row), entry);

  if (is_list_item (entry->path))
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), NULL);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      g_signal_connect_object (target, "drop", G_CALLBACK (on_row_drop), self, 0);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }
  return row;
}

static GtkListBoxRow *
find_row (VcEditorWindow *self,
          const char     *path)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->outline, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "vc-path"), path) == 0)
      return row;
  return NULL;
}

/* After an item is deleted, the one that took its place, or the one
 * before it, or the deck's details. */
static GtkListBoxRow *
nearest_row (VcEditorWindow *self,
             const char     *path)
{
  GtkListBoxRow *row = find_row (self, path);
  const char *slash;

  if (row != NULL)
    return row;
  slash = path ? strrchr (path, '/') : NULL;
  if (slash != NULL && is_list_item (path))
    {
      g_autofree char *array_path = g_strndup (path, slash - path);
      guint64 index = g_ascii_strtoull (slash + 1, NULL, 10);
      guint n = vc_deck_document_get_length (self->document, array_path);

      if (n > 0)
        {
          g_autofree char *other = g_strdup_printf ("%s/%u", array_path, (guint)MIN (index, n - 1));

          row = find_row (self, other);
        }
      if (row != NULL)
        return row;
    }
  return find_row (self, "");
}

static void
rebuild_rows (VcEditorWindow *self,
              GPtrArray      *entries)
{
  GtkWidget *child;
  GtkListBoxRow *row;

  self->selecting = TRUE;
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->outline, 0))) != NULL)
    gtk_list_box_remove (self->outline, child);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->outline, row_new (self, g_ptr_array_index (entries, i)));
  self->selecting = FALSE;

  row = nearest_row (self, self->selected);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->outline, row);
      if (g_strcmp0 (self->selected, g_object_get_data (G_OBJECT (row), "vc-path")) != 0)
        vc_editor_window_select (self, g_object_get_data (G_OBJECT (row), "vc-path"));
    }
  _vc_editor_window_outline_mark_problems (self);
}

static gboolean
update_outline (gpointer user_data)
{
  VcEditorWindow *self = user_data;
  g_autoptr(GPtrArray) entries = collect_entries (self);
  gboolean same = gtk_list_box_get_row_at_index (self->outline, entries->len) == NULL;

  self->outline_id = 0;

  for (guint i = 0; same && i < entries->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->outline, i);

      same = row != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (row), "vc-path"),
                                       ((Entry *)g_ptr_array_index (entries, i))->path) == 0;
    }

  if (!same)
    {
      rebuild_rows (self, entries);
      return G_SOURCE_REMOVE;
    }

  for (guint i = 0; i < entries->len; i++)
    set_row_texts (gtk_list_box_get_row_at_index (self->outline, i), g_ptr_array_index (entries, i));
  return G_SOURCE_REMOVE;
}

/**
 * _vc_editor_window_outline_update:
 * @now: whether to update at once, or a moment after the key press
 */
void
_vc_editor_window_outline_update (VcEditorWindow *self,
                                  gboolean        now)
{
  if (now)
    {
      g_clear_handle_id (&self->outline_id, g_source_remove);
      update_outline (self);
    }
  else if (self->outline_id == 0)
    /* Soon, but not in the frame of the key press, and not after every
     * frame either: drawing a large window can take all the idle time
     * while someone types. */
    self->outline_id = g_timeout_add (OUTLINE_DELAY_MS, update_outline, self);
}

/**
 * _vc_editor_window_outline_item:
 * @path: a place in a deck
 *
 * Returns: (transfer full): the item of the outline that holds @path
 */
char *
_vc_editor_window_outline_item (const char *path)
{
  static const char * const whole[] = { "/roles", "/introduction", "/closing", "/values-game/images" };
  static const char * const items[] = { "/cards/", "/values-game/words/" };

  if (path == NULL)
    return g_strdup ("");

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (g_str_has_prefix (path, items[i]) && g_ascii_isdigit (path[strlen (items[i])]))
      {
        const char *end = path + strlen (items[i]);

        while (g_ascii_isdigit (*end))
          end++;
        return g_strndup (path, end - path);
      }

  for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
    if (g_str_has_prefix (path, whole[i]) &&
        (path[strlen (whole[i])] == '\0' || path[strlen (whole[i])] == '/'))
      return g_strdup (whole[i]);

  if (g_str_has_prefix (path, "/translations/"))
    {
      const char *end = strchr (path + strlen ("/translations/"), '/');

      return end ? g_strndup (path, end - path) : g_strdup (path);
    }
  if (g_str_equal (path, "/translations"))
    return g_strdup (path);
  if (g_str_has_prefix (path, "/values-game"))
    return g_strdup ("/values-game");
  return g_strdup ("");
}

void
_vc_editor_window_outline_mark_problems (VcEditorWindow *self)
{
  g_autoptr(GHashTable) marked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = self->problems ? g_list_model_get_n_items (self->problems) : 0;
  GtkListBoxRow *row;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (self->problems, i);
      g_autofree char *pointer = vc_deck_problem_dup_pointer (problem);

      g_hash_table_add (marked, _vc_editor_window_outline_item (pointer));
    }

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->outline, i)) != NULL; i++)
    {
      GtkWidget *icon = g_object_get_data (G_OBJECT (row), "vc-problem");

      gtk_widget_set_visible (icon, g_hash_table_contains (marked, g_object_get_data (G_OBJECT (row), "vc-path")));
    }
}

static void
on_row_selected (GtkListBox     *list,
                 GtkListBoxRow  *row,
                 VcEditorWindow *self)
{
  const char *path;

  if (self->selecting || row == NULL)
    return;

  path = g_object_get_data (G_OBJECT (row), "vc-path");
  if (g_strcmp0 (path, self->selected) == 0)
    return;
  g_free (self->selected);
  self->selected = g_strdup (path);
  vc_deck_document_break_merge (self->document);
  vc_editor_form_show (self->form, path);
  _vc_editor_window_update_preview (self);
  _vc_editor_window_update_actions (self);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *section = g_object_get_data (G_OBJECT (row), "vc-section");
  const char *previous = before ? g_object_get_data (G_OBJECT (before), "vc-section") : NULL;
  GtkWidget *header = gtk_list_box_row_get_header (row);

  if (g_strcmp0 (section, previous) == 0)
    {
      if (header != NULL)
        gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (header != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (header)), section) == 0)
    return;

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "vc-editor-outline-heading");
  gtk_list_box_row_set_header (row, header);
}

void
_vc_editor_window_outline_init (VcEditorWindow *self)
{
  gtk_list_box_set_header_func (self->outline, header_func, NULL, NULL);
  g_signal_connect_object (self->outline, "row-selected", G_CALLBACK (on_row_selected), self, 0);

  self->selected = g_strdup ("");
  _vc_editor_window_outline_update (self, TRUE);
  vc_editor_form_show (self->form, "");
  _vc_editor_window_update_preview (self);
}

/**
 * vc_editor_window_select:
 * @self: a #VcEditorWindow
 * @path: a place in the deck: an item of the outline, or a field in one
 *
 * Shows the item that holds @path, and moves the keyboard to the field
 * for @path if it is a field.
 */
void
vc_editor_window_select (VcEditorWindow *self,
                         const char     *path)
{
  g_autofree char *item = NULL;
  GtkListBoxRow *row;

  g_return_if_fail (VC_IS_EDITOR_WINDOW (self));
  g_return_if_fail (path != NULL);

  _vc_editor_window_outline_update (self, TRUE);
  item = _vc_editor_window_outline_item (path);
  row = find_row (self, item);
  if (row == NULL)
    return;

  if (gtk_list_box_get_selected_row (self->outline) != row)
    gtk_list_box_select_row (self->outline, row);
  if (g_strcmp0 (self->selected, item) != 0)
    on_row_selected (self->outline, row, self);
  if (!g_str_equal (path, item))
    vc_editor_form_focus_field (self->form, path);
}

const char *
vc_editor_window_get_selected (VcEditorWindow *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_WINDOW (self), NULL);
  return self->selected;
}
