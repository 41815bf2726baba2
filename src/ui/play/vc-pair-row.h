/* vc-pair-row.h
 *
 * One pair in the list beside the values game board: its word, its
 * picture, and the reason typed for it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck-image.h"
#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_PAIR_ROW (vc_pair_row_get_type ())

G_DECLARE_FINAL_TYPE (VcPairRow, vc_pair_row, VC, PAIR_ROW, GtkListBoxRow)

GtkWidget     *vc_pair_row_new           (const VcPair *pair,
                                          const char   *word,
                                          const char   *picture,
                                          VcDeckImage  *image);
gboolean       vc_pair_row_shows         (VcPairRow    *self,
                                          const VcPair *pair);
GtkTextBuffer *vc_pair_row_get_buffer    (VcPairRow    *self);
GtkWidget     *vc_pair_row_get_text_view (VcPairRow    *self);

G_END_DECLS
