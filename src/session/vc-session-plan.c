/* vc-session-plan.c
 *
 * A meeting run in a format: which format and for how many, where the
 * meeting is in it, how long each step was planned to take and took, and
 * what each small group wrote.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include "vc-session-json-private.h"

typedef struct
{
  char *card_id;
  char *notes;
} GroupRecord;

static void
step_record_free (VcStepRecord *record)
{
  g_free (record->id);
  g_free (record->title);
  g_free (record);
}

static void
group_record_free (GroupRecord *record)
{
  g_free (record->card_id);
  g_free (record->notes);
  g_free (record);
}

void
_vc_session_init_plan (VcSession *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify)step_record_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_record_free);
}

void
_vc_session_finalize_plan (VcSession *self)
{
  g_clear_pointer (&self->format_id, g_free);
  g_clear_pointer (&self->format_title, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
}

/**
 * vc_session_set_plan:
 * @format_id: (nullable): the format's id, or %NULL for a meeting run one
 *   card at a time
 * @format_title: (nullable): its title as shown, for a summary read
 *   without the format
 *
 * Says which format the meeting is run in. Choosing another format starts
 * its steps afresh.
 */
void
vc_session_set_plan (VcSession  *self,
                     const char *format_id,
                     const char *format_title,
                     guint       people,
                     guint       groups)
{
  g_return_if_fail (VC_IS_SESSION (self));

  if (g_strcmp0 (self->format_id, format_id) != 0)
    {
      g_ptr_array_set_size (self->steps, 0);
      self->plan_step = self->plan_turn = 0;
    }
  g_free (self->format_id);
  self->format_id = g_strdup (format_id);
  g_free (self->format_title);
  self->format_title = format_id ? g_strdup (format_title) : NULL;
  self->plan_people = format_id ? MIN (people, 1000) : 0;
  self->plan_groups = format_id ? MIN (groups, VC_SESSION_MAX_GROUPS) : 0;
  _vc_session_emit_changed (self);
}

const char *
vc_session_get_format_id (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->format_id;
}

const char *
vc_session_get_format_title (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->format_title;
}

guint
vc_session_get_plan_people (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->plan_people;
}

guint
vc_session_get_plan_groups (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->plan_groups;
}

void
vc_session_set_plan_position (VcSession *self,
                              guint      step,
                              guint      turn)
{
  g_return_if_fail (VC_IS_SESSION (self));

  if (self->plan_step == step && self->plan_turn == turn)
    return;
  self->plan_step = MIN (step, VC_SESSION_MAX_STEPS);
  self->plan_turn = MIN (turn, 1000);
  _vc_session_emit_changed (self);
}

guint
vc_session_get_plan_step (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->plan_step;
}

guint
vc_session_get_plan_turn (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->plan_turn;
}

/**
 * vc_session_set_step:
 * @index: the step's place in the format, counted from 0
 *
 * Records a step's plan and what happened; steps before @index not yet
 * recorded are added empty.
 */
void
vc_session_set_step (VcSession  *self,
                     guint       index,
                     const char *id,
                     const char *title,
                     gint64      planned,
                     gint64      actual,
                     gboolean    skipped)
{
  VcStepRecord *record;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (index < VC_SESSION_MAX_STEPS);
  g_return_if_fail (id != NULL);

  while (self->steps->len <= index)
    {
      record = g_new0 (VcStepRecord, 1);
      record->id = g_strdup ("");
      g_ptr_array_add (self->steps, record);
    }
  record = g_ptr_array_index (self->steps, index);
  if (g_str_equal (record->id, id) && g_strcmp0 (record->title, title) == 0 &&
      record->planned == planned && record->actual == actual && record->skipped == !!skipped)
    return;

  g_free (record->id);
  record->id = g_strdup (id);
  g_free (record->title);
  record->title = g_strdup (title);
  record->planned = MAX (planned, 0);
  record->actual = MAX (actual, 0);
  record->skipped = !!skipped;
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_steps:
 *
 * Returns: (transfer none) (element-type VcStepRecord): the steps of the
 *   meeting's format, in order, as far as they were recorded
 */
GPtrArray *
vc_session_get_steps (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->steps;
}

/**
 * vc_session_get_n_groups:
 *
 * Returns: how many small groups have a card or notes recorded
 */
guint
vc_session_get_n_groups (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->groups->len;
}

static GroupRecord *
ensure_group (VcSession *self,
              guint      group)
{
  while (self->groups->len <= group)
    g_ptr_array_add (self->groups, g_new0 (GroupRecord, 1));
  return g_ptr_array_index (self->groups, group);
}

/* Groups left with nothing at the end are not kept. */
static void
trim_groups (VcSession *self)
{
  while (self->groups->len > 0)
    {
      GroupRecord *last = g_ptr_array_index (self->groups, self->groups->len - 1);

      if (last->card_id != NULL || last->notes != NULL)
        break;
      g_ptr_array_set_size (self->groups, self->groups->len - 1);
    }
}

/**
 * vc_session_get_group_notes:
 * @group: counted from 0
 *
 * Returns: (nullable): what the group's scribe wrote
 */
const char *
vc_session_get_group_notes (VcSession *self,
                            guint      group)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  if (group >= self->groups->len)
    return NULL;
  return ((GroupRecord *)g_ptr_array_index (self->groups, group))->notes;
}

void
vc_session_set_group_notes (VcSession  *self,
                            guint       group,
                            const char *text)
{
  GroupRecord *record;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (group < VC_SESSION_MAX_GROUPS);

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (vc_session_get_group_notes (self, group), text) == 0)
    return;
  record = ensure_group (self, group);
  g_free (record->notes);
  record->notes = g_strdup (text);
  trim_groups (self);
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_group_card:
 *
 * Returns: (nullable): the id of the card the group took
 */
const char *
vc_session_get_group_card (VcSession *self,
                           guint      group)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  if (group >= self->groups->len)
    return NULL;
  return ((GroupRecord *)g_ptr_array_index (self->groups, group))->card_id;
}

void
vc_session_set_group_card (VcSession  *self,
                           guint       group,
                           const char *card_id)
{
  GroupRecord *record;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (group < VC_SESSION_MAX_GROUPS);

  if (g_strcmp0 (vc_session_get_group_card (self, group), card_id) == 0)
    return;
  record = ensure_group (self, group);
  g_free (record->card_id);
  record->card_id = g_strdup (card_id);
  trim_groups (self);
  _vc_session_emit_changed (self);
}

/* JSON */

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
_vc_session_write_plan (VcSession   *self,
                        JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "plan");
  if (self->format_id == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  add_string_or_null (builder, "format", self->format_id);
  add_string_or_null (builder, "title", self->format_title);
  add_int (builder, "people", self->plan_people);
  add_int (builder, "groups", self->plan_groups);
  add_int (builder, "step", self->plan_step);
  add_int (builder, "turn", self->plan_turn);

  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      VcStepRecord *record = g_ptr_array_index (self->steps, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "id", record->id);
      add_string_or_null (builder, "title", record->title);
      add_int (builder, "planned", record->planned);
      add_int (builder, "actual", record->actual);
      json_builder_set_member_name (builder, "skipped");
      json_builder_add_boolean_value (builder, record->skipped);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "groups-notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->groups->len; i++)
    {
      GroupRecord *record = g_ptr_array_index (self->groups, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "card", record->card_id);
      add_string_or_null (builder, "notes", record->notes);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static gboolean
read_list (Reader      *r,
           JsonObject  *object,
           const char  *name,
           guint        max,
           JsonArray  **out)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize len = reader_push (r, name);
  gboolean ok = TRUE;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    ;
  else if (!JSON_NODE_HOLDS_ARRAY (node))
    ok = corrupt (r, _("it should be a list"));
  else if (json_array_get_length (json_node_get_array (node)) > max)
    ok = corrupt (r, _("it is longer than any meeting has"));
  else
    *out = json_node_get_array (node);
  reader_pop (r, len);
  return ok;
}

static gboolean
read_step (Reader     *r,
           JsonNode   *node,
           VcSession  *self,
           guint       index)
{
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  gint64 planned = 0, actual = 0;
  gboolean skipped = FALSE;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return corrupt_type (r, EXPECT_OBJECT);
  object = json_node_get_object (node);
  /* Steps not yet reached may be recorded without their id. */
  if (!read_string (r, object, "id", FALSE, &id) ||
      !read_string (r, object, "title", FALSE, &title) ||
      !read_count (r, object, "planned", G_MAXINT32, &planned) ||
      !read_count (r, object, "actual", G_MAXINT32, &actual) ||
      !read_boolean (r, object, "skipped", &skipped))
    return FALSE;
  vc_session_set_step (self, index, id ? id : "", title, planned, actual, skipped);
  return TRUE;
}

static gboolean
read_group (Reader     *r,
            JsonNode   *node,
            VcSession  *self,
            guint       index)
{
  g_autofree char *card = NULL;
  g_autofree char *notes = NULL;
  GroupRecord *record;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return corrupt_type (r, EXPECT_OBJECT);
  object = json_node_get_object (node);
  if (!read_string (r, object, "card", FALSE, &card) ||
      !read_string (r, object, "notes", FALSE, &notes))
    return FALSE;
  /* Kept as they are, empty groups included, so that group 3 stays group 3. */
  record = ensure_group (self, index);
  record->card_id = g_steal_pointer (&card);
  record->notes = g_steal_pointer (&notes);
  if (record->notes != NULL && record->notes[0] == '\0')
    g_clear_pointer (&record->notes, g_free);
  return TRUE;
}

/* "plan" is absent in sessions saved before formats, and null for a
 * meeting run one card at a time. */
gboolean
_vc_session_read_plan (Reader     *r,
                       JsonObject *root,
                       VcSession  *self)
{
  JsonObject *plan;
  JsonArray *steps, *groups;
  gint64 people, n_groups, step, turn;
  gsize len;
  gboolean ok;

  if (!get_object (r, root, "plan", FALSE, &plan))
    return FALSE;
  if (plan == NULL)
    return TRUE;

  len = reader_push (r, "plan");
  ok = read_string (r, plan, "format", TRUE, &self->format_id) &&
       read_string (r, plan, "title", FALSE, &self->format_title) &&
       read_count (r, plan, "people", 1000, &people) &&
       read_count (r, plan, "groups", VC_SESSION_MAX_GROUPS, &n_groups) &&
       read_count (r, plan, "step", VC_SESSION_MAX_STEPS, &step) &&
       read_count (r, plan, "turn", 1000, &turn) &&
       read_list (r, plan, "steps", VC_SESSION_MAX_STEPS, &steps) &&
       read_list (r, plan, "groups-notes", VC_SESSION_MAX_GROUPS, &groups);
  if (ok)
    {
      self->plan_people = people;
      self->plan_groups = n_groups;
      self->plan_step = step;
      self->plan_turn = turn;
    }

  for (guint i = 0; ok && steps != NULL && i < json_array_get_length (steps); i++)
    {
      gsize item_len;

      len = reader_push (r, "steps");
      item_len = reader_push_index (r, i);
      ok = read_step (r, json_array_get_element (steps, i), self, i);
      reader_pop (r, item_len);
      reader_pop (r, len);
    }
  for (guint i = 0; ok && groups != NULL && i < json_array_get_length (groups); i++)
    {
      gsize item_len;

      len = reader_push (r, "groups-notes");
      item_len = reader_push_index (r, i);
      ok = read_group (r, json_array_get_element (groups, i), self, i);
      reader_pop (r, item_len);
      reader_pop (r, len);
    }
  reader_pop (r, 0);
  return ok;
}
