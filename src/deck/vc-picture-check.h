/* vc-picture-check.h
 *
 * Cheap checks of a picture before anything decodes it: its size from the
 * file header, and what an SVG may point to.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vc_picture_read_png_size  (const guint8  *data,
                                    gsize          size,
                                    guint32       *width,
                                    guint32       *height);
gboolean vc_picture_read_jpeg_size (const guint8  *data,
                                    gsize          size,
                                    guint32       *width,
                                    guint32       *height);
gboolean vc_picture_check_raster   (const guint8  *data,
                                    gsize          size,
                                    guint32       *width,
                                    guint32       *height,
                                    GError       **error);
gboolean vc_picture_check_svg      (const guint8  *data,
                                    gsize          size,
                                    GError       **error);

G_END_DECLS
