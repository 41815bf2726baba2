/* vc-format.c
 *
 * A meeting format: its steps, and how long each takes with the people
 * and groups there. Reading it from JSON is in vc-format-read.c.
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
#include "vc-session-describe.h"
#include "vc-format-private.h"

G_DEFINE_FINAL_TYPE (VcFormat, vc_format, G_TYPE_OBJECT)

void
_vc_format_step_free (VcFormatStep *step)
{
  g_free (step->id);
  g_free (step->title);
  g_free (step->instruction);
  g_free (step->note);
  g_free (step->turn_text);
  g_free (step);
}

static void
vc_format_finalize (GObject *object)
{
  VcFormat *self = VC_FORMAT (object);

  g_clear_object (&self->file);
  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->source_language);
  g_ptr_array_unref (self->steps);

  G_OBJECT_CLASS (vc_format_parent_class)->finalize (object);
}

static void
vc_format_class_init (VcFormatClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_format_finalize;
}

static void
vc_format_init (VcFormat *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify)_vc_format_step_free);
  self->people[0] = 1;
  self->people[1] = 8;
  self->people[2] = VC_FORMAT_MAX_COUNT;
  self->groups[0] = self->groups[1] = self->groups[2] = 1;
}

const char *
vc_format_get_id (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  return self->id;
}

const char *
vc_format_get_title (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  return self->title;
}

const char *
vc_format_get_description (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  return self->description;
}

const char *
vc_format_get_source_language (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  return self->source_language;
}

/**
 * vc_format_get_file:
 *
 * Returns: (nullable) (transfer none): where the format was read from
 */
GFile *
vc_format_get_file (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  return self->file;
}

gboolean
vc_format_suits_kind (VcFormat   *self,
                      VcDeckKind  kind)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), FALSE);
  return self->suits == 0 || (self->suits & (1u << kind)) != 0;
}

gboolean
vc_format_has_groups (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), FALSE);
  return self->has_groups;
}

void
vc_format_get_people_range (VcFormat *self,
                            guint    *min,
                            guint    *dflt,
                            guint    *max)
{
  g_return_if_fail (VC_IS_FORMAT (self));
  if (min) *min = self->people[0];
  if (dflt) *dflt = self->people[1];
  if (max) *max = self->people[2];
}

void
vc_format_get_groups_range (VcFormat *self,
                            guint    *min,
                            guint    *dflt,
                            guint    *max)
{
  g_return_if_fail (VC_IS_FORMAT (self));
  if (min) *min = self->groups[0];
  if (dflt) *dflt = self->groups[1];
  if (max) *max = self->groups[2];
}

guint
vc_format_get_n_steps (VcFormat *self)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), 0);
  return self->steps->len;
}

const VcFormatStep *
vc_format_get_step (VcFormat *self,
                    guint     index)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);
  return g_ptr_array_index (self->steps, index);
}

int
vc_format_find_step (VcFormat   *self,
                     const char *step_id)
{
  g_return_val_if_fail (VC_IS_FORMAT (self), -1);
  for (guint i = 0; i < self->steps->len; i++)
    if (g_strcmp0 (((VcFormatStep *)g_ptr_array_index (self->steps, i))->id, step_id) == 0)
      return i;
  return -1;
}

/* Durations */

/**
 * vc_format_step_count_turns:
 *
 * Returns: how many turns @step has with @people in @groups: one per person,
 *   one per group, or one per set of chairs; 1 for a step without turns
 */
guint
vc_format_step_count_turns (const VcFormatStep *step,
                            guint               people,
                            guint               groups)
{
  people = MAX (people, 1);
  groups = MAX (groups, 1);
  switch (step->turns)
    {
    case VC_FORMAT_TURNS_PERSON:
      return people;
    case VC_FORMAT_TURNS_GROUP:
      return groups;
    case VC_FORMAT_TURNS_SEATS:
      return (people + step->seats - 1) / MAX (step->seats, 1);
    case VC_FORMAT_TURNS_NONE:
    default:
      return 1;
    }
}

/**
 * vc_format_step_plan_seconds:
 *
 * Returns: how long @step takes with @people in @groups
 */
gint64
vc_format_step_plan_seconds (const VcFormatStep *step,
                             guint               people,
                             guint               groups)
{
  switch (step->per)
    {
    case VC_FORMAT_PER_PERSON:
      return step->seconds * MAX (people, 1);
    case VC_FORMAT_PER_GROUP:
      return step->seconds * MAX (groups, 1);
    case VC_FORMAT_PER_TURN:
      return step->seconds * vc_format_step_count_turns (step, people, groups);
    case VC_FORMAT_PER_STEP:
    default:
      return step->seconds;
    }
}

gint64
vc_format_plan_seconds (VcFormat *self,
                        guint     people,
                        guint     groups)
{
  gint64 total = 0;

  g_return_val_if_fail (VC_IS_FORMAT (self), 0);
  for (guint i = 0; i < self->steps->len; i++)
    total += vc_format_step_plan_seconds (g_ptr_array_index (self->steps, i), people, groups);
  return total;
}

/**
 * vc_format_step_dup_turn_text:
 * @turn: counted from 0
 * @name: (nullable): the person whose turn it is, where known
 *
 * Returns: (transfer full) (nullable): what the room sees of whose turn it
 *   is, or %NULL for a step without turns
 */
char *
vc_format_step_dup_turn_text (const VcFormatStep *step,
                              guint               turn,
                              guint               n_turns,
                              const char         *name)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *n = g_strdup_printf ("%u", turn + 1);
  g_autofree char *count = g_strdup_printf ("%u", n_turns);

  if (step->turns == VC_FORMAT_TURNS_NONE)
    return NULL;

  if (step->turn_text != NULL)
    text = g_string_new (step->turn_text);
  else if (step->turns == VC_FORMAT_TURNS_PERSON && name != NULL)
    /* Translators: whose turn it is to speak; {name} is the person's name */
    text = g_string_new (_("{name}’s turn"));
  else if (step->turns == VC_FORMAT_TURNS_PERSON)
    /* Translators: {n} and {count} are numbers: “Person 2 of 8” */
    text = g_string_new (_("Person {n} of {count}"));
  else if (step->turns == VC_FORMAT_TURNS_GROUP)
    /* Translators: {n} and {count} are numbers: “Group 2 of 3” */
    text = g_string_new (_("Group {n} of {count}"));
  else
    /* Translators: a fishbowl's chairs; {n} and {count} are numbers */
    text = g_string_new (_("Round {n} of {count} in the chairs"));

  g_string_replace (text, "{n}", n, 0);
  g_string_replace (text, "{count}", count, 0);
  /* A name is filled in last, so braces in it are left as they are. */
  if (name != NULL)
    g_string_replace (text, "{name}", name, 0);
  else
    g_string_replace (text, "{name}", n, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * vc_format_dup_minutes_label:
 *
 * Returns: (transfer full): @seconds as the minutes a person plans with,
 *   such as “45 min” or “1 h 5 min”
 */
char *
vc_format_dup_minutes_label (gint64 seconds)
{
  return vc_dup_minutes_label (seconds);
}

/**
 * vc_format_collect_strings:
 *
 * Returns: (transfer full): every text of the format a translator
 *   translates, in the order they are written, each once
 */
char **
vc_format_collect_strings (VcFormat *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *texts[5];

  g_return_val_if_fail (VC_IS_FORMAT (self), NULL);

#define ADD(s) G_STMT_START { if ((s) != NULL && g_hash_table_add (seen, (gpointer)(s))) g_strv_builder_add (builder, (s)); } G_STMT_END
  ADD (self->title);
  ADD (self->description);
  for (guint i = 0; i < self->steps->len; i++)
    {
      VcFormatStep *step = g_ptr_array_index (self->steps, i);

      texts[0] = step->title;
      texts[1] = step->instruction;
      texts[2] = step->note;
      texts[3] = step->turn_text;
      for (guint j = 0; j < 4; j++)
        ADD (texts[j]);
    }
#undef ADD
  return g_strv_builder_end (builder);
}
