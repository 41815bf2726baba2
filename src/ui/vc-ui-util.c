/* vc-ui-util.c
 *
 * Small helpers for building the widgets that show deck text.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-ui-util.h"

/**
 * vc_ui_label_new:
 * @text: (nullable): text from a deck, shown as it is (never as markup)
 * @style_class: (nullable): a style class such as "title-3"
 *
 * Returns: (transfer floating): a wrapping, selectable, start-aligned label
 */
GtkWidget *
vc_ui_label_new (const char *text,
                 const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Without a minimum width GTK measures the text at one character a line,
   * shaping it all again, every time a card is shown. */
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}
