/* vc-values-bar.h
 *
 * The facilitator's bar while the values game is presented: what the room
 * sees, and the buttons that change it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VC_TYPE_VALUES_BAR (vc_values_bar_get_type ())

G_DECLARE_FINAL_TYPE (VcValuesBar, vc_values_bar, VC, VALUES_BAR, GtkWidget)

GtkWidget  *vc_values_bar_new              (void);
void        vc_values_bar_set_text         (VcValuesBar  *self,
                                            const char   *text);
const char *vc_values_bar_get_text         (VcValuesBar  *self);
void        vc_values_bar_set_preview      (VcValuesBar  *self,
                                            GdkPaintable *preview);
void        vc_values_bar_set_preview_shown (VcValuesBar *self,
                                             gboolean     shown);

G_END_DECLS
