/* vc-image.c
 *
 * Shows a deck picture, drawn sharp at the size it is shown.
 *
 * GTK would draw an SVG at its own size and scale the pixels, which blurs on
 * a projector. This asks librsvg for exactly the pixels the widget covers,
 * and draws again only when that size changes.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-image.h"

struct _VcImage
{
  GtkWidget    parent_instance;

  VcDeckImage *image;
  GdkTexture  *texture;
  int          texture_width;
  int          texture_height;
  int          height;
};

G_DEFINE_FINAL_TYPE (VcImage, vc_image, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_IMAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize)stride * height);

  /* cairo's ARGB32 is premultiplied, in native byte order. */
  return gdk_memory_texture_new (width, height,
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
                                 GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
#else
                                 GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
#endif
                                 bytes, stride);
}

static void
vc_image_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  VcImage *self = VC_IMAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = gtk_widget_get_scale_factor (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;
  double iw, ih, fit;
  int pw, ph;

  if (self->image == NULL || width <= 0 || height <= 0)
    return;

  /* A projected picture is drawn enlarged: it is rendered at the size it
   * takes on the screen, not the size it was laid out at. */
  if (root != NULL && gtk_widget_compute_bounds (widget, root, &bounds) && bounds.size.width > width)
    scale *= bounds.size.width / width;

  vc_deck_image_get_size (self->image, &iw, &ih);
  fit = MIN (width / iw, height / ih);
  pw = MAX (1, (int)(iw * fit * scale + 0.5));
  ph = MAX (1, (int)(ih * fit * scale + 0.5));

  if (self->texture == NULL || self->texture_width != pw || self->texture_height != ph)
    {
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface = vc_deck_image_render (self->image, pw, ph, &error);

      g_clear_object (&self->texture);
      if (surface == NULL)
        {
          g_warning ("Cannot draw picture %s: %s",
                     vc_deck_image_get_id (self->image), error ? error->message : "");
          return;
        }

      self->texture = texture_from_surface (surface);
      self->texture_width = pw;
      self->texture_height = ph;
      cairo_surface_destroy (surface);
    }

  gtk_snapshot_append_texture (snapshot, self->texture,
                               &GRAPHENE_RECT_INIT ((width - pw / scale) / 2,
                                                    (height - ph / scale) / 2,
                                                    pw / scale,
                                                    ph / scale));
}

static GtkSizeRequestMode
vc_image_get_request_mode (GtkWidget *widget)
{
  return VC_IMAGE (widget)->height > 0 ? GTK_SIZE_REQUEST_CONSTANT_SIZE
                                       : GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vc_image_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  VcImage *self = VC_IMAGE (widget);
  double iw = 4, ih = 3;

  if (self->image != NULL)
    vc_deck_image_get_size (self->image, &iw, &ih);

  /* A picture of a set height is as wide as its shape makes it. */
  if (self->height > 0)
    {
      *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL
                            ? self->height : (int)(self->height * iw / ih + 0.5);
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = for_size > 0 ? (int)(for_size * iw / ih) : 200;
    }
  else
    {
      int width = for_size > 0 ? for_size : 200;

      *minimum = *natural = (int)(width * ih / iw + 0.5);
    }
}

static void
vc_image_dispose (GObject *object)
{
  VcImage *self = (VcImage *)object;

  g_clear_object (&self->image);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (vc_image_parent_class)->dispose (object);
}

static void
vc_image_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VcImage *self = VC_IMAGE (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      g_value_set_object (value, self->image);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_image_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  VcImage *self = VC_IMAGE (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      vc_image_set_image (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_image_class_init (VcImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_image_dispose;
  object_class->get_property = vc_image_get_property;
  object_class->set_property = vc_image_set_property;

  widget_class->snapshot = vc_image_snapshot;
  widget_class->measure = vc_image_measure;
  widget_class->get_request_mode = vc_image_get_request_mode;

  properties[PROP_IMAGE] =
    g_param_spec_object ("image", NULL, NULL, VC_TYPE_DECK_IMAGE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "vc-image");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vc_image_init (VcImage *self)
{
}

GtkWidget *
vc_image_new (VcDeckImage *image)
{
  return g_object_new (VC_TYPE_IMAGE, "image", image, NULL);
}

VcDeckImage *
vc_image_get_image (VcImage *self)
{
  g_return_val_if_fail (VC_IS_IMAGE (self), NULL);
  return self->image;
}

void
vc_image_set_image (VcImage     *self,
                    VcDeckImage *image)
{
  g_return_if_fail (VC_IS_IMAGE (self));

  if (!g_set_object (&self->image, image))
    return;

  g_clear_object (&self->texture);

  /* The deck's alternative text is what a screen reader says. */
  if (image != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, vc_deck_image_get_alt (image),
                                    -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), image ? vc_deck_image_get_alt (image) : NULL);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE]);
}

/**
 * vc_image_set_height:
 * @self: a #VcImage
 * @height: the height to show the picture at, or 0 to fit the width given
 */
void
vc_image_set_height (VcImage *self,
                     int      height)
{
  g_return_if_fail (VC_IS_IMAGE (self));

  self->height = MAX (0, height);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
