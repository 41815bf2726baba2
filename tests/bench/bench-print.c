/* bench-print.c
 *
 * How long printing a deck takes: the largest built-in deck and a deck of
 * 1,000 cards, each laid out, fitted and written as a PDF with backs. The
 * baseline, in the same process, draws the same texts into a PDF of the
 * same number of pages once each, without fitting them to cards, so that
 * the ratio shows what fitting and the card design cost.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "vc-deck-library.h"
#include "vc-deck-loader.h"
#include "vc-print.h"

#define ROUNDS 5
#define N_CARDS 1000

static double
median (double *values,
        guint   n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (values[j] < values[i])
        {
          double t = values[i];

          values[i] = values[j];
          values[j] = t;
        }
  return values[n / 2];
}

static void
collect_texts (VcDeck    *deck,
               GPtrArray *texts)
{
  GListModel *cards = vc_deck_get_cards (deck);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      const char * const *stages = vc_card_get_stages (card);
      GPtrArray *questions = vc_card_get_questions (card);
      GPtrArray *actions = vc_card_get_actions (card);

      if (vc_card_get_title (card))
        g_ptr_array_add (texts, (char *)vc_card_get_title (card));
      if (vc_card_get_text (card))
        g_ptr_array_add (texts, (char *)vc_card_get_text (card));
      for (guint j = 0; stages && stages[j]; j++)
        g_ptr_array_add (texts, (char *)stages[j]);
      for (guint j = 0; questions && j < questions->len; j++)
        g_ptr_array_add (texts, ((VcQuestion *)g_ptr_array_index (questions, j))->text);
      for (guint j = 0; actions && j < actions->len; j++)
        g_ptr_array_add (texts, ((VcAction *)g_ptr_array_index (actions, j))->text);
    }
}

/* The same texts, each laid out and drawn once, on as many pages. */
static double
baseline_seconds (VcDeck     *deck,
                  guint       n_pages,
                  const char *path)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  gint64 start = g_get_monotonic_time ();
  guint per_page;

  collect_texts (deck, texts);
  per_page = MAX (1, (texts->len + n_pages - 1) / n_pages);
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, 160 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < texts->len; i++)
    {
      pango_layout_set_text (layout, g_ptr_array_index (texts, i), -1);
      cairo_move_to (cr, 20 + (i % 3) * 180, 20 + ((i % per_page) / 3) * 90 % 800);
      pango_cairo_show_layout (cr, layout);
      if ((i + 1) % per_page == 0)
        cairo_show_page (cr);
    }
  g_object_unref (layout);
  pango_font_description_free (font);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
print_seconds (VcDeck     *deck,
               const char *path,
               guint      *n_pages)
{
  VcPrintOptions options = { VC_PRINT_SIZE_POKER, VC_PRINT_PAPER_A4, VC_PRINT_BACKS_LONG_EDGE, FALSE };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(VcPrintJob) job = vc_print_job_new (deck, &options);
  g_autoptr(GError) error = NULL;

  if (!vc_print_job_write_pdf (job, path, &error))
    g_error ("%s", error->message);
  *n_pages = vc_print_job_get_n_pages (job);
  return (g_get_monotonic_time () - start) / 1e6;
}

static VcDeck *
make_big_deck (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  VcDeck *deck;

  g_string_append (json, "{ \"format-version\": 1, \"id\": \"big\", \"version\": \"1\", \"kind\": \"dilemmas\","
                         " \"title\": \"A thousand dilemmas\", \"source-language\": \"en\","
                         " \"description\": \"Many cards.\", \"authors\": [ \"Benchmarks\" ],"
                         " \"license\": \"CC-BY-4.0\", \"audience\": [ \"staff-meeting\" ], \"cards\": [");
  for (guint i = 0; i < N_CARDS; i++)
    {
      g_string_append_printf (json,
                              "%s{ \"id\": \"c%u\", \"kind\": \"dilemma\", \"title\": \"Dilemma number %u\","
                              " \"stages\": [ \"On shift %u a colleague asks you to cover for her while she "
                              "leaves early to pick up her child. The unit is short of staff and a resident "
                              "has been unwell all afternoon. You know the manager has said no before.\" ],"
                              " \"questions\": [ { \"text\": \"What do you do?\", \"options\": [ \"Say yes.\","
                              " \"Say no.\", \"Ask the manager.\" ] }, { \"text\": \"What would make it "
                              "easier to say what you think?\" } ] }",
                              i ? "," : "", i, i + 1, i + 1);
    }
  g_string_append (json, "] }");
  bytes = g_bytes_new (json->str, json->len);
  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  if (deck == NULL)
    g_error ("%s", error->message);
  return deck;
}

static void
measure (const char *name,
         VcDeck     *deck,
         const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "cards.pdf", NULL);
  g_autofree char *base_path = g_build_filename (dir, "baseline.pdf", NULL);
  double printing[ROUNDS], baseline[ROUNDS];
  guint n_pages = 0;

  /* Once before measuring, so that loading the fonts is not counted. */
  print_seconds (deck, path, &n_pages);
  baseline_seconds (deck, n_pages, base_path);

  for (guint i = 0; i < ROUNDS; i++)
    {
      printing[i] = print_seconds (deck, path, &n_pages);
      baseline[i] = baseline_seconds (deck, n_pages, base_path);
    }

  printf ("# %s (%s): %u cards, %u pages\n", name, vc_deck_get_id (deck), vc_deck_get_n_cards (deck), n_pages);
  printf ("BENCH print-deck-seconds-%s %.3f s\n", name, median (printing, ROUNDS));
  printf ("BENCH print-deck-baseline-seconds-%s %.4f s\n", name, median (baseline, ROUNDS));
  printf ("BENCH print-deck-ratio-%s %.2f (against drawing the same texts once)\n",
          name, median (printing, ROUNDS) / median (baseline, ROUNDS));
  g_unlink (path);
  g_unlink (base_path);
}

/* The built-in deck with the most to print: the largest file. */
static GFile *
largest_builtin (GFile *dir)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFile *largest = NULL;
  goffset largest_size = -1;
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".vcdeck") &&
          g_file_info_get_size (info) > largest_size)
        {
          largest_size = g_file_info_get_size (info);
          g_clear_object (&largest);
          largest = g_file_get_child (dir, g_file_info_get_name (info));
        }
      g_object_unref (info);
    }

  return largest != NULL ? largest : g_file_get_child (dir, "missing.vcdeck");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) builtin = vc_deck_library_dup_default_builtin_dir ();
  g_autoptr(GFile) file = largest_builtin (builtin);
  g_autoptr(VcDeck) largest = NULL;
  g_autoptr(VcDeck) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-print-XXXXXX", NULL);

  largest = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);
  if (largest == NULL)
    {
      printf ("# the largest built-in deck cannot be read: %s\n", error->message);
      return 77;
    }

  measure ("largest", largest, dir);
  big = make_big_deck ();
  measure ("1000", big, dir);
  g_rmdir (dir);
  return 0;
}
