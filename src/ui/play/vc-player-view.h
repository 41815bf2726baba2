/* vc-player-view.h
 *
 * Plays a deck of discussion cards, for a group or for one person.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-closing-answers.h"
#include "vc-deck.h"
#include "vc-presenter-pane.h"
#include "vc-steps-panel.h"
#include "vc-format-run.h"
#include "vc-session.h"
#include "vc-timer.h"

G_BEGIN_DECLS

#define VC_TYPE_PLAYER_VIEW (vc_player_view_get_type ())

G_DECLARE_FINAL_TYPE (VcPlayerView, vc_player_view, VC, PLAYER_VIEW, GtkBox)

void          vc_player_view_set_run         (VcPlayerView *self,
                                              VcFormatRun  *run);
VcFormatRun  *vc_player_view_get_run         (VcPlayerView *self);
VcStepsPanel *vc_player_view_get_steps_panel (VcPlayerView *self);

void        vc_player_view_play             (VcPlayerView *self,
                                             VcDeck       *deck,
                                             VcSession    *session);
void        vc_player_view_stop             (VcPlayerView *self);
void        vc_player_view_set_carry_over   (VcPlayerView       *self,
                                             const char * const *items);
VcSession  *vc_player_view_get_session      (VcPlayerView *self);
VcTimer    *vc_player_view_get_timer        (VcPlayerView *self);
guint       vc_player_view_get_position     (VcPlayerView *self);
guint       vc_player_view_get_n_positions  (VcPlayerView *self);
const char *vc_player_view_get_current_id   (VcPlayerView *self);
void        vc_player_view_set_notes_text   (VcPlayerView *self,
                                             const char   *text);
const char *vc_player_view_get_turn         (VcPlayerView *self);
void        vc_player_view_set_answer_text  (VcPlayerView *self,
                                             guint         question,
                                             const char   *text);

VcDeck     *vc_player_view_get_deck         (VcPlayerView *self);
VcCard     *vc_player_view_get_current_card (VcPlayerView *self);
guint       vc_player_view_get_card_number  (VcPlayerView *self);
guint       vc_player_view_get_step         (VcPlayerView *self);
VcCard     *vc_player_view_peek_next_card   (VcPlayerView *self,
                                             guint        *number);
gboolean    vc_player_view_get_one_by_one   (VcPlayerView *self);
void        vc_player_view_set_presenting   (VcPlayerView *self,
                                             GdkPaintable *preview);
gboolean    vc_player_view_get_presenting   (VcPlayerView *self);
void        vc_player_view_update_now       (VcPlayerView *self);
VcPresenterPane *vc_player_view_get_presenter_pane (VcPlayerView *self);
void        vc_player_view_offer_people     (VcPlayerView       *self,
                                             const char * const *names);
const char * const *vc_player_view_get_offered_people (VcPlayerView *self);
VcClosingAnswers *vc_player_view_get_closing_answers (VcPlayerView *self);
GtkListBox *vc_player_view_get_jump_list    (VcPlayerView *self);

G_END_DECLS
