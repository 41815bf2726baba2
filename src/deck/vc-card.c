/* vc-card.c
 *
 * One discussion card: a dilemma, a question, a statement or a closing card.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include "vc-card.h"

struct _VcCard
{
  GObject     parent_instance;

  VcCardKind  kind;
  guint       minutes;
  char       *id;
  char       *title;
  char       *text;
  char       *prompt;
  char       *group;
  char       *facilitator_notes;
  char      **tags;
  char      **stages;
  GPtrArray  *stage_questions;
  GPtrArray  *questions;
  GPtrArray  *actions;
};

G_DEFINE_FINAL_TYPE (VcCard, vc_card, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

VcQuestion *
vc_question_new (const char  *text,
                 char       **options)
{
  VcQuestion *question = g_new0 (VcQuestion, 1);

  question->text = g_strdup (text);
  question->options = options;

  return question;
}

void
vc_question_free (VcQuestion *question)
{
  if (question == NULL)
    return;

  g_free (question->text);
  g_strfreev (question->options);
  g_free (question);
}

VcAction *
vc_action_new (const char *label,
               const char *text)
{
  VcAction *action = g_new0 (VcAction, 1);

  action->label = g_strdup (label);
  action->text = g_strdup (text);
  action->questions = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_question_free);

  return action;
}

void
vc_action_free (VcAction *action)
{
  if (action == NULL)
    return;

  g_free (action->label);
  g_free (action->text);
  g_ptr_array_unref (action->questions);
  g_free (action);
}

static void
questions_unref (gpointer questions)
{
  if (questions != NULL)
    g_ptr_array_unref (questions);
}

static void
vc_card_finalize (GObject *object)
{
  VcCard *self = (VcCard *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->prompt, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->facilitator_notes, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->stages, g_strfreev);
  g_clear_pointer (&self->stage_questions, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);

  G_OBJECT_CLASS (vc_card_parent_class)->finalize (object);
}

static void
vc_card_class_init (VcCardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_card_finalize;
}

static void
vc_card_init (VcCard *self)
{
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_question_free);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_action_free);
}

VcCard *
vc_card_new (VcCardKind  kind,
             const char *id)
{
  VcCard *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (VC_TYPE_CARD, NULL);
  self->kind = kind;
  self->id = g_strdup (id);

  return self;
}

VcCardKind
vc_card_get_kind (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), VC_CARD_KIND_QUESTION);
  return self->kind;
}

const char *
vc_card_get_id (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), NULL);
  return self->id;
}

#define STRING_ACCESSORS(field)                                   \
  const char *                                                    \
  vc_card_get_##field (VcCard *self)                              \
  {                                                               \
    g_return_val_if_fail (VC_IS_CARD (self), NULL);               \
    return self->field;                                           \
  }                                                               \
  void                                                            \
  vc_card_set_##field (VcCard     *self,                          \
                       const char *value)                         \
  {                                                               \
    g_return_if_fail (VC_IS_CARD (self));                         \
    g_free (self->field);                                         \
    self->field = g_strdup (value);                               \
  }

STRING_ACCESSORS (title)
STRING_ACCESSORS (text)
STRING_ACCESSORS (prompt)
STRING_ACCESSORS (group)
STRING_ACCESSORS (facilitator_notes)

#undef STRING_ACCESSORS

/**
 * vc_card_get_minutes:
 * @self: a #VcCard
 *
 * Returns: minutes set on this card, or 0 to use the deck's default
 */
guint
vc_card_get_minutes (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), 0);
  return self->minutes;
}

void
vc_card_set_minutes (VcCard *self,
                     guint   minutes)
{
  g_return_if_fail (VC_IS_CARD (self));
  self->minutes = minutes;
}

const char * const *
vc_card_get_tags (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), NULL);
  return self->tags ? (const char * const *)self->tags : empty_strv;
}

void
vc_card_take_tags (VcCard  *self,
                   char   **tags)
{
  g_return_if_fail (VC_IS_CARD (self));
  g_strfreev (self->tags);
  self->tags = tags;
}

/**
 * vc_card_get_stages:
 * @self: a #VcCard
 *
 * A dilemma's scenario, in the stages it is revealed in.
 *
 * Returns: (transfer none): a %NULL-terminated array, empty for other kinds
 */
const char * const *
vc_card_get_stages (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), NULL);
  return self->stages ? (const char * const *)self->stages : empty_strv;
}

void
vc_card_take_stages (VcCard  *self,
                     char   **stages)
{
  g_return_if_fail (VC_IS_CARD (self));
  g_strfreev (self->stages);
  self->stages = stages;
}

/**
 * vc_card_get_stage_questions:
 * @self: a #VcCard
 * @stage: which part of the story, counting from 0
 *
 * The questions that belong to one part of a dilemma, to talk about before
 * the next part is revealed. The card's own questions (see
 * vc_card_get_questions()) come after the last part.
 *
 * Returns: (transfer none) (element-type VcQuestion) (nullable): the
 *   questions of @stage, or %NULL if it has none of its own
 */
GPtrArray *
vc_card_get_stage_questions (VcCard *self,
                             guint   stage)
{
  GPtrArray *questions;

  g_return_val_if_fail (VC_IS_CARD (self), NULL);

  if (self->stage_questions == NULL || stage >= self->stage_questions->len)
    return NULL;

  questions = g_ptr_array_index (self->stage_questions, stage);
  return questions != NULL && questions->len > 0 ? questions : NULL;
}

/**
 * vc_card_take_stage_questions:
 * @self: a #VcCard
 * @stage: which part of the story, counting from 0
 * @questions: (transfer full) (element-type VcQuestion) (nullable): its questions
 */
void
vc_card_take_stage_questions (VcCard    *self,
                              guint      stage,
                              GPtrArray *questions)
{
  g_return_if_fail (VC_IS_CARD (self));

  if (self->stage_questions == NULL)
    self->stage_questions = g_ptr_array_new_with_free_func (questions_unref);
  if (stage >= self->stage_questions->len)
    g_ptr_array_set_size (self->stage_questions, stage + 1);

  g_clear_pointer (&g_ptr_array_index (self->stage_questions, stage), g_ptr_array_unref);
  g_ptr_array_index (self->stage_questions, stage) = questions;
}

/**
 * vc_card_dup_questions_for_stage:
 * @self: a #VcCard
 * @stage: which part of the story, counting from 0
 *
 * The questions to talk about once @stage is told: its own, and for the last
 * part (or a card without parts) the card's questions after them.
 *
 * Returns: (transfer container) (element-type VcQuestion): the questions,
 *   owned by the card
 */
GPtrArray *
vc_card_dup_questions_for_stage (VcCard *self,
                                 guint   stage)
{
  GPtrArray *own;
  GPtrArray *all;
  guint n_stages;

  g_return_val_if_fail (VC_IS_CARD (self), NULL);

  all = g_ptr_array_new ();
  own = vc_card_get_stage_questions (self, stage);
  for (guint i = 0; own != NULL && i < own->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (own, i));

  n_stages = self->stages ? g_strv_length (self->stages) : 0;
  if (stage + 1 >= MAX (n_stages, 1))
    for (guint i = 0; i < self->questions->len; i++)
      g_ptr_array_add (all, g_ptr_array_index (self->questions, i));

  return all;
}

/**
 * vc_card_get_questions:
 * @self: a #VcCard
 *
 * Returns: (transfer none) (element-type VcQuestion): the questions
 */
GPtrArray *
vc_card_get_questions (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), NULL);
  return self->questions;
}

/**
 * vc_card_get_actions:
 * @self: a #VcCard
 *
 * Returns: (transfer none) (element-type VcAction): alternative actions
 */
GPtrArray *
vc_card_get_actions (VcCard *self)
{
  g_return_val_if_fail (VC_IS_CARD (self), NULL);
  return self->actions;
}

/**
 * vc_card_dup_summary:
 * @self: a #VcCard
 *
 * Returns: (transfer full): the card's first line of content, for lists
 */
char *
vc_card_dup_summary (VcCard *self)
{
  const char *source = NULL;

  g_return_val_if_fail (VC_IS_CARD (self), NULL);

  if (self->stages != NULL && self->stages[0] != NULL)
    source = self->stages[0];
  else if (self->text != NULL)
    source = self->text;
  else if (self->questions->len > 0)
    source = ((VcQuestion *)g_ptr_array_index (self->questions, 0))->text;

  return g_strdup (source);
}
