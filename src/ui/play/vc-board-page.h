/* vc-board-page.h
 *
 * The page a values game is played on: its header bar and the board.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-board.h"

G_BEGIN_DECLS

#define VC_TYPE_BOARD_PAGE (vc_board_page_get_type ())

G_DECLARE_FINAL_TYPE (VcBoardPage, vc_board_page, VC, BOARD_PAGE, GtkWidget)

GtkWidget *vc_board_page_new       (void);
void       vc_board_page_set_board (VcBoardPage *self,
                                    VcBoard     *board);
VcBoard   *vc_board_page_get_board (VcBoardPage *self);
void       vc_board_page_set_bar   (VcBoardPage *self,
                                    GtkWidget   *bar);
GtkWidget *vc_board_page_get_bar   (VcBoardPage *self);

G_END_DECLS
