/* test-image.c
 *
 * Tests for deck pictures: recognising them, drawing them at the size shown,
 * and never letting an SVG reach outside the deck.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <librsvg/rsvg.h>

#include "vc-deck-error.h"
#include "vc-deck-image.h"

static guint
count_painted (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((const guint32 *)(data + y * stride))[x] >> 24 != 0)
        n++;

  return n;
}

static VcDeckImage *
image_from_string (const char  *svg,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (svg, strlen (svg));

  return vc_deck_image_new_from_bytes (bytes, error);
}

static void
test_svg_sizes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "images", "coffee.svg", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  const int sizes[][2] = { { 96, 72 }, { 400, 300 }, { 1920, 1080 } };
  double width, height;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  image = image_from_string (contents, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vc_deck_image_get_format (image), ==, VC_IMAGE_FORMAT_SVG);
  vc_deck_image_get_size (image, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = vc_deck_image_render (image, sizes[i][0], sizes[i][1], &error);

      g_assert_no_error (error);
      /* Drawn at exactly the size shown, never scaled up from a small copy. */
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, sizes[i][0]);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, sizes[i][1]);
      g_assert_cmpuint (count_painted (surface), >, (guint)(sizes[i][0] * sizes[i][1] / 4));
      cairo_surface_destroy (surface);
    }
}

/* Whichever way the size is read, it is the size librsvg gives. */
static void
test_svg_root_sizes (void)
{
  static const char *roots[] = {
    "width='400' height='300'",
    "width='400px' height='300px' viewBox='0 0 40 30'",
    "viewBox='0 0 400 300'",
    "viewBox='0,0,640,480'",
    "width='100%' height='50%' viewBox='0 0 120 90'",
    "width='10cm' height='5cm'",
    "width='4in' height='3in'",
    "width='72pt' height='36pt'",
    "width='210mm' height='297mm' viewBox='0 0 210 297'",
    "width='3em' height='2em' viewBox='0 0 30 20'",
    "width='400' viewBox='0 0 200 100'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autofree char *svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' %s>"
                                              "<rect width='10' height='10'/></svg>", roots[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeckImage) image = image_from_string (svg, &error);
      RsvgHandle *handle = rsvg_handle_new_from_data ((const guint8 *)svg, strlen (svg), &error);
      gboolean has_width, has_height, has_viewbox;
      RsvgLength rw, rh;
      RsvgRectangle viewbox;
      double width, height, expected_width, expected_height;

      g_assert_no_error (error);
      g_assert_nonnull (handle);
      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &rw, &has_height, &rh, &has_viewbox, &viewbox);
      if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &expected_width, &expected_height))
        {
          expected_width = viewbox.width;
          expected_height = viewbox.height;
        }
      g_object_unref (handle);

      vc_deck_image_get_size (image, &width, &height);
      g_test_message ("%s: %g×%g, librsvg %g×%g", roots[i], width, height, expected_width, expected_height);
      g_assert_cmpfloat_with_epsilon (width, expected_width, 1e-6);
      g_assert_cmpfloat_with_epsilon (height, expected_height, 1e-6);
    }
}

static void
test_svg_no_outside_references (void)
{
  g_autofree char *secret = g_test_build_filename (G_TEST_DIST, "data", "outside", "secret.svg", NULL);
  g_autofree char *uri = g_filename_to_uri (secret, NULL, NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = NULL;
  cairo_surface_t *surface;

  g_assert_true (g_file_test (secret, G_FILE_TEST_IS_REGULAR));

  /* An absolute file URI, a relative path and a web address: none may load. */
  svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
                         " viewBox='0 0 100 100' width='100' height='100'>"
                         "<image x='0' y='0' width='100' height='100' xlink:href='%s'/>"
                         "<image x='0' y='0' width='100' height='100' href='../outside/secret.svg'/>"
                         "<image x='0' y='0' width='100' height='100' href='https://example.org/a.png'/>"
                         "</svg>", uri);
  image = image_from_string (svg, &error);
  g_assert_no_error (error);

  surface = vc_deck_image_render (image, 100, 100, &error);
  g_assert_nonnull (surface);
  g_clear_error (&error);
  g_assert_cmpuint (count_painted (surface), ==, 0);
  cairo_surface_destroy (surface);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_png (void)
{
  cairo_surface_t *source = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 20);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = NULL;
  cairo_surface_t *surface;
  cairo_t *cr = cairo_create (source);
  double width, height;

  cairo_set_source_rgb (cr, 0.8, 0.3, 0.2);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (source, append_bytes, png);
  cairo_surface_destroy (source);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  image = vc_deck_image_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vc_deck_image_get_format (image), ==, VC_IMAGE_FORMAT_PNG);
  vc_deck_image_get_size (image, &width, &height);
  g_assert_cmpfloat (width, ==, 40);
  g_assert_cmpfloat (height, ==, 20);

  /* Fitted into a square, it fills the width and half the height. */
  surface = vc_deck_image_render (image, 100, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_painted (surface), ==, 100 * 50);
  cairo_surface_destroy (surface);
}

static void
test_not_images (void)
{
  static const char *cases[] = {
    "",
    "just some text, not a picture",
    "<svg xmlns='http://www.w3.org/2000/svg'><rect",
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 30'><rect width='4'",
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 30'><g></svg>",
    "<html xmlns='http://www.w3.org/1999/xhtml' width='40' height='30'></html>",
    "\x89PNG\r\n\x1a\n truncated",
    "\xff\xd8\xff\xe0 not really a jpeg",
    "<svg xmlns='http://www.w3.org/2000/svg'></svg>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i], strlen (cases[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeckImage) image = vc_deck_image_new_from_bytes (bytes, &error);

      g_assert_null (image);
      g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID);
    }
}

/* A picture that could not be read still has a shape, and is drawn (in
 * print, say) as a frame rather than nothing. */
static void
test_missing (void)
{
  g_autoptr(VcDeckImage) image = vc_deck_image_new_missing ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  const guint8 *data;
  double width, height;
  int stride;

  g_assert_true (vc_deck_image_is_missing (image));
  g_assert_null (vc_deck_image_get_bytes (image));
  vc_deck_image_get_size (image, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);

  surface = vc_deck_image_render (image, 200, 100, &error);
  g_assert_no_error (error);
  g_assert_nonnull (surface);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* Opaque in the middle of the frame, transparent beside it where the
   * 4:3 shape leaves room. */
  g_assert_cmpuint (((const guint32 *)(data + 50 * stride))[100] >> 24, ==, 255);
  g_assert_cmpuint (((const guint32 *)(data + 50 * stride))[5] >> 24, ==, 0);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/image/svg-sizes", test_svg_sizes);
  g_test_add_func ("/deck/image/svg-root-sizes", test_svg_root_sizes);
  g_test_add_func ("/deck/image/svg-no-outside-references", test_svg_no_outside_references);
  g_test_add_func ("/deck/image/png", test_png);
  g_test_add_func ("/deck/image/not-images", test_not_images);
  g_test_add_func ("/deck/image/missing", test_missing);

  return g_test_run ();
}
