/* test-deck-translations.c
 *
 * A deck translated with the standard gettext tools: its template made
 * into a .po by msginit, filled in, taken back into the deck, and played
 * in Swedish; then a text changed, msgmerge run, and the stale
 * translation found.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gettext-po.h>
#include <glib/gstdio.h>

#include "vc-catalog.h"
#include "vc-deck-document.h"
#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-deck-translations.h"

static void
ignore_xerror (int severity, po_message_t message, const char *filename, size_t lineno,
               size_t column, int multiline_p, const char *message_text)
{
  g_assert_cmpint (severity, !=, PO_SEVERITY_FATAL_ERROR);
}

static void
ignore_xerror2 (int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int mp1,
                const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2, int mp2,
                const char *t2)
{
  g_assert_cmpint (severity, !=, PO_SEVERITY_FATAL_ERROR);
}

static const struct po_xerror_handler handler = { ignore_xerror, ignore_xerror2 };

/* What a translator does in a PO editor: fills in every empty msgstr.
 * The translation is the text in capitals with "SV:" before it, so that
 * a test can tell it from the source. */
static guint
translate_po (const char *path)
{
  po_file_t file = po_file_read (path, &handler);
  po_message_iterator_t iter;
  po_message_t message;
  guint n = 0;

  g_assert_nonnull (file);
  iter = po_message_iterator (file, NULL);
  while ((message = po_next_message (iter)) != NULL)
    {
      const char *msgid = po_message_msgid (message);
      g_autofree char *upper = NULL;
      g_autofree char *text = NULL;

      if (*msgid == '\0' || *po_message_msgstr (message) != '\0')
        continue;
      upper = g_utf8_strup (msgid, -1);
      text = g_strconcat ("SV: ", upper, NULL);
      po_message_set_msgstr (message, text);
      n++;
    }
  po_message_iterator_free (iter);
  g_assert_nonnull (po_file_write (file, path, &handler));
  po_file_free (file);
  return n;
}

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
}

static VcDeck *
load_in (const char *path,
         const char *language)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck;

  g_setenv ("LANGUAGE", language, TRUE);
  deck = vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, NULL, &error);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_no_error (error);
  return deck;
}

static void
test_gettext_tools (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, "Our Dilemmas");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("deck-po-XXXXXX", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "ours.vcdeck", NULL);
  g_autofree char *pot_path = g_build_filename (dir, "ours.pot", NULL);
  g_autofree char *pot2_path = g_build_filename (dir, "ours-2.pot", NULL);
  g_autofree char *po_path = g_build_filename (dir, "sv.po", NULL);
  g_autofree char *merged_path = g_build_filename (dir, "sv-merged.po", NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  g_autofree char *pot = NULL;
  g_autofree char *card = NULL;
  g_autoptr(GPtrArray) languages = NULL;
  g_autoptr(VcDeck) english = NULL;
  g_autoptr(VcDeck) swedish = NULL;
  VcTranslationStatus *sv;
  VcPoCounts counts;
  guint n_filled;

  card = vc_deck_document_add (doc, "/cards", -1, "dilemma", &error);
  g_assert_no_error (error);
  g_assert_true (vc_deck_document_set_string (doc, "/cards/0/title", "The locked door", &error));
  g_assert_true (vc_deck_document_save (doc, deck_file, &error));
  g_assert_no_error (error);

  /* Template out, as `value-cards-deck pot` writes it. */
  pot = vc_deck_document_dup_template (doc, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (pot_path, pot, -1, NULL));
  g_assert_nonnull (strstr (pot, "msgid \"The locked door\""));

  run ((const char *[]){ "msginit", "--no-translator", "--locale=sv_SE.UTF-8",
                         "-i", pot_path, "-o", po_path, NULL });
  n_filled = translate_po (po_path);
  g_assert_cmpuint (n_filled, >, 10);

  g_assert_true (vc_deck_document_add_translation (doc, "sv", po_path, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_translated, ==, n_filled);
  g_assert_cmpuint (counts.n_fuzzy, ==, 0);
  g_assert_cmpuint (counts.n_untranslated, ==, 0);
  g_assert_cmpstr (vc_deck_document_get_undo_label (doc), ==, "Add Translation (sv)");
  g_assert_true (vc_deck_document_save (doc, NULL, &error));

  languages = vc_deck_document_list_translations (doc, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (languages->len, ==, 1);
  sv = g_ptr_array_index (languages, 0);
  g_assert_cmpstr (sv->language, ==, "sv");
  g_assert_cmpuint (sv->n_translated, ==, sv->n_strings);
  g_assert_cmpuint (sv->missing->len, ==, 0);
  g_assert_cmpuint (sv->stale->len, ==, 0);
  g_clear_pointer (&languages, g_ptr_array_unref);

  /* The app plays it in both languages. */
  english = load_in (deck_path, "en");
  swedish = load_in (deck_path, "sv");
  g_assert_cmpstr (vc_deck_get_title (english), ==, "Our Dilemmas");
  g_assert_cmpstr (vc_deck_get_title (swedish), ==, "SV: OUR DILEMMAS");

  /* The text changes; msgmerge marks the old translation fuzzy. */
  g_assert_true (vc_deck_document_set_string (doc, "/cards/0/title", "The locked front door", &error));
  g_clear_pointer (&pot, g_free);
  pot = vc_deck_document_dup_template (doc, &error);
  g_assert_true (g_file_set_contents (pot2_path, pot, -1, NULL));
  run ((const char *[]){ "msgmerge", "--quiet", "-o", merged_path, po_path, pot2_path, NULL });

  languages = vc_deck_document_list_translations (doc, &error);
  sv = g_ptr_array_index (languages, 0);
  g_assert_cmpuint (sv->missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sv->missing, 0), ==, "The locked front door");
  g_assert_cmpuint (sv->stale->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sv->stale, 0), ==, "The locked door");

  g_assert_true (vc_deck_document_add_translation (doc, "sv", merged_path, &counts, &error));
  g_assert_cmpuint (counts.n_fuzzy, ==, 1);
  g_assert_cmpuint (counts.n_translated, ==, n_filled - 1);

  /* Undo takes the new catalog out again, and then the first one. */
  g_assert_true (vc_deck_document_undo (doc));
  g_assert_true (vc_deck_document_undo (doc));
  g_assert_true (vc_deck_document_undo (doc));
  g_assert_null (vc_deck_document_get_node (doc, "/translations"));
}

static void
test_bad_po (void)
{
  g_autoptr(VcDeckDocument) doc = vc_deck_document_new (VC_DECK_KIND_QUESTIONS, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("deck-po-XXXXXX", NULL);
  g_autofree char *po_path = g_build_filename (dir, "sv.po", NULL);
  g_autofree char *before = vc_deck_document_dup_data (doc, NULL);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (po_path, "msgid \"a\"\nmsgstr \"b\nmsgid \"", -1, NULL));
  g_assert_false (vc_deck_document_add_translation (doc, "sv", po_path, NULL, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID);
  g_assert_nonnull (strstr (error->message, "line"));
  g_clear_error (&error);

  g_assert_false (vc_deck_document_add_translation (doc, "sv", "/nonexistent.po", NULL, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (vc_deck_document_add_translation (doc, "../sv", po_path, NULL, &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  after = vc_deck_document_dup_data (doc, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (vc_deck_document_can_undo (doc));
}

/* The catalog written here is one msgfmt could have written: gettext's
 * own msgunfmt reads it back. */
static void
test_catalog_build (void)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) strs = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VcCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("deck-mo-XXXXXX", NULL);
  g_autofree char *mo = g_build_filename (dir, "x.mo", NULL);
  g_autofree char *out = NULL;
  int status;

  g_ptr_array_add (ids, "Safety");
  g_ptr_array_add (strs, "Trygghet");
  g_ptr_array_add (ids, "");
  g_ptr_array_add (strs, "Content-Type: text/plain; charset=UTF-8\n");
  g_ptr_array_add (ids, "Dignity");
  g_ptr_array_add (strs, "Värdighet");

  bytes = vc_catalog_build (ids, strs);
  g_assert_true (vc_catalog_check (bytes, "sv", &error));
  catalog = vc_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vc_catalog_lookup (catalog, "Dignity"), ==, "Värdighet");
  g_assert_cmpstr (vc_catalog_lookup (catalog, "Safety"), ==, "Trygghet");

  g_assert_true (g_file_set_contents (mo, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]){ "msgunfmt", mo, NULL }, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "msgid \"Dignity\"\nmsgstr \"Värdighet\""));
}

static VcTranslationEntry *
find_entry (GPtrArray  *entries,
            const char *msgid)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (((VcTranslationEntry *)g_ptr_array_index (entries, i))->msgid, msgid))
      return g_ptr_array_index (entries, i);
  return NULL;
}

/* Translated text by text in the deck, as the editor does: played in
 * Swedish, undone, and a changed text found with its old translation. */
static void
test_translate_in_deck (void)
{
  g_autoptr(VcDeckDocument) document = vc_deck_document_new (VC_DECK_KIND_QUESTIONS, "Our Questions");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) status = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *path = NULL;
  VcTranslationEntry *entry;
  guint n_steps;

  g_assert_cmpstr (vc_deck_document_get_string (document, "/source-language"), ==, "en");
  path = vc_deck_document_add (document, "/cards", -1, "question", &error);
  g_assert_no_error (error);
  g_assert_true (vc_deck_document_set_string (document, "/cards/0/text", "What makes a good day at work?", NULL));

  g_assert_false (vc_deck_document_add_language (document, "en", &error));
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (vc_deck_document_add_language (document, "Swedish", &error));
  g_clear_error (&error);
  g_assert_true (vc_deck_document_add_language (document, "sv", &error));
  g_assert_no_error (error);

  entries = vc_deck_document_dup_translation_entries (document, "sv", &error);
  g_assert_no_error (error);
  entry = find_entry (entries, "What makes a good day at work?");
  g_assert_nonnull (entry);
  g_assert_null (entry->msgstr);
  g_assert_cmpstr (entry->path, ==, "$.cards[0].text");

  n_steps = vc_deck_document_get_n_undo (document);
  g_assert_true (vc_deck_document_set_translation (document, "sv", "What makes a good day at work?",
                                                   "Vad gör en bra dag på jobbet?", NULL, &error));
  g_assert_true (vc_deck_document_set_translation (document, "sv", "Our Questions", "Våra frågor", NULL, &error));
  g_assert_cmpuint (vc_deck_document_get_n_undo (document), >, n_steps);

  status = vc_deck_document_list_translations (document, &error);
  g_assert_nonnull (status);
  g_assert_cmpuint (((VcTranslationStatus *)g_ptr_array_index (status, 0))->n_translated, ==, 2);

  /* The deck plays in Swedish with what was typed. */
  {
    g_autoptr(GBytes) bytes = vc_deck_document_dup_bytes (document);
    const char *language = g_getenv ("LANGUAGE");
    g_autofree char *saved = g_strdup (language);

    g_setenv ("LANGUAGE", "sv", TRUE);
    deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_DEFAULT, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (vc_deck_get_title (deck), ==, "Våra frågor");
    if (saved != NULL)
      g_setenv ("LANGUAGE", saved, TRUE);
    else
      g_unsetenv ("LANGUAGE");
  }

  /* The text changes: its translation is found again under the old text. */
  g_assert_true (vc_deck_document_set_string (document, "/cards/0/text", "What makes a really good day at work?", NULL));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = vc_deck_document_dup_translation_entries (document, "sv", &error);
  entry = find_entry (entries, "What makes a really good day at work?");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->old_msgid, ==, "What makes a good day at work?");
  g_assert_cmpstr (entry->msgstr, ==, "Vad gör en bra dag på jobbet?");

  /* Translated again, the old one goes. */
  g_assert_true (vc_deck_document_set_translation (document, "sv", entry->msgid,
                                                   "Vad gör en riktigt bra dag på jobbet?",
                                                   entry->old_msgid, &error));
  g_clear_pointer (&status, g_ptr_array_unref);
  status = vc_deck_document_list_translations (document, &error);
  g_assert_cmpuint (((VcTranslationStatus *)g_ptr_array_index (status, 0))->stale->len, ==, 0);
  g_assert_cmpuint (((VcTranslationStatus *)g_ptr_array_index (status, 0))->n_translated, ==, 2);

  /* Emptied, it is not translated any more; in a step of its own, as
   * the editor makes one for each field. */
  vc_deck_document_break_merge (document);
  g_assert_true (vc_deck_document_set_translation (document, "sv", "Our Questions", "", NULL, &error));
  g_clear_pointer (&status, g_ptr_array_unref);
  status = vc_deck_document_list_translations (document, &error);
  g_assert_cmpuint (((VcTranslationStatus *)g_ptr_array_index (status, 0))->n_translated, ==, 1);

  g_assert_true (vc_deck_document_undo (document));
  g_clear_pointer (&status, g_ptr_array_unref);
  status = vc_deck_document_list_translations (document, &error);
  g_assert_cmpuint (((VcTranslationStatus *)g_ptr_array_index (status, 0))->n_translated, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translations/gettext-tools", test_gettext_tools);
  g_test_add_func ("/translations/bad-po", test_bad_po);
  g_test_add_func ("/translations/catalog-build", test_catalog_build);
  g_test_add_func ("/translations/translate-in-deck", test_translate_in_deck);

  return g_test_run ();
}
