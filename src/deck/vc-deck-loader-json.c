/* vc-deck-loader-json.c
 *
 * Reading a deck's JSON with its places: members, types, texts, ids and
 * lists read and checked one at a time, each problem reported where it is
 * in words a person understands.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck-loader.h"
#include "vc-deck-loader-private.h"
#include "vc-deck-location.h"
#include "vc-deck-private.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

static const char *
translate_name (const char *msgid,
                gpointer    user_data)
{
  return loader_translate (user_data, msgid);
}

/* Keeps a problem, or only counts it once VC_DECK_MAX_PROBLEMS are kept, so
 * that a deck with half a million problems costs little more than one with
 * a few. The first error is always kept whole, for loader_finish(). */
gboolean
loader_count_only (Loader         *l,
                   VcDeckSeverity  severity)
{
  gboolean is_error = severity == VC_DECK_SEVERITY_ERROR;

  if (is_error)
    l->n_errors++;

  if (g_list_model_get_n_items (G_LIST_MODEL (l->problems)) < VC_DECK_MAX_PROBLEMS)
    return FALSE;

  if (is_error && l->first_error == NULL)
    return FALSE;

  l->n_more++;
  l->more_errors |= is_error;
  return TRUE;
}

static void
keep_problem (Loader        *l,
              VcDeckProblem *problem)
{
  gboolean is_error = vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR;

  /* Beyond the limit only the first error gets this far: it is listed all
   * the same, since it is the one the deck fails with. */
  if (is_error && l->first_error == NULL)
    l->first_error = g_object_ref (problem);

  g_list_store_append (l->problems, problem);
  if (!is_error)
    g_list_store_append (l->deck->warnings, problem);
}

void
loader_report_at (Loader         *l,
                  VcDeckSeverity  severity,
                  VcDeckError     code,
                  const char     *hint,
                  const char     *format,
                  ...)
{
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autofree char *message = NULL;
  g_autofree char *place = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  problem = vc_deck_problem_new (severity, code, 0, 0, l->path->str, message, hint);
  place = vc_deck_describe_path (l->root, l->path->str, translate_name, l);
  vc_deck_problem_set_place (problem, place);
  keep_problem (l, problem);
}


void
loader_report_file (Loader      *l,
             VcDeckError  code,
             guint        line,
             guint        column,
             const char  *message,
             const char  *hint)
{
  g_autoptr(VcDeckProblem) problem = NULL;

  if (loader_count_only (l, VC_DECK_SEVERITY_ERROR))
    return;

  problem = vc_deck_problem_new (VC_DECK_SEVERITY_ERROR, code, line, column, NULL, message, hint);
  keep_problem (l, problem);
}

/* The JSON path of the value being read grows and shrinks as the reader
 * walks the tree; push returns the length to go back to. */
gsize
loader_push_member (Loader     *l,
                    const char *name)
{
  return vc_json_path_push_member (l->path, name);
}

gsize
loader_push_index (Loader *l,
                   guint   index)
{
  return vc_json_path_push_index (l->path, index);
}

void
loader_pop (Loader *l,
            gsize   len)
{
  vc_json_path_pop (l->path, len);
}

gboolean
loader_is_blank (const char *s)
{
  for (; *s; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

static gboolean
is_valid_id (const char *s)
{
  gsize len = strlen (s);

  if (len == 0 || len > 128 || !g_ascii_isalnum (s[0]))
    return FALSE;

  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-')
      return FALSE;

  return TRUE;
}

gboolean
loader_is_valid_language (const char *s)
{
  gsize i = 0;

  while (g_ascii_islower (s[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;

  while (s[i] == '_' || s[i] == '-')
    {
      gsize start = ++i;

      while (g_ascii_isalnum (s[i]))
        i++;
      if (i == start)
        return FALSE;
    }

  return s[i] == '\0';
}

const char *
loader_translate (Loader     *l,
                  const char *msgid)
{
  if (l->flags & VC_DECK_LOAD_NO_TRANSLATE)
    return msgid;
  if (l->catalog != NULL)
    return vc_catalog_lookup (l->catalog, msgid);
  if (l->domain != NULL)
    return dgettext (l->domain, msgid);
  return msgid;
}

const char *
loader_json_type_label (JsonNode *node)
{
  return vc_json_type_label (node);
}

void
loader_check_members (Loader             *l,
                      JsonObject         *object,
                      const char * const *known)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (known, name))
        {
          gsize len = loader_push_member (l, name);

          warning_at (l, VC_DECK_ERROR_UNKNOWN_MEMBER,
                      _("Check the spelling; the app ignores this member."),
                      _("“%s” is not part of the deck format."), name);
          loader_pop (l, len);
        }
    }
}

/* Reads one member and checks that it is there if required. The path is left
 * pointing at the member; the caller pops it. */
JsonNode *
loader_get_member (Loader     *l,
                   JsonObject *object,
                   const char *name,
                   gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    error_at (l, VC_DECK_ERROR_MISSING_FIELD,
              _("Add this member; every deck of this kind needs it."),
              _("“%s” is missing."), name);

  return node;
}

gboolean
loader_expect_type (Loader     *l,
                    JsonNode   *node,
                    JsonNodeType type,
                    GType       value_type)
{
  const char *wanted;

  if (JSON_NODE_TYPE (node) == type &&
      (type != JSON_NODE_VALUE || json_node_get_value_type (node) == value_type))
    return TRUE;

  if (type == JSON_NODE_OBJECT)
    wanted = _("an object");
  else if (type == JSON_NODE_ARRAY)
    wanted = _("a list");
  else if (value_type == G_TYPE_STRING)
    wanted = _("text");
  else
    wanted = _("a whole number");

  /* Translators: "This must be text, not a number." */
  error_at (l, VC_DECK_ERROR_WRONG_TYPE,
            _("Change the value to the right type."),
            _("This must be %s, not %s."), wanted, loader_json_type_label (node));
  return FALSE;
}

static gboolean
has_direction_control (const char *s)
{
  /* Every one of them starts with one of these bytes, which never stand
   * inside a character, so the search may go on from the next byte. */
  for (; (s = strpbrk (s, "\xd8\xe2")) != NULL; s++)
    {
      gunichar c = g_utf8_get_char (s);

      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
          c == 0x200e || c == 0x200f || c == 0x061c)
        return TRUE;
    }

  return FALSE;
}

/* A text no card needs is never kept, so it never reaches a label; a text
 * that may read differently from what it holds gets a warning. */
static gboolean
check_text (Loader      *l,
            const char  *value,
            StringFlags  flags)
{
  glong max = (flags & STRING_SHORT) ? VC_DECK_MAX_SHORT_TEXT : VC_DECK_MAX_LONG_TEXT;
  glong length;

  /* Only a text with more bytes than the limit can have more characters. */
  if (strlen (value) > (gsize)max && (length = g_utf8_strlen (value, -1)) > max)
    {
      error_at (l, VC_DECK_ERROR_TEXT_TOO_LONG,
                (flags & STRING_SHORT) ? _("Shorten the text; a title, name or word must fit on one line.")
                                       : _("Shorten the text, or split it over several cards."),
                _("The text has %ld characters; it can have at most %ld."),
                length, max);
      return FALSE;
    }

  if (has_direction_control (value))
    warning_at (l, VC_DECK_ERROR_TEXT_DIRECTION,
                _("Remove the invisible characters that change the direction of the text, unless the language needs them."),
                _("The text contains characters that change the reading direction, so it may read differently from what it says."));

  return TRUE;
}

char *
loader_read_string_node (Loader      *l,
                         JsonNode    *node,
                         StringFlags  flags)
{
  const char *value;

  if (!loader_expect_type (l, node, JSON_NODE_VALUE, G_TYPE_STRING))
    return NULL;

  value = json_node_get_string (node);
  if (loader_is_blank (value))
    {
      if (flags & (STRING_REQUIRED | STRING_TRANSLATABLE))
        error_at (l, VC_DECK_ERROR_EMPTY_TEXT,
                  _("Write the text, or remove the member if it is optional."),
                  _("The text is empty."));
      return NULL;
    }

  if (!(flags & STRING_DATA) && !check_text (l, value, flags))
    return NULL;

  if (flags & STRING_TRANSLATABLE)
    {
      if (l->flags & VC_DECK_LOAD_COLLECT_STRINGS)
        {
          VcDeckString *string = g_new0 (VcDeckString, 1);

          string->msgid = g_strdup (value);
          string->path = g_strdup (l->path->str);
          g_ptr_array_add (l->deck->strings, string);
        }

      value = loader_translate (l, value);
    }

  return g_strdup (value);
}

char *
loader_read_string (Loader      *l,
                    JsonObject  *object,
                    const char  *name,
                    StringFlags  flags)
{
  static const char * const short_members[] = {
    "title", "subtitle", "word", "name", "label", "kind", "version", "license",
    "source-language", "translation-domain", "group", "caption", NULL
  };
  gsize len = loader_push_member (l, name);
  JsonNode *node = loader_get_member (l, object, name, flags & STRING_REQUIRED);
  char *value;

  if (g_strv_contains (short_members, name))
    flags |= STRING_SHORT;
  value = node ? loader_read_string_node (l, node, flags) : NULL;

  loader_pop (l, len);
  return value;
}

char *
loader_read_id (Loader     *l,
                JsonObject *object,
                GHashTable *seen)
{
  gsize len = loader_push_member (l, "id");
  JsonNode *node = loader_get_member (l, object, "id", TRUE);
  char *id = node ? loader_read_string_node (l, node, STRING_REQUIRED | STRING_SHORT) : NULL;

  if (id != NULL && !is_valid_id (id))
    {
      error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Use only letters a–z, digits, dots, hyphens and underscores, starting with a letter or digit."),
                _("“%s” is not a valid id."), id);
    }
  else if (id != NULL && seen != NULL)
    {
      if (g_hash_table_contains (seen, id))
        error_at (l, VC_DECK_ERROR_DUPLICATE_ID,
                  _("Give each one an id of its own."),
                  _("The id “%s” is used more than once."), id);
      else
        g_hash_table_add (seen, g_strdup (id));
    }

  loader_pop (l, len);
  return id;
}

JsonArray *
loader_read_array (Loader     *l,
                   JsonObject *object,
                   const char *name,
                   gboolean    required,
                   guint       min_items)
{
  gsize len = loader_push_member (l, name);
  JsonNode *node = loader_get_member (l, object, name, required);
  JsonArray *array = NULL;

  if (node != NULL && loader_expect_type (l, node, JSON_NODE_ARRAY, G_TYPE_INVALID))
    {
      array = json_node_get_array (node);
      if (json_array_get_length (array) < min_items)
        {
          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Add the missing entries, or remove the list if it is optional."),
                    g_dngettext (GETTEXT_PACKAGE,
                                 "The list needs at least %u entry.",
                                 "The list needs at least %u entries.", min_items),
                    min_items);
          array = NULL;
        }
    }

  loader_pop (l, len);
  return array;
}

JsonObject *
loader_read_object_node (Loader   *l,
                         JsonNode *node)
{
  if (!loader_expect_type (l, node, JSON_NODE_OBJECT, G_TYPE_INVALID))
    return NULL;
  return json_node_get_object (node);
}

/* Reads the list @name of @object, handing each entry to @func with the path
 * pointing at it. Returns the number of entries, or -1 when there is no list. */
int
loader_read_list (Loader       *l,
                  JsonObject   *object,
                  const char   *name,
                  gboolean      required,
                  guint         min_items,
                  ReadItemFunc  func,
                  gpointer      user_data)
{
  JsonArray *array = loader_read_array (l, object, name, required, min_items);
  guint n, max;
  gsize len;

  if (array == NULL)
    return -1;

  n = json_array_get_length (array);
  len = loader_push_member (l, name);

  /* The entries beyond the limit are not read at all. */
  max = g_str_equal (l->path->str, "$.cards") ? VC_DECK_MAX_CARDS : VC_DECK_MAX_ITEMS;
  if (n > max)
    {
      error_at (l, VC_DECK_ERROR_TOO_MANY,
                _("Split the list into several, or into several decks."),
                _("The list has %u entries; it can have at most %u."),
                n, max);
      n = max;
    }

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = loader_push_index (l, i);

      func (l, json_array_get_element (array, i), user_data);
      loader_pop (l, ilen);
    }
  loader_pop (l, len);

  return n;
}

gboolean
loader_read_int (Loader     *l,
                 JsonObject *object,
                 const char *name,
                 gint64      min,
                 gint64      max,
                 guint      *value)
{
  gsize len = loader_push_member (l, name);
  JsonNode *node = loader_get_member (l, object, name, FALSE);
  gboolean ret = FALSE;

  if (node != NULL && loader_expect_type (l, node, JSON_NODE_VALUE, G_TYPE_INT64))
    {
      gint64 v = json_node_get_int (node);

      if (v < min || v > max)
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Use a number in the allowed range."),
                  _("%lld is out of range; use %lld to %lld."),
                  (long long)v, (long long)min, (long long)max);
      else
        {
          *value = (guint)v;
          ret = TRUE;
        }
    }

  loader_pop (l, len);
  return ret;
}

typedef struct
{
  GPtrArray   *strings;
  StringFlags  flags;
} StringListData;

static void
read_string_item (Loader   *l,
                  JsonNode *node,
                  gpointer  user_data)
{
  StringListData *data = user_data;
  char *value = loader_read_string_node (l, node, data->flags | STRING_REQUIRED);

  if (value != NULL)
    g_ptr_array_add (data->strings, value);
}

/* A list of strings; NULL if absent or wrong. */
char **
loader_read_string_list (Loader      *l,
                         JsonObject  *object,
                         const char  *name,
                         gboolean     required,
                         guint        min_items,
                         StringFlags  flags)
{
  static const char * const short_lists[] = { "options", "tags", "authors", "audience", "formats", NULL };
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  StringListData data = { strings, flags };

  if (g_strv_contains (short_lists, name))
    data.flags |= STRING_SHORT;

  if (loader_read_list (l, object, name, required, min_items, read_string_item, &data) < 0)
    return NULL;

  g_ptr_array_add (strings, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&strings), FALSE);
}
