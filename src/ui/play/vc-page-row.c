/* vc-page-row.c
 *
 * A page of a deck as played, in a list to jump to it: its title, and a
 * mark on the page shown now, which screen readers hear as the row's
 * description.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-page-row.h"

struct _VcPageRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *label;
  GtkWidget     *mark;
};

G_DEFINE_FINAL_TYPE (VcPageRow, vc_page_row, GTK_TYPE_LIST_BOX_ROW)

static void
vc_page_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VC_TYPE_PAGE_ROW);

  G_OBJECT_CLASS (vc_page_row_parent_class)->dispose (object);
}

static void
vc_page_row_class_init (VcPageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_page_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-page-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPageRow, label);
  gtk_widget_class_bind_template_child (widget_class, VcPageRow, mark);
}

static void
vc_page_row_init (VcPageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A screen reader reads the row as the page's title. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL,
                                  -1);
}

/**
 * vc_page_row_new:
 * @title: the page's title, as vc_ui_dup_page_title() makes it
 *
 * Returns: (transfer floating): a row for the page
 */
GtkWidget *
vc_page_row_new (const char *title)
{
  VcPageRow *self = g_object_new (VC_TYPE_PAGE_ROW, NULL);

  gtk_label_set_text (self->label, title);
  return GTK_WIDGET (self);
}

void
vc_page_row_set_title (VcPageRow  *self,
                       const char *title)
{
  g_return_if_fail (VC_IS_PAGE_ROW (self));
  gtk_label_set_text (self->label, title);
}

/**
 * vc_page_row_set_current:
 * @self: a #VcPageRow
 * @current: whether its page is the one shown now
 *
 * Marks the page shown now with a check and a stronger title, and tells
 * screen readers so through the check's label and the row's description.
 */
void
vc_page_row_set_current (VcPageRow *self,
                         gboolean   current)
{
  g_return_if_fail (VC_IS_PAGE_ROW (self));

  if (gtk_widget_get_visible (self->mark) == current)
    return;

  gtk_widget_set_visible (self->mark, current);
  if (current)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "vc-current");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Shown now"),
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "vc-current");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

gboolean
vc_page_row_get_current (VcPageRow *self)
{
  g_return_val_if_fail (VC_IS_PAGE_ROW (self), FALSE);
  return gtk_widget_get_visible (self->mark);
}

/**
 * vc_page_row_mark_current:
 * @list: a list of page rows
 * @position: the row of the page shown now
 */
void
vc_page_row_mark_current (GtkListBox *list,
                          guint       position)
{
  guint i = 0;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (VC_IS_PAGE_ROW (child))
      vc_page_row_set_current (VC_PAGE_ROW (child), i++ == position);
}
