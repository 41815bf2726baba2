/* vc-json-check-messages.c
 *
 * What vc_json_check() found, said to the person who made the file: the
 * line and column, the member it is about, and what is wrong there.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-json-check.h"
#include "vc-json-check-private.h"

/* What went wrong, for a sentence that ends in it. */
static char *
describe_detail (VcJsonCheckResult  result,
                 const char        *data,
                 gsize              size,
                 gsize              offset)
{
  char escape;

  switch (result)
    {
    case VC_JSON_CHECK_UNTERMINATED_STRING:
      return g_strdup (_("a text has no closing quotation mark"));
    case VC_JSON_CHECK_INVALID_ESCAPE:
      escape = offset + 1 < size ? data[offset + 1] : ' ';
      if (escape > ' ' && escape < 0x7f)
        /* Translators: %c is the letter or sign after the backslash, as in \x */
        return g_strdup_printf (_("a text contains \\%c, which JSON does not know; "
                                  "write \\\\ for a backslash"), escape);
      return g_strdup (_("a text contains a backslash that JSON does not know; "
                         "write \\\\ for a backslash"));
    case VC_JSON_CHECK_INVALID_UNICODE_ESCAPE:
      return g_strdup (_("a \\u is not followed by four hexadecimal digits"));
    case VC_JSON_CHECK_NUL_ESCAPE:
      return g_strdup (_("\\u0000 is not allowed in a text"));
    case VC_JSON_CHECK_LONE_SURROGATE:
      return g_strdup (_("a \\u escape names half of a character (a lone surrogate)"));
    case VC_JSON_CHECK_LEADING_ZERO:
      return g_strdup (_("a number starts with 0"));
    case VC_JSON_CHECK_HEX_NUMBER:
      return g_strdup (_("hexadecimal numbers are not JSON"));
    case VC_JSON_CHECK_PLUS_SIGN:
      return g_strdup (_("a number starts with +, which JSON does not allow"));
    case VC_JSON_CHECK_INVALID_NUMBER:
      return g_strdup (_("a number is not written the way JSON writes numbers"));
    case VC_JSON_CHECK_NOT_A_NUMBER:
      return g_strdup (_("NaN and Infinity are not numbers in JSON"));
    case VC_JSON_CHECK_BAREWORD:
      return g_strdup (_("there is a word without quotation marks, or the file ends too early"));
    case VC_JSON_CHECK_MISSING_VALUE:
      return g_strdup (_("a value is missing"));
    case VC_JSON_CHECK_MISSING_COMMA:
      return g_strdup (_("a comma is missing between two entries"));
    case VC_JSON_CHECK_TRAILING_COMMA:
      return g_strdup (_("there is a comma after the last entry of a list or an object"));
    case VC_JSON_CHECK_MISSING_COLON:
      return g_strdup (_("a colon (:) is missing after a member’s name"));
    case VC_JSON_CHECK_MEMBER_NAME_EXPECTED:
      return g_strdup (_("a member’s name is missing, or is not in double quotes"));
    case VC_JSON_CHECK_EMPTY_MEMBER_NAME:
      return g_strdup (_("a member has an empty name"));
    case VC_JSON_CHECK_MISMATCHED_BRACKET:
      return g_strdup (_("a bracket closes what another kind of bracket opened"));
    case VC_JSON_CHECK_TRUNCATED:
      return g_strdup (_("the file ends before every list and object is closed"));
    case VC_JSON_CHECK_UNEXPECTED_CHARACTER:
    default:
      return g_strdup (_("there is a sign that does not belong here"));
    }
}

static const char *
describe_hint (VcJsonCheckResult result)
{
  switch (result)
    {
    case VC_JSON_CHECK_INVALID_ESCAPE:
    case VC_JSON_CHECK_INVALID_UNICODE_ESCAPE:
      return _("After a backslash JSON knows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u "
               "with four hexadecimal digits, such as \\u00e9.");
    case VC_JSON_CHECK_NUL_ESCAPE:
      return _("Remove the \\u0000: a text cannot hold an empty character.");
    case VC_JSON_CHECK_LONE_SURROGATE:
      return _("Write the character itself, or both halves of the pair, such as \\ud83d\\ude00.");
    case VC_JSON_CHECK_LEADING_ZERO:
      return _("Write numbers without leading zeros: 15, not 015.");
    case VC_JSON_CHECK_HEX_NUMBER:
      return _("Write the number in decimal: 15, not 0x0f.");
    case VC_JSON_CHECK_PLUS_SIGN:
    case VC_JSON_CHECK_INVALID_NUMBER:
    case VC_JSON_CHECK_NOT_A_NUMBER:
      return _("Numbers look like 3, -2, 0.5 or 1e3, with a digit on both sides of a point.");
    case VC_JSON_CHECK_EMPTY_MEMBER_NAME:
      return _("Give the member its name, or remove it.");
    default:
      return _("Look for a missing comma, quotation mark or bracket at or just before this place.");
    }
}

/**
 * vc_json_check_describe:
 * @result: what vc_json_check() returned, not %VC_JSON_CHECK_OK
 * @data: the text it checked
 * @size: its length in bytes
 * @offset: where it found the problem
 * @max_depth: the depth it was given
 * @message: (out) (transfer full): what is wrong, in the user's language
 * @hint: (out) (transfer full): what to do about it
 *
 * Says what is wrong with a deck file that vc_json_check() turned away.
 */
void
vc_json_check_describe (VcJsonCheckResult   result,
                        const char         *data,
                        gsize               size,
                        gsize               offset,
                        guint               max_depth,
                        char              **message,
                        char              **hint)
{
  g_autofree char *detail = NULL;
  g_autofree char *name = NULL;
  guint line, column;

  g_return_if_fail (message != NULL && hint != NULL);

  vc_json_check_position (data, size, offset, &line, &column);

  switch (result)
    {
    case VC_JSON_CHECK_OK:
      g_return_if_reached ();

    case VC_JSON_CHECK_EMPTY:
      *message = g_strdup (_("The file holds no JSON value."));
      *hint = g_strdup (_("Choose the deck file itself; if it was saved empty, save it again from its source."));
      return;

    case VC_JSON_CHECK_BOM:
      *message = g_strdup (_("The file starts with a byte order mark, which JSON does not allow."));
      *hint = g_strdup (_("Save the file as UTF-8 without a byte order mark (BOM)."));
      return;

    case VC_JSON_CHECK_INVALID_UTF8:
      *message = g_strdup (_("The file is not valid UTF-8 text."));
      *hint = g_strdup (_("Save the file as UTF-8 in your text editor."));
      return;

    case VC_JSON_CHECK_TOO_DEEP:
      *message = g_strdup_printf (_("The file nests lists and objects more than %d levels deep."),
                                  (int)max_depth);
      *hint = g_strdup (_("A deck never needs this many levels; check that the file is a deck."));
      return;

    case VC_JSON_CHECK_TRAILING_DATA:
      *message = g_strdup (_("There is more text after the end of the deck."));
      *hint = g_strdup (_("A deck file holds one object, from { to }. Remove what follows it."));
      return;

    case VC_JSON_CHECK_SINGLE_QUOTE:
    case VC_JSON_CHECK_COMMENT:
      *message = g_strdup (result == VC_JSON_CHECK_SINGLE_QUOTE
                           ? _("The file is not valid JSON: text must be in double quotes.")
                           : _("The file is not valid JSON: JSON has no comments."));
      *hint = g_strdup (_("Use \" around texts and names, and remove comments."));
      return;

    case VC_JSON_CHECK_CONTROL_CHARACTER:
      if (offset < size && (data[offset] == '\n' || data[offset] == '\r' || data[offset] == '\t'))
        {
          *message = g_strdup (_("The file is not valid JSON: a text contains a line break or tab."));
          *hint = g_strdup (_("Write a line break inside text as \\n and a tab as \\t."));
        }
      else
        {
          *message = g_strdup (_("The file is not valid JSON: a text contains an invisible control character."));
          *hint = g_strdup (_("Remove it: such characters do not belong in a deck, and a terminal may act on them."));
        }
      return;

    case VC_JSON_CHECK_DUPLICATE_MEMBER:
      name = vc_json_check_string_at (data, size, offset);
      if (name != NULL && g_utf8_strlen (name, -1) > 60)
        {
          g_autofree char *start = g_utf8_substring (name, 0, 59);

          g_free (name);
          name = g_strconcat (start, "…", NULL);
        }
      /* Translators: %s is a member's name, such as "title". The place is
       * shown beside the message. */
      *message = g_strdup_printf (_("“%s” appears twice in the same object."), name ? name : "");
      *hint = g_strdup (_("Keep only one of them. Programs differ in which one they read, "
                          "so the deck could say different things in different places."));
      return;

    default:
      break;
    }

  detail = describe_detail (result, data, size, offset);
  /* Translators: the end is what is wrong, such as "a comma is missing between two entries" */
  *message = g_strdup_printf (_("The file is not valid JSON at line %u, column %u: %s."),
                              line, column, detail);
  *hint = g_strdup (describe_hint (result));
}

/**
 * vc_json_check_explain:
 * @data: the text
 * @size: its length
 * @max_depth: how deeply lists and objects may nest
 * @line: (out): the line of the first problem
 * @column: (out): its column
 * @message: (out) (transfer full): what is wrong, for the user
 * @hint: (out) (transfer full): how to fix it
 * @root: (out) (optional) (transfer full): the tree of the text, if it is
 *   good JSON
 *
 * Checks @data with vc_json_check_parse() and, if it is not good JSON,
 * says where and why, as everything that reads a deck reports it.
 *
 * Returns: the result of the check
 */
VcJsonCheckResult
vc_json_check_explain (const char  *data,
                       gsize        size,
                       guint        max_depth,
                       guint       *line,
                       guint       *column,
                       char       **message,
                       char       **hint,
                       JsonNode   **root)
{
  VcJsonCheckResult result;
  gsize offset;

  *line = *column = 0;
  *message = *hint = NULL;

  result = vc_json_check_parse (data, size, max_depth, &offset, root);
  if (result != VC_JSON_CHECK_OK)
    {
      vc_json_check_position (data, size, offset, line, column);
      vc_json_check_describe (result, data, size, offset, max_depth, message, hint);
    }
  return result;
}

/**
 * vc_json_check_string_at:
 * @data: a text that vc_json_check() has looked at
 * @size: its length in bytes
 * @offset: where a string starts, at its opening quote
 *
 * Gives the text of a JSON string, such as the member name that
 * vc_json_check() found twice, with its escapes decoded.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL if no valid
 *   string starts at @offset
 */
char *
vc_json_check_string_at (const char *data,
                         gsize       size,
                         gsize       offset)
{
  GString *out;
  gsize end;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  if (offset >= size || data[offset] != '"')
    return NULL;

  if (!_vc_json_check_string_end (data, size, offset, &end))
    return NULL;

  out = g_string_new (NULL);
  _vc_json_check_decode_string (data + offset + 1, data + end - 1, out);
  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * vc_json_check_position:
 * @data: a text
 * @size: its length in bytes
 * @offset: a place in it, in bytes
 * @line: (out): the line, counted from 1
 * @column: (out): the column in characters, counted from 1
 *
 * Finds where byte @offset is, the way a text editor counts.
 */
void
vc_json_check_position (const char *data,
                        gsize       size,
                        gsize       offset,
                        guint      *line,
                        guint      *column)
{
  const char *line_start = data;

  g_return_if_fail (line != NULL && column != NULL);

  offset = MIN (offset, size);

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }

  *column = 1;
  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar)*p & 0xc0) != 0x80)
      (*column)++;
}
