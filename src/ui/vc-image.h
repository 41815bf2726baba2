/* vc-image.h
 *
 * Shows a deck picture, drawn sharp at the size it is shown.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck-image.h"

G_BEGIN_DECLS

#define VC_TYPE_IMAGE (vc_image_get_type ())

G_DECLARE_FINAL_TYPE (VcImage, vc_image, VC, IMAGE, GtkWidget)

GtkWidget   *vc_image_new       (VcDeckImage *image);
VcDeckImage *vc_image_get_image (VcImage     *self);
void         vc_image_set_image (VcImage     *self,
                                 VcDeckImage *image);

void         vc_image_set_height (VcImage     *self,
                                  int          height);
GdkTexture  *vc_image_get_texture (VcImage    *self);

G_END_DECLS
