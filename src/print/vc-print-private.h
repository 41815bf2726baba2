/* vc-print-private.h
 *
 * What the parts of the print job share: the blocks of text a printed card
 * is made of, the cards themselves, and where they sit on a sheet.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "vc-print.h"

G_BEGIN_DECLS

#define VC_MM_TO_PT(mm) ((mm) * 72.0 / 25.4)
#define VC_PT_TO_MM(pt) ((pt) * 25.4 / 72.0)

typedef enum
{
  VC_PRINT_BLOCK_TITLE,
  VC_PRINT_BLOCK_HEADING,
  VC_PRINT_BLOCK_PARAGRAPH,
  VC_PRINT_BLOCK_LEAD,        /* a statement or question that is the card */
  VC_PRINT_BLOCK_QUESTION,
  VC_PRINT_BLOCK_OPTION,
  VC_PRINT_BLOCK_WORD,
  VC_PRINT_BLOCK_DEFINITION,
  VC_PRINT_BLOCK_CAPTION,
  VC_PRINT_BLOCK_CONTINUED,
} VcPrintBlockKind;

typedef struct
{
  VcPrintBlockKind  kind;
  char             *text;
} VcPrintBlock;

/* One face to print: the front of a card, or a part of a card that did not
 * fit on one. */
typedef struct
{
  char        *kind_label;   /* "Dilemma", on the front and the back */
  GPtrArray   *blocks;       /* VcPrintBlock */
  VcDeckImage *image;        /* a picture card's picture, or NULL */
  gboolean     centred;      /* a value word or a picture: in the middle */
  guint        number;       /* the card's number in the printed set */
  guint        part;         /* 1-based, of n_parts */
  guint        n_parts;
  double       scale;        /* the type's size, against the card's own */
} VcPrintFace;

/* Sizes of type for one card size, in points, before scaling. */
typedef struct
{
  double body;
  double min_scale;
  double padding;            /* from the cut line to the text, points */
  double footer;             /* height kept for the card's number */
  gboolean large_print;
} VcPrintType;

/* Where the cards sit on a sheet; all lengths in millimetres, on the page
 * as it is printed (landscape when @landscape). */
typedef struct
{
  double   page_width;
  double   page_height;
  gboolean landscape;
  int      columns;
  int      rows;
  double   card_width;
  double   card_height;
  double   unit_width;       /* a card, or a card and its back to fold */
  double   unit_height;
  double   gutter;
  double   bleed;
  double   left;             /* the first unit's top left corner */
  double   top;
  gboolean fold_below;       /* fold: the back below the front, turned */
} VcPrintGeometry;

/* A rectangle on a page, in millimetres. */
typedef struct
{
  double x, y, width, height;
} VcPrintRect;

void        vc_print_block_free       (VcPrintBlock       *block);
void        vc_print_face_free        (VcPrintFace        *face);
VcPrintFace *vc_print_face_new        (const char         *kind_label,
                                       guint               number);
void        vc_print_face_add         (VcPrintFace        *face,
                                       VcPrintBlockKind    kind,
                                       const char         *text);

GPtrArray  *vc_print_build_faces      (VcDeck             *deck);

void        vc_print_type_init        (VcPrintType        *type,
                                       const VcPrintOptions *options,
                                       double              card_width_mm);
PangoContext *vc_print_create_context (void);
PangoLayout *vc_print_block_layout    (PangoContext       *context,
                                       const VcPrintType  *type,
                                       const VcPrintBlock *block,
                                       double              scale,
                                       double              width);
double      vc_print_block_space_before (const VcPrintType  *type,
                                         const VcPrintBlock *block,
                                         double              scale);
GPtrArray  *vc_print_fit_faces        (PangoContext       *context,
                                       const VcPrintType  *type,
                                       GPtrArray          *faces,
                                       double              width,
                                       double              height);
double      vc_print_face_measure     (PangoContext       *context,
                                       const VcPrintType  *type,
                                       VcPrintFace        *face,
                                       double              scale,
                                       double              width,
                                       double             *widest);

gboolean    vc_print_face_check       (PangoContext       *context,
                                       const VcPrintType  *type,
                                       VcPrintFace        *face,
                                       double              width,
                                       double              height,
                                       double             *overflow);
double      vc_print_fit_longest_word (PangoLayout          *layout,
                                       PangoFontDescription *font,
                                       double                size,
                                       double                least,
                                       double                width);
double      vc_print_face_header_height (const VcPrintType *type,
                                         double             scale);

void        vc_print_geometry_compute (VcPrintGeometry    *geometry,
                                       const VcPrintOptions *options);
VcPrintRect vc_print_geometry_front   (const VcPrintGeometry *geometry,
                                       guint               slot);
VcPrintRect vc_print_geometry_back    (const VcPrintGeometry *geometry,
                                       guint               slot,
                                       VcPrintBacks        backs);

void        vc_print_draw_front       (cairo_t            *cr,
                                       PangoContext       *context,
                                       const VcPrintType  *type,
                                       VcPrintFace        *face,
                                       const char         *deck_title,
                                       guint32             colour,
                                       double              width,
                                       double              height);
void        vc_print_draw_back        (cairo_t            *cr,
                                       PangoContext       *context,
                                       const VcPrintType  *type,
                                       const char         *deck_title,
                                       const char         *kind_label,
                                       guint32             colour,
                                       double              width,
                                       double              height,
                                       const double        bleed[4]);
void        vc_print_draw_marks       (cairo_t            *cr,
                                       const VcPrintGeometry *geometry,
                                       VcPrintBacks        backs);
guint32     vc_print_deck_colour      (VcDeck             *deck);

/* For tests: what was drawn where, in device millimetres. */
typedef void (*VcPrintFaceDrawn) (guint        page,
                                  guint        face,
                                  gboolean     back,
                                  VcPrintRect  rect,
                                  gpointer     user_data);
void        vc_print_job_set_face_drawn (VcPrintJob       *self,
                                         VcPrintFaceDrawn  callback,
                                         gpointer          user_data);
gboolean    vc_print_job_check_fit      (VcPrintJob       *self,
                                         GString          *report);
VcPrintGeometry *vc_print_job_get_geometry (VcPrintJob    *self);
GPtrArray  *vc_print_job_get_faces      (VcPrintJob       *self);

G_END_DECLS
