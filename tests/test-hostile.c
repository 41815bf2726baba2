/* test-hostile.c
 *
 * Every deck of the generated hostile corpus, loaded as the app loads it:
 * each in a process of its own, which must not crash, must finish within
 * seconds and a few hundred MB, and must report what expected.tsv says.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "hostile-corpus.h"
#include "vc-deck-enums.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

/* What the issue allows a deck, however it is made. The sanitizer build
 * runs two to three times slower and keeps freed memory in quarantine, so
 * it gets three times the time and twice the memory. */
#define MAX_SECONDS   5
#define MAX_RSS_MB    500
#define GUARD_RSS_MB  2000

/* A message as it can be shown in a log: control characters as escapes. */
static char *
printable (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup (text ? "(not UTF-8)" : "(null)");

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
describe_problems (GListModel *problems)
{
  GString *str = g_string_new (NULL);
  guint n = problems ? g_list_model_get_n_items (problems) : 0;

  for (guint i = 0; i < MIN (n, 12); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *shown = printable (vc_deck_problem_get_message (problem));

      g_string_append_printf (str, "  %s %s at %s: %.200s\n",
                              vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR ? "error" : "warning",
                              vc_deck_error_get_nick (vc_deck_problem_get_code (problem)),
                              vc_deck_problem_get_path (problem) ? vc_deck_problem_get_path (problem) : "-",
                              shown);
    }
  if (n > 12)
    g_string_append_printf (str, "  … %u problems in all\n", n);

  return g_string_free (str, FALSE);
}

static gboolean
has_expected (const VcHostileCase *c,
              GListModel          *problems,
              VcDeckSeverity       severity)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (VC_TYPE_DECK_ERROR);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_severity (problem) != severity)
        continue;
      if (c->json_path != NULL && g_strcmp0 (vc_deck_problem_get_path (problem), c->json_path) != 0)
        continue;
      for (guint j = 0; c->codes != NULL && c->codes[j] != NULL; j++)
        {
          GEnumValue *code = g_enum_get_value_by_nick (klass, c->codes[j]);

          if (code == NULL)
            g_error ("%s: unknown code %s in expected.tsv", c->file, c->codes[j]);
          if ((int)vc_deck_problem_get_code (problem) == code->value)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whatever a deck holds, what is shown of its problems is text. */
static void
assert_problems_are_text (GListModel *problems)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
      const char *message = vc_deck_problem_get_message (problem);
      const char *hint = vc_deck_problem_get_hint (problem);
      const char *path = vc_deck_problem_get_path (problem);

      g_assert_nonnull (message);
      g_assert_cmpstr (message, !=, "");
      g_assert_true (g_utf8_validate (message, -1, NULL));
      g_assert_true (hint == NULL || g_utf8_validate (hint, -1, NULL));
      g_assert_true (path == NULL || g_utf8_validate (path, -1, NULL));
    }
}

static void
load_in_child (const VcHostileCase *c)
{
  gboolean sanitized = vc_hostile_is_sanitized ();
  double max_seconds = MAX_SECONDS * (sanitized ? 3 : 1);
  guint64 max_rss = MAX_RSS_MB * (sanitized ? 2 : 1);
  g_autoptr(GFile) file = g_file_new_for_path (c->path);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *described = NULL;
  gint64 start;
  double seconds;
  guint64 rss;
  guint n_errors;

  vc_hostile_guard_memory (GUARD_RSS_MB * (sanitized ? 2 : 1));

  start = g_get_monotonic_time ();
  deck = vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, &problems, &error);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  rss = vc_hostile_peak_rss_mb ();

  g_assert_nonnull (problems);
  described = describe_problems (problems);
  n_errors = vc_deck_problems_count (problems, VC_DECK_SEVERITY_ERROR);
  g_printerr ("%s: %.2f s, peak %" G_GUINT64_FORMAT " MB, %u problems, %s\n%s",
              c->file, seconds, rss, g_list_model_get_n_items (problems),
              deck != NULL ? "opened" : "refused", described);

  g_assert_cmpfloat (seconds, <, max_seconds);
  g_assert_cmpuint (rss, <, max_rss);
  assert_problems_are_text (problems);

  switch (c->kind)
    {
    case VC_HOSTILE_OK:
    case VC_HOSTILE_WARNING:
      g_assert_no_error (error);
      g_assert_nonnull (deck);
      g_assert_cmpuint (n_errors, ==, 0);
      g_assert_true (g_utf8_validate (vc_deck_get_title (deck), -1, NULL));
      if (c->kind == VC_HOSTILE_WARNING && !has_expected (c, problems, VC_DECK_SEVERITY_WARNING))
        g_error ("%s: expected the warning %s at %s", c->file,
                 c->codes[0], c->json_path ? c->json_path : "-");
      break;

    case VC_HOSTILE_ERROR:
      g_assert_null (deck);
      g_assert_error (error, VC_DECK_ERROR, error->code);
      if (!has_expected (c, problems, VC_DECK_SEVERITY_ERROR))
        g_error ("%s: expected the error %s at %s", c->file,
                 c->codes[0], c->json_path ? c->json_path : "-");
      break;

    case VC_HOSTILE_COUNT:
      g_assert_null (deck);
      g_assert_nonnull (error);
      g_assert_cmpuint (n_errors, >, 0);
      /* The first ones, and one entry that counts the rest. */
      g_assert_cmpuint (g_list_model_get_n_items (problems), >=, VC_DECK_MAX_PROBLEMS);
      g_assert_cmpuint (g_list_model_get_n_items (problems), <=, VC_DECK_MAX_PROBLEMS + 2);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_hostile_deck (gconstpointer data)
{
  const VcHostileCase *c = data;

  if (g_test_subprocess ())
    {
      load_in_child (c);
      return;
    }

  /* In a process of its own, so that a crash fails this deck alone and
   * says how the process ended. */
  g_test_trap_subprocess (NULL, (vc_hostile_is_sanitized () ? 180 : 60) * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  /* A failure here leaves the next decks to be tried. */
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s: the process that loaded it failed (see its output above)", c->file);
}

static void
skip_without_corpus (void)
{
  g_test_skip ("The hostile corpus was not generated: VC_HOSTILE_DIR names no folder");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  const char *dir;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* One deck failing must not keep the others from being tried; inside
   * each deck's own process, the first failed check ends it. */
  if (!g_test_subprocess ())
    g_test_set_nonfatal_assertions ();

  dir = vc_hostile_dir ();
  if (dir == NULL)
    {
      g_test_add_func ("/hostile/deck/corpus", skip_without_corpus);
      return g_test_run ();
    }

  cases = vc_hostile_read_cases (dir);
  g_assert_cmpuint (cases->len, >=, 30);
  for (guint i = 0; i < cases->len; i++)
    {
      VcHostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strconcat ("/hostile/deck/", c->test_name, NULL);

      g_test_add_data_func (name, c, test_hostile_deck);
    }

  return g_test_run ();
}
