/* bench-load.c
 *
 * Measures how long the deck loader takes on a 10,000-card deck, against json-glib parsing alone.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-deck.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

#define N_CARDS        10000
#define DEFAULT_ROUNDS 11
#define WARM_UP_ROUNDS 1
#define TARGET_RATIO   1.5

/* Exit status that tells meson the benchmark was skipped. */
#define EXIT_SKIP 77

static const char * const places[] = {
  "in the staff room", "on the night shift", "during a home visit",
  "at the weekly staff meeting", "in the corridor of the care home",
  "on the phone with a relative", "at the day centre", "in the kitchen",
};

static const char * const people[] = {
  "a resident", "a new colleague", "a temporary worker", "a daughter",
  "a neighbour", "the unit manager", "a student on placement", "a son",
};

static const char * const events[] = {
  "asks you to keep a secret about a fall",
  "refuses the medication for the third day in a row",
  "wants to go out alone although it is dark and icy",
  "tells a joke about a resident's illness",
  "asks to skip the shower and stay in bed all day",
  "gives you a present worth more than a box of chocolates",
  "complains that nobody listens at the meetings",
  "posts a photo from work on social media",
};

static const char * const tags[] = {
  "Respect", "Confidentiality", "Self-determination", "Safety",
  "Relatives", "Teamwork", "Dignity", "Honesty",
};

static const char * const questions[] = {
  "What would you do, and why?",
  "Whose wishes count most here?",
  "Where does encouragement end and pressure begin?",
  "What might lie behind this?",
  "How would you explain your choice to the family?",
  "What do our guidelines say, and do they help?",
  "What would you want if you were in their place?",
};

static const char * const options[] = {
  "Say nothing for now.",
  "Talk to the person in private.",
  "Bring it up at the next staff meeting.",
  "Ask the unit manager for advice.",
  "Write it down in the care record.",
};

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64)ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

static void
append_string_list (GString            *out,
                    const char         *name,
                    const char * const *items,
                    guint               n_items,
                    guint               first,
                    guint               count)
{
  g_string_append_printf (out, "\"%s\":[", name);
  for (guint i = 0; i < count; i++)
    g_string_append_printf (out, "%s\"%s\"", i ? "," : "", items[(first + i) % n_items]);
  g_string_append (out, "]");
}

/* A question, as plain text or with answer options. Every card gets its
 * own wording through its number, as real decks rarely repeat a string. */
static void
append_question (GString *out,
                 guint    card,
                 guint    index)
{
  const char *text = questions[(card + index) % G_N_ELEMENTS (questions)];

  if ((card + index) % 3 == 0)
    {
      g_string_append_printf (out, "{\"text\":\"%s (case %u)\",", text, card + 1);
      append_string_list (out, "options", options, G_N_ELEMENTS (options),
                          card + index, 2 + (card + index) % 3);
      g_string_append (out, "}");
    }
  else
    g_string_append_printf (out, "\"%s (case %u)\"", text, card + 1);
}

static void
append_dilemma (GString *out,
                guint    i)
{
  const char *place = places[i % G_N_ELEMENTS (places)];
  const char *person = people[(i / 3) % G_N_ELEMENTS (people)];
  const char *event = events[(i / 7) % G_N_ELEMENTS (events)];
  guint n_stages = i % 4 == 0 ? 2 : 1;
  guint n_questions = i % 5 == 4 ? 0 : 1 + i % 3;
  guint n_actions = n_questions == 0 || i % 4 == 1 ? 2 + i % 2 : 0;

  g_string_append_printf (out, "{\"id\":\"dilemma-%05u\",\"kind\":\"dilemma\","
                          "\"title\":\"Case %u: %s %s\",", i + 1, i + 1, person, event);
  if (i % 2 == 0)
    {
      append_string_list (out, "tags", tags, G_N_ELEMENTS (tags), i, 1 + i % 3);
      g_string_append (out, ",");
    }
  if (i % 3 == 0)
    g_string_append_printf (out, "\"minutes\":%u,", 10 + i % 20);
  if (i % 6 == 0)
    g_string_append_printf (out, "\"facilitator-notes\":\"Let everyone answer case %u "
                            "before anyone explains why.\",", i + 1);

  g_string_append_printf (out, "\"stages\":[\"It happens %s: %s %s. "
                          "You are the only one on duty who saw it (case %u).\"",
                          place, person, event, i + 1);
  if (n_stages > 1)
    g_string_append_printf (out, ",\"A week later it happens again, and this time "
                            "a colleague asks you what you did (case %u).\"", i + 1);
  g_string_append (out, "]");

  if (n_questions > 0)
    {
      g_string_append (out, ",\"questions\":[");
      for (guint q = 0; q < n_questions; q++)
        {
          if (q > 0)
            g_string_append (out, ",");
          append_question (out, i, q);
        }
      g_string_append (out, "]");
    }

  if (n_actions > 0)
    {
      g_string_append (out, ",\"actions\":[");
      for (guint a = 0; a < n_actions; a++)
        {
          g_string_append_printf (out, "%s{\"label\":\"%c\",\"text\":\"%s (case %u)\","
                                  "\"questions\":[", a ? "," : "", 'a' + a,
                                  options[(i + a) % G_N_ELEMENTS (options)], i + 1);
          append_question (out, i, a + 1);
          if (a % 2 == 0)
            {
              g_string_append (out, ",");
              append_question (out, i, a + 2);
            }
          g_string_append (out, "]}");
        }
      g_string_append (out, "]");
    }

  g_string_append (out, "}");
}

static char *
generate_deck (gsize *length)
{
  GString *out = g_string_sized_new (8 * 1024 * 1024);

  g_string_append (out,
                   "{\n"
                   "\"format-version\":1,\n"
                   "\"id\":\"org.example.bench-10000\",\n"
                   "\"version\":\"1.0\",\n"
                   "\"kind\":\"dilemmas\",\n"
                   "\"title\":\"Ten thousand dilemmas\",\n"
                   "\"subtitle\":\"A deck far larger than any real one\",\n"
                   "\"description\":\"Generated to measure how fast decks load.\",\n"
                   "\"source-language\":\"en\",\n"
                   "\"authors\":[\"The Value Cards developers\"],\n"
                   "\"license\":\"CC0-1.0\",\n"
                   "\"audience\":[\"staff-meeting\",\"reflection\"],\n"
                   "\"minutes-per-card\":15,\n"
                   "\"roles\":[{\"id\":\"coordinator\",\"name\":\"Coordinator\"},"
                   "{\"id\":\"timekeeper\",\"name\":\"Timekeeper\",\"description\":\"Keeps the time.\"}],\n"
                   "\"introduction\":{\"title\":\"Before we start\",\"purpose\":\"To learn from each other.\","
                   "\"ground-rules\":[\"Speak from your own experience.\",\"Let others finish.\"],"
                   "\"steps\":[{\"title\":\"Read the card\",\"text\":\"The coordinator reads it aloud.\"}]},\n"
                   "\"closing\":{\"id\":\"closing\",\"kind\":\"closing\",\"title\":\"Looking back\","
                   "\"questions\":[\"What will you take with you?\"]},\n"
                   "\"cards\":[\n");

  for (guint i = 0; i < N_CARDS; i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      append_dilemma (out, i);
    }

  g_string_append (out, "\n]\n}\n");

  *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
time_loader (GFile  *file,
             double *ms)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  gint64 start, end;

  start = now_ns ();
  deck = vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, &problems, &error);
  end = now_ns ();

  if (deck == NULL)
    {
      guint n = problems ? g_list_model_get_n_items (problems) : 0;

      g_printerr ("The loader rejected the generated deck: %s\n", error->message);
      for (guint i = 0; i < MIN (n, 20); i++)
        {
          g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
          const char *where = vc_deck_problem_get_path (problem);

          g_printerr ("  %s: %s\n", where ? where : "(file)",
                      vc_deck_problem_get_message (problem));
        }
      return FALSE;
    }

  if (vc_deck_get_n_cards (deck) != N_CARDS)
    {
      g_printerr ("The loader read %u cards instead of %u.\n",
                  vc_deck_get_n_cards (deck), N_CARDS);
      return FALSE;
    }

  /* Freeing the deck is not part of loading it. */
  *ms = (end - start) / 1e6;
  return TRUE;
}

/* The baseline: reading the file and building json-glib's tree, the least
 * any loader must do. The tree is freed inside the measurement because the
 * loader frees its own tree before it returns. */
static gboolean
time_json (const char *path,
           double     *ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  JsonParser *parser;
  gsize length;
  gint64 start, end;
  gboolean ok;

  start = now_ns ();
  ok = g_file_get_contents (path, &contents, &length, &error);
  if (ok)
    {
      parser = json_parser_new_immutable ();
      ok = json_parser_load_from_data (parser, contents, length, &error);
      g_object_unref (parser);
    }
  g_clear_pointer (&contents, g_free);
  end = now_ns ();

  if (!ok)
    {
      g_printerr ("json-glib could not read the generated deck: %s\n", error->message);
      return FALSE;
    }

  *ms = (end - start) / 1e6;
  return TRUE;
}

static void
skip (const char *reason)
{
  printf ("BENCH load skipped: %s\n", reason);
  fflush (stdout);
  exit (EXIT_SKIP);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *deck = NULL;
  g_autofree double *load_ms = NULL;
  g_autofree double *json_ms = NULL;
  g_autofree double *ratios = NULL;
  const char *env;
  gsize length;
  guint rounds = DEFAULT_ROUNDS;
  double ratio;
  int fd;

  env = g_getenv ("VC_BENCH_ROUNDS");
  if (argc > 1)
    env = argv[1];
  if (env != NULL)
    rounds = CLAMP (atoi (env), 1, 1000);

  deck = generate_deck (&length);
  fd = g_file_open_tmp ("value-cards-bench-XXXXXX.vcdeck", &path, &error);
  if (fd < 0)
    skip ("cannot create a temporary file");
  close (fd);
  if (!g_file_set_contents (path, deck, length, &error))
    {
      g_printerr ("%s\n", error->message);
      g_unlink (path);
      skip ("cannot write the generated deck");
    }
  g_clear_pointer (&deck, g_free);
  file = g_file_new_for_path (path);

  g_printerr ("Generated a deck of %u cards, %.1f MiB; %u rounds after %u warm-up.\n",
              N_CARDS, length / (1024.0 * 1024.0), rounds, WARM_UP_ROUNDS);

  load_ms = g_new0 (double, rounds);
  json_ms = g_new0 (double, rounds);
  ratios = g_new0 (double, rounds);

  /* The two are measured turn about, so that anything else the machine is
   * doing meanwhile weighs on both alike. */
  for (guint i = 0; i < WARM_UP_ROUNDS + rounds; i++)
    {
      double a, b;

      if (!time_loader (file, &a) || !time_json (path, &b))
        {
          g_unlink (path);
          skip ("the generated deck could not be loaded");
        }

      if (i >= WARM_UP_ROUNDS)
        {
          guint r = i - WARM_UP_ROUNDS;

          load_ms[r] = a;
          json_ms[r] = b;
          ratios[r] = a / b;
          g_printerr ("round %2u: loader %8.2f ms, json-glib %8.2f ms, ratio %.3f\n",
                      r + 1, a, b, a / b);
        }
    }

  g_unlink (path);

  ratio = median (ratios, rounds);
  printf ("BENCH load-median %.1f ms\n", median (load_ms, rounds));
  printf ("BENCH load-json-median %.1f ms\n", median (json_ms, rounds));
  printf ("BENCH load-ratio %.2f x\n", ratio);
  printf ("BENCH load-cards %u cards\n", N_CARDS);
  fflush (stdout);

  if (ratio > TARGET_RATIO)
    g_printerr ("The loader takes more than %.1f times as long as json-glib alone.\n",
                TARGET_RATIO);

  return EXIT_SUCCESS;
}
