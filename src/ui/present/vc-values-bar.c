/* vc-values-bar.c
 *
 * The facilitator's bar while the values game is presented: a small copy
 * of what the room sees, in a picture and in words, and buttons for the
 * presentation's own actions (present.*), so the bar needs to know nothing
 * of the presentation.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-values-bar.h"

struct _VcValuesBar
{
  GtkWidget   parent_instance;

  GtkWidget  *action_bar;
  GtkWidget  *preview_frame;
  GtkPicture *preview;
  GtkLabel   *label;
};

G_DEFINE_FINAL_TYPE (VcValuesBar, vc_values_bar, GTK_TYPE_WIDGET)

static void
vc_values_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VC_TYPE_VALUES_BAR);

  G_OBJECT_CLASS (vc_values_bar_parent_class)->dispose (object);
}

static void
vc_values_bar_class_init (VcValuesBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_values_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-values-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, VcValuesBar, action_bar);
  gtk_widget_class_bind_template_child (widget_class, VcValuesBar, preview_frame);
  gtk_widget_class_bind_template_child (widget_class, VcValuesBar, preview);
  gtk_widget_class_bind_template_child (widget_class, VcValuesBar, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
vc_values_bar_init (VcValuesBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vc_values_bar_new (void)
{
  return g_object_new (VC_TYPE_VALUES_BAR, NULL);
}

/**
 * vc_values_bar_set_text:
 * @self: a #VcValuesBar
 * @text: what the room sees, in words
 */
void
vc_values_bar_set_text (VcValuesBar *self,
                        const char  *text)
{
  g_return_if_fail (VC_IS_VALUES_BAR (self));
  gtk_label_set_text (self->label, text);
}

const char *
vc_values_bar_get_text (VcValuesBar *self)
{
  g_return_val_if_fail (VC_IS_VALUES_BAR (self), NULL);
  return gtk_label_get_text (self->label);
}

/**
 * vc_values_bar_set_preview:
 * @self: a #VcValuesBar
 * @preview: (nullable): the room's screen, as a paintable that follows it
 */
void
vc_values_bar_set_preview (VcValuesBar  *self,
                           GdkPaintable *preview)
{
  g_return_if_fail (VC_IS_VALUES_BAR (self));
  gtk_picture_set_paintable (self->preview, preview);
}

/**
 * vc_values_bar_set_preview_shown:
 * @self: a #VcValuesBar
 * @shown: whether the room sees anything to show a copy of
 */
void
vc_values_bar_set_preview_shown (VcValuesBar *self,
                                 gboolean     shown)
{
  g_return_if_fail (VC_IS_VALUES_BAR (self));
  gtk_widget_set_visible (self->preview_frame, shown);
}
