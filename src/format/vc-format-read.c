/* vc-format-read.c
 *
 * A meeting format read from its JSON: every member checked against the
 * schema's rules, and every problem said in words a person understands,
 * with where in the file it is.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-format"

#include "config.h"

#include <libintl.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vc-format.h"
#include "vc-format-private.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

/* Reading */

typedef struct
{
  GString    *path;
  const char *domain;
  GError     *error;
} Reader;

G_GNUC_PRINTF (3, 4) static void
fail (Reader      *r,
      VcDeckError  code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (r->path->len > 0)
    /* Translators: where in a format file a problem is, such as
     * “steps[2].duration”, then the problem */
    r->error = g_error_new (VC_DECK_ERROR, code, _("At “%s”: %s"), r->path->str, message);
  else
    r->error = g_error_new_literal (VC_DECK_ERROR, code, message);
}

static const char *
translate (Reader     *r,
           const char *text)
{
  if (r->domain == NULL || text == NULL)
    return text;
  return dgettext (r->domain, text);
}

static gboolean
is_id (const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || len > 64 || text[0] == '-')
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (text[i]) && !g_ascii_isdigit (text[i]) && text[i] != '-')
      return FALSE;
  return TRUE;
}

static gboolean
check_members (Reader             *r,
               JsonObject         *object,
               const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        fail (r, VC_DECK_ERROR_UNKNOWN_MEMBER,
              _("“%s” is not part of a meeting format. Check its spelling, or remove it."),
              (const char *)l->data);
        return FALSE;
      }
  return TRUE;
}

static JsonNode *
get_member (Reader     *r,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    fail (r, VC_DECK_ERROR_MISSING_FIELD, _("“%s” is missing."), name);
  return node;
}

/* A text member: a string with something in it, at most @max characters. */
static char *
read_text (Reader     *r,
           JsonObject *object,
           const char *name,
           gboolean    required,
           gsize       max,
           gboolean    translatable)
{
  JsonNode *node = get_member (r, object, name, required);
  const char *text;
  gsize len;

  if (node == NULL)
    return NULL;

  len = vc_json_path_push_member (r->path, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be a text in quotes, not %s."),
            vc_json_type_label (node));
      vc_json_path_pop (r->path, len);
      return NULL;
    }
  text = json_node_get_string (node);
  if (strspn (text, " \t\r\n") == strlen (text))
    fail (r, VC_DECK_ERROR_EMPTY_TEXT, _("This text is empty."));
  else if (g_utf8_strlen (text, -1) > (glong)max)
    fail (r, VC_DECK_ERROR_TEXT_TOO_LONG, _("This text is longer than %u characters."), (guint)max);
  vc_json_path_pop (r->path, len);

  if (r->error != NULL)
    return NULL;
  return g_strdup (translatable ? translate (r, text) : text);
}

static char *
read_id (Reader     *r,
         JsonObject *object)
{
  g_autofree char *id = read_text (r, object, "id", TRUE, 64, FALSE);
  gsize len;

  if (id == NULL)
    return NULL;
  if (!is_id (id))
    {
      len = vc_json_path_push_member (r->path, "id");
      fail (r, VC_DECK_ERROR_INVALID_VALUE,
            _("“%s” is not an id: use lower-case letters a–z, digits and hyphens."), id);
      vc_json_path_pop (r->path, len);
      return NULL;
    }
  return g_steal_pointer (&id);
}

/* One of @names, returned as its index; -1 when absent, -2 on error. */
static int
read_choice (Reader             *r,
             JsonObject         *object,
             const char         *name,
             const char * const *names,
             const char         *hint)
{
  g_autofree char *value = read_text (r, object, name, FALSE, 64, FALSE);
  gsize len;

  if (value == NULL)
    return r->error ? -2 : -1;
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (value, names[i]))
      return i;

  len = vc_json_path_push_member (r->path, name);
  /* Translators: the first %s is a value from the file, the second a
   * sentence listing what may be used instead */
  fail (r, VC_DECK_ERROR_INVALID_VALUE, _("“%s” cannot be used here. %s"), value, hint);
  vc_json_path_pop (r->path, len);
  return -2;
}

static gboolean
read_integer (Reader     *r,
              JsonNode   *node,
              gint64      min,
              gint64      max,
              gint64     *out)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be a whole number, not %s."),
            vc_json_type_label (node));
      return FALSE;
    }
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    {
      fail (r, VC_DECK_ERROR_INVALID_VALUE, _("%lld is not between %lld and %lld."),
            (long long)*out, (long long)min, (long long)max);
      return FALSE;
    }
  return TRUE;
}

/* "people" and "groups": a default, and how far it may go either way. */
static gboolean
read_count (Reader     *r,
            JsonObject *root,
            const char *name,
            guint       range[3])
{
  static const char * const known[] = { "min", "default", "max", NULL };
  JsonNode *node = get_member (r, root, name, FALSE);
  JsonObject *object;
  gsize len;

  if (node == NULL)
    return FALSE;

  len = vc_json_path_push_member (r->path, name);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be an object in { }, not %s."),
            vc_json_type_label (node));
      vc_json_path_pop (r->path, len);
      return FALSE;
    }
  object = json_node_get_object (node);
  range[0] = 1;
  range[2] = VC_FORMAT_MAX_COUNT;
  if (check_members (r, object, known))
    for (guint i = 0; i < 3 && r->error == NULL; i++)
      {
        JsonNode *member = get_member (r, object, known[i], i == 1);
        gint64 value;
        gsize len2;

        if (member == NULL)
          continue;
        len2 = vc_json_path_push_member (r->path, known[i]);
        if (read_integer (r, member, 1, VC_FORMAT_MAX_COUNT, &value))
          range[i] = value;
        vc_json_path_pop (r->path, len2);
      }
  if (r->error == NULL && (range[0] > range[1] || range[1] > range[2]))
    fail (r, VC_DECK_ERROR_INVALID_VALUE,
          _("The default, %u, must lie between the smallest number, %u, and the largest, %u."),
          range[1], range[0], range[2]);
  vc_json_path_pop (r->path, len);
  return r->error == NULL;
}

/* {n}, {count} and {name} are the only places a turn's text is filled in. */
static gboolean
check_turn_text (Reader     *r,
                 const char *text)
{
  static const char * const fields[] = { "{n}", "{count}", "{name}", NULL };
  const char *p = text;

  while ((p = strpbrk (p, "{}")) != NULL)
    {
      gboolean ok = FALSE;

      for (guint i = 0; fields[i] && !ok; i++)
        if (g_str_has_prefix (p, fields[i]))
          {
            p += strlen (fields[i]);
            ok = TRUE;
          }
      if (!ok)
        {
          gsize len = vc_json_path_push_member (r->path, "turn-text");
          fail (r, VC_DECK_ERROR_INVALID_VALUE,
                _("A turn’s text may use only {n}, {count} and {name} in braces."));
          vc_json_path_pop (r->path, len);
          return FALSE;
        }
    }
  return TRUE;
}

static void
read_duration (Reader       *r,
               JsonObject   *object,
               VcFormatStep *step)
{
  static const char * const known[] = { "minutes", "per", NULL };
  static const char * const pers[] = { "step", "person", "group", "turn", NULL };
  JsonNode *node = get_member (r, object, "duration", TRUE);
  JsonNode *minutes;
  JsonObject *duration;
  double value;
  int per;
  gsize len;

  if (node == NULL)
    return;
  len = vc_json_path_push_member (r->path, "duration");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE,
            _("This must be an object such as { \"minutes\": 5 }, not %s."),
            vc_json_type_label (node));
      goto out;
    }
  duration = json_node_get_object (node);
  if (!check_members (r, duration, known))
    goto out;

  minutes = get_member (r, duration, "minutes", TRUE);
  if (minutes == NULL)
    goto out;
  if (!JSON_NODE_HOLDS_VALUE (minutes) ||
      (json_node_get_value_type (minutes) != G_TYPE_INT64 &&
       json_node_get_value_type (minutes) != G_TYPE_DOUBLE))
    {
      gsize len2 = vc_json_path_push_member (r->path, "minutes");
      fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be a number of minutes, not %s."),
            vc_json_type_label (minutes));
      vc_json_path_pop (r->path, len2);
      goto out;
    }
  value = json_node_get_value_type (minutes) == G_TYPE_INT64 ? (double)json_node_get_int (minutes)
                                                            : json_node_get_double (minutes);
  if (!(value > 0 && value <= VC_FORMAT_MAX_MINUTES))
    {
      gsize len2 = vc_json_path_push_member (r->path, "minutes");
      fail (r, VC_DECK_ERROR_INVALID_VALUE,
            _("A step takes more than 0 and at most %d minutes."), VC_FORMAT_MAX_MINUTES);
      vc_json_path_pop (r->path, len2);
      goto out;
    }
  step->seconds = MAX (1, (gint64)llround (value * 60));

  per = read_choice (r, duration, "per", pers,
                     _("Use “step”, “person”, “group” or “turn”."));
  if (per >= 0)
    step->per = per;

out:
  vc_json_path_pop (r->path, len);
}

static guint
read_shows (Reader     *r,
            JsonObject *object)
{
  static const char * const names[] = { "card", "instruction", "turn", "timer", NULL };
  JsonNode *node = get_member (r, object, "shows", FALSE);
  JsonArray *array;
  guint shows = 0;
  gsize len;

  if (node == NULL)
    return VC_FORMAT_SHOW_INSTRUCTION | VC_FORMAT_SHOW_TIMER;

  len = vc_json_path_push_member (r->path, "shows");
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE,
            _("This must be a list in [ ] of “card”, “instruction”, “turn” and “timer”."));
      goto out;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array) && r->error == NULL; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *value = NULL;
      gsize len2 = vc_json_path_push_index (r->path, i);
      guint bit = 0;

      if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
        value = json_node_get_string (item);
      for (guint j = 0; value && names[j]; j++)
        if (g_str_equal (value, names[j]))
          bit = 1u << j;
      if (bit == 0)
        fail (r, VC_DECK_ERROR_INVALID_VALUE,
              _("Use “card”, “instruction”, “turn” or “timer”."));
      else if (shows & bit)
        fail (r, VC_DECK_ERROR_INVALID_VALUE, _("“%s” is listed twice."), value);
      shows |= bit;
      vc_json_path_pop (r->path, len2);
    }
out:
  vc_json_path_pop (r->path, len);
  return shows;
}

static void
read_step (Reader     *r,
           VcFormat   *format,
           JsonNode   *node,
           GHashTable *ids)
{
  static const char * const known[] = {
    "id", "title", "instruction", "note", "duration", "turns", "seats", "turn-text",
    "shows", "group-work", NULL
  };
  static const char * const turns[] = { "none", "person", "group", "seats", NULL };
  VcFormatStep *step;
  JsonObject *object;
  JsonNode *member;
  int choice;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE, _("A step must be an object in { }, not %s."),
            vc_json_type_label (node));
      return;
    }
  object = json_node_get_object (node);
  if (!check_members (r, object, known))
    return;

  step = g_new0 (VcFormatStep, 1);
  g_ptr_array_add (format->steps, step);

  step->id = read_id (r, object);
  if (step->id != NULL && !g_hash_table_add (ids, g_strdup (step->id)))
    {
      gsize len = vc_json_path_push_member (r->path, "id");
      fail (r, VC_DECK_ERROR_DUPLICATE_ID,
            _("Another step already has the id “%s”. Give each step its own."), step->id);
      vc_json_path_pop (r->path, len);
    }
  step->title = read_text (r, object, "title", TRUE, 200, TRUE);
  step->instruction = read_text (r, object, "instruction", TRUE, 2000, TRUE);
  step->note = read_text (r, object, "note", FALSE, 4000, TRUE);
  read_duration (r, object, step);

  choice = read_choice (r, object, "turns", turns,
                        _("Use “none”, “person”, “group” or “seats”."));
  if (choice >= 0)
    step->turns = choice;

  member = get_member (r, object, "seats", FALSE);
  if (member != NULL && r->error == NULL)
    {
      gsize len = vc_json_path_push_member (r->path, "seats");
      gint64 seats;

      if (step->turns != VC_FORMAT_TURNS_SEATS)
        fail (r, VC_DECK_ERROR_INVALID_VALUE,
              _("“seats” goes only with “turns”: “seats”."));
      else if (read_integer (r, member, 1, 50, &seats))
        step->seats = seats;
      vc_json_path_pop (r->path, len);
    }
  if (r->error == NULL && step->turns == VC_FORMAT_TURNS_SEATS && step->seats == 0)
    fail (r, VC_DECK_ERROR_MISSING_FIELD,
          _("Say with “seats” how many people take the chairs at a time."));

  step->turn_text = read_text (r, object, "turn-text", FALSE, 200, TRUE);
  if (step->turn_text != NULL)
    check_turn_text (r, step->turn_text);

  step->shows = read_shows (r, object);

  member = get_member (r, object, "group-work", FALSE);
  if (member != NULL && r->error == NULL)
    {
      gsize len = vc_json_path_push_member (r->path, "group-work");

      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be true or false, not %s."),
              vc_json_type_label (member));
      else
        step->group_work = json_node_get_boolean (member);
      vc_json_path_pop (r->path, len);
    }

  if (r->error != NULL)
    return;

  if (step->per == VC_FORMAT_PER_TURN && step->turns == VC_FORMAT_TURNS_NONE)
    fail (r, VC_DECK_ERROR_INVALID_VALUE,
          _("The step’s minutes are counted per turn, but it has no turns. Add “turns”."));
  else if (!format->has_groups &&
           (step->per == VC_FORMAT_PER_GROUP || step->turns == VC_FORMAT_TURNS_GROUP ||
            step->group_work))
    fail (r, VC_DECK_ERROR_INVALID_VALUE,
          _("The step is about small groups, but the format has none. Add “groups”."));
}

static void
read_format (Reader   *r,
             VcFormat *self,
             JsonNode *root_node)
{
  static const char * const known[] = {
    "format-version", "id", "title", "description", "source-language", "suits",
    "people", "groups", "steps", NULL
  };
  static const char * const kinds[] = { "values-game", "dilemmas", "questions", "statements", NULL };
  static const VcDeckKind kind_values[] = {
    VC_DECK_KIND_VALUES_GAME, VC_DECK_KIND_DILEMMAS, VC_DECK_KIND_QUESTIONS,
    VC_DECK_KIND_STATEMENTS,
  };
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *root;
  JsonNode *node;
  JsonArray *steps;
  gint64 version;
  gsize len;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      fail (r, VC_DECK_ERROR_WRONG_TYPE,
            _("A meeting format must be a JSON object in { }, not %s."),
            vc_json_type_label (root_node));
      return;
    }
  root = json_node_get_object (root_node);

  node = get_member (r, root, "format-version", TRUE);
  if (node == NULL)
    return;
  len = vc_json_path_push_member (r->path, "format-version");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      (version = json_node_get_int (node)) != 1)
    fail (r, VC_DECK_ERROR_UNSUPPORTED_VERSION,
          _("This format uses format version %lld, but this version of Value Cards reads only version 1."),
          (long long)version);
  else
    read_integer (r, node, 1, 1, &version);
  vc_json_path_pop (r->path, len);
  if (r->error != NULL || !check_members (r, root, known))
    return;

  self->id = read_id (r, root);
  self->title = read_text (r, root, "title", TRUE, 200, TRUE);
  self->description = read_text (r, root, "description", TRUE, 2000, TRUE);
  self->source_language = read_text (r, root, "source-language", TRUE, 16, FALSE);
  if (self->source_language != NULL &&
      !g_regex_match_simple ("^[a-z]{2,3}(_[A-Z]{2})?$", self->source_language, 0, 0))
    {
      len = vc_json_path_push_member (r->path, "source-language");
      fail (r, VC_DECK_ERROR_INVALID_VALUE,
            _("“%s” is not a language code. Use one such as “en” or “sv”."),
            self->source_language);
      vc_json_path_pop (r->path, len);
    }
  if (r->error != NULL)
    return;

  node = get_member (r, root, "suits", FALSE);
  if (node != NULL)
    {
      len = vc_json_path_push_member (r->path, "suits");
      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
        fail (r, VC_DECK_ERROR_WRONG_TYPE,
              _("This must be a list in [ ] of kinds of deck, such as [ \"dilemmas\" ]."));
      for (guint i = 0; r->error == NULL && i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *item = json_array_get_element (json_node_get_array (node), i);
          const char *value = NULL;
          gsize len2 = vc_json_path_push_index (r->path, i);
          int found = -1;

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
            value = json_node_get_string (item);
          for (int j = 0; value && kinds[j]; j++)
            if (g_str_equal (value, kinds[j]))
              found = j;
          if (found < 0)
            fail (r, VC_DECK_ERROR_INVALID_VALUE,
                  _("Use “values-game”, “dilemmas”, “questions” or “statements”."));
          else if (self->suits & (1u << kind_values[found]))
            fail (r, VC_DECK_ERROR_INVALID_VALUE, _("“%s” is listed twice."), value);
          else
            self->suits |= 1u << kind_values[found];
          vc_json_path_pop (r->path, len2);
        }
      vc_json_path_pop (r->path, len);
    }
  if (r->error != NULL)
    return;

  read_count (r, root, "people", self->people);
  self->has_groups = read_count (r, root, "groups", self->groups);
  if (r->error != NULL)
    return;

  node = get_member (r, root, "steps", TRUE);
  if (node == NULL)
    return;
  len = vc_json_path_push_member (r->path, "steps");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    fail (r, VC_DECK_ERROR_WRONG_TYPE, _("This must be a list of steps in [ ], not %s."),
          vc_json_type_label (node));
  else if ((steps = json_node_get_array (node)), json_array_get_length (steps) == 0)
    fail (r, VC_DECK_ERROR_MISSING_FIELD, _("A format needs at least one step."));
  else if (json_array_get_length (steps) > VC_FORMAT_MAX_STEPS)
    fail (r, VC_DECK_ERROR_TOO_MANY, _("A format has at most %d steps, not %u."),
          VC_FORMAT_MAX_STEPS, json_array_get_length (steps));
  else
    for (guint i = 0; i < json_array_get_length (steps) && r->error == NULL; i++)
      {
        gsize len2 = vc_json_path_push_index (r->path, i);
        read_step (r, self, json_array_get_element (steps, i), ids);
        vc_json_path_pop (r->path, len2);
      }
  vc_json_path_pop (r->path, len);
}

/**
 * vc_format_new_from_data:
 * @domain: (nullable): the gettext domain its texts are translated in, or
 *   %NULL to keep them as written
 *
 * Reads a format from its JSON text.
 *
 * Returns: (transfer full): the format, or %NULL with @error set to a
 *   %VC_DECK_ERROR that says what is wrong and where
 */
VcFormat *
vc_format_new_from_data (const char  *data,
                         gsize        size,
                         const char  *domain,
                         GError     **error)
{
  g_autoptr(VcFormat) self = g_object_new (VC_TYPE_FORMAT, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *message = NULL;
  g_autofree char *hint = NULL;
  Reader r = { path, domain, NULL };
  guint line = 0, column = 0;

  if (size > VC_FORMAT_MAX_FILE_SIZE)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE,
                   _("The format file is larger than 1 MiB, far more than any format needs."));
      return NULL;
    }
  if (vc_json_check_explain (data, size, VC_FORMAT_MAX_DEPTH, &line, &column, &message, &hint, &root) != VC_JSON_CHECK_OK)
    {
      /* Translators: a line and a column number, then what is wrong with
       * the JSON there and how to put it right */
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX, _("Line %u, column %u: %s %s"),
                   line, column, message, hint ? hint : "");
      g_strchomp ((*error)->message);
      return NULL;
    }

  read_format (&r, self, root);
  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * vc_format_new_from_file:
 *
 * Reads a format file, refusing anything that is not a regular file or is
 * larger than a format can be. An error names the file.
 *
 * Returns: (transfer full): the format, or %NULL with @error set
 */
VcFormat *
vc_format_new_from_file (GFile       *file,
                         const char  *domain,
                         GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  VcFormat *self;

  if (path != NULL)
    bytes = vc_json_read_file (path, VC_JSON_READ_DEFAULT, VC_FORMAT_MAX_FILE_SIZE,
                               VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE, &local);
  else
    local = g_error_new (VC_DECK_ERROR, VC_DECK_ERROR_IO,
                         _("Only files on this computer can be read."));
  if (bytes != NULL)
    {
      self = vc_format_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      domain, &local);
      if (self != NULL)
        {
          self->file = g_object_ref (file);
          return self;
        }
    }

  /* Translators: a format's file name, then what is wrong with it */
  g_set_error (error, local->domain, local->code, _("The format “%s” cannot be used. %s"),
               name, local->message);
  return NULL;
}
