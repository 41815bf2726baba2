/* vc-print-fit.c
 *
 * Fitting a card's text to the card, measured with Pango as it will be
 * drawn: the type shrinks a little where that is enough, and a text that
 * would have to shrink below a readable size goes on to a second card,
 * marked "1/2" and "2/2", instead of being cut off.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vc-print-private.h"

/* How much the type may shrink before a text goes on to another card. */
#define MIN_SCALE 0.8
#define MIN_SCALE_LARGE 0.9
#define SCALE_STEP 0.05

void
vc_print_type_init (VcPrintType          *type,
                    const VcPrintOptions *options,
                    double                card_width_mm)
{
  /* 9 points on a playing card, growing more slowly than the card so that
   * a larger card holds more as well as larger text. */
  type->body = 9.0 * pow (card_width_mm / 63.0, 0.7);
  type->min_scale = MIN_SCALE;
  type->large_print = options->large_print;
  if (options->large_print)
    {
      type->body *= 1.45;
      type->min_scale = MIN_SCALE_LARGE;
    }
  /* Away from the cut, so that a cut a little off never takes a letter. */
  type->padding = VC_MM_TO_PT (MAX (4.0, card_width_mm * 0.065));
  type->footer = type->body * 1.3;
}

PangoContext *
vc_print_create_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Outlines as they are, so that what is measured is what is printed at
   * any resolution: on paper, in a PDF and in a preview on screen. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

static double
block_factor (VcPrintBlockKind kind)
{
  switch (kind)
    {
    case VC_PRINT_BLOCK_TITLE:
      return 1.3;
    case VC_PRINT_BLOCK_LEAD:
      return 1.25;
    case VC_PRINT_BLOCK_WORD:
      return 2.4;
    case VC_PRINT_BLOCK_DEFINITION:
      return 1.1;
    case VC_PRINT_BLOCK_OPTION:
    case VC_PRINT_BLOCK_CAPTION:
      return 0.95;
    case VC_PRINT_BLOCK_CONTINUED:
      return 0.85;
    case VC_PRINT_BLOCK_HEADING:
    case VC_PRINT_BLOCK_PARAGRAPH:
    case VC_PRINT_BLOCK_QUESTION:
    default:
      return 1.0;
    }
}

/**
 * vc_print_fit_longest_word:
 * @layout: a layout with its text and @font set
 *
 * Makes @layout's type smaller, down to @least, until its longest word
 * fits in @width points.
 *
 * Returns: the size of type, in points
 */
double
vc_print_fit_longest_word (PangoLayout          *layout,
                           PangoFontDescription *font,
                           double                size,
                           double                least,
                           double                width)
{
  g_autofree char *text = g_strdup (pango_layout_get_text (layout));
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  int widest = 0;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int w;

      if (*words[i] == '\0')
        continue;
      pango_layout_set_text (layout, words[i], -1);
      pango_layout_get_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  pango_layout_set_text (layout, text, -1);

  if (widest > width * PANGO_SCALE && size > least)
    {
      size = MAX (size * width * PANGO_SCALE / widest * 0.98, least);
      pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
      pango_layout_set_font_description (layout, font);
    }
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  return size;
}

/* How far a list item's text stands in from the card's text, in ems. */
static double
block_indent (VcPrintBlockKind kind)
{
  if (kind == VC_PRINT_BLOCK_QUESTION)
    return 1.1;
  if (kind == VC_PRINT_BLOCK_OPTION)
    return 2.2;
  return 0.0;
}

double
vc_print_block_space_before (const VcPrintType  *type,
                             const VcPrintBlock *block,
                             double              scale)
{
  double em = type->body * scale;

  switch (block->kind)
    {
    case VC_PRINT_BLOCK_HEADING:
      return 0.9 * em;
    case VC_PRINT_BLOCK_PARAGRAPH:
      return 0.55 * em;
    case VC_PRINT_BLOCK_LEAD:
    case VC_PRINT_BLOCK_DEFINITION:
      return 0.7 * em;
    case VC_PRINT_BLOCK_QUESTION:
    case VC_PRINT_BLOCK_CAPTION:
      return 0.45 * em;
    case VC_PRINT_BLOCK_OPTION:
      return 0.15 * em;
    case VC_PRINT_BLOCK_TITLE:
    case VC_PRINT_BLOCK_WORD:
    case VC_PRINT_BLOCK_CONTINUED:
    default:
      return 0.0;
    }
}

/**
 * vc_print_block_layout:
 * @width: the width of the card's text, in points
 *
 * A layout for one block at @scale, as wide as it may be: a list item's
 * is narrower by its indent, which the caller adds when drawing.
 */
PangoLayout *
vc_print_block_layout (PangoContext       *context,
                       const VcPrintType  *type,
                       const VcPrintBlock *block,
                       double              scale,
                       double              width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoAttrList *attrs = pango_attr_list_new ();
  double size = type->body * scale * block_factor (block->kind);
  double indent = block_indent (block->kind) * type->body * scale;

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  switch (block->kind)
    {
    case VC_PRINT_BLOCK_TITLE:
    case VC_PRINT_BLOCK_HEADING:
    case VC_PRINT_BLOCK_WORD:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case VC_PRINT_BLOCK_LEAD:
      pango_font_description_set_weight (font, type->large_print ? PANGO_WEIGHT_BOLD
                                                                 : PANGO_WEIGHT_MEDIUM);
      break;
    case VC_PRINT_BLOCK_CONTINUED:
    case VC_PRINT_BLOCK_CAPTION:
      if (!type->large_print)
        pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
      break;
    default:
      break;
    }
  pango_layout_set_font_description (layout, font);

  /* A word too long for the line is broken where it must be, without a
   * hyphen: the printed text stays the deck's text. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int)((width - indent) * PANGO_SCALE));
  pango_layout_set_line_spacing (layout, type->large_print ? 1.25 : 1.12);
  if (block->kind == VC_PRINT_BLOCK_WORD || block->kind == VC_PRINT_BLOCK_DEFINITION ||
      block->kind == VC_PRINT_BLOCK_CAPTION)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, block->text, -1);

  if (block->kind == VC_PRINT_BLOCK_WORD || block->kind == VC_PRINT_BLOCK_TITLE ||
      block->kind == VC_PRINT_BLOCK_HEADING || block->kind == VC_PRINT_BLOCK_LEAD)
    {
      double least = type->body * scale * (block->kind == VC_PRINT_BLOCK_WORD ? 1.3 : 1.0);

      /* A value word or a title keeps its words whole, as long compound
       * words in Swedish are: it gets smaller where one is too long for
       * the line, rather than broken, as long as it stays large. */
      size = vc_print_fit_longest_word (layout, font, size, least, width - indent);
    }

  pango_attr_list_unref (attrs);
  pango_font_description_free (font);
  return layout;
}

/* The kind of card, above a thin line, at the top of every front. */
static double
header_height (const VcPrintType *type,
               double             scale)
{
  return type->body * scale * (0.75 * 1.3 + 0.9);
}

/* Room that a picture keeps at least, against the card's text height. */
#define PICTURE_SHARE 0.6

/**
 * vc_print_face_measure:
 * @widest: (out) (optional): the widest line, against its room
 *
 * Returns: how much higher the face's blocks are than the room they have,
 *   in points: zero or less where they fit
 */
double
vc_print_face_measure (PangoContext      *context,
                       const VcPrintType *type,
                       VcPrintFace       *face,
                       double             scale,
                       double             width,
                       double            *widest)
{
  double used = header_height (type, scale);

  if (widest != NULL)
    *widest = 0;

  for (guint i = 0; i < face->blocks->len; i++)
    {
      const VcPrintBlock *block = g_ptr_array_index (face->blocks, i);
      g_autoptr(PangoLayout) layout = vc_print_block_layout (context, type, block, scale, width);
      int w, h;

      pango_layout_get_size (layout, &w, &h);
      if (i > 0)
        used += vc_print_block_space_before (type, block, scale);
      used += (double)h / PANGO_SCALE;
      if (widest != NULL)
        *widest = MAX (*widest, (double)w / PANGO_SCALE
                                - (double)pango_layout_get_width (layout) / PANGO_SCALE);
    }

  return used;
}

/* The room on a card for its header and blocks, in points. */
static double
face_room (const VcPrintType *type,
           VcPrintFace       *face,
           double             height)
{
  double room = height - 2 * type->padding - type->footer;

  return face->image != NULL ? room * (1 - PICTURE_SHARE) : room;
}

static gboolean
face_fits (PangoContext      *context,
           const VcPrintType *type,
           VcPrintFace       *face,
           double             scale,
           double             width,
           double             height)
{
  double widest;
  double used = vc_print_face_measure (context, type, face, scale,
                                       width - 2 * type->padding, &widest);

  return used <= face_room (type, face, height) + 0.01 && widest <= 0.01;
}

static VcPrintFace *
continuation (VcPrintFace *face)
{
  VcPrintFace *next = vc_print_face_new (face->kind_label, face->number);

  vc_print_face_add (next, VC_PRINT_BLOCK_CONTINUED, C_("printed card", "Continued"));
  return next;
}

static VcPrintBlock *
block_copy (const VcPrintBlock *block,
            const char         *text,
            gssize              length)
{
  VcPrintBlock *copy = g_new0 (VcPrintBlock, 1);

  copy->kind = block->kind;
  copy->text = length < 0 ? g_strdup (text) : g_strndup (text, length);
  return copy;
}

/* Cuts a block that is higher than a whole card after its lines that fit
 * in @room; the rest goes on the next card. Returns the byte offset. */
static int
split_point (PangoContext       *context,
             const VcPrintType  *type,
             const VcPrintBlock *block,
             double              width,
             double              room)
{
  g_autoptr(PangoLayout) layout = vc_print_block_layout (context, type, block, 1.0, width);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int cut = 0;

  do
    {
      PangoRectangle rect;
      int start = pango_layout_iter_get_line_readonly (iter)->start_index;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      if ((double)(rect.y + rect.height) / PANGO_SCALE > room)
        {
          cut = start;
          break;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return cut;
}

/* Fills cards one after the other at the card's own size of type. */
static void
split_face (PangoContext      *context,
            const VcPrintType *type,
            VcPrintFace       *face,
            double             width,
            double             height,
            GPtrArray         *out)
{
  double text_width = width - 2 * type->padding;
  VcPrintFace *part = vc_print_face_new (face->kind_label, face->number);
  guint first = out->len;
  guint i = 0;

  while (i < face->blocks->len)
    {
      VcPrintBlock *block = g_ptr_array_index (face->blocks, i);

      g_ptr_array_add (part->blocks, block_copy (block, block->text, -1));
      if (face_fits (context, type, part, 1.0, width, height))
        {
          i++;
          continue;
        }

      /* Take the block back, and keep a heading with what it heads. */
      vc_print_block_free (g_ptr_array_steal_index (part->blocks, part->blocks->len - 1));
      if (part->blocks->len > 1)
        {
          VcPrintBlock *last = g_ptr_array_index (part->blocks, part->blocks->len - 1);
          gboolean keep_last = last->kind == VC_PRINT_BLOCK_HEADING;

          if (keep_last && part->blocks->len > 2)
            g_ptr_array_steal_index (part->blocks, part->blocks->len - 1);
          else
            keep_last = FALSE;

          g_ptr_array_add (out, part);
          part = continuation (face);
          if (keep_last)
            g_ptr_array_add (part->blocks, last);
          continue;
        }

      {
        /* Alone on a card and still too long: cut it between lines. */
        double room = face_room (type, part, height)
                      - vc_print_face_measure (context, type, part, 1.0, text_width, NULL)
                      - vc_print_block_space_before (type, block, 1.0);
        int cut = split_point (context, type, block, text_width, room);

        if (cut <= 0 || (gsize)cut >= strlen (block->text))
          {
            /* Not even one line fits: nothing better can be done than to
             * let it be measured as too long. */
            g_ptr_array_add (part->blocks, block_copy (block, block->text, -1));
            i++;
            continue;
          }
        g_ptr_array_add (part->blocks, block_copy (block, block->text, cut));
        g_strchomp (((VcPrintBlock *)g_ptr_array_index (part->blocks, part->blocks->len - 1))->text);
        g_ptr_array_add (out, part);
        part = continuation (face);
        /* The rest of the block is what comes next. */
        {
          VcPrintBlock *rest = block_copy (block, g_strchug (block->text + cut), -1);

          g_free (block->text);
          block->text = rest->text;
          g_free (rest);
        }
      }
    }

  g_ptr_array_add (out, part);

  for (guint k = first; k < out->len; k++)
    {
      VcPrintFace *piece = g_ptr_array_index (out, k);

      piece->part = k - first + 1;
      piece->n_parts = out->len - first;
      piece->centred = face->centred;
      if (face->image != NULL)
        piece->image = g_object_ref (face->image);
    }
}

/**
 * vc_print_fit_faces:
 * @width: a card's width, in points
 * @height: a card's height, in points
 *
 * Fits every face to a card, shrinking its type within limits, and cuts a
 * face that would need smaller type into parts.
 *
 * Returns: (transfer container): the faces to print, in order
 */
GPtrArray *
vc_print_fit_faces (PangoContext      *context,
                    const VcPrintType *type,
                    GPtrArray         *faces,
                    double             width,
                    double             height)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_print_face_free);

  for (guint i = 0; i < faces->len; i++)
    {
      VcPrintFace *face = g_ptr_array_index (faces, i);
      gboolean fitted = FALSE;

      for (double scale = 1.0; scale >= type->min_scale - 1e-6; scale -= SCALE_STEP)
        if (face_fits (context, type, face, scale, width, height))
          {
            face->scale = scale;
            fitted = TRUE;
            break;
          }

      if (fitted)
        g_ptr_array_add (out, g_steal_pointer (&faces->pdata[i]));
      else
        split_face (context, type, face, width, height, out);
    }

  return out;
}

/**
 * vc_print_face_check:
 *
 * Measures a face again as it will be drawn.
 *
 * Returns: %TRUE if its text fits on the card
 */
gboolean
vc_print_face_check (PangoContext      *context,
                     const VcPrintType *type,
                     VcPrintFace       *face,
                     double             width,
                     double             height,
                     double            *overflow)
{
  double widest;
  double used = vc_print_face_measure (context, type, face, face->scale,
                                       width - 2 * type->padding, &widest);

  *overflow = MAX (used - face_room (type, face, height), widest);
  return *overflow <= 0.01 && face->scale >= type->min_scale - 1e-6;
}

double
vc_print_face_header_height (const VcPrintType *type,
                             double             scale)
{
  return header_height (type, scale);
}
