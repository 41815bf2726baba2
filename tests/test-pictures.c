/* test-pictures.c
 *
 * Checks the values game as it ships: its pictures stay plain drawings that
 * any copy of librsvg draws the same, describe themselves as the deck does,
 * and the deck's words about time agree with its timer.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vc-deck-loader.h"

static VcDeck *
load_values_game (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);

  return deck;
}

static char *
element_text (const char *svg,
              const char *element)
{
  g_autofree char *open = g_strdup_printf ("<%s>", element);
  g_autofree char *close = g_strdup_printf ("</%s>", element);
  const char *start = strstr (svg, open);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (open);
  end = strstr (start, close);
  if (end == NULL)
    return NULL;

  return g_strndup (start, end - start);
}

/* As text inside an XML element: quotes and apostrophes may stay as they are. */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (text);

  g_string_replace (escaped, "&", "&amp;", 0);
  g_string_replace (escaped, "<", "&lt;", 0);
  g_string_replace (escaped, ">", "&gt;", 0);

  return g_string_free (escaped, FALSE);
}

/* Hand-drawn vector art only: what a projector shows must not depend on
 * fonts, filters or files that are not in the deck. */
static void
test_plain_drawings (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  GListModel *images = vc_deck_get_images (deck);
  const char *forbidden[] = { "<image", "<text", "<filter", "filter=", "href", "url(", "<script", "<foreignObject" };

  g_assert_cmpuint (g_list_model_get_n_items (images), ==, 12);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      GBytes *bytes = vc_deck_image_get_bytes (image);
      gsize size = 0;
      const char *data = g_bytes_get_data (bytes, &size);
      g_autofree char *svg = g_strndup (data, size);
      g_autofree char *title = element_text (svg, "title");
      g_autofree char *desc = element_text (svg, "desc");
      g_autofree char *caption = escape_text (vc_deck_image_get_caption (image));
      g_autofree char *alt = escape_text (vc_deck_image_get_alt (image));
      double width = 0, height = 0;

      g_test_message ("%s", vc_deck_image_get_id (image));
      g_assert_cmpint (vc_deck_image_get_format (image), ==, VC_IMAGE_FORMAT_SVG);
      /* A few kilobytes each: the deck is mailed, and the board loads twelve. */
      g_assert_cmpuint (size, <, 16 * 1024);
      g_assert_nonnull (strstr (svg, "viewBox=\"0 0 400 300\""));
      for (guint j = 0; j < G_N_ELEMENTS (forbidden); j++)
        g_assert_null (strstr (svg, forbidden[j]));

      /* The file describes itself as the deck does, for a screen reader
       * or anyone who opens the picture on its own. */
      g_assert_cmpstr (title, ==, caption);
      g_assert_cmpstr (desc, ==, alt);

      vc_deck_image_get_size (image, &width, &height);
      g_assert_cmpfloat (width * 3, ==, height * 4);
    }
}

/* The timekeeper is told the same time per card as the timer uses. */
static void
test_timekeeper_minutes (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  GPtrArray *roles = vc_deck_get_roles (deck);
  g_autofree char *expected = g_strdup_printf ("about %u minutes per card",
                                               vc_deck_get_minutes_per_card (deck));
  gboolean found = FALSE;

  for (guint i = 0; i < roles->len; i++)
    {
      const VcRole *role = g_ptr_array_index (roles, i);

      if (g_strcmp0 (role->id, "timekeeper") != 0)
        continue;
      found = TRUE;
      g_assert_nonnull (role->description);
      g_assert_nonnull (strstr (role->description, expected));
    }

  g_assert_true (found);
}

/* "Value foundation" is a word-for-word Swedish term an English reader does
 * not know; the English text names the national values instead. */
static void
test_english_description (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  const char *description = vc_deck_get_description (deck);

  g_assert_nonnull (description);
  g_assert_null (strstr (description, "value foundation"));
  g_assert_nonnull (strstr (description, "national values for elderly care"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/values-game/pictures/plain-drawings", test_plain_drawings);
  g_test_add_func ("/deck/values-game/timekeeper-minutes", test_timekeeper_minutes);
  g_test_add_func ("/deck/values-game/english-description", test_english_description);

  return g_test_run ();
}
