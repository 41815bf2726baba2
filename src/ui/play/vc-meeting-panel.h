/* vc-meeting-panel.h
 *
 * What frames a meeting beside the cards: the exercise timer, who holds
 * which role, and the scribe's notes or the closing card's answers.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"
#include "vc-closing-answers.h"
#include "vc-session.h"
#include "vc-timer.h"

G_BEGIN_DECLS

#define VC_TYPE_MEETING_PANEL (vc_meeting_panel_get_type ())

G_DECLARE_FINAL_TYPE (VcMeetingPanel, vc_meeting_panel, VC, MEETING_PANEL, GtkBox)

GtkWidget          *vc_meeting_panel_new              (void);
void                vc_meeting_panel_set_session      (VcMeetingPanel     *self,
                                                       VcDeck             *deck,
                                                       VcSession          *session);
VcTimer            *vc_meeting_panel_get_timer        (VcMeetingPanel     *self);
void                vc_meeting_panel_set_page         (VcMeetingPanel     *self,
                                                       const char         *page_id,
                                                       VcCard             *closing);
void                vc_meeting_panel_record_time      (VcMeetingPanel     *self);
void                vc_meeting_panel_reset_timer      (VcMeetingPanel     *self);
void                vc_meeting_panel_set_timer_duration (VcMeetingPanel   *self,
                                                       gint64              seconds);
void                vc_meeting_panel_set_notes_label  (VcMeetingPanel     *self,
                                                       const char         *label);
void                vc_meeting_panel_offer_names      (VcMeetingPanel     *self,
                                                       const char * const *names);
const char * const *vc_meeting_panel_get_offered_names (VcMeetingPanel    *self);
void                vc_meeting_panel_set_notes_text   (VcMeetingPanel     *self,
                                                       const char         *text);
void                vc_meeting_panel_set_answer_text  (VcMeetingPanel     *self,
                                                       guint               question,
                                                       const char         *text);
guint               vc_meeting_panel_get_n_answers    (VcMeetingPanel     *self);

VcClosingAnswers   *vc_meeting_panel_get_closing_answers (VcMeetingPanel *self);
void                vc_meeting_panel_set_steps_timed  (VcMeetingPanel     *self,
                                                       gboolean            steps_timed);

G_END_DECLS
