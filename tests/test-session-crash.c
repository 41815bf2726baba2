/* test-session-crash.c
 *
 * Kills a process that saves a session over and over at random moments,
 * and checks after every kill that the session on disk is whole: there,
 * readable, never older than before, and without temporary files piling up.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-session.h"

#define N_KILLS 200

/* Generous, for a slow machine under a sanitizer; a healthy child is ready
 * in a few tens of milliseconds. */
#define READY_TIMEOUT_MS 10000

typedef struct
{
  char   *id;
  guint   stage;
  guint   n_other;
  gsize   size;
} DirState;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/* Reads the folder as the next start of the app would. */
static void
inspect (const char *dir,
         DirState   *state)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_sessions = 0;

  memset (state, 0, sizeof *state);
  d = g_dir_open (dir, 0, &error);
  if (d == NULL && g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return;
  g_assert_no_error (error);

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(JsonParser) parser = NULL;
      g_autoptr(VcSession) session = NULL;
      g_autofree char *contents = NULL;
      gsize len;

      /* Nothing is ever found damaged and set aside. */
      g_assert_null (strstr (name, "corrupt"));

      if (!g_str_has_suffix (name, ".json"))
        {
          state->n_other++;
          continue;
        }

      n_sessions++;
      g_file_get_contents (path, &contents, &len, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (len, >, 0);

      parser = json_parser_new ();
      json_parser_load_from_data (parser, contents, len, &error);
      g_assert_no_error (error);
      session = vc_session_new_from_json (json_parser_get_root (parser), &error);
      g_assert_no_error (error);
      g_assert_nonnull (session);

      state->id = g_strdup (vc_session_get_id (session));
      state->stage = vc_session_get_current_stage (session);
      state->size = len;
    }

  g_assert_cmpuint (n_sessions, <=, 1);
}

/* Waits for the child to say it has saved once, or for it to die. */
static gboolean
wait_ready (int fd)
{
  struct pollfd pfd = { fd, POLLIN, 0 };
  char c;
  int r;

  do
    r = poll (&pfd, 1, READY_TIMEOUT_MS);
  while (r < 0 && errno == EINTR);

  g_assert_cmpint (r, ==, 1);
  return read (fd, &c, 1) == 1;
}

static void
test_crash (void)
{
  const char *child = g_getenv ("VC_SESSION_CRASH_CHILD");
  g_autoptr(GError) error = NULL;
  g_autofree char *top = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *first_id = NULL;
  gboolean saved_once = FALSE;
  guint last_stage = 0;
  guint n_mid_write = 0;
  guint max_other = 0;
  gsize max_size = 0;
  gint64 start = g_get_monotonic_time ();

  if (child == NULL)
    {
      g_test_skip ("VC_SESSION_CRASH_CHILD is not set");
      return;
    }

  top = g_dir_make_tmp ("vc-crash-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (top, "sessions", NULL);

  for (guint i = 0; i < N_KILLS; i++)
    {
      const char *argv[] = { child, dir, NULL };
      DirState state;
      GPid pid;
      int out = -1;
      int status = 0;
      gboolean ready;

      g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out, NULL, &error);
      g_assert_no_error (error);

      /* Mostly in the middle of saving; one time in eight while it is
       * still starting up and cleaning the folder. */
      if (g_test_rand_int_range (0, 8) == 0)
        {
          g_usleep (g_test_rand_int_range (0, 5000));
          ready = FALSE;
        }
      else
        {
          ready = wait_ready (out);
          g_usleep (g_test_rand_int_range (0, 15000));
        }

      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      close (out);

      /* Killed, not ended on its own with an error. */
      if (!WIFSIGNALED (status))
        g_error ("the child ended by itself (status %d) at kill %u", status, i);

      saved_once = saved_once || ready;
      inspect (dir, &state);

      if (saved_once)
        {
          /* There, whole, the same session, and never older. */
          g_assert_nonnull (state.id);
          if (first_id == NULL)
            first_id = g_strdup (state.id);
          g_assert_cmpstr (state.id, ==, first_id);
          g_assert_cmpuint (state.stage, >=, last_stage);
          last_stage = state.stage;
        }

      /* A kill during a write leaves one temporary file, which the next
       * start removes: never more than a couple at a time. */
      if (state.n_other > 0)
        n_mid_write++;
      max_other = MAX (max_other, state.n_other);
      g_assert_cmpuint (state.n_other, <=, 2);
      max_size = MAX (max_size, state.size);

      g_free (state.id);
    }

  g_test_message ("%u kills in %.1f s: %u saves in all, %u caught mid-write, "
                  "at most %u temporary files, file up to %" G_GSIZE_FORMAT " bytes",
                  N_KILLS, (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC,
                  last_stage, n_mid_write, max_other, max_size);
  g_assert_true (saved_once);
  g_assert_cmpuint (last_stage, >, 0);

  remove_tree (dir);
  g_rmdir (top);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/crash/kill-while-saving", test_crash);

  return g_test_run ();
}
