/* vc-picture-protocol.h
 *
 * What the app and the picture helper say to each other over the helper's
 * standard input and output. Both ends run on the same machine, so numbers
 * are in native byte order.
 *
 * Request: a VcPictureRequest, then `length` bytes of picture.
 * Reply: a VcPictureReply, then, if pixels were asked for and the status is
 * VC_PICTURE_STATUS_OK, width * height premultiplied native-endian ARGB32
 * pixels, row after row without padding.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VC_PICTURE_REQUEST_MAGIC 0x31504356u  /* "VCP1" */
#define VC_PICTURE_REPLY_MAGIC   0x31524356u  /* "VCR1" */

/* The largest box a picture is ever drawn into, in device pixels. */
#define VC_PICTURE_MAX_BOX_SIDE   8192
#define VC_PICTURE_MAX_BOX_PIXELS (8192 * 4608)

typedef enum
{
  VC_PICTURE_STATUS_OK          = 0,
  VC_PICTURE_STATUS_INVALID     = 1,  /* cannot be read */
  VC_PICTURE_STATUS_TOO_COMPLEX = 2,  /* ran out of memory */
  VC_PICTURE_STATUS_FORMAT      = 3,  /* not SVG, PNG or JPEG */
} VcPictureStatus;

typedef enum
{
  VC_PICTURE_REQUEST_PIXELS = 1 << 0,
} VcPictureRequestFlags;

typedef struct
{
  guint32 magic;
  guint32 box_width;   /* the picture is scaled to fit this box */
  guint32 box_height;
  guint32 flags;       /* VcPictureRequestFlags */
  guint32 length;      /* bytes of picture that follow */
} VcPictureRequest;

typedef struct
{
  guint32 magic;
  guint32 status;          /* VcPictureStatus */
  guint32 natural_width;   /* in 1/100 pixel */
  guint32 natural_height;
  guint32 width;           /* of the pixels that follow */
  guint32 height;
} VcPictureReply;

G_END_DECLS
