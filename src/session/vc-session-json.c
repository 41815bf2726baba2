/* vc-session-json.c
 *
 * Reading a session back from the JSON the store writes (see
 * vc-session-json-write.c).
 *
 * Reading treats the file as hostile, because it may have been damaged by
 * a full disk, a crash of another program or a hand edit: every member is
 * checked before anything is kept, and a file that is not exactly right is
 * refused as a whole with a message that says where it is wrong.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-json-reader.h"
#include "vc-session-private.h"
#include "vc-session-json-private.h"

/* Reading */

/* Places are kept as the deck loader keeps them: “deck.id”, “pairs[2]”. */
gsize
reader_push (Reader     *r,
             const char *name)
{
  return vc_json_path_push_member (r->path, name);
}

gsize
reader_push_index (Reader *r,
                   guint   index)
{
  return vc_json_path_push_index (r->path, index);
}

void
reader_pop (Reader *r,
            gsize   len)
{
  vc_json_path_pop (r->path, len);
}

gboolean G_GNUC_PRINTF (2, 3)
corrupt (Reader     *r,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the first %s names a place in the file such as
   * “deck.id” or “pairs[2].word”, the second says what is wrong there. */
  g_set_error (r->error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
               _("The saved session is damaged at “%s”: %s. It cannot be opened, "
                 "but the file is kept so that nothing in it is lost."),
               r->path->len > 0 ? r->path->str : "/", detail);
  return FALSE;
}

gboolean
corrupt_type (Reader     *r,
              const char *expected)
{
  return corrupt (r, _("it should be %s"), expected);
}


gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Reads an optional string member: absent and null both give NULL. */
gboolean
read_string (Reader      *r,
             JsonObject  *object,
             const char  *name,
             gboolean     required,
             char       **out)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *value;
  gsize len;
  gboolean ok = TRUE;

  *out = NULL;
  len = reader_push (r, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        ok = corrupt (r, _("it is missing"));
    }
  else if (!node_is_string (node))
    ok = corrupt_type (r, EXPECT_STRING);
  else
    {
      value = json_node_get_string (node);
      if (value == NULL || !g_utf8_validate (value, -1, NULL))
        ok = corrupt (r, _("it is not valid text"));
      else if (required && value[0] == '\0')
        ok = corrupt (r, _("it is empty"));
      else
        *out = g_strdup (value);
    }

  reader_pop (r, len);
  return ok;
}

gboolean
read_count (Reader     *r,
            JsonObject *object,
            const char *name,
            gint64      max,
            gint64     *out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len = reader_push (r, name);
  gboolean ok = TRUE;

  *out = 0;
  if (node == NULL)
    ;
  else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    ok = corrupt_type (r, EXPECT_COUNT);
  else if (json_node_get_int (node) < 0 || json_node_get_int (node) > max)
    {
      /* Formatted apart: a format macro in a translatable string would
       * not match the translation. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      ok = corrupt (r, _("the number %s is out of range"), number);
    }
  else
    *out = json_node_get_int (node);

  reader_pop (r, len);
  return ok;
}

static gboolean
read_time (Reader      *r,
           JsonObject  *object,
           const char  *name,
           gboolean     required,
           GDateTime  **out)
{
  g_autofree char *text = NULL;
  gsize len;
  gboolean ok = TRUE;

  *out = NULL;
  if (!read_string (r, object, name, required, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  len = reader_push (r, name);
  /* No default time zone: a time without an offset is ambiguous, and this
   * app never writes one. */
  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    ok = corrupt_type (r, EXPECT_TIME);
  reader_pop (r, len);

  return ok;
}

/* An optional true or false: @value is left as it is when it is absent. */
gboolean
read_boolean (Reader     *r,
              JsonObject *object,
              const char *name,
              gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len;
  gboolean ok = TRUE;

  if (node == NULL)
    return TRUE;

  len = reader_push (r, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    ok = corrupt_type (r, EXPECT_BOOLEAN);
  else
    *value = json_node_get_boolean (node);
  reader_pop (r, len);

  return ok;
}

static gboolean
read_strv (Reader       *r,
           JsonObject   *object,
           const char   *name,
           gboolean      allow_empty_items,
           char       ***out)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gsize len = reader_push (r, name);
  JsonArray *array;
  gboolean ok = TRUE;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      reader_pop (r, len);
      *out = g_new0 (char *, 1);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ok = corrupt_type (r, EXPECT_LIST);
      reader_pop (r, len);
      return ok;
    }

  array = json_node_get_array (node);
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize item_len = reader_push_index (r, i);
      const char *value;

      if (!node_is_string (item))
        ok = corrupt_type (r, EXPECT_STRING);
      else if ((value = json_node_get_string (item)) == NULL ||
               !g_utf8_validate (value, -1, NULL))
        ok = corrupt (r, _("it is not valid text"));
      else if (!allow_empty_items && value[0] == '\0')
        ok = corrupt (r, _("it is empty"));
      else
        g_strv_builder_add (builder, value);

      reader_pop (r, item_len);
    }

  reader_pop (r, len);
  if (ok)
    *out = g_strv_builder_end (builder);
  return ok;
}

/* Returns the member as an object, NULL if it is absent; fails if it is
 * there but is something else. */
gboolean
get_object (Reader      *r,
            JsonObject  *object,
            const char  *name,
            gboolean     required,
            JsonObject **out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len = reader_push (r, name);
  gboolean ok = TRUE;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        ok = corrupt (r, _("it is missing"));
    }
  else if (!JSON_NODE_HOLDS_OBJECT (node))
    ok = corrupt_type (r, EXPECT_OBJECT);
  else
    *out = json_node_get_object (node);

  reader_pop (r, len);
  return ok;
}

/* Session ids name the session's file, so anything that could step out of
 * the sessions folder or hide a file is refused. */
static gboolean
is_valid_id (const char *id)
{
  gsize n = 0;

  for (const char *p = id; *p != '\0'; p++, n++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return n > 0 && n <= 64;
}

static gboolean
read_format_version (Reader     *r,
                     JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "format-version");
  gint64 version;
  gsize len = reader_push (r, "format-version");
  gboolean ok = TRUE;

  if (node == NULL)
    ok = corrupt (r, _("it is missing"));
  else if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    ok = corrupt_type (r, EXPECT_COUNT);
  else if ((version = json_node_get_int (node)) != VC_SESSION_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      g_set_error (r->error, VC_SESSION_ERROR, VC_SESSION_ERROR_UNSUPPORTED,
                   _("The saved session has format version %s, which this version of "
                     "Value Cards cannot read. Update Value Cards to open it; the file "
                     "is kept."),
                   number);
      ok = FALSE;
    }

  reader_pop (r, len);
  return ok;
}

static gboolean
read_deck (Reader     *r,
           JsonObject *root,
           VcSession  *self)
{
  g_autofree char *uri = NULL;
  JsonObject *deck;
  gsize len;
  gboolean ok;

  if (!get_object (r, root, "deck", TRUE, &deck))
    return FALSE;

  len = reader_push (r, "deck");
  ok = read_string (r, deck, "id", TRUE, &self->deck_id) &&
       read_string (r, deck, "version", FALSE, &self->deck_version) &&
       read_string (r, deck, "path", FALSE, &self->deck_path) &&
       read_string (r, deck, "uri", FALSE, &uri) &&
       read_string (r, deck, "title", FALSE, &self->deck_title);
  reader_pop (r, len);

  /* A URI that does not name a local file is no worse than no path: the
   * deck is then looked up by its id. */
  if (ok && self->deck_path == NULL && uri != NULL)
    self->deck_path = g_filename_from_uri (uri, NULL, NULL);

  return ok;
}

static gboolean
read_turns (Reader     *r,
            JsonObject *roles,
            VcSession  *self)
{
  JsonNode *node = json_object_get_member (roles, "turns");
  gsize len = reader_push (r, "turns");
  JsonArray *array;
  gboolean ok = TRUE;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      reader_pop (r, len);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      corrupt (r, _("it should be a list of turns"));
      reader_pop (r, len);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize item_len = reader_push_index (r, i);
      g_autofree char *card = NULL;
      g_autoptr(GDateTime) started = NULL;
      g_auto(GStrv) holders = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        ok = corrupt_type (r, EXPECT_OBJECT);
      else
        {
          JsonObject *turn = json_node_get_object (item);

          ok = read_string (r, turn, "card", FALSE, &card) &&
               read_time (r, turn, "started", TRUE, &started) &&
               read_strv (r, turn, "holders", TRUE, &holders);
          if (ok)
            g_ptr_array_add (self->turns,
                             _vc_role_turn_new (card, started, (const char * const *)holders));
        }

      reader_pop (r, item_len);
    }

  reader_pop (r, len);
  return ok;
}

static gboolean
read_roles (Reader     *r,
            JsonObject *root,
            VcSession  *self)
{
  JsonObject *roles;
  gint64 rotation;
  gsize len;
  gboolean ok;

  if (!get_object (r, root, "roles", FALSE, &roles))
    return FALSE;
  if (roles == NULL)
    return TRUE;

  len = reader_push (r, "roles");
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_pointer (&self->people, g_strfreev);
  ok = read_strv (r, roles, "ids", FALSE, &self->role_ids) &&
       read_strv (r, roles, "people", TRUE, &self->people) &&
       read_count (r, roles, "rotation", G_MAXUINT, &rotation) &&
       read_turns (r, roles, self);
  reader_pop (r, len);

  /* Whatever failed leaves its field empty rather than NULL. */
  if (self->role_ids == NULL)
    self->role_ids = g_new0 (char *, 1);
  if (self->people == NULL)
    self->people = g_new0 (char *, 1);
  if (ok)
    self->rotation = rotation;

  return ok;
}

static gboolean
read_position (Reader     *r,
               JsonObject *root,
               VcSession  *self)
{
  JsonObject *position;
  gint64 stage;
  gsize len;
  gboolean ok;

  if (!get_object (r, root, "position", FALSE, &position))
    return FALSE;
  if (position == NULL)
    return TRUE;

  len = reader_push (r, "position");
  ok = read_string (r, position, "card", FALSE, &self->current_card) &&
       read_count (r, position, "stage", G_MAXUINT, &stage);
  reader_pop (r, len);

  if (ok)
    self->current_stage = stage;
  return ok;
}

typedef gboolean (*MemberFunc) (Reader     *r,
                                const char *name,
                                JsonNode   *node,
                                VcSession  *self);

/* Reads each member of the optional object @name of @root with @func, in
 * file order (which a JsonObjectIter does not keep), with the place of
 * each for messages. */
static gboolean
read_members (Reader     *r,
              JsonObject *root,
              const char *name,
              MemberFunc  func,
              VcSession  *self)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  gsize len;
  gboolean ok = TRUE;

  if (!get_object (r, root, name, FALSE, &object))
    return FALSE;
  if (object == NULL)
    return TRUE;

  len = reader_push (r, name);
  members = json_object_get_members (object);
  for (const GList *l = members; ok && l != NULL; l = l->next)
    {
      gsize member_len = reader_push (r, l->data);

      ok = func (r, l->data, json_object_get_member (object, l->data), self);
      reader_pop (r, member_len);
    }
  reader_pop (r, len);

  return ok;
}

/* A card's notes, time and marks, under its id: in file order, so that
 * the cards come back in the order they were written about. */
static gboolean
read_card (Reader     *r,
           const char *card_id,
           JsonNode   *node,
           VcSession  *self)
{
  g_autofree char *notes = NULL;
  gint64 seconds = 0;
  gboolean drawn = FALSE;
  gboolean visited = FALSE;
  JsonObject *card;
  CardRecord *record;

  if (card_id[0] == '\0' || !g_utf8_validate (card_id, -1, NULL))
    return corrupt (r, _("a card has no valid id"));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return corrupt_type (r, EXPECT_OBJECT);

  card = json_node_get_object (node);
  /* “visited” was added later: absent in older files. */
  if (!read_string (r, card, "notes", FALSE, &notes) ||
      !read_count (r, card, "seconds", G_MAXINT64, &seconds) ||
      !read_boolean (r, card, "drawn", &drawn) ||
      !read_boolean (r, card, "visited", &visited))
    return FALSE;

  /* The same notes as set_notes() keeps: empty means none. */
  if (notes != NULL && notes[0] == '\0')
    g_clear_pointer (&notes, g_free);

  record = _vc_session_ensure_card (self, card_id);
  g_free (record->notes);
  record->notes = g_steal_pointer (&notes);
  record->seconds = seconds;
  record->drawn = drawn;
  record->visited = visited;
  _vc_session_drop_card_if_empty (self, record);

  return TRUE;
}

static gboolean
read_pairs (Reader     *r,
            JsonObject *root,
            VcSession  *self)
{
  JsonNode *node = json_object_get_member (root, "pairs");
  JsonArray *array;
  gsize len = reader_push (r, "pairs");
  gboolean ok = TRUE;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      reader_pop (r, len);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      corrupt (r, _("it should be a list of pairs"));
      reader_pop (r, len);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize item_len = reader_push_index (r, i);
      g_autofree char *word = NULL;
      g_autofree char *image = NULL;
      g_autofree char *reason = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        ok = corrupt_type (r, EXPECT_OBJECT);
      else
        {
          JsonObject *pair = json_node_get_object (item);

          ok = read_string (r, pair, "word", TRUE, &word) &&
               read_string (r, pair, "image", TRUE, &image) &&
               read_string (r, pair, "reason", FALSE, &reason);
          if (ok)
            g_ptr_array_add (self->pairs, _vc_pair_new (word, image, reason));
        }

      reader_pop (r, item_len);
    }

  reader_pop (r, len);
  return ok;
}

/* The group's answer to a closing question, under the question's number. */
static gboolean
read_answer (Reader     *r,
             const char *name,
             JsonNode   *node,
             VcSession  *self)
{
  guint64 question = 0;
  const char *text;

  /* Only plain decimal numbers, so "1" and "01" cannot both be there. */
  if (name[0] == '\0' ||
      (name[0] == '0' && name[1] != '\0') ||
      !g_ascii_string_to_unsigned (name, 10, 0, VC_SESSION_MAX_ANSWER_INDEX, &question, NULL))
    return corrupt (r, _("an answer must be named by the number of its question"));
  if (!node_is_string (node))
    return corrupt_type (r, EXPECT_STRING);
  if ((text = json_node_get_string (node)) == NULL || !g_utf8_validate (text, -1, NULL))
    return corrupt (r, _("it is not valid text"));

  if (text[0] != '\0')
    g_hash_table_insert (self->answers, GUINT_TO_POINTER ((guint)question), g_strdup (text));
  return TRUE;
}

/**
 * vc_session_new_from_json:
 * @node: a JSON node, as written by vc_session_to_json()
 * @error: return location for a #VcSessionError
 *
 * Reads a saved session. Anything not exactly as this app writes it fails
 * with %VC_SESSION_ERROR_CORRUPT, and a file from a newer format with
 * %VC_SESSION_ERROR_UNSUPPORTED; nothing is ever half-read.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL on error
 */
VcSession *
vc_session_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_autoptr(VcSession) self = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *kind = NULL;
  Reader r = { path, error };
  JsonObject *root;
  gsize len;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      corrupt_type (&r, EXPECT_OBJECT);
      return NULL;
    }
  root = json_node_get_object (node);

  /* The version first: a newer file may look wrong in every other way. */
  if (!read_format_version (&r, root))
    return NULL;

  self = g_object_new (VC_TYPE_SESSION, NULL);

  if (!read_string (&r, root, "id", TRUE, &self->id))
    return NULL;
  if (!is_valid_id (self->id))
    {
      len = reader_push (&r, "id");
      corrupt (&r, _("it may only hold letters, digits, “-” and “_”"));
      reader_pop (&r, len);
      return NULL;
    }

  if (!read_string (&r, root, "kind", TRUE, &kind))
    return NULL;
  if (g_str_equal (kind, "meeting"))
    self->kind = VC_SESSION_KIND_MEETING;
  else if (g_str_equal (kind, "reflection"))
    self->kind = VC_SESSION_KIND_REFLECTION;
  else
    {
      len = reader_push (&r, "kind");
      corrupt (&r, _("it should be “meeting” or “reflection”"));
      reader_pop (&r, len);
      return NULL;
    }

  if (!read_deck (&r, root, self) ||
      !read_time (&r, root, "started", TRUE, &self->started) ||
      !read_time (&r, root, "ended", FALSE, &self->ended) ||
      !read_roles (&r, root, self) ||
      !read_position (&r, root, self) ||
      !read_members (&r, root, "cards", read_card, self) ||
      !read_pairs (&r, root, self) ||
      !read_members (&r, root, "answers", read_answer, self) ||
      !_vc_session_read_plan (&r, root, self))
    return NULL;

  g_clear_pointer (&self->carry_over, g_strfreev);
  if (!read_strv (&r, root, "carry-over", TRUE, &self->carry_over))
    {
      self->carry_over = g_new0 (char *, 1);
      return NULL;
    }

  return g_steal_pointer (&self);
}
