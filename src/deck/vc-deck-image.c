/* vc-deck-image.c
 *
 * An image of a deck: checked when the deck loads, drawn at the size shown.
 *
 * SVG goes straight to librsvg, never through gdk-pixbuf, so that it is drawn
 * sharp at whatever size the card is shown. The handle is made from bytes
 * with no base file, so an SVG cannot pull in anything from outside the deck.
 * Only the file's bytes are kept: librsvg's tree of a small drawing takes
 * forty times the file's size, and reading the file again takes about a
 * millisecond, which is nothing beside drawing it.
 *
 * A drawing of a deck that comes with the app is not even read by librsvg
 * when the deck loads, as long as GLib's own XML parser finds it well formed
 * and its root element says how large it is: the library lists the decks
 * without waking librsvg, which takes some 5 MB of code to start. Anything
 * less plain is read by librsvg then and there, as any other drawing is.
 * librsvg itself is loaded only then: merely linking it costs every start
 * about 2 MB, for it and the libraries it brings.
 *
 * That is for the decks that come with the app. A picture from any other deck
 * is never decoded in the app's process: its header and links are checked
 * here, and it is drawn by the picture helper (vc-picture-sandbox.c), which
 * may crash or run out of time without harm.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include <gmodule.h>
#include <librsvg/rsvg.h>

#include "vc-deck-error.h"
#include "vc-deck-image.h"
#include "vc-picture-check.h"
#include "vc-picture-sandbox.h"

struct _VcDeckImage
{
  GObject        parent_instance;

  VcImageFormat  format;
  gboolean       untrusted;
  double         width;
  double         height;
  GBytes        *bytes;
  char          *id;
  char          *alt;
  char          *caption;
  char          *source;
};

G_DEFINE_FINAL_TYPE (VcDeckImage, vc_deck_image, G_TYPE_OBJECT)

static void
vc_deck_image_finalize (GObject *object)
{
  VcDeckImage *self = (VcDeckImage *)object;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->alt, g_free);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (vc_deck_image_parent_class)->finalize (object);
}

static void
vc_deck_image_class_init (VcDeckImageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_deck_image_finalize;
}

static void
vc_deck_image_init (VcDeckImage *self)
{
}

static gboolean
has_prefix (GBytes     *bytes,
            const void *magic,
            gsize       len)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return size >= len && memcmp (data, magic, len) == 0;
}

static GdkPixbuf *
decode_pixbuf (GBytes  *bytes,
               GError **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

  return gdk_pixbuf_new_from_stream (stream, NULL, error);
}

/* librsvg, loaded the first time a drawing is read. */
static struct
{
  __typeof__ (rsvg_handle_new_from_data)               *new_from_data;
  __typeof__ (rsvg_handle_render_document)             *render_document;
  __typeof__ (rsvg_handle_get_intrinsic_dimensions)    *get_intrinsic_dimensions;
  __typeof__ (rsvg_handle_get_intrinsic_size_in_pixels) *get_intrinsic_size_in_pixels;
} rsvg;

static gboolean
load_rsvg (GError **error)
{
  static gsize loaded;
  static gboolean found;

  if (g_once_init_enter (&loaded))
    {
      GModule *module = g_module_open (RSVG_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

      found = module != NULL &&
              g_module_symbol (module, "rsvg_handle_new_from_data", (gpointer *)&rsvg.new_from_data) &&
              g_module_symbol (module, "rsvg_handle_render_document", (gpointer *)&rsvg.render_document) &&
              g_module_symbol (module, "rsvg_handle_get_intrinsic_dimensions",
                               (gpointer *)&rsvg.get_intrinsic_dimensions) &&
              g_module_symbol (module, "rsvg_handle_get_intrinsic_size_in_pixels",
                               (gpointer *)&rsvg.get_intrinsic_size_in_pixels);
      if (module == NULL)
        g_warning ("Cannot load %s: %s", RSVG_LIBRARY, g_module_error ());
      /* Kept for the life of the process, as librsvg's types are. */
      if (module != NULL)
        g_module_make_resident (module);
      g_once_init_leave (&loaded, 1);
    }

  if (!found)
    g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                 _("SVG pictures cannot be shown, because a part of the system is missing (%s). "
                   "Install Value Cards again."), RSVG_LIBRARY);
  return found;
}

/* The SVG in @bytes as librsvg reads it, with no base file. */
static RsvgHandle *
read_svg (GBytes  *bytes,
          GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                           _("The file is not an SVG, PNG or JPEG picture."));
      return NULL;
    }

  if (!load_rsvg (error))
    return NULL;

  return rsvg.new_from_data (data, size, error);
}

/* Draws a trusted SVG into @viewport of @cr. */
static gboolean
render_svg (VcDeckImage         *self,
            cairo_t             *cr,
            const RsvgRectangle *viewport,
            GError             **error)
{
  RsvgHandle *svg = read_svg (self->bytes, error);
  gboolean done;

  if (svg == NULL)
    return FALSE;
  done = rsvg.render_document (svg, cr, viewport, error);
  g_object_unref (svg);
  return done;
}

#define SVG_NAMESPACE "http://www.w3.org/2000/svg"

typedef struct
{
  gboolean seen_root;
  gboolean is_svg;
  double   width;        /* in pixels, or 0 when not an absolute length */
  double   height;
  double   box_width;    /* of the viewBox, or 0 */
  double   box_height;
  gboolean unsure;       /* a length only librsvg can work out */
} SvgRoot;

/* A length as librsvg reads it, at its 90 dots per inch; FALSE for lengths
 * that need more than the root element to work out (%, em, ex) and for
 * junk. */
static gboolean
parse_length (const char *text,
              double     *pixels)
{
  static const struct { const char *unit; double pixels; } units[] = {
    { "", 1 }, { "px", 1 }, { "in", 90 }, { "cm", 90 / 2.54 }, { "mm", 90 / 25.4 },
    { "pt", 90.0 / 72 }, { "pc", 15 },
  };
  char *end = NULL;
  double value;

  value = g_ascii_strtod (text, &end);
  if (end == text || !isfinite (value) || value <= 0)
    return FALSE;
  while (g_ascii_isspace (*end))
    end++;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (end, units[i].unit))
      {
        *pixels = value * units[i].pixels;
        return TRUE;
      }
  return FALSE;
}

static void
parse_view_box (const char *text,
                SvgRoot    *root)
{
  double numbers[4];
  const char *p = text;

  for (guint i = 0; i < 4; i++)
    {
      char *end = NULL;

      while (g_ascii_isspace (*p) || *p == ',')
        p++;
      numbers[i] = g_ascii_strtod (p, &end);
      if (end == p || !isfinite (numbers[i]))
        return;
      p = end;
    }

  if (numbers[2] > 0 && numbers[3] > 0)
    {
      root->box_width = numbers[2];
      root->box_height = numbers[3];
    }
}

static void
on_svg_element (GMarkupParseContext  *context,
                const char           *name,
                const char          **attribute_names,
                const char          **attribute_values,
                gpointer              data,
                GError              **error)
{
  SvgRoot *root = data;

  if (root->seen_root)
    return;
  root->seen_root = TRUE;
  root->is_svg = g_str_equal (name, "svg");

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      const char *attribute = attribute_names[i];
      const char *value = attribute_values[i];

      if (g_str_equal (attribute, "xmlns"))
        root->is_svg = root->is_svg && g_str_equal (value, SVG_NAMESPACE);
      else if ((g_str_equal (attribute, "width") && !parse_length (value, &root->width)) ||
               (g_str_equal (attribute, "height") && !parse_length (value, &root->height)))
        {
          /* A percentage leaves the size to the viewBox, as for librsvg;
           * a size in letters is librsvg's to work out. */
          g_autofree char *stripped = g_strstrip (g_strdup (value));

          root->unsure = root->unsure || !g_str_has_suffix (stripped, "%");
          if (g_str_equal (attribute, "width"))
            root->width = 0;
          else
            root->height = 0;
        }
      else if (g_str_equal (attribute, "viewBox"))
        parse_view_box (value, root);
    }

  /* Without the namespace, librsvg does not take it for SVG either. */
  if (g_strv_contains (attribute_names, "xmlns") == FALSE)
    root->is_svg = FALSE;
}

/* The size of an SVG whose whole text is well-formed XML and whose root
 * element gives it plainly, found without librsvg; FALSE when librsvg must
 * be asked. */
static gboolean
read_plain_svg_size (GBytes *bytes,
                     double *width,
                     double *height)
{
  static const GMarkupParser parser = { on_svg_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgRoot root = { FALSE, };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size == 0 || size > G_MAXSSIZE)
    return FALSE;

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &root, NULL);
  if (!g_markup_parse_context_parse (context, data, (gssize)size, NULL) ||
      !g_markup_parse_context_end_parse (context, NULL) ||
      !root.is_svg || root.unsure)
    return FALSE;

  if (root.width > 0 && root.height > 0)
    {
      *width = root.width;
      *height = root.height;
      return TRUE;
    }
  if (root.box_width > 0 && root.box_height > 0)
    {
      *width = root.box_width;
      *height = root.box_height;
      return TRUE;
    }
  return FALSE;
}

/**
 * vc_deck_image_new_from_bytes:
 * @bytes: the contents of an SVG, PNG or JPEG file
 * @error: return location for a %VC_DECK_ERROR_IMAGE_INVALID error
 *
 * Checks that @bytes really are an image this app can draw.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL
 */
VcDeckImage *
vc_deck_image_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 jpeg_magic[] = { 0xff, 0xd8, 0xff };
  g_autoptr(VcDeckImage) self = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (VC_TYPE_DECK_IMAGE, NULL);
  self->bytes = g_bytes_ref (bytes);

  if (has_prefix (bytes, png_magic, sizeof png_magic) ||
      has_prefix (bytes, jpeg_magic, sizeof jpeg_magic))
    {
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);
      guint32 header_width, header_height;

      if (!vc_picture_check_raster (data, size, &header_width, &header_height, error))
        return NULL;

      pixbuf = decode_pixbuf (bytes, &local_error);
      if (pixbuf == NULL)
        {
          g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                       _("The picture cannot be read: %s"), local_error->message);
          return NULL;
        }

      self->format = has_prefix (bytes, png_magic, sizeof png_magic)
                       ? VC_IMAGE_FORMAT_PNG : VC_IMAGE_FORMAT_JPEG;
      self->width = gdk_pixbuf_get_width (pixbuf);
      self->height = gdk_pixbuf_get_height (pixbuf);
    }
  else
    {
      g_autoptr(GObject) handle = NULL;
      RsvgHandle *svg;
      gboolean has_width, has_height, has_viewbox;
      RsvgLength width, height;
      RsvgRectangle viewbox;

      self->format = VC_IMAGE_FORMAT_SVG;
      if (read_plain_svg_size (bytes, &self->width, &self->height))
        return g_steal_pointer (&self);

      svg = read_svg (bytes, &local_error);
      handle = (GObject *)svg;
      if (svg == NULL && g_error_matches (local_error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (svg == NULL)
        {
          g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                               _("The file is not an SVG, PNG or JPEG picture."));
          return NULL;
        }

      self->format = VC_IMAGE_FORMAT_SVG;
      rsvg.get_intrinsic_dimensions (svg, &has_width, &width,
                                     &has_height, &height,
                                     &has_viewbox, &viewbox);
      if (!rsvg.get_intrinsic_size_in_pixels (svg, &self->width, &self->height))
        {
          self->width = has_viewbox ? viewbox.width : 0;
          self->height = has_viewbox ? viewbox.height : 0;
        }

      if (!(self->width > 0) || !(self->height > 0))
        {
          g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                               _("The SVG picture has no size. Give its root element a viewBox."));
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

/**
 * vc_deck_image_new_untrusted:
 * @bytes: the contents of an SVG, PNG or JPEG file from a deck that did not
 *   come with the app
 * @time_used: (inout) (optional): microseconds the deck's pictures have
 *   taken so far, to keep the whole deck within
 *   %VC_DECK_PICTURES_TIME_BUDGET_MS
 * @error: return location for an error
 *
 * Checks the picture without decoding it in this process: a PNG's or JPEG's
 * size from its header, an SVG's links, and then that the picture helper
 * can draw it, fitted into a full HD screen, within its limits. The image is
 * drawn by the helper from then on.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL
 */
VcDeckImage *
vc_deck_image_new_untrusted (GBytes  *bytes,
                             gint64  *time_used,
                             GError **error)
{
  static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 jpeg_magic[] = { 0xff, 0xd8, 0xff };
  g_autoptr(VcDeckImage) self = NULL;
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  self = g_object_new (VC_TYPE_DECK_IMAGE, NULL);
  self->bytes = g_bytes_ref (bytes);
  self->untrusted = TRUE;

  if (has_prefix (bytes, png_magic, sizeof png_magic) ||
      has_prefix (bytes, jpeg_magic, sizeof jpeg_magic))
    {
      guint32 width, height;

      if (!vc_picture_check_raster (data, size, &width, &height, error))
        return NULL;
      self->format = has_prefix (bytes, png_magic, sizeof png_magic)
                       ? VC_IMAGE_FORMAT_PNG : VC_IMAGE_FORMAT_JPEG;
    }
  else
    {
      if (size == 0 || !vc_picture_check_svg (data, size, error))
        {
          if (size == 0)
            g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                                 _("The file is not an SVG, PNG or JPEG picture."));
          return NULL;
        }
      self->format = VC_IMAGE_FORMAT_SVG;
    }

  /* Drawn once now, so that a deck that loads also draws quickly. A deck
   * of many slow pictures must not take minutes to open. */
  {
    gint64 left = VC_DECK_PICTURES_TIME_BUDGET_MS * G_TIME_SPAN_MILLISECOND - (time_used ? *time_used : 0);
    gint64 start = g_get_monotonic_time ();
    gboolean drawn;

    if (left < 100 * G_TIME_SPAN_MILLISECOND)
      {
        g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_COMPLEX,
                     _("The deck’s pictures together take too long to draw (more than %d seconds), so this one is not shown. Make the pictures simpler, or save them as PNG or JPEG."),
                     VC_DECK_PICTURES_TIME_BUDGET_MS / 1000);
        return NULL;
      }

    drawn = vc_picture_sandbox_render (bytes, 1920, 1080, FALSE,
                                       (int)MIN (left / G_TIME_SPAN_MILLISECOND, VC_PICTURE_SANDBOX_TIMEOUT_MS),
                                       NULL, &self->width, &self->height, NULL, error);
    if (time_used)
      *time_used += g_get_monotonic_time () - start;
    if (!drawn)
      return NULL;
  }

  return g_steal_pointer (&self);
}

/**
 * vc_deck_image_is_untrusted:
 * @self: a #VcDeckImage
 *
 * Returns: whether @self comes from a deck that did not come with the app,
 *   and so is drawn by the picture helper, which takes a while
 */
gboolean
vc_deck_image_is_untrusted (VcDeckImage *self)
{
  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), FALSE);
  return self->untrusted && self->bytes != NULL;
}

/**
 * vc_deck_image_new_missing:
 *
 * A stand-in for a picture that is missing or cannot be read, so that a deck
 * with one broken picture still opens. It has the shape of a 4:3 picture and
 * no contents; it is drawn as a neutral frame.
 *
 * Returns: (transfer full): a new image
 */
VcDeckImage *
vc_deck_image_new_missing (void)
{
  VcDeckImage *self = g_object_new (VC_TYPE_DECK_IMAGE, NULL);

  self->format = VC_IMAGE_FORMAT_SVG;
  self->width = 400;
  self->height = 300;

  return self;
}

/**
 * vc_deck_image_is_missing:
 * @self: a #VcDeckImage
 *
 * Returns: whether @self stands in for a picture that could not be read
 */
gboolean
vc_deck_image_is_missing (VcDeckImage *self)
{
  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), FALSE);
  return self->bytes == NULL;
}

#define STRING_ACCESSORS(field)                                   \
  const char *                                                    \
  vc_deck_image_get_##field (VcDeckImage *self)                   \
  {                                                               \
    g_return_val_if_fail (VC_IS_DECK_IMAGE (self), NULL);         \
    return self->field;                                           \
  }                                                               \
  void                                                            \
  vc_deck_image_set_##field (VcDeckImage *self,                   \
                             const char  *value)                  \
  {                                                               \
    g_return_if_fail (VC_IS_DECK_IMAGE (self));                   \
    g_free (self->field);                                         \
    self->field = g_strdup (value);                               \
  }

STRING_ACCESSORS (id)
STRING_ACCESSORS (alt)
STRING_ACCESSORS (caption)
STRING_ACCESSORS (source)

#undef STRING_ACCESSORS

VcImageFormat
vc_deck_image_get_format (VcDeckImage *self)
{
  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), VC_IMAGE_FORMAT_SVG);
  return self->format;
}

/**
 * vc_deck_image_get_bytes:
 * @self: a #VcDeckImage
 *
 * Returns: (transfer none) (nullable): the image file's contents, or %NULL
 *   for a missing picture
 */
GBytes *
vc_deck_image_get_bytes (VcDeckImage *self)
{
  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), NULL);
  return self->bytes;
}

/**
 * vc_deck_image_get_size:
 * @self: a #VcDeckImage
 * @width: (out) (optional): natural width in pixels
 * @height: (out) (optional): natural height in pixels
 *
 * The natural size, which gives the aspect ratio to lay the image out with.
 */
void
vc_deck_image_get_size (VcDeckImage *self,
                        double      *width,
                        double      *height)
{
  g_return_if_fail (VC_IS_DECK_IMAGE (self));

  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

/**
 * vc_deck_image_render:
 * @self: a #VcDeckImage
 * @width: width of the surface in device pixels
 * @height: height of the surface in device pixels
 * @error: return location for an error
 *
 * Draws the image into a new surface of exactly @width x @height pixels,
 * scaled to fit and centred, keeping its aspect ratio.
 *
 * Returns: (transfer full) (nullable): an ARGB32 image surface
 */
cairo_surface_t *
vc_deck_image_render (VcDeckImage  *self,
                      int           width,
                      int           height,
                      GError      **error)
{
  return vc_deck_image_render_cancellable (self, width, height, NULL, error);
}

/**
 * vc_deck_image_render_cancellable:
 * @self: a #VcDeckImage
 * @width: width of the surface in device pixels
 * @height: height of the surface in device pixels
 * @cancellable: (nullable): to stop waiting for the picture helper
 * @error: return location for an error
 *
 * Like vc_deck_image_render(). A picture from an untrusted deck is drawn by
 * the picture helper, which can take up to a few seconds: call this from a
 * thread then.
 *
 * Returns: (transfer full) (nullable): an ARGB32 image surface
 */
cairo_surface_t *
vc_deck_image_render_cancellable (VcDeckImage  *self,
                                  int           width,
                                  int           height,
                                  GCancellable *cancellable,
                                  GError      **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale, w, h;

  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);

  scale = MIN (width / self->width, height / self->height);
  w = self->width * scale;
  h = self->height * scale;

  if (self->bytes == NULL)
    {
      /* A neutral frame, so that print and previews keep their layout. */
      double line = MAX (1.0, MIN (w, h) / 60);

      cairo_rectangle (cr, (width - w) / 2 + line / 2, (height - h) / 2 + line / 2, w - line, h - line);
      cairo_set_source_rgb (cr, 0.94, 0.94, 0.94);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, line);
      cairo_stroke (cr);
    }
  else if (self->untrusted)
    {
      cairo_surface_t *part = NULL;

      if (vc_picture_sandbox_render (self->bytes, width, height, TRUE,
                                     VC_PICTURE_SANDBOX_TIMEOUT_MS, cancellable,
                                     NULL, NULL, &part, error))
        {
          cairo_set_source_surface (cr, part,
                                    (width - cairo_image_surface_get_width (part)) / 2,
                                    (height - cairo_image_surface_get_height (part)) / 2);
          cairo_paint (cr);
          cairo_surface_destroy (part);
        }
      else
        g_clear_pointer (&surface, cairo_surface_destroy);
    }
  else if (self->format == VC_IMAGE_FORMAT_SVG)
    {
      RsvgRectangle viewport = { (width - w) / 2, (height - h) / 2, w, h };

      if (!render_svg (self, cr, &viewport, error))
        g_clear_pointer (&surface, cairo_surface_destroy);
    }
  else
    {
      g_autoptr(GdkPixbuf) pixbuf = decode_pixbuf (self->bytes, error);
      g_autoptr(GdkPixbuf) scaled = NULL;

      if (pixbuf != NULL)
        scaled = gdk_pixbuf_scale_simple (pixbuf, MAX (1, (int)w), MAX (1, (int)h),
                                          GDK_INTERP_BILINEAR);
      if (scaled == NULL)
        {
          if (error && *error == NULL)
            g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                                 _("The picture cannot be drawn."));
          g_clear_pointer (&surface, cairo_surface_destroy);
        }
      else
        {
          int sw = gdk_pixbuf_get_width (scaled);
          int sh = gdk_pixbuf_get_height (scaled);
          int n_channels = gdk_pixbuf_get_n_channels (scaled);
          int stride = gdk_pixbuf_get_rowstride (scaled);
          const guint8 *pixels = gdk_pixbuf_read_pixels (scaled);
          cairo_surface_t *part = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sw, sh);
          guint8 *dest = cairo_image_surface_get_data (part);
          int dest_stride = cairo_image_surface_get_stride (part);

          /* cairo wants premultiplied native-endian ARGB; pixbufs are RGB(A) bytes. */
          cairo_surface_flush (part);
          for (int y = 0; y < sh; y++)
            for (int x = 0; x < sw; x++)
              {
                const guint8 *p = pixels + y * stride + x * n_channels;
                guint32 a = n_channels == 4 ? p[3] : 255;
                guint32 r = p[0] * a / 255, g = p[1] * a / 255, b = p[2] * a / 255;

                ((guint32 *)(dest + y * dest_stride))[x] = (a << 24) | (r << 16) | (g << 8) | b;
              }
          cairo_surface_mark_dirty (part);

          cairo_set_source_surface (cr, part, (width - sw) / 2, (height - sh) / 2);
          cairo_paint (cr);
          cairo_surface_destroy (part);
        }
    }

  cairo_destroy (cr);

  return surface;
}

/**
 * vc_deck_image_draw:
 * @self: a #VcDeckImage
 * @cr: where to draw
 * @width: the room's width, in @cr's units
 * @height: the room's height, in @cr's units
 * @pixels_per_unit: how finely to draw a photo, in pixels per unit
 * @error: return location for an error
 *
 * Draws the picture as large as it fits in the room at @cr's origin,
 * centred. A drawing of a trusted deck stays a drawing, so that it prints
 * sharp at any size; anything else is drawn at @pixels_per_unit.
 *
 * Returns: %TRUE if the picture was drawn
 */
gboolean
vc_deck_image_draw (VcDeckImage  *self,
                    cairo_t      *cr,
                    double        width,
                    double        height,
                    double        pixels_per_unit,
                    GError      **error)
{
  cairo_surface_t *surface;
  double scale, w, h;
  int pw, ph;

  g_return_val_if_fail (VC_IS_DECK_IMAGE (self), FALSE);

  if (width <= 0 || height <= 0)
    return TRUE;

  scale = MIN (width / self->width, height / self->height);
  w = self->width * scale;
  h = self->height * scale;

  if (self->bytes != NULL && !self->untrusted && self->format == VC_IMAGE_FORMAT_SVG)
    {
      RsvgRectangle viewport = { (width - w) / 2, (height - h) / 2, w, h };
      gboolean done;

      cairo_save (cr);
      done = render_svg (self, cr, &viewport, error);
      cairo_restore (cr);
      return done;
    }

  pw = MAX (1, (int)ceil (w * pixels_per_unit));
  ph = MAX (1, (int)ceil (h * pixels_per_unit));
  surface = vc_deck_image_render (self, pw, ph, error);
  if (surface == NULL)
    return FALSE;

  cairo_save (cr);
  cairo_translate (cr, (width - w) / 2, (height - h) / 2);
  cairo_scale (cr, w / pw, h / ph);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}
