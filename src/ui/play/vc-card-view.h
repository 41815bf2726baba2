/* vc-card-view.h
 *
 * Shows one card, or a deck's introduction, revealed step by step.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"

G_BEGIN_DECLS

#define VC_TYPE_CARD_VIEW (vc_card_view_get_type ())

G_DECLARE_FINAL_TYPE (VcCardView, vc_card_view, VC, CARD_VIEW, GtkWidget)

GtkWidget *vc_card_view_new               (void);
void       vc_card_view_show_card         (VcCardView           *self,
                                           VcCard               *card,
                                           guint                 number);
void       vc_card_view_show_card_at_step (VcCardView           *self,
                                           VcCard               *card,
                                           guint                 number,
                                           guint                 step,
                                           gboolean              one_question_at_a_time);
void       vc_card_view_show_introduction (VcCardView           *self,
                                           const VcIntroduction *intro);
guint      vc_card_view_count_steps       (VcCard               *card,
                                           gboolean              one_question_at_a_time);
guint      vc_card_view_get_n_steps       (VcCardView           *self,
                                           gboolean              one_question_at_a_time);
void       vc_card_view_set_step          (VcCardView           *self,
                                           guint                 step,
                                           gboolean              one_question_at_a_time);
void       vc_card_view_set_large         (VcCardView           *self,
                                           gboolean              large);
void       vc_card_view_set_show_notes    (VcCardView           *self,
                                           gboolean              show_notes);

void       vc_card_view_set_reflection     (VcCardView           *self,
                                            gboolean              reflection);

G_END_DECLS
