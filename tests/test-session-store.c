/* test-session-store.c
 *
 * The session store: saving and loading, autosave, a disk that cannot be
 * written, a second instance, deleting and undoing, and searching.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-session.h"
#include "vc-session-enums.h"
#include "vc-session-describe.h"
#include "vc-session-store.h"

#include "session-test-util.h"

static void
test_store_default_dir (void)
{
  g_autoptr(GFile) dir = vc_session_store_dup_default_dir ();
  g_autoptr(GFile) expected = g_file_new_build_filename (g_get_user_data_dir (), "value-cards",
                                                         "sessions", NULL);
  g_autoptr(VcSessionStore) store = vc_session_store_new (NULL);

  g_assert_true (g_file_equal (dir, expected));
  g_assert_true (g_file_equal (vc_session_store_get_dir (store), expected));
}

static void
test_store_save_and_load (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) session = full_session ();
  g_autoptr(VcSession) older = session_at (VC_SESSION_KIND_REFLECTION, "d", "2025-03-01T09:00:00+01:00");
  g_autoptr(VcSession) oldest = session_at (VC_SESSION_KIND_MEETING, "d", "2024-12-24T15:00:00+01:00");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VcSession) loaded = NULL;
  GListModel *sessions;
  GStatBuf st;

  /* A folder that does not exist yet holds no sessions. */
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 0);

  vc_session_store_add (fixture->store, oldest);
  vc_session_store_add (fixture->store, session);
  vc_session_store_add (fixture->store, older);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);

  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);

  path = session_file (fixture, session, ".json");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* Private: the notes are about the people in care. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);

  /* Newest first. */
  loaded = g_list_model_get_item (sessions, 0);
  assert_same_session (session, loaded);
  g_clear_object (&loaded);
  loaded = g_list_model_get_item (sessions, 1);
  g_assert_cmpstr (vc_session_get_id (loaded), ==, vc_session_get_id (older));
  g_clear_object (&loaded);
  loaded = g_list_model_get_item (sessions, 2);
  g_assert_cmpstr (vc_session_get_id (loaded), ==, vc_session_get_id (oldest));
}

/* A file that cannot be read is renamed aside and reported, never deleted
 * and never dropped in silence. */
static void
test_store_corrupt (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(VcSession) good = full_session ();
  g_autoptr(VcSession) other = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(JsonNode) node = vc_session_to_json (other);
  g_autofree char *other_text = to_string (node);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *unrelated = NULL;
  GPtrArray *aside;
  const char *names[] = {
    "garbage.json", "empty.json", "copy.json", "deep.json", "newer.json", "fifo.json",
    "truncated.json",
  };
  const char *garbage = "{ \"format-version\": 1, \"id\": ";
  g_autofree char *truncated = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *good_text = NULL;

  vc_session_store_add (fixture->store, good);
  vc_session_store_save_now (fixture->store, good, &error);
  g_assert_no_error (error);

  write_file (fixture->dir, "garbage.json", garbage, -1);
  write_file (fixture->dir, "empty.json", "", 0);
  /* A valid session under a name that is not its id: a copy by hand. */
  write_file (fixture->dir, "copy.json", other_text, -1);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_file (fixture->dir, "deep.json", deep->str, deep->len);
  write_file (fixture->dir, "newer.json", "{\"format-version\": 7}", -1);
  fifo = g_build_filename (fixture->dir, "fifo.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  good_path = session_file (fixture, good, ".json");
  good_text = read_text (good_path);
  truncated = g_strndup (good_text, strlen (good_text) / 2);
  write_file (fixture->dir, "truncated.json", truncated, -1);
  /* Left behind by a crash in the middle of a save: cleaned up. */
  write_file (fixture->dir, ".vc-tmp-Xy12Zq", "{", -1);
  /* Named like what the store writes, but not written by it: kept. */
  write_file (fixture->dir, "abc.json.Xy12Zq", "{", -1);
  write_file (fixture->dir, "gone.json.deleted", "{}", -1);
  /* Not ours: left alone. */
  write_file (fixture->dir, "README.txt", "hello", -1);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);

  aside = vc_session_store_get_set_aside (fixture->store);
  g_assert_cmpuint (aside->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < aside->len; i++)
    {
      const char *path = g_ptr_array_index (aside, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *prefix = NULL;
      g_autofree char *dirname = g_path_get_dirname (path);

      g_test_message ("set aside: %s", path);
      g_assert_cmpstr (dirname, ==, fixture->dir);
      g_assert_true (g_regex_match_simple ("^[a-z]+\\.json\\.corrupt-\\d{8}-\\d{6}$", base, 0, 0));
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      prefix = g_strndup (base, strstr (base, ".corrupt-") - base);
      if (g_str_equal (prefix, "garbage.json"))
        {
          g_autofree char *kept = read_text (path);

          /* Kept byte for byte. */
          g_assert_cmpstr (kept, ==, garbage);
        }
      g_hash_table_add (seen, g_steal_pointer (&prefix));
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *original = g_build_filename (fixture->dir, names[i], NULL);

      g_assert_true (g_hash_table_contains (seen, names[i]));
      g_assert_false (g_file_test (original, G_FILE_TEST_EXISTS));
    }

  {
    g_autofree char *own = g_build_filename (fixture->dir, ".vc-tmp-Xy12Zq", NULL);
    g_autofree char *temp = g_build_filename (fixture->dir, "abc.json.Xy12Zq", NULL);
    g_autofree char *deleted = g_build_filename (fixture->dir, "gone.json.deleted", NULL);

    g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (temp, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (deleted, G_FILE_TEST_EXISTS));
  }
  unrelated = g_build_filename (fixture->dir, "README.txt", NULL);
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));

  /* Loading again finds nothing new to set aside. */
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);
}

/* What is typed is on disk within two seconds, without anyone saving. */
static void
test_store_autosave (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  g_autofree char *path = session_file (fixture, session, ".json");
  g_autofree char *contents = NULL;
  gint64 took;
  guint saved;

  saved = fixture->saved;
  vc_session_store_add (fixture->store, session);
  /* Added sessions are saved even before anything is written in them. */
  took = wait_for (&fixture->saved, saved, 2000);
  g_assert_cmpint (took, >=, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Typing: a change every 100 ms for a second and a half; what is typed
   * reaches the disk while the typing goes on, not only when it stops. */
  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *text = g_strdup_printf ("I think %u", i);
      guint dummy = 0;

      vc_session_set_notes (session, "card", text);
      wait_for (&dummy, 0, 100);
    }
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "I think"));
  g_clear_pointer (&contents, g_free);

  saved = fixture->saved;
  vc_session_set_notes (session, "card", "My last thought");
  took = wait_for (&fixture->saved, saved, 2000);
  g_test_message ("saved %" G_GINT64_FORMAT " ms after the last change", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpint (took, <, 2000);

  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "My last thought"));
  g_assert_cmpuint (fixture->failed, ==, 0);
}

static void
test_store_flush (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(VcSession) a = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(VcSession) b = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autofree char *path_a = session_file (fixture, a, ".json");
  g_autofree char *path_b = session_file (fixture, b, ".json");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  vc_session_store_add (fixture->store, a);
  vc_session_store_add (fixture->store, b);
  vc_session_set_notes (a, "x", "before quitting");

  /* Quitting right away: nothing waits for the timer. */
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  contents = read_text (path_a);
  g_assert_nonnull (strstr (contents, "before quitting"));
  g_assert_true (g_file_test (path_b, G_FILE_TEST_IS_REGULAR));

  /* A store let go with unsaved changes still writes them. */
  vc_session_set_notes (b, "x", "forgot to flush");
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_clear_pointer (&contents, g_free);
  contents = read_text (path_b);
  g_assert_nonnull (strstr (contents, "forgot to flush"));
}

/* A disk that cannot be written loses nothing: the error says so, and the
 * next change after the disk is back saves everything. */
static void
test_store_save_failure (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  const char *top = fixture->top;
  g_autofree char *blocker = g_build_filename (top, "blocker", NULL);
  g_autofree char *dir = g_build_filename (blocker, "sessions", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint failed, saved;

  /* A folder whose parent is a file cannot be made, even by root. */
  write_file (top, "blocker", "in the way", -1);
  g_clear_pointer (&fixture->dir, g_free);
  fixture->dir = g_strdup (dir);
  store_open (fixture, dir);
  path = session_file (fixture, session, ".json");

  failed = fixture->failed;
  vc_session_store_add (fixture->store, session);
  vc_session_set_notes (session, "card", "Nothing typed is lost");
  g_assert_cmpint (wait_for (&fixture->failed, failed, 2000), >=, 0);
  g_assert_error (fixture->last_error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_test_message ("%s", fixture->last_error->message);

  g_assert_false (vc_session_store_save_now (fixture->store, session, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "sessions"));
  g_clear_error (&error);

  g_assert_false (vc_session_store_flush (fixture->store, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpstr (vc_session_get_notes (session, "card"), ==, "Nothing typed is lost");

  /* The disk is back; the next change saves it all. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  saved = fixture->saved;
  vc_session_set_notes (session, "other", "and this too");
  g_assert_cmpint (wait_for (&fixture->saved, saved, 2000), >=, 0);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "Nothing typed is lost"));
  g_assert_nonnull (strstr (contents, "and this too"));

  /* Flush has nothing left to do. */
  g_assert_true (vc_session_store_flush (fixture->store, &error));
  g_assert_no_error (error);

  /* A folder without write permission. Root writes anyway, so the part
   * that needs it is for everyone else. */
  if (geteuid () == 0)
    {
      g_test_message ("running as root: skipping the read-only folder");
      return;
    }

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_false (vc_session_store_save_now (fixture->store, session, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_clear_error (&error);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  vc_session_store_save_now (fixture->store, session, &error);
  g_assert_no_error (error);
}

/* A second instance of the app reads the sessions, but writes nothing
 * while the first holds the folder; what it was given stays in memory and
 * is saved once the first is gone. */
static void
test_store_two_instances (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) first = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(VcSession) second = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(VcSessionStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  vc_session_store_add (fixture->store, first);
  vc_session_store_save_now (fixture->store, first, &error);
  g_assert_no_error (error);

  other = vc_session_store_new (dir);
  vc_session_store_load (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (other)), ==, 1);

  vc_session_store_add (other, second);
  vc_session_set_notes (second, "card", "Written in the second window");
  g_assert_false (vc_session_store_save_now (other, second, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  path = g_strconcat (fixture->dir, G_DIR_SEPARATOR_S, vc_session_get_id (second), ".json", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (other);

    g_assert_cmpuint (unsaved->len, ==, 1);
    g_assert_true (g_ptr_array_index (unsaved, 0) == second);
  }

  /* The first window closes; the second may now write. */
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_true (vc_session_store_flush (other, &error));
  g_assert_no_error (error);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "Written in the second window"));
  store_open (fixture, fixture->dir);
}

/* A deck whose file name is not UTF-8 still gives a session that loads. */
static void
test_store_path_not_utf8 (StoreFixture  *fixture,
                          gconstpointer  data)
{
  const char *deck_path = "/srv/d\xe9" "ck/v\xe4" "rden.vcdeck";
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, deck_path);
  g_autoptr(GError) error = NULL;
  VcSession *loaded;

  vc_session_store_add (fixture->store, session);
  vc_session_set_notes (session, "card", "Anteckningar om bemötande");
  vc_session_store_save_now (fixture->store, session, &error);
  g_assert_no_error (error);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);
  loaded = g_list_model_get_item (vc_session_store_get_sessions (fixture->store), 0);
  g_assert_cmpstr (vc_session_get_deck_path (loaded), ==, deck_path);
  g_assert_cmpstr (vc_session_get_notes (loaded, "card"), ==, "Anteckningar om bemötande");
  g_object_unref (loaded);
}

/* A full disk: a small file system of its own, filled up. Mounting needs
 * the right to make a mount namespace, so it runs in a child process. */
static void
test_store_disk_full (StoreFixture  *fixture,
                      gconstpointer  data)
{
  if (!g_test_subprocess ())
    {
      /* Only root may make a mount namespace without a user namespace. */
      if (geteuid () != 0)
        {
          g_test_skip ("a small file system can only be mounted for this test by root");
          return;
        }
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout_unmatched ("*NO-MOUNT*");
      return;
    }

  {
    g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
    g_autofree char *filler = NULL;
    g_autofree char *path = NULL;
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;
    char block[1024] = { 0, };
    guint failed, saved;
    int fd;

    g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
    if (unshare (CLONE_NEWNS) != 0 ||
        mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
        mount ("tmpfs", fixture->dir, "tmpfs", 0, "size=64k") != 0)
      {
        printf ("NO-MOUNT\n");
        return;
      }

    /* Fill it up. */
    filler = g_build_filename (fixture->dir, "filler", NULL);
    fd = g_open (filler, O_WRONLY | O_CREAT, 0600);
    g_assert_cmpint (fd, >=, 0);
    while (write (fd, block, sizeof block) > 0)
      ;
    close (fd);

    store_open (fixture, fixture->dir);
    failed = fixture->failed;
    vc_session_store_add (fixture->store, session);
    vc_session_set_notes (session, "card", "Nothing typed is lost, even on a full disk");
    g_assert_cmpint (wait_for (&fixture->failed, failed, 2000), >=, 0);
    g_assert_error (fixture->last_error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
    g_assert_nonnull (strstr (fixture->last_error->message, "full"));
    g_assert_false (vc_session_store_flush (fixture->store, &error));
    g_clear_error (&error);
    {
      g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (fixture->store);

      g_assert_cmpuint (unsaved->len, ==, 1);
    }
    /* No half-written temporary file is left behind. */
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_false (g_str_has_prefix (name, ".vc-tmp-"));
    }

    /* Space again: the next change saves everything. */
    g_assert_cmpint (g_unlink (filler), ==, 0);
    saved = fixture->saved;
    vc_session_set_notes (session, "other", "and this");
    g_assert_cmpint (wait_for (&fixture->saved, saved, 2000), >=, 0);
    path = session_file (fixture, session, ".json");
    contents = read_text (path);
    g_assert_nonnull (strstr (contents, "even on a full disk"));
    g_assert_true (vc_session_store_flush (fixture->store, &error));
    g_assert_finalize_object (g_steal_pointer (&fixture->store));
    umount2 (fixture->dir, MNT_DETACH);
  }
}

static guint
position_of (VcSessionStore *store,
             VcSession      *session)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (vc_session_store_get_sessions (store)), session, &position);
  return position;
}

static void
test_store_remove_restore (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(VcSession) newest = session_at (VC_SESSION_KIND_MEETING, "d", "2026-03-01T10:00:00+01:00");
  g_autoptr(VcSession) middle = session_at (VC_SESSION_KIND_MEETING, "d", "2026-02-01T10:00:00+01:00");
  g_autoptr(VcSession) oldest = session_at (VC_SESSION_KIND_MEETING, "d", "2026-01-01T10:00:00+01:00");
  g_autofree char *path = session_file (fixture, middle, ".json");
  g_autofree char *deleted = session_file (fixture, middle, ".json.deleted");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sessions = vc_session_store_get_sessions (fixture->store);

  vc_session_store_add (fixture->store, oldest);
  vc_session_store_add (fixture->store, middle);
  vc_session_store_add (fixture->store, newest);
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, 1);

  g_assert_true (vc_session_store_remove (fixture->store, middle, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, G_MAXUINT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (deleted, G_FILE_TEST_EXISTS));

  /* Changes to a removed session go nowhere, and never bring it back. */
  vc_session_set_notes (middle, "c", "written while the toast showed");
  vc_session_store_save_now (fixture->store, middle, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Undo: back in its place, and saved as it is now. */
  g_assert_true (vc_session_store_restore (fixture->store, middle, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (deleted, G_FILE_TEST_EXISTS));
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "written while the toast showed"));

  /* Removed for good at the next start. */
  g_assert_true (vc_session_store_remove (fixture->store, middle, &error));
  g_assert_no_error (error);
  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_false (g_file_test (deleted, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_store_find_previous (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) jan = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-01-12T13:00:00+01:00");
  g_autoptr(VcSession) feb = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-02-09T13:00:00+01:00");
  g_autoptr(VcSession) feb_game = session_at (VC_SESSION_KIND_MEETING, "game", "2026-02-20T13:00:00+01:00");
  g_autoptr(VcSession) mar_alone = session_at (VC_SESSION_KIND_REFLECTION, "dilemmas", "2026-03-01T20:00:00+01:00");
  g_autoptr(VcSession) mar_left = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-03-09T13:00:00+01:00");
  g_autoptr(VcSession) today = vc_session_new (VC_SESSION_KIND_MEETING, "dilemmas", NULL, NULL);
  const char *carried[] = { "Never agreed on", NULL };

  vc_session_finish (jan);
  vc_session_finish (feb);
  vc_session_finish (feb_game);
  vc_session_finish (mar_alone);

  vc_session_store_add (fixture->store, feb);
  vc_session_store_add (fixture->store, jan);
  vc_session_store_add (fixture->store, mar_alone);
  vc_session_store_add (fixture->store, feb_game);

  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == feb);

  /* A meeting left unfinished is newer, but what it carried over was never
   * agreed on: the last finished one counts. */
  vc_session_set_carry_over (mar_left, carried);
  vc_session_store_add (fixture->store, mar_left);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == feb);
  vc_session_store_add (fixture->store, today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, today) == feb);
  vc_session_finish (today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, today) == feb);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, feb) == jan);
  g_assert_null (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, jan));
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_REFLECTION, today) == mar_alone);
  g_assert_true (vc_session_store_find_previous (fixture->store, "game",
                                                 VC_SESSION_KIND_MEETING, today) == feb_game);
  g_assert_null (vc_session_store_find_previous (fixture->store, "game",
                                                 VC_SESSION_KIND_MEETING, jan));
  g_assert_null (vc_session_store_find_previous (fixture->store, "none",
                                                 VC_SESSION_KIND_MEETING, NULL));
}

static guint
search_count (VcSessionStore *store,
              VcSessionKind   kind,
              const char     *text,
              VcSession      *first)
{
  g_autoptr(GListModel) found = vc_session_store_search (store, kind, text);
  guint n = g_list_model_get_n_items (found);

  g_assert_true (g_list_model_get_item_type (found) == VC_TYPE_SESSION);
  if (first != NULL)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (found, 0);

      g_assert_true (session == first);
    }
  return n;
}

static void
test_store_search (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(VcSession) notes = session_at (VC_SESSION_KIND_MEETING, "a", "2026-01-01T10:00:00+01:00");
  g_autoptr(VcSession) pairs = session_at (VC_SESSION_KIND_MEETING, "b", "2026-02-01T10:00:00+01:00");
  g_autoptr(VcSession) answers = session_at (VC_SESSION_KIND_MEETING, "c", "2026-03-01T10:00:00+01:00");
  g_autoptr(VcSession) carry = session_at (VC_SESSION_KIND_MEETING, "d", "2026-04-01T10:00:00+01:00");
  g_autoptr(VcSession) alone = session_at (VC_SESSION_KIND_REFLECTION, "e", "2026-05-01T10:00:00+01:00");
  const char *items[] = { "Bring the ROTA", NULL };
  /* "é" written as e and a combining accent. */
  const char *decomposed = "Caf\x65\xcc\x81 talk";

  vc_session_set_deck_title (notes, "Arbetsplatsens dilemman");
  vc_session_set_notes (notes, "card", "VÄRDIGHET i vardagen");
  vc_session_add_pair (pairs, "w", "i", "Trygghet vid promenaden");
  vc_session_set_answer (answers, 1, "Självbestämmande");
  vc_session_set_carry_over (carry, items);
  vc_session_set_notes (alone, "card", "värdighet, för mig");
  vc_session_set_notes (alone, "other", decomposed);

  vc_session_store_add (fixture->store, notes);
  vc_session_store_add (fixture->store, pairs);
  vc_session_store_add (fixture->store, answers);
  vc_session_store_add (fixture->store, carry);
  vc_session_store_add (fixture->store, alone);

  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "", carry), ==, 4);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, NULL, carry), ==, 4);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "", alone), ==, 1);

  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "värdighet", notes), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "DILEMMAN", notes), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "trygghet", pairs), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "SJÄLV", answers), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "rota", carry), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "nowhere", NULL), ==, 0);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "VÄRDIGHET", alone), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "café", alone), ==, 1);
  /* Every session with an "e" in it, newest first. */
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "e", carry), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/store/default-dir", test_store_default_dir);

#define STORE_TEST(path, func) \
  g_test_add ("/session/store/" path, StoreFixture, NULL, store_setup, func, store_teardown)

  STORE_TEST ("save-and-load", test_store_save_and_load);
  STORE_TEST ("corrupt", test_store_corrupt);
  STORE_TEST ("autosave", test_store_autosave);
  STORE_TEST ("flush", test_store_flush);
  STORE_TEST ("save-failure", test_store_save_failure);
  STORE_TEST ("two-instances", test_store_two_instances);
  STORE_TEST ("path-not-utf8", test_store_path_not_utf8);
  STORE_TEST ("disk-full", test_store_disk_full);
  STORE_TEST ("remove-restore", test_store_remove_restore);
  STORE_TEST ("find-previous", test_store_find_previous);
  STORE_TEST ("search", test_store_search);

#undef STORE_TEST

  return g_test_run ();
}
