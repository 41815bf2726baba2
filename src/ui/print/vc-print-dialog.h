/* vc-print-dialog.h
 *
 * Printing a deck as cards to cut: the choices, a preview of the sheets,
 * and the way to the printer or to a PDF file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck.h"
#include "vc-print.h"

G_BEGIN_DECLS

#define VC_TYPE_PRINT_DIALOG (vc_print_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VcPrintDialog, vc_print_dialog, VC, PRINT_DIALOG, AdwWindow)

VcPrintDialog *vc_print_dialog_new           (GtkWindow            *parent,
                                              VcDeck               *deck);
VcDeck        *vc_print_dialog_get_deck      (VcPrintDialog        *self);
void           vc_print_dialog_get_options   (VcPrintDialog        *self,
                                              VcPrintOptions       *options);
void           vc_print_dialog_set_options   (VcPrintDialog        *self,
                                              const VcPrintOptions *options);
VcPrintJob    *vc_print_dialog_get_job       (VcPrintDialog        *self);
guint          vc_print_dialog_get_page      (VcPrintDialog        *self);
void           vc_print_dialog_set_page      (VcPrintDialog        *self,
                                              guint                 page);
GtkWidget     *vc_print_dialog_get_preview   (VcPrintDialog        *self);
char          *vc_print_dialog_dup_page_text (VcPrintDialog        *self);
const char    *vc_print_dialog_get_summary   (VcPrintDialog        *self);

GtkPrintOperation *vc_print_dialog_new_operation (VcPrintDialog *self);
gboolean       vc_print_dialog_save_pdf      (VcPrintDialog        *self,
                                              const char           *path,
                                              GError              **error);
gboolean       vc_print_dialog_run_to_file   (VcPrintDialog        *self,
                                              const char           *path,
                                              GError              **error);
void           vc_print_dialog_set_print_to_file (VcPrintDialog    *self,
                                                  const char       *path);
char          *vc_print_dup_file_name        (VcDeck               *deck);
VcPrintPaper   vc_print_paper_for_locale     (void);

G_END_DECLS
