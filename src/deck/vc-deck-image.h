/* vc-deck-image.h
 *
 * An image of a deck: checked when the deck loads, drawn at the size shown.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  VC_IMAGE_FORMAT_SVG,   /*< nick=svg >*/
  VC_IMAGE_FORMAT_PNG,   /*< nick=png >*/
  VC_IMAGE_FORMAT_JPEG,  /*< nick=jpeg >*/
} VcImageFormat;

#define VC_TYPE_DECK_IMAGE (vc_deck_image_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckImage, vc_deck_image, VC, DECK_IMAGE, GObject)

VcDeckImage     *vc_deck_image_new_from_bytes (GBytes       *bytes,
                                               GError      **error);
/* How long all pictures of one deck may take to check, together. */
#define VC_DECK_PICTURES_TIME_BUDGET_MS 8000

VcDeckImage     *vc_deck_image_new_untrusted  (GBytes       *bytes,
                                               gint64       *time_used,
                                               GError      **error);
VcDeckImage     *vc_deck_image_new_missing    (void);
gboolean         vc_deck_image_is_missing     (VcDeckImage  *self);
gboolean         vc_deck_image_is_untrusted   (VcDeckImage  *self);
const char      *vc_deck_image_get_id         (VcDeckImage  *self);
void             vc_deck_image_set_id         (VcDeckImage  *self,
                                               const char   *id);
const char      *vc_deck_image_get_alt        (VcDeckImage  *self);
void             vc_deck_image_set_alt        (VcDeckImage  *self,
                                               const char   *alt);
const char      *vc_deck_image_get_caption    (VcDeckImage  *self);
void             vc_deck_image_set_caption    (VcDeckImage  *self,
                                               const char   *caption);
const char      *vc_deck_image_get_source     (VcDeckImage  *self);
void             vc_deck_image_set_source     (VcDeckImage  *self,
                                               const char   *source);
VcImageFormat    vc_deck_image_get_format     (VcDeckImage  *self);
GBytes          *vc_deck_image_get_bytes      (VcDeckImage  *self);
void             vc_deck_image_get_size       (VcDeckImage  *self,
                                               double       *width,
                                               double       *height);
cairo_surface_t *vc_deck_image_render         (VcDeckImage  *self,
                                               int           width,
                                               int           height,
                                               GError      **error);
cairo_surface_t *vc_deck_image_render_cancellable (VcDeckImage  *self,
                                                   int           width,
                                                   int           height,
                                                   GCancellable *cancellable,
                                                   GError      **error);

gboolean         vc_deck_image_draw           (VcDeckImage  *self,
                                               cairo_t      *cr,
                                               double        width,
                                               double        height,
                                               double        pixels_per_unit,
                                               GError      **error);

G_END_DECLS
