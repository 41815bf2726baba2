/* vc-page-row.h
 *
 * A page of a deck as played, in a list to jump to it: its title, and a
 * mark on the page shown now.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VC_TYPE_PAGE_ROW (vc_page_row_get_type ())

G_DECLARE_FINAL_TYPE (VcPageRow, vc_page_row, VC, PAGE_ROW, GtkListBoxRow)

GtkWidget *vc_page_row_new         (const char *title);
void       vc_page_row_set_title   (VcPageRow  *self,
                                    const char *title);
void       vc_page_row_set_current (VcPageRow  *self,
                                    gboolean    current);
gboolean   vc_page_row_get_current (VcPageRow  *self);
void       vc_page_row_mark_current (GtkListBox *list,
                                     guint       position);

G_END_DECLS
