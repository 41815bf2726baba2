/* vc-image.c
 *
 * Shows a deck picture, drawn sharp at the size it is shown.
 *
 * GTK would draw an SVG at its own size and scale the pixels, which blurs on
 * a projector. This asks librsvg for exactly the pixels the widget covers,
 * and draws again only when that size changes.
 *
 * A picture from a deck that did not come with the app is drawn by the
 * picture helper, which can take a while: it is asked for in a thread, and
 * until the pixels come the picture's frame shows its description. Drawing
 * never waits for it.
 *
 * A picture drawn at one size is drawn once, however many widgets show it
 * at that size (a card and its copy in the room's window, the board and a
 * page behind it), and its pixels are let go of when no widget on screen
 * shows it any more: a page that is hidden keeps none of its pictures. Only
 * a picture from the helper is kept while hidden, because drawing it again
 * takes that long.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "vc-image.h"

struct _VcImage
{
  GtkWidget    parent_instance;

  VcDeckImage *image;
  GdkTexture  *texture;
  int          texture_width;
  int          texture_height;
  int          height;

  /* An untrusted picture on its way from the helper, at this size. */
  GCancellable *cancellable;
  int           pending_width;
  int           pending_height;
  guint         failed : 1;
};

G_DEFINE_FINAL_TYPE (VcImage, vc_image, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_IMAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pictures drawn so far that some widget still shows, each at one
 * size: the texture leaves this table when the last widget lets it go. */
typedef struct
{
  VcDeckImage *image;
  int          width;
  int          height;
} TextureKey;

static GHashTable *textures;

static guint
texture_key_hash (gconstpointer data)
{
  const TextureKey *key = data;

  return g_direct_hash (key->image) ^ (guint)(key->width * 7919) ^ (guint)(key->height * 104729);
}

static gboolean
texture_key_equal (gconstpointer a,
                   gconstpointer b)
{
  const TextureKey *ka = a, *kb = b;

  return ka->image == kb->image && ka->width == kb->width && ka->height == kb->height;
}

static void
texture_key_free (gpointer data)
{
  TextureKey *key = data;

  g_object_unref (key->image);
  g_free (key);
}

static void
on_texture_finalized (gpointer  data,
                      GObject  *where_the_texture_was)
{
  TextureKey *key = data;

  g_hash_table_remove (textures, key);
}

static GdkTexture *
lookup_texture (VcDeckImage *image,
                int          width,
                int          height)
{
  TextureKey key = { image, width, height };
  GdkTexture *texture = textures != NULL ? g_hash_table_lookup (textures, &key) : NULL;

  return texture != NULL ? g_object_ref (texture) : NULL;
}

/* Makes a texture of @surface's pixels, without copying them, and keeps
 * it for any other widget that shows @image at this size. */
static GdkTexture *
share_texture (VcDeckImage     *image,
               cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  TextureKey *key;

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize)stride * height,
                                      (GDestroyNotify)cairo_surface_destroy,
                                      cairo_surface_reference (surface));

  /* cairo's ARGB32 is premultiplied, in native byte order. */
  texture = gdk_memory_texture_new (width, height,
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
                                    GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
#else
                                    GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
#endif
                                    bytes, stride);

  if (textures == NULL)
    textures = g_hash_table_new_full (texture_key_hash, texture_key_equal, texture_key_free, NULL);

  /* The key keeps the image for as long as its texture lives, which may
   * be a frame longer than the widget that showed it. */
  key = g_new (TextureKey, 1);
  *key = (TextureKey) { g_object_ref (image), width, height };
  if (!g_hash_table_contains (textures, key))
    {
      g_hash_table_insert (textures, key, texture);
      g_object_weak_ref (G_OBJECT (texture), on_texture_finalized, key);
    }
  else
    texture_key_free (key);

  return texture;
}

/* What a missing picture says in its frame: what it shows, and which file
 * is missing, so the room still has something to talk about and the author
 * knows what to fix. */
static char *
dup_placeholder_text (VcDeckImage *image)
{
  const char *alt = vc_deck_image_get_alt (image);
  const char *source = vc_deck_image_get_source (image);
  g_autofree char *missing = NULL;

  /* Translators: shown in place of a picture that is missing; %s is its file name */
  missing = g_strdup_printf (_("Picture missing: %s"), source && !g_str_has_prefix (source, "data:") ? source : "…");

  if (alt == NULL)
    return g_steal_pointer (&missing);
  return g_strdup_printf ("%s\n%s", missing, alt);
}

/* A neutral frame with an icon and the text, never an empty hole. */
static void
snapshot_placeholder (VcImage     *self,
                      GtkSnapshot *snapshot,
                      int          width,
                      int          height,
                      gboolean     waiting)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  GskRoundedRect frame;
  GdkRGBA color, fill, border;
  float border_width = 2;
  int icon_size, text_height, padding;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  fill = color;
  fill.alpha = 0.06;
  border = color;
  border.alpha = 0.35;

  gsk_rounded_rect_init_from_rect (&frame, &GRAPHENE_RECT_INIT (0, 0, width, height), 6);
  gtk_snapshot_push_rounded_clip (snapshot, &frame);
  gtk_snapshot_append_color (snapshot, &fill, &frame.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &frame,
                              (float[4]) { border_width, border_width, border_width, border_width },
                              (GdkRGBA[4]) { border, border, border, border });

  padding = MAX (4, MIN (width, height) / 12);
  icon_size = waiting ? 0 : CLAMP (MIN (width, height) / 4, 16, 96);
  /* A picture still being drawn shows only what it shows, quietly. */
  text = waiting ? g_strdup (vc_deck_image_get_alt (self->image) ? vc_deck_image_get_alt (self->image) : "")
                 : dup_placeholder_text (self->image);
  layout = gtk_widget_create_pango_layout (widget, text);
  if (!waiting)
    {
      /* The first line, that the picture is missing, stands out. */
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      const char *newline = strchr (text, '\n');

      bold->start_index = 0;
      bold->end_index = newline ? (guint)(newline - text) : G_MAXUINT;
      pango_attr_list_insert (attrs, bold);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, MAX (1, width - 2 * padding) * PANGO_SCALE);
  pango_layout_set_height (layout, MAX (1, height - 3 * padding - icon_size) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &text_height);

  /* A thumbnail too small for a line of words keeps the icon alone. */
  {
    g_autoptr(PangoLayout) line = gtk_widget_create_pango_layout (widget, "X");
    int line_height;

    pango_layout_get_pixel_size (line, NULL, &line_height);
    if (height - 3 * padding - icon_size < line_height || width < 6 * line_height)
      text_height = 0;
  }

  if (!waiting)
    {
      icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                         "image-missing-symbolic", NULL, icon_size,
                                         gtk_widget_get_scale_factor (widget),
                                         gtk_widget_get_direction (widget), 0);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT ((width - icon_size) / 2.f,
                                                    (height - icon_size - (text_height ? padding + text_height : 0)) / 2.f));
      gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                                icon_size, icon_size, &border, 1);
      gtk_snapshot_restore (snapshot);
    }

  if (text_height > 0)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (padding,
                                                    waiting ? (height - text_height) / 2.f
                                                            : (height + icon_size + padding - text_height) / 2.f));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
    }
}

typedef struct
{
  VcDeckImage *image;
  int          width;
  int          height;
} RenderData;

static void
render_data_free (RenderData *data)
{
  g_clear_object (&data->image);
  g_free (data);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderData *data = task_data;
  GError *error = NULL;
  cairo_surface_t *surface;

  surface = vc_deck_image_render_cancellable (data->image, data->width, data->height,
                                              cancellable, &error);
  if (surface == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, surface, (GDestroyNotify)cairo_surface_destroy);
}

static void
on_render_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  VcImage *self = VC_IMAGE (source);
  GTask *task = G_TASK (result);
  RenderData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = g_task_propagate_pointer (task, &error);

  /* A newer request, another picture, or a widget that has gone away. */
  if (g_task_get_cancellable (task) != self->cancellable || data->image != self->image)
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return;
    }

  g_clear_object (&self->cancellable);
  self->pending_width = self->pending_height = 0;

  if (surface == NULL)
    {
      g_autofree char *text = dup_placeholder_text (self->image);

      g_debug ("Cannot draw picture %s: %s", vc_deck_image_get_id (self->image), error->message);
      self->failed = TRUE;
      g_clear_object (&self->texture);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
    }
  else
    {
      g_clear_object (&self->texture);
      self->texture = share_texture (self->image, surface);
      self->texture_width = data->width;
      self->texture_height = data->height;
      cairo_surface_destroy (surface);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
request_texture (VcImage *self,
                 int      width,
                 int      height)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;

  if (self->cancellable != NULL && self->pending_width == width && self->pending_height == height)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->pending_width = width;
  self->pending_height = height;

  data = g_new0 (RenderData, 1);
  data->image = g_object_ref (self->image);
  data->width = width;
  data->height = height;

  task = g_task_new (self, self->cancellable, on_render_done, NULL);
  g_task_set_source_tag (task, request_texture);
  g_task_set_task_data (task, data, (GDestroyNotify)render_data_free);
  g_task_run_in_thread (task, render_thread);
}

static void
cancel_request (VcImage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->pending_width = self->pending_height = 0;
  self->failed = FALSE;
}

static void
set_texture (VcImage    *self,
             GdkTexture *texture,
             int         width,
             int         height)
{
  g_set_object (&self->texture, texture);
  self->texture_width = width;
  self->texture_height = height;
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

  if (vc_deck_image_is_missing (self->image))
    {
      snapshot_placeholder (self, snapshot, width, height, FALSE);
      return;
    }

  /* A projected picture is drawn enlarged: it is rendered at the size it
   * takes on the screen, not the size it was laid out at. */
  if (root != NULL && gtk_widget_compute_bounds (widget, root, &bounds) && bounds.size.width > width)
    scale *= bounds.size.width / width;

  vc_deck_image_get_size (self->image, &iw, &ih);
  fit = MIN (width / iw, height / ih);
  pw = MAX (1, (int)(iw * fit * scale + 0.5));
  ph = MAX (1, (int)(ih * fit * scale + 0.5));

  if (vc_deck_image_is_untrusted (self->image))
    {
      if (self->failed)
        {
          snapshot_placeholder (self, snapshot, width, height, FALSE);
          return;
        }

      if (self->texture == NULL || self->texture_width != pw || self->texture_height != ph)
        {
          g_autoptr(GdkTexture) shared = lookup_texture (self->image, pw, ph);

          if (shared != NULL)
            set_texture (self, shared, pw, ph);
          else
            request_texture (self, pw, ph);
        }

      /* Until the helper is done: the old pixels stretched, or the frame. */
      if (self->texture == NULL)
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((int)((width - pw / scale) / 2),
                                                                  (int)((height - ph / scale) / 2)));
          snapshot_placeholder (self, snapshot, MAX (1, (int)(pw / scale)), MAX (1, (int)(ph / scale)), TRUE);
          gtk_snapshot_restore (snapshot);
          return;
        }
    }
  else if (self->texture == NULL || self->texture_width != pw || self->texture_height != ph)
    {
      g_autoptr(GdkTexture) shared = lookup_texture (self->image, pw, ph);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;

      if (shared != NULL)
        set_texture (self, shared, pw, ph);
      else if ((surface = vc_deck_image_render (self->image, pw, ph, &error)) != NULL)
        {
          g_autoptr(GdkTexture) texture = share_texture (self->image, surface);

          set_texture (self, texture, pw, ph);
          cairo_surface_destroy (surface);
        }
      else
        {
          g_clear_object (&self->texture);
          g_warning ("Cannot draw picture %s: %s",
                     vc_deck_image_get_id (self->image), error ? error->message : "");
          return;
        }
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
vc_image_unmap (GtkWidget *widget)
{
  VcImage *self = VC_IMAGE (widget);

  /* Off screen, a picture of the app's own decks keeps no pixels: it is
   * drawn again in a few milliseconds when it is shown again. */
  if (self->image != NULL && !vc_deck_image_is_untrusted (self->image))
    g_clear_object (&self->texture);

  GTK_WIDGET_CLASS (vc_image_parent_class)->unmap (widget);
}

static void
vc_image_dispose (GObject *object)
{
  VcImage *self = (VcImage *)object;

  cancel_request (self);
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
  widget_class->unmap = vc_image_unmap;
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

  cancel_request (self);
  g_clear_object (&self->texture);

  /* The deck's alternative text is what a screen reader says; for a missing
   * picture, also that it is missing. */
  if (image != NULL && vc_deck_image_is_missing (image))
    {
      g_autofree char *text = dup_placeholder_text (image);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
    }
  else
    {
      if (image != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, vc_deck_image_get_alt (image),
                                        -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), image ? vc_deck_image_get_alt (image) : NULL);
    }

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

/**
 * vc_image_get_texture:
 * @self: a #VcImage
 *
 * Returns: (transfer none) (nullable): the pixels drawn for the picture at
 *   the size it is shown, or %NULL while there are none
 */
GdkTexture *
vc_image_get_texture (VcImage *self)
{
  g_return_val_if_fail (VC_IS_IMAGE (self), NULL);
  return self->texture;
}
