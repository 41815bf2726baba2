/* vc-picture-sandbox.h
 *
 * Drawing untrusted pictures in the picture helper process.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* How long the helper may take for one picture. */
#define VC_PICTURE_SANDBOX_TIMEOUT_MS 3000

char     *vc_picture_sandbox_dup_helper_path (void);
gboolean  vc_picture_sandbox_render          (GBytes            *picture,
                                              int                box_width,
                                              int                box_height,
                                              gboolean           want_pixels,
                                              int                timeout_ms,
                                              GCancellable      *cancellable,
                                              double            *natural_width,
                                              double            *natural_height,
                                              cairo_surface_t  **surface,
                                              GError           **error);

G_END_DECLS
