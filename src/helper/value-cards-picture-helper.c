/* value-cards-picture-helper.c
 *
 * Draws one picture from a deck that did not come with the app, in a process
 * of its own, so that a picture made to crash librsvg or gdk-pixbuf, or to
 * take all memory or time, harms only this process. The app gives it the
 * picture and a box on standard input and gets pixels back on standard
 * output (see vc-picture-protocol.h); the app also kills it after a few
 * seconds.
 *
 * Before reading anything it limits itself: memory, processor time, no files
 * written, few files open, no core dumps.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <librsvg/rsvg.h>

#include "vc-deck-error.h"
#include "vc-picture-protocol.h"

#define MEMORY_LIMIT  ((rlim_t)1 << 30)
#define CPU_SECONDS   3

static void
limit (int    resource,
       rlim_t value)
{
  struct rlimit rl = { value, value };

  setrlimit (resource, &rl);
}

static void
limit_self (void)
{
  /* An address-sanitizer build reserves terabytes of address space up
   * front; there the time limits alone have to do. */
#if !defined(__SANITIZE_ADDRESS__)
  limit (RLIMIT_AS, MEMORY_LIMIT);
#endif
  limit (RLIMIT_CORE, 0);
  limit (RLIMIT_FSIZE, 0);
  limit (RLIMIT_NOFILE, 32);
  {
    struct rlimit rl = { CPU_SECONDS, CPU_SECONDS + 1 };

    setrlimit (RLIMIT_CPU, &rl);
  }
}

static gboolean
read_all (void  *buffer,
          gsize  length)
{
  guint8 *p = buffer;

  while (length > 0)
    {
      gssize n = read (STDIN_FILENO, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= n;
    }
  return TRUE;
}

static gboolean
write_all (const void *buffer,
           gsize       length)
{
  const guint8 *p = buffer;

  while (length > 0)
    {
      gssize n = write (STDOUT_FILENO, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= n;
    }
  return TRUE;
}

static int
reply_status (VcPictureStatus status)
{
  VcPictureReply reply = { VC_PICTURE_REPLY_MAGIC, status, 0, 0, 0, 0 };

  return write_all (&reply, sizeof reply) ? 0 : 1;
}

/* The size that fits the natural size into the box, keeping its shape. */
static void
fit_box (double  natural_width,
         double  natural_height,
         guint32 box_width,
         guint32 box_height,
         int    *width,
         int    *height)
{
  double fit = MIN (box_width / natural_width, box_height / natural_height);

  *width = CLAMP ((int)(natural_width * fit + 0.5), 1, (int)box_width);
  *height = CLAMP ((int)(natural_height * fit + 0.5), 1, (int)box_height);
}

typedef struct
{
  guint32 box_width;
  guint32 box_height;
  double  natural_width;
  double  natural_height;
} SizeData;

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  SizeData        *data)
{
  int w, h;

  data->natural_width = width;
  data->natural_height = height;
  fit_box (width, height, data->box_width, data->box_height, &w, &h);
  gdk_pixbuf_loader_set_size (loader, w, h);
}

/* PNG and JPEG only, decoded straight at the size asked for. */
static cairo_surface_t *
draw_raster (const guint8     *data,
             gsize             length,
             const char       *type,
             SizeData         *size,
             VcPictureStatus  *status)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type (type, NULL);
  GdkPixbuf *pixbuf;
  cairo_surface_t *surface;
  guint8 *dest;
  int width, height, n_channels, stride, dest_stride;
  const guint8 *pixels;

  *status = VC_PICTURE_STATUS_INVALID;
  if (loader == NULL)
    return NULL;

  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), size);
  if (!gdk_pixbuf_loader_write (loader, data, length, NULL) ||
      !gdk_pixbuf_loader_close (loader, NULL))
    return NULL;

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL || gdk_pixbuf_get_bits_per_sample (pixbuf) != 8)
    return NULL;

  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      *status = VC_PICTURE_STATUS_TOO_COMPLEX;
      return NULL;
    }

  dest = cairo_image_surface_get_data (surface);
  dest_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = pixels + (gsize)y * stride + (gsize)x * n_channels;
        guint32 a = n_channels == 4 ? p[3] : 255;
        guint32 r = p[0] * a / 255, g = p[1] * a / 255, b = p[2] * a / 255;

        ((guint32 *)(dest + (gsize)y * dest_stride))[x] = (a << 24) | (r << 16) | (g << 8) | b;
      }
  cairo_surface_mark_dirty (surface);

  *status = VC_PICTURE_STATUS_OK;
  return surface;
}

/* An SVG from bytes, with no base file: it cannot load anything else. */
static cairo_surface_t *
draw_svg (const guint8    *data,
          gsize            length,
          SizeData        *size,
          VcPictureStatus *status)
{
  g_autoptr(GObject) object = (GObject *)rsvg_handle_new_from_data (data, length, NULL);
  RsvgHandle *handle = (RsvgHandle *)object;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength rw, rh;
  RsvgRectangle viewbox, viewport;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  *status = VC_PICTURE_STATUS_INVALID;
  if (handle == NULL)
    return NULL;

  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &rw, &has_height, &rh,
                                        &has_viewbox, &viewbox);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &size->natural_width, &size->natural_height))
    {
      size->natural_width = has_viewbox ? viewbox.width : 0;
      size->natural_height = has_viewbox ? viewbox.height : 0;
    }
  if (!(size->natural_width > 0) || !(size->natural_height > 0) ||
      size->natural_width > 1e6 || size->natural_height > 1e6)
    return NULL;

  fit_box (size->natural_width, size->natural_height, size->box_width, size->box_height, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      *status = VC_PICTURE_STATUS_TOO_COMPLEX;
      return NULL;
    }

  cr = cairo_create (surface);
  viewport = (RsvgRectangle) { 0, 0, width, height };
  if (rsvg_handle_render_document (handle, cr, &viewport, NULL))
    *status = VC_PICTURE_STATUS_OK;
  cairo_destroy (cr);

  if (*status != VC_PICTURE_STATUS_OK)
    g_clear_pointer (&surface, cairo_surface_destroy);
  return surface;
}

int
main (int    argc,
      char **argv)
{
  static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  VcPictureRequest request;
  VcPictureReply reply = { VC_PICTURE_REPLY_MAGIC, VC_PICTURE_STATUS_OK, 0, 0, 0, 0 };
  VcPictureStatus status;
  SizeData size = { 0, };
  g_autofree guint8 *data = NULL;
  cairo_surface_t *surface;
  int width, height, stride;
  const guint8 *pixels;

  limit_self ();

  if (!read_all (&request, sizeof request) ||
      request.magic != VC_PICTURE_REQUEST_MAGIC ||
      request.length == 0 || request.length > VC_DECK_MAX_IMAGE_SIZE ||
      request.box_width == 0 || request.box_width > VC_PICTURE_MAX_BOX_SIDE ||
      request.box_height == 0 || request.box_height > VC_PICTURE_MAX_BOX_SIDE ||
      (guint64)request.box_width * request.box_height > VC_PICTURE_MAX_BOX_PIXELS)
    return 2;

  data = g_malloc (request.length);
  if (!read_all (data, request.length))
    return 2;

  size.box_width = request.box_width;
  size.box_height = request.box_height;

  if (request.length >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0)
    surface = draw_raster (data, request.length, "png", &size, &status);
  else if (request.length >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    surface = draw_raster (data, request.length, "jpeg", &size, &status);
  else
    surface = draw_svg (data, request.length, &size, &status);

  if (surface == NULL)
    return reply_status (status);

  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  reply.natural_width = (guint32)(size.natural_width * 100 + 0.5);
  reply.natural_height = (guint32)(size.natural_height * 100 + 0.5);
  reply.width = width;
  reply.height = height;
  if (!write_all (&reply, sizeof reply))
    return 1;

  if (request.flags & VC_PICTURE_REQUEST_PIXELS)
    {
      cairo_surface_flush (surface);
      pixels = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < height; y++)
        if (!write_all (pixels + (gsize)y * stride, (gsize)width * 4))
          return 1;
    }

  cairo_surface_destroy (surface);
  return 0;
}
