/* test-deck-pictures.c
 *
 * A team's own pictures going into a deck: phone photos made small
 * enough to mail, SVGs checked as the loader checks them, alternative
 * text required, and a built-in deck copied into one file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "vc-deck-document.h"
#include "vc-deck-document-pictures.h"
#include "vc-deck-error.h"
#include "vc-deck-problem.h"
#include "vc-deck-translations.h"

#include <libintl.h>

/* Something like a phone photo: 4032 × 3024, with fine detail that JPEG
 * cannot squeeze away, saved at high quality. */
static char *
make_photo (const char *dir,
            const char *name,
            int         width,
            int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 *p = pixels + y * stride + x * 3;
        guint8 noise = g_rand_int_range (rand, 0, 48);

        p[0] = (x * 200 / width) + noise;
        p[1] = (y * 200 / height) + noise;
        p[2] = 120 + noise;
      }
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", &error, "quality", "95", NULL));
  return path;
}

static GdkPixbuf *
decode_data_uri (const char  *uri,
                 const char  *mime_type,
                 gsize       *size)
{
  g_autofree char *prefix = g_strdup_printf ("data:%s;base64,", mime_type);
  /* By name: the test's own data folders have no MIME database to sniff with. */
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type (g_str_equal (mime_type, "image/png") ? "png" : "jpeg", NULL);
  g_autofree guchar *data = NULL;

  g_assert_true (g_str_has_prefix (uri, prefix));
  data = g_base64_decode (uri + strlen (prefix), size);
  g_autoptr(GError) error = NULL;

  gdk_pixbuf_loader_write (loader, data, *size, &error);
  g_assert_no_error (error);
  g_assert_true (gdk_pixbuf_loader_close (loader, NULL));
  return g_object_ref (gdk_pixbuf_loader_get_pixbuf (loader));
}

static void
test_photos_are_scaled (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, "Our Values");
  g_autofree char *dir = g_dir_make_tmp ("deck-pictures-XXXXXX", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "ours.vcdeck", NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  g_autoptr(GError) error = NULL;
  gsize photo_total = 0;
  GStatBuf buf;

  /* One photo, taken twelve times: each is scaled and saved again alike. */
  g_autofree char *first = make_photo (dir, "IMG_0000.jpg", 4032, 3024);

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("IMG_%04u.jpg", i);
      g_autofree char *photo = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (photo);
      g_autofree char *item = NULL;
      g_autofree char *file_path = NULL;
      g_autoptr(GdkPixbuf) pixbuf = NULL;
      gsize size;

      if (i > 0)
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (first, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (photo, contents, length, NULL));
        }
      g_assert_cmpint (g_stat (photo, &buf), ==, 0);
      photo_total += buf.st_size;

      item = vc_deck_document_add_picture (doc, file, "A corridor with a walker.", NULL, &error);
      g_assert_no_error (error);
      file_path = g_strconcat (item, "/file", NULL);
      pixbuf = decode_data_uri (vc_deck_document_get_string (doc, file_path), "image/jpeg", &size);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, VC_DECK_PICTURE_MAX_SIDE);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 1200);
      if (i == 0)
        g_assert_cmpstr (vc_deck_document_get_string (doc, "/values-game/images/0/id"), ==, "img_0000");
    }

  g_assert_true (vc_deck_document_save (doc, deck_file, &error));
  g_assert_cmpint (g_stat (deck_path, &buf), ==, 0);
  g_test_message ("12 photos of 4032x3024: %" G_GSIZE_FORMAT " kB as JPEG files, deck %" G_GSIZE_FORMAT " kB",
                  photo_total / 1024, (gsize)buf.st_size / 1024);
  /* Small enough to mail: under the 16 MB a deck may have, with room. */
  g_assert_cmpint (buf.st_size, <, photo_total / 2);
  g_assert_cmpint (buf.st_size, <, 12 * 1024 * 1024);
}

static void
test_small_picture_kept (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, NULL);
  g_autofree char *dir = g_dir_make_tmp ("deck-pictures-XXXXXX", NULL);
  g_autofree char *photo = make_photo (dir, "small.jpg", 320, 240);
  g_autoptr(GFile) file = g_file_new_for_path (photo);
  g_autoptr(GError) error = NULL;
  g_autofree char *item = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *encoded = NULL;
  gsize length;

  item = vc_deck_document_add_picture (doc, file, "A small picture.", "Small", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (photo, &contents, &length, NULL));
  encoded = g_base64_encode ((guchar *)contents, length);
  g_assert_true (g_str_has_suffix (vc_deck_document_get_string (doc, "/values-game/images/0/file"), encoded));
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/values-game/images/0/caption"), ==, "Small");
  g_assert_cmpstr (vc_deck_document_get_string (doc, "/values-game/images/0/id"), ==, "small");
}

static void
test_refused (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, NULL);
  g_autoptr(VcDeckDocument) dilemmas = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, NULL);
  g_autofree char *dir = g_dir_make_tmp ("deck-pictures-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "outside.svg", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *coffee_path = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", "images", "coffee.svg", NULL);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) text_file = g_file_new_for_path (text);
  g_autoptr(GFile) coffee = g_file_new_for_path (coffee_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (svg,
                                      "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'>"
                                      "<image xlink:href='file:///etc/passwd' width='10' height='10'/></svg>", -1, NULL));
  g_assert_null (vc_deck_document_add_picture (doc, svg_file, "Something.", NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "outside"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (text, "Not a picture at all.", -1, NULL));
  g_assert_null (vc_deck_document_add_picture (doc, text_file, "Something.", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* No alternative text, no picture. */
  g_assert_null (vc_deck_document_add_picture (doc, coffee, "  ", NULL, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_MISSING_FIELD);
  g_clear_error (&error);

  g_assert_null (vc_deck_document_add_picture (dilemmas, coffee, "Coffee.", NULL, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_cmpuint (vc_deck_document_get_length (doc, "/values-game/images"), ==, 0);
  g_assert_false (vc_deck_document_can_undo (doc));
}

/* A picture whose alternative text is taken away is an error that names
 * the picture. */
static void
test_alt_required (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", NULL);
  g_autofree char *path = g_build_filename (dir, "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new_from_file (file, NULL);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autofree char *line = NULL;

  g_assert_true (vc_deck_document_unset (doc, "/values-game/images/2/alt", NULL));
  deck = vc_deck_document_check (doc, VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);
  g_assert_null (deck);
  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpint (vc_deck_problem_get_code (problem), ==, VC_DECK_ERROR_MISSING_FIELD);
  line = vc_deck_problem_format (problem, "values-game.vcdeck");
  g_test_message ("%s", line);
  g_assert_nonnull (strstr (line, "The corridor"));
}

static void
test_own_copy (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", NULL);
  g_autofree char *path = g_build_filename (dir, "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) original = vc_deck_document_new_from_file (file, NULL);
  g_autofree char *before = vc_deck_document_dup_data (original, NULL);
  g_autofree char *after = NULL;
  g_autoptr(VcDeckDocument) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp_dir = g_dir_make_tmp ("deck-copy-XXXXXX", NULL);
  g_autofree char *copy_path = g_build_filename (tmp_dir, "our-copy.vcdeck", NULL);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) languages = NULL;
  VcTranslationStatus *sv;
  GStatBuf buf;

  copy = vc_deck_document_new_copy (original, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (vc_deck_document_get_file (copy));
  g_assert_cmpstr (vc_deck_document_get_string (copy, "/title"), ==, "The Values Game (Our Copy)");
  g_assert_cmpstr (vc_deck_document_get_string (copy, "/id"), !=,
                   vc_deck_document_get_string (original, "/id"));
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *p = g_strdup_printf ("/values-game/images/%u/file", i);

      g_assert_true (g_str_has_prefix (vc_deck_document_get_string (copy, p), "data:image/svg+xml;base64,"));
    }
  /* The app's Swedish goes with it: everything but the new title. */
  g_assert_null (vc_deck_document_get_node (copy, "/translation-domain"));
  g_assert_nonnull (vc_deck_document_get_node (copy, "/translations/sv"));
  languages = vc_deck_document_list_translations (copy, &error);
  g_assert_no_error (error);
  sv = g_ptr_array_index (languages, 0);
  g_assert_cmpstr (sv->language, ==, "sv");
  g_assert_cmpuint (sv->missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sv->missing, 0), ==, "The Values Game (Our Copy)");
  g_assert_cmpuint (sv->stale->len, ==, 0);
  g_assert_cmpuint (sv->n_translated, ==, sv->n_strings - 1);

  /* The original is untouched. */
  after = vc_deck_document_dup_data (original, NULL);
  g_assert_cmpstr (before, ==, after);

  /* Saved anywhere, alone, it plays. */
  g_assert_true (vc_deck_document_save (copy, copy_file, &error));
  deck = vc_deck_document_check (copy, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpint (g_stat (copy_path, &buf), ==, 0);
  g_test_message ("the values game as one file: %" G_GSIZE_FORMAT " kB", (gsize)buf.st_size / 1024);

  /* Played in Swedish, from the file alone. */
  {
    g_autoptr(VcDeck) swedish = NULL;

    g_setenv ("LANGUAGE", "sv", TRUE);
    swedish = vc_deck_load_file (copy_file, VC_DECK_LOAD_DEFAULT, NULL, &error);
    g_setenv ("LANGUAGE", "en", TRUE);
    g_assert_no_error (error);
    g_assert_cmpstr (vc_deck_get_subtitle (swedish), !=, vc_deck_get_subtitle (deck));
    g_assert_cmpstr (vc_deck_get_title (swedish), ==, "The Values Game (Our Copy)");
    g_test_message ("in Swedish: %s", vc_deck_get_subtitle (swedish));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VALUE_CARDS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/pictures/photos-are-scaled", test_photos_are_scaled);
  g_test_add_func ("/pictures/small-picture-kept", test_small_picture_kept);
  g_test_add_func ("/pictures/refused", test_refused);
  g_test_add_func ("/pictures/alt-required", test_alt_required);
  g_test_add_func ("/pictures/own-copy", test_own_copy);

  return g_test_run ();
}
