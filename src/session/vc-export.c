/* vc-export.c
 *
 * A session's summary, as Markdown for e-mail and as a PDF for printing.
 *
 * Both come from one list of blocks (headings, paragraphs, list items), so
 * that the mail and the printout always say the same thing. What people
 * wrote is copied verbatim: it is their words, and the summary is mailed
 * to the very people who wrote them.
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

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_LABEL,
  BLOCK_PARAGRAPH,
  BLOCK_ITEM,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
} Block;

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block);
}

static void
add_block (GPtrArray  *blocks,
           BlockKind   kind,
           const char *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (blocks, block);
}

static void G_GNUC_PRINTF (3, 4)
add_blockf (GPtrArray  *blocks,
            BlockKind   kind,
            const char *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  add_block (blocks, kind, text);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A card's heading: its title, or the start of its text for cards that
 * have none, or its id if the deck is gone. */
static char *
dup_card_heading (VcDeck     *deck,
                  const char *card_id)
{
  VcCard *card = deck != NULL ? vc_deck_find_card (deck, card_id) : NULL;
  g_autofree char *summary = NULL;
  const char *end;

  /* Notes taken beside the values game's board rather than on a card. */
  if (card == NULL && g_strcmp0 (card_id, "board") == 0)
    return g_strdup (_("The Board"));
  if (card == NULL)
    return g_strdup (card_id);
  if (vc_card_get_title (card) != NULL)
    return g_strdup (vc_card_get_title (card));

  summary = vc_card_dup_summary (card);
  if (summary == NULL)
    return g_strdup (card_id);

  end = strchr (summary, '\n');
  if (end != NULL)
    return g_strndup (summary, end - summary);
  return g_steal_pointer (&summary);
}

static const char *
role_name (VcDeck     *deck,
           const char *role_id)
{
  GPtrArray *roles = deck != NULL ? vc_deck_get_roles (deck) : NULL;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      VcRole *role = g_ptr_array_index (roles, i);

      if (g_strcmp0 (role->id, role_id) == 0)
        return role->name;
    }

  return role_id;
}

static const char *
word_name (VcDeck     *deck,
           const char *word_id)
{
  GPtrArray *words = deck != NULL ? vc_deck_get_words (deck) : NULL;

  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      VcValueWord *word = g_ptr_array_index (words, i);

      if (g_strcmp0 (word->id, word_id) == 0)
        return word->word;
    }

  return word_id;
}

static char *
dup_image_caption (VcDeck     *deck,
                   const char *image_id)
{
  GListModel *images = deck != NULL ? vc_deck_get_images (deck) : NULL;
  guint n = images != NULL ? g_list_model_get_n_items (images) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

      if (g_strcmp0 (vc_deck_image_get_id (image), image_id) != 0)
        continue;
      /* A picture without a caption is still described by its alt text. */
      if (vc_deck_image_get_caption (image) != NULL)
        return g_strdup (vc_deck_image_get_caption (image));
      if (vc_deck_image_get_alt (image) != NULL)
        return g_strdup (vc_deck_image_get_alt (image));
      break;
    }

  return g_strdup (image_id);
}

static void
build_title (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  GDateTime *started = vc_session_get_started (session);
  GDateTime *ended = vc_session_get_ended (session);
  g_autofree char *date = g_date_time_format (started, "%Y-%m-%d");
  g_autofree char *start_time = g_date_time_format (started, "%H:%M");
  const char *title = NULL;
  const char *kind;

  if (deck != NULL)
    title = vc_deck_get_title (deck);
  if (title == NULL)
    title = vc_session_get_deck_title (session);
  if (title == NULL)
    title = vc_session_get_deck_id (session);

  /* Translators: the title of a session's summary: the deck's title and
   * the date the session was held, as 2026-03-14. */
  add_blockf (blocks, BLOCK_TITLE, C_("export title", "%s, %s"), title, date);

  if (vc_session_get_kind (session) == VC_SESSION_KIND_MEETING)
    kind = C_("session kind", "Meeting");
  else
    kind = C_("session kind", "Reflection");

  if (ended != NULL)
    {
      g_autofree char *end_time = NULL;

      /* A meeting that ran past midnight, or was continued another day,
       * gets its end date too. */
      if (g_date_time_get_year (ended) == g_date_time_get_year (started) &&
          g_date_time_get_day_of_year (ended) == g_date_time_get_day_of_year (started))
        end_time = g_date_time_format (ended, "%H:%M");
      else
        end_time = g_date_time_format (ended, "%Y-%m-%d %H:%M");

      /* Translators: the kind of session (Meeting or Reflection), the time
       * it started and the time it ended. */
      add_blockf (blocks, BLOCK_PARAGRAPH, C_("export kind and times", "%s, %s–%s"),
                  kind, start_time, end_time);
    }
  else
    {
      /* Translators: the kind of session (Meeting or Reflection) and the
       * time it started. */
      add_blockf (blocks, BLOCK_PARAGRAPH, C_("export kind and time", "%s, started %s"),
                  kind, start_time);
    }
}

static void
build_roles (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  const char * const *role_ids = vc_session_get_role_ids (session);
  gboolean any = FALSE;

  for (guint i = 0; role_ids[i] != NULL; i++)
    {
      const char *holder = vc_session_get_holder (session, role_ids[i]);

      if (holder == NULL || is_blank (holder))
        continue;

      if (!any)
        add_block (blocks, BLOCK_HEADING, _("Roles"));
      any = TRUE;

      /* Translators: a role and the person who held it, as
       * “Scribe: Anna”. */
      add_blockf (blocks, BLOCK_ITEM, C_("export role", "%s: %s"),
                  role_name (deck, role_ids[i]), holder);
    }
}

static void
build_pairs (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  GPtrArray *pairs = vc_session_get_pairs (session);

  if (pairs->len == 0)
    return;

  add_block (blocks, BLOCK_HEADING, _("Words and pictures"));
  for (guint i = 0; i < pairs->len; i++)
    {
      VcPair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *caption = dup_image_caption (deck, pair->image_id);
      const char *word = word_name (deck, pair->word_id);

      if (!is_blank (pair->reason))
        /* Translators: a value word paired with a picture, and the group's
         * reason, as “Dignity + Coffee at the kitchen table: because …”. */
        add_blockf (blocks, BLOCK_ITEM, C_("export pair with reason", "%s + %s: %s"),
                    word, caption, pair->reason);
      else
        /* Translators: a value word paired with a picture, as
         * “Dignity + Coffee at the kitchen table”. */
        add_blockf (blocks, BLOCK_ITEM, C_("export pair", "%s + %s"), word, caption);
    }
}

static void
add_card_notes (GPtrArray  *blocks,
                VcSession  *session,
                VcDeck     *deck,
                const char *card_id,
                gboolean   *any)
{
  const char *notes = vc_session_get_notes (session, card_id);
  g_autofree char *heading = NULL;

  if (is_blank (notes))
    return;

  if (!*any)
    add_block (blocks, BLOCK_HEADING, _("Notes"));
  *any = TRUE;

  heading = dup_card_heading (deck, card_id);
  add_block (blocks, BLOCK_SUBHEADING, heading);
  add_block (blocks, BLOCK_PARAGRAPH, notes);
}

static void
build_notes (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) card_ids = vc_session_dup_card_ids_with_notes (session);
  GListModel *cards = deck != NULL ? vc_deck_get_cards (deck) : NULL;
  guint n = cards != NULL ? g_list_model_get_n_items (cards) : 0;
  VcCard *closing = deck != NULL ? vc_deck_get_closing (deck) : NULL;
  gboolean any = FALSE;

  /* In the deck's order, which is how the meeting went through it... */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      const char *id = vc_card_get_id (card);

      add_card_notes (blocks, session, deck, id, &any);
      g_hash_table_add (done, (gpointer)id);
    }
  if (closing != NULL)
    {
      add_card_notes (blocks, session, deck, vc_card_get_id (closing), &any);
      g_hash_table_add (done, (gpointer)vc_card_get_id (closing));
    }

  /* ...then anything the deck no longer has, so nothing written is left
   * out of the summary. */
  for (guint i = 0; card_ids[i] != NULL; i++)
    if (!g_hash_table_contains (done, card_ids[i]))
      add_card_notes (blocks, session, deck, card_ids[i], &any);
}

static void
build_answers (GPtrArray *blocks,
               VcSession *session,
               VcDeck    *deck)
{
  g_autoptr(GArray) answered = _vc_session_dup_answered (session);
  VcCard *closing = deck != NULL ? vc_deck_get_closing (deck) : NULL;
  GPtrArray *questions = closing != NULL ? vc_card_get_questions (closing) : NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < answered->len; i++)
    {
      guint index = g_array_index (answered, guint, i);
      const char *answer = vc_session_get_answer (session, index);

      if (is_blank (answer))
        continue;

      if (!any)
        {
          if (closing != NULL && vc_card_get_title (closing) != NULL)
            add_block (blocks, BLOCK_HEADING, vc_card_get_title (closing));
          else
            add_block (blocks, BLOCK_HEADING, _("What we take with us"));
        }
      any = TRUE;

      if (questions != NULL && index < questions->len)
        add_block (blocks, BLOCK_LABEL, ((VcQuestion *)g_ptr_array_index (questions, index))->text);
      else
        /* Translators: stands in for a question of the closing card when
         * its deck cannot be found; %u counts from 1. */
        add_blockf (blocks, BLOCK_LABEL, _("Question %u"), index + 1);
      add_block (blocks, BLOCK_PARAGRAPH, answer);
    }
}

static void
build_carry_over (GPtrArray *blocks,
                  VcSession *session)
{
  const char * const *items = vc_session_get_carry_over (session);
  gboolean any = FALSE;

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (is_blank (items[i]))
        continue;

      if (!any)
        add_block (blocks, BLOCK_HEADING, _("For the next meeting"));
      any = TRUE;

      add_block (blocks, BLOCK_ITEM, items[i]);
    }
}

static GPtrArray *
build_blocks (VcSession *session,
              VcDeck    *deck)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);

  build_title (blocks, session, deck);
  build_roles (blocks, session, deck);
  build_pairs (blocks, session, deck);
  build_notes (blocks, session, deck);
  build_answers (blocks, session, deck);
  build_carry_over (blocks, session);

  return blocks;
}

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

/**
 * vc_export_markdown:
 * @session: a #VcSession
 * @deck: (nullable): the deck it was played with, or %NULL if it cannot be
 *   found, in which case cards, words and pictures are named by their ids
 *
 * Returns: (transfer full): a summary of @session to mail to the group:
 *   roles, pairs, notes per card, the closing card's answers and what to
 *   carry over; empty sections are left out
 */
char *
vc_export_markdown (VcSession *session,
                    VcDeck    *deck)
{
  g_autoptr(GPtrArray) blocks = NULL;
  GString *out;
  BlockKind previous = BLOCK_TITLE;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), NULL);

  blocks = build_blocks (session, deck);
  out = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      /* A blank line between blocks, except inside a list. */
      if (i > 0 && !(block->kind == BLOCK_ITEM && previous == BLOCK_ITEM))
        g_string_append_c (out, '\n');

      switch (block->kind)
        {
        case BLOCK_TITLE:
          g_string_append (out, "# ");
          append_line_text (out, block->text);
          break;

        case BLOCK_HEADING:
          g_string_append (out, "## ");
          append_line_text (out, block->text);
          break;

        case BLOCK_SUBHEADING:
          g_string_append (out, "### ");
          append_line_text (out, block->text);
          break;

        case BLOCK_LABEL:
          g_string_append (out, "**");
          append_line_text (out, block->text);
          g_string_append (out, "**");
          break;

        case BLOCK_PARAGRAPH:
          g_string_append (out, block->text);
          break;

        case BLOCK_ITEM:
          g_string_append (out, "- ");
          append_indented (out, block->text, "  ");
          break;

        default:
          g_assert_not_reached ();
        }

      if (out->len == 0 || out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
      previous = block->kind;
    }

  return g_string_free (out, FALSE);
}

/* PDF */

#define PAGE_WIDTH   595.0
#define PAGE_HEIGHT  842.0
#define MARGIN        56.0
#define BULLET_INDENT 16.0

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
font_for (BlockKind kind)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");

  switch (kind)
    {
    case BLOCK_TITLE:
      pango_font_description_set_size (font, 20 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case BLOCK_HEADING:
      pango_font_description_set_size (font, 15 * PANGO_SCALE);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case BLOCK_SUBHEADING:
      pango_font_description_set_size (font, (int)(12.5 * PANGO_SCALE));
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case BLOCK_LABEL:
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;

    case BLOCK_PARAGRAPH:
    case BLOCK_ITEM:
    default:
      break;
    }

  return font;
}

static double
space_before (BlockKind kind,
              BlockKind previous)
{
  switch (kind)
    {
    case BLOCK_TITLE:
      return 0;
    case BLOCK_HEADING:
      return 18;
    case BLOCK_SUBHEADING:
      return 12;
    case BLOCK_LABEL:
      return 8;
    case BLOCK_ITEM:
      return previous == BLOCK_ITEM ? 3 : 8;
    case BLOCK_PARAGRAPH:
    default:
      return previous == BLOCK_LABEL || previous == BLOCK_SUBHEADING ? 3 : 8;
    }
}

/* Draws a block line by line, so that a long note runs on to the next page
 * instead of off the bottom of this one. */
static void
draw_block (Page      *page,
            Block     *block,
            BlockKind  previous)
{
  g_autoptr(PangoFontDescription) font = font_for (block->kind);
  double indent = block->kind == BLOCK_ITEM ? BULLET_INDENT : 0;
  double bottom = PAGE_HEIGHT - MARGIN;
  double width = PAGE_WIDTH - 2 * MARGIN - indent;
  gboolean is_heading = block->kind == BLOCK_HEADING || block->kind == BLOCK_SUBHEADING ||
                        block->kind == BLOCK_LABEL;
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

      if (first && block->kind == BLOCK_ITEM)
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
  BlockKind previous = BLOCK_TITLE;

  g_return_val_if_fail (VC_IS_SESSION (session), FALSE);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  blocks = build_blocks (session, deck);
  bytes = g_byte_array_new ();

  /* Drawn into memory first, then written beside @path and renamed over
   * it, so that a printout half-written by a full disk never replaces a
   * good one. */
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes,
                                                 PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ((Block *)g_ptr_array_index (blocks, 0))->text);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Value Cards");

  page.cr = cairo_create (surface);
  page.layout = pango_cairo_create_layout (page.cr);
  page.bullet = pango_cairo_create_layout (page.cr);
  pango_layout_set_text (page.bullet, "•", -1);
  page.y = MARGIN;
  cairo_set_source_rgb (page.cr, 0, 0, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

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
