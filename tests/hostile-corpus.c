/* hostile-corpus.c
 *
 * The generated corpus of hostile decks, as the tests that open it see it:
 * its expected results, and a guard that ends a test before a deck that
 * is not yet handled can take the machine's memory with it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "hostile-corpus.h"

/**
 * vc_hostile_dir:
 *
 * Returns: (nullable): the folder the build wrote the corpus to
 */
const char *
vc_hostile_dir (void)
{
  const char *dir = g_getenv ("VC_HOSTILE_DIR");

  return dir != NULL && g_file_test (dir, G_FILE_TEST_IS_DIR) ? dir : NULL;
}

static void
hostile_case_free (VcHostileCase *c)
{
  g_free (c->file);
  g_free (c->path);
  g_free (c->test_name);
  g_strfreev (c->codes);
  g_free (c->json_path);
  g_free (c);
}

/* expected.tsv is UTF-8; file names that are not are written there with
 * \xNN escapes. */
static char *
unescape_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p; p++)
    {
      if (p[0] == '\\' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]))
        {
          g_string_append_c (out, (char)(g_ascii_xdigit_value (p[2]) * 16 + g_ascii_xdigit_value (p[3])));
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * vc_hostile_read_cases:
 * @dir: the corpus folder
 *
 * Returns: (transfer full) (element-type VcHostileCase): one case per
 *   line of expected.tsv
 */
GPtrArray *
vc_hostile_read_cases (const char *dir)
{
  static const char * const kinds[] = { "ok", "warning", "error", "count" };
  g_autofree char *expected = g_build_filename (dir, "expected.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func ((GDestroyNotify)hostile_case_free);

  if (!g_file_get_contents (expected, &contents, NULL, &error))
    g_error ("%s", error->message);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *name = NULL;
      VcHostileCase *c;
      gboolean known = FALSE;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 4)
        g_error ("expected.tsv, line %u: four fields expected", i + 1);

      c = g_new0 (VcHostileCase, 1);
      c->file = g_strdup (fields[0]);
      name = unescape_name (fields[0]);
      c->path = g_build_filename (dir, name, NULL);
      c->test_name = g_strdup (fields[0]);
      g_strcanon (c->test_name, G_CSET_A_2_Z G_CSET_a_2_z G_CSET_DIGITS "-_.", '_');
      c->codes = g_str_equal (fields[1], "-") ? NULL : g_strsplit (fields[1], "|", -1);
      c->json_path = g_str_equal (fields[2], "-") ? NULL : g_strdup (fields[2]);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (g_str_equal (fields[3], kinds[k]))
          {
            c->kind = k;
            known = TRUE;
          }
      if (!known)
        g_error ("expected.tsv, line %u: unknown kind %s", i + 1, fields[3]);

      g_ptr_array_add (cases, c);
    }

  return cases;
}

/**
 * vc_hostile_is_sanitized:
 *
 * Returns: whether the tests run in the AddressSanitizer build, which is
 *   slower and keeps freed memory for a while, so limits are wider
 */
gboolean
vc_hostile_is_sanitized (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
  return TRUE;
# endif
#endif
  return g_strcmp0 (g_getenv ("VC_TEST_SANITIZED"), "1") == 0;
}

static guint64
current_rss_mb (int fd)
{
  char buf[128];
  ssize_t n = pread (fd, buf, sizeof buf - 1, 0);
  unsigned long long size, resident;

  if (n <= 0)
    return 0;
  buf[n] = '\0';
  if (sscanf (buf, "%llu %llu", &size, &resident) != 2)
    return 0;

  return resident * (guint64)sysconf (_SC_PAGESIZE) / (1024 * 1024);
}

static gpointer
guard_thread (gpointer data)
{
  guint limit_mb = GPOINTER_TO_UINT (data);
  int fd = open ("/proc/self/statm", O_RDONLY | O_CLOEXEC);

  if (fd < 0)
    return NULL;

  for (;;)
    {
      guint64 rss = current_rss_mb (fd);

      if (rss > limit_mb)
        {
          char message[160];
          int len = g_snprintf (message, sizeof message,
                                "memory guard: the process reached %" G_GUINT64_FORMAT " MB, over the guard of %u MB\n",
                                rss, limit_mb);

          if (write (STDERR_FILENO, message, len) < 0)
            _exit (3);
          _exit (3);
        }
      g_usleep (2000);
    }

  return NULL;
}

/**
 * vc_hostile_guard_memory:
 * @limit_mb: resident memory at which the process ends
 *
 * A deck the app does not handle yet may make it decode gigabytes; this
 * ends the process first, so that a failing test does not take memory
 * from everything else on the machine. Call it in the process that loads.
 */
void
vc_hostile_guard_memory (guint limit_mb)
{
  g_thread_unref (g_thread_new ("memory-guard", guard_thread, GUINT_TO_POINTER (limit_mb)));
}

/**
 * vc_hostile_peak_rss_mb:
 *
 * Returns: the most memory this process has had resident, in MB
 */
guint64
vc_hostile_peak_rss_mb (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return 0;

  return (guint64)usage.ru_maxrss / 1024;
}
