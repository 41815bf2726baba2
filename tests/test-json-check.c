/* test-json-check.c
 *
 * Tests for the strict JSON check that runs before a deck is parsed, and
 * for the escaping of deck text that the deck tool prints.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "vc-deck-error.h"
#include "vc-deck-loader.h"
#include "vc-deck-pot.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"
#include "vc-terminal-text.h"

/* Texts every JSON reader takes the same way. The tree the check builds
 * of each must be json-glib's, except for whole numbers too large for 64
 * bits, which json-glib wraps round and the check does not. */
static const char * const valid_texts[] = {
  "{}",
  "[]",
  " \t\r\n{ } \n",
  "0",
  "-0",
  "\"just a text\"",
  "null",
  "{\"a\": [1, -0, 0.5, -1.5e10, 1E+2, 1e-2, 10, 120.025, true, false, null, \"x\", [], {}]}",
  "{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}",
  "[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]",
  "{\"t\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00C9 \\ud83d\\ude00 \\u001b\"}",
  "{\"a\": 1, \"\\u0062\": 2, \"a\\u0061\": 3}",
  /* Numbers JSON allows however large; json-glib reads them all. */
  "[1e400, -1e400, 99999999999999999999999999, 18446744073709551616, 0e0, -0.0e-0, 1.0E+2]",
  "{\"å\": \"Värdegrund – “bemötande” 😀\", \"ä\": 1}",
  "{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,"
  "\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,"
  "\"k17\":17,\"k18\":18,\"k19\":19,\"k20\":20,\"k\\u0032\\u0031\":21}",
};

/* Node for node, what json_node_equal() does not tell apart: an integer
 * from a double of the same value, and members in another order. */
static void
assert_same_tree (JsonNode *a,
                  JsonNode *b)
{
  g_assert_cmpint (JSON_NODE_TYPE (a), ==, JSON_NODE_TYPE (b));

  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *oa = json_node_get_object (a);
      JsonObject *ob = json_node_get_object (b);
      g_autoptr(GList) names_a = json_object_get_members (oa);
      g_autoptr(GList) names_b = json_object_get_members (ob);
      GList *la, *lb;

      g_assert_cmpuint (g_list_length (names_a), ==, g_list_length (names_b));
      for (la = names_a, lb = names_b; la != NULL; la = la->next, lb = lb->next)
        {
          g_assert_cmpstr (la->data, ==, lb->data);
          g_assert_true (json_node_get_parent (json_object_get_member (oa, la->data)) == a);
          assert_same_tree (json_object_get_member (oa, la->data),
                            json_object_get_member (ob, lb->data));
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a);
      JsonArray *ab = json_node_get_array (b);

      g_assert_cmpuint (json_array_get_length (aa), ==, json_array_get_length (ab));
      for (guint i = 0; i < json_array_get_length (aa); i++)
        {
          g_assert_true (json_node_get_parent (json_array_get_element (aa, i)) == a);
          assert_same_tree (json_array_get_element (aa, i), json_array_get_element (ab, i));
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (a))
    {
      GType type = json_node_get_value_type (a);

      g_assert_cmpstr (g_type_name (type), ==, g_type_name (json_node_get_value_type (b)));
      if (type == G_TYPE_STRING)
        g_assert_cmpstr (json_node_get_string (a), ==, json_node_get_string (b));
      else if (type == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (a), ==, json_node_get_int (b));
      else if (type == G_TYPE_DOUBLE)
        g_assert_cmpfloat (json_node_get_double (a), ==, json_node_get_double (b));
      else
        g_assert_cmpint (json_node_get_boolean (a), ==, json_node_get_boolean (b));
    }
}

static void
assert_parses_as_json_glib (const char *text,
                            gsize       size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  gsize offset;

  g_assert_cmpint (vc_json_check_parse (text, size, 32, &offset, &root), ==, VC_JSON_CHECK_OK);
  g_assert_nonnull (root);
  g_assert_null (json_node_get_parent (root));
  json_parser_load_from_data (parser, text, size, &error);
  g_assert_no_error (error);
  assert_same_tree (root, json_parser_get_root (parser));
}

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_texts); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;
      const char *text = valid_texts[i];
      gsize offset = 42;

      g_test_message ("%s", text);
      g_assert_cmpint (vc_json_check (text, strlen (text), 32, &offset), ==, VC_JSON_CHECK_OK);
      g_assert_cmpuint (offset, ==, strlen (text));

      /* What passes the check, json-glib must read. */
      json_parser_load_from_data (parser, text, strlen (text), &error);
      g_assert_no_error (error);

      if (strstr (text, "99999999999999999999") == NULL)
        assert_parses_as_json_glib (text, strlen (text));
    }
}

static void
test_parse_numbers (void)
{
  const char *text = "[1e400, -1e400, 99999999999999999999999999, -18446744073709551616, "
                     "9223372036854775807, -9223372036854775808, 0e0, 1.0E+2, -0, 7, -12, 0.5]";
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;
  gsize offset;
  struct {
    GType  type;
    gint64 whole;
    double real;
  } expected[] = {
    { G_TYPE_DOUBLE, 0, INFINITY },
    { G_TYPE_DOUBLE, 0, -INFINITY },
    { G_TYPE_INT64, G_MAXINT64, 0 },
    { G_TYPE_INT64, G_MININT64, 0 },
    { G_TYPE_INT64, G_MAXINT64, 0 },
    { G_TYPE_INT64, G_MININT64, 0 },
    { G_TYPE_DOUBLE, 0, 0.0 },
    { G_TYPE_DOUBLE, 0, 100.0 },
    { G_TYPE_INT64, 0, 0 },
    { G_TYPE_INT64, 7, 0 },
    { G_TYPE_INT64, -12, 0 },
    { G_TYPE_DOUBLE, 0, 0.5 },
  };

  g_assert_cmpint (vc_json_check_parse (text, strlen (text), 32, &offset, &root), ==, VC_JSON_CHECK_OK);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      g_assert_true (json_node_get_value_type (node) == expected[i].type);
      if (expected[i].type == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (node), ==, expected[i].whole);
      else
        g_assert_cmpfloat (json_node_get_double (node), ==, expected[i].real);
    }
}

/* Every deck and format the app comes with reads the same as json-glib
 * reads it. */
static void
test_parse_shipped (void)
{
  const char *dirs[] = { g_getenv ("VALUE_CARDS_DECKS_DIR"), g_getenv ("VALUE_CARDS_FORMATS_DIR") };
  guint n_files = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_assert_nonnull (dirs[d]);
      dir = g_dir_open (dirs[d], 0, NULL);
      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dirs[d], name, NULL);
          g_autofree char *contents = NULL;
          gsize size;

          if (!g_str_has_suffix (name, ".vcdeck") && !g_str_has_suffix (name, ".json"))
            continue;
          g_test_message ("%s", name);
          g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
          assert_parses_as_json_glib (contents, size);
          n_files++;
        }
    }

  g_assert_cmpuint (n_files, >=, 10);
}

typedef struct
{
  const char        *text;
  VcJsonCheckResult  result;
  guint              line;
  guint              column;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "{\"a\":01}", VC_JSON_CHECK_LEADING_ZERO, 1, 6 },
  { "{\"a\":-015}", VC_JSON_CHECK_LEADING_ZERO, 1, 6 },
  { "{\"a\":00}", VC_JSON_CHECK_LEADING_ZERO, 1, 6 },
  { "{\"a\":0x0f}", VC_JSON_CHECK_HEX_NUMBER, 1, 6 },
  { "{\"a\":-0X1}", VC_JSON_CHECK_HEX_NUMBER, 1, 6 },
  { "{\"a\":+1}", VC_JSON_CHECK_PLUS_SIGN, 1, 6 },
  { "{\"a\":.5}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":1.}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":1e}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":1e+}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":-}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":1.5.3}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "{\"a\":12abc}", VC_JSON_CHECK_INVALID_NUMBER, 1, 6 },
  { "[1,-", VC_JSON_CHECK_INVALID_NUMBER, 1, 4 },
  { "{\"a\":NaN}", VC_JSON_CHECK_NOT_A_NUMBER, 1, 6 },
  { "[Infinity]", VC_JSON_CHECK_NOT_A_NUMBER, 1, 2 },
  { "[-Infinity]", VC_JSON_CHECK_NOT_A_NUMBER, 1, 2 },
  { "{\"a\":\"\\x41\"}", VC_JSON_CHECK_INVALID_ESCAPE, 1, 7 },
  { "{\"a\":\"it\\'s\"}", VC_JSON_CHECK_INVALID_ESCAPE, 1, 9 },
  { "{\"a\":\"\\u12G4\"}", VC_JSON_CHECK_INVALID_UNICODE_ESCAPE, 1, 7 },
  { "{\"a\":\"\\u12\"}", VC_JSON_CHECK_INVALID_UNICODE_ESCAPE, 1, 7 },
  { "{\"a\":\"x\\u0000y\"}", VC_JSON_CHECK_NUL_ESCAPE, 1, 8 },
  { "{\"a\":\"\\ud800\"}", VC_JSON_CHECK_LONE_SURROGATE, 1, 7 },
  { "{\"a\":\"\\ud800\\u0041\"}", VC_JSON_CHECK_LONE_SURROGATE, 1, 7 },
  { "{\"a\":\"\\ud800\\ud800\"}", VC_JSON_CHECK_LONE_SURROGATE, 1, 7 },
  { "{\"a\":\"ok \\udc00\"}", VC_JSON_CHECK_LONE_SURROGATE, 1, 10 },
  { "{\"\\ud800\":1}", VC_JSON_CHECK_LONE_SURROGATE, 1, 3 },
  { "{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}", VC_JSON_CHECK_DUPLICATE_MEMBER, 3, 3 },
  { "{\"title\":1,\"ti\\u0074le\":2}", VC_JSON_CHECK_DUPLICATE_MEMBER, 1, 12 },
  { "[{\"a\":1},{\"b\":1,\"b\":2}]", VC_JSON_CHECK_DUPLICATE_MEMBER, 1, 17 },
  { "{\"a\":{\"b\":1},\"a\":2}", VC_JSON_CHECK_DUPLICATE_MEMBER, 1, 14 },
  { "{\"a\":1,}", VC_JSON_CHECK_TRAILING_COMMA, 1, 7 },
  { "[1,\n]", VC_JSON_CHECK_TRAILING_COMMA, 1, 3 },
  { "{\"a\" 1}", VC_JSON_CHECK_MISSING_COLON, 1, 6 },
  { "{\"a\":1 \"b\":2}", VC_JSON_CHECK_MISSING_COMMA, 1, 8 },
  { "[1 2]", VC_JSON_CHECK_MISSING_COMMA, 1, 4 },
  { "{a:1}", VC_JSON_CHECK_MEMBER_NAME_EXPECTED, 1, 2 },
  { "{\"\":1}", VC_JSON_CHECK_EMPTY_MEMBER_NAME, 1, 2 },
  { "[1}", VC_JSON_CHECK_MISMATCHED_BRACKET, 1, 3 },
  { "{\"a\":1]", VC_JSON_CHECK_MISMATCHED_BRACKET, 1, 7 },
  { "{\"a\":1", VC_JSON_CHECK_TRUNCATED, 1, 7 },
  { "[", VC_JSON_CHECK_TRUNCATED, 1, 2 },
  { "{\"a\":\"abc", VC_JSON_CHECK_UNTERMINATED_STRING, 1, 6 },
  { "{\"a\":\"abc\\", VC_JSON_CHECK_UNTERMINATED_STRING, 1, 6 },
  { "{\"a\":tru}", VC_JSON_CHECK_BAREWORD, 1, 6 },
  { "{\"a\":True}", VC_JSON_CHECK_BAREWORD, 1, 6 },
  { "{'a':1}", VC_JSON_CHECK_SINGLE_QUOTE, 1, 2 },
  { "{\"a\":'b'}", VC_JSON_CHECK_SINGLE_QUOTE, 1, 6 },
  { "{\"a\":1} // note", VC_JSON_CHECK_COMMENT, 1, 9 },
  { "{\n# note\n}", VC_JSON_CHECK_COMMENT, 2, 1 },
  { "{\"a\":1}{}", VC_JSON_CHECK_TRAILING_DATA, 1, 8 },
  { "{\"a\":1}\n\n x", VC_JSON_CHECK_TRAILING_DATA, 3, 2 },
  { "\xef\xbb\xbf{}", VC_JSON_CHECK_BOM, 1, 1 },
  { "{\"a\":\"\xff\"}", VC_JSON_CHECK_INVALID_UTF8, 1, 7 },
  { "{\"a\":\"x\ty\"}", VC_JSON_CHECK_CONTROL_CHARACTER, 1, 8 },
  { "{\"x-\x1b[31m\":1}", VC_JSON_CHECK_CONTROL_CHARACTER, 1, 5 },
  { "  \n ", VC_JSON_CHECK_EMPTY, 2, 2 },
  { "{\"a\":,}", VC_JSON_CHECK_MISSING_VALUE, 1, 6 },
  { "{\"a\":}", VC_JSON_CHECK_MISSING_VALUE, 1, 6 },
  { "@", VC_JSON_CHECK_UNEXPECTED_CHARACTER, 1, 1 },
  { "[1,\xc2\xa0" "2]", VC_JSON_CHECK_UNEXPECTED_CHARACTER, 1, 4 },
  /* Columns count characters, not bytes. */
  { "{\"åäö\":01}", VC_JSON_CHECK_LEADING_ZERO, 1, 8 },
};

static void
test_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      const InvalidCase *c = &invalid_cases[i];
      gsize size = strlen (c->text);
      gsize offset = G_MAXSIZE;
      guint line, column;

      g_autoptr(JsonNode) root = NULL;

      g_test_message ("%s", c->text);
      g_assert_cmpint (vc_json_check (c->text, size, 32, &offset), ==, c->result);

      /* Nothing is built of a text that fails, not even the part before
       * the problem. */
      g_assert_cmpint (vc_json_check_parse (c->text, size, 32, &offset, &root), ==, c->result);
      g_assert_null (root);
      g_assert_cmpuint (offset, <=, size);
      vc_json_check_position (c->text, size, offset, &line, &column);
      g_assert_cmpuint (line, ==, c->line);
      g_assert_cmpuint (column, ==, c->column);
    }
}

static void
test_depth (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gsize offset;

  /* 32 levels are allowed, the 33rd is not. */
  for (guint i = 0; i < 32; i++)
    g_string_append (text, i % 2 ? "[" : "{\"a\":");
  g_string_append (text, "1");
  for (guint i = 32; i > 0; i--)
    g_string_append (text, (i - 1) % 2 ? "]" : "}");
  g_assert_cmpint (vc_json_check (text->str, text->len, 32, &offset), ==, VC_JSON_CHECK_OK);
  g_assert_cmpint (vc_json_check (text->str, text->len, 31, &offset), ==, VC_JSON_CHECK_TOO_DEEP);
  assert_parses_as_json_glib (text->str, text->len);

  /* A million open brackets: no recursion, so no crash. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (text, '[');
  g_assert_cmpint (vc_json_check (text->str, text->len, 32, &offset), ==, VC_JSON_CHECK_TOO_DEEP);
  g_assert_cmpuint (offset, ==, 32);
  {
    g_autoptr(JsonNode) root = NULL;

    g_assert_cmpint (vc_json_check_parse (text->str, text->len, 32, &offset, &root), ==, VC_JSON_CHECK_TOO_DEEP);
    g_assert_null (root);
  }
}

/* Large objects keep their names in a hash table; the result must be the
 * same as for small ones. */
static void
test_large_object (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  gsize offset;
  gsize last;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%s\"member %u\": %u", i ? ", " : "", i, i);
  g_string_append (text, "}");
  g_assert_cmpint (vc_json_check (text->str, text->len, 32, &offset), ==, VC_JSON_CHECK_OK);
  assert_parses_as_json_glib (text->str, text->len);

  /* The same name again at the very end, written with an escape. */
  g_string_truncate (text, text->len - 1);
  last = text->len + 2;
  g_string_append (text, ", \"member \\u0035\": 5}");
  g_assert_cmpint (vc_json_check (text->str, text->len, 32, &offset), ==, VC_JSON_CHECK_DUPLICATE_MEMBER);
  g_assert_cmpuint (offset, ==, last);

  /* Names are forgotten when their object closes: many sibling objects
   * with the same names are fine. */
  g_string_assign (text, "[");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "%s{\"id\": \"c%u\", \"kind\": \"question\", \"text\": \"?\"}",
                            i ? "," : "", i);
  g_string_append (text, "]");
  g_assert_cmpint (vc_json_check (text->str, text->len, 32, &offset), ==, VC_JSON_CHECK_OK);
}

static void
test_string_at (void)
{
  const char *text = "{\"ti\\u0074le \\ud83d\\ude00 \\n\\\"\": \"x\", \"bad\": \"\\ud800\"}";
  g_autofree char *name = vc_json_check_string_at (text, strlen (text), 1);
  g_autofree char *value = vc_json_check_string_at (text, strlen (text), strstr (text, "\"x\"") - text);
  g_autofree char *lone = vc_json_check_string_at (text, strlen (text), strstr (text, "\"\\ud800") - text);

  g_assert_cmpstr (name, ==, "title 😀 \n\"");
  g_assert_cmpstr (value, ==, "x");
  g_assert_null (lone);
  g_assert_null (vc_json_check_string_at (text, strlen (text), 0));
  g_assert_null (vc_json_check_string_at (text, strlen (text), strlen (text)));
  g_assert_null (vc_json_check_string_at ("\"open", 5, 0));
}

static void
describe (const char  *text,
          char       **message,
          char       **hint)
{
  gsize offset;
  VcJsonCheckResult result = vc_json_check (text, strlen (text), 32, &offset);

  g_assert_cmpint (result, !=, VC_JSON_CHECK_OK);
  vc_json_check_describe (result, text, strlen (text), offset, 32, message, hint);
}

static void
test_messages (void)
{
  g_autoptr(GString) long_name = g_string_new ("{\"");
  struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}",
      "“title” appears twice in the same object." },
    { "{\"a\":\"\\x41\"}",
      "The file is not valid JSON at line 1, column 7: a text contains \\x, which JSON does not know; "
      "write \\\\ for a backslash." },
    { "{\"a\":01}",
      "The file is not valid JSON at line 1, column 6: a number starts with 0." },
    { "{\"a\":0x0f}",
      "The file is not valid JSON at line 1, column 6: hexadecimal numbers are not JSON." },
    { "{\"a\":\"\\u0000\"}",
      "The file is not valid JSON at line 1, column 7: \\u0000 is not allowed in a text." },
    { "{\"a\":\"\\ud800\"}",
      "The file is not valid JSON at line 1, column 7: a \\u escape names half of a character "
      "(a lone surrogate)." },
    { "{\"a\":\"\x1b\"}",
      "The file is not valid JSON: a text contains an invisible control character." },
  };
  g_autofree char *message = NULL;
  g_autofree char *hint = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_clear_pointer (&message, g_free);
      g_clear_pointer (&hint, g_free);
      describe (cases[i].text, &message, &hint);
      g_assert_cmpstr (message, ==, cases[i].message);
      g_assert_nonnull (hint);
      g_assert_cmpstr (hint, !=, "");
    }

  /* A long name is cut short in the message. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_name, "ä");
  g_string_append (long_name, "\":1,\"");
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_name, "ä");
  g_string_append (long_name, "\":2}");
  g_clear_pointer (&message, g_free);
  g_clear_pointer (&hint, g_free);
  describe (long_name->str, &message, &hint);
  g_assert_true (g_str_has_prefix (message, "“ääää"));
  g_assert_nonnull (strstr (message, "…” appears twice"));
  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 150);
}

/* The loader reports what the check finds, with its code and place. */
static void
test_loader (void)
{
  struct {
    const char *text;
    int code;
    guint line;
    guint column;
  } cases[] = {
    { "{\n  \"format-version\": 1,\n  \"format-version\": 1\n}", VC_DECK_ERROR_DUPLICATE_MEMBER, 3, 3 },
    { "{\n  \"format-version\": 01\n}", VC_DECK_ERROR_SYNTAX, 2, 21 },
    { "{\n  \"title\": \"\\ud800\"\n}", VC_DECK_ERROR_SYNTAX, 2, 13 },
    { "{\"a\":\"\xc3\"}", VC_DECK_ERROR_INVALID_UTF8, 1, 7 },
    { "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", VC_DECK_ERROR_TOO_DEEP, 1, 33 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(VcDeckProblem) problem = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VcDeck) deck = NULL;

      deck = vc_deck_load_bytes (bytes, NULL, VC_DECK_LOAD_NO_TRANSLATE, &problems, &error);
      g_assert_null (deck);
      g_assert_error (error, VC_DECK_ERROR, cases[i].code);
      g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
      problem = g_list_model_get_item (problems, 0);
      g_assert_cmpuint (vc_deck_problem_get_line (problem), ==, cases[i].line);
      g_assert_cmpuint (vc_deck_problem_get_column (problem), ==, cases[i].column);
    }
}

static void
test_terminal_escape (void)
{
  struct {
    const char *text;
    gssize length;
    const char *escaped;
  } cases[] = {
    { "plain text: $.cards[2].title", -1, "plain text: $.cards[2].title" },
    { "“Åsa” är här 😀 العربية", -1, "“Åsa” är här 😀 العربية" },
    { "a\x1b[31mred", -1, "a\\u001b[31mred" },
    { "\x1b]0;title\x07", -1, "\\u001b]0;title\\u0007" },
    { "deck\r\ndeck.vcdeck: OK\t!", -1, "deck\\r\\ndeck.vcdeck: OK\\t!" },
    { "del\x7f", -1, "del\\u007f" },
    { "c1 \xc2\x9b" "31m \xc2\x80", -1, "c1 \\u009b31m \\u0080" },
    { "\xe2\x80\xae" "evil", -1, "\\u202eevil" },
    { "\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad", -1, "\\u202a\\u202b\\u202c\\u202d" },
    { "\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9", -1, "\\u2066\\u2067\\u2068\\u2069" },
    { "\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c", -1, "\\u200e\\u200f\\u061c" },
    { "bad \xff\xfe bytes", -1, "bad \\xff\\xfe bytes" },
    { "cut \xe2\x80", -1, "cut \\xe2\\x80" },
    { "nul\0after", 9, "nul\\u0000after" },
    { "", -1, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = vc_deck_escape_for_terminal (cases[i].text, cases[i].length);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
      g_assert_true (g_utf8_validate (escaped, -1, NULL));
    }
}

static void
test_pot_escape (void)
{
  g_autofree char *escaped = vc_deck_pot_escape ("a\x1b[31m\xe2\x80\xae\"b\\\xc2\x9b");
  g_autofree char *lines = vc_deck_pot_escape ("one\ntwo\r");

  /* Octal escapes: msgfmt reads them back as the same bytes. */
  g_assert_cmpstr (escaped, ==, "\"a\\033[31m\\342\\200\\256\\\"b\\\\\\302\\233\"");
  g_assert_cmpstr (lines, ==, "\"\"\n\"one\\n\"\n\"two\\r\"");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-check/valid", test_valid);
  g_test_add_func ("/json-check/parse-numbers", test_parse_numbers);
  g_test_add_func ("/json-check/parse-shipped", test_parse_shipped);
  g_test_add_func ("/json-check/invalid", test_invalid);
  g_test_add_func ("/json-check/depth", test_depth);
  g_test_add_func ("/json-check/large-object", test_large_object);
  g_test_add_func ("/json-check/string-at", test_string_at);
  g_test_add_func ("/json-check/messages", test_messages);
  g_test_add_func ("/json-check/loader", test_loader);
  g_test_add_func ("/terminal/escape", test_terminal_escape);
  g_test_add_func ("/terminal/pot-escape", test_pot_escape);

  return g_test_run ();
}
