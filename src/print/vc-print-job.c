/* vc-print-job.c
 *
 * A deck laid out as sheets of cards: the cards fitted to their size once,
 * then any page drawn on demand, for a PDF, for GTK's print dialog or for
 * a preview. With two-sided printing the pages go front, back, front,
 * back; with folding each back is on the page beside its front.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib/gi18n.h>

#include "vc-print-private.h"

struct _VcPrintJob
{
  GObject          parent_instance;

  VcDeck          *deck;
  VcPrintOptions   options;
  VcPrintGeometry  geometry;
  VcPrintType      type;
  PangoContext    *context;
  GPtrArray       *faces;
  guint32          colour;

  VcPrintFaceDrawn face_drawn;
  gpointer         face_drawn_data;
};

G_DEFINE_FINAL_TYPE (VcPrintJob, vc_print_job, G_TYPE_OBJECT)

static void
vc_print_job_finalize (GObject *object)
{
  VcPrintJob *self = (VcPrintJob *)object;

  g_clear_object (&self->deck);
  g_clear_object (&self->context);
  g_clear_pointer (&self->faces, g_ptr_array_unref);

  G_OBJECT_CLASS (vc_print_job_parent_class)->finalize (object);
}

static void
vc_print_job_class_init (VcPrintJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_print_job_finalize;
}

static void
vc_print_job_init (VcPrintJob *self)
{
}

/**
 * vc_print_job_new:
 * @deck: the deck to print, in the language it was loaded in
 * @options: the size, paper and backs
 *
 * Lays out every card of @deck: this measures all their text, so for a
 * deck of a thousand cards it takes a moment.
 *
 * Returns: (transfer full): a new #VcPrintJob
 */
VcPrintJob *
vc_print_job_new (VcDeck               *deck,
                  const VcPrintOptions *options)
{
  VcPrintJob *self;
  g_autoptr(GPtrArray) faces = NULL;

  g_return_val_if_fail (VC_IS_DECK (deck), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (VC_TYPE_PRINT_JOB, NULL);
  self->deck = g_object_ref (deck);
  self->options = *options;
  self->colour = vc_print_deck_colour (deck);
  self->context = vc_print_create_context ();

  vc_print_geometry_compute (&self->geometry, options);
  vc_print_type_init (&self->type, options, self->geometry.card_width);

  faces = vc_print_build_faces (deck);
  self->faces = vc_print_fit_faces (self->context, &self->type, faces,
                                    VC_MM_TO_PT (self->geometry.card_width),
                                    VC_MM_TO_PT (self->geometry.card_height));
  return self;
}

VcDeck *
vc_print_job_get_deck (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), NULL);
  return self->deck;
}

const VcPrintOptions *
vc_print_job_get_options (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), NULL);
  return &self->options;
}

VcPrintGeometry *
vc_print_job_get_geometry (VcPrintJob *self)
{
  return &self->geometry;
}

/* The printed cards, in order: for tests. */
GPtrArray *
vc_print_job_get_faces (VcPrintJob *self)
{
  return self->faces;
}

guint
vc_print_job_get_cards_per_sheet (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), 0);
  return self->geometry.columns * self->geometry.rows;
}

/* Printed cards, counting each part of a card that goes on over more. */
guint
vc_print_job_get_n_cards (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), 0);
  return self->faces->len;
}

guint
vc_print_job_get_n_sheets (VcPrintJob *self)
{
  guint per_sheet = vc_print_job_get_cards_per_sheet (self);

  return MAX (1, (self->faces->len + per_sheet - 1) / per_sheet);
}

static gboolean
two_sided (VcPrintJob *self)
{
  return self->options.backs == VC_PRINT_BACKS_LONG_EDGE ||
         self->options.backs == VC_PRINT_BACKS_SHORT_EDGE;
}

guint
vc_print_job_get_n_pages (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), 0);
  return vc_print_job_get_n_sheets (self) * (two_sided (self) ? 2 : 1);
}

gboolean
vc_print_job_get_landscape (VcPrintJob *self)
{
  g_return_val_if_fail (VC_IS_PRINT_JOB (self), FALSE);
  return self->geometry.landscape;
}

void
vc_print_job_get_page_size (VcPrintJob *self,
                            double     *width_pt,
                            double     *height_pt)
{
  g_return_if_fail (VC_IS_PRINT_JOB (self));
  *width_pt = VC_MM_TO_PT (self->geometry.page_width);
  *height_pt = VC_MM_TO_PT (self->geometry.page_height);
}

void
vc_print_job_get_card_size_mm (VcPrintJob *self,
                               double     *width,
                               double     *height)
{
  g_return_if_fail (VC_IS_PRINT_JOB (self));
  *width = self->geometry.card_width;
  *height = self->geometry.card_height;
}

void
vc_print_job_set_face_drawn (VcPrintJob       *self,
                             VcPrintFaceDrawn  callback,
                             gpointer          user_data)
{
  self->face_drawn = callback;
  self->face_drawn_data = user_data;
}

/* Where @rect ends up on the device, in millimetres: for tests, which
 * check where the backs really landed. */
static void
report_drawn (VcPrintJob *self,
              cairo_t    *cr,
              guint       page,
              guint       face,
              gboolean    back,
              double      width,
              double      height)
{
  double x[4] = { 0, width, 0, width };
  double y[4] = { 0, 0, height, height };
  VcPrintRect rect;
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  if (self->face_drawn == NULL)
    return;

  for (guint i = 0; i < 4; i++)
    {
      cairo_user_to_device (cr, &x[i], &y[i]);
      x1 = MIN (x1, x[i]);
      y1 = MIN (y1, y[i]);
      x2 = MAX (x2, x[i]);
      y2 = MAX (y2, y[i]);
    }
  rect.x = VC_PT_TO_MM (x1);
  rect.y = VC_PT_TO_MM (y1);
  rect.width = VC_PT_TO_MM (x2 - x1);
  rect.height = VC_PT_TO_MM (y2 - y1);
  self->face_drawn (page, face, back, rect, self->face_drawn_data);
}

/* How far a back's colour may reach past each of its edges without
 * covering a neighbour: a whole bleed where there is a gutter or the
 * margin, nothing against a card it touches or at a fold. */
static void
back_bleed (VcPrintJob  *self,
            VcPrintRect  rect,
            double       bleed[4])
{
  const VcPrintGeometry *g = &self->geometry;
  double right = g->left + g->columns * g->unit_width + (g->columns - 1) * g->gutter;
  double bottom = g->top + g->rows * g->unit_height + (g->rows - 1) * g->gutter;
  double edges[4] = {
    rect.x - g->left,
    rect.y - g->top,
    right - (rect.x + rect.width),
    bottom - (rect.y + rect.height),
  };

  for (guint i = 0; i < 4; i++)
    {
      gboolean outside = edges[i] < 0.01;

      bleed[i] = VC_MM_TO_PT (outside || g->gutter >= 2 * g->bleed ? g->bleed : 0);
    }

  if (self->options.backs == VC_PRINT_BACKS_FOLD)
    {
      /* Not over the fold onto the front. */
      if (g->fold_below)
        bleed[1] = 0;
      else
        bleed[0] = 0;
    }
}

static void
draw_back_at (VcPrintJob  *self,
              cairo_t     *cr,
              guint        page,
              guint        index,
              VcPrintRect  rect,
              gboolean     turned)
{
  VcPrintFace *face = g_ptr_array_index (self->faces, index);
  double width = VC_MM_TO_PT (rect.width);
  double height = VC_MM_TO_PT (rect.height);
  double bleed[4];

  back_bleed (self, rect, bleed);
  cairo_save (cr);
  cairo_translate (cr, VC_MM_TO_PT (rect.x), VC_MM_TO_PT (rect.y));
  if (turned)
    {
      double b[4] = { bleed[2], bleed[3], bleed[0], bleed[1] };

      /* Turned over the fold, so it reads the right way up once folded. */
      cairo_translate (cr, width, height);
      cairo_rotate (cr, G_PI);
      memcpy (bleed, b, sizeof b);
    }
  report_drawn (self, cr, page, index, TRUE, width, height);
  vc_print_draw_back (cr, self->context, &self->type,
                      vc_deck_get_title (self->deck), face->kind_label,
                      self->colour, width, height, bleed);
  cairo_restore (cr);
}

/**
 * vc_print_job_draw_page:
 * @cr: a cairo context in points, with the page's top left corner at its
 *   origin
 * @page: the page, counting from 0
 *
 * Draws one page: a sheet of fronts, or the backs that go behind them.
 */
void
vc_print_job_draw_page (VcPrintJob *self,
                        cairo_t    *cr,
                        guint       page)
{
  gboolean backs_page = two_sided (self) && page % 2 == 1;
  guint sheet = two_sided (self) ? page / 2 : page;
  guint per_sheet = vc_print_job_get_cards_per_sheet (self);
  double width, height;

  g_return_if_fail (VC_IS_PRINT_JOB (self));
  g_return_if_fail (page < vc_print_job_get_n_pages (self));

  vc_print_job_get_page_size (self, &width, &height);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  for (guint slot = 0; slot < per_sheet; slot++)
    {
      guint index = sheet * per_sheet + slot;
      VcPrintRect rect;

      if (index >= self->faces->len)
        break;

      if (backs_page)
        {
          draw_back_at (self, cr, page, index,
                        vc_print_geometry_back (&self->geometry, slot, self->options.backs),
                        FALSE);
          continue;
        }

      rect = vc_print_geometry_front (&self->geometry, slot);
      cairo_save (cr);
      cairo_translate (cr, VC_MM_TO_PT (rect.x), VC_MM_TO_PT (rect.y));
      report_drawn (self, cr, page, index, FALSE, VC_MM_TO_PT (rect.width), VC_MM_TO_PT (rect.height));
      vc_print_draw_front (cr, self->context, &self->type, g_ptr_array_index (self->faces, index),
                           vc_deck_get_title (self->deck), self->colour,
                           VC_MM_TO_PT (rect.width), VC_MM_TO_PT (rect.height));
      cairo_restore (cr);

      if (self->options.backs == VC_PRINT_BACKS_FOLD)
        draw_back_at (self, cr, page, index,
                      vc_print_geometry_back (&self->geometry, slot, self->options.backs),
                      self->geometry.fold_below);
    }

  if (!backs_page)
    vc_print_draw_marks (cr, &self->geometry, self->options.backs);
  cairo_restore (cr);
}

/**
 * vc_print_job_dup_summary:
 *
 * Returns: (transfer full): what will be printed, in a sentence
 */
char *
vc_print_job_dup_summary (VcPrintJob *self)
{
  guint cards = vc_print_job_get_n_cards (self);
  guint sheets = vc_print_job_get_n_sheets (self);
  g_autofree char *card_text = NULL;
  g_autofree char *sheet_text = NULL;

  g_return_val_if_fail (VC_IS_PRINT_JOB (self), NULL);

  card_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", cards), cards);
  if (two_sided (self))
    sheet_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u sheet, printed on both sides",
                                               "%u sheets, printed on both sides", sheets),
                                  sheets);
  else
    sheet_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet", "%u sheets", sheets),
                                  sheets);

  /* Translators: "48 cards on 6 sheets, each card 63 × 88 mm" */
  return g_strdup_printf (_("%s on %s, each card %.0f × %.0f mm"),
                          card_text, sheet_text,
                          self->geometry.card_width, self->geometry.card_height);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * vc_print_job_write_pdf:
 * @path: where to write the PDF
 * @error: return location for a #GIOError
 *
 * Writes every page to a PDF. The file at @path is replaced whole or not
 * at all: a disk that fills up halfway leaves the old file as it was.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
vc_print_job_write_pdf (VcPrintJob  *self,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (VC_IS_PRINT_JOB (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("The cards could not be saved: %s. Choose another folder and try again."),
                   local_error->message);
      return FALSE;
    }

  vc_print_job_get_page_size (self, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, vc_deck_get_title (self->deck));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Value Cards");
  cr = cairo_create (surface);

  for (guint page = 0; page < vc_print_job_get_n_pages (self); page++)
    {
      vc_print_job_draw_page (self, cr, page);
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
        break;
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Closing a cancelled stream throws the half-written file away. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The cards could not be saved: the disk may be full. Free some space "
                     "or choose another folder, and try again."));
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("The cards could not be saved: %s. Free some space or choose another "
                     "folder, and try again."),
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * vc_print_job_check_fit:
 * @report: where to describe each card that does not fit
 *
 * Measures every printed card again, as it is drawn, for tests.
 *
 * Returns: %TRUE if every text fits on its card at a readable size
 */
gboolean
vc_print_job_check_fit (VcPrintJob *self,
                        GString    *report)
{
  gboolean fits = TRUE;
  PangoContext *context = vc_print_create_context ();

  for (guint i = 0; i < self->faces->len; i++)
    {
      VcPrintFace *face = g_ptr_array_index (self->faces, i);
      double overflow;

      if (!vc_print_face_check (context, &self->type, face,
                                VC_MM_TO_PT (self->geometry.card_width),
                                VC_MM_TO_PT (self->geometry.card_height), &overflow))
        {
          fits = FALSE;
          g_string_append_printf (report, "card %u (%s, part %u of %u): %.1f pt too much at %.0f%%\n",
                                  face->number, face->kind_label, face->part, face->n_parts,
                                  overflow, face->scale * 100);
        }
    }

  g_object_unref (context);
  return fits;
}

/**
 * vc_print_release_fonts:
 *
 * Lets go of the fonts and font caches printing loaded, for a program that
 * is about to end: so that a leak checker sees only real leaks. Nothing may
 * be printed or measured in this thread afterwards.
 */
void
vc_print_release_fonts (void)
{
  pango_cairo_font_map_set_default (NULL);

  /* Only for the leak checker: Pango may still be reading the font list
   * in a thread of its own, and fontconfig then fails an assertion when
   * it is shut down under it. A program that simply ends needs neither. */
#if defined(__SANITIZE_ADDRESS__)
  FcFini ();
#endif
}
