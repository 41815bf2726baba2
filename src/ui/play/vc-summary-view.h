/* vc-summary-view.h
 *
 * What a session came to, ready to mail or print.
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

#define VC_TYPE_SUMMARY_VIEW (vc_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (VcSummaryView, vc_summary_view, VC, SUMMARY_VIEW, GtkBox)

void        vc_summary_view_show       (VcSummaryView *self,
                                        VcSession     *session,
                                        VcDeck        *deck);
const char *vc_summary_view_get_text   (VcSummaryView *self);
gboolean    vc_summary_view_save       (VcSummaryView *self,
                                        GFile         *file,
                                        gboolean       pdf,
                                        GError       **error);
char       *vc_summary_view_dup_shown_text (VcSummaryView *self);
void        vc_summary_view_set_carry_over_text (VcSummaryView *self,
                                                 const char    *text);

G_END_DECLS
