/* test-picture-sandbox.c
 *
 * Pictures from decks that did not come with the app: their size is read
 * from the header before anything decodes them, an SVG may embed only PNG
 * and JPEG, and everything is drawn in the picture helper, so that a picture
 * made to crash librsvg, take gigabytes or take minutes becomes a warning on
 * that picture, quickly, and never stops the app.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include <cairo.h>

#include "vc-deck-error.h"
#include "vc-deck-image.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"
#include "vc-picture-check.h"
#include "vc-picture-sandbox.h"

static void
put_be32 (guint8  *p,
          guint32  value)
{
  p[0] = value >> 24;
  p[1] = value >> 16;
  p[2] = value >> 8;
  p[3] = value;
}

/* A PNG signature and IHDR claiming any size, and a few bytes of data: far
 * too little to be a real picture, but enough to look like one. */
static GBytes *
make_png_header (guint32 width,
                 guint32 height)
{
  static const guint8 magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 data[8 + 25 + 20] = { 0, };

  memcpy (data, magic, 8);
  put_be32 (data + 8, 13);
  memcpy (data + 12, "IHDR", 4);
  put_be32 (data + 16, width);
  put_be32 (data + 20, height);
  data[24] = 8;   /* bit depth */
  data[25] = 6;   /* RGBA */
  put_be32 (data + 33, 8);
  memcpy (data + 37, "IDAT", 4);
  return g_bytes_new (data, sizeof data);
}

/* A JPEG that reaches its frame header after an application segment. */
static GBytes *
make_jpeg_header (guint width,
                  guint height)
{
  guint8 data[] = {
    0xff, 0xd8,
    0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3,
    1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
    0xff, 0xd9,
  };

  return g_bytes_new (data, sizeof data);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A real small PNG. */
static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *array = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, array);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

static GBytes *
make_svg_embedding (const char *mime_type,
                    GBytes     *picture)
{
  g_autofree char *base64 = g_base64_encode (g_bytes_get_data (picture, NULL), g_bytes_get_size (picture));
  char *svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 400 300'>"
                               "<image width='400' height='300' xlink:href='data:%s;base64,%s'/></svg>",
                               mime_type, base64);

  return g_bytes_new_take (svg, strlen (svg));
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static glong
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static void
assert_untrusted_refused (GBytes      *bytes,
                          VcDeckError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = vc_deck_image_new_untrusted (bytes, NULL, &error);

  g_assert_error (error, VC_DECK_ERROR, (int)code);
  g_assert_null (image);
  g_test_message ("%s", error->message);
}

static void
test_png_header (void)
{
  g_autoptr(GBytes) bytes = make_png_header (640, 480);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 width = 0, height = 0;

  g_assert_true (vc_picture_read_png_size (data, size, &width, &height));
  g_assert_cmpuint (width, ==, 640);
  g_assert_cmpuint (height, ==, 480);

  /* Cut short anywhere in the header, or garbage: no size. */
  for (gsize i = 0; i < 24; i++)
    g_assert_false (vc_picture_read_png_size (data, i, &width, &height));
  g_assert_false (vc_picture_read_png_size ((const guint8 *)"not a picture at all, really", 28, &width, &height));
  {
    g_autoptr(GBytes) zero = make_png_header (0, 480);

    g_assert_false (vc_picture_read_png_size (g_bytes_get_data (zero, NULL), g_bytes_get_size (zero), &width, &height));
  }
}

static void
test_jpeg_header (void)
{
  g_autoptr(GBytes) bytes = make_jpeg_header (1024, 768);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 width = 0, height = 0;
  guint8 garbage[64];

  g_assert_true (vc_picture_read_jpeg_size (data, size, &width, &height));
  g_assert_cmpuint (width, ==, 1024);
  g_assert_cmpuint (height, ==, 768);

  /* Cut short before the frame header ends: no size. */
  for (gsize i = 0; i < 30; i++)
    g_assert_false (vc_picture_read_jpeg_size (data, i, &width, &height));

  /* A segment length that runs past the end. */
  {
    g_autofree guint8 *copy = g_memdup2 (data, size);

    copy[4] = 0xff;
    g_assert_false (vc_picture_read_jpeg_size (copy, size, &width, &height));
  }

  /* Random bytes after a JPEG start never read out of bounds. */
  for (guint round = 0; round < 2000; round++)
    {
      garbage[0] = 0xff;
      garbage[1] = 0xd8;
      for (gsize i = 2; i < sizeof garbage; i++)
        garbage[i] = g_test_rand_int_range (0, 4) == 0 ? 0xff : g_test_rand_int_range (0, 256);
      vc_picture_read_jpeg_size (garbage, g_test_rand_int_range (2, sizeof garbage + 1), &width, &height);
    }
}

/* A 30000 x 30000 PNG of a few bytes is refused from its header: no
 * gigabytes are ever allocated. */
static void
test_png_too_large (void)
{
  g_autoptr(GBytes) bytes = make_png_header (30000, 30000);
  glong before = peak_rss_kb ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) trusted = vc_deck_image_new_from_bytes (bytes, &error);

  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_LARGE);
  g_assert_null (trusted);
  g_assert_nonnull (strstr (error->message, "30000 × 30000"));
  g_assert_nonnull (strstr (error->message, "16384"));

  assert_untrusted_refused (bytes, VC_DECK_ERROR_IMAGE_TOO_LARGE);
  g_assert_cmpint (peak_rss_kb () - before, <, 200 * 1024);
}

static void
test_jpeg_too_large (void)
{
  g_autoptr(GBytes) bytes = make_jpeg_header (40000, 40000);
  g_autoptr(GBytes) many = make_jpeg_header (10000, 10000);

  assert_untrusted_refused (bytes, VC_DECK_ERROR_IMAGE_TOO_LARGE);
  /* Each side within the limit, but too many pixels in all. */
  assert_untrusted_refused (many, VC_DECK_ERROR_IMAGE_TOO_LARGE);
}

static void
test_svg_embeds_large_png (void)
{
  g_autoptr(GBytes) png = make_png_header (30000, 30000);
  g_autoptr(GBytes) svg = make_svg_embedding ("image/png", png);

  assert_untrusted_refused (svg, VC_DECK_ERROR_IMAGE_TOO_LARGE);
}

static void
test_svg_embeds_other_formats (void)
{
  static const char gif[] = "GIF89a\x01\x00\x01\x00\x00\x00\x00;";
  static const char bmp[] = "BM\x1e\x00\x00\x00\x00\x00\x00\x00\x1a\x00\x00\x00";
  static const char tiff[] = "II*\x00\x08\x00\x00\x00";
  const struct { const char *mime; const char *data; gsize length; } cases[] = {
    { "image/gif", gif, sizeof gif - 1 },
    { "image/bmp", bmp, sizeof bmp - 1 },
    { "image/tiff", tiff, sizeof tiff - 1 },
    { "image/x-icon", bmp, sizeof bmp - 1 },
    { "image/svg+xml", "<svg/>", 6 },
    /* The name says PNG, but the bytes are a GIF. */
    { "image/png", gif, sizeof gif - 1 },
  };
  const char *links[] = {
    "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><image xlink:href='other.png'/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><image href=\"file:///etc/passwd\"/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><image href='&#100;ata:image/gif;base64,R0lG'/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='url(other.svg#paint)'/></svg>",
    "<svg xmlns='http://www.w3.org/2000/svg'><style>@import 'other.css';</style></svg>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) picture = g_bytes_new (cases[i].data, cases[i].length);
      g_autoptr(GBytes) svg = make_svg_embedding (cases[i].mime, picture);

      assert_untrusted_refused (svg, VC_DECK_ERROR_IMAGE_FORMAT);
    }

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autoptr(GBytes) svg = bytes_from_string (links[i]);

      assert_untrusted_refused (svg, VC_DECK_ERROR_IMAGE_FORMAT);
    }
}

/* What is allowed still draws: an SVG with a small PNG inside, and links
 * within the SVG. */
static void
test_svg_embeds_png (void)
{
  g_autoptr(GBytes) png = make_png (40, 30);
  g_autoptr(GBytes) svg = make_svg_embedding ("image/png", png);
  g_autoptr(GBytes) gradient = bytes_from_string (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 30'><defs><linearGradient id='g'>"
    "<stop offset='0' stop-color='red'/><stop offset='1' stop-color='blue'/></linearGradient></defs>"
    "<rect width='40' height='30' fill='url(#g)'/></svg>");
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = vc_deck_image_new_untrusted (svg, NULL, &error);
  g_autoptr(VcDeckImage) second = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  double width, height;

  g_assert_no_error (error);
  g_assert_true (vc_deck_image_is_untrusted (image));
  vc_deck_image_get_size (image, &width, &height);
  g_assert_cmpfloat (width, ==, 400);
  g_assert_cmpfloat (height, ==, 300);

  surface = vc_deck_image_render (image, 80, 60, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 80);
  cairo_surface_flush (surface);
  pixel = ((guint32 *)(cairo_image_surface_get_data (surface) + 30 * cairo_image_surface_get_stride (surface)))[40];
  /* The PNG's blue, drawn through the helper. */
  g_assert_cmphex (pixel >> 24, ==, 0xff);
  g_assert_cmpint ((int)(pixel & 0xff), >, 0xb0);
  cairo_surface_destroy (surface);

  second = vc_deck_image_new_untrusted (gradient, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

/* librsvg 2.54 panics on a convolution matrix of order 21 or more: the
 * helper dies, this process does not. */
static void
test_convolve_matrix_crash (void)
{
  GString *svg = g_string_new ("<svg xmlns='http://www.w3.org/2000/svg' width='100' height='100'>"
                               "<filter id='f'><feConvolveMatrix order='25' kernelMatrix='");

  for (int i = 0; i < 25 * 25; i++)
    g_string_append (svg, "1 ");
  g_string_append (svg, "'/></filter><rect width='100' height='100' fill='red' filter='url(#f)'/></svg>");

  {
    g_autoptr(GBytes) bytes = g_string_free_to_bytes (svg);
    g_autoptr(GError) error = NULL;
    g_autoptr(VcDeckImage) image = vc_deck_image_new_untrusted (bytes, NULL, &error);

    g_assert_null (image);
    g_assert_nonnull (error);
    g_assert_true (g_error_matches (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID) ||
                   g_error_matches (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_COMPLEX));
  }
}

/* A filter that would take minutes is stopped after a few seconds. */
static void
test_slow_filter_times_out (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string (
    "<svg xmlns='http://www.w3.org/2000/svg' width='4000' height='4000'>"
    "<filter id='f' x='0' y='0' width='1' height='1'><feTurbulence baseFrequency='0.9' numOctaves='1000'/></filter>"
    "<rect width='4000' height='4000' filter='url(#f)'/></svg>");
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  assert_untrusted_refused (bytes, VC_DECK_ERROR_IMAGE_TOO_COMPLEX);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("refused after %.2f s", elapsed / 1e6);
  g_assert_cmpint (elapsed, <, (VC_PICTURE_SANDBOX_TIMEOUT_MS + 1500) * G_TIME_SPAN_MILLISECOND);
}

static void
test_helper_missing (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("VALUE_CARDS_PICTURE_HELPER"));
  g_autoptr(GBytes) png = make_png (4, 3);

  g_setenv ("VALUE_CARDS_PICTURE_HELPER", "/nonexistent/value-cards-picture-helper", TRUE);
  assert_untrusted_refused (png, VC_DECK_ERROR_IMAGE_INVALID);
  g_setenv ("VALUE_CARDS_PICTURE_HELPER", saved, TRUE);
}

/* Garbage in a PNG's body is found by the helper, not at draw time. */
static void
test_damaged_png (void)
{
  g_autoptr(GBytes) header = make_png_header (100, 100);

  assert_untrusted_refused (header, VC_DECK_ERROR_IMAGE_INVALID);
}

/* A hostile picture in a deck: the deck opens, the picture is a warning on
 * that picture and a placeholder. */
static void
test_deck_with_hostile_pictures (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "warnings", "image-not-an-image.vcdeck", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = make_png_header (30000, 30000);
  g_autofree char *base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_autofree char *uri = g_strconcat ("data:image/png;base64,", base64, NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckImage) image = NULL;
  gboolean found = FALSE;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  text = g_string_new (json);
  g_assert_cmpuint (g_string_replace (text, "images/not-an-image.svg", uri, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);

  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_DEFAULT, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_IMAGE_TOO_LARGE)
        {
          found = TRUE;
          g_assert_cmpint (vc_deck_problem_get_severity (problem), ==, VC_DECK_SEVERITY_WARNING);
        }
    }
  g_assert_true (found);

  image = g_list_model_get_item (vc_deck_get_images (deck), 0);
  g_assert_true (vc_deck_image_is_missing (image));
}

/* A deck of many pictures that each take the helper's whole time: the deck
 * still opens within the time all its pictures may take together. */
static void
test_deck_time_budget (void)
{
  static const char slow[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='4000' height='4000'>"
    "<filter id='f' x='0' y='0' width='1' height='1'><feTurbulence baseFrequency='0.9' numOctaves='1000'/></filter>"
    "<rect width='4000' height='4000' filter='url(#f)'/></svg>";
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "warnings", "image-not-an-image.vcdeck", NULL);
  g_autofree char *json = NULL;
  g_autofree char *base64 = g_base64_encode ((const guchar *)slow, sizeof slow - 1);
  g_autoptr(GString) images = g_string_new ("\"images\": [");
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  const guint n_pictures = 5;
  guint too_complex = 0;
  char *start, *end;
  gint64 elapsed;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  for (guint i = 0; i < n_pictures; i++)
    g_string_append_printf (images, "%s{ \"id\": \"slow%u\", \"file\": \"data:image/svg+xml;base64,%s\", \"alt\": \"Noise.\" }",
                            i > 0 ? ", " : "", i, base64);
  g_string_append (images, "]");

  /* The deck's one picture list, replaced by the slow pictures. */
  start = strstr (json, "\"images\": [");
  g_assert_nonnull (start);
  end = strchr (start, ']');
  g_assert_nonnull (end);
  text = g_string_new_len (json, start - json);
  g_string_append (text, images->str);
  g_string_append (text, end + 1);
  bytes = g_bytes_new (text->str, text->len);

  elapsed = g_get_monotonic_time ();
  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_DEFAULT, &problems, &error);
  elapsed = g_get_monotonic_time () - elapsed;
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_test_message ("%u slow pictures refused in %.2f s", n_pictures, elapsed / 1e6);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      too_complex += vc_deck_problem_get_code (problem) == VC_DECK_ERROR_IMAGE_TOO_COMPLEX;
    }
  g_assert_cmpuint (too_complex, ==, n_pictures);
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_get_images (deck)), ==, n_pictures);
  g_assert_cmpint (elapsed, <, (VC_DECK_PICTURES_TIME_BUDGET_MS + 1500) * G_TIME_SPAN_MILLISECOND);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* The values game's own pictures, treated as untrusted, draw the same in
 * the helper as in this process, and quickly. */
static void
test_values_game_untrusted (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) trusted = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE | VC_DECK_LOAD_TRUSTED, NULL, &error);
  g_autoptr(VcDeck) untrusted = NULL;
  GListModel *a, *b;
  gint64 times[64];
  guint n;

  g_assert_no_error (error);
  untrusted = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  g_assert_no_error (error);

  a = vc_deck_get_images (trusted);
  b = vc_deck_get_images (untrusted);
  n = g_list_model_get_n_items (a);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (b));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (times));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckImage) image_a = g_list_model_get_item (a, i);
      g_autoptr(VcDeckImage) image_b = g_list_model_get_item (b, i);
      cairo_surface_t *sa, *sb;
      gint64 start;
      guint differ = 0;

      g_assert_false (vc_deck_image_is_untrusted (image_a));
      g_assert_true (vc_deck_image_is_untrusted (image_b));

      sa = vc_deck_image_render (image_a, 400, 300, &error);
      g_assert_no_error (error);
      start = g_get_monotonic_time ();
      sb = vc_deck_image_render (image_b, 400, 300, &error);
      times[i] = g_get_monotonic_time () - start;
      g_assert_no_error (error);

      cairo_surface_flush (sa);
      cairo_surface_flush (sb);
      for (int y = 0; y < 300; y++)
        differ += memcmp (cairo_image_surface_get_data (sa) + y * cairo_image_surface_get_stride (sa),
                          cairo_image_surface_get_data (sb) + y * cairo_image_surface_get_stride (sb),
                          400 * 4) != 0;
      g_assert_cmpuint (differ, ==, 0);
      cairo_surface_destroy (sa);
      cairo_surface_destroy (sb);
    }

  qsort (times, n, sizeof times[0], compare_times);
  g_test_message ("helper: median %.1f ms per picture at 400x300 (%u pictures, slowest %.1f ms)",
                  times[n / 2] / 1000.0, n, times[n - 1] / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pictures/header/png", test_png_header);
  g_test_add_func ("/pictures/header/jpeg", test_jpeg_header);
  g_test_add_func ("/pictures/too-large/png", test_png_too_large);
  g_test_add_func ("/pictures/too-large/jpeg", test_jpeg_too_large);
  g_test_add_func ("/pictures/too-large/svg-embeds-png", test_svg_embeds_large_png);
  g_test_add_func ("/pictures/format/svg-embeds-other", test_svg_embeds_other_formats);
  g_test_add_func ("/pictures/format/svg-embeds-png", test_svg_embeds_png);
  g_test_add_func ("/pictures/helper/convolve-matrix", test_convolve_matrix_crash);
  g_test_add_func ("/pictures/helper/slow-filter", test_slow_filter_times_out);
  g_test_add_func ("/pictures/helper/missing", test_helper_missing);
  g_test_add_func ("/pictures/helper/damaged-png", test_damaged_png);
  g_test_add_func ("/pictures/deck/hostile", test_deck_with_hostile_pictures);
  g_test_add_func ("/pictures/deck/time-budget", test_deck_time_budget);
  g_test_add_func ("/pictures/values-game-untrusted", test_values_game_untrusted);

  return g_test_run ();
}
