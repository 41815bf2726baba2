/* vc-ui-util.h
 *
 * Small helpers for the widgets that show deck text, and for keeping the
 * focus in sight.
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

void       vc_ui_relabel_keys    (GtkWidget     *widget);
void       vc_ui_init_accessible_names (void);

void       vc_ui_keep_focus_visible (GtkWindow *window);

void       vc_ui_set_icon_after_first_frame (GtkWindow  *window,
                                             const char *icon_name);

G_END_DECLS
