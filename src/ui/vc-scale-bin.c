/* vc-scale-bin.c
 *
 * Lays its child out for a screen of a set height and enlarges it to fill
 * the screen it is on.
 *
 * A card projected in a meeting room must read from the back row whatever
 * the projector: the same card fills a 1024×768 projector and a 4K screen
 * alike, with the same lines breaking at the same words. So the card is
 * laid out once for a screen 720 pixels high (and at least 960 wide) and
 * drawn enlarged by a transform. Text and pictures stay sharp: GTK draws
 * glyphs at the size they end up, and pictures ask for their own size on
 * the screen.
 *
 * It can hold a spare child besides: laid out as the child would be, but
 * neither drawn nor seen by screen readers until vc_scale_bin_swap() puts
 * it in the child's place. The room's screen lays the next card out in
 * the spare while the group talks, so that the card's frame, when it
 * comes, has no text to lay out.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <math.h>

#include "vc-scale-bin.h"

#define DESIGN_HEIGHT 720.0
#define DESIGN_WIDTH  960.0
#define MAX_SHRINKS   6

struct _VcScaleBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  GtkWidget *spare;
  double     scale;
  gboolean   fit_content;
  gboolean   center;
};

G_DEFINE_FINAL_TYPE (VcScaleBin, vc_scale_bin, GTK_TYPE_WIDGET)

/* The scale of the whole screen: the window's height against the design's,
 * so that a strip under the card reads at the card's size. */
static double
screen_scale (GtkWidget *widget,
              int        width)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  int height = root ? gtk_widget_get_height (root) : 0;

  if (height <= 0 || width <= 0)
    return 1.0;
  return MIN (height / DESIGN_HEIGHT, width / DESIGN_WIDTH);
}

static void
vc_scale_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  VcScaleBin *self = VC_SCALE_BIN (widget);

  /* Fitting its content: as tall as the child is at the screen's scale. */
  if (self->fit_content && self->child != NULL && orientation == GTK_ORIENTATION_VERTICAL)
    {
      double scale = screen_scale (widget, for_size);
      int child_min = 0, child_nat = 0;

      gtk_widget_measure (self->child, orientation, for_size > 0 ? (int)(for_size / scale) : -1,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = (int)ceil (child_min * scale);
      *natural = (int)ceil (child_nat * scale);
      return;
    }

  /* It fills whatever it is given; the child is never cut short, only
   * made smaller. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? DESIGN_WIDTH : DESIGN_HEIGHT;
}

static GtkSizeRequestMode
vc_scale_bin_get_request_mode (GtkWidget *widget)
{
  return VC_SCALE_BIN (widget)->fit_content ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
                                            : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/* Lays @child out in @width × @height and returns its scale. */
static double
allocate_child (VcScaleBin *self,
                GtkWidget  *child,
                int         width,
                int         height)
{
  GskTransform *transform;
  int child_width, child_height;
  double scale;
  int y = 0;

  if (self->fit_content)
    {
      scale = screen_scale (GTK_WIDGET (self), width);
      gtk_widget_allocate (child, (int)(width / scale), (int)(height / scale), -1,
                           gsk_transform_scale (NULL, scale, scale));
      return scale;
    }

  /* A card too long for the screen is made smaller rather than cut. */
  scale = MIN (height / DESIGN_HEIGHT, width / DESIGN_WIDTH);
  for (guint i = 0; i < MAX_SHRINKS; i++)
    {
      int needed;

      child_width = (int)(width / scale);
      child_height = (int)(height / scale);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width,
                          &needed, NULL, NULL, NULL);
      if (needed <= child_height)
        break;
      scale *= MAX (0.7, sqrt ((double)child_height / needed));
    }
  child_width = (int)(width / scale);
  child_height = (int)(height / scale);

  /* Centred here, at the height measured above, rather than by the
   * child's own alignment: GTK would first measure the natural width of
   * an aligned child, laying out every line of its text once more at the
   * narrowest width it could have. */
  if (self->center)
    {
      int natural = 0;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width,
                          NULL, &natural, NULL, NULL);
      if (natural < child_height)
        {
          y = (child_height - natural) / 2;
          child_height = natural;
        }
    }

  transform = gsk_transform_scale (NULL, scale, scale);
  transform = gsk_transform_translate (transform, &GRAPHENE_POINT_INIT (0, y));
  gtk_widget_allocate (child, child_width, child_height, -1, transform);
  return scale;
}

static void
vc_scale_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VcScaleBin *self = VC_SCALE_BIN (widget);

  if (width <= 0 || height <= 0)
    return;

  if (self->child != NULL)
    self->scale = allocate_child (self, self->child, width, height);
  if (self->spare != NULL)
    allocate_child (self, self->spare, width, height);
}

static void
vc_scale_bin_dispose (GObject *object)
{
  VcScaleBin *self = VC_SCALE_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->spare, gtk_widget_unparent);

  G_OBJECT_CLASS (vc_scale_bin_parent_class)->dispose (object);
}

enum {
  PROP_0,
  PROP_CHILD,
  PROP_FIT_CONTENT,
  PROP_CENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vc_scale_bin_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VcScaleBin *self = VC_SCALE_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_FIT_CONTENT:
      g_value_set_boolean (value, self->fit_content);
      break;

    case PROP_CENTER:
      g_value_set_boolean (value, self->center);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_scale_bin_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VcScaleBin *self = VC_SCALE_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      vc_scale_bin_set_child (self, g_value_get_object (value));
      break;

    case PROP_FIT_CONTENT:
      self->fit_content = g_value_get_boolean (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    case PROP_CENTER:
      self->center = g_value_get_boolean (value);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_scale_bin_class_init (VcScaleBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_scale_bin_dispose;
  object_class->get_property = vc_scale_bin_get_property;
  object_class->set_property = vc_scale_bin_set_property;
  widget_class->measure = vc_scale_bin_measure;
  widget_class->get_request_mode = vc_scale_bin_get_request_mode;
  widget_class->size_allocate = vc_scale_bin_size_allocate;

  /* So that a template can give it its child. */
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* As tall as the child needs at the screen's scale, rather than filling
   * what it is given: for a strip under the card. */
  properties[PROP_FIT_CONTENT] =
    g_param_spec_boolean ("fit-content", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Whether a child shorter than the screen is set in its middle, at its
   * own height. */
  properties[PROP_CENTER] =
    g_param_spec_boolean ("center", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vc_scale_bin_init (VcScaleBin *self)
{
  self->scale = 1.0;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
vc_scale_bin_new (void)
{
  return g_object_new (VC_TYPE_SCALE_BIN, NULL);
}

/**
 * vc_scale_bin_set_child:
 * @self: a #VcScaleBin
 * @child: (nullable): the widget to lay out and enlarge
 */
void
vc_scale_bin_set_child (VcScaleBin *self,
                        GtkWidget  *child)
{
  g_return_if_fail (VC_IS_SCALE_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * vc_scale_bin_get_child:
 * @self: a #VcScaleBin
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
vc_scale_bin_get_child (VcScaleBin *self)
{
  g_return_val_if_fail (VC_IS_SCALE_BIN (self), NULL);
  return self->child;
}

/**
 * vc_scale_bin_get_scale:
 * @self: a #VcScaleBin
 *
 * Returns: how much the child is enlarged, 1.5 on a 1920×1080 screen
 */
double
vc_scale_bin_get_scale (VcScaleBin *self)
{
  g_return_val_if_fail (VC_IS_SCALE_BIN (self), 1.0);
  return self->scale;
}

static void
hide_spare (GtkWidget *spare)
{
  gtk_widget_set_child_visible (spare, FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (spare), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/**
 * vc_scale_bin_set_spare:
 * @self: a #VcScaleBin
 * @spare: (nullable): a widget to lay out as the child, out of sight
 *
 * Gives @self a spare child: laid out as the child would be, but not
 * drawn, not mapped and hidden from screen readers, until
 * vc_scale_bin_swap() shows it instead of the child.
 */
void
vc_scale_bin_set_spare (VcScaleBin *self,
                        GtkWidget  *spare)
{
  g_return_if_fail (VC_IS_SCALE_BIN (self));
  g_return_if_fail (spare == NULL || GTK_IS_WIDGET (spare));

  if (self->spare == spare)
    return;

  g_clear_pointer (&self->spare, gtk_widget_unparent);
  if (spare != NULL)
    {
      self->spare = spare;
      hide_spare (spare);
      gtk_widget_set_parent (spare, GTK_WIDGET (self));
    }
}

/**
 * vc_scale_bin_get_spare:
 * @self: a #VcScaleBin
 *
 * Returns: (transfer none) (nullable): the spare child
 */
GtkWidget *
vc_scale_bin_get_spare (VcScaleBin *self)
{
  g_return_val_if_fail (VC_IS_SCALE_BIN (self), NULL);
  return self->spare;
}

/**
 * vc_scale_bin_swap:
 * @self: a #VcScaleBin with a child and a spare
 *
 * Shows the spare in the child's place, as it was last laid out, and
 * keeps the child as the spare.
 */
void
vc_scale_bin_swap (VcScaleBin *self)
{
  GtkWidget *shown;

  g_return_if_fail (VC_IS_SCALE_BIN (self));
  g_return_if_fail (self->child != NULL && self->spare != NULL);

  shown = self->spare;
  self->spare = self->child;
  self->child = shown;

  hide_spare (self->spare);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_STATE_HIDDEN);
  gtk_widget_set_child_visible (shown, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
