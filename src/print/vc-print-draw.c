/* vc-print-draw.c
 *
 * Drawing one printed card: the front with its kind, its text and its
 * number; the back with the deck's title and the kind of card over a quiet
 * pattern in the deck's colour; and the cut marks around the cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vc-print-private.h"

/* Dark enough for white type on them, each at least 5:1. */
static const guint32 deck_colours[] = {
  0x1a5fb4, /* blue */
  0x1f6e43, /* green */
  0x9c3a00, /* orange */
  0x613583, /* purple */
  0xa51d2d, /* red */
  0x63452c, /* brown */
  0x0f6866, /* teal */
  0x7a2a6a, /* plum */
};

/* The same deck always gets the same colour, so that its cards are known
 * by their backs from one printing to the next. */
guint32
vc_print_deck_colour (VcDeck *deck)
{
  const char *id = vc_deck_get_id (deck);

  return deck_colours[(id ? g_str_hash (id) : 0) % G_N_ELEMENTS (deck_colours)];
}

static void
set_colour (cairo_t *cr,
            guint32  colour,
            double   towards_white)
{
  double r = ((colour >> 16) & 0xff) / 255.0;
  double g = ((colour >> 8) & 0xff) / 255.0;
  double b = (colour & 0xff) / 255.0;

  cairo_set_source_rgb (cr,
                        r + (1 - r) * towards_white,
                        g + (1 - g) * towards_white,
                        b + (1 - b) * towards_white);
}

#define TEXT_COLOUR 0x1e1e1e
#define QUIET_COLOUR 0x505050

static PangoLayout *
small_layout (PangoContext *context,
              const char   *text,
              double        size,
              gboolean      bold,
              double        spacing)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (spacing > 0)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int)(spacing * PANGO_SCALE)));
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_text (layout, text, -1);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  return layout;
}

static void
draw_header (cairo_t           *cr,
             PangoContext      *context,
             const VcPrintType *type,
             VcPrintFace       *face,
             guint32            colour,
             double             x,
             double             y,
             double             width)
{
  double size = 0.75 * type->body * face->scale;
  g_autofree char *upper = g_utf8_strup (face->kind_label, -1);
  g_autoptr(PangoLayout) layout = small_layout (context, upper, size, TRUE, size * 0.08);
  double line = type->large_print ? 1.5 : 0.8;

  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_colour (cr, type->large_print ? 0 : colour, 0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  cairo_set_line_width (cr, line);
  cairo_move_to (cr, x, y + size * 1.3 + type->body * face->scale * 0.3);
  cairo_rel_line_to (cr, width, 0);
  cairo_stroke (cr);
}

static void
draw_footer (cairo_t           *cr,
             PangoContext      *context,
             const VcPrintType *type,
             VcPrintFace       *face,
             double             x,
             double             y,
             double             width)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  if (face->n_parts > 1)
    /* Translators: a printed card's number, and which part of it this is
     * when it goes on over more cards: "12 · 1/2" */
    text = g_strdup_printf (C_("printed card", "%u · %u/%u"), face->number, face->part, face->n_parts);
  else
    text = g_strdup_printf ("%u", face->number);

  layout = small_layout (context, text, type->body * 0.8, type->large_print, 0);
  pango_layout_get_size (layout, &w, &h);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (!type->large_print)
    set_colour (cr, QUIET_COLOUR, 0);
  cairo_move_to (cr, x + width - (double)w / PANGO_SCALE, y - (double)h / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_blocks (cairo_t           *cr,
             PangoContext      *context,
             const VcPrintType *type,
             VcPrintFace       *face,
             guint32            colour,
             double             x,
             double             y,
             double             width)
{
  double em = type->body * face->scale;

  for (guint i = 0; i < face->blocks->len; i++)
    {
      const VcPrintBlock *block = g_ptr_array_index (face->blocks, i);
      g_autoptr(PangoLayout) layout = vc_print_block_layout (context, type, block, face->scale, width);
      double indent = width - (double)pango_layout_get_width (layout) / PANGO_SCALE;
      int h;

      if (i > 0)
        y += vc_print_block_space_before (type, block, face->scale);

      set_colour (cr, type->large_print ? 0 : TEXT_COLOUR, 0);
      if (block->kind == VC_PRINT_BLOCK_CONTINUED && !type->large_print)
        set_colour (cr, QUIET_COLOUR, 0);
      if (block->kind == VC_PRINT_BLOCK_HEADING && !type->large_print)
        set_colour (cr, colour, 0);

      if (block->kind == VC_PRINT_BLOCK_QUESTION || block->kind == VC_PRINT_BLOCK_OPTION)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (layout);
          double baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          g_autoptr(PangoLayout) bullet = NULL;
          double bullet_size = em * (block->kind == VC_PRINT_BLOCK_OPTION ? 0.95 : 1.0);

          pango_layout_iter_free (iter);
          bullet = small_layout (context, block->kind == VC_PRINT_BLOCK_OPTION ? "–" : "•",
                                 bullet_size, FALSE, 0);
          iter = pango_layout_get_iter (bullet);
          cairo_move_to (cr, x + indent - em * 0.9,
                         y + baseline - (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_layout_iter_free (iter);
          pango_cairo_show_layout (cr, bullet);
        }

      cairo_move_to (cr, x + indent, y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, NULL, &h);
      y += (double)h / PANGO_SCALE;
    }
}

/* How finely to draw a photo, in pixels per point: 300 dots to the inch
 * on paper and in a PDF; on screen, as many as the preview shows. */
static double
picture_density (cairo_t *cr)
{
  double dx = 1, dy = 0;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return 300.0 / 72.0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return CLAMP (hypot (dx, dy), 0.25, 300.0 / 72.0);
}

/**
 * vc_print_draw_front:
 * @width: the card's width, in points
 * @height: the card's height, in points
 *
 * Draws a card's front with its top left corner at @cr's origin.
 */
void
vc_print_draw_front (cairo_t           *cr,
                     PangoContext      *context,
                     const VcPrintType *type,
                     VcPrintFace       *face,
                     const char        *deck_title,
                     guint32            colour,
                     double             width,
                     double             height)
{
  double pad = type->padding;
  double text_width = width - 2 * pad;
  double header = vc_print_face_header_height (type, face->scale);
  double top = pad + header;
  double bottom = height - pad - type->footer;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  draw_header (cr, context, type, face, colour, pad, pad, text_width);

  if (face->centred)
    {
      double blocks = vc_print_face_measure (context, type, face, face->scale, text_width, NULL) - header;

      if (face->image != NULL)
        {
          double room = bottom - top - blocks - (blocks > 0 ? type->body * 0.6 : 0);
          g_autoptr(GError) error = NULL;

          cairo_save (cr);
          cairo_translate (cr, pad, top);
          if (!vc_deck_image_draw (face->image, cr, text_width, room, picture_density (cr), &error))
            g_debug ("A picture was left out of the printout: %s", error->message);
          cairo_restore (cr);
          draw_blocks (cr, context, type, face, colour, pad, bottom - blocks, text_width);
        }
      else
        draw_blocks (cr, context, type, face, colour, pad,
                     top + MAX (0, (bottom - top - blocks) * 0.42), text_width);
    }
  else
    draw_blocks (cr, context, type, face, colour, pad, top, text_width);

  draw_footer (cr, context, type, face, pad, height - pad + type->body * 0.2, text_width);
  (void)deck_title;
  cairo_restore (cr);
}

/* A quiet lattice of diamonds, lighter than the deck's colour. */
static void
draw_pattern (cairo_t *cr,
              guint32  colour,
              double   x,
              double   y,
              double   width,
              double   height)
{
  double step = VC_MM_TO_PT (7);

  cairo_save (cr);
  set_colour (cr, colour, 0.18);
  cairo_set_line_width (cr, 0.7);
  for (double d = -height; d < width + height; d += step)
    {
      cairo_move_to (cr, x + d, y);
      cairo_line_to (cr, x + d + height, y + height);
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * vc_print_rounded_rectangle:
 *
 * Adds a rectangle with rounded corners to @cr's path.
 */
void
vc_print_rounded_rectangle (cairo_t *cr,
                            double   x,
                            double   y,
                            double   width,
                            double   height,
                            double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * vc_print_draw_back:
 * @bleed: how far the colour goes past each edge, in points: left, top,
 *   right, bottom
 *
 * Draws a card's back with its top left corner at @cr's origin.
 */
void
vc_print_draw_back (cairo_t           *cr,
                    PangoContext      *context,
                    const VcPrintType *type,
                    const char        *deck_title,
                    const char        *kind_label,
                    guint32            colour,
                    double             width,
                    double             height,
                    const double       bleed[4])
{
  double pad = type->padding;
  double panel_width = width - 3 * pad;
  double size = type->body * (type->large_print ? 1.3 : 1.2);
  g_autoptr(PangoLayout) title = small_layout (context, deck_title ? deck_title : "", size, TRUE, 0);
  g_autofree char *upper = g_utf8_strup (kind_label, -1);
  g_autoptr(PangoLayout) kind = small_layout (context, upper, size * 0.7, TRUE, size * 0.06);
  int th, kh;
  double panel_height, panel_y;

  cairo_save (cr);
  cairo_rectangle (cr, -bleed[0], -bleed[1], width + bleed[0] + bleed[2], height + bleed[1] + bleed[3]);
  cairo_clip_preserve (cr);
  set_colour (cr, colour, 0);
  cairo_fill (cr);
  draw_pattern (cr, colour, -bleed[0], -bleed[1],
                width + bleed[0] + bleed[2], height + bleed[1] + bleed[3]);

  /* A frame inside the cut, so that a card cut a little off still looks
   * even. */
  set_colour (cr, colour, 0.45);
  cairo_set_line_width (cr, 0.9);
  vc_print_rounded_rectangle (cr, pad * 0.6, pad * 0.6, width - 1.2 * pad, height - 1.2 * pad, pad * 0.5);
  cairo_stroke (cr);

  for (PangoLayout **l = (PangoLayout *[]) { title, kind, NULL }; *l; l++)
    {
      PangoFontDescription *font = pango_font_description_copy (pango_layout_get_font_description (*l));
      double font_size = (double)pango_font_description_get_size (font) / PANGO_SCALE;

      pango_layout_set_alignment (*l, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (*l, PANGO_WRAP_WORD_CHAR);
      vc_print_fit_longest_word (*l, font, font_size, font_size * 0.6, panel_width - pad);
      pango_font_description_free (font);
    }
  pango_layout_set_line_spacing (title, 1.1);
  pango_layout_get_size (title, NULL, &th);
  pango_layout_get_size (kind, NULL, &kh);
  panel_height = MIN (height - 3 * pad, (double)(th + kh) / PANGO_SCALE + size * 0.8 + pad);
  panel_y = (height - panel_height) / 2;

  cairo_set_source_rgb (cr, 1, 1, 1);
  vc_print_rounded_rectangle (cr, 1.5 * pad, panel_y, panel_width, panel_height, pad * 0.6);
  cairo_fill (cr);

  set_colour (cr, type->large_print ? 0 : colour, 0);
  cairo_move_to (cr, 2 * pad, panel_y + pad / 2);
  pango_cairo_show_layout (cr, title);
  set_colour (cr, type->large_print ? 0 : QUIET_COLOUR, 0);
  cairo_move_to (cr, 2 * pad, panel_y + pad / 2 + (double)th / PANGO_SCALE + size * 0.8);
  pango_cairo_show_layout (cr, kind);
  cairo_restore (cr);
}

static void
mark (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2)
{
  cairo_move_to (cr, VC_MM_TO_PT (x1), VC_MM_TO_PT (y1));
  cairo_line_to (cr, VC_MM_TO_PT (x2), VC_MM_TO_PT (y2));
}

/**
 * vc_print_draw_marks:
 *
 * Cut marks in the margin, on the lines of every card's edges and never
 * across a card; with folding, dashed marks where the fold goes.
 */
void
vc_print_draw_marks (cairo_t               *cr,
                     const VcPrintGeometry *g,
                     VcPrintBacks           backs)
{
  double right = g->left + g->columns * g->unit_width + (g->columns - 1) * g->gutter;
  double bottom = g->top + g->rows * g->unit_height + (g->rows - 1) * g->gutter;
  double gap = g->bleed + 1.0;
  double reach_x = MAX (3.0, g->left - gap - 3.0);
  double reach_y = MAX (3.0, g->top - gap - 3.0);
  double length_x = MIN (6.0, reach_x);
  double length_y = MIN (6.0, reach_y);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.4);

  for (int c = 0; c < g->columns; c++)
    for (int edge = 0; edge < 2; edge++)
      {
        double x = g->left + c * (g->unit_width + g->gutter) + edge * g->unit_width;

        mark (cr, x, g->top - gap, x, g->top - gap - length_y);
        mark (cr, x, bottom + gap, x, bottom + gap + length_y);
      }
  for (int r = 0; r < g->rows; r++)
    for (int edge = 0; edge < 2; edge++)
      {
        double y = g->top + r * (g->unit_height + g->gutter) + edge * g->unit_height;

        mark (cr, g->left - gap, y, g->left - gap - length_x, y);
        mark (cr, right + gap, y, right + gap + length_x, y);
      }
  cairo_stroke (cr);

  if (backs == VC_PRINT_BACKS_FOLD)
    {
      double dashes[] = { 2.0, 1.5 };

      cairo_set_dash (cr, dashes, 2, 0);
      if (g->fold_below)
        for (int r = 0; r < g->rows; r++)
          {
            double y = g->top + r * (g->unit_height + g->gutter) + g->card_height;

            mark (cr, g->left - gap, y, g->left - gap - length_x, y);
            mark (cr, right + gap, y, right + gap + length_x, y);
          }
      else
        for (int c = 0; c < g->columns; c++)
          {
            double x = g->left + c * (g->unit_width + g->gutter) + g->card_width;

            mark (cr, x, g->top - gap, x, g->top - gap - length_y);
            mark (cr, x, bottom + gap, x, bottom + gap + length_y);
          }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
