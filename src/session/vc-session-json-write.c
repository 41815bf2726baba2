/* vc-session-json-write.c
 *
 * A session as JSON, as the store writes it; vc-session-json.c reads it
 * back.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-session-private.h"
#include "vc-session-json-private.h"

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

void
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
  _vc_session_write_plan (self, builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
