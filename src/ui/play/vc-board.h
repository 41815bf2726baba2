/* vc-board.h
 *
 * The values game as a board: twelve words, twelve pictures, and the pairs
 * a group or a person makes of them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"
#include "vc-format-run.h"
#include "vc-meeting-panel.h"
#include "vc-steps-panel.h"
#include "vc-session.h"
#include "vc-timer.h"

G_BEGIN_DECLS

#define VC_TYPE_BOARD (vc_board_get_type ())

G_DECLARE_FINAL_TYPE (VcBoard, vc_board, VC, BOARD, GtkBox)

GtkWidget  *vc_board_new                  (VcDeck    *deck,
                                           VcSession *session);
VcDeck     *vc_board_get_deck             (VcBoard   *self);
VcSession  *vc_board_get_session          (VcBoard   *self);
const char *vc_board_get_selected_word    (VcBoard   *self);
const char *vc_board_get_selected_picture (VcBoard   *self);
VcTimer    *vc_board_get_timer            (VcBoard   *self);
gboolean    vc_board_get_closing          (VcBoard   *self);
void        vc_board_set_closing          (VcBoard   *self,
                                           gboolean   closing);
VcCard     *vc_board_get_closing_card     (VcBoard   *self);
VcMeetingPanel *vc_board_get_meeting_panel (VcBoard  *self);
void            vc_board_set_run           (VcBoard     *self,
                                            VcFormatRun *run);
VcFormatRun    *vc_board_get_run           (VcBoard     *self);
VcStepsPanel   *vc_board_get_steps_panel   (VcBoard     *self);
void        vc_board_stop                 (VcBoard   *self);

G_END_DECLS
