/* bench-worst-deck.c
 *
 * The worst deck that is still legal: every limit reached at once, within
 * the largest file a deck may be. Measures how long checking it takes and
 * how much memory it needs, as the deck tool validates it and as the app
 * opens it for a Swedish user (which also reads and applies a catalog).
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

#include <glib.h>
#include <glib/gstdio.h>

#include "vc-deck.h"
#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

#define ROUNDS          3
#define MAX_SECONDS     10.0
#define MAX_RSS_MB      400.0
#define N_LANGUAGES     3
#define FILE_MARGIN     4096

/* Exit status that tells meson the benchmark was skipped. */
#define EXIT_SKIP 77

static const char * const languages[N_LANGUAGES] = { "sv", "fi", "nb" };

static const char * const sentences[] = {
  "A resident asks you to keep a fall secret from the family",
  "A colleague posts a photo from work on social media",
  "The night shift is one person short again",
  "A relative wants to know what the doctor said",
  "A new colleague does not speak up at the meeting",
  "The manager asks you to cover a shift at short notice",
  "A resident refuses the shower for the third day",
  "Someone jokes about a resident's illness in the staff room",
};

/* A translatable string: written into the deck, and remembered for the
 * catalogs until they are full. */
static void
append_text (GString    *out,
             GHashTable *strings,
             GPtrArray  *order,
             const char *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
append_text (GString    *out,
             GHashTable *strings,
             GPtrArray  *order,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append_c (out, '"');
  g_string_append (out, text);
  g_string_append_c (out, '"');

  if (order->len < VC_DECK_MAX_CATALOG_ENTRIES && !g_hash_table_contains (strings, text))
    {
      char *copy = g_strdup (text);

      g_hash_table_add (strings, copy);
      g_ptr_array_add (order, copy);
    }
}

/* A small SVG of its own for each picture: a gradient, a few shapes and a
 * light blur, as real illustrations have. */
static char *
picture_uri (guint i)
{
  g_autofree char *svg = g_strdup_printf (
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\" viewBox=\"0 0 400 300\">"
    "<defs><linearGradient id=\"g\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"#%06x\"/>"
    "<stop offset=\"1\" stop-color=\"#%06x\"/></linearGradient>"
    "<filter id=\"b\"><feGaussianBlur stdDeviation=\"2\"/></filter></defs>"
    "<rect width=\"400\" height=\"300\" fill=\"url(#g)\"/>"
    "<circle cx=\"%u\" cy=\"150\" r=\"60\" fill=\"#fff\" opacity=\"0.6\" filter=\"url(#b)\"/>"
    "<path d=\"M20 280 Q200 %u 380 280 Z\" fill=\"#2a4d69\"/></svg>",
    (0x3a6ea5 + i * 0x010203) & 0xffffff, (0xc0d6df + i * 0x030201) & 0xffffff,
    100 + i * 2, 120 + i);
  g_autofree char *base64 = g_base64_encode ((const guchar *)svg, strlen (svg));

  return g_strconcat ("data:image/svg+xml;base64,", base64, NULL);
}

/* As many cards as the limit allows, or as fit in the largest file. */
static guint n_cards = VC_DECK_MAX_CARDS;

static void
append_cards (GString    *out,
              GHashTable *strings,
              GPtrArray  *order,
              guint       n_options)
{
  g_string_append (out, "\"cards\":[");
  for (guint c = 0; c < n_cards; c++)
    {
      const char *sentence = sentences[c % G_N_ELEMENTS (sentences)];

      if (c > 0)
        g_string_append_c (out, ',');
      g_string_append_printf (out, "{\"id\":\"case-%04u\",\"kind\":\"dilemma\",\"title\":", c);
      append_text (out, strings, order, "Case %u: %s", c + 1, sentence);
      g_string_append (out, ",\"tags\":[");
      for (guint t = 0; t < 5; t++)
        {
          if (t > 0)
            g_string_append_c (out, ',');
          append_text (out, strings, order, "Tag %u", (c + t) % 40);
        }
      g_string_append (out, "],\"facilitator-notes\":");
      append_text (out, strings, order, "Let everyone answer case %u before anyone explains why.", c + 1);
      g_string_append (out, ",\"stages\":[");
      append_text (out, strings, order, "It happens on a Tuesday: %s (case %u).", sentence, c + 1);
      g_string_append_c (out, ',');
      append_text (out, strings, order, "A week later it happens again (case %u).", c + 1);
      g_string_append (out, "],\"questions\":[");
      for (guint q = 0; q < 4; q++)
        {
          if (q > 0)
            g_string_append_c (out, ',');
          g_string_append (out, "{\"text\":");
          append_text (out, strings, order, "What would you do in case %u, step %u?", c + 1, q + 1);
          g_string_append (out, ",\"options\":[");
          for (guint o = 0; o < n_options; o++)
            {
              if (o > 0)
                g_string_append_c (out, ',');
              append_text (out, strings, order, "Option %u", o + 1);
            }
          g_string_append (out, "]}");
        }
      g_string_append (out, "],\"actions\":[");
      for (guint a = 0; a < 2; a++)
        {
          if (a > 0)
            g_string_append_c (out, ',');
          g_string_append_printf (out, "{\"label\":\"%c\",\"text\":", 'a' + a);
          append_text (out, strings, order, "Talk to the person in private (case %u, %c).", c + 1, 'a' + a);
          g_string_append (out, ",\"questions\":[");
          append_text (out, strings, order, "What happens next in case %u?", c + 1);
          g_string_append (out, "]}");
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* A compiled catalog that translates every string it has room for, in
 * the order msgfmt writes: sorted by msgid. */
static char *
catalog_uri (GPtrArray  *order,
             const char *language)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GByteArray) mo = g_byte_array_new ();
  g_autoptr(GString) strings = g_string_new (NULL);
  g_autofree guint32 *lengths = NULL;
  g_autofree guint32 *offsets = NULL;
  g_autofree char *base64 = NULL;
  guint n;
  guint32 header[7];
  gsize data_start;

  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (order, i));
  g_ptr_array_sort (sorted, compare_strings);
  n = sorted->len;

  lengths = g_new (guint32, 2 * n);
  offsets = g_new (guint32, 2 * n);
  data_start = sizeof header + 16 * (gsize)n;
  for (guint i = 0; i < 2 * n; i++)
    {
      const char *msgid = g_ptr_array_index (sorted, i % n);
      gsize before = strings->len;

      if (i < n)
        g_string_append (strings, msgid);
      else
        g_string_append_printf (strings, "[%s] %s", language, msgid);
      lengths[i] = strings->len - before;
      offsets[i] = data_start + before;
      g_string_append_c (strings, '\0');
    }

  header[0] = GUINT32_TO_LE (0x950412de);
  header[1] = 0;
  header[2] = GUINT32_TO_LE (n);
  header[3] = GUINT32_TO_LE (sizeof header);
  header[4] = GUINT32_TO_LE (sizeof header + 8 * n);
  header[5] = 0;
  header[6] = 0;
  g_byte_array_append (mo, (const guint8 *)header, sizeof header);
  for (guint i = 0; i < 2 * n; i++)
    {
      guint32 pair[2] = { GUINT32_TO_LE (lengths[i]), GUINT32_TO_LE (offsets[i]) };

      g_byte_array_append (mo, (const guint8 *)pair, sizeof pair);
    }
  g_byte_array_append (mo, (const guint8 *)strings->str, strings->len);

  base64 = g_base64_encode (mo->data, mo->len);
  return g_strconcat ("data:application/x-gettext-translation;base64,", base64, NULL);
}

static GString *
generate_deck (guint n_options)
{
  g_autoptr(GHashTable) strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GString) cards = g_string_new (NULL);
  GString *out = g_string_sized_new (VC_DECK_MAX_FILE_SIZE);

  g_string_append (out,
                   "{\"format-version\":1,\"id\":\"org.example.worst-legal-deck\",\"version\":\"1.0\","
                   "\"kind\":\"values-game\",\"source-language\":\"en\","
                   "\"authors\":[\"The Value Cards benchmarks\"],\"license\":\"CC0-1.0\","
                   "\"audience\":[\"staff-meeting\",\"reflection\"],\"title\":");
  append_text (out, strings, order, "The worst legal deck");
  g_string_append (out, ",\"description\":");
  append_text (out, strings, order, "Every limit reached at once, to measure what checking a deck can cost.");
  g_string_append (out, ",\"values-game\":{\"instructions\":");
  append_text (out, strings, order, "Choose a word and a picture that belong together.");
  g_string_append (out, ",\"words\":[");
  for (guint i = 0; i < VC_DECK_MAX_ITEMS; i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"word-%03u\",\"word\":", i ? "," : "", i);
      append_text (out, strings, order, "Value word %u", i + 1);
      g_string_append (out, ",\"definition\":");
      append_text (out, strings, order, "What value word %u means when we meet the people we care for, "
                   "said so that everyone in the room can agree on it.", i + 1);
      g_string_append (out, "}");
    }
  g_string_append (out, "],\"images\":[");
  for (guint i = 0; i < VC_DECK_MAX_ITEMS; i++)
    {
      g_autofree char *uri = picture_uri (i);

      g_string_append_printf (out, "%s{\"id\":\"picture-%03u\",\"file\":\"%s\",\"alt\":", i ? "," : "", i, uri);
      append_text (out, strings, order, "Picture %u: a hill under a sky", i + 1);
      g_string_append (out, "}");
    }
  g_string_append (out, "]},");

  append_cards (cards, strings, order, n_options);

  g_string_append (out, "\"translations\":{");
  for (guint i = 0; i < N_LANGUAGES; i++)
    {
      g_autofree char *uri = catalog_uri (order, languages[i]);

      g_string_append_printf (out, "%s\"%s\":\"%s\"", i ? "," : "", languages[i], uri);
    }
  g_string_append (out, "},");
  g_string_append_len (out, cards->str, cards->len);
  g_string_append (out, "}\n");

  return out;
}

static void
skip (const char *reason)
{
  printf ("BENCH validate-worst-deck skipped: %s\n", reason);
  fflush (stdout);
  exit (EXIT_SKIP);
}

static guint64
current_rss_kb (void)
{
  g_autofree char *statm = NULL;
  unsigned long long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%llu %llu", &size, &resident);

  return resident * (guint64)sysconf (_SC_PAGESIZE) / 1024;
}

/* In a process of its own, so that its peak memory is the loading's
 * alone: prints the seconds and the peak growth in MB. */
static int
load_once (const char *path,
           gboolean    open_as_app)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  struct rusage usage;
  guint64 before;
  gint64 start, end;

  if (open_as_app)
    g_setenv ("LANGUAGE", "sv", TRUE);

  guint n_other;

  before = current_rss_kb ();
  start = g_get_monotonic_time ();
  deck = vc_deck_load_file (file, open_as_app ? VC_DECK_LOAD_DEFAULT : VC_DECK_LOAD_NO_TRANSLATE,
                            &problems, &error);
  end = g_get_monotonic_time ();
  getrusage (RUSAGE_SELF, &usage);

  /* A hundred pictures reach the time the loader gives one deck's
   * pictures; those it stops drawing are warnings, and the deck opens. */
  n_other = 0;
  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_code (problem) != VC_DECK_ERROR_IMAGE_TOO_COMPLEX)
        n_other++;
    }

  if (deck == NULL || n_other > 0)
    {
      guint n = problems ? g_list_model_get_n_items (problems) : 0;

      g_printerr ("The generated deck is not clean: %s\n", error ? error->message : "warnings");
      for (guint i = 0; i < MIN (n, 10); i++)
        {
          g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

          g_printerr ("  %s: %s\n", vc_deck_problem_get_path (problem) ? vc_deck_problem_get_path (problem) : "-",
                      vc_deck_problem_get_message (problem));
        }
      return 2;
    }
  if (vc_deck_get_n_cards (deck) == 0 || vc_deck_get_n_cards (deck) > VC_DECK_MAX_CARDS)
    {
      g_printerr ("The loader read %u cards, not 1 to %u.\n", vc_deck_get_n_cards (deck), VC_DECK_MAX_CARDS);
      return 2;
    }

  /* Opened in Swedish, the deck's own catalog must have been applied, or
   * the work of translating would not have been measured. */
  if (open_as_app && !g_str_has_prefix (vc_deck_get_title (deck), "[sv] "))
    {
      g_printerr ("The deck's Swedish catalog was not applied: “%s”.\n", vc_deck_get_title (deck));
      return 2;
    }

  printf ("%.3f %.1f\n", (end - start) / (double)G_USEC_PER_SEC,
          ((double)usage.ru_maxrss - (double)before) / 1024.0);
  return 0;
}

static gboolean
measure (const char *self,
         const char *mode,
         const char *path,
         double     *seconds,
         double     *rss_mb)
{
  const char *argv[] = { self, mode, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                     NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      sscanf (out, "%lf %lf", seconds, rss_mb) != 2)
    {
      g_printerr ("Loading the deck failed: %s\n", error ? error->message : out);
      return FALSE;
    }

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *self = NULL;
  GString *deck = NULL;
  double validate_s[ROUNDS], open_s[ROUNDS];
  double validate_rss = 0, open_rss = 0;
  guint n_options;
  gboolean ok = TRUE;
  int fd;

  if (argc == 3 && (g_str_equal (argv[1], "--validate") || g_str_equal (argv[1], "--open")))
    return load_once (argv[2], g_str_equal (argv[1], "--open"));

  /* As many answer options as still fit: the most items of all. The
   * size grows with them, so the largest that fits is searched for. */
  /* First as many cards as fit with the fewest options, then as many
   * options as still fit with those cards. */
  {
    guint low = 1, high = VC_DECK_MAX_CARDS;

    while (low < high)
      {
        guint mid = (low + high + 1) / 2;
        GString *attempt;

        n_cards = mid;
        attempt = generate_deck (2);
        if (attempt->len <= VC_DECK_MAX_FILE_SIZE - FILE_MARGIN)
          low = mid;
        else
          high = mid - 1;
        g_string_free (attempt, TRUE);
      }
    n_cards = low;
  }
  {
    guint low = 2, high = VC_DECK_MAX_ITEMS;

    while (low < high)
      {
        guint mid = (low + high + 1) / 2;
        GString *attempt = generate_deck (mid);

        if (attempt->len <= VC_DECK_MAX_FILE_SIZE - FILE_MARGIN)
          low = mid;
        else
          high = mid - 1;
        g_string_free (attempt, TRUE);
      }
    n_options = low;
    deck = generate_deck (n_options);
    if (deck->len > VC_DECK_MAX_FILE_SIZE - FILE_MARGIN)
      skip ("no deck within the limits could be built");
  }

  fd = g_file_open_tmp ("value-cards-worst-XXXXXX.vcdeck", &path, &error);
  if (fd < 0)
    skip ("cannot create a temporary file");
  close (fd);
  if (!g_file_set_contents (path, deck->str, deck->len, &error))
    {
      g_unlink (path);
      skip ("cannot write the generated deck");
    }
  g_printerr ("Generated the worst legal deck: %.2f MiB, %u cards with %u options to each question, "
              "%u words, %u pictures, %u catalogs.\n",
              deck->len / (1024.0 * 1024.0), n_cards, n_options,
              VC_DECK_MAX_ITEMS, VC_DECK_MAX_ITEMS, N_LANGUAGES);
  g_string_free (deck, TRUE);

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  for (guint i = 0; i < ROUNDS && ok; i++)
    {
      double rss_v = 0, rss_o = 0;

      ok = measure (self, "--validate", path, &validate_s[i], &rss_v) &&
           measure (self, "--open", path, &open_s[i], &rss_o);
      validate_rss = MAX (validate_rss, rss_v);
      open_rss = MAX (open_rss, rss_o);
      if (ok)
        g_printerr ("round %u: validate %.2f s, open in Swedish %.2f s\n", i + 1, validate_s[i], open_s[i]);
    }
  g_unlink (path);
  if (!ok)
    return EXIT_FAILURE;

  qsort (validate_s, ROUNDS, sizeof (double), compare_doubles);
  qsort (open_s, ROUNDS, sizeof (double), compare_doubles);

  /* Memory is the growth of the peak over what the process had before it
   * loaded, in a process that did nothing else. */
  printf ("BENCH validate-worst-deck-seconds %.2f s\n", validate_s[ROUNDS / 2]);
  printf ("BENCH validate-worst-deck-rss %.0f MB\n", validate_rss);
  printf ("BENCH open-worst-deck-seconds %.2f s\n", open_s[ROUNDS / 2]);
  printf ("BENCH open-worst-deck-rss %.0f MB\n", open_rss);
  fflush (stdout);

  if (validate_s[ROUNDS / 2] > MAX_SECONDS || open_s[ROUNDS / 2] > MAX_SECONDS)
    {
      g_printerr ("Checking the worst legal deck takes more than %.0f s.\n", MAX_SECONDS);
      ok = FALSE;
    }
  if (validate_rss > MAX_RSS_MB || open_rss > MAX_RSS_MB)
    {
      g_printerr ("Checking the worst legal deck needs more than %.0f MB.\n", MAX_RSS_MB);
      ok = FALSE;
    }

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
