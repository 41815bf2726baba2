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
#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_BOARD (vc_board_get_type ())

G_DECLARE_FINAL_TYPE (VcBoard, vc_board, VC, BOARD, GtkBox)

GtkWidget  *vc_board_new                  (VcDeck    *deck,
                                           VcSession *session);
VcDeck     *vc_board_get_deck             (VcBoard   *self);
VcSession  *vc_board_get_session          (VcBoard   *self);
const char *vc_board_get_selected_word    (VcBoard   *self);
const char *vc_board_get_selected_picture (VcBoard   *self);

G_END_DECLS
