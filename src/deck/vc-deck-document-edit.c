/* vc-deck-document-edit.c
 *
 * The changes an editor makes to a deck document: set a text or a number,
 * add, delete, duplicate and move list items. Each is one undo step.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-deck-document-private.h"
#include "vc-deck-error.h"
#include "vc-deck-tree.h"

gboolean
vc_deck_document_set_node (VcDeckDocument  *self,
                           const char      *path,
                           JsonNode        *value,
                           GError         **error)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return vc_deck_document_set_member (self, path, value, C_("undo", "Change"), error);
}

/**
 * vc_deck_document_set_string:
 * @self: a #VcDeckDocument
 * @path: the place of a member or a list item
 * @value: (nullable): the new text, or %NULL to take the member out
 * @error: return location for an error
 *
 * Typing on in one field within a moment joins one undo step. Setting an
 * item's id keeps it unique: a clash gets a number added.
 *
 * Returns: whether the deck has @value at @path now
 */
gboolean
vc_deck_document_set_string (VcDeckDocument  *self,
                             const char      *path,
                             const char      *value,
                             GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (value == NULL)
    return vc_deck_document_unset (self, path, error);
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8. Type or paste it again."));
      return FALSE;
    }

  node = json_node_init_string (json_node_alloc (), value);
  /* Translators: the name of an undo step, as in "Undo Typing" */
  return vc_deck_document_set_member (self, path, node, C_("undo", "Typing"), error);
}

gboolean
vc_deck_document_set_int (VcDeckDocument  *self,
                          const char      *path,
                          gint64           value,
                          GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  node = json_node_init_int (json_node_alloc (), value);
  return vc_deck_document_set_member (self, path, node, C_("undo", "Change"), error);
}

gboolean
vc_deck_document_set_strv (VcDeckDocument      *self,
                           const char          *path,
                           const char * const  *value,
                           GError             **error)
{
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  array = json_array_new ();
  for (guint i = 0; value != NULL && value[i] != NULL; i++)
    json_array_add_string_element (array, value[i]);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return vc_deck_document_set_member (self, path, node, C_("undo", "Change"), error);
}

/**
 * vc_deck_document_unset:
 * @self: a #VcDeckDocument
 * @path: the place of an object's member
 * @error: return location for an error
 *
 * Takes an optional member out, such as a card's notes. For a list item
 * use vc_deck_document_remove().
 */
gboolean
vc_deck_document_unset (VcDeckDocument  *self,
                        const char      *path,
                        GError         **error)
{
  g_autofree char *container_path = NULL;
  g_autofree char *member = NULL;
  JsonNode *container;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!vc_deck_tree_split_last (path, &container_path, &member) ||
      (container = vc_deck_tree_lookup (vc_deck_document_get_root (self), container_path)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (container))
    return vc_deck_document_not_found (path, error);

  return vc_deck_document_set_member (self, path, NULL, C_("undo", "Clear"), error);
}

/**
 * vc_deck_document_set_id:
 * @self: a #VcDeckDocument
 * @path: the place of an item's "id" member
 * @id: the wanted id, or any text to make one from
 * @error: return location for an error
 *
 * Sets an id made from @id that no other item of the list has.
 */
gboolean
vc_deck_document_set_id (VcDeckDocument  *self,
                         const char      *path,
                         const char      *id,
                         GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  node = json_node_init_string (json_node_alloc (), id);
  return vc_deck_document_set_member (self, path, node, C_("undo", "Change Id"), error);
}

static JsonArray *
lookup_array (VcDeckDocument  *self,
              const char      *path,
              GError         **error)
{
  JsonNode *node = vc_deck_tree_lookup (vc_deck_document_get_root (self), path);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      vc_deck_document_not_found (path, error);
      return NULL;
    }
  return json_node_get_array (node);
}

/* The formats are translations of "Delete %s" and the like. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
step_label (const char *verb_format,
            const char *array_path)
{
  return g_strdup_printf (verb_format, vc_deck_document_item_noun (array_path));
}
#pragma GCC diagnostic pop

static char *
insert_node (VcDeckDocument  *self,
             const char      *array_path,
             int              position,
             JsonNode        *item,
             const char      *label,
             GError         **error)
{
  g_autofree char *item_path = NULL;
  JsonArray *array;
  Edit *edit;
  guint length;

  if ((array = lookup_array (self, array_path, error)) == NULL)
    return NULL;

  length = json_array_get_length (array);
  if (position < 0 || (guint)position > length)
    position = length;
  item_path = vc_deck_tree_join_index (array_path, position);

  if (JSON_NODE_HOLDS_OBJECT (item) && vc_deck_document_path_has_ids (array_path))
    {
      JsonObject *object = json_node_get_object (item);
      JsonNode *id_node = json_object_get_member (object, "id");
      const char *wanted = "item";
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *id = NULL;

      if (id_node != NULL && json_node_get_value_type (id_node) == G_TYPE_STRING)
        wanted = json_node_get_string (id_node);
      else
        {
          /* A new item's id is made from what it is called. */
          static const char * const names[] = { "title", "word", "name", "caption", "text" };

          for (guint i = 0; i < G_N_ELEMENTS (names) && g_str_equal (wanted, "item"); i++)
            {
              JsonNode *name = json_object_get_member (object, names[i]);

              if (name != NULL && json_node_get_value_type (name) == G_TYPE_STRING)
                wanted = json_node_get_string (name);
            }
        }
      vc_deck_document_collect_ids (self, array_path, NULL, ids);
      id = vc_deck_document_unique_id (ids, wanted);
      item = vc_deck_tree_deep_copy (item);
      json_object_set_string_member (json_node_get_object (item), "id", id);
    }
  else
    json_node_ref (item);

  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INSERT;
  edit->container = g_strdup (array_path);
  edit->index = position;
  edit->node = item;
  vc_deck_document_record (self, edit);
  vc_deck_document_end_step (self);

  return g_steal_pointer (&item_path);
}

/**
 * vc_deck_document_insert:
 * @self: a #VcDeckDocument
 * @array_path: the place of a list
 * @position: where to put @item, or -1 for the end
 * @item: the item; it is copied if its id has to change
 * @error: return location for an error
 *
 * Returns: (transfer full): the place of the new item, or %NULL
 */
char *
vc_deck_document_insert (VcDeckDocument  *self,
                         const char      *array_path,
                         int              position,
                         JsonNode        *item,
                         GError         **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Add %s"), array_path);
  return insert_node (self, array_path, position, item, label, error);
}

/**
 * vc_deck_document_add:
 * @self: a #VcDeckDocument
 * @array_path: the place of a list, such as "/cards" or "/roles"
 * @position: where to put the new item, or -1 for the end
 * @kind: (nullable): for a card, its kind ("dilemma", "question",
 *   "statement"); otherwise %NULL
 * @error: return location for an error
 *
 * Adds a new item of the sort the list holds, with a fresh id and texts
 * that say what to write.
 *
 * Returns: (transfer full): the place of the new item, or %NULL
 */
char *
vc_deck_document_add (VcDeckDocument  *self,
                      const char      *array_path,
                      int              position,
                      const char      *kind,
                      GError         **error)
{
  g_autoptr(JsonNode) item = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if (lookup_array (self, array_path, error) == NULL)
    return NULL;
  item = vc_deck_document_new_item (self, array_path, kind, error);
  if (item == NULL)
    return NULL;
  return vc_deck_document_insert (self, array_path, position, item, error);
}

static gboolean
split_item_path (VcDeckDocument  *self,
                 const char      *path,
                 char           **array_path,
                 JsonArray      **array,
                 guint           *index,
                 GError         **error)
{
  g_autofree char *last = NULL;

  if (!vc_deck_tree_split_last (path, array_path, &last) ||
      (*array = lookup_array (self, *array_path, NULL)) == NULL ||
      !vc_deck_tree_parse_index (last, index) || *index >= json_array_get_length (*array))
    return vc_deck_document_not_found (path, error);
  return TRUE;
}

gboolean
vc_deck_document_remove (VcDeckDocument  *self,
                         const char      *path,
                         GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  JsonArray *array;
  guint index;
  Edit *edit;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return FALSE;

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Delete %s"), array_path);
  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_REMOVE;
  edit->container = g_steal_pointer (&array_path);
  edit->index = index;
  edit->node = json_node_ref (json_array_get_element (array, index));
  vc_deck_document_record (self, edit);
  vc_deck_document_end_step (self);
  return TRUE;
}

/**
 * vc_deck_document_move:
 * @self: a #VcDeckDocument
 * @path: the place of a list item
 * @position: where it goes in the list, counted as if it were not in it
 * @error: return location for an error
 */
gboolean
vc_deck_document_move (VcDeckDocument  *self,
                       const char      *path,
                       guint            position,
                       GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  JsonArray *array;
  guint index;
  Edit *edit;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return FALSE;
  position = MIN (position, json_array_get_length (array) - 1);
  if (position == index)
    return TRUE;

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Move %s"), array_path);
  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_MOVE;
  edit->container = g_steal_pointer (&array_path);
  edit->index = index;
  edit->to = position;
  vc_deck_document_record (self, edit);
  vc_deck_document_end_step (self);
  return TRUE;
}

/**
 * vc_deck_document_duplicate:
 * @self: a #VcDeckDocument
 * @path: the place of a list item
 * @error: return location for an error
 *
 * Puts a copy of the item right after it, with an id of its own.
 *
 * Returns: (transfer full): the place of the copy, or %NULL
 */
char *
vc_deck_document_duplicate (VcDeckDocument  *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  g_autoptr(JsonNode) copy = NULL;
  JsonArray *array;
  guint index;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return NULL;

  copy = vc_deck_tree_deep_copy (json_array_get_element (array, index));
  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Duplicate %s"), array_path);
  return insert_node (self, array_path, index + 1, copy, label, error);
}
