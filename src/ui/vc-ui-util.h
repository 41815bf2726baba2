/* vc-ui-util.h
 *
 * Small helpers for building the widgets that show deck text.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"

G_BEGIN_DECLS

char      *vc_ui_dup_buffer_text (GtkTextBuffer *buffer);
GtkWidget *vc_ui_label_new (const char *text,
                            const char *style_class);
char      *vc_ui_dup_page_title (VcDeck *deck,
                                 VcCard *card,
                                 guint   index);

GtkWidget *vc_ui_page_row_new         (const char *title);
GtkLabel  *vc_ui_page_row_get_label   (GtkWidget  *row);
void       vc_ui_page_row_set_current (GtkWidget  *row,
                                       gboolean    current);
gboolean   vc_ui_page_row_get_current (GtkWidget  *row);
void       vc_ui_list_mark_current    (GtkListBox *list,
                                       guint       position);
void       vc_ui_relabel_keys         (GtkWidget  *widget);

G_END_DECLS
