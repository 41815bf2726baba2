/* vc-export.c
 *
 * A session's summary, as Markdown for e-mail and as a PDF for printing,
 * and the whole reflection journal as Markdown.
 *
 * All of them are written from the blocks of vc-export-blocks.c, so that
 * the mail and the printout always say the same thing.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "vc-export.h"
#include "vc-session-private.h"

/* Markdown */

/* Lines after the first of a list item are indented to stay in the item. */
static void
append_indented (GString    *out,
                 const char *text,
                 const char *indent)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n' && p[1] != '\0')
        g_string_append (out, indent);
    }
}

static void
append_line_text (GString    *out,
                  const char *text)
{
  /* Headings must stay on one line. */
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r') ? ' ' : *p);
}

/* Writes @blocks as Markdown, with headings @level deeper than in a
 * summary of its own: the journal puts many summaries under one title. */
static void
append_markdown (GString   *out,
                 GPtrArray *blocks,
                 guint      level)
{
  VcExportBlockKind previous = VC_EXPORT_BLOCK_TITLE;

  for (guint i = 0; i < blocks->len; i++)
    {
      VcExportBlock *block = g_ptr_array_index (blocks, i);
      guint depth = 0;

      /* A blank line between blocks, except inside a list. */
      if (out->len > 0 && !(block->kind == VC_EXPORT_BLOCK_ITEM && previous == VC_EXPORT_BLOCK_ITEM))
        g_string_append_c (out, '\n');

      switch (block->kind)
        {
        case VC_EXPORT_BLOCK_TITLE:
          depth = 1;
          break;
        case VC_EXPORT_BLOCK_HEADING:
          depth = 2;
          break;
        case VC_EXPORT_BLOCK_SUBHEADING:
          depth = 3;
          break;
        case VC_EXPORT_BLOCK_LABEL:
        case VC_EXPORT_BLOCK_PARAGRAPH:
        case VC_EXPORT_BLOCK_ITEM:
        case VC_EXPORT_BLOCK_QUOTE:
        default:
          break;
        }

      if (depth > 0)
        {
          for (guint j = 0; j < MIN (depth + level, 6); j++)
            g_string_append_c (out, '#');
          g_string_append_c (out, ' ');
          append_line_text (out, block->text);
        }
      else if (block->kind == VC_EXPORT_BLOCK_LABEL)
        {
          g_string_append (out, "**");
          append_line_text (out, block->text);
          g_string_append (out, "**");
        }
      else if (block->kind == VC_EXPORT_BLOCK_ITEM)
        {
          g_string_append (out, "- ");
          append_indented (out, block->text, "  ");
        }
      else if (block->kind == VC_EXPORT_BLOCK_QUOTE)
        {
          g_string_append (out, "> ");
          append_indented (out, block->text, "> ");
        }
      else
        g_string_append (out, block->text);

      if (out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
      previous = block->kind;
    }
}

/**
 * vc_export_markdown:
 * @session: a #VcSession
 * @deck: (nullable): the deck it was played with, or %NULL if it cannot be
 *   found, in which case cards, words and pictures are named by their ids
 *
 * Returns: (transfer full): the summary of @session (see
 *   vc_export_dup_blocks()) as Markdown, to mail to the group
 */
char *
vc_export_markdown (VcSession *session,
                    VcDeck    *deck)
{
  g_autoptr(GPtrArray) blocks = NULL;
  GString *out;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), NULL);

  blocks = vc_export_dup_blocks (session, deck);
  out = g_string_new (NULL);
  append_markdown (out, blocks, 0);

  return g_string_free (out, FALSE);
}

/**
 * vc_export_journal_markdown:
 * @sessions: (element-type VcSession): sessions, newest first, as the
 *   store lists them; only the reflections among them are written
 * @decks: (nullable) (element-type utf8 VcDeck): the decks known, by id
 *
 * Returns: (transfer full): every reflection as Markdown under one title,
 *   oldest first, as a journal is read
 */
char *
vc_export_journal_markdown (GListModel *sessions,
                            GHashTable *decks)
{
  GString *out;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  out = g_string_new (NULL);
  g_string_append (out, "# ");
  append_line_text (out, _("Reflection journal"));
  g_string_append_c (out, '\n');

  n = g_list_model_get_n_items (sessions);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (sessions, i - 1);
      g_autoptr(GPtrArray) blocks = NULL;
      VcDeck *deck;

      if (vc_session_get_kind (session) != VC_SESSION_KIND_REFLECTION)
        continue;

      deck = decks != NULL ? g_hash_table_lookup (decks, vc_session_get_deck_id (session)) : NULL;
      blocks = vc_export_dup_blocks (session, deck);
      append_markdown (out, blocks, 1);
    }

  return g_string_free (out, FALSE);
}

/* PDF */

#define PAGE_WIDTH   595.0
#define PAGE_HEIGHT  842.0
#define MARGIN        56.0
#define BULLET_INDENT 16.0
#define QUOTE_INDENT  20.0

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  PangoLayout *bullet;
  double       y;
  gboolean     page_used;
} Page;

static void
new_page (Page *page)
{
  cairo_show_page (page->cr);
  page->y = MARGIN;
  page->page_used = FALSE;
}

static PangoFontDescription *
font_for (VcExportBlockKind kind)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  switch (kind)
    {
    case VC_EXPORT_BLOCK_TITLE:
      pango_font_description_set_size (font, 20 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case VC_EXPORT_BLOCK_HEADING:
      pango_font_description_set_size (font, 15 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case VC_EXPORT_BLOCK_SUBHEADING:
      pango_font_description_set_size (font, (int)(12.5 * PANGO_SCALE));
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case VC_EXPORT_BLOCK_LABEL:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case VC_EXPORT_BLOCK_QUOTE:
      pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
      break;

    case VC_EXPORT_BLOCK_PARAGRAPH:
    case VC_EXPORT_BLOCK_ITEM:
    default:
      break;
    }

  return font;
}

static double
space_before (VcExportBlockKind kind,
              VcExportBlockKind previous)
{
  switch (kind)
    {
    case VC_EXPORT_BLOCK_TITLE:
      return 0;
    case VC_EXPORT_BLOCK_HEADING:
      return 18;
    case VC_EXPORT_BLOCK_SUBHEADING:
      return 12;
    case VC_EXPORT_BLOCK_LABEL:
      return 8;
    case VC_EXPORT_BLOCK_ITEM:
      return previous == VC_EXPORT_BLOCK_ITEM ? 3 : 8;
    case VC_EXPORT_BLOCK_QUOTE:
      return previous == VC_EXPORT_BLOCK_SUBHEADING || previous == VC_EXPORT_BLOCK_QUOTE ? 3 : 8;
    case VC_EXPORT_BLOCK_PARAGRAPH:
    default:
      return previous == VC_EXPORT_BLOCK_LABEL || previous == VC_EXPORT_BLOCK_SUBHEADING ? 3 : 8;
    }
}

/* Draws a block line by line, so that a long note runs on to the next page
 * instead of off the bottom of this one. */
static void
draw_block (Page      *page,
            VcExportBlock *block,
            VcExportBlockKind  previous)
{
  g_autoptr(PangoFontDescription) font = font_for (block->kind);
  double indent = block->kind == VC_EXPORT_BLOCK_ITEM ? BULLET_INDENT
                 : block->kind == VC_EXPORT_BLOCK_QUOTE ? QUOTE_INDENT : 0;
  double bottom = PAGE_HEIGHT - MARGIN;
  double width = PAGE_WIDTH - 2 * MARGIN - indent;
  gboolean is_heading = block->kind == VC_EXPORT_BLOCK_HEADING || block->kind == VC_EXPORT_BLOCK_SUBHEADING ||
                        block->kind == VC_EXPORT_BLOCK_LABEL;
  PangoLayoutIter *iter;
  PangoRectangle logical;
  gboolean first = TRUE;
  int text_height;

  pango_layout_set_font_description (page->layout, font);
  pango_layout_set_width (page->layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (page->layout, PANGO_WRAP_WORD_CHAR);
  /* Plain text: what people wrote must never be read as markup. */
  pango_layout_set_text (page->layout, block->text, -1);
  pango_layout_get_size (page->layout, NULL, &text_height);

  if (page->page_used)
    page->y += space_before (block->kind, previous);

  /* A heading is kept with the start of what it heads. */
  if (is_heading && page->page_used &&
      page->y + (double)text_height / PANGO_SCALE + 3 * 14 > bottom)
    new_page (page);

  iter = pango_layout_get_iter (page->layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      double line_top;
      double line_height;
      double baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = (double)logical.y / PANGO_SCALE;
      line_height = (double)logical.height / PANGO_SCALE;
      baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE - line_top;

      if (page->page_used && page->y + line_height > bottom)
        new_page (page);

      if (first && block->kind == VC_EXPORT_BLOCK_ITEM)
        {
          pango_layout_set_font_description (page->bullet, font);
          cairo_move_to (page->cr, MARGIN, page->y + baseline);
          pango_cairo_show_layout_line (page->cr,
                                        pango_layout_get_line_readonly (page->bullet, 0));
        }

      cairo_move_to (page->cr, MARGIN + indent + (double)logical.x / PANGO_SCALE,
                     page->y + baseline);
      pango_cairo_show_layout_line (page->cr, line);

      page->y += line_height;
      page->page_used = TRUE;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * vc_export_pdf:
 * @session: a #VcSession
 * @deck: (nullable): the deck it was played with, or %NULL
 * @path: where to write the PDF
 * @error: return location for a %VC_SESSION_ERROR_IO error
 *
 * Writes the same summary as vc_export_markdown() as an A4 PDF, for
 * printing. The file at @path is replaced whole or not at all.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
vc_export_pdf (VcSession   *session,
               VcDeck      *deck,
               const char  *path,
               GError     **error)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  Page page = { 0 };
  VcExportBlockKind previous = VC_EXPORT_BLOCK_TITLE;

  g_return_val_if_fail (VC_IS_SESSION (session), FALSE);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  blocks = vc_export_dup_blocks (session, deck);
  bytes = g_byte_array_new ();

  /* Drawn into memory first, then written beside @path and renamed over
   * it, so that a printout half-written by a full disk never replaces a
   * good one. */
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ((VcExportBlock *)g_ptr_array_index (blocks, 0))->text);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Value Cards");

  page.cr = cairo_create (surface);
  page.layout = pango_cairo_create_layout (page.cr);
  page.bullet = pango_cairo_create_layout (page.cr);
  pango_layout_set_text (page.bullet, "•", -1);
  page.y = MARGIN;
  cairo_set_source_rgb (page.cr, 0, 0, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      VcExportBlock *block = g_ptr_array_index (blocks, i);

      draw_block (&page, block, previous);
      previous = block->kind;
    }

  /* Finishing the surface emits the last page. */
  g_object_unref (page.bullet);
  g_object_unref (page.layout);
  cairo_destroy (page.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                   _("The PDF could not be made: %s. Try again, or export the summary "
                     "as text instead."),
                   cairo_status_to_string (status));
      return FALSE;
    }

  if (!g_file_set_contents_full (path, (const char *)bytes->data, bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                   _("The PDF could not be saved: %s. Choose another folder, or free "
                     "some space and try again."),
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}
