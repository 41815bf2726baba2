/* test-contact-sheet.c
 *
 * Draws every picture of the values game with librsvg, as the app does, on
 * two contact sheets in the build folder: one at the size of a card on a
 * projector, one at thumbnail size. A person looks at them to check that the
 * pictures belong together and read at both sizes; the test checks that each
 * picture's place on the sheet has a picture in it, not an empty or
 * one-coloured box.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vc-deck-loader.h"

/* The sheet's background, which a picture that drew nothing would leave. */
#define BACKGROUND 0x333333

/* Most of the tile is covered, in more than a handful of colours. */
static void
check_tile (cairo_surface_t *sheet,
            int              x,
            int              y,
            int              width,
            int              height,
            guint            index)
{
  const guint8 *data;
  int stride;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  guint covered = 0;

  cairo_surface_flush (sheet);
  data = cairo_image_surface_get_data (sheet);
  stride = cairo_image_surface_get_stride (sheet);

  for (int row = y; row < y + height; row++)
    for (int column = x; column < x + width; column++)
      {
        guint32 pixel = ((const guint32 *)(data + row * stride))[column] & 0xffffff;

        if (pixel != BACKGROUND)
          covered++;
        if (g_hash_table_size (colours) < 64)
          g_hash_table_add (colours, GUINT_TO_POINTER (pixel + 1));
      }

  g_test_message ("picture %u at %dx%d: %u%% covered, %u colours or more", index, width, height,
                  covered * 100 / (width * height), g_hash_table_size (colours));
  g_assert_cmpuint (covered, >=, (guint)(width * height) / 2);
  g_assert_cmpuint (g_hash_table_size (colours), >=, 8);
}

static void
draw_sheet (GListModel *images,
            int         width,
            int         height,
            const char *name)
{
  const int columns = 4, gap = MAX (8, width / 25);
  guint n = g_list_model_get_n_items (images);
  int rows = (n + columns - 1) / columns;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  cairo_surface_t *sheet;
  cairo_t *cr;

  sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                      columns * (width + gap) + gap,
                                      rows * (height + gap) + gap);
  cr = cairo_create (sheet);
  cairo_set_source_rgb (cr, ((BACKGROUND >> 16) & 0xff) / 255.0,
                        ((BACKGROUND >> 8) & 0xff) / 255.0, (BACKGROUND & 0xff) / 255.0);
  cairo_paint (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *picture = vc_deck_image_render (image, width, height, &error);
      int x = gap + (int)(i % columns) * (width + gap);
      int y = gap + (int)(i / columns) * (height + gap);

      g_assert_no_error (error);
      g_assert_nonnull (picture);
      cairo_set_source_surface (cr, picture, x, y);
      cairo_paint (cr);
      cairo_surface_destroy (picture);
      check_tile (sheet, x, y, width, height, i);
    }

  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (sheet, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (sheet);
  g_test_message ("Saved %s", path);
}

static void
test_contact_sheet (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  GListModel *images;

  g_assert_no_error (error);
  images = vc_deck_get_images (deck);
  g_assert_cmpuint (g_list_model_get_n_items (images), ==, 12);

  draw_sheet (images, 400, 300, "contact-sheet.png");
  draw_sheet (images, 96, 72, "contact-sheet-thumbnails.png");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/images/contact-sheet", test_contact_sheet);

  return g_test_run ();
}
