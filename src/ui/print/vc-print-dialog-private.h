/* vc-print-dialog-private.h
 *
 * What the parts of the Print Cards dialog share.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-print-dialog.h"

G_BEGIN_DECLS

struct _VcPrintDialog
{
  AdwWindow             parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkLabel             *hint_label;
  AdwComboRow          *size_row;
  AdwComboRow          *paper_row;
  AdwComboRow          *backs_row;
  GtkSwitch            *large_switch;
  GtkDrawingArea       *preview;
  GtkLabel             *page_label;
  GtkWidget            *print_button;

  VcDeck               *deck;
  VcPrintOptions        options;
  VcPrintJob           *job;
  char                 *summary;
  guint                 page;
  guint                 rebuild_id;
  gboolean              setting_rows;

  /* The page as last drawn at the size shown, so that the window can be
   * drawn again without laying out the cards again. */
  cairo_surface_t      *page_surface;
  guint                 surface_page;
  int                   surface_width;
  int                   surface_height;

  GtkPrintOperation    *operation;
  GtkFileChooserNative *chooser;
  char                 *print_to_file;
};

guint    vc_print_dialog_n_pages         (VcPrintDialog  *self);
void     vc_print_dialog_update_actions  (VcPrintDialog  *self);
void     vc_print_dialog_flush_rebuild   (VcPrintDialog  *self);
gboolean vc_print_dialog_recall_options  (VcPrintOptions *options);
void     vc_print_dialog_print_action    (GtkWidget      *widget,
                                          const char     *action_name,
                                          GVariant       *parameter);
void     vc_print_dialog_save_pdf_action (GtkWidget      *widget,
                                          const char     *action_name,
                                          GVariant       *parameter);

G_END_DECLS
