/* vc-deck-location.c
 *
 * Where in a deck a problem is, said in words: "card 3, its title".
 *
 * Deck authors are care staff, not programmers: "$.cards[2].title" counts
 * from zero and names members in English. This turns such a path into the
 * words of the app, counting from one and naming a card, a value word or a
 * role by what the deck calls it, so the author can find it in the file or
 * in the app.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-location.h"

/* What an entry of a list is called, and which of its members names it. */
static const struct
{
  const char *list;
  const char *entry;        /* "card %u" */
  const char *named_entry;  /* "card %u (“%s”)" */
  const char *name_member;
} lists[] = {
  /* Translators: where a problem is in a deck: the third card is "card 3" */
  { "cards", N_("card %u"), N_("card %u (“%s”)"), "title" },
  { "words", N_("value word %u"), N_("value word %u (“%s”)"), "word" },
  { "images", N_("picture %u"), N_("picture %u (“%s”)"), "caption" },
  { "roles", N_("role %u"), N_("role %u (“%s”)"), "name" },
  { "stages", N_("part %u"), NULL, NULL },
  { "questions", N_("question %u"), NULL, NULL },
  { "options", N_("answer option %u"), NULL, NULL },
  { "actions", N_("alternative action %u"), N_("alternative action %u (“%s”)"), "label" },
  { "steps", N_("step %u"), N_("step %u (“%s”)"), "title" },
  { "ground-rules", N_("ground rule %u"), NULL, NULL },
  { "tags", N_("tag %u"), NULL, NULL },
  { "authors", N_("author %u"), NULL, NULL },
  { "audience", N_("audience entry %u"), NULL, NULL },
  { "formats", N_("meeting format %u"), NULL, NULL },
};

/* What a member is called, after the thing it belongs to: "card 3, its title". */
static const struct
{
  const char *member;
  const char *label;
} members[] = {
  /* Translators: a member of a card or another part of a deck, as in "card 3, its title" */
  { "title", N_("its title") },
  { "subtitle", N_("its subtitle") },
  { "description", N_("its description") },
  { "id", N_("its id") },
  { "kind", N_("its kind") },
  { "text", N_("its text") },
  { "prompt", N_("its prompt") },
  { "group", N_("its group") },
  { "tags", N_("its tags") },
  { "minutes", N_("its minutes") },
  { "facilitator-notes", N_("its notes for the facilitator") },
  { "stages", N_("its parts") },
  { "questions", N_("its questions") },
  { "options", N_("its answer options") },
  { "actions", N_("its alternative actions") },
  { "label", N_("its label") },
  { "word", N_("its word") },
  { "definition", N_("its definition") },
  { "file", N_("its file") },
  { "alt", N_("its alternative text") },
  { "caption", N_("its caption") },
  { "name", N_("its name") },
  { "purpose", N_("its purpose") },
  { "ground-rules", N_("its ground rules") },
  { "steps", N_("its steps") },
  { "instructions", N_("its instructions") },
  { "words", N_("its value words") },
  { "images", N_("its pictures") },
  { "format-version", N_("its format version") },
  { "version", N_("its version") },
  { "source-language", N_("its source language") },
  { "translation-domain", N_("its translation domain") },
  { "authors", N_("its authors") },
  { "license", N_("its licence") },
  { "audience", N_("its audience") },
  { "formats", N_("its meeting formats") },
  { "minutes-per-card", N_("its minutes per card") },
  { "roles", N_("its roles") },
  { "introduction", N_("its introduction") },
  { "closing", N_("its closing card") },
  { "values-game", N_("its values game") },
  { "cards", N_("its cards") },
  { "translations", N_("its translations") },
};

/* Parts of a deck that are one object, not a list. */
static const struct
{
  const char *member;
  const char *label;
} objects[] = {
  { "introduction", N_("the introduction") },
  { "closing", N_("the closing card") },
  { "values-game", N_("the values game") },
};

#define MAX_NAME_CHARS 40

static char *
shorten (const char *text)
{
  g_autofree char *line = g_strdup (text);
  char *newline = strchr (line, '\n');

  if (newline != NULL)
    *newline = '\0';
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) <= MAX_NAME_CHARS)
    return g_steal_pointer (&line);

  {
    g_autofree char *start = g_utf8_substring (line, 0, MAX_NAME_CHARS - 1);

    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

static const char *
member_label (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (g_str_equal (members[i].member, member))
      return _(members[i].label);
  return NULL;
}

static const char *
object_label (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    if (g_str_equal (objects[i].member, member))
      return _(objects[i].label);
  return NULL;
}

/* The formats come from the tables above, each with one number and maybe
 * one name, in that order. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

static char *
entry_label (const char          *list,
             guint                index,
             JsonNode            *entry,
             VcDeckTranslateFunc  translate,
             gpointer             user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      JsonObject *object;
      const char *name = NULL;

      if (!g_str_equal (lists[i].list, list))
        continue;

      if (entry != NULL && lists[i].name_member != NULL && JSON_NODE_HOLDS_OBJECT (entry))
        {
          object = json_node_get_object (entry);
          if (json_object_has_member (object, lists[i].name_member) &&
              JSON_NODE_HOLDS_VALUE (json_object_get_member (object, lists[i].name_member)) &&
              json_node_get_value_type (json_object_get_member (object, lists[i].name_member)) == G_TYPE_STRING)
            name = json_object_get_string_member (object, lists[i].name_member);
        }

      if (name != NULL && lists[i].named_entry != NULL)
        {
          g_autofree char *shown = shorten (translate ? translate (name, user_data) : name);

          if (shown[0] != '\0')
            return g_strdup_printf (_(lists[i].named_entry), index + 1, shown);
        }
      return g_strdup_printf (_(lists[i].entry), index + 1);
    }

  /* Translators: an entry of a list the app has no word for: "entry 2 of “colours”" */
  return g_strdup_printf (_("entry %u of “%s”"), index + 1, list);
}

#pragma GCC diagnostic pop

static JsonNode *
child_member (JsonNode   *node,
              const char *name)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_get_member (json_node_get_object (node), name);
}

static JsonNode *
child_element (JsonNode *node,
               guint     index)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  return index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
}

/**
 * vc_deck_describe_path:
 * @root: (nullable): the deck as read, to name cards and words by their titles
 * @path: a JSON path as the loader writes it, such as `$.cards[2].title`
 * @translate: (nullable): translates those titles into the user's language
 * @user_data: data for @translate
 *
 * Returns: (transfer full) (nullable): the place in the user's language, such
 *   as "card 3 (“A familiar name”), its title", or %NULL for the whole deck
 */
char *
vc_deck_describe_path (JsonNode            *root,
                       const char          *path,
                       VcDeckTranslateFunc  translate,
                       gpointer             user_data)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pending = NULL;
  JsonNode *node = root;
  const char *p;
  gboolean at_root = TRUE;

  g_return_val_if_fail (path != NULL, NULL);

  if (path[0] != '$')
    return NULL;

  /* A member name is held back until it is known whether an index follows:
   * "cards" then [2] is "card 3", "title" at the end is "its title". */
  for (p = path + 1; *p != '\0';)
    {
      if (*p == '.')
        {
          const char *start = ++p;

          while (*p != '\0' && *p != '.' && *p != '[')
            p++;

          if (pending != NULL)
            {
              const char *label = object_label (pending);
              g_autofree char *next = g_strndup (start, p - start);

              /* The values game holds the words and the pictures, which
               * say enough on their own. */
              if (g_str_equal (pending, "values-game") &&
                  (g_str_equal (next, "words") || g_str_equal (next, "images")))
                ;
              else if (at_root && g_str_equal (pending, "translations"))
                {
                  /* Translators: the embedded translation for a language, "the translation “sv”" */
                  g_ptr_array_add (parts, g_strdup_printf (_("the translation “%s”"), next));
                  node = NULL;
                  g_clear_pointer (&pending, g_free);
                  at_root = FALSE;
                  continue;
                }
              else if (label != NULL)
                g_ptr_array_add (parts, g_strdup (label));
              else
                g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), pending));
              node = child_member (node, pending);
              at_root = FALSE;
              g_clear_pointer (&pending, g_free);
            }
          pending = g_strndup (start, p - start);
        }
      else if (*p == '[')
        {
          char *end = NULL;
          guint64 index = g_ascii_strtoull (p + 1, &end, 10);
          JsonNode *list;

          if (end == NULL || *end != ']' || pending == NULL)
            return NULL;
          p = end + 1;

          list = child_member (node, pending);
          node = child_element (list, (guint)index);
          g_ptr_array_add (parts, entry_label (pending, (guint)index, node, translate, user_data));
          g_clear_pointer (&pending, g_free);
          at_root = FALSE;
        }
      else
        return NULL;
    }

  if (pending != NULL)
    {
      const char *label = member_label (pending);

      if (at_root)
        /* Translators: the deck as a whole, before one of its members: "the deck, its title" */
        g_ptr_array_add (parts, g_strdup (_("the deck")));

      if (label != NULL)
        g_ptr_array_add (parts, g_strdup (label));
      else
        /* Translators: a member the app does not know, "the deck, “colour”" */
        g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), pending));
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of a place in a deck: "card 3, question 2" */
  return g_strjoinv (C_("deck location", ", "), (char **)parts->pdata);
}
