/* test-deck-stages.c
 *
 * Tests for dilemmas told in parts with questions of their own, and for
 * problems said so that care staff can act on them: where in words, a deck
 * file that is gone, JSON syntax, and pictures that are missing.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-deck-enums.h"
#include "vc-deck-loader.h"
#include "vc-deck-location.h"
#include "vc-deck-problem.h"

/* A dilemma in two parts: the first with a question of its own, the
 * second with none, and the card's question after the last part. */
static const char *staged_deck =
  "{\n"
  "  \"format-version\": 1,\n"
  "  \"id\": \"org.example.stages\",\n"
  "  \"version\": \"1.0\",\n"
  "  \"kind\": \"dilemmas\",\n"
  "  \"title\": \"Test\",\n"
  "  \"description\": \"A deck for tests.\",\n"
  "  \"source-language\": \"en\",\n"
  "  \"authors\": [\"Someone\"],\n"
  "  \"license\": \"CC-BY-SA-4.0\",\n"
  "  \"audience\": [\"staff-meeting\"],\n"
  "  \"cards\": [\n"
  "    { \"id\": \"one\", \"kind\": \"dilemma\", \"title\": \"A familiar name\",\n"
  "      \"stages\": [\n"
  "        { \"text\": \"First part\",\n"
  "          \"questions\": [{ \"text\": \"Keep it?\", \"options\": [\"Yes\", \"No\"] }] },\n"
  "        \"Second part\"\n"
  "      ],\n"
  "      \"questions\": [\"And now?\"] }\n"
  "  ]\n"
  "}\n";

static VcDeck *
load_string (const char       *json,
             VcDeckLoadFlags   flags,
             GListModel      **problems,
             GError          **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return vc_deck_load_bytes (bytes, NULL, flags | VC_DECK_LOAD_NO_TRANSLATE, problems, error);
}

static VcDeckProblem *
find_problem (GListModel *problems,
              const char *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (g_strcmp0 (vc_deck_problem_get_path (problem), path) == 0)
        return g_steal_pointer (&problem);
    }

  return NULL;
}

static gboolean
has_string (VcDeck     *deck,
            const char *msgid,
            const char *path)
{
  GPtrArray *strings = vc_deck_get_strings (deck);

  for (guint i = 0; i < strings->len; i++)
    {
      VcDeckString *s = g_ptr_array_index (strings, i);

      if (g_str_equal (s->msgid, msgid) && g_str_equal (s->path, path))
        return TRUE;
    }

  return FALSE;
}

static void
test_stage_questions (void)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  VcQuestion *question;
  VcCard *card;

  deck = load_string (staged_deck, VC_DECK_LOAD_COLLECT_STRINGS, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);

  card = vc_deck_find_card (deck, "one");
  g_assert_cmpstrv (vc_card_get_stages (card), ((const char *[]) { "First part", "Second part", NULL }));

  /* The first part's question is its own, with its answer options. */
  g_assert_cmpuint (vc_card_get_stage_questions (card, 0)->len, ==, 1);
  question = g_ptr_array_index (vc_card_get_stage_questions (card, 0), 0);
  g_assert_cmpstr (question->text, ==, "Keep it?");
  g_assert_cmpstrv (question->options, ((const char *[]) { "Yes", "No", NULL }));
  g_assert_null (vc_card_get_stage_questions (card, 1));
  g_assert_null (vc_card_get_stage_questions (card, 7));

  /* The card's own question comes after the last part, not the first. */
  first = vc_card_dup_questions_for_stage (card, 0);
  second = vc_card_dup_questions_for_stage (card, 1);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_true (g_ptr_array_index (first, 0) == question);
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (second, 0))->text, ==, "And now?");

  /* Every string of a part is there to translate, with where it is. */
  g_assert_true (has_string (deck, "First part", "$.cards[0].stages[0].text"));
  g_assert_true (has_string (deck, "Keep it?", "$.cards[0].stages[0].questions[0].text"));
  g_assert_true (has_string (deck, "No", "$.cards[0].stages[0].questions[0].options[1]"));
  g_assert_true (has_string (deck, "Second part", "$.cards[0].stages[1]"));
  g_assert_true (has_string (deck, "And now?", "$.cards[0].questions[0]"));
}

/* A dilemma whose only questions are in its parts still has something to
 * talk about. */
static void
test_stage_questions_only (void)
{
  g_autoptr(GString) json = g_string_new (staged_deck);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) last = NULL;

  g_assert_cmpuint (g_string_replace (json, ",\n      \"questions\": [\"And now?\"]", "", 1), ==, 1);
  deck = load_string (json->str, 0, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);

  last = vc_card_dup_questions_for_stage (vc_deck_find_card (deck, "one"), 1);
  g_assert_cmpuint (last->len, ==, 0);
}

static void
test_stage_errors (void)
{
  static const struct {
    const char *find;
    const char *replace;
    VcDeckSeverity severity;
    VcDeckError code;
    const char *path;
  } cases[] = {
    { "\"Second part\"", "5", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_WRONG_TYPE, "$.cards[0].stages[1]" },
    { "\"Second part\"", "[\"Second part\"]", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_WRONG_TYPE, "$.cards[0].stages[1]" },
    { "\"text\": \"First part\",", "", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_MISSING_FIELD, "$.cards[0].stages[0].text" },
    { "\"text\": \"First part\"", "\"text\": \"  \"", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_EMPTY_TEXT, "$.cards[0].stages[0].text" },
    { "[{ \"text\": \"Keep it?\", \"options\": [\"Yes\", \"No\"] }]", "[]", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_INVALID_VALUE, "$.cards[0].stages[0].questions" },
    { "[{ \"text\": \"Keep it?\", \"options\": [\"Yes\", \"No\"] }]", "\"Keep it?\"", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_WRONG_TYPE, "$.cards[0].stages[0].questions" },
    { "[\"Yes\", \"No\"]", "[\"Yes\"]", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_INVALID_VALUE, "$.cards[0].stages[0].questions[0].options" },
    { "{ \"text\": \"Keep it?\"", "{ \"txt\": \"Keep it?\"", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_MISSING_FIELD, "$.cards[0].stages[0].questions[0].text" },
    { "\"text\": \"First part\",", "\"text\": \"First part\", \"colour\": \"red\",", VC_DECK_SEVERITY_WARNING, VC_DECK_ERROR_UNKNOWN_MEMBER, "$.cards[0].stages[0].colour" },
    /* Without the part's questions and the card's, nothing is left to talk about. */
    { ",\n          \"questions\": [{ \"text\": \"Keep it?\", \"options\": [\"Yes\", \"No\"] }] },\n        \"Second part\"\n      ],\n      \"questions\": [\"And now?\"] }",
      " },\n        \"Second part\"\n      ] }", VC_DECK_SEVERITY_ERROR, VC_DECK_ERROR_INVALID_VALUE, "$.cards[0]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) json = g_string_new (staged_deck);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;
      g_autoptr(VcDeckProblem) problem = NULL;

      g_test_message ("case %u: %s", i, cases[i].path);
      g_assert_cmpuint (g_string_replace (json, cases[i].find, cases[i].replace, 1), ==, 1);
      deck = load_string (json->str, 0, &problems, &error);

      problem = find_problem (problems, cases[i].path);
      g_assert_nonnull (problem);
      g_assert_cmpint (vc_deck_problem_get_code (problem), ==, cases[i].code);
      g_assert_cmpint (vc_deck_problem_get_severity (problem), ==, cases[i].severity);
      g_assert_nonnull (vc_deck_problem_get_hint (problem));

      if (cases[i].severity == VC_DECK_SEVERITY_ERROR)
        {
          g_assert_null (deck);
          g_assert_nonnull (error);
        }
      else
        g_assert_nonnull (deck);
    }
}

/* The two-part dilemmas that ship keep the second part's questions for the
 * second part. */
static void
test_shipped_two_part_dilemma (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  guint n_two_part = 0;
  VcCard *card;

  deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  g_assert_no_error (error);

  card = vc_deck_find_card (deck, "a-familiar-name");
  g_assert_nonnull (card);
  first = vc_card_dup_questions_for_stage (card, 0);
  second = vc_card_dup_questions_for_stage (card, 1);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (first, 0))->text, ==,
                   "Should Ahmed handle the case? Why, or why not?");
  g_assert_cmpuint (second->len, ==, 3);
  g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (second, 0))->text, ==,
                   "What should Ahmed say now to the applicant and to his family?");

  /* Every dilemma told in two parts has questions for its first part. */
  for (guint i = 0; i < vc_deck_get_n_cards (deck); i++)
    {
      g_autoptr(VcCard) c = g_list_model_get_item (vc_deck_get_cards (deck), i);

      if (g_strv_length ((char **)vc_card_get_stages (c)) < 2)
        continue;
      n_two_part++;
      g_assert_nonnull (vc_card_get_stage_questions (c, 0));
    }
  g_assert_cmpuint (n_two_part, >=, 1);
}

/* Places are said counting from one, naming things by what the deck calls
 * them. */
static void
test_location_words (void)
{
  static const struct {
    const char *path;
    const char *words;
  } cases[] = {
    { "$.cards[2].title", "card 3, its title" },
    { "$.cards[0].title", "card 1 (“A familiar name”), its title" },
    { "$.cards[0].stages[1]", "card 1 (“A familiar name”), part 2" },
    { "$.cards[0].stages[0].questions[0].options[1]", "card 1 (“A familiar name”), part 1, question 1, answer option 2" },
    { "$.cards[0].actions[0].questions", "card 1 (“A familiar name”), alternative action 1 (“a”), its questions" },
    { "$.cards[1]", "card 2 (“A title far too long to be shown whole…”)" },
    { "$.values-game.words[4].definition", "value word 5 (“Privacy”), its definition" },
    { "$.values-game.images[1].alt", "picture 2, its alternative text" },
    { "$.values-game.instructions", "the values game, its instructions" },
    { "$.values-game", "the deck, its values game" },
    { "$.title", "the deck, its title" },
    { "$.colour", "the deck, “colour”" },
    { "$.audience[1]", "audience entry 2" },
    { "$.closing.questions[0]", "the closing card, question 1" },
    { "$.introduction.steps[1].title", "the introduction, step 2, its title" },
    { "$.translations.sv", "the translation “sv”" },
    { "$.cards[0].shades[3]", "card 1 (“A familiar name”), entry 4 of “shades”" },
  };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *none = NULL;

  root = json_from_string ("{ \"cards\": [ { \"title\": \"A familiar name\", \"actions\": [ { \"label\": \"a\" } ] },"
                           " { \"title\": \"A title far too long to be shown whole in a list of problems\" },"
                           " { \"title\": 7 } ],"
                           " \"values-game\": { \"words\": [ {}, {}, {}, {}, { \"word\": \"Privacy\" } ],"
                           " \"images\": [ {}, { \"file\": \"x.svg\" } ] } }", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = vc_deck_describe_path (root, cases[i].path, NULL, NULL);

      g_assert_cmpstr (words, ==, cases[i].words);
    }

  /* Without the deck, things are still counted. */
  none = vc_deck_describe_path (NULL, "$.cards[0].title", NULL, NULL);
  g_assert_cmpstr (none, ==, "card 1, its title");
}

/* What the app and the tool show by default is the place in words; the
 * JSON path is kept for those who ask for it. */
static void
test_location_in_problems (void)
{
  g_autoptr(GString) json = g_string_new (staged_deck);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *location = NULL;
  g_autofree char *line = NULL;
  g_autofree char *verbose = NULL;

  g_assert_cmpuint (g_string_replace (json, "[\"Yes\", \"No\"]", "[\"Yes\"]", 1), ==, 1);
  deck = load_string (json->str, 0, &problems, NULL);
  g_assert_null (deck);

  problem = find_problem (problems, "$.cards[0].stages[0].questions[0].options");
  g_assert_nonnull (problem);
  g_assert_cmpstr (vc_deck_problem_get_place (problem), ==,
                   "card 1 (“A familiar name”), part 1, question 1, its answer options");

  location = vc_deck_problem_get_location (problem);
  g_assert_cmpstr (location, ==, "Card 1 (“A familiar name”), part 1, question 1, its answer options");

  line = vc_deck_problem_format (problem, "deck.vcdeck");
  g_assert_true (g_str_has_prefix (line, "deck.vcdeck: card 1 (“A familiar name”), part 1, question 1, its answer options: error: "));
  g_assert_null (strstr (line, "$."));

  verbose = vc_deck_problem_format_with_path (problem, "deck.vcdeck");
  g_assert_true (g_str_has_prefix (verbose, "deck.vcdeck: $.cards[0].stages[0].questions[0].options (card 1"));
}

/* A file that is not there is not "fixed in a text editor". */
static void
test_not_found (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  deck = vc_deck_load_file (file, 0, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);

  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpint (vc_deck_problem_get_code (problem), ==, VC_DECK_ERROR_NOT_FOUND);
  g_assert_cmpstr (vc_deck_problem_get_message (problem), ==, "The file does not exist.");
  g_assert_nonnull (strstr (vc_deck_problem_get_hint (problem), "moved, renamed or deleted"));
  g_assert_null (strstr (vc_deck_problem_get_hint (problem), "editor"));

  g_rmdir (dir);
}

/* The JSON parser's words are not shown as they are: the app says what is
 * wrong, where, in its own words. */
static void
test_syntax_message (void)
{
  static const struct {
    const char *json;
    const char *message;  /* a regular expression */
  } cases[] = {
    { "{\n  \"id\": \"x\",\n  \"title\" \"missing colon\"\n}\n",
      "^The file is not valid JSON at line 3, column [0-9]+: a colon \\(:\\) is missing after a member’s name\\.$" },
    { "{\n  \"id\": \"x\",\n  \"title\": \"x\",\n}\n",
      "^The file is not valid JSON at line 3, column [0-9]+: there is a comma after the last entry of a list or an object\\.$" },
    { "{\n  \"id\": \"x\"\n  \"title\": \"x\"\n}\n",
      "^The file is not valid JSON at line [23], column [0-9]+: a comma is missing between two entries\\.$" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(VcDeckProblem) problem = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;

      deck = load_string (cases[i].json, 0, &problems, &error);
      g_assert_null (deck);
      g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX);
      problem = g_list_model_get_item (problems, 0);
      /* The column is json-glib's to find; the line and the words are ours. */
      if (!g_regex_match_simple (cases[i].message, vc_deck_problem_get_message (problem), 0, 0))
        g_error ("“%s” does not match “%s”", vc_deck_problem_get_message (problem), cases[i].message);
      g_assert_null (strstr (vc_deck_problem_get_message (problem), "Parse error"));
      g_assert_null (strstr (vc_deck_problem_get_message (problem), "<data>"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/stages/questions", test_stage_questions);
  g_test_add_func ("/deck/stages/questions-only", test_stage_questions_only);
  g_test_add_func ("/deck/stages/errors", test_stage_errors);
  g_test_add_func ("/deck/stages/shipped", test_shipped_two_part_dilemma);
  g_test_add_func ("/deck/location/words", test_location_words);
  g_test_add_func ("/deck/location/problems", test_location_in_problems);
  g_test_add_func ("/deck/load/not-found", test_not_found);
  g_test_add_func ("/deck/load/syntax-message", test_syntax_message);

  return g_test_run ();
}
