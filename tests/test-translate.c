/* test-translate.c
 *
 * Deck strings appear in the user's language: a built-in deck through the
 * app's own catalog, and a user's deck through the catalog it carries.
 * Run once with LANGUAGE=sv and once with LANGUAGE=en.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "vc-deck-loader.h"

static gboolean
is_swedish (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "sv");
}

static VcDeck *
load (const char      *path,
      VcDeckLoadFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, flags, NULL, &error);

  g_assert_no_error (error);
  return deck;
}

static void
test_builtin_deck (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "values-game.vcdeck", NULL);
  g_autoptr(VcDeck) deck = load (path, VC_DECK_LOAD_DEFAULT);
  g_autoptr(VcDeck) source = load (path, VC_DECK_LOAD_NO_TRANSLATE);
  const VcValueWord *word = NULL;
  const VcValueWord *source_word = NULL;

  /* The same word, found by its id, in both loads. */
  for (guint i = 0; i < vc_deck_get_words (source)->len; i++)
    {
      const VcValueWord *w = g_ptr_array_index (vc_deck_get_words (source), i);

      if (g_str_equal (w->word, "Self-determination"))
        {
          source_word = w;
          word = g_ptr_array_index (vc_deck_get_words (deck), i);
        }
    }
  g_assert_nonnull (source_word);
  g_assert_cmpstr (word->id, ==, source_word->id);

  g_assert_cmpstr (vc_deck_get_translation_domain (deck), ==, GETTEXT_PACKAGE);
  g_assert_cmpstr (source_word->word, ==, "Self-determination");

  if (is_swedish ())
    {
      g_assert_cmpstr (word->word, ==, "Självbestämmande");
      g_assert_cmpstr (vc_deck_get_title (deck), !=, vc_deck_get_title (source));
      g_assert_cmpstr (vc_deck_get_instructions (deck), !=, vc_deck_get_instructions (source));
    }
  else
    {
      g_assert_cmpstr (word->word, ==, source_word->word);
      g_assert_cmpstr (vc_deck_get_title (deck), ==, vc_deck_get_title (source));
    }
}

static void
test_user_deck (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "user-deck-sv.vcdeck", NULL);
  g_autoptr(VcDeck) deck = load (path, VC_DECK_LOAD_DEFAULT);
  g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (deck), 0);

  /* The deck has no domain of its own: only its embedded catalog can help. */
  g_assert_null (vc_deck_get_translation_domain (deck));

  if (is_swedish ())
    {
      g_assert_cmpstr (vc_deck_get_language (deck), ==, "sv");
      g_assert_cmpstr (vc_card_get_text (card), ==, "Vad gjorde dig stolt på jobbet den här veckan?");
    }
  else
    {
      g_assert_null (vc_deck_get_language (deck));
      g_assert_cmpstr (vc_card_get_text (card), ==, "What made you proud at work this week?");
    }
}

static void
test_interface (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(VcDeck) deck = load (path, VC_DECK_LOAD_DEFAULT);
  g_autofree char *size = vc_deck_dup_size_label (deck);
  g_autofree char *swedish = g_strdup_printf ("%u kort", vc_deck_get_n_cards (deck));
  g_autofree char *english = g_strdup_printf ("%u cards", vc_deck_get_n_cards (deck));

  if (is_swedish ())
    {
      g_assert_cmpstr (vc_deck_kind_to_label (VC_DECK_KIND_DILEMMAS), ==, "Dilemman");
      g_assert_cmpstr (size, ==, swedish);
    }
  else
    {
      g_assert_cmpstr (vc_deck_kind_to_label (VC_DECK_KIND_DILEMMAS), ==, "Dilemmas");
      g_assert_cmpstr (size, ==, english);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VALUE_CARDS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/translate/builtin-deck", test_builtin_deck);
  g_test_add_func ("/deck/translate/user-deck", test_user_deck);
  g_test_add_func ("/deck/translate/interface", test_interface);

  return g_test_run ();
}
