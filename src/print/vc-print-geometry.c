/* vc-print-geometry.c
 *
 * Where the cards sit on a sheet: as many as the size promises, centred,
 * with room around them for the cut marks and for the margin that office
 * printers leave blank; and where each back goes so that it lands behind
 * its front when the sheet is turned over.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vc-print-private.h"

/* The edge of the paper that most printers leave blank. */
#define PRINTER_MARGIN 3.0
/* Between the bleed and a cut mark, and a cut mark's shortest length. */
#define MARK_GAP 1.0
#define MARK_MIN 3.0

static void
nominal_size (VcPrintSize  size,
              double      *width,
              double      *height)
{
  switch (size)
    {
    case VC_PRINT_SIZE_A6:
      *width = 105;
      *height = 148;
      break;
    case VC_PRINT_SIZE_A5:
      *width = 148;
      *height = 210;
      break;
    case VC_PRINT_SIZE_POKER:
    default:
      *width = 63;
      *height = 88;
      break;
    }
}

static guint
cards_per_sheet (VcPrintSize size)
{
  return size == VC_PRINT_SIZE_POKER ? 9 : size == VC_PRINT_SIZE_A6 ? 4 : 2;
}

/* The largest scale, at most 1, at which the grid fits on the page. */
static double
grid_scale (double page_width,
            double page_height,
            double unit_width,
            double unit_height,
            int    columns,
            int    rows,
            double gutter,
            double bleed)
{
  double side = PRINTER_MARGIN + MARK_MIN + MARK_GAP + bleed;
  double sx = (page_width - 2 * side - (columns - 1) * gutter) / (columns * unit_width);
  double sy = (page_height - 2 * side - (rows - 1) * gutter) / (rows * unit_height);

  return MIN (1.0, MIN (sx, sy));
}

typedef struct
{
  double gutter;
  double bleed;
} Spacing;

/* Room between the cards for a whole bleed each where the paper has it;
 * else the cards touch, and the bleed is only around the outside. */
static const Spacing spacings[] = {
  { 6.0, 3.0 }, { 0.0, 3.0 }, { 0.0, 2.0 }, { 0.0, 1.0 },
};

void
vc_print_geometry_compute (VcPrintGeometry      *geometry,
                           const VcPrintOptions *options)
{
  double paper_width, paper_height, card_width, card_height;
  double best_scale = -1;
  int best_count = 0;
  guint best_spacing = G_MAXUINT;
  gboolean fold = options->backs == VC_PRINT_BACKS_FOLD;
  guint wanted = cards_per_sheet (options->size);
  double enough = options->size == VC_PRINT_SIZE_POKER ? 0.95 : 0.85;

  vc_print_paper_get_size_mm (options->paper, &paper_width, &paper_height);
  nominal_size (options->size, &card_width, &card_height);
  memset (geometry, 0, sizeof *geometry);

  for (int landscape = 0; landscape <= 1; landscape++)
    for (int below = 0; below <= (fold ? 1 : 0); below++)
      for (guint s = 0; s < G_N_ELEMENTS (spacings); s++)
        for (int columns = 1; columns <= 9; columns++)
          for (int rows = 1; rows <= 9; rows++)
            {
              double pw = landscape ? paper_height : paper_width;
              double ph = landscape ? paper_width : paper_height;
              double uw = card_width * (fold && !below ? 2 : 1);
              double uh = card_height * (fold && below ? 2 : 1);
              double scale;
              int count = columns * rows;
              gboolean better;

              /* Without folding, the promised number to a sheet; folding
               * halves it, at the size the person chose. */
              if (!fold && (guint)count != wanted)
                continue;

              scale = grid_scale (pw, ph, uw, uh, columns, rows,
                                  spacings[s].gutter, spacings[s].bleed);
              if (scale <= 0)
                continue;

              if (fold)
                /* As many as fit at about the card's own size: a playing
                 * card within a few per cent, for card sleeves, A6 and A5
                 * as much smaller as they are without folding. One,
                 * smaller still, if not even one fits. */
                better = (scale >= enough && (best_scale < enough || count > best_count ||
                                              (count == best_count && scale > best_scale + 1e-9))) ||
                         (best_scale < enough && scale > best_scale + 1e-9);
              else if (options->size == VC_PRINT_SIZE_POKER || scale >= 0.999)
                /* A playing card keeps its size as nearly as it can, for
                 * card sleeves; any card keeps it where the paper allows. */
                better = scale > best_scale + 1e-9;
              else
                /* A card that has to be smaller anyway gets room to cut
                 * between cards, with a whole bleed. */
                better = best_scale < 0.999 &&
                         (s < best_spacing || (s == best_spacing && scale > best_scale + 1e-9));

              if (!better)
                continue;

              best_scale = scale;
              best_count = count;
              best_spacing = s;
              geometry->landscape = landscape;
              geometry->page_width = pw;
              geometry->page_height = ph;
              geometry->columns = columns;
              geometry->rows = rows;
              geometry->gutter = spacings[s].gutter;
              geometry->bleed = spacings[s].bleed;
              geometry->fold_below = fold && below;
              geometry->card_width = card_width * scale;
              geometry->card_height = card_height * scale;
              geometry->unit_width = uw * scale;
              geometry->unit_height = uh * scale;
            }

  geometry->left = (geometry->page_width - geometry->columns * geometry->unit_width
                    - (geometry->columns - 1) * geometry->gutter) / 2;
  geometry->top = (geometry->page_height - geometry->rows * geometry->unit_height
                   - (geometry->rows - 1) * geometry->gutter) / 2;
}

static VcPrintRect
unit_rect (const VcPrintGeometry *geometry,
           guint                  slot)
{
  int column = slot % geometry->columns;
  int row = slot / geometry->columns;
  VcPrintRect rect = {
    geometry->left + column * (geometry->unit_width + geometry->gutter),
    geometry->top + row * (geometry->unit_height + geometry->gutter),
    geometry->unit_width,
    geometry->unit_height,
  };

  return rect;
}

VcPrintRect
vc_print_geometry_front (const VcPrintGeometry *geometry,
                         guint                  slot)
{
  VcPrintRect rect = unit_rect (geometry, slot);

  rect.width = geometry->card_width;
  rect.height = geometry->card_height;
  return rect;
}

/**
 * vc_print_geometry_back:
 *
 * Where the back of the card in @slot is printed. For two-sided printing
 * that is on the next page, as it reads once the sheet is turned over on
 * the chosen edge: turned on its long edge, a portrait sheet's left and
 * right change places, a landscape sheet's top and bottom. For folding it
 * is beside or below the front on the same page.
 */
VcPrintRect
vc_print_geometry_back (const VcPrintGeometry *geometry,
                        guint                  slot,
                        VcPrintBacks           backs)
{
  VcPrintRect rect = vc_print_geometry_front (geometry, slot);
  gboolean portrait = geometry->page_width < geometry->page_height;
  gboolean swap_x;

  switch (backs)
    {
    case VC_PRINT_BACKS_FOLD:
      if (geometry->fold_below)
        rect.y += geometry->card_height;
      else
        rect.x += geometry->card_width;
      return rect;

    case VC_PRINT_BACKS_LONG_EDGE:
      swap_x = portrait;
      break;

    case VC_PRINT_BACKS_SHORT_EDGE:
      swap_x = !portrait;
      break;

    case VC_PRINT_BACKS_NONE:
    default:
      return rect;
    }

  if (swap_x)
    rect.x = geometry->page_width - rect.x - rect.width;
  else
    rect.y = geometry->page_height - rect.y - rect.height;
  return rect;
}
