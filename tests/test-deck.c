/* test-deck.c
 *
 * Tests for reading and checking decks: the shipped decks, every error path,
 * the corpus of broken and hostile decks, and the files that must never be
 * read.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-deck-enums.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

static char *
data_path (const char *first,
           ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer)g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer)first);
  va_start (args, first);
  for (const char *p = va_arg (args, const char *); p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer)p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **)parts->pdata);
}

static VcDeck *
load_path (const char  *path,
           GListModel **problems,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, problems, error);
}

static VcDeck *
load_string (const char  *json,
             const char  *base_dir,
             GListModel **problems,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return vc_deck_load_bytes (bytes, base_dir, VC_DECK_LOAD_NO_TRANSLATE, problems, error);
}

static gboolean
has_problem (GListModel  *problems,
             VcDeckError  code,
             const char  *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_code (problem) == code &&
          (path == NULL || g_strcmp0 (vc_deck_problem_get_path (problem), path) == 0))
        return TRUE;
    }

  return FALSE;
}

static char *
describe_problems (GListModel *problems)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *line = vc_deck_problem_format (problem, "deck");

      g_string_append_printf (str, "  %s [%s]\n", line,
                              vc_deck_error_get_nick (vc_deck_problem_get_code (problem)));
    }

  return g_string_free (str, FALSE);
}

/* The deck of values_game_with_picture() whose one picture could not be
 * read: it is there, as a stand-in with the deck's alternative text. */
static void
assert_only_picture_missing (VcDeck *deck)
{
  g_autoptr(VcDeckImage) image = NULL;

  g_assert_nonnull (deck);
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_get_images (deck)), ==, 1);
  image = g_list_model_get_item (vc_deck_get_images (deck), 0);
  g_assert_true (vc_deck_image_is_missing (image));
  g_assert_null (vc_deck_image_get_bytes (image));
  g_assert_cmpstr (vc_deck_image_get_alt (image), ==, "A picture");
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_get_warnings (deck)), >, 0);
}

/* A small valid deck that tests change one thing in. */
static const char *valid_deck =
  "{\n"
  "  \"format-version\": 1,\n"
  "  \"id\": \"org.example.test\",\n"
  "  \"version\": \"1.0\",\n"
  "  \"kind\": \"dilemmas\",\n"
  "  \"title\": \"Test\",\n"
  "  \"description\": \"A deck for tests.\",\n"
  "  \"source-language\": \"en\",\n"
  "  \"authors\": [\"Someone\"],\n"
  "  \"license\": \"CC-BY-SA-4.0\",\n"
  "  \"audience\": [\"staff-meeting\"],\n"
  "  \"cards\": [\n"
  "    { \"id\": \"one\", \"kind\": \"dilemma\", \"title\": \"One\",\n"
  "      \"stages\": [\"First part\", \"Second part\"],\n"
  "      \"questions\": [\"Why?\", { \"text\": \"Which?\", \"options\": [\"This\", \"That\"] }],\n"
  "      \"actions\": [{ \"label\": \"a\", \"text\": \"Act\", \"questions\": [\"Then?\"] }] },\n"
  "    { \"id\": \"two\", \"kind\": \"question\", \"text\": \"What matters?\" }\n"
  "  ],\n"
  "  \"closing\": { \"id\": \"end\", \"kind\": \"closing\", \"title\": \"End\",\n"
  "                \"questions\": [\"What do we take with us?\"] }\n"
  "}\n";

/* The valid deck turned into a values game with one picture. */
static GString *
values_game_with_picture (const char *file)
{
  GString *json = g_string_new (valid_deck);
  g_autofree char *game = g_strdup_printf ("\"values-game\": { \"instructions\": \"Pair them\","
                                           " \"words\": [{\"id\": \"w\", \"word\": \"Dignity\", \"definition\": \"Worth\"}],"
                                           " \"images\": [{\"id\": \"i\", \"file\": \"%s\", \"alt\": \"A picture\"}] },"
                                           " \"cards\": [", file);

  g_string_replace (json, "\"kind\": \"dilemmas\"", "\"kind\": \"values-game\"", 1);
  g_string_replace (json, "\"cards\": [", game, 1);

  return json;
}

static void
test_load_valid_string (void)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  VcCard *card;
  VcAction *action;
  VcQuestion *question;

  deck = load_string (valid_deck, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);

  g_assert_cmpstr (vc_deck_get_id (deck), ==, "org.example.test");
  g_assert_cmpint (vc_deck_get_kind (deck), ==, VC_DECK_KIND_DILEMMAS);
  g_assert_cmpuint (vc_deck_get_minutes_per_card (deck), ==, 15);
  g_assert_cmpuint (vc_deck_get_n_cards (deck), ==, 2);
  g_assert_true (vc_deck_get_audience (deck) == VC_DECK_AUDIENCE_STAFF_MEETING);

  card = vc_deck_find_card (deck, "one");
  g_assert_nonnull (card);
  g_assert_cmpint (vc_card_get_kind (card), ==, VC_CARD_KIND_DILEMMA);
  g_assert_cmpuint (g_strv_length ((char **)vc_card_get_stages (card)), ==, 2);
  g_assert_cmpuint (vc_card_get_questions (card)->len, ==, 2);
  question = g_ptr_array_index (vc_card_get_questions (card), 1);
  g_assert_cmpstr (question->text, ==, "Which?");
  g_assert_cmpstr (question->options[1], ==, "That");
  g_assert_cmpuint (vc_card_get_actions (card)->len, ==, 1);
  action = g_ptr_array_index (vc_card_get_actions (card), 0);
  g_assert_cmpstr (action->label, ==, "a");
  g_assert_cmpuint (action->questions->len, ==, 1);

  card = vc_deck_find_card (deck, "two");
  g_assert_cmpstr (vc_card_get_text (card), ==, "What matters?");
  g_assert_null (vc_card_get_title (card));

  g_assert_nonnull (vc_deck_get_closing (deck));
  g_assert_true (vc_deck_find_card (deck, "end") == vc_deck_get_closing (deck));
}

static VcDeck *
load_shipped (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;
  VcDeck *deck = load_path (path, &problems, &error);

  described = describe_problems (problems);
  if (g_list_model_get_n_items (problems) > 0)
    g_error ("%s has problems:\n%s", name, described);
  g_assert_no_error (error);
  g_assert_nonnull (deck);

  return deck;
}

/* The decks that ship must open with no errors and no warnings, say what
 * they are for, and end a group's meeting with the closing card. */
static void
test_load_shipped (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("VALUE_CARDS_DECKS_DIR"), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(VcDeck) deck = NULL;
      VcCard *closing;
      GPtrArray *questions;

      if (!g_str_has_suffix (name, ".vcdeck"))
        continue;

      deck = load_shipped (name);
      n++;
      g_assert_nonnull (vc_deck_get_description (deck));
      g_assert_cmpstr (vc_deck_get_translation_domain (deck), ==, GETTEXT_PACKAGE);
      if (vc_deck_get_kind (deck) != VC_DECK_KIND_VALUES_GAME)
        g_assert_cmpuint (vc_deck_get_n_cards (deck), >, 0);

      if (!(vc_deck_get_audience (deck) & VC_DECK_AUDIENCE_STAFF_MEETING))
        continue;

      closing = vc_deck_get_closing (deck);
      g_assert_nonnull (closing);
      g_assert_cmpstr (vc_card_get_title (closing), ==, "What do we take with us?");
      questions = vc_card_get_questions (closing);
      g_assert_cmpuint (questions->len, ==, 3);
      g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (questions, 0))->text, ==, "What are we good at?");
      g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (questions, 1))->text, ==, "Where can we improve?");
      g_assert_cmpstr (((VcQuestion *)g_ptr_array_index (questions, 2))->text, ==,
                       "Which values must we keep working on together?");
    }

  g_assert_cmpuint (n, >=, 7);
}

static void
test_shipped_values_game (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("values-game.vcdeck");
  GListModel *images = vc_deck_get_images (deck);

  g_assert_cmpint (vc_deck_get_kind (deck), ==, VC_DECK_KIND_VALUES_GAME);
  g_assert_cmpuint (vc_deck_get_words (deck)->len, ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (images), ==, 12);

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      const VcValueWord *word = g_ptr_array_index (vc_deck_get_words (deck), i);

      g_assert_nonnull (vc_deck_image_get_alt (image));
      g_assert_nonnull (vc_deck_image_get_caption (image));
      g_assert_cmpint (vc_deck_image_get_format (image), ==, VC_IMAGE_FORMAT_SVG);
      /* Small enough to mail, and to load in an instant. */
      g_assert_cmpuint (g_bytes_get_size (vc_deck_image_get_bytes (image)), <, 40 * 1024);
      /* Read aloud in about ten seconds. */
      g_assert_cmpuint (g_utf8_strlen (word->definition, -1), <=, 200);
    }
}

static void
test_shipped_dilemmas (void)
{
  g_autoptr(VcDeck) deck = load_shipped ("workplace-dilemmas.vcdeck");
  GListModel *cards = vc_deck_get_cards (deck);
  guint n_staged = 0, n_options = 0, n_actions = 0;

  g_assert_cmpint (vc_deck_get_kind (deck), ==, VC_DECK_KIND_DILEMMAS);
  g_assert_cmpuint (g_list_model_get_n_items (cards), >=, 12);

  /* Every structure the format has is used. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      GPtrArray *questions = vc_card_get_questions (card);

      g_assert_cmpint (vc_card_get_kind (card), ==, VC_CARD_KIND_DILEMMA);
      if (g_strv_length ((char **)vc_card_get_stages (card)) > 1)
        n_staged++;
      if (vc_card_get_actions (card)->len > 0)
        n_actions++;
      for (guint j = 0; j < questions->len; j++)
        if (((VcQuestion *)g_ptr_array_index (questions, j))->options != NULL)
          {
            n_options++;
            break;
          }
    }

  g_assert_cmpuint (n_staged, >=, 2);
  g_assert_cmpuint (n_options, >=, 1);
  g_assert_cmpuint (n_actions, >=, 1);
}

static void
test_shipped_other_decks (void)
{
  g_autoptr(VcDeck) questions = load_shipped ("drawing-questions.vcdeck");
  g_autoptr(VcDeck) guidelines = load_shipped ("ethical-guidelines.vcdeck");
  g_autoptr(VcDeck) conflicts = load_shipped ("value-conflicts.vcdeck");
  g_autoptr(VcDeck) conversation = load_shipped ("good-conversation.vcdeck");
  g_autoptr(VcDeck) relatives = load_shipped ("supporting-relatives.vcdeck");
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  const VcIntroduction *intro;

  g_assert_cmpint (vc_deck_get_kind (questions), ==, VC_DECK_KIND_QUESTIONS);
  g_assert_cmpuint (vc_deck_get_n_cards (questions), >=, 20);

  g_assert_cmpint (vc_deck_get_kind (guidelines), ==, VC_DECK_KIND_STATEMENTS);
  for (guint i = 0; i < vc_deck_get_n_cards (guidelines); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (guidelines), i);

      g_assert_nonnull (vc_card_get_group (card));
      g_assert_nonnull (vc_card_get_prompt (card));
      g_hash_table_add (groups, (gpointer)vc_card_get_group (card));
    }
  g_assert_cmpuint (g_hash_table_size (groups), ==, 3);

  g_assert_cmpuint (vc_deck_get_n_cards (conflicts), ==, 5);

  intro = vc_deck_get_introduction (conversation);
  g_assert_nonnull (intro);
  g_assert_cmpuint (g_strv_length (intro->step_titles), ==, 5);
  g_assert_nonnull (intro->ground_rules);

  g_assert_cmpuint (vc_deck_get_n_cards (relatives), >=, 10);
}

/* Every file in tests/data/broken has one problem, named in expected.tsv. */
static void
test_corpus (gconstpointer data)
{
  const char *folder = data;
  g_autofree char *dir = data_path ("data", folder, NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean warnings = g_str_equal (folder, "warnings");
  guint n = 0;

  g_file_get_contents (expected_path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_autofree char *path = NULL;
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autoptr(VcDeck) deck = NULL;
      g_autofree char *described = NULL;
      const char *json_path;
      GEnumValue *code = NULL;
      g_autoptr(GEnumClass) klass = g_type_class_ref (VC_TYPE_DECK_ERROR);

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      path = g_build_filename (dir, fields[0], NULL);
      json_path = g_str_equal (fields[2], "-") ? NULL : fields[2];

      /* Folders and FIFOs cannot be kept in git; make them here. */
      if (g_str_equal (fields[0], "image-directory.vcdeck"))
        {
          g_autofree char *images = g_build_filename (dir, "images", NULL);

          g_mkdir_with_parents (images, 0755);
        }
      if (g_str_equal (fields[0], "directory.vcdeck"))
        g_mkdir_with_parents (path, 0755);

      deck = load_path (path, &problems, &load_error);
      described = describe_problems (problems);
      g_test_message ("%s:\n%s", fields[0], described);

      if (warnings)
        {
          g_assert_no_error (load_error);
          g_assert_nonnull (deck);
          g_assert_cmpuint (vc_deck_problems_count (problems, VC_DECK_SEVERITY_WARNING), >, 0);
          g_assert_cmpuint (vc_deck_problems_count (problems, VC_DECK_SEVERITY_ERROR), ==, 0);
          if (!g_str_equal (fields[1], "warning"))
            {
              code = g_enum_get_value_by_nick (klass, fields[1]);
              if (code == NULL)
                g_error ("%s: unknown warning code %s", fields[0], fields[1]);
              if (!has_problem (problems, code->value, json_path))
                g_error ("%s: expected %s at %s, got:\n%s", fields[0], fields[1],
                         fields[2], described);
            }
        }
      else
        {
          code = g_enum_get_value_by_nick (klass, fields[1]);
          if (code == NULL)
            g_error ("%s: unknown error code %s", fields[0], fields[1]);

          /* Never half-loaded: any error means no deck at all. */
          g_assert_null (deck);
          g_assert_nonnull (load_error);
          g_assert_true (load_error->domain == VC_DECK_ERROR);
          if (!has_problem (problems, code->value, json_path))
            g_error ("%s: expected %s at %s, got:\n%s", fields[0], fields[1],
                     fields[2], described);

          /* Each problem says what to do about it. */
          for (guint j = 0; j < g_list_model_get_n_items (problems); j++)
            {
              g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, j);

              g_assert_nonnull (vc_deck_problem_get_hint (problem));
              g_assert_cmpstr (vc_deck_problem_get_message (problem), !=, "");
            }
        }
      n++;
    }

  if (!warnings)
    g_assert_cmpuint (n, >=, 30);
}

static void
test_error_paths (void)
{
  static const struct {
    const char *find;
    const char *replace;
    VcDeckError code;
    const char *path;
  } cases[] = {
    { "\"format-version\": 1", "\"format-version\": 3", VC_DECK_ERROR_UNSUPPORTED_VERSION, "$.format-version" },
    { "\"format-version\": 1", "\"format-version\": 1.5", VC_DECK_ERROR_WRONG_TYPE, "$.format-version" },
    { "\"title\": \"Test\"", "\"title\": 7", VC_DECK_ERROR_WRONG_TYPE, "$.title" },
    { "\"title\": \"Test\"", "\"title\": \" \\n\"", VC_DECK_ERROR_EMPTY_TEXT, "$.title" },
    { "\"title\": \"Test\",", "", VC_DECK_ERROR_MISSING_FIELD, "$.title" },
    { "\"id\": \"two\"", "\"id\": \"one\"", VC_DECK_ERROR_DUPLICATE_ID, "$.cards[1].id" },
    { "\"id\": \"end\"", "\"id\": \"one\"", VC_DECK_ERROR_DUPLICATE_ID, "$.closing.id" },
    { "\"kind\": \"dilemmas\"", "\"kind\": \"poems\"", VC_DECK_ERROR_INVALID_VALUE, "$.kind" },
    { "\"staff-meeting\"", "\"everyone\"", VC_DECK_ERROR_INVALID_VALUE, "$.audience[0]" },
    { "[\"This\", \"That\"]", "[\"This\"]", VC_DECK_ERROR_INVALID_VALUE, "$.cards[0].questions[1].options" },
    { "\"kind\": \"closing\"", "\"kind\": \"question\"", VC_DECK_ERROR_INVALID_VALUE, "$.closing.kind" },
    { "\"kind\": \"dilemmas\"", "\"kind\": \"values-game\"", VC_DECK_ERROR_MISSING_FIELD, "$.values-game" },
    { "\"questions\": [\"Then?\"]", "\"questions\": []", VC_DECK_ERROR_INVALID_VALUE, "$.cards[0].actions[0].questions" },
    { "\"source-language\": \"en\"", "\"source-language\": \"English\"", VC_DECK_ERROR_INVALID_VALUE, "$.source-language" },
    { "\"id\": \"org.example.test\"", "\"id\": \"../etc\"", VC_DECK_ERROR_INVALID_VALUE, "$.id" },
    { "\"authors\": [\"Someone\"]", "\"authors\": \"Someone\"", VC_DECK_ERROR_WRONG_TYPE, "$.authors" },
    { "\"description\": \"A deck for tests.\",", "\"minutes-per-card\": 0,", VC_DECK_ERROR_INVALID_VALUE, "$.minutes-per-card" },
    { "{ \"id\": \"two\", \"kind\": \"question\", \"text\": \"What matters?\" }", "42", VC_DECK_ERROR_WRONG_TYPE, "$.cards[1]" },
    { "\"Why?\",", "null,", VC_DECK_ERROR_WRONG_TYPE, "$.cards[0].questions[0]" },
    { "\"stages\": [\"First part\", \"Second part\"],", "", VC_DECK_ERROR_MISSING_FIELD, "$.cards[0].stages" },
    { "\"license\": \"CC-BY-SA-4.0\",", "\"translations\": { \"sv\": \"data:application/x-gettext-translation;base64,AAAA\" }, \"license\": \"CC-BY-SA-4.0\",", VC_DECK_ERROR_TRANSLATION_INVALID, "$.translations.sv" },
    { "\"license\": \"CC-BY-SA-4.0\",", "\"translations\": { \"swedish!\": \"x\" }, \"license\": \"CC-BY-SA-4.0\",", VC_DECK_ERROR_INVALID_VALUE, "$.translations.swedish!" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) json = g_string_new (valid_deck);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;
      g_autofree char *described = NULL;

      g_assert_cmpuint (g_string_replace (json, cases[i].find, cases[i].replace, 1), ==, 1);
      deck = load_string (json->str, NULL, &problems, &error);
      described = describe_problems (problems);

      g_assert_null (deck);
      if (vc_deck_problems_count (problems, VC_DECK_SEVERITY_ERROR) == 1)
        g_assert_error (error, VC_DECK_ERROR, (int)cases[i].code);
      else
        g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID);
      if (!has_problem (problems, cases[i].code, cases[i].path))
        g_error ("case %u: expected %s at %s, got:\n%s", i,
                 vc_deck_error_get_nick (cases[i].code), cases[i].path, described);
    }
}

static void
test_all_problems_at_once (void)
{
  g_autoptr(GString) json = g_string_new (valid_deck);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  g_string_replace (json, "\"title\": \"Test\"", "\"title\": \"\"", 1);
  g_string_replace (json, "\"id\": \"two\"", "\"id\": \"one\"", 1);
  g_string_replace (json, "\"staff-meeting\"", "\"nobody\"", 1);
  g_string_replace (json, "\"description\"", "\"descripton\"", 1);

  deck = load_string (json->str, NULL, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID);
  g_assert_cmpuint (vc_deck_problems_count (problems, VC_DECK_SEVERITY_ERROR), ==, 3);
  g_assert_true (has_problem (problems, VC_DECK_ERROR_EMPTY_TEXT, "$.title"));
  g_assert_true (has_problem (problems, VC_DECK_ERROR_DUPLICATE_ID, "$.cards[1].id"));
  g_assert_true (has_problem (problems, VC_DECK_ERROR_INVALID_VALUE, "$.audience[0]"));
  /* The misspelt member is a warning, kept apart from the errors. */
  g_assert_true (has_problem (problems, VC_DECK_ERROR_UNKNOWN_MEMBER, "$.descripton"));
  g_assert_cmpuint (vc_deck_problems_count (problems, VC_DECK_SEVERITY_WARNING), ==, 2);
}

static void
test_syntax_position (void)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckProblem) problem = NULL;
  g_autofree char *line = NULL;

  deck = load_string ("{\n  \"id\": \"x\",\n  \"title\" \"missing colon\"\n}\n", NULL, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);

  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpuint (vc_deck_problem_get_line (problem), ==, 3);
  g_assert_cmpuint (vc_deck_problem_get_column (problem), >, 1);
  g_assert_null (vc_deck_problem_get_path (problem));

  line = vc_deck_problem_format (problem, "deck.vcdeck");
  g_assert_true (g_str_has_prefix (line, "deck.vcdeck:3:"));
  g_assert_nonnull (strstr (line, ": error: "));
}

static void
test_empty (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new (NULL, 0);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_DEFAULT, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
}

static void
test_invalid_utf8_position (void)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcDeckProblem) problem = NULL;

  deck = load_string ("{\n  \"title\": \"ok\",\n  \"x\": \"bad \xc3\x28\"\n}", NULL, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_UTF8);
  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpuint (vc_deck_problem_get_line (problem), ==, 3);
  g_assert_cmpuint (vc_deck_problem_get_column (problem), ==, 13);
}

static void
test_depth (void)
{
  g_autoptr(GString) json = g_string_new ("{\"a\": ");
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  /* A million brackets must be turned away, not recursed into. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (json, '[');

  deck = load_string (json->str, NULL, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_DEEP);

  /* Brackets inside strings do not count. */
  g_clear_error (&error);
  g_clear_object (&problems);
  g_string_assign (json, valid_deck);
  g_string_replace (json, "What matters?", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", 1);
  deck = load_string (json->str, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
}

static void
test_fifo_does_not_block (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.vcdeck", NULL);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  /* Nothing ever writes to the FIFO: a blocking read would hang the test. */
  deck = load_path (fifo, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_REGULAR);

  g_unlink (fifo);
  g_rmdir (dir);
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.vcdeck", NULL);
  g_autofree char *images = g_build_filename (dir, "images", NULL);
  g_autofree char *big_image = g_build_filename (images, "big.svg", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "deck.vcdeck", NULL);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GString) json = NULL;
  FILE *f;

  /* Sparse files: big on paper, nothing on disk. */
  f = g_fopen (big, "w");
  g_assert_cmpint (ftruncate (fileno (f), VC_DECK_MAX_FILE_SIZE + 1), ==, 0);
  fclose (f);

  deck = load_path (big, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE);

  g_clear_error (&error);
  g_clear_object (&problems);
  g_mkdir (images, 0755);
  f = g_fopen (big_image, "w");
  g_assert_cmpint (ftruncate (fileno (f), VC_DECK_MAX_IMAGE_SIZE + 1), ==, 0);
  fclose (f);

  json = values_game_with_picture ("images/big.svg");
  g_file_set_contents (deck_path, json->str, -1, &error);
  g_assert_no_error (error);

  /* A picture too large to read is missing, not a reason to refuse the deck. */
  deck = load_path (deck_path, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_true (has_problem (problems, VC_DECK_ERROR_IMAGE_TOO_LARGE, "$.values-game.images[0].file"));
  assert_only_picture_missing (deck);

  g_unlink (big);
  g_unlink (big_image);
  g_unlink (deck_path);
  g_rmdir (images);
  g_rmdir (dir);
}

static void
test_image_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.svg", NULL);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GString) json = values_game_with_picture ("pipe.svg");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  deck = load_string (json->str, dir, &problems, &error);
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, VC_DECK_ERROR_IMAGE_NOT_REGULAR, "$.values-game.images[0].file"));
  assert_only_picture_missing (deck);

  g_unlink (fifo);
  g_rmdir (dir);
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_async (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  vc_deck_load_async (file, VC_DECK_LOAD_DEFAULT, NULL,
                      store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  deck = vc_deck_load_finish (result, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_true (g_file_equal (vc_deck_get_file (deck), file));
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/load/valid-string", test_load_valid_string);
  g_test_add_func ("/deck/shipped/all", test_load_shipped);
  g_test_add_func ("/deck/shipped/values-game", test_shipped_values_game);
  g_test_add_func ("/deck/shipped/dilemmas", test_shipped_dilemmas);
  g_test_add_func ("/deck/shipped/other-decks", test_shipped_other_decks);
  g_test_add_func ("/deck/load/async", test_async);
  g_test_add_func ("/deck/load/error-paths", test_error_paths);
  g_test_add_func ("/deck/load/all-problems-at-once", test_all_problems_at_once);
  g_test_add_func ("/deck/load/syntax-position", test_syntax_position);
  g_test_add_func ("/deck/load/invalid-utf8-position", test_invalid_utf8_position);
  g_test_add_func ("/deck/load/empty", test_empty);
  g_test_add_func ("/deck/load/depth", test_depth);
  g_test_add_func ("/deck/load/fifo", test_fifo_does_not_block);
  g_test_add_func ("/deck/load/too-large", test_too_large);
  g_test_add_func ("/deck/image/fifo", test_image_fifo);
  g_test_add_data_func ("/deck/corpus/broken", "broken", test_corpus);
  g_test_add_data_func ("/deck/corpus/warnings", "warnings", test_corpus);

  return g_test_run ();
}
