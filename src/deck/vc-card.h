/* vc-card.h
 *
 * One discussion card: a dilemma, a question, a statement or a closing card.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VC_CARD_KIND_DILEMMA,    /*< nick=dilemma >*/
  VC_CARD_KIND_QUESTION,   /*< nick=question >*/
  VC_CARD_KIND_STATEMENT,  /*< nick=statement >*/
  VC_CARD_KIND_CLOSING,    /*< nick=closing >*/
} VcCardKind;

/**
 * VcQuestion:
 * @text: the question, translated
 * @options: (nullable): answer options, translated, or %NULL
 *
 * A question on a card. Read-only: owned by its card.
 */
typedef struct
{
  char  *text;
  char **options;
} VcQuestion;

/**
 * VcAction:
 * @label: a short label such as "a"
 * @text: the course of action, translated
 * @questions: (element-type VcQuestion): follow-up questions
 *
 * One alternative course of action on a dilemma. Read-only.
 */
typedef struct
{
  char      *label;
  char      *text;
  GPtrArray *questions;
} VcAction;

VcQuestion *vc_question_new  (const char  *text,
                              char       **options);
void        vc_question_free (VcQuestion  *question);
VcAction   *vc_action_new    (const char  *label,
                              const char  *text);
void        vc_action_free   (VcAction    *action);

#define VC_TYPE_CARD (vc_card_get_type ())

G_DECLARE_FINAL_TYPE (VcCard, vc_card, VC, CARD, GObject)

VcCard      *vc_card_new                   (VcCardKind   kind,
                                            const char  *id);
VcCardKind   vc_card_get_kind              (VcCard      *self);
const char  *vc_card_get_id                (VcCard      *self);
const char  *vc_card_get_title             (VcCard      *self);
void         vc_card_set_title             (VcCard      *self,
                                            const char  *title);
const char  *vc_card_get_text              (VcCard      *self);
void         vc_card_set_text              (VcCard      *self,
                                            const char  *text);
const char  *vc_card_get_prompt            (VcCard      *self);
void         vc_card_set_prompt            (VcCard      *self,
                                            const char  *prompt);
const char  *vc_card_get_group             (VcCard      *self);
void         vc_card_set_group             (VcCard      *self,
                                            const char  *group);
const char  *vc_card_get_facilitator_notes (VcCard      *self);
void         vc_card_set_facilitator_notes (VcCard      *self,
                                            const char  *notes);
guint        vc_card_get_minutes           (VcCard      *self);
void         vc_card_set_minutes           (VcCard      *self,
                                            guint        minutes);
const char * const *vc_card_get_tags       (VcCard      *self);
void         vc_card_take_tags             (VcCard      *self,
                                            char       **tags);
const char * const *vc_card_get_stages     (VcCard      *self);
void         vc_card_take_stages           (VcCard      *self,
                                            char       **stages);
GPtrArray   *vc_card_get_stage_questions   (VcCard      *self,
                                            guint        stage);
void         vc_card_take_stage_questions  (VcCard      *self,
                                            guint        stage,
                                            GPtrArray   *questions);
GPtrArray   *vc_card_dup_questions_for_stage (VcCard    *self,
                                              guint      stage);
GPtrArray   *vc_card_get_questions         (VcCard      *self);
GPtrArray   *vc_card_get_actions           (VcCard      *self);
char        *vc_card_dup_summary           (VcCard      *self);

G_END_DECLS
