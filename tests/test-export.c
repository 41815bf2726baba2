/* test-export.c
 *
 * Tests for the session summary, as Markdown and as PDF, against the decks
 * that ship.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "vc-deck-loader.h"
#include "vc-export.h"
#include "vc-session.h"

static VcDeck *
load_shipped (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck;

  deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

static VcSession *
session_for (VcDeck        *deck,
             VcSessionKind  kind)
{
  VcSession *session = vc_session_new (kind, vc_deck_get_id (deck), vc_deck_get_version (deck), NULL);
  GPtrArray *roles = vc_deck_get_roles (deck);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) role_ids = NULL;
  const char *people[] = { "Anna", "Bo", "Cecilia", NULL };

  for (guint i = 0; i < roles->len; i++)
    g_strv_builder_add (ids, ((VcRole *)g_ptr_array_index (roles, i))->id);
  role_ids = g_strv_builder_end (ids);

  vc_session_set_deck_title (session, vc_deck_get_title (deck));
  vc_session_set_role_ids (session, (const char * const *)role_ids);
  vc_session_set_people (session, people);
  return session;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("Expected to find:\n%s\nin:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("Did not expect to find:\n%s\nin:\n%s", needle, haystack);
}

static char *
heading_for (VcDeck     *deck,
             const char *card_id)
{
  VcCard *card = vc_deck_find_card (deck, card_id);

  g_assert_nonnull (card);
  g_assert_nonnull (vc_card_get_title (card));
  return g_strdup_printf ("### %s\n", vc_card_get_title (card));
}

static void
test_values_game (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("values-game.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_MEETING);
  GPtrArray *words = vc_deck_get_words (deck);
  GListModel *images = vc_deck_get_images (deck);
  g_autoptr(VcDeckImage) image0 = g_list_model_get_item (images, 0);
  g_autoptr(VcDeckImage) image1 = g_list_model_get_item (images, 1);
  VcValueWord *word0 = g_ptr_array_index (words, 0);
  VcValueWord *word1 = g_ptr_array_index (words, 1);
  const char *carry[] = { "Try the pairs with the evening staff", NULL };
  g_autofree char *expected = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *title = NULL;
  GPtrArray *closing_questions = vc_card_get_questions (vc_deck_get_closing (deck));

  vc_session_add_pair (session, word0->id, vc_deck_image_get_id (image0),
                       "She is the host at her own table");
  vc_session_add_pair (session, word1->id, vc_deck_image_get_id (image1), NULL);
  vc_session_set_answer (session, 0, "We listen");
  vc_session_set_answer (session, 2, "Taking our time");
  vc_session_set_carry_over (session, carry);
  vc_session_finish (session);

  markdown = vc_export_markdown (session, deck);
  g_test_message ("%s", markdown);

  title = g_strdup_printf ("# %s, ", vc_deck_get_title (deck));
  g_assert_true (g_str_has_prefix (markdown, title));
  assert_contains (markdown, "Meeting, ");

  /* Roles by name, with who held them. */
  assert_contains (markdown, "## Roles\n");
  assert_contains (markdown, "- Coordinator: Anna\n");
  assert_contains (markdown, "- Timekeeper: Bo\n");
  assert_contains (markdown, "- Scribe: Cecilia\n");

  /* Word + picture caption: reason. */
  expected = g_strdup_printf ("- %s + %s: She is the host at her own table\n",
                              word0->word, vc_deck_image_get_caption (image0));
  assert_contains (markdown, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("- %s + %s\n", word1->word, vc_deck_image_get_caption (image1));
  assert_contains (markdown, expected);
  g_clear_pointer (&expected, g_free);

  /* The closing card's questions with their answers; unanswered left out. */
  expected = g_strdup_printf ("## %s\n", vc_card_get_title (vc_deck_get_closing (deck)));
  assert_contains (markdown, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("**%s**\n\nWe listen\n",
                              ((VcQuestion *)g_ptr_array_index (closing_questions, 0))->text);
  assert_contains (markdown, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("**%s**\n\nTaking our time\n",
                              ((VcQuestion *)g_ptr_array_index (closing_questions, 2))->text);
  assert_contains (markdown, expected);
  assert_lacks (markdown, ((VcQuestion *)g_ptr_array_index (closing_questions, 1))->text);

  assert_contains (markdown, "- Try the pairs with the evening staff\n");

  /* Nothing for empty sections. */
  assert_lacks (markdown, "## Cards discussed");
}

static void
test_dilemmas (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_MEETING);
  g_autofree char *markdown = NULL;
  g_autofree char *bus = heading_for (deck, "on-the-bus");
  g_autofree char *rails = heading_for (deck, "the-bed-rails");
  const char *carry[] = { "Ask the manager about the bus rule", "", "Bring the rota", NULL };
  const char *bus_notes = "Nobody talks about residents on the bus.\n\nBut we *do* say hello.";
  const char *rails_notes = "- a list in the notes\n- # not a heading\n1. numbers too";

  vc_session_set_notes (session, "the-bed-rails", rails_notes);
  vc_session_set_notes (session, "on-the-bus", bus_notes);
  vc_session_set_notes (session, "gone-from-the-deck", "Still in the summary");
  vc_session_rotate_roles (session);
  vc_session_set_carry_over (session, carry);

  markdown = vc_export_markdown (session, deck);
  g_test_message ("%s", markdown);

  assert_contains (markdown, "Meeting, started ");
  /* The roles as they were at the start, and after they moved on. */
  assert_contains (markdown, "- From the start: Coordinator: Anna, Timekeeper: Bo, Scribe: Cecilia\n");
  assert_contains (markdown, ": Coordinator: Bo, Timekeeper: Cecilia, Scribe: Anna\n");

  assert_contains (markdown, "## Cards discussed\n");
  assert_contains (markdown, bus);
  assert_contains (markdown, rails);
  assert_contains (markdown, bus_notes);
  assert_contains (markdown, rails_notes);
  /* In the deck's order, not the order they were written in. */
  g_assert_true (strstr (markdown, bus) < strstr (markdown, rails));
  /* A card the deck no longer has is named by its id. */
  assert_contains (markdown, "### gone-from-the-deck\n\nStill in the summary\n");

  assert_contains (markdown, "- Ask the manager about the bus rule\n- Bring the rota\n");
  assert_lacks (markdown, "- \n");

  /* Nothing for empty sections. */
  assert_lacks (markdown, "+");
  assert_lacks (markdown, "**");
}

/* Every card the group came to is in the summary, with notes or without,
 * and every turn of the roles, at the card where it began. */
static void
test_every_card_and_turn (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_MEETING);
  g_autofree char *markdown = NULL;
  g_autofree char *bus = heading_for (deck, "on-the-bus");
  g_autofree char *rails = heading_for (deck, "the-bed-rails");
  g_autofree char *turn = NULL;

  vc_session_set_current_card (session, "introduction");
  vc_session_set_current_card (session, "on-the-bus");
  vc_session_set_notes (session, "on-the-bus", "We keep it off the bus.");
  vc_session_rotate_roles (session);
  vc_session_set_current_card (session, "the-bed-rails");
  vc_session_rotate_roles (session);
  vc_session_finish (session);

  markdown = vc_export_markdown (session, deck);
  g_test_message ("%s", markdown);

  assert_contains (markdown, bus);
  assert_contains (markdown, rails);
  assert_contains (markdown, "We keep it off the bus.");
  /* The card without notes says so, rather than being left out. */
  g_assert_nonnull (strstr (strstr (markdown, rails), "No notes were taken."));
  /* The introduction is no card. */
  assert_lacks (markdown, "### introduction");

  assert_contains (markdown, "- From the start: Coordinator: Anna, Timekeeper: Bo, Scribe: Cecilia\n");
  turn = g_strdup_printf (", at “%s”: Coordinator: Bo, Timekeeper: Cecilia, Scribe: Anna\n",
                          vc_card_get_title (vc_deck_find_card (deck, "on-the-bus")));
  assert_contains (markdown, turn);
  g_clear_pointer (&turn, g_free);
  turn = g_strdup_printf (", at “%s”: Coordinator: Cecilia, Timekeeper: Anna, Scribe: Bo\n",
                          vc_card_get_title (vc_deck_find_card (deck, "the-bed-rails")));
  assert_contains (markdown, turn);
}

/* A reflection is one person's: no roles, no group, no next meeting; and
 * each reflection comes with the statement it is about. */
static void
test_reflection (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("ethical-guidelines.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_REFLECTION);
  VcCard *card = vc_deck_find_card (deck, "equal-worth");
  const char *carry[] = { "Read the guidelines again in spring", NULL };
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *quote = NULL;
  gboolean statement_found = FALSE;

  vc_session_set_current_card (session, "introduction");
  vc_session_set_current_card (session, "equal-worth");
  vc_session_set_notes (session, "equal-worth", "I treat people the same, but not always fairly.");
  vc_session_set_current_card (session, "needs-not-opinions");
  vc_session_rotate_roles (session);
  vc_session_set_carry_over (session, carry);
  vc_session_finish (session);

  markdown = vc_export_markdown (session, deck);
  g_test_message ("%s", markdown);

  assert_contains (markdown, "Reflection, ");
  assert_contains (markdown, "## Your reflections\n");
  quote = g_strdup_printf ("> %s\n", vc_card_get_text (card));
  assert_contains (markdown, quote);
  g_clear_pointer (&quote, g_free);
  quote = g_strdup_printf ("**%s**\n\nI treat people the same", vc_card_get_prompt (card));
  assert_contains (markdown, quote);
  assert_contains (markdown, "## To come back to\n");
  /* A card passed over without a word is no part of a reflection. */
  assert_lacks (markdown, vc_card_get_title (vc_deck_find_card (deck, "needs-not-opinions")));

  lower = g_utf8_strdown (markdown, -1);
  assert_lacks (lower, "roles");
  assert_lacks (lower, "group");
  assert_lacks (lower, "meeting");
  assert_lacks (lower, "coordinator");
  assert_lacks (lower, "no notes were taken");

  /* What the PDF draws: the statement is among its blocks. */
  blocks = vc_export_dup_blocks (session, deck);
  for (guint i = 0; i < blocks->len; i++)
    {
      VcExportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == VC_EXPORT_BLOCK_QUOTE && g_str_equal (block->text, vc_card_get_text (card)))
        statement_found = TRUE;
    }
  g_assert_true (statement_found);
}

/* The whole journal: every reflection, oldest first, and no meeting. */
static void
test_journal (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("ethical-guidelines.vcdeck");
  g_autoptr(GListStore) sessions = g_list_store_new (VC_TYPE_SESSION);
  g_autoptr(GHashTable) decks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(VcSession) first = session_for (deck, VC_SESSION_KIND_REFLECTION);
  g_autoptr(VcSession) meeting = session_for (deck, VC_SESSION_KIND_MEETING);
  g_autoptr(VcSession) second = session_for (deck, VC_SESSION_KIND_REFLECTION);
  g_autoptr(VcSession) gone = vc_session_new (VC_SESSION_KIND_REFLECTION, "org.example.gone", NULL, NULL);
  g_autofree char *markdown = NULL;
  const char *a, *b, *c;

  vc_session_set_notes (first, "equal-worth", "The first reflection");
  vc_session_set_notes (meeting, "equal-worth", "Said at a meeting");
  vc_session_set_notes (second, "right-to-decide", "The second reflection");
  vc_session_set_notes (gone, "old-card", "Its deck is gone");
  g_hash_table_insert (decks, (gpointer)vc_deck_get_id (deck), deck);

  /* Newest first, as the store lists them. */
  g_list_store_append (sessions, gone);
  g_list_store_append (sessions, second);
  g_list_store_append (sessions, meeting);
  g_list_store_append (sessions, first);

  markdown = vc_export_journal_markdown (G_LIST_MODEL (sessions), decks);
  g_test_message ("%s", markdown);

  g_assert_true (g_str_has_prefix (markdown, "# Reflection journal\n"));
  a = strstr (markdown, "The first reflection");
  b = strstr (markdown, "The second reflection");
  c = strstr (markdown, "Its deck is gone");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_true (a < b && b < c);
  assert_lacks (markdown, "Said at a meeting");
  /* Each reflection's title one level down, under the journal's. */
  assert_contains (markdown, "\n## Our Ethical Guidelines, ");
  assert_contains (markdown, "\n### Your reflections\n");
  assert_contains (markdown, vc_card_get_text (vc_deck_find_card (deck, "right-to-decide")));
}

static void
test_empty (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, vc_deck_get_id (deck),
                                                 NULL, NULL);
  g_autofree char *markdown = vc_export_markdown (session, deck);

  g_test_message ("%s", markdown);
  assert_contains (markdown, "Reflection, started ");
  assert_lacks (markdown, "##");
}

/* The deck is gone: everything is still there, named by ids. */
static void
test_without_deck (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "org.example.gone",
                                                 NULL, NULL);
  const char *roles[] = { "scribe", NULL };
  const char *people[] = { "Anna", NULL };
  g_autofree char *markdown = NULL;

  vc_session_set_role_ids (session, roles);
  vc_session_set_people (session, people);
  vc_session_add_pair (session, "dignity", "coffee", "Why not");
  vc_session_set_notes (session, "card-1", "Notes kept");
  vc_session_set_answer (session, 1, "An answer");

  markdown = vc_export_markdown (session, NULL);
  g_test_message ("%s", markdown);
  g_assert_true (g_str_has_prefix (markdown, "# org.example.gone, "));
  assert_contains (markdown, "- Scribe: Anna\n");
  assert_contains (markdown, "- dignity + coffee: Why not\n");
  assert_contains (markdown, "### card-1\n\nNotes kept\n");
  assert_contains (markdown, "**Question 2**\n\nAn answer\n");

  /* The title kept in the session is better than the id. */
  vc_session_set_deck_title (session, "Old deck");
  g_clear_pointer (&markdown, g_free);
  markdown = vc_export_markdown (session, NULL);
  g_assert_true (g_str_has_prefix (markdown, "# Old deck, "));
}

/* Every note, on every card, comes out exactly as written, also after a
 * trip through the saved file. */
static void
test_notes_verbatim (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_REFLECTION);
  GListModel *cards = vc_deck_get_cards (deck);
  const char *texts[] = {
    "Plain words.",
    "Två rader\noch en till, på svenska: åäö ÅÄÖ.",
    "Markdown-ish: *stars*, _under_, `code`, [link](x), <b>html</b> & ampersand",
    "  leading spaces and trailing  ",
    "Emoji 👍 and symbols ≤ ≥ – — “quotes” «guillemets»",
    "Line one\r\nWindows line two",
    "#hashtag at the start",
    "Tabs\tin\tthe\tmiddle",
  };
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(VcSession) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  guint n = g_list_model_get_n_items (cards);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      g_autofree char *text = g_strdup_printf ("%s (%u)", texts[i % G_N_ELEMENTS (texts)], i);

      vc_session_set_notes (session, vc_card_get_id (card), text);
    }
  vc_session_set_notes (session, vc_card_get_id (vc_deck_get_closing (deck)), "Closing thoughts");

  node = vc_session_to_json (session);
  reread = vc_session_new_from_json (node, &error);
  g_assert_no_error (error);

  markdown = vc_export_markdown (reread, deck);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      const char *notes = vc_session_get_notes (reread, vc_card_get_id (card));

      g_assert_cmpstr (notes, ==, vc_session_get_notes (session, vc_card_get_id (card)));
      assert_contains (markdown, notes);
    }
  assert_contains (markdown, "Closing thoughts");
}

static guint
count_pages (const char *pdf,
             gsize       len)
{
  const char *needle = "/Type /Page";
  gsize needle_len = strlen (needle);
  guint n = 0;

  for (gsize i = 0; i + needle_len < len; i++)
    if (memcmp (pdf + i, needle, needle_len) == 0 && pdf[i + needle_len] != 's')
      n++;

  return n;
}

static void
check_pdf (const char *path,
           guint       min_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  guint pages;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 4);
  g_assert_cmpmem (contents, 4, "%PDF", 4);
  pages = count_pages (contents, len);
  g_test_message ("%s: %u pages, %" G_GSIZE_FORMAT " bytes", path, pages, len);
  g_assert_cmpuint (pages, >=, min_pages);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_pdf (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  g_autoptr(VcDeck) game = load_shipped ("values-game.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_MEETING);
  g_autoptr(VcSession) pairs = session_for (game, VC_SESSION_KIND_MEETING);
  g_autoptr(VcSession) empty = vc_session_new (VC_SESSION_KIND_REFLECTION, "none", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vc-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *blocker = g_build_filename (dir, "blocker", NULL);
  g_autofree char *bad = g_build_filename (blocker, "summary.pdf", NULL);
  g_autoptr(GString) long_note = g_string_new (NULL);
  GListModel *cards = vc_deck_get_cards (deck);

  g_assert_no_error (error);

  /* Enough to run over several pages, with one note longer than a page. */
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_note, "Line %u of a long reflection on dignity and trust. ", i);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);

      vc_session_set_notes (session, vc_card_get_id (card),
                            i == 3 ? long_note->str : "Some notes\nover two lines");
    }
  vc_session_set_answer (session, 0, "We help each other");

  vc_export_pdf (session, deck, path, &error);
  g_assert_no_error (error);
  check_pdf (path, 3);

  /* Written again over the old one, whole; nothing left beside it. */
  vc_session_add_pair (pairs, "dignity", "coffee", "A reason");
  vc_export_pdf (pairs, game, path, &error);
  g_assert_no_error (error);
  check_pdf (path, 1);
  g_assert_cmpuint (count_files (dir), ==, 1);

  vc_export_pdf (empty, NULL, path, &error);
  g_assert_no_error (error);
  check_pdf (path, 1);

  /* A folder that cannot exist. */
  g_file_set_contents (blocker, "a file", -1, &error);
  g_assert_no_error (error);
  g_assert_false (vc_export_pdf (session, deck, bad, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_test_message ("%s", error->message);

  g_unlink (blocker);
  g_unlink (path);
  g_rmdir (dir);
}

/* The printed reflection holds the statement reflected on, read back from
 * the PDF's text with pdftotext where it is installed. */
static void
test_pdf_reflection (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("ethical-guidelines.vcdeck");
  g_autoptr(VcSession) session = session_for (deck, VC_SESSION_KIND_REFLECTION);
  VcCard *card = vc_deck_find_card (deck, "equal-worth");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vc-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "reflection.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) words = NULL;
  const char *argv[] = { NULL, "-layout", NULL, "-", NULL };
  int status = 0;

  vc_session_set_notes (session, "equal-worth", "Fair is not always the same.");
  g_assert_true (vc_export_pdf (session, deck, path, &error));
  g_assert_no_error (error);
  check_pdf (path, 1);

  if (pdftotext == NULL)
    {
      g_unlink (path);
      g_rmdir (dir);
      g_test_skip ("pdftotext (poppler-utils) is not installed to read the PDF back");
      return;
    }

  argv[0] = pdftotext;
  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", text);

  /* Lines wrap where the page ends: compare word by word. */
  words = g_regex_split_simple ("\\s+", text, 0, 0);
  flat = g_strjoinv (" ", words);
  {
    g_auto(GStrv) statement_words = g_regex_split_simple ("\\s+", vc_card_get_text (card), 0, 0);
    g_autofree char *statement = g_strjoinv (" ", statement_words);

    assert_contains (flat, statement);
  }
  assert_contains (flat, vc_card_get_prompt (card));
  assert_contains (flat, "Fair is not always the same.");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/markdown/values-game", test_values_game);
  g_test_add_func ("/export/markdown/dilemmas", test_dilemmas);
  g_test_add_func ("/export/markdown/empty", test_empty);
  g_test_add_func ("/export/markdown/every-card-and-turn", test_every_card_and_turn);
  g_test_add_func ("/export/markdown/reflection", test_reflection);
  g_test_add_func ("/export/markdown/journal", test_journal);
  g_test_add_func ("/export/pdf/reflection-statement", test_pdf_reflection);
  g_test_add_func ("/export/markdown/without-deck", test_without_deck);
  g_test_add_func ("/export/markdown/notes-verbatim", test_notes_verbatim);
  g_test_add_func ("/export/pdf", test_pdf);

  ret = g_test_run ();

  /* Let go of the fonts, so that the leak checker sees only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
