/* test-catalog.c
 *
 * Tests for reading the gettext catalogs that decks carry inside them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck-error.h"

/* The Swedish catalog of the test user deck, compiled by msgfmt. */
static GBytes *
load_swedish_mo (void)
{
  static const char prefix[] = "data:application/x-gettext-translation;base64,";
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "user-deck-sv.vcdeck", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *uri;
  guchar *data;
  gsize len;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  uri = json_object_get_string_member (json_object_get_object_member (
          json_node_get_object (json_parser_get_root (parser)), "translations"), "sv");
  g_assert_true (g_str_has_prefix (uri, prefix));
  data = g_base64_decode (uri + strlen (prefix), &len);

  return g_bytes_new_take (data, len);
}

static void
test_lookup (void)
{
  g_autoptr(GBytes) bytes = load_swedish_mo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = vc_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vc_catalog_get_n_strings (catalog), >, 2);
  g_assert_cmpstr (vc_catalog_lookup (catalog, "What made you proud at work this week?"), ==,
                   "Vad gjorde dig stolt på jobbet den här veckan?");

  /* Unknown strings come back unchanged, and the header is never a translation. */
  g_assert_cmpstr (vc_catalog_lookup (catalog, "Not in the catalog"), ==, "Not in the catalog");
  g_assert_cmpstr (vc_catalog_lookup (catalog, ""), ==, "");
}

static guint32
swap (guint32 v)
{
  return GUINT32_SWAP_LE_BE (v);
}

static void
test_big_endian (void)
{
  g_autoptr(GBytes) bytes = load_swedish_mo ();
  gsize size;
  guint8 *data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &size);
  guint32 *words = (guint32 *)data;
  guint32 n = words[2], originals = words[3], translations = words[4];
  g_autoptr(GBytes) swapped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = NULL;

  /* Turn the header and both string tables into the other byte order. */
  for (guint32 i = 0; i < 2 * n; i++)
    {
      words[originals / 4 + i] = swap (words[originals / 4 + i]);
      words[translations / 4 + i] = swap (words[translations / 4 + i]);
    }
  for (guint i = 0; i < 7; i++)
    words[i] = swap (words[i]);

  swapped = g_bytes_new_take (data, size);
  catalog = vc_catalog_new_from_bytes (swapped, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vc_catalog_lookup (catalog, "What made you proud at work this week?"), ==,
                   "Vad gjorde dig stolt på jobbet den här veckan?");
}

static void
expect_invalid (const guint8 *data,
                gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = vc_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID);
}

static void
test_hostile (void)
{
  g_autoptr(GBytes) bytes = load_swedish_mo ();
  gsize size;
  const guint8 *good = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *data = g_memdup2 (good, size);
  guint32 *words = (guint32 *)data;

  expect_invalid ((const guint8 *)"", 0);
  expect_invalid ((const guint8 *)"not a catalog at all, just text", 31);

  /* Every truncation either fails cleanly or still reads only what is there. */
  for (gsize len = 0; len < size; len++)
    {
      g_autoptr(GBytes) part = g_bytes_new (good, len);
      g_autoptr(VcCatalog) catalog = vc_catalog_new_from_bytes (part, NULL);

      g_assert_null (catalog);
    }

  /* Offsets pointing past the end. */
  memcpy (data, good, size);
  words[3] = 0xfffffff0;
  expect_invalid (data, size);

  memcpy (data, good, size);
  words[words[3] / 4 + 1] = (guint32)size - 2;
  words[words[3] / 4] = 100;
  expect_invalid (data, size);

  /* A string count that would take forever. */
  memcpy (data, good, size);
  words[2] = 0x7fffffff;
  expect_invalid (data, size);

  /* An unknown major revision. */
  memcpy (data, good, size);
  words[1] = 0x00050000;
  expect_invalid (data, size);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/catalog/lookup", test_lookup);
  g_test_add_func ("/deck/catalog/big-endian", test_big_endian);
  g_test_add_func ("/deck/catalog/hostile", test_hostile);

  return g_test_run ();
}
