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

#include "vc-catalog.h"
#include "vc-deck.h"
#include "vc-deck-enums.h"
#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

/* A small valid deck; a test adds members in between. */
static const char *deck_head =
  "{\n"
  "  \"format-version\": 1,\n"
  "  \"id\": \"org.example.limits\",\n"
  "  \"version\": \"1.0\",\n"
  "  \"kind\": \"questions\",\n"
  "  \"title\": \"Limits\",\n"
  "  \"description\": \"A deck for tests.\",\n"
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

  return g_test_run ();
}
