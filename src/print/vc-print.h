/* vc-print.h
 *
 * A deck as cards to print and cut: the choices a person makes (card size,
 * paper, backs, large print) and the sheets that come of them, drawn with
 * cairo and Pango on any surface: a PDF file, GTK's print dialog or a
 * preview on screen.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "vc-deck.h"

G_BEGIN_DECLS

typedef enum
{
  VC_PRINT_SIZE_POKER,  /*< nick=poker >*/
  VC_PRINT_SIZE_A6,     /*< nick=a6 >*/
  VC_PRINT_SIZE_A5,     /*< nick=a5 >*/
} VcPrintSize;

typedef enum
{
  VC_PRINT_PAPER_A4,      /*< nick=a4 >*/
  VC_PRINT_PAPER_LETTER,  /*< nick=letter >*/
} VcPrintPaper;

typedef enum
{
  VC_PRINT_BACKS_NONE,        /*< nick=none >*/
  VC_PRINT_BACKS_LONG_EDGE,   /*< nick=long-edge >*/
  VC_PRINT_BACKS_SHORT_EDGE,  /*< nick=short-edge >*/
  VC_PRINT_BACKS_FOLD,        /*< nick=fold >*/
} VcPrintBacks;

/**
 * VcPrintOptions:
 * @size: the size of a card
 * @paper: the paper the sheets are printed on
 * @backs: whether and how backs are printed
 * @large_print: larger type and higher contrast
 *
 * What a person chose in the print dialog or on the command line.
 */
typedef struct
{
  VcPrintSize  size;
  VcPrintPaper paper;
  VcPrintBacks backs;
  gboolean     large_print;
} VcPrintOptions;

void        vc_print_options_init_default (VcPrintOptions *options);

gboolean    vc_print_size_from_string   (const char   *text,
                                         VcPrintSize  *size);
gboolean    vc_print_paper_from_string  (const char   *text,
                                         VcPrintPaper *paper);
gboolean    vc_print_backs_from_string  (const char   *text,
                                         VcPrintBacks *backs);
const char *vc_print_size_to_string     (VcPrintSize   size);
const char *vc_print_paper_to_string    (VcPrintPaper  paper);
const char *vc_print_backs_to_string    (VcPrintBacks  backs);
const char *vc_print_size_to_label      (VcPrintSize   size);
const char *vc_print_paper_to_label     (VcPrintPaper  paper);
const char *vc_print_backs_to_label     (VcPrintBacks  backs);
void        vc_print_paper_get_size_mm  (VcPrintPaper  paper,
                                         double       *width,
                                         double       *height);
const char *vc_print_paper_to_gtk_name  (VcPrintPaper  paper);

#define VC_TYPE_PRINT_JOB (vc_print_job_get_type ())
G_DECLARE_FINAL_TYPE (VcPrintJob, vc_print_job, VC, PRINT_JOB, GObject)

VcPrintJob *vc_print_job_new              (VcDeck               *deck,
                                           const VcPrintOptions *options);
VcDeck     *vc_print_job_get_deck         (VcPrintJob           *self);
const VcPrintOptions *vc_print_job_get_options (VcPrintJob      *self);
guint       vc_print_job_get_n_pages      (VcPrintJob           *self);
guint       vc_print_job_get_n_cards      (VcPrintJob           *self);
guint       vc_print_job_get_n_sheets     (VcPrintJob           *self);
gboolean    vc_print_job_get_landscape    (VcPrintJob           *self);
void        vc_print_job_get_page_size    (VcPrintJob           *self,
                                           double               *width_pt,
                                           double               *height_pt);
void        vc_print_job_get_card_size_mm (VcPrintJob           *self,
                                           double               *width,
                                           double               *height);
guint       vc_print_job_get_cards_per_sheet (VcPrintJob        *self);
void        vc_print_job_draw_page        (VcPrintJob           *self,
                                           cairo_t              *cr,
                                           guint                 page);
char       *vc_print_job_dup_summary      (VcPrintJob           *self);
gboolean    vc_print_job_write_pdf        (VcPrintJob           *self,
                                           const char           *path,
                                           GError              **error);

void        vc_print_release_fonts        (void);
void        vc_print_rounded_rectangle    (cairo_t              *cr,
                                           double                x,
                                           double                y,
                                           double                width,
                                           double                height,
                                           double                radius);

G_END_DECLS
