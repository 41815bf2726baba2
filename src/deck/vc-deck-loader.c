/* vc-deck-loader.c
 *
 * Reading and checking deck files.
 *
 * Decks come from colleagues by mail, so every byte is treated as hostile:
 * the file is checked for size, encoding and nesting before json-glib sees
 * it, every member is checked for type and meaning, and every problem is
 * collected in one pass so an author can fix them all at once. A deck with
 * any error is never handed out half-loaded.
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

static void
loader_clear (Loader *l)
{
  g_clear_object (&l->deck);
  g_clear_object (&l->problems);
  if (l->path)
    g_string_free (l->path, TRUE);
  g_clear_pointer (&l->base_dir, g_free);
  g_clear_pointer (&l->catalog, vc_catalog_free);
  g_clear_pointer (&l->domain, g_free);
  g_clear_pointer (&l->card_ids, g_hash_table_unref);
  g_clear_object (&l->first_error);
}

static void
loader_init (Loader          *l,
             const char      *base_dir,
             VcDeckLoadFlags  flags)
{
  memset (l, 0, sizeof *l);
  l->deck = _vc_deck_new ();
  l->problems = g_list_store_new (VC_TYPE_DECK_PROBLEM);
  l->path = g_string_new ("$");
  l->flags = flags;
  l->base_dir = g_strdup (base_dir);
  l->card_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static const char *
translate_name (const char *msgid,
                gpointer    user_data)
{
  return loader_translate (user_data, msgid);
}

/* Keeps a problem, or only counts it once VC_DECK_MAX_PROBLEMS are kept, so
 * that a deck with half a million problems costs little more than one with
 * a few. The first error is always kept whole, for finish(). */
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


static void
report_file (Loader      *l,
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

static gboolean
is_valid_language (const char *s)
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
  for (; *s; s = g_utf8_next_char (s))
    {
      gunichar c;

      /* Every one of them starts with one of these bytes. */
      if ((guchar)*s != 0xd8 && (guchar)*s != 0xe2)
        continue;

      c = g_utf8_get_char (s);
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
  static const char * const short_lists[] = { "options", "tags", "authors", "audience", NULL };
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  StringListData data = { strings, flags };

  if (g_strv_contains (short_lists, name))
    data.flags |= STRING_SHORT;

  if (loader_read_list (l, object, name, required, min_items, read_string_item, &data) < 0)
    return NULL;

  g_ptr_array_add (strings, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&strings), FALSE);
}

typedef struct
{
  GPtrArray  *items;
  GHashTable *ids;
} IdListData;

static void
read_role_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "id", "name", "description", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  VcRole *role;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  role = g_new0 (VcRole, 1);
  role->id = loader_read_id (l, item, data->ids);
  role->name = loader_read_string (l, item, "name", STRING_REQUIRED | STRING_TRANSLATABLE);
  role->description = loader_read_string (l, item, "description", STRING_TRANSLATABLE);
  g_ptr_array_add (data->items, role);
}


static void
read_step_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "title", "text", NULL };
  VcIntroduction *intro = user_data;
  JsonObject *step = loader_read_object_node (l, node);
  char *title, *text;
  guint n;

  if (step == NULL)
    return;

  loader_check_members (l, step, known);
  title = loader_read_string (l, step, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  text = loader_read_string (l, step, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
  if (title == NULL || text == NULL)
    {
      g_free (title);
      g_free (text);
      return;
    }

  n = intro->step_titles ? g_strv_length (intro->step_titles) : 0;
  intro->step_titles = g_renew (char *, intro->step_titles, n + 2);
  intro->step_texts = g_renew (char *, intro->step_texts, n + 2);
  intro->step_titles[n] = title;
  intro->step_texts[n] = text;
  intro->step_titles[n + 1] = NULL;
  intro->step_texts[n + 1] = NULL;
}

static void
read_introduction (Loader     *l,
                   JsonObject *root)
{
  static const char * const known[] = { "title", "purpose", "ground-rules", "steps", NULL };
  VcIntroduction *intro;
  JsonObject *object;
  JsonNode *node;
  gsize len = loader_push_member (l, "introduction");

  node = loader_get_member (l, root, "introduction", FALSE);
  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  loader_check_members (l, object, known);
  intro = g_new0 (VcIntroduction, 1);
  l->deck->introduction = intro;
  intro->title = loader_read_string (l, object, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  intro->purpose = loader_read_string (l, object, "purpose", STRING_TRANSLATABLE);
  intro->ground_rules = loader_read_string_list (l, object, "ground-rules", FALSE, 1, STRING_TRANSLATABLE);

  loader_read_list (l, object, "steps", FALSE, 1, read_step_item, intro);

  if (intro->purpose == NULL && intro->ground_rules == NULL && intro->step_titles == NULL &&
      !json_object_has_member (object, "purpose") &&
      !json_object_has_member (object, "ground-rules") &&
      !json_object_has_member (object, "steps"))
    error_at (l, VC_DECK_ERROR_INVALID_VALUE,
              _("Add “purpose”, “ground-rules” or “steps”."),
              _("The introduction has nothing to show."));

  loader_pop (l, len);
}


static gboolean
is_base64 (const char *s)
{
  gsize n = 0;

  for (; *s; s++, n++)
    if (!g_ascii_isalnum (*s) && *s != '+' && *s != '/' && *s != '=')
      return FALSE;

  return n % 4 == 0;
}

static GBytes *
decode_data_uri (const char  *uri,
                 char       **mime_type)
{
  const char *comma = strchr (uri, ',');
  g_autofree char *header = NULL;
  gboolean base64;

  if (!g_str_has_prefix (uri, "data:") || comma == NULL)
    return NULL;

  header = g_strndup (uri + 5, comma - uri - 5);
  base64 = g_str_has_suffix (header, ";base64");
  if (base64)
    header[strlen (header) - 7] = '\0';
  *mime_type = g_strdup (header);

  if (base64)
    {
      gsize len;
      guchar *data;

      if (!is_base64 (comma + 1))
        return NULL;
      data = g_base64_decode (comma + 1, &len);
      return g_bytes_new_take (data, len);
    }

  return g_uri_unescape_bytes (comma + 1, -1, NULL, NULL);
}

static gboolean
has_scheme (const char *s)
{
  gsize i = 0;

  if (!g_ascii_isalpha (s[0]))
    return FALSE;
  while (g_ascii_isalnum (s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
    i++;
  return s[i] == ':';
}

/* A picture that is missing or cannot be read does not stop the deck: the
 * author hears about it, and the game shows a frame in its place. Pictures
 * that point outside the deck stay errors, because that is never an accident
 * of copying. */
static VcDeckImage *
picture_missing (Loader      *l,
                 VcDeckError  code,
                 const char  *hint,
                 const char  *message)
{
  g_autofree char *full_hint = NULL;
  const char *until_then;

  /* Translators: said after how to fix a missing picture */
  until_then = _("Until then, the deck shows a frame with the picture’s description in its place.");
  full_hint = hint ? g_strdup_printf ("%s %s", hint, until_then) : g_strdup (until_then);

  warning_at (l, code, full_hint, "%s", message);
  return vc_deck_image_new_missing ();
}

static VcDeckImage *
load_image_file (Loader     *l,
                 const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *full = NULL;
  g_autofree char *real = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) segments = NULL;
  VcDeckImage *image;

  if (g_str_has_prefix (file, "data:"))
    {
      g_autofree char *mime_type = NULL;

      bytes = decode_data_uri (file, &mime_type);
      if (bytes == NULL ||
          !(g_str_equal (mime_type, "image/svg+xml") ||
            g_str_equal (mime_type, "image/png") ||
            g_str_equal (mime_type, "image/jpeg")))
        {
          error_at (l, VC_DECK_ERROR_IMAGE_INVALID,
                    _("Embed the picture as data:image/svg+xml, data:image/png or data:image/jpeg, in base64."),
                    _("The embedded picture cannot be decoded."));
          return NULL;
        }
    }
  else if (file[0] == '/' || file[0] == '~' || file[0] == '\\' ||
           (g_ascii_isalpha (file[0]) && file[1] == ':' && (file[2] == '\\' || file[2] == '/')))
    {
      error_at (l, VC_DECK_ERROR_IMAGE_ABSOLUTE,
                _("Put the picture in the deck’s folder and give its path relative to the deck, or embed it as a data: URI."),
                _("The picture is given with an absolute path, which will not exist on a colleague’s computer."));
      return NULL;
    }
  else if (has_scheme (file))
    {
      error_at (l, VC_DECK_ERROR_IMAGE_REMOTE,
                _("Save the picture into the deck’s folder, or embed it as a data: URI."),
                _("Decks never load pictures from the internet or from other places."));
      return NULL;
    }
  else
    {
      if (strchr (file, '\\') != NULL)
        {
          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Separate folders with forward slashes (/)."),
                    _("The path of the picture contains a backslash."));
          return NULL;
        }

      segments = g_strsplit (file, "/", -1);
      for (guint i = 0; segments[i] != NULL; i++)
        if (g_str_equal (segments[i], ".."))
          {
            error_at (l, VC_DECK_ERROR_IMAGE_OUTSIDE,
                      _("Move the picture into the deck’s folder or a folder inside it."),
                      _("The picture lies outside the deck’s folder."));
            return NULL;
          }

      if (l->base_dir == NULL)
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("The picture “%s” cannot be found, because the deck was not opened from a folder."), file);
          return picture_missing (l, VC_DECK_ERROR_IMAGE_MISSING,
                                  _("Embed the picture as a data: URI."), message);
        }

      full = g_build_filename (l->base_dir, file, NULL);
      real = realpath (full, NULL);
      if (real == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The picture “%s” does not exist."), file);

          return picture_missing (l, VC_DECK_ERROR_IMAGE_MISSING,
                                  _("Check the file name, including capital letters, and that the picture was copied with the deck."),
                                  message);
        }

      /* Resolving symbolic links must not lead out of the deck's folder. */
      prefix = g_strconcat (l->base_dir, G_DIR_SEPARATOR_S, NULL);
      if (!g_str_has_prefix (real, prefix))
        {
          error_at (l, VC_DECK_ERROR_IMAGE_OUTSIDE,
                    _("Copy the picture itself into the deck’s folder instead of linking to it."),
                    _("The picture “%s” leads outside the deck’s folder."), file);
          return NULL;
        }

      bytes = vc_json_read_file (real, VC_JSON_READ_DEFAULT, VC_DECK_MAX_IMAGE_SIZE,
                                 VC_DECK_ERROR_IMAGE_NOT_REGULAR,
                                 VC_DECK_ERROR_IMAGE_TOO_LARGE, &error);
      if (bytes == NULL)
        {
          VcDeckError code = error->code == VC_DECK_ERROR_IO || error->code == VC_DECK_ERROR_NOT_FOUND
                               ? VC_DECK_ERROR_IMAGE_MISSING : error->code;

          return picture_missing (l, code,
                                  code == VC_DECK_ERROR_IMAGE_TOO_LARGE
                                    ? _("Make the picture smaller, or save it as SVG or JPEG.")
                                    : _("Point to a picture file."),
                                  error->message);
        }
    }

  image = (l->flags & VC_DECK_LOAD_TRUSTED) ? vc_deck_image_new_from_bytes (bytes, &error)
                                            : vc_deck_image_new_untrusted (bytes, &l->picture_time, &error);
  /* The picture checks say what to do in their messages. */
  if (image == NULL)
    return picture_missing (l, error->domain == VC_DECK_ERROR ? error->code : VC_DECK_ERROR_IMAGE_INVALID,
                            (l->flags & VC_DECK_LOAD_TRUSTED) && error->code == VC_DECK_ERROR_IMAGE_INVALID
                              ? _("Use an SVG, PNG or JPEG picture.") : NULL,
                            error->message);

  return image;
}

static void
read_word_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "id", "word", "definition", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  VcValueWord *word;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  word = g_new0 (VcValueWord, 1);
  word->id = loader_read_id (l, item, data->ids);
  word->word = loader_read_string (l, item, "word", STRING_REQUIRED | STRING_TRANSLATABLE);
  word->definition = loader_read_string (l, item, "definition", STRING_REQUIRED | STRING_TRANSLATABLE);
  g_ptr_array_add (data->items, word);
}

static void
read_image_item (Loader   *l,
                 JsonNode *node,
                 gpointer  user_data)
{
  static const char * const known[] = { "id", "file", "alt", "caption", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  g_autoptr(VcDeckImage) image = NULL;
  g_autofree char *id = NULL;
  g_autofree char *file = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *caption = NULL;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  id = loader_read_id (l, item, data->ids);
  /* An embedded picture is as long as the deck allows; the file's size
   * limit bounds it. */
  file = loader_read_string (l, item, "file", STRING_REQUIRED | STRING_DATA);
  alt = loader_read_string (l, item, "alt", STRING_REQUIRED | STRING_TRANSLATABLE);
  caption = loader_read_string (l, item, "caption", STRING_TRANSLATABLE);

  if (file != NULL)
    {
      gsize len = loader_push_member (l, "file");

      image = load_image_file (l, file);
      loader_pop (l, len);
    }

  if (image == NULL)
    return;

  vc_deck_image_set_id (image, id);
  vc_deck_image_set_source (image, file);
  vc_deck_image_set_alt (image, alt);
  vc_deck_image_set_caption (image, caption);
  g_list_store_append (l->deck->images, image);
}

static void
read_values_game (Loader     *l,
                  JsonObject *root,
                  gboolean    required)
{
  static const char * const known[] = { "instructions", "words", "images", NULL };
  g_autoptr(GHashTable) word_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) image_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object;
  JsonNode *node;
  int n_words, n_images;
  gsize len = loader_push_member (l, "values-game");

  node = loader_get_member (l, root, "values-game", required);
  if (node != NULL && !required)
    {
      error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Set “kind” to “values-game”, or remove the values game."),
                _("Only a values-game deck can have a values game."));
      node = NULL;
    }

  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  loader_check_members (l, object, known);
  l->deck->instructions = loader_read_string (l, object, "instructions", STRING_REQUIRED | STRING_TRANSLATABLE);

  {
    IdListData words = { l->deck->words, word_ids };
    IdListData images = { NULL, image_ids };

    n_words = loader_read_list (l, object, "words", TRUE, 1, read_word_item, &words);
    n_images = loader_read_list (l, object, "images", TRUE, 1, read_image_item, &images);
  }

  if (n_words > 0 && n_images > 0 && n_words != n_images)
    warning_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("The classic game has as many pictures as words, twelve of each."),
                _("The values game has %d words but %d pictures."), n_words, n_images);

  loader_pop (l, len);
}

/* The language whose catalog will be used: the first of the user's languages
 * that the deck has a translation for, unless the deck is already written in
 * it. NULL if none. */
static const char *
pick_language (Loader     *l,
               JsonObject *object,
               const char *source_language)
{
  const char * const *languages = g_get_language_names ();

  if (l->flags & VC_DECK_LOAD_NO_TRANSLATE)
    return NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_equal (languages[i], "C") ||
          g_strcmp0 (languages[i], source_language) == 0)
        return NULL;
      if (json_object_has_member (object, languages[i]))
        return languages[i];
    }

  return NULL;
}

/* Checks every catalog carried by the deck, cheaply, so that a broken one is
 * reported whatever the language of whoever validates the deck, and reads
 * into a table only the one for the user's language. */
static void
read_translations (Loader     *l,
                   JsonObject *root,
                   const char *source_language)
{
  JsonObjectIter iter;
  JsonObject *object;
  JsonNode *node, *value;
  const char *lang;
  const char *wanted;
  gsize len = loader_push_member (l, "translations");

  node = loader_get_member (l, root, "translations", FALSE);
  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  wanted = pick_language (l, object, source_language);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      static const char prefix[] = "data:application/x-gettext-translation;base64,";
      gsize mlen = loader_push_member (l, lang);

      if (!is_valid_language (lang))
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Name the language with its code, such as “sv” or “pt_BR”."),
                  _("“%s” is not a language code."), lang);
      else if (loader_expect_type (l, value, JSON_NODE_VALUE, G_TYPE_STRING))
        {
          const char *uri = json_node_get_string (value);
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = NULL;

          if (g_str_has_prefix (uri, prefix) && is_base64 (uri + strlen (prefix)))
            {
              gsize size;
              guchar *data = g_base64_decode (uri + strlen (prefix), &size);

              bytes = g_bytes_new_take (data, size);
            }

          if (bytes == NULL)
            error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                      _("Compile the translation with msgfmt and embed it as data:application/x-gettext-translation;base64,…"),
                      _("The translation for “%s” cannot be read."), lang);
          else if (!vc_catalog_check (bytes, lang, &error))
            error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                      _("Compile the translation with msgfmt from a .po file and embed it as data:application/x-gettext-translation;base64,…"),
                      "%s", error->message);
          else if (wanted != NULL && g_str_equal (lang, wanted) && l->catalog == NULL)
            {
              l->catalog = vc_catalog_new_from_bytes (bytes, &error);
              if (l->catalog == NULL)
                error_at (l, VC_DECK_ERROR_TRANSLATION_INVALID,
                          _("Compile the translation with msgfmt and embed it as data:application/x-gettext-translation;base64,…"),
                          _("The translation for “%s” cannot be read."), lang);
              else
                l->deck->language = g_strdup (lang);
            }
        }
      loader_pop (l, mlen);
    }

  loader_pop (l, len);
}

/* A plain name, never a path: glibc would look for a catalog wherever the
 * name leads. */
static gboolean
is_valid_domain (const char *s)
{
  gsize len = strlen (s);

  if (len == 0 || len > 64 || s[0] == '.')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '.' && s[i] != '_' && s[i] != '-')
      return FALSE;

  return TRUE;
}

/* Only the app's own catalogs, which the built-in decks use, are looked up
 * through the C library; any other deck uses the catalogs it carries. */
static void
read_translation_domain (Loader     *l,
                         const char *domain)
{
  gsize len;

  if (domain == NULL)
    return;

  len = loader_push_member (l, "translation-domain");
  if (!is_valid_domain (domain))
    error_at (l, VC_DECK_ERROR_INVALID_VALUE,
              _("Remove “translation-domain”, and embed the translations in “translations”."),
              _("“%s” is not a translation domain name."), domain);
  else if (!g_str_equal (domain, GETTEXT_PACKAGE))
    warning_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Remove “translation-domain”, and embed the translations in “translations”."),
                _("Translations of the domain “%s” are not looked up; the deck’s own embedded translations are used instead."),
                domain);
  else
    l->domain = g_strdup (domain);
  loader_pop (l, len);
}

static void
read_deck (Loader   *l,
           JsonNode *root_node)
{
  static const char * const known[] = {
    "format-version", "id", "version", "kind", "title", "subtitle", "description",
    "source-language", "translation-domain", "authors", "license", "audience",
    "minutes-per-card", "roles", "introduction", "closing", "values-game", "cards",
    "translations", NULL
  };
  static const struct { const char *name; VcDeckKind kind; } kinds[] = {
    { "values-game", VC_DECK_KIND_VALUES_GAME },
    { "dilemmas", VC_DECK_KIND_DILEMMAS },
    { "questions", VC_DECK_KIND_QUESTIONS },
    { "statements", VC_DECK_KIND_STATEMENTS },
    { "mixed", VC_DECK_KIND_MIXED },
  };
  VcDeck *deck = l->deck;
  g_autofree char *kind = NULL;
  g_auto(GStrv) audience = NULL;
  gboolean kind_ok = FALSE;
  JsonObject *root;
  JsonNode *node;
  gsize len;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      error_at (l, VC_DECK_ERROR_WRONG_TYPE,
                _("A deck file starts with { and ends with }."),
                _("The deck must be a JSON object, not %s."), loader_json_type_label (root_node));
      return;
    }
  root = json_node_get_object (root_node);

  /* A newer format may mean anything; say so and read no further. */
  len = loader_push_member (l, "format-version");
  node = loader_get_member (l, root, "format-version", TRUE);
  if (node == NULL || !loader_expect_type (l, node, JSON_NODE_VALUE, G_TYPE_INT64))
    {
      loader_pop (l, len);
      return;
    }
  if (json_node_get_int (node) != 1)
    {
      error_at (l, VC_DECK_ERROR_UNSUPPORTED_VERSION,
                _("Update Value Cards to open this deck, or save it as format version 1."),
                _("This deck uses format version %lld, but this version of Value Cards reads only version 1."),
                (long long)json_node_get_int (node));
      loader_pop (l, len);
      return;
    }
  loader_pop (l, len);

  loader_check_members (l, root, known);

  deck->source_language = loader_read_string (l, root, "source-language", STRING_REQUIRED);
  if (deck->source_language != NULL && !is_valid_language (deck->source_language))
    {
      len = loader_push_member (l, "source-language");
      error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Name the language with its code, such as “en” or “sv”."),
                _("“%s” is not a language code."), deck->source_language);
      loader_pop (l, len);
    }

  deck->translation_domain = loader_read_string (l, root, "translation-domain", STRING_OPTIONAL);
  read_translation_domain (l, deck->translation_domain);
  read_translations (l, root, deck->source_language);

  deck->id = loader_read_id (l, root, NULL);
  deck->version = loader_read_string (l, root, "version", STRING_REQUIRED);

  kind = loader_read_string (l, root, "kind", STRING_REQUIRED);
  if (kind != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_str_equal (kind, kinds[i].name))
          {
            deck->kind = kinds[i].kind;
            kind_ok = TRUE;
          }

      if (!kind_ok)
        {
          len = loader_push_member (l, "kind");
          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Use “values-game”, “dilemmas”, “questions”, “statements” or “mixed”."),
                    _("“%s” is not a kind of deck."), kind);
          loader_pop (l, len);
        }
    }

  deck->title = loader_read_string (l, root, "title", STRING_REQUIRED | STRING_TRANSLATABLE);
  deck->subtitle = loader_read_string (l, root, "subtitle", STRING_TRANSLATABLE);
  deck->description = loader_read_string (l, root, "description", STRING_TRANSLATABLE);
  if (!json_object_has_member (root, "description"))
    {
      len = loader_push_member (l, "description");
      warning_at (l, VC_DECK_ERROR_MISSING_FIELD,
                  _("Say when to use the deck, how long it takes and who it suits."),
                  _("The deck has no description."));
      loader_pop (l, len);
    }

  deck->authors = loader_read_string_list (l, root, "authors", TRUE, 1, STRING_OPTIONAL);
  deck->license = loader_read_string (l, root, "license", STRING_REQUIRED);

  audience = loader_read_string_list (l, root, "audience", TRUE, 1, STRING_OPTIONAL);
  for (guint i = 0; audience && audience[i]; i++)
    {
      VcDeckAudience flag = VC_DECK_AUDIENCE_NONE;

      if (g_str_equal (audience[i], "staff-meeting"))
        flag = VC_DECK_AUDIENCE_STAFF_MEETING;
      else if (g_str_equal (audience[i], "reflection"))
        flag = VC_DECK_AUDIENCE_REFLECTION;

      len = loader_push_member (l, "audience");
      g_string_append_printf (l->path, "[%u]", i);
      if (flag == VC_DECK_AUDIENCE_NONE)
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Use “staff-meeting” or “reflection”."),
                  _("“%s” is not an audience."), audience[i]);
      else if (deck->audience & flag)
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Remove the repeated entry."),
                  _("“%s” is listed twice."), audience[i]);
      deck->audience |= flag;
      loader_pop (l, len);
    }

  loader_read_int (l, root, "minutes-per-card", 1, 240, &deck->minutes_per_card);
  {
    g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    IdListData roles = { deck->roles, ids };

    loader_read_list (l, root, "roles", FALSE, 1, read_role_item, &roles);
  }
  read_introduction (l, root);

  read_values_game (l, root, kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME);

  loader_read_list (l, root, "cards", !(kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME),
                    kind_ok && deck->kind == VC_DECK_KIND_VALUES_GAME ? 0 : 1,
                    loader_read_card_item, deck->cards);

  /* Read last, so that an id it shares with a card is reported here. */
  len = loader_push_member (l, "closing");
  node = loader_get_member (l, root, "closing", FALSE);
  if (node != NULL)
    {
      deck->closing = loader_read_card (l, node);
      if (deck->closing != NULL && vc_card_get_kind (deck->closing) != VC_CARD_KIND_CLOSING)
        {
          gsize klen = loader_push_member (l, "kind");

          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Set its “kind” to “closing”."),
                    _("The closing card must be of the kind “closing”."));
          loader_pop (l, klen);
          g_clear_object (&deck->closing);
        }
    }
  loader_pop (l, len);

}

typedef struct
{
  guint   line;
  guint   column;
  int     code;
  char   *message;
} ParseFailure;

static void
on_parser_error (JsonParser   *parser,
                 const GError *error,
                 ParseFailure *failure)
{
  if (failure->message != NULL)
    return;

  failure->line = json_parser_get_current_line (parser);
  failure->column = json_parser_get_current_pos (parser);
  failure->code = error->domain == JSON_PARSER_ERROR ? error->code : JSON_PARSER_ERROR_UNKNOWN;
  failure->message = g_strdup (error->message);
}

/* What went wrong in the JSON, in the app's words where json-glib's are
 * those of a parser ("unexpected character `,', expected character `]'").
 * Otherwise json-glib's own, in its translation, without the place it
 * starts with: "<data>:3:7: Parse error: …". */
static char *
describe_syntax_error (const ParseFailure *failure)
{
  const char *detail = failure->message;

  switch (failure->code)
    {
    case JSON_PARSER_ERROR_TRAILING_COMMA:
      return g_strdup (_("there is a comma after the last entry of a list or an object"));
    case JSON_PARSER_ERROR_MISSING_COMMA:
      return g_strdup (_("a comma is missing between two entries"));
    case JSON_PARSER_ERROR_MISSING_COLON:
      return g_strdup (_("a colon (:) is missing after a member’s name"));
    case JSON_PARSER_ERROR_INVALID_BAREWORD:
      return g_strdup (_("there is a word without quotation marks, or the file ends too early"));
    case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
      return g_strdup (_("a member has an empty name"));
    default:
      break;
    }

  if (strstr (detail, "unterminated string") != NULL)
    return g_strdup (_("a text has no closing quotation mark"));

  if (g_str_has_prefix (detail, "<data>:"))
    {
      for (guint colons = 0; colons < 3 && *detail != '\0'; detail++)
        if (*detail == ':')
          colons++;
      while (*detail == ' ')
        detail++;
      if (strstr (detail, ": ") != NULL)
        detail = strstr (detail, ": ") + 2;
    }

  return g_strdup (detail);
}

static VcDeck *
finish (Loader      *l,
        GListModel **problems,
        GError     **error)
{
  VcDeck *deck = NULL;

  if (l->n_more > 0)
    {
      g_autoptr(VcDeckProblem) more = NULL;
      g_autofree char *message = NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "… and %u more problem.",
                                              "… and %u more problems.", l->n_more),
                                 l->n_more);
      more = vc_deck_problem_new (l->more_errors ? VC_DECK_SEVERITY_ERROR : VC_DECK_SEVERITY_WARNING,
                                  VC_DECK_ERROR_TOO_MANY, 0, 0, NULL, message,
                                  _("Fix the problems listed, then check the deck again to see the rest."));
      g_list_store_append (l->problems, more);
      if (!l->more_errors)
        g_list_store_append (l->deck->warnings, more);
    }

  if (l->n_errors == 0)
    deck = g_steal_pointer (&l->deck);
  else if (l->n_errors == 1)
    {
      g_set_error_literal (error, VC_DECK_ERROR, vc_deck_problem_get_code (l->first_error),
                           vc_deck_problem_get_message (l->first_error));
    }
  else
    g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The deck has %u problem.",
                              "The deck has %u problems.", l->n_errors),
                 l->n_errors);

  if (problems != NULL)
    *problems = G_LIST_MODEL (g_steal_pointer (&l->problems));

  loader_clear (l);
  return deck;
}

static VcDeck *
load_bytes (Loader      *l,
            GBytes      *bytes,
            GListModel **problems,
            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  ParseFailure failure = { 0, };
  VcJsonCheckResult result;
  const char *data;
  gsize size;
  gsize offset;

  data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      report_file (l, VC_DECK_ERROR_SYNTAX, 1, 1, _("The file is empty."),
                   _("Choose the deck file itself; if it was saved empty, save it again from its source."));
      return finish (l, problems, error);
    }

  if (size > VC_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size (VC_DECK_MAX_FILE_SIZE);
      g_autofree char *message = g_strdup_printf (_("The file is larger than %s."), limit);

      report_file (l, VC_DECK_ERROR_TOO_LARGE, 0, 0, message,
                   _("Link large pictures as files beside the deck instead of embedding them."));
      return finish (l, problems, error);
    }

  result = vc_json_check (data, size, VC_DECK_MAX_DEPTH, &offset);
  if (result != VC_JSON_CHECK_OK)
    {
      g_autofree char *message = NULL;
      g_autofree char *hint = NULL;
      guint line, column;

      vc_json_check_position (data, size, offset, &line, &column);
      vc_json_check_describe (result, data, size, offset, VC_DECK_MAX_DEPTH, &message, &hint);
      report_file (l, result == VC_JSON_CHECK_TOO_DEEP ? VC_DECK_ERROR_TOO_DEEP
                      : result == VC_JSON_CHECK_INVALID_UTF8 ? VC_DECK_ERROR_INVALID_UTF8
                      : result == VC_JSON_CHECK_DUPLICATE_MEMBER ? VC_DECK_ERROR_DUPLICATE_MEMBER
                      : VC_DECK_ERROR_SYNTAX,
                   line, column, message, hint);
      return finish (l, problems, error);
    }

  /* The text is known to be good JSON now, so a failure here is json-glib's
   * own, such as running out of memory. */
  parser = json_parser_new_immutable ();
  g_signal_connect (parser, "error", G_CALLBACK (on_parser_error), &failure);

  if (!json_parser_load_from_data (parser, data, size, NULL) ||
      json_parser_get_root (parser) == NULL)
    {
      g_autofree char *message = NULL;
      g_autofree char *detail = NULL;

      if (failure.message == NULL)
        message = g_strdup (_("The file holds no JSON value."));
      else
        {
          detail = describe_syntax_error (&failure);
          /* Translators: the end is what is wrong, such as "a comma is missing between two entries" */
          message = g_strdup_printf (_("The file is not valid JSON at line %u, column %u: %s."),
                                     MAX (failure.line, 1), MAX (failure.column, 1), detail);
        }

      report_file (l, VC_DECK_ERROR_SYNTAX, MAX (failure.line, 1), MAX (failure.column, 1), message,
                   _("Look for a missing comma, quotation mark or bracket at or just before this place."));
      g_free (failure.message);
      return finish (l, problems, error);
    }

  l->root = json_parser_get_root (parser);
  read_deck (l, l->root);
  l->root = NULL;
  return finish (l, problems, error);
}

/**
 * vc_deck_load_bytes:
 * @bytes: the contents of a deck file
 * @base_dir: (nullable): the folder that relative picture paths start from
 * @flags: how to load
 * @problems: (out) (optional) (transfer full): every problem found, errors
 *   and warnings, as a #GListModel of #VcDeckProblem
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_bytes (GBytes           *bytes,
                    const char       *base_dir,
                    VcDeckLoadFlags   flags,
                    GListModel      **problems,
                    GError          **error)
{
  g_autofree char *real_base = NULL;
  Loader l;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (base_dir != NULL)
    real_base = realpath (base_dir, NULL);

  loader_init (&l, real_base, flags);
  return load_bytes (&l, bytes, problems, error);
}

/**
 * vc_deck_load_file:
 * @file: a deck file
 * @flags: how to load
 * @problems: (out) (optional) (transfer full): every problem found
 * @error: return location for an error
 *
 * Reads and checks a deck, blocking. Use vc_deck_load_async() from the
 * user interface.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_file (GFile            *file,
                   VcDeckLoadFlags   flags,
                   GListModel      **problems,
                   GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  Loader l;
  VcDeck *deck;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    real = realpath (path, NULL);
  dir = real ? g_path_get_dirname (real) : NULL;

  loader_init (&l, dir, flags);

  if (path == NULL)
    {
      report_file (&l, VC_DECK_ERROR_IO, 0, 0,
                   _("Only decks stored on this computer can be opened."),
                   _("Save the deck into a folder on this computer first."));
      return finish (&l, problems, error);
    }

  bytes = vc_json_read_file (real ? real : path, VC_JSON_READ_DEFAULT, VC_DECK_MAX_FILE_SIZE,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE,
                             &local_error);
  if (bytes == NULL)
    {
      const char *hint;

      switch (local_error->code)
        {
        case VC_DECK_ERROR_NOT_REGULAR:
          hint = _("Choose a deck file (.vcdeck).");
          break;
        case VC_DECK_ERROR_TOO_LARGE:
          hint = _("Link large pictures as files beside the deck instead of embedding them.");
          break;
        case VC_DECK_ERROR_NOT_FOUND:
          hint = _("It may have been moved, renamed or deleted. Choose the deck again from where it is now, or choose another deck.");
          break;
        default:
          hint = _("Check that the file exists and that you may read it.");
          break;
        }

      report_file (&l, local_error->code, 0, 0, local_error->message, hint);
      return finish (&l, problems, error);
    }

  deck = load_bytes (&l, bytes, problems, error);
  if (deck != NULL)
    deck->file = g_object_ref (file);

  return deck;
}

typedef struct
{
  GFile           *file;
  VcDeckLoadFlags  flags;
  GListModel      *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->problems);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  VcDeck *deck;

  deck = vc_deck_load_file (data->file, data->flags, &data->problems, &error);
  if (deck == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, deck, g_object_unref);
}

/**
 * vc_deck_load_async:
 * @file: a deck file
 * @flags: how to load
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the deck is read
 * @user_data: data for @callback
 *
 * Reads and checks a deck in a worker thread.
 */
void
vc_deck_load_async (GFile               *file,
                    VcDeckLoadFlags      flags,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vc_deck_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * vc_deck_load_finish:
 * @result: the result given to the callback
 * @problems: (out) (optional) (transfer full): every problem found
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_finish (GAsyncResult  *result,
                     GListModel   **problems,
                     GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = data->problems ? g_object_ref (data->problems)
                               : G_LIST_MODEL (g_list_store_new (VC_TYPE_DECK_PROBLEM));

  return g_task_propagate_pointer (G_TASK (result), error);
}
