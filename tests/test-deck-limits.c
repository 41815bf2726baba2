/* test-deck-limits.c
 *
 * Tests for the limits that keep a hostile deck from costing much: embedded
 * catalogs, translation domains, counts, problems and text lengths.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck.h"
#include "vc-deck-enums.h"
#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"

/* A small valid deck; a test adds members in between. */
static const char *deck_head =
  "{\n"
  "  \"format-version\": 1,\n"
  "  \"id\": \"org.example.limits\",\n"
  "  \"version\": \"1.0\",\n"
  "  \"kind\": \"questions\",\n"
  "  \"title\": \"Limits\",\n"
  "  \"source-language\": \"en\",\n"
  "  \"authors\": [\"Someone\"],\n"
  "  \"license\": \"CC0-1.0\",\n"
  "  \"audience\": [\"staff-meeting\"],\n";
static const char *deck_tail =
  "  \"cards\": [\n"
  "    { \"id\": \"one\", \"kind\": \"question\", \"text\": \"What went well?\" }\n"
  "  ]\n"
  "}\n";

static VcDeck *
load_with (const char       *members,
           VcDeckLoadFlags   flags,
           GListModel      **problems,
           GError          **error)
{
  g_autofree char *json = g_strconcat (deck_head, members, deck_tail, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return vc_deck_load_bytes (bytes, NULL, flags, problems, error);
}

static VcDeckProblem *
find_problem (GListModel  *problems,
              VcDeckError  code,
              const char  *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_code (problem) == code &&
          g_strcmp0 (vc_deck_problem_get_path (problem), path) == 0)
        return problem;
    }

  return NULL;
}

static void
put_u32 (GByteArray *array,
         gsize       offset,
         guint32     value)
{
  memcpy (array->data + offset, &value, sizeof value);
}

/* A little-endian .mo file with @n entries "msgid N" -> "msgstr N", built as
 * msgfmt does, or, when @shared, with every translation pointing at one
 * string. @first_id and @first_str, when given, replace the first entry. */
static GBytes *
build_mo (guint32     n,
          gboolean    shared,
          const char *first_id,
          const char *first_str)
{
  GByteArray *array = g_byte_array_new ();
  gsize originals = 28, translations = 28 + (gsize)n * 8;
  gsize shared_offset = 0;

  g_byte_array_set_size (array, 28 + (gsize)n * 16);
  memset (array->data, 0, array->len);
  put_u32 (array, 0, 0x950412de);
  put_u32 (array, 8, n);
  put_u32 (array, 12, originals);
  put_u32 (array, 16, translations);

  for (guint32 i = 0; i < 2 * n; i++)
    {
      gboolean is_id = i < n;
      guint32 index = is_id ? i : i - n;
      g_autofree char *text = NULL;
      gsize table = is_id ? originals : translations;

      if (index == 0 && is_id && first_id != NULL)
        text = g_strdup (first_id);
      else if (index == 0 && !is_id && first_str != NULL)
        text = g_strdup (first_str);
      else
        text = g_strdup_printf (is_id ? "msgid %u" : "msgstr %u", index);

      if (!is_id && shared && index > 0)
        {
          put_u32 (array, table + index * 8, strlen ("msgstr 0"));
          put_u32 (array, table + index * 8 + 4, shared_offset);
          continue;
        }

      put_u32 (array, table + index * 8, strlen (text));
      put_u32 (array, table + index * 8 + 4, array->len);
      if (!is_id && index == 0)
        shared_offset = array->len;
      g_byte_array_append (array, (const guint8 *)text, strlen (text) + 1);
    }

  return g_byte_array_free_to_bytes (array);
}

static char *
translations_member (const char *lang,
                     GBytes     *mo)
{
  g_autofree char *base64 = g_base64_encode (g_bytes_get_data (mo, NULL), g_bytes_get_size (mo));

  return g_strdup_printf ("  \"translations\": { \"%s\": \"data:application/x-gettext-translation;base64,%s\" },\n",
                          lang, base64);
}

static void
test_catalog_builder (void)
{
  g_autoptr(GBytes) mo = build_mo (3, FALSE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = vc_catalog_new_from_bytes (mo, &error);

  /* The helper makes catalogs the reader accepts, so the refusals below are
   * about what each test changes. */
  g_assert_no_error (error);
  g_assert_cmpstr (vc_catalog_lookup (catalog, "msgid 2"), ==, "msgstr 2");
}

static void
test_catalog_shared (void)
{
  g_autoptr(GBytes) mo = build_mo (1000, TRUE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = NULL;

  g_assert_false (vc_catalog_check (mo, "sv", &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID);
  g_assert_nonnull (strstr (error->message, "“sv”"));
  g_assert_nonnull (strstr (error->message, "overlap"));
  g_clear_error (&error);

  catalog = vc_catalog_new_from_bytes (mo, &error);
  g_assert_null (catalog);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID);
}

static void
test_catalog_too_many (void)
{
  g_autoptr(GBytes) mo = build_mo (VC_DECK_MAX_CATALOG_ENTRIES + 1, FALSE, NULL, NULL);
  g_autoptr(GBytes) ok = build_mo (VC_DECK_MAX_CATALOG_ENTRIES, FALSE, NULL, NULL);
  g_autofree char *member = translations_member ("de", mo);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *expected = NULL;
  VcDeckProblem *problem;

  g_assert_true (vc_catalog_check (ok, "de", NULL));

  /* Refused though nobody here reads German. */
  deck = load_with (member, 0, &problems, &error);
  g_assert_null (deck);
  problem = find_problem (problems, VC_DECK_ERROR_TRANSLATION_INVALID, "$.translations.de");
  g_assert_nonnull (problem);
  expected = g_strdup_printf ("The translation for “de” has %u entries; a deck can have at most %u.",
                              VC_DECK_MAX_CATALOG_ENTRIES + 1, VC_DECK_MAX_CATALOG_ENTRIES);
  g_assert_cmpstr (vc_deck_problem_get_message (problem), ==, expected);
}

static void
test_catalog_not_utf8 (void)
{
  g_autoptr(GBytes) mo = build_mo (3, FALSE, "Limits", "Gr\xe4nser");
  g_autofree char *member = translations_member ("de", mo);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  deck = load_with (member, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_null (deck);
  g_assert_nonnull (find_problem (problems, VC_DECK_ERROR_TRANSLATION_INVALID, "$.translations.de"));
}

static void
test_catalog_in_use (void)
{
  g_autoptr(GBytes) mo = build_mo (3, FALSE, "Limits", "Gränser");
  g_autofree char *member = translations_member ("sv", mo);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  /* The language in use (LANGUAGE=sv, set in main) is still translated. */
  deck = load_with (member, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vc_deck_get_title (deck), ==, "Gränser");
}

static void
test_domain_names (void)
{
  static const struct { const char *domain; gboolean error; } cases[] = {
    { "../../evil", TRUE },
    { "x/evil", TRUE },
    { ".hidden", TRUE },
    { "a b", TRUE },
    { "0123456789012345678901234567890123456789012345678901234567890123456789", TRUE },
    { "org.example.deck", FALSE },
    { "my_deck-2", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *member = g_strdup_printf ("  \"translation-domain\": \"%s\",\n", cases[i].domain);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;
      VcDeckProblem *problem;

      deck = load_with (member, 0, &problems, &error);
      problem = find_problem (problems, VC_DECK_ERROR_INVALID_VALUE, "$.translation-domain");
      g_assert_nonnull (problem);
      if (cases[i].error)
        {
          g_assert_null (deck);
          g_assert_cmpint (vc_deck_problem_get_severity (problem), ==, VC_DECK_SEVERITY_ERROR);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_nonnull (deck);
          g_assert_cmpint (vc_deck_problem_get_severity (problem), ==, VC_DECK_SEVERITY_WARNING);
        }
    }

  /* The app's own domain is the one that is looked up, without a word. */
  {
    g_autofree char *member = g_strdup_printf ("  \"translation-domain\": \"%s\",\n", GETTEXT_PACKAGE);
    g_autoptr(GListModel) problems = NULL;
    g_autoptr(VcDeck) deck = load_with (member, 0, &problems, NULL);

    g_assert_nonnull (deck);
    g_assert_null (find_problem (problems, VC_DECK_ERROR_INVALID_VALUE, "$.translation-domain"));
  }
}

/* A catalog placed where a domain naming a path leads must never be read:
 * first check that the C library would read it, then that the deck does not. */
static void
test_domain_outside (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vc-domain-XXXXXX", &error);
  g_autofree char *mo_path = NULL;
  g_autofree char *domain = NULL;
  g_autofree char *members = NULL;
  g_autoptr(GBytes) mo = build_mo (2, FALSE, "Limits", "EVIL");
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  GString *up = g_string_new (NULL);

  g_assert_no_error (error);
  mo_path = g_build_filename (dir, "evil.mo", NULL);
  g_file_set_contents (mo_path, g_bytes_get_data (mo, NULL), g_bytes_get_size (mo), &error);
  g_assert_no_error (error);

  /* From <localedir>/sv/LC_MESSAGES/, enough ".." reach the root. */
  for (guint i = 0; i < 16; i++)
    g_string_append (up, "../");
  domain = g_strdup_printf ("%s%s/evil", up->str, dir + 1);
  g_string_free (up, TRUE);

  if (g_strcmp0 (dgettext (domain, "Limits"), "EVIL") != 0)
    {
      g_test_skip ("The C library does not translate with LANGUAGE=sv in this locale, so it would not read the catalog either way");
    }
  else
    {
      g_autofree char *deck_domain = g_strconcat (domain, "2", NULL);
      g_autofree char *mo2 = g_strconcat (dir, "/evil2.mo", NULL);

      /* A fresh name: glibc remembers the catalogs it has loaded. */
      g_file_set_contents (mo2, g_bytes_get_data (mo, NULL), g_bytes_get_size (mo), &error);
      g_assert_no_error (error);

      members = g_strdup_printf ("  \"translation-domain\": \"%s\",\n", deck_domain);
      deck = load_with (members, 0, &problems, NULL);
      g_assert_null (deck);
      g_assert_nonnull (find_problem (problems, VC_DECK_ERROR_INVALID_VALUE, "$.translation-domain"));
      for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
        {
          g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

          g_assert_null (strstr (vc_deck_problem_get_message (problem), "EVIL"));
          g_assert_null (strstr (vc_deck_problem_get_place (problem) ? vc_deck_problem_get_place (problem) : "", "EVIL"));
        }

      /* Had the loader asked glibc, the catalog would now be in its cache
       * and this lookup would not need the file: remove it and look. */
      g_unlink (mo2);
      g_assert_cmpstr (dgettext (deck_domain, "Limits"), ==, "Limits");
      g_unlink (mo_path);
    }

  g_unlink (mo_path);
  g_rmdir (dir);
}

static glong
max_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* The time the JSON layer alone takes for @json, strict check and json-glib
 * parse, which no check of the deck's meaning can save. */
static double
parse_seconds (GString *json)
{
  JsonParser *parser = json_parser_new_immutable ();
  gint64 start = g_get_monotonic_time ();
  gsize offset;

  /* Freeing the tree is part of it. */
  g_assert_cmpint (vc_json_check (json->str, json->len, VC_DECK_MAX_DEPTH, &offset), ==, VC_JSON_CHECK_OK);
  g_assert_true (json_parser_load_from_data (parser, json->str, json->len, NULL));
  g_object_unref (parser);
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

/* Loads @json, checking that reading it costs little on top of the JSON
 * layer, and under 100 MB more than the process has used so far. */
static VcDeck *
load_timed (GString     *json,
            GListModel **problems,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);
  glong rss_before = max_rss_kb ();
  gint64 start;
  VcDeck *deck;
  double seconds, parsing;
  glong rss_growth;

  /* Once for memory, from cold; then, as warm as the JSON layer was, for time. */
  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_NO_TRANSLATE, NULL, NULL);
  rss_growth = max_rss_kb () - rss_before;
  g_clear_object (&deck);
  parsing = parse_seconds (json);

  start = g_get_monotonic_time ();
  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_NO_TRANSLATE, problems, error);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  g_test_message ("%zu bytes: %.3f s (of which the JSON layer alone takes %.3f s), peak memory grew by %ld kB",
                  json->len, seconds, parsing, rss_growth);

  /* The sanitizer makes everything slower and larger. On a machine shared
   * with other work, times vary twofold: the checks of the deck's meaning
   * may cost as much again as the JSON layer, not more. */
  if (g_getenv ("VC_SANITIZED") == NULL)
    {
      g_assert_cmpfloat (seconds - parsing, <, MAX (0.5, parsing));
      g_assert_cmpint (rss_growth, <, 100 * 1024);
    }
  return deck;
}

static GString *
deck_start (void)
{
  GString *json = g_string_new (deck_head);

  return json;
}

static void
test_many_cards (void)
{
  g_autoptr(GString) json = deck_start ();
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *expected = NULL;
  VcDeckProblem *problem;

  g_string_append (json, "  \"cards\": [\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (json, "    %s{ \"id\": \"c%u\", \"kind\": \"question\", \"text\": \"Q?\" }\n",
                            i > 0 ? "," : "", i);
  g_string_append (json, "  ]\n}\n");

  deck = load_timed (json, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_MANY);
  problem = find_problem (problems, VC_DECK_ERROR_TOO_MANY, "$.cards");
  g_assert_nonnull (problem);
  expected = g_strdup_printf ("The list has 100000 entries; it can have at most %u.", VC_DECK_MAX_CARDS);
  g_assert_cmpstr (vc_deck_problem_get_message (problem), ==, expected);
}

static void
test_many_problems (void)
{
  g_autoptr(GString) json = deck_start ();
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckProblem) last = NULL;
  g_autoptr(VcDeckProblem) error_problem = NULL;
  g_autofree char *expected = NULL;
  guint n;

  /* 500,000 members nobody knows, each a warning, then one card without a
   * text: the one error comes after the limit. */
  for (guint i = 0; i < 500000; i++)
    g_string_append_printf (json, "  \"x%u\": 0,\n", i);
  g_string_append (json, "  \"cards\": [ { \"id\": \"one\", \"kind\": \"question\" } ]\n}\n");

  deck = load_timed (json, &problems, &error);
  g_assert_null (deck);

  /* The one error is still the one the deck fails with. */
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_MISSING_FIELD);

  /* It is listed after the first warnings, and the rest are summed up;
   * all of them warnings, so the summing up is one. */
  n = g_list_model_get_n_items (problems);
  g_assert_cmpuint (n, ==, VC_DECK_MAX_PROBLEMS + 2);
  error_problem = g_list_model_get_item (problems, n - 2);
  g_assert_cmpint (vc_deck_problem_get_code (error_problem), ==, VC_DECK_ERROR_MISSING_FIELD);
  last = g_list_model_get_item (problems, n - 1);
  /* The members and the missing description, less those listed. */
  expected = g_strdup_printf ("… and %u more problems.", 500000 + 1 - VC_DECK_MAX_PROBLEMS);
  g_assert_cmpstr (vc_deck_problem_get_message (last), ==, expected);
  g_assert_cmpint (vc_deck_problem_get_code (last), ==, VC_DECK_ERROR_TOO_MANY);
  g_assert_cmpint (vc_deck_problem_get_severity (last), ==, VC_DECK_SEVERITY_WARNING);
}

static void
test_many_errors (void)
{
  g_autoptr(GString) json = deck_start ();
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckProblem) last = NULL;
  g_autofree char *expected = NULL;

  /* As many cards as a deck can have, each without its text. */
  g_string_append (json, "  \"cards\": [\n");
  for (guint i = 0; i < VC_DECK_MAX_CARDS; i++)
    g_string_append_printf (json, "    %s{ \"id\": \"c%u\", \"kind\": \"question\" }\n",
                            i > 0 ? "," : "", i);
  g_string_append (json, "  ]\n}\n");

  deck = load_timed (json, &problems, &error);
  g_assert_null (deck);

  /* Every error is counted, though only the first are listed. */
  expected = g_strdup_printf ("The deck has %u problems.", VC_DECK_MAX_CARDS);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, VC_DECK_MAX_PROBLEMS + 1);
  last = g_list_model_get_item (problems, VC_DECK_MAX_PROBLEMS);
  g_assert_cmpint (vc_deck_problem_get_severity (last), ==, VC_DECK_SEVERITY_ERROR);
}

static void
test_long_texts (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) huge = deck_start ();
  g_autofree char *members = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  VcDeckProblem *problem;

  /* Characters count, not bytes: 300 letters å is a title that fits. */
  for (guint i = 0; i < VC_DECK_MAX_SHORT_TEXT; i++)
    g_string_append (title, "å");
  members = g_strdup_printf ("  \"subtitle\": \"%s\",\n", title->str);
  deck = load_with (members, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vc_deck_get_subtitle (deck), ==, title->str);
  g_clear_object (&deck);
  g_clear_object (&problems);
  g_clear_pointer (&members, g_free);

  g_string_append (title, "å");
  members = g_strdup_printf ("  \"subtitle\": \"%s\",\n", title->str);
  deck = load_with (members, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_null (deck);
  g_clear_error (&error);
  problem = find_problem (problems, VC_DECK_ERROR_TEXT_TOO_LONG, "$.subtitle");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (vc_deck_problem_get_message (problem), "301"));
  g_clear_object (&problems);
  g_clear_pointer (&members, g_free);

  /* A description may be long, to a point. */
  for (guint i = 0; i < VC_DECK_MAX_LONG_TEXT; i++)
    g_string_append_c (text, 'a');
  members = g_strdup_printf ("  \"description\": \"%s\",\n", text->str);
  g_assert_null (strstr (deck_head, "description"));
  deck = load_with (members, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_clear_object (&deck);
  g_clear_object (&problems);
  g_clear_pointer (&members, g_free);

  g_string_append_c (text, 'a');
  members = g_strdup_printf ("  \"description\": \"%s\",\n", text->str);
  deck = load_with (members, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
  g_assert_null (deck);
  g_clear_error (&error);
  g_assert_nonnull (find_problem (problems, VC_DECK_ERROR_TEXT_TOO_LONG, "$.description"));
  g_clear_object (&problems);
  g_clear_pointer (&members, g_free);

  /* A 10 MB title costs a count of its characters, and is not kept. */
  g_string_append (huge, "  \"subtitle\": \"");
  for (guint i = 0; i < 10 * 1000 * 1000; i++)
    g_string_append_c (huge, 'a');
  g_string_append (huge, "\",\n");
  g_string_append (huge, deck_tail);
  deck = load_timed (huge, &problems, &error);
  g_assert_null (deck);
  problem = find_problem (problems, VC_DECK_ERROR_TEXT_TOO_LONG, "$.subtitle");
  g_assert_nonnull (problem);
  g_assert_cmpuint (strlen (vc_deck_problem_get_message (problem)), <, 200);
}

static void
test_direction_controls (void)
{
  static const char * const controls[] = {
    "\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u200e", "\u061c",
  };

  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      g_autofree char *members = g_strdup_printf ("  \"subtitle\": \"Safe %sreversed\",\n", controls[i]);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = load_with (members, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
      VcDeckProblem *problem;

      /* A warning: some languages need these marks. */
      g_assert_no_error (error);
      g_assert_nonnull (deck);
      problem = find_problem (problems, VC_DECK_ERROR_TEXT_DIRECTION, "$.subtitle");
      g_assert_nonnull (problem);
      g_assert_cmpint (vc_deck_problem_get_severity (problem), ==, VC_DECK_SEVERITY_WARNING);
    }

  /* Other characters beginning with the same bytes are no reason to warn. */
  {
    g_autoptr(GListModel) problems = NULL;
    g_autoptr(VcDeck) deck = load_with ("  \"subtitle\": \"Safe – “quoted” ذ\",\n",
                                        VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);

    g_assert_nonnull (deck);
    g_assert_null (find_problem (problems, VC_DECK_ERROR_TEXT_DIRECTION, "$.subtitle"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/limits/catalog-builder", test_catalog_builder);
  g_test_add_func ("/deck/limits/catalog-shared", test_catalog_shared);
  g_test_add_func ("/deck/limits/catalog-too-many", test_catalog_too_many);
  g_test_add_func ("/deck/limits/catalog-not-utf8", test_catalog_not_utf8);
  g_test_add_func ("/deck/limits/catalog-in-use", test_catalog_in_use);
  g_test_add_func ("/deck/limits/domain-names", test_domain_names);
  g_test_add_func ("/deck/limits/domain-outside", test_domain_outside);
  g_test_add_func ("/deck/limits/many-cards", test_many_cards);
  g_test_add_func ("/deck/limits/many-problems", test_many_problems);
  g_test_add_func ("/deck/limits/many-errors", test_many_errors);
  g_test_add_func ("/deck/limits/long-texts", test_long_texts);
  g_test_add_func ("/deck/limits/direction-controls", test_direction_controls);

  return g_test_run ();
}
