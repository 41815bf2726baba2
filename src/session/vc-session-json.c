/* vc-session-json.c
 *
 * A session as JSON: what the store writes, and reading it back.
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

/* Writing */

static char *
format_time (GDateTime *time)
{
  /* Always with an explicit offset, so that a meeting held in summer time
   * still shows the hour it was held at; microseconds keep the order of
   * sessions started within the same second. */
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S.%f%:z");
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * vc_session_to_json:
 * @self: a #VcSession
 *
 * Returns: (transfer full): the session as a JSON object, as the store
 *   writes it
 */
JsonNode *
vc_session_to_json (VcSession *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GArray) questions = NULL;
  g_autofree char *started = NULL;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "format-version");
  json_builder_add_int_value (builder, VC_SESSION_FORMAT_VERSION);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder,
                                 self->kind == VC_SESSION_KIND_MEETING ? "meeting" : "reflection");

  json_builder_set_member_name (builder, "deck");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->deck_id);
  add_string_or_null (builder, "version", self->deck_version);
  /* A file name need not be UTF-8, and JSON text must be: such a name is
   * kept as a URI, which escapes its bytes. */
  if (self->deck_path != NULL && !g_utf8_validate (self->deck_path, -1, NULL))
    {
      g_autofree char *uri = g_filename_to_uri (self->deck_path, NULL, NULL);

      add_string_or_null (builder, "path", NULL);
      add_string_or_null (builder, "uri", uri);
    }
  else
    add_string_or_null (builder, "path", self->deck_path);
  add_string_or_null (builder, "title", self->deck_title);
  json_builder_end_object (builder);

  started = format_time (self->started);
  json_builder_set_member_name (builder, "started");
  json_builder_add_string_value (builder, started);
  json_builder_set_member_name (builder, "ended");
  if (self->ended != NULL)
    {
      g_autofree char *ended = format_time (self->ended);

      json_builder_add_string_value (builder, ended);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_object (builder);
  add_strv (builder, "ids", (const char * const *)self->role_ids);
  add_strv (builder, "people", (const char * const *)self->people);
  json_builder_set_member_name (builder, "rotation");
  json_builder_add_int_value (builder, self->rotation);
  /* Added later: older files have no turns, and read as never rotated. */
  json_builder_set_member_name (builder, "turns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->turns->len; i++)
    {
      VcRoleTurn *turn = g_ptr_array_index (self->turns, i);
      g_autofree char *turn_started = format_time (turn->started);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "card", turn->card_id);
      json_builder_set_member_name (builder, "started");
      json_builder_add_string_value (builder, turn_started);
      add_strv (builder, "holders", (const char * const *)turn->holders);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "position");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "card", self->current_card);
  json_builder_set_member_name (builder, "stage");
  json_builder_add_int_value (builder, self->current_stage);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_object (builder);
  for (guint i = 0; i < self->cards->len; i++)
    {
      CardRecord *record = g_ptr_array_index (self->cards, i);

      json_builder_set_member_name (builder, record->card_id);
      json_builder_begin_object (builder);
      add_string_or_null (builder, "notes", record->notes);
      json_builder_set_member_name (builder, "seconds");
      json_builder_add_int_value (builder, record->seconds);
      json_builder_set_member_name (builder, "drawn");
      json_builder_add_boolean_value (builder, record->drawn);
      json_builder_set_member_name (builder, "visited");
      json_builder_add_boolean_value (builder, record->visited);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "pairs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->pairs->len; i++)
    {
      VcPair *pair = g_ptr_array_index (self->pairs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "word");
      json_builder_add_string_value (builder, pair->word_id);
      json_builder_set_member_name (builder, "image");
      json_builder_add_string_value (builder, pair->image_id);
      add_string_or_null (builder, "reason", pair->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* In question order, so that the file reads like the closing card. */
  questions = _vc_session_dup_answered (self);
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  for (guint i = 0; i < questions->len; i++)
    {
      guint question = g_array_index (questions, guint, i);
      char name[16];

      g_snprintf (name, sizeof name, "%u", question);
      json_builder_set_member_name (builder, name);
      json_builder_add_string_value (builder, vc_session_get_answer (self, question));
    }
  json_builder_end_object (builder);

  add_strv (builder, "carry-over", (const char * const *)self->carry_over);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reading */

typedef struct
{
  GString  *path;
  GError  **error;
} Reader;

/* Places are kept as the deck loader keeps them: “deck.id”, “pairs[2]”. */
static gsize
reader_push (Reader     *r,
             const char *name)
{
  return vc_json_path_push_member (r->path, name);
}

static gsize
reader_push_index (Reader *r,
                   guint   index)
{
  return vc_json_path_push_index (r->path, index);
}

static void
reader_pop (Reader *r,
            gsize   len)
{
  vc_json_path_pop (r->path, len);
}

static gboolean G_GNUC_PRINTF (2, 3)
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

static gboolean
corrupt_type (Reader     *r,
              const char *expected)
{
  return corrupt (r, _("it should be %s"), expected);
}

/* The words shown for what a member should be. */
#define EXPECT_OBJECT   _("a group of named values")
#define EXPECT_STRING   _("text")
#define EXPECT_COUNT    _("a whole number, zero or more")
#define EXPECT_BOOLEAN  _("true or false")
#define EXPECT_LIST     _("a list of texts")
#define EXPECT_TIME     _("a date and time with its offset from UTC")

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Reads an optional string member: absent and null both give NULL. */
static gboolean
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

static gboolean
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
static gboolean
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

static gboolean
read_cards (Reader     *r,
            JsonObject *root,
            VcSession  *self)
{
  g_autoptr(GList) members = NULL;
  JsonObject *cards;
  gsize len;
  gboolean ok = TRUE;

  if (!get_object (r, root, "cards", FALSE, &cards))
    return FALSE;
  if (cards == NULL)
    return TRUE;

  len = reader_push (r, "cards");
  /* The members in file order (which a JsonObjectIter does not keep), so
   * that the cards come back in the order they were written about. */
  members = json_object_get_members (cards);
  for (const GList *l = members; ok && l != NULL; l = l->next)
    {
      const char *card_id = l->data;
      JsonNode *node = json_object_get_member (cards, card_id);
      gsize card_len = reader_push (r, card_id);
      JsonObject *card;
      CardRecord *record;
      char *notes = NULL;
      gint64 seconds = 0;
      gboolean drawn = FALSE;
      gboolean visited = FALSE;
      JsonNode *drawn_node;
      JsonNode *visited_node;

      if (card_id[0] == '\0' || !g_utf8_validate (card_id, -1, NULL))
        ok = corrupt (r, _("a card has no valid id"));
      else if (!JSON_NODE_HOLDS_OBJECT (node))
        ok = corrupt_type (r, EXPECT_OBJECT);
      else
        {
          card = json_node_get_object (node);
          ok = read_string (r, card, "notes", FALSE, &notes) &&
               read_count (r, card, "seconds", G_MAXINT64, &seconds);

          if (ok && (drawn_node = json_object_get_member (card, "drawn")) != NULL)
            {
              gsize drawn_len = reader_push (r, "drawn");

              if (!JSON_NODE_HOLDS_VALUE (drawn_node) ||
                  json_node_get_value_type (drawn_node) != G_TYPE_BOOLEAN)
                ok = corrupt_type (r, EXPECT_BOOLEAN);
              else
                drawn = json_node_get_boolean (drawn_node);
              reader_pop (r, drawn_len);
            }

          /* Added later: absent in older files. */
          if (ok && (visited_node = json_object_get_member (card, "visited")) != NULL)
            {
              gsize visited_len = reader_push (r, "visited");

              if (!JSON_NODE_HOLDS_VALUE (visited_node) ||
                  json_node_get_value_type (visited_node) != G_TYPE_BOOLEAN)
                ok = corrupt_type (r, EXPECT_BOOLEAN);
              else
                visited = json_node_get_boolean (visited_node);
              reader_pop (r, visited_len);
            }
        }

      if (ok)
        {
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
        }

      g_free (notes);
      reader_pop (r, card_len);
    }
  reader_pop (r, len);

  return ok;
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

static gboolean
read_answers (Reader     *r,
              JsonObject *root,
              VcSession  *self)
{
  g_autoptr(GList) members = NULL;
  JsonObject *answers;
  gsize len;
  gboolean ok = TRUE;

  if (!get_object (r, root, "answers", FALSE, &answers))
    return FALSE;
  if (answers == NULL)
    return TRUE;

  len = reader_push (r, "answers");
  members = json_object_get_members (answers);
  for (const GList *l = members; ok && l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (answers, name);
      gsize answer_len = reader_push (r, name);
      guint64 question = 0;
      const char *text;

      /* Only plain decimal numbers, so "1" and "01" cannot both be there. */
      if (name[0] == '\0' ||
          (name[0] == '0' && name[1] != '\0') ||
          !g_ascii_string_to_unsigned (name, 10, 0, VC_SESSION_MAX_ANSWER_INDEX, &question, NULL))
        ok = corrupt (r, _("an answer must be named by the number of its question"));
      else if (!node_is_string (node))
        ok = corrupt_type (r, EXPECT_STRING);
      else if ((text = json_node_get_string (node)) == NULL ||
               !g_utf8_validate (text, -1, NULL))
        ok = corrupt (r, _("it is not valid text"));
      else if (text[0] != '\0')
        g_hash_table_insert (self->answers, GUINT_TO_POINTER ((guint)question), g_strdup (text));

      reader_pop (r, answer_len);
    }
  reader_pop (r, len);

  return ok;
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
      !read_cards (&r, root, self) ||
      !read_pairs (&r, root, self) ||
      !read_answers (&r, root, self))
    return NULL;

  g_clear_pointer (&self->carry_over, g_strfreev);
  if (!read_strv (&r, root, "carry-over", TRUE, &self->carry_over))
    {
      self->carry_over = g_new0 (char *, 1);
      return NULL;
    }

  return g_steal_pointer (&self);
}
