/* test-print.c
 *
 * Printing cards without a display: every built-in deck fits its cards at
 * every size, the backs land behind their fronts when the sheet is turned
 * over, cut marks stay outside the cards, and a story too long for one
 * card goes on to a second one instead of being cut off.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "vc-deck-library.h"
#include "vc-deck-loader.h"
#include "vc-print-private.h"

static const VcPrintSize sizes[] = { VC_PRINT_SIZE_POKER, VC_PRINT_SIZE_A6, VC_PRINT_SIZE_A5 };
static const VcPrintPaper papers[] = { VC_PRINT_PAPER_A4, VC_PRINT_PAPER_LETTER };

static GPtrArray *
load_builtin_decks (void)
{
  g_autoptr(GFile) dir = vc_deck_library_dup_default_builtin_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *decks = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
  g_assert_nonnull (children);
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".vcdeck"))
        {
          g_autoptr(GFile) file = g_file_get_child (dir, name);
          g_autoptr(GError) error = NULL;
          VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);

          g_assert_no_error (error);
          g_ptr_array_add (decks, deck);
        }
      g_object_unref (info);
    }

  g_assert_cmpuint (decks->len, >=, 7);
  return decks;
}

/* Every text box of every printed card fits, measured with Pango at the
 * size it is drawn, in every size and paper, normal and large print. */
static void
test_fit (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  guint checked = 0;

  for (guint d = 0; d < decks->len; d++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
        for (int large = 0; large <= 1; large++)
          {
            VcPrintOptions options = { sizes[s], papers[p], VC_PRINT_BACKS_NONE, large };
            g_autoptr(VcPrintJob) job = vc_print_job_new (g_ptr_array_index (decks, d), &options);
            g_autoptr(GString) report = g_string_new (NULL);

            if (!vc_print_job_check_fit (job, report))
              g_error ("%s, %s on %s%s:\n%s", vc_deck_get_id (g_ptr_array_index (decks, d)),
                       vc_print_size_to_string (sizes[s]), vc_print_paper_to_string (papers[p]),
                       large ? ", large print" : "", report->str);
            g_assert_cmpuint (vc_print_job_get_n_cards (job), >=,
                              vc_deck_get_n_cards (g_ptr_array_index (decks, d)));
            checked += vc_print_job_get_n_cards (job);
          }

  g_test_message ("%u printed cards fit", checked);
}

/* The sizes the dialog promises: nine playing cards at their own size on
 * A4, four A6 and two A5 to a sheet, all inside the paper with room for
 * the marks and the printer's margin. */
static void
test_geometry (void)
{
  static const guint per_sheet[] = { 9, 4, 2 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        VcPrintOptions options = { sizes[s], papers[p], VC_PRINT_BACKS_NONE, FALSE };
        VcPrintGeometry g;
        double paper_w, paper_h;

        vc_print_geometry_compute (&g, &options);
        vc_print_paper_get_size_mm (papers[p], &paper_w, &paper_h);
        g_assert_cmpint (g.columns * g.rows, ==, per_sheet[s]);
        g_assert_cmpfloat (g.landscape ? g.page_width : g.page_height, ==, paper_h);
        /* Nothing nearer the paper's edge than 7 mm: bleed, marks, margin. */
        g_assert_cmpfloat (g.left - g.bleed, >=, 7.0 - 1e-6);
        g_assert_cmpfloat (g.top - g.bleed, >=, 7.0 - 1e-6);
        g_assert_cmpfloat_with_epsilon (g.card_height / g.card_width,
                                        s == VC_PRINT_SIZE_POKER ? 88.0 / 63 : sqrt (2), 0.01);
        if (sizes[s] == VC_PRINT_SIZE_POKER)
          g_assert_cmpfloat (g.card_width, >=, 62.8);
        g_assert_cmpfloat (g.bleed, >=, 1.0);
      }

  {
    VcPrintOptions a4_poker = { VC_PRINT_SIZE_POKER, VC_PRINT_PAPER_A4, VC_PRINT_BACKS_NONE, FALSE };
    VcPrintGeometry g;

    vc_print_geometry_compute (&g, &a4_poker);
    g_assert_cmpfloat_with_epsilon (g.card_width, 63.0, 1e-6);
    g_assert_cmpfloat_with_epsilon (g.card_height, 88.0, 1e-6);
    g_assert_cmpfloat_with_epsilon (g.bleed, 3.0, 1e-6);
  }
}

typedef struct
{
  GArray *fronts;  /* VcPrintRect per face */
  GArray *backs;
  GArray *front_pages;
  GArray *back_pages;
} Drawn;

static void
face_drawn (guint        page,
            guint        face,
            gboolean     back,
            VcPrintRect  rect,
            gpointer     user_data)
{
  Drawn *drawn = user_data;
  GArray *rects = back ? drawn->backs : drawn->fronts;
  GArray *pages = back ? drawn->back_pages : drawn->front_pages;

  if (rects->len <= face)
    {
      g_array_set_size (rects, face + 1);
      g_array_set_size (pages, face + 1);
    }
  g_array_index (rects, VcPrintRect, face) = rect;
  g_array_index (pages, guint, face) = page;
}

static void
draw_all (VcPrintJob *job,
          Drawn      *drawn)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  vc_print_job_get_page_size (job, &width, &height);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  drawn->fronts = g_array_new (FALSE, TRUE, sizeof (VcPrintRect));
  drawn->backs = g_array_new (FALSE, TRUE, sizeof (VcPrintRect));
  drawn->front_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  drawn->back_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  vc_print_job_set_face_drawn (job, face_drawn, drawn);
  for (guint page = 0; page < vc_print_job_get_n_pages (job); page++)
    vc_print_job_draw_page (job, cr, page);
  vc_print_job_set_face_drawn (job, NULL, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
drawn_clear (Drawn *drawn)
{
  g_array_unref (drawn->fronts);
  g_array_unref (drawn->backs);
  g_array_unref (drawn->front_pages);
  g_array_unref (drawn->back_pages);
}

/* Turning a sheet over on an edge, as a person does at the printer: on the
 * long edge a portrait sheet's left and right change places, a landscape
 * sheet's top and bottom; on the short edge the other way round. Where a
 * back is drawn on its page, turned over, is where it is on the paper seen
 * from the front. */
static VcPrintRect
turn_over (VcPrintRect  back,
           double       page_w,
           double       page_h,
           VcPrintBacks edge)
{
  gboolean portrait = page_w < page_h;
  gboolean left_right = (edge == VC_PRINT_BACKS_LONG_EDGE) == portrait;

  if (left_right)
    back.x = page_w - back.x - back.width;
  else
    back.y = page_h - back.y - back.height;
  return back;
}

static void
test_duplex (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  static const VcPrintBacks edges[] = { VC_PRINT_BACKS_LONG_EDGE, VC_PRINT_BACKS_SHORT_EDGE };
  double worst = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      for (guint e = 0; e < G_N_ELEMENTS (edges); e++)
        {
          VcPrintOptions options = { sizes[s], papers[p], edges[e], FALSE };
          g_autoptr(VcPrintJob) job = vc_print_job_new (g_ptr_array_index (decks, 0), &options);
          double page_w, page_h;
          Drawn drawn;

          vc_print_job_get_page_size (job, &page_w, &page_h);
          page_w = VC_PT_TO_MM (page_w);
          page_h = VC_PT_TO_MM (page_h);
          draw_all (job, &drawn);
          g_assert_cmpuint (drawn.fronts->len, ==, vc_print_job_get_n_cards (job));
          g_assert_cmpuint (drawn.backs->len, ==, drawn.fronts->len);

          for (guint i = 0; i < drawn.fronts->len; i++)
            {
              VcPrintRect front = g_array_index (drawn.fronts, VcPrintRect, i);
              VcPrintRect back = turn_over (g_array_index (drawn.backs, VcPrintRect, i),
                                            page_w, page_h, edges[e]);
              double off = MAX (MAX (fabs (front.x - back.x), fabs (front.y - back.y)),
                                MAX (fabs (front.width - back.width), fabs (front.height - back.height)));

              /* The back is on the other side of the same sheet. */
              g_assert_cmpuint (g_array_index (drawn.back_pages, guint, i), ==,
                                g_array_index (drawn.front_pages, guint, i) + 1);
              g_assert_cmpuint (g_array_index (drawn.front_pages, guint, i) % 2, ==, 0);
              if (off > 0.5)
                g_error ("%s on %s, %s: card %u's back is %.2f mm off its front",
                         vc_print_size_to_string (sizes[s]), vc_print_paper_to_string (papers[p]),
                         vc_print_backs_to_string (edges[e]), i, off);
              worst = MAX (worst, off);
            }
          drawn_clear (&drawn);
        }

  g_test_message ("fronts and backs at most %.3f mm apart", worst);
}

/* Folding: each back on the same page, against its front, and turned so
 * that it reads the right way up once folded over the shared edge. */
static void
test_fold (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      VcPrintOptions options = { sizes[s], VC_PRINT_PAPER_A4, VC_PRINT_BACKS_FOLD, FALSE };
      g_autoptr(VcPrintJob) job = vc_print_job_new (g_ptr_array_index (decks, 0), &options);
      VcPrintGeometry *g = vc_print_job_get_geometry (job);
      Drawn drawn;

      draw_all (job, &drawn);
      g_assert_cmpuint (vc_print_job_get_n_pages (job), ==, vc_print_job_get_n_sheets (job));
      for (guint i = 0; i < drawn.fronts->len; i++)
        {
          VcPrintRect front = g_array_index (drawn.fronts, VcPrintRect, i);
          VcPrintRect back = g_array_index (drawn.backs, VcPrintRect, i);

          g_assert_cmpuint (g_array_index (drawn.back_pages, guint, i), ==,
                            g_array_index (drawn.front_pages, guint, i));
          /* Mirrored over the fold line, they are the same card. */
          if (g->fold_below)
            {
              g_assert_cmpfloat_with_epsilon (back.y, front.y + front.height, 0.01);
              g_assert_cmpfloat_with_epsilon (back.x, front.x, 0.01);
            }
          else
            {
              g_assert_cmpfloat_with_epsilon (back.x, front.x + front.width, 0.01);
              g_assert_cmpfloat_with_epsilon (back.y, front.y, 0.01);
            }
          g_assert_cmpfloat_with_epsilon (back.width, front.width, 0.01);
          g_assert_cmpfloat_with_epsilon (back.height, front.height, 0.01);
        }
      drawn_clear (&drawn);
    }
}

/* Cut marks go in the margin, on the lines of the cards' edges: drawn
 * alone on a white page, nothing of them is inside a card or its bleed,
 * and each card edge has its marks. */
static void
test_marks (void)
{
  static const VcPrintBacks backs[] = { VC_PRINT_BACKS_NONE, VC_PRINT_BACKS_FOLD };
  const double px = 8; /* pixels per millimetre */

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint b = 0; b < G_N_ELEMENTS (backs); b++)
      {
        VcPrintOptions options = { sizes[s], VC_PRINT_PAPER_A4, backs[b], FALSE };
        VcPrintGeometry g;
        cairo_surface_t *surface;
        cairo_t *cr;
        guint8 *data;
        int stride, width, height, marked = 0;
        double right, bottom;

        vc_print_geometry_compute (&g, &options);
        width = (int)(g.page_width * px);
        height = (int)(g.page_height * px);
        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
        cr = cairo_create (surface);
        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_paint (cr);
        cairo_scale (cr, px * 25.4 / 72, px * 25.4 / 72);
        vc_print_draw_marks (cr, &g, backs[b]);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        data = cairo_image_surface_get_data (surface);
        stride = cairo_image_surface_get_stride (surface);
        right = g.left + g.columns * g.unit_width + (g.columns - 1) * g.gutter;
        bottom = g.top + g.rows * g.unit_height + (g.rows - 1) * g.gutter;

        for (int y = 0; y < height; y++)
          for (int x = 0; x < width; x++)
            {
              guint32 pixel = *(guint32 *)(data + y * stride + 4 * x) & 0xffffff;
              double mx = (x + 0.5) / px, my = (y + 0.5) / px;

              if (pixel == 0xffffff)
                continue;
              marked++;
              /* Not within the cards and their bleed. */
              g_assert_false (mx > g.left - g.bleed && mx < right + g.bleed &&
                              my > g.top - g.bleed && my < bottom + g.bleed);
              /* Nor in the printer's blank margin. */
              g_assert_true (mx > 2.5 && mx < g.page_width - 2.5 &&
                             my > 2.5 && my < g.page_height - 2.5);
            }

        /* Two marks at each end of every column's and row's edges. */
        for (int c = 0; c < g.columns; c++)
          for (int edge = 0; edge < 2; edge++)
            {
              double mx = g.left + c * (g.unit_width + g.gutter) + edge * g.unit_width;
              int x = (int)(mx * px);
              int y = (int)((g.top - g.bleed - 2.5) * px);
              gboolean found = FALSE;

              for (int dx = -2; dx <= 2 && !found; dx++)
                found = (*(guint32 *)(data + y * stride + 4 * CLAMP (x + dx, 0, width - 1)) & 0xffffff) != 0xffffff;
              g_assert_true (found);
            }
        g_assert_cmpint (marked, >, 0);
        cairo_surface_destroy (surface);
      }
}

static VcDeck *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);

  g_assert_no_error (error);
  return deck;
}

/* A story too long for a playing card: it goes on over numbered parts, the
 * type never below its smallest size, and nothing of it is lost. */
static void
test_continuation (void)
{
  g_autoptr(GString) story = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GString) printed = g_string_new (NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  VcPrintOptions options = { VC_PRINT_SIZE_POKER, VC_PRINT_PAPER_A4, VC_PRINT_BACKS_NONE, FALSE };
  g_autoptr(VcPrintJob) job = NULL;
  GPtrArray *faces;
  guint parts = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (story, "Sentence %u of a long story about a shift. ", i + 1);
  g_string_printf (json,
                   "{ \"format-version\": 1, \"id\": \"long\", \"version\": \"1\", \"kind\": \"dilemmas\","
                   "  \"title\": \"Long\", \"source-language\": \"en\", \"description\": \"For tests.\","
                   "  \"authors\": [ \"Tests\" ], \"license\": \"CC-BY-4.0\", \"audience\": [ \"staff-meeting\" ],"
                   "  \"cards\": [ { \"id\": \"a\", \"kind\": \"dilemma\", \"title\": \"A long one\","
                   "    \"stages\": [ \"%s\" ],"
                   "    \"questions\": [ { \"text\": \"What do you do?\", \"options\": [ \"One\", \"Two\" ] } ],"
                   "    \"actions\": [ { \"label\": \"a\", \"text\": \"Wait and see.\","
                   "      \"questions\": [ { \"text\": \"And then?\" } ] } ] },"
                   "  { \"id\": \"b\", \"kind\": \"dilemma\", \"title\": \"A short one\","
                   "    \"stages\": [ \"Short.\" ], \"questions\": [ { \"text\": \"Why?\" } ] } ] }",
                   story->str);
  deck = load_json (json->str);
  job = vc_print_job_new (deck, &options);
  g_assert_true (vc_print_job_check_fit (job, report));

  /* The pieces, in order, make the whole story, each marked as a part. */
  faces = vc_print_job_get_faces (job);
  for (guint i = 0; i < faces->len; i++)
    {
      VcPrintFace *face = g_ptr_array_index (faces, i);

      if (face->number != 1)
        continue;
      parts++;
      g_assert_cmpuint (face->part, ==, parts);
      g_assert_cmpfloat (face->scale, >=, 0.8 - 1e-6);
      for (guint j = 0; j < face->blocks->len; j++)
        {
          VcPrintBlock *block = g_ptr_array_index (face->blocks, j);

          /* A part ends, and the next begins, at the break between two
           * lines, where the space between them goes. */
          if (block->kind == VC_PRINT_BLOCK_PARAGRAPH)
            g_string_append_printf (printed, "%s%s", printed->len ? " " : "", block->text);
          if (block->kind == VC_PRINT_BLOCK_TITLE)
            g_assert_cmpuint (face->part, ==, 1);
          if (block->kind == VC_PRINT_BLOCK_CONTINUED)
            g_assert_cmpuint (face->part, >, 1);
        }
    }
  g_assert_cmpuint (parts, >=, 2);
  for (guint i = 0; i < faces->len; i++)
    {
      VcPrintFace *face = g_ptr_array_index (faces, i);

      g_assert_cmpuint (face->n_parts, ==, face->number == 1 ? parts : 1);
    }
  g_strchomp (story->str);
  g_strchomp (printed->str);
  g_assert_cmpstr (printed->str, ==, story->str);
  g_assert_cmpuint (vc_print_job_get_n_cards (job), ==, parts + 1);
}

/* A folder that is not there gets a clear message, and no file. */
static void
test_write_error (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  VcPrintOptions options;
  g_autoptr(VcPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("print-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "not-here", "cards.pdf", NULL);
  g_autofree char *good = g_build_filename (dir, "cards.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  vc_print_options_init_default (&options);
  job = vc_print_job_new (g_ptr_array_index (decks, 0), &options);
  g_assert_false (vc_print_job_write_pdf (job, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "could not be saved"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_true (vc_print_job_write_pdf (job, good, NULL));
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Written to the end: cairo closes a PDF with its end-of-file line. */
  g_assert_cmpuint (length, >, 6);
  g_assert_cmpmem (contents + length - 6, 6, "%%EOF\n", 6);

  g_unlink (good);
  g_rmdir (dir);
}

static void
test_options (void)
{
  VcPrintSize size;
  VcPrintPaper paper;
  VcPrintBacks backs;

  g_assert_true (vc_print_size_from_string ("A6", &size));
  g_assert_cmpint (size, ==, VC_PRINT_SIZE_A6);
  g_assert_true (vc_print_paper_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, VC_PRINT_PAPER_LETTER);
  g_assert_true (vc_print_backs_from_string ("short-edge", &backs));
  g_assert_cmpint (backs, ==, VC_PRINT_BACKS_SHORT_EDGE);
  g_assert_false (vc_print_size_from_string ("huge", &size));
  g_assert_false (vc_print_backs_from_string (NULL, &backs));
  for (int i = VC_PRINT_BACKS_NONE; i <= VC_PRINT_BACKS_FOLD; i++)
    {
      g_assert_true (vc_print_backs_from_string (vc_print_backs_to_string (i), &backs));
      g_assert_cmpint (backs, ==, i);
      g_assert_nonnull (vc_print_backs_to_label (i));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/options", test_options);
  g_test_add_func ("/print/geometry", test_geometry);
  g_test_add_func ("/print/fit", test_fit);
  g_test_add_func ("/print/duplex", test_duplex);
  g_test_add_func ("/print/fold", test_fold);
  g_test_add_func ("/print/marks", test_marks);
  g_test_add_func ("/print/continuation", test_continuation);
  g_test_add_func ("/print/write-error", test_write_error);

  status = g_test_run ();
  vc_print_release_fonts ();
  return status;
}
