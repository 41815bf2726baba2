/* vc-deck-tree.c
 *
 * Places in a deck's JSON tree, and the changes to it json-glib lacks.
 *
 * A place is written like a JSON Pointer: "/cards/2/title" is the title of
 * the third card. json-glib can add a list item only at the end and a
 * member only after the others, so putting one back where it was, as undo
 * must, takes the items after it out and puts them back behind it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include "vc-deck-tree.h"

/* Splits "/cards/2/title" into its parts; "~1" stands for "/" and "~0"
 * for "~" in a member's name, as in a JSON Pointer. */
char **
vc_deck_tree_split_path (const char *path)
{
  char **parts;

  if (path == NULL || path[0] != '/')
    return NULL;
  if (path[1] == '\0')
    return g_new0 (char *, 1);

  parts = g_strsplit (path + 1, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strchr (parts[i], '~') != NULL)
      {
        GString *s = g_string_new (NULL);

        for (const char *p = parts[i]; *p != '\0'; p++)
          {
            if (p[0] == '~' && p[1] == '1')
              g_string_append_c (s, '/'), p++;
            else if (p[0] == '~' && p[1] == '0')
              g_string_append_c (s, '~'), p++;
            else
              g_string_append_c (s, *p);
          }
        g_free (parts[i]);
        parts[i] = g_string_free (s, FALSE);
      }
  return parts;
}

gboolean
vc_deck_tree_parse_index (const char *part,
             guint      *index)
{
  guint64 value;

  if (part[0] == '\0' || !g_ascii_isdigit (part[0]) || (part[0] == '0' && part[1] != '\0'))
    return FALSE;
  if (!g_ascii_string_to_unsigned (part, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;
  *index = value;
  return TRUE;
}

char *
vc_deck_tree_join_path (const char *container,
           const char *part)
{
  g_autofree char *escaped = NULL;

  if (strpbrk (part, "/~") != NULL)
    {
      g_autofree char *tilde = NULL;
      char **bits = g_strsplit (part, "~", -1);

      tilde = g_strjoinv ("~0", bits);
      g_strfreev (bits);
      bits = g_strsplit (tilde, "/", -1);
      escaped = g_strjoinv ("~1", bits);
      g_strfreev (bits);
      part = escaped;
    }

  if (g_str_equal (container, "/"))
    return g_strconcat ("/", part, NULL);
  return g_strconcat (container, "/", part, NULL);
}

char *
vc_deck_tree_join_index (const char *container,
            guint       index)
{
  char number[16];

  g_snprintf (number, sizeof number, "%u", index);
  return vc_deck_tree_join_path (container, number);
}

/* Splits @path into the path of its container and its last part. */
gboolean
vc_deck_tree_split_last (const char  *path,
            char       **container,
            char       **last)
{
  const char *slash;

  if (path == NULL || path[0] != '/' || path[1] == '\0')
    return FALSE;
  slash = strrchr (path, '/');
  *container = slash == path ? g_strdup ("/") : g_strndup (path, slash - path);
  *last = g_strdup (slash + 1);
  if (strchr (*last, '~') != NULL)
    {
      g_auto(GStrv) parts = vc_deck_tree_split_path (slash);

      g_free (*last);
      *last = g_strdup (parts[0]);
    }
  return TRUE;
}

JsonNode *
vc_deck_tree_lookup (JsonNode   *root,
        const char *path)
{
  g_auto(GStrv) parts = vc_deck_tree_split_path (path);
  JsonNode *node = root;

  if (parts == NULL)
    return NULL;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      guint index;

      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      else if (JSON_NODE_HOLDS_ARRAY (node) && vc_deck_tree_parse_index (parts[i], &index) &&
               index < json_array_get_length (json_node_get_array (node)))
        node = json_array_get_element (json_node_get_array (node), index);
      else
        node = NULL;
    }
  return node;
}

/**
 * vc_deck_document_deep_copy:
 * @node: a JSON node
 *
 * json_node_copy() shares the objects and lists inside a node; a copy
 * that will be changed on its own needs its own.
 *
 * Returns: (transfer full): a copy of @node that shares nothing with it
 */
JsonNode *
vc_deck_tree_deep_copy (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *source = json_node_get_object (node);
        JsonObject *object = json_object_new ();
        g_autoptr(GList) names = json_object_get_members (source);
        JsonNode *copy;

        for (const GList *l = names; l != NULL; l = l->next)
          json_object_set_member (object, l->data,
                                  vc_deck_tree_deep_copy (json_object_get_member (source, l->data)));
        copy = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return copy;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *source = json_node_get_array (node);
        JsonArray *array = json_array_sized_new (json_array_get_length (source));
        JsonNode *copy;

        for (guint i = 0; i < json_array_get_length (source); i++)
          json_array_add_element (array, vc_deck_tree_deep_copy (json_array_get_element (source, i)));
        copy = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return copy;
      }
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}


void
vc_deck_tree_array_insert (JsonArray *array,
              guint      index,
              JsonNode  *node)
{
  guint length = json_array_get_length (array);
  g_autoptr(GPtrArray) tail = g_ptr_array_new ();

  for (guint i = index; i < length; i++)
    g_ptr_array_add (tail, json_node_ref (json_array_get_element (array, i)));
  for (guint i = length; i > index; i--)
    json_array_remove_element (array, i - 1);

  json_array_add_element (array, json_node_ref (node));
  for (guint i = 0; i < tail->len; i++)
    json_array_add_element (array, g_ptr_array_index (tail, i));
}

int
vc_deck_tree_member_position (JsonObject *object,
                 const char *name)
{
  g_autoptr(GList) names = json_object_get_members (object);
  int position = 0;

  for (const GList *l = names; l != NULL; l = l->next, position++)
    if (g_str_equal (l->data, name))
      return position;
  return -1;
}

void
vc_deck_tree_object_insert (JsonObject *object,
               const char *name,
               JsonNode   *node,
               int         position)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GPtrArray) tail_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tail_nodes = g_ptr_array_new ();
  int i = 0;

  for (const GList *l = names; l != NULL; l = l->next, i++)
    if (position >= 0 && i >= position)
      {
        g_ptr_array_add (tail_names, g_strdup (l->data));
        g_ptr_array_add (tail_nodes, json_node_ref (json_object_get_member (object, l->data)));
      }
  for (guint j = 0; j < tail_names->len; j++)
    json_object_remove_member (object, g_ptr_array_index (tail_names, j));

  json_object_set_member (object, name, json_node_ref (node));
  for (guint j = 0; j < tail_names->len; j++)
    json_object_set_member (object, g_ptr_array_index (tail_names, j),
                            g_ptr_array_index (tail_nodes, j));
}
