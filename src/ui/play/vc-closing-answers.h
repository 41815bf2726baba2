/* vc-closing-answers.h
 *
 * The group's answers to the closing card's questions, one field each.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"
#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_CLOSING_ANSWERS (vc_closing_answers_get_type ())

G_DECLARE_FINAL_TYPE (VcClosingAnswers, vc_closing_answers, VC, CLOSING_ANSWERS, GtkBox)

void         vc_closing_answers_show            (VcClosingAnswers *self,
                                                 VcCard           *card,
                                                 VcSession        *session);
guint        vc_closing_answers_get_n_questions (VcClosingAnswers *self);
GtkTextView *vc_closing_answers_get_field       (VcClosingAnswers *self,
                                                 guint             question);
void         vc_closing_answers_set_text        (VcClosingAnswers *self,
                                                 guint             question,
                                                 const char       *text);

void         vc_closing_answers_set_title       (VcClosingAnswers *self,
                                                 const char       *title);

G_END_DECLS
