/* vc-room-board.h
 *
 * The values game's board as the room sees it on the projector.
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

#define VC_TYPE_ROOM_BOARD (vc_room_board_get_type ())

G_DECLARE_FINAL_TYPE (VcRoomBoard, vc_room_board, VC, ROOM_BOARD, GtkWidget)

GtkWidget  *vc_room_board_new                (void);
void        vc_room_board_show               (VcRoomBoard *self,
                                              VcDeck      *deck,
                                              VcSession   *session);
guint       vc_room_board_get_n_words        (VcRoomBoard *self);
guint       vc_room_board_get_n_pictures     (VcRoomBoard *self);
GtkLabel   *vc_room_board_get_word_label     (VcRoomBoard *self,
                                              guint        index);
GtkWidget  *vc_room_board_get_picture        (VcRoomBoard *self,
                                              guint        index);
const char *vc_room_board_get_picture_mark   (VcRoomBoard *self,
                                              guint        index);
gboolean    vc_room_board_get_word_paired    (VcRoomBoard *self,
                                              guint        index);
double      vc_room_board_get_word_size      (VcRoomBoard *self);

G_END_DECLS
