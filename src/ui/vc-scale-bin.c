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
  double     scale;
};

G_DEFINE_FINAL_TYPE (VcScaleBin, vc_scale_bin, GTK_TYPE_WIDGET)

static void
vc_scale_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  /* It fills whatever it is given; the child is never cut short, only
   * made smaller. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? DESIGN_WIDTH : DESIGN_HEIGHT;
}

static void
vc_scale_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  VcScaleBin *self = VC_SCALE_BIN (widget);
  int child_width, child_height;

  if (self->child == NULL || width <= 0 || height <= 0)
    return;

  /* A card too long for the screen is made smaller rather than cut. */
  self->scale = MIN (height / DESIGN_HEIGHT, width / DESIGN_WIDTH);
  for (guint i = 0; i < MAX_SHRINKS; i++)
    {
      int needed;

      child_width = (int)(width / self->scale);
      child_height = (int)(height / self->scale);
      gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width,
                          &needed, NULL, NULL, NULL);
      if (needed <= child_height)
        break;
      self->scale *= MAX (0.7, sqrt ((double)child_height / needed));
    }
  child_width = (int)(width / self->scale);
  child_height = (int)(height / self->scale);

  gtk_widget_allocate (self->child, child_width, child_height, -1,
                       gsk_transform_scale (NULL, self->scale, self->scale));
}

static void
vc_scale_bin_dispose (GObject *object)
{
  VcScaleBin *self = VC_SCALE_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (vc_scale_bin_parent_class)->dispose (object);
}

enum {
  PROP_0,
  PROP_CHILD,
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
  widget_class->size_allocate = vc_scale_bin_size_allocate;

  /* So that a template can give it its child. */
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
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
