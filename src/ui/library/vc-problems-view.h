/* vc-problems-view.h
 *
 * Lists what is wrong with a deck, where, and how to fix it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VC_TYPE_PROBLEMS_VIEW (vc_problems_view_get_type ())

G_DECLARE_FINAL_TYPE (VcProblemsView, vc_problems_view, VC, PROBLEMS_VIEW, GtkBox)

void vc_problems_view_set_problems (VcProblemsView *self,
                                    GFile          *file,
                                    GListModel     *problems);
guint vc_problems_view_get_n_rows  (VcProblemsView *self);

G_END_DECLS
