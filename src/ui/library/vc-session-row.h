/* vc-session-row.h
 *
 * A saved session as a row in a list.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck.h"
#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_SESSION_ROW (vc_session_row_get_type ())

G_DECLARE_FINAL_TYPE (VcSessionRow, vc_session_row, VC, SESSION_ROW, AdwActionRow)

GtkWidget *vc_session_row_new         (VcSession    *session,
                                       VcDeck       *deck,
                                       const char   *search);
VcSession *vc_session_row_get_session (VcSessionRow *self);
char      *vc_session_row_dup_markup  (const char   *text,
                                       gsize         match_start,
                                       gsize         match_end);

G_END_DECLS
