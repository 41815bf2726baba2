/* test-json-reader.c
 *
 * The one way JSON files are read: a regular file is read whole; a FIFO,
 * a folder or a file too large is refused at once, never waited on; a
 * link is followed or refused as the caller asks; and places in the text
 * are written the same way by every reader.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-json-reader.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vc-json-reader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_regular (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{\"a\": 1}", -1, NULL));
  bytes = vc_json_read_file (path, VC_JSON_READ_NO_LINKS, 1024, VC_DECK_ERROR_NOT_REGULAR,
                             VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "{\"a\": 1}", 8);

  /* One byte over the limit is too large, with the caller's code. */
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = vc_json_read_file (path, VC_JSON_READ_DEFAULT, 7, VC_DECK_ERROR_IMAGE_NOT_REGULAR,
                             VC_DECK_ERROR_IMAGE_TOO_LARGE, &error);
  g_assert_null (bytes);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_LARGE);
  g_clear_error (&error);

  g_unlink (path);
  bytes = vc_json_read_file (path, VC_JSON_READ_DEFAULT, 1024, VC_DECK_ERROR_NOT_REGULAR,
                             VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_null (bytes);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND);
  g_rmdir (dir);
}

/* A FIFO with nobody writing to it would block a plain read for ever. */
static void
test_fifo_and_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "session.json", NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  gint64 start;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  start = g_get_monotonic_time ();
  bytes = vc_json_read_file (fifo, VC_JSON_READ_NO_LINKS, 1024, VC_DECK_ERROR_NOT_REGULAR,
                             VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_null (bytes);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_REGULAR);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_clear_error (&error);

  bytes = vc_json_read_file (dir, VC_JSON_READ_DEFAULT, 1024, VC_DECK_ERROR_NOT_REGULAR,
                             VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_null (bytes);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_REGULAR);

  g_unlink (fifo);
  g_rmdir (dir);
}

static void
test_links (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "target.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GBytes) followed = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *refused;

  g_assert_true (g_file_set_contents (target, "[]", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);

  followed = vc_json_read_file (link, VC_JSON_READ_DEFAULT, 1024, VC_DECK_ERROR_NOT_REGULAR,
                                VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (followed), ==, 2);

  refused = vc_json_read_file (link, VC_JSON_READ_NO_LINKS, 1024, VC_DECK_ERROR_NOT_REGULAR,
                               VC_DECK_ERROR_TOO_LARGE, &error);
  g_assert_null (refused);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_REGULAR);

  g_unlink (link);
  g_unlink (target);
  g_rmdir (dir);
}

static void
test_paths (void)
{
  g_autoptr(GString) session = g_string_new (NULL);
  g_autoptr(GString) deck = g_string_new ("$");
  gsize outer, inner;

  outer = vc_json_path_push_member (session, "pairs");
  inner = vc_json_path_push_index (session, 12);
  vc_json_path_push_member (session, "word");
  g_assert_cmpstr (session->str, ==, "pairs[12].word");
  vc_json_path_pop (session, inner);
  g_assert_cmpstr (session->str, ==, "pairs");
  vc_json_path_pop (session, outer);
  g_assert_cmpstr (session->str, ==, "");

  vc_json_path_push_member (deck, "cards");
  vc_json_path_push_index (deck, 0);
  g_assert_cmpstr (deck->str, ==, "$.cards[0]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/regular", test_regular);
  g_test_add_func ("/json-reader/fifo-and-folder", test_fifo_and_folder);
  g_test_add_func ("/json-reader/links", test_links);
  g_test_add_func ("/json-reader/paths", test_paths);

  return g_test_run ();
}
