/* vc-scale-bin.h
 *
 * Lays its child out for a screen of a set height and enlarges it to fill
 * the screen it is on.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VC_TYPE_SCALE_BIN (vc_scale_bin_get_type ())

G_DECLARE_FINAL_TYPE (VcScaleBin, vc_scale_bin, VC, SCALE_BIN, GtkWidget)

GtkWidget *vc_scale_bin_new       (void);
void       vc_scale_bin_set_child (VcScaleBin *self,
                                   GtkWidget  *child);
GtkWidget *vc_scale_bin_get_child (VcScaleBin *self);
double     vc_scale_bin_get_scale (VcScaleBin *self);
void       vc_scale_bin_set_spare (VcScaleBin *self,
                                   GtkWidget  *spare);
GtkWidget *vc_scale_bin_get_spare (VcScaleBin *self);
void       vc_scale_bin_swap      (VcScaleBin *self);

G_END_DECLS
