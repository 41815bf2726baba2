/* vc-deck-row.h
 *
 * A deck in the library's lists: its title, what it holds, and whether it
 * has problems.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck-library.h"

G_BEGIN_DECLS

#define VC_TYPE_DECK_ROW (vc_deck_row_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckRow, vc_deck_row, VC, DECK_ROW, AdwActionRow)

GtkWidget   *vc_deck_row_new       (VcDeckEntry *entry);
VcDeckEntry *vc_deck_row_get_entry (VcDeckRow   *self);

G_END_DECLS
