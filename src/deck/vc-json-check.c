/* vc-json-check.c
 *
 * A strict check of JSON text, and the tree of what it holds built in the
 * same pass.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include "vc-json-check.h"
#include "vc-json-check-private.h"

/* json-glib 1.6 is lenient where a deck must not be: it takes octal and
 * hexadecimal numbers, unknown escapes, lone surrogates (and then hands out
 * text that is not UTF-8), \u0000 (and then cuts the text short), single
 * quotes, a second value after the first, and the same member twice, the
 * last one winning. It also recurses as deep as the file nests. So every
 * file goes through this one pass, which refuses all of that and, when
 * asked, builds json-glib's tree of the text as it goes: a text any JSON
 * reader reads the same way, read once instead of twice. */

/* Objects with more members than this get a hash table for their names;
 * smaller ones, nearly all of a deck, are searched in a line. */
#define SMALL_OBJECT 16

typedef struct
{
  const char *name;
  gsize       len;
  guint       hash;
} Member;

typedef struct
{
  char        bracket;        /* '{' or '[' */
  guint       first_member;   /* where this object's names start in members */
  guint       first_owned;    /* and its decoded names in owned */
  GHashTable *index;          /* of names, once the object has many members */
  JsonNode   *node;           /* the list or object being built, if building */
} Level;

typedef struct
{
  const char *data;
  gsize       size;
  gsize       pos;
  gsize       error_at;
  guint       depth;
  guint       max_depth;
  Level      *levels;
  GArray     *members;
  GPtrArray  *owned;

  /* Only when building: the tree, the name of the member whose value
   * comes next, and room to decode a text or a number in. */
  gboolean    build;
  JsonNode   *root;
  GString    *name;
  GString    *text;
} Checker;

typedef enum
{
  EXPECT_TOP_VALUE,
  EXPECT_VALUE,            /* after a colon */
  EXPECT_FIRST_ITEM,       /* after [ */
  EXPECT_NEXT_ITEM,        /* after a comma in a list */
  EXPECT_FIRST_NAME,       /* after { */
  EXPECT_NEXT_NAME,        /* after a comma in an object */
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE,
  EXPECT_NOTHING,          /* after the top-level value */
} State;

/* Bytes that end a run of ordinary text inside a JSON string. */
static const guint8 string_special[256] = {
  [0x00 ... 0x1f] = 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* Bytes that may continue a number or a word; after a number they show
 * that it was not one JSON knows, such as 1.5.3 or 12abc. */
static const guint8 word_byte[256] = {
  ['0' ... '9'] = 1,
  ['A' ... 'Z'] = 1,
  ['a' ... 'z'] = 1,
  ['_'] = 1,
  ['.'] = 1,
  ['+'] = 1,
  ['-'] = 1,
};

/* Like g_utf8_validate_len(), but quicker over the ASCII that most of a
 * deck is: it looks at eight bytes at a time and hands only the runs of
 * other bytes to GLib. A NUL byte is left to the grammar, which refuses
 * it wherever it is. */
static gboolean
validate_utf8 (const char  *data,
               gsize        size,
               const char **end)
{
  const char *p = data;
  const char *stop = data + size;

  while (p < stop)
    {
      const char *run;

      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          p += 8;
        }
      while (p < stop && (guchar)*p < 0x80)
        p++;
      if (p == stop)
        break;

      /* A character of several bytes has only bytes of 0x80 and above. */
      run = p;
      while (p < stop && (guchar)*p >= 0x80)
        p++;
      if (!g_utf8_validate_len (run, p - run, end))
        return FALSE;
    }

  *end = stop;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hexadecimal digits of a \u escape at @p, or returns -1. */
static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Decodes the text between @p (just after the opening quote) and @end (the
 * closing quote) of a string that has passed scan_string(). */
static void
decode_string (const char *p,
               const char *end,
               GString    *out)
{
  while (p < end)
    {
      const char *backslash = memchr (p, '\\', end - p);
      gunichar c;

      if (backslash == NULL)
        {
          g_string_append_len (out, p, end - p);
          return;
        }

      g_string_append_len (out, p, backslash - p);
      p = backslash + 1;
      switch (*p++)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          c = read_hex4 (p, end);
          p += 4;
          if (c >= 0xd800 && c <= 0xdbff)
            {
              c = 0x10000 + ((c - 0xd800) << 10) + (read_hex4 (p + 2, end) - 0xdc00);
              p += 6;
            }
          g_string_append_unichar (out, c);
          break;
        default:
          g_string_append_c (out, p[-1]);
          break;
        }
    }
}

/* Checks the string that starts at the quote at c->pos and moves past it.
 * Sets *escaped if it holds any escape, so that its bytes are not its
 * text. */
static VcJsonCheckResult
scan_string (Checker  *c,
             gboolean *escaped)
{
  const char *data = c->data;
  gsize size = c->size;
  gsize start = c->pos;
  gsize i = start + 1;

  *escaped = FALSE;

  for (;;)
    {
      int value;

      /* Most of a deck is text: skip its ordinary bytes in one go. */
      while (i < size && !string_special[(guchar)data[i]])
        i++;

      if (i == size)
        {
          c->error_at = start;
          return VC_JSON_CHECK_UNTERMINATED_STRING;
        }

      if (data[i] == '"')
        break;

      if (data[i] != '\\')
        {
          c->error_at = i;
          return VC_JSON_CHECK_CONTROL_CHARACTER;
        }

      *escaped = TRUE;
      c->error_at = i;
      if (i + 1 == size)
        {
          c->error_at = start;
          return VC_JSON_CHECK_UNTERMINATED_STRING;
        }

      switch (data[i + 1])
        {
        case '"': case '\\': case '/':
        case 'b': case 'f': case 'n': case 'r': case 't':
          i += 2;
          break;

        case 'u':
          value = read_hex4 (data + i + 2, data + size);
          if (value < 0)
            return VC_JSON_CHECK_INVALID_UNICODE_ESCAPE;
          if (value == 0)
            return VC_JSON_CHECK_NUL_ESCAPE;
          if (value >= 0xdc00 && value <= 0xdfff)
            return VC_JSON_CHECK_LONE_SURROGATE;
          if (value >= 0xd800 && value <= 0xdbff)
            {
              int low = -1;

              if (i + 8 <= size && data[i + 6] == '\\' && data[i + 7] == 'u')
                low = read_hex4 (data + i + 8, data + size);
              if (low < 0xdc00 || low > 0xdfff)
                return VC_JSON_CHECK_LONE_SURROGATE;
              i += 6;
            }
          i += 6;
          break;

        default:
          return VC_JSON_CHECK_INVALID_ESCAPE;
        }
    }

  c->pos = i + 1;
  return VC_JSON_CHECK_OK;
}

static VcJsonCheckResult
scan_number (Checker *c)
{
  const char *data = c->data;
  gsize size = c->size;
  gsize start = c->pos;
  gsize i = start;

  c->error_at = start;

  if (data[i] == '+')
    return VC_JSON_CHECK_PLUS_SIGN;

  if (data[i] == '-')
    i++;

  if (i < size && data[i] == '0')
    {
      i++;
      if (i < size && (data[i] == 'x' || data[i] == 'X'))
        return VC_JSON_CHECK_HEX_NUMBER;
      if (i < size && g_ascii_isdigit (data[i]))
        return VC_JSON_CHECK_LEADING_ZERO;
    }
  else if (i < size && g_ascii_isdigit (data[i]))
    {
      while (i < size && g_ascii_isdigit (data[i]))
        i++;
    }
  else if (i < size && (data[i] == 'I' || data[i] == 'N'))
    return VC_JSON_CHECK_NOT_A_NUMBER;
  else
    return VC_JSON_CHECK_INVALID_NUMBER;

  if (i < size && data[i] == '.')
    {
      i++;
      if (i == size || !g_ascii_isdigit (data[i]))
        return VC_JSON_CHECK_INVALID_NUMBER;
      while (i < size && g_ascii_isdigit (data[i]))
        i++;
    }

  if (i < size && (data[i] == 'e' || data[i] == 'E'))
    {
      i++;
      if (i < size && (data[i] == '+' || data[i] == '-'))
        i++;
      if (i == size || !g_ascii_isdigit (data[i]))
        return VC_JSON_CHECK_INVALID_NUMBER;
      while (i < size && g_ascii_isdigit (data[i]))
        i++;
    }

  if (i < size && word_byte[(guchar)data[i]])
    return VC_JSON_CHECK_INVALID_NUMBER;

  c->pos = i;
  return VC_JSON_CHECK_OK;
}

static VcJsonCheckResult
scan_word (Checker *c)
{
  const char *word = c->data + c->pos;
  gsize len = 0;

  while (c->pos + len < c->size && word_byte[(guchar)word[len]] && word[len] != '.' &&
         word[len] != '+' && word[len] != '-')
    len++;

  c->error_at = c->pos;

#define IS(literal) (len == strlen (literal) && memcmp (word, literal, len) == 0)
  if (IS ("true") || IS ("false") || IS ("null"))
    {
      c->pos += len;
      return VC_JSON_CHECK_OK;
    }
  if (IS ("NaN") || IS ("Infinity") || IS ("nan") || IS ("inf") || IS ("infinity"))
    return VC_JSON_CHECK_NOT_A_NUMBER;
#undef IS

  return VC_JSON_CHECK_BAREWORD;
}

static guint
hash_name (const char *name,
           gsize       len)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < len; i++)
    hash = (hash ^ (guchar)name[i]) * 16777619u;

  return hash;
}

/* Records the member name whose string starts at @start and ends just
 * before c->pos; fails if the innermost object already has it. */
static VcJsonCheckResult
add_member (Checker  *c,
            gsize     start,
            gboolean  escaped)
{
  Level *level = &c->levels[c->depth - 1];
  Member member;
  guint n;

  if (escaped)
    {
      GString *decoded = g_string_new (NULL);

      decode_string (c->data + start + 1, c->data + c->pos - 1, decoded);
      member.len = decoded->len;
      member.name = g_string_free (decoded, FALSE);
      g_ptr_array_add (c->owned, (char *)member.name);
    }
  else
    {
      member.name = c->data + start + 1;
      member.len = c->pos - start - 2;
    }

  c->error_at = start;
  if (member.len == 0)
    return VC_JSON_CHECK_EMPTY_MEMBER_NAME;

  if (c->build)
    {
      g_string_truncate (c->name, 0);
      g_string_append_len (c->name, member.name, member.len);
    }

  member.hash = hash_name (member.name, member.len);
  n = c->members->len - level->first_member;

  if (level->index != NULL)
    {
      /* Names hold no NUL (\u0000 is refused), so they can be C strings. */
      char *key = g_strndup (member.name, member.len);

      if (!g_hash_table_add (level->index, key))
        return VC_JSON_CHECK_DUPLICATE_MEMBER;
      return VC_JSON_CHECK_OK;
    }

  for (guint i = level->first_member; i < c->members->len; i++)
    {
      const Member *other = &g_array_index (c->members, Member, i);

      if (other->hash == member.hash && other->len == member.len &&
          memcmp (other->name, member.name, member.len) == 0)
        return VC_JSON_CHECK_DUPLICATE_MEMBER;
    }

  g_array_append_val (c->members, member);

  if (n + 1 > SMALL_OBJECT)
    {
      level->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = level->first_member; i < c->members->len; i++)
        {
          const Member *m = &g_array_index (c->members, Member, i);

          g_hash_table_add (level->index, g_strndup (m->name, m->len));
        }
    }

  return VC_JSON_CHECK_OK;
}

/* Puts a finished value, or a list or object about to be filled, where it
 * belongs: at the top, at the end of the open list, or under the name just
 * read in the open object. */
static void
attach (Checker  *c,
        JsonNode *node)
{
  Level *parent;

  if (c->depth == 0)
    {
      c->root = node;
      return;
    }

  parent = &c->levels[c->depth - 1];
  json_node_set_parent (node, parent->node);
  if (parent->bracket == '[')
    json_array_add_element (json_node_get_array (parent->node), node);
  else
    json_object_set_member (json_node_get_object (parent->node), c->name->str, node);
}

static VcJsonCheckResult
open_level (Checker *c,
            char     bracket)
{
  JsonNode *node = NULL;
  Level *level;

  if (c->depth == c->max_depth)
    {
      c->error_at = c->pos;
      return VC_JSON_CHECK_TOO_DEEP;
    }

  if (c->build)
    {
      node = json_node_alloc ();
      if (bracket == '{')
        json_node_take_object (json_node_init (node, JSON_NODE_OBJECT), json_object_new ());
      else
        json_node_take_array (json_node_init (node, JSON_NODE_ARRAY), json_array_new ());
      attach (c, node);
    }

  level = &c->levels[c->depth++];
  level->bracket = bracket;
  level->first_member = c->members->len;
  level->first_owned = c->owned->len;
  level->index = NULL;
  level->node = node;
  c->pos++;

  return VC_JSON_CHECK_OK;
}

/* Builds the text, number or word that was just checked, from @start to
 * c->pos. A number with a fraction or an exponent is a double, any other
 * an integer, as json-glib reads them; a whole number too large for 64
 * bits stays at the largest there is, so that it is out of any range. */
static void
build_scalar (Checker  *c,
              gsize     start,
              gboolean  escaped)
{
  const char *p = c->data + start;
  gsize len = c->pos - start;
  JsonNode *node = json_node_alloc ();

  g_string_truncate (c->text, 0);

  if (*p == '"')
    {
      if (escaped)
        decode_string (p + 1, p + len - 1, c->text);
      else
        g_string_append_len (c->text, p + 1, len - 2);
      json_node_init_string (node, c->text->str);
    }
  else if (*p == 't' || *p == 'f')
    json_node_init_boolean (node, *p == 't');
  else if (*p == 'n')
    json_node_init_null (node);
  else
    {
      g_string_append_len (c->text, p, len);
      if (strpbrk (c->text->str, ".eE") != NULL)
        json_node_init_double (node, g_ascii_strtod (c->text->str, NULL));
      else
        json_node_init_int (node, g_ascii_strtoll (c->text->str, NULL, 10));
    }

  attach (c, node);
}

/* The names of an object are forgotten as it closes, so the memory used
 * follows the nesting, not the size of the file. */
static void
close_level (Checker *c)
{
  Level *level = &c->levels[--c->depth];

  g_array_set_size (c->members, level->first_member);
  g_ptr_array_set_size (c->owned, level->first_owned);
  g_clear_pointer (&level->index, g_hash_table_unref);
  c->pos++;
}

static VcJsonCheckResult
scan_value (Checker *c,
            State   *state)
{
  char ch = c->data[c->pos];
  gboolean escaped = FALSE;
  VcJsonCheckResult result;
  gsize start = c->pos;

  c->error_at = c->pos;

  switch (ch)
    {
    case '{':
      *state = EXPECT_FIRST_NAME;
      return open_level (c, '{');

    case '[':
      *state = EXPECT_FIRST_ITEM;
      return open_level (c, '[');

    case '"':
      result = scan_string (c, &escaped);
      break;

    case '-': case '+': case '.':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      result = scan_number (c);
      break;

    case '\'':
      return VC_JSON_CHECK_SINGLE_QUOTE;

    case ',': case ':': case ']': case '}':
      return VC_JSON_CHECK_MISSING_VALUE;

    default:
      if (g_ascii_isalpha (ch) || ch == '_')
        result = scan_word (c);
      else
        return VC_JSON_CHECK_UNEXPECTED_CHARACTER;
      break;
    }

  if (result == VC_JSON_CHECK_OK && c->build)
    build_scalar (c, start, escaped);

  *state = c->depth == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_CLOSE;
  return result;
}

static VcJsonCheckResult
check (Checker *c)
{
  State state = EXPECT_TOP_VALUE;
  VcJsonCheckResult result = VC_JSON_CHECK_OK;
  gboolean escaped;
  gsize comma_at = 0;
  gsize start;

  for (;;)
    {
      char ch;

      while (c->pos < c->size &&
             (c->data[c->pos] == ' ' || c->data[c->pos] == '\n' ||
              c->data[c->pos] == '\r' || c->data[c->pos] == '\t'))
        c->pos++;

      if (c->pos == c->size)
        break;

      ch = c->data[c->pos];
      c->error_at = c->pos;

      if (ch == '/' || ch == '#')
        return VC_JSON_CHECK_COMMENT;

      switch (state)
        {
        case EXPECT_NOTHING:
          return VC_JSON_CHECK_TRAILING_DATA;

        case EXPECT_FIRST_NAME:
        case EXPECT_NEXT_NAME:
          if (ch == '}')
            {
              if (state == EXPECT_NEXT_NAME)
                {
                  c->error_at = comma_at;
                  return VC_JSON_CHECK_TRAILING_COMMA;
                }
              close_level (c);
              state = c->depth == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_CLOSE;
              break;
            }
          if (ch == '\'')
            return VC_JSON_CHECK_SINGLE_QUOTE;
          if (ch != '"')
            return VC_JSON_CHECK_MEMBER_NAME_EXPECTED;

          start = c->pos;
          result = scan_string (c, &escaped);
          if (result == VC_JSON_CHECK_OK)
            result = add_member (c, start, escaped);
          if (result != VC_JSON_CHECK_OK)
            return result;
          state = EXPECT_COLON;
          break;

        case EXPECT_COLON:
          if (ch != ':')
            return VC_JSON_CHECK_MISSING_COLON;
          c->pos++;
          state = EXPECT_VALUE;
          break;

        case EXPECT_FIRST_ITEM:
        case EXPECT_NEXT_ITEM:
          if (ch == ']')
            {
              if (state == EXPECT_NEXT_ITEM)
                {
                  c->error_at = comma_at;
                  return VC_JSON_CHECK_TRAILING_COMMA;
                }
              close_level (c);
              state = c->depth == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_CLOSE;
              break;
            }
          G_GNUC_FALLTHROUGH;

        case EXPECT_TOP_VALUE:
        case EXPECT_VALUE:
          result = scan_value (c, &state);
          if (result != VC_JSON_CHECK_OK)
            return result;
          break;

        case EXPECT_COMMA_OR_CLOSE:
          if (ch == ',')
            {
              comma_at = c->pos++;
              state = c->levels[c->depth - 1].bracket == '{' ? EXPECT_NEXT_NAME : EXPECT_NEXT_ITEM;
            }
          else if (ch == '}' || ch == ']')
            {
              if ((ch == '}') != (c->levels[c->depth - 1].bracket == '{'))
                return VC_JSON_CHECK_MISMATCHED_BRACKET;
              close_level (c);
              state = c->depth == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_CLOSE;
            }
          else if (ch == '\'')
            return VC_JSON_CHECK_SINGLE_QUOTE;
          else if (ch == '"' || ch == '{' || ch == '[' || ch == '-' ||
                   g_ascii_isalnum (ch))
            return VC_JSON_CHECK_MISSING_COMMA;
          else
            return VC_JSON_CHECK_UNEXPECTED_CHARACTER;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  c->error_at = c->size;
  if (state == EXPECT_NOTHING)
    return VC_JSON_CHECK_OK;
  if (state == EXPECT_TOP_VALUE)
    return VC_JSON_CHECK_EMPTY;
  return VC_JSON_CHECK_TRUNCATED;
}

/**
 * vc_json_check:
 * @data: the text
 * @size: its length in bytes
 * @max_depth: how many lists and objects may be open at once
 * @offset: (out): where the problem is, in bytes from the start
 *
 * Checks that @data is one JSON value (RFC 8259) and nothing more, and that
 * it avoids what readers take differently: no member twice in an object,
 * no \u0000, no half of a surrogate pair. It does not recurse, so any text
 * can be checked.
 *
 * Returns: %VC_JSON_CHECK_OK, or the first problem, found at @offset
 */
VcJsonCheckResult
vc_json_check (const char *data,
               gsize       size,
               guint       max_depth,
               gsize      *offset)
{
  return vc_json_check_parse (data, size, max_depth, offset, NULL);
}

/**
 * vc_json_check_parse:
 * @data: the text
 * @size: its length in bytes
 * @max_depth: how many lists and objects may be open at once
 * @offset: (out): where the problem is, in bytes from the start
 * @root: (out) (optional) (transfer full): the tree of the text
 *
 * Checks @data as vc_json_check() does and, if it passes and @root is not
 * %NULL, gives the tree of what it holds, as json-glib's parser would
 * build it, with every node left unsealed.
 *
 * Returns: %VC_JSON_CHECK_OK, or the first problem, found at @offset
 */
VcJsonCheckResult
vc_json_check_parse (const char  *data,
                     gsize        size,
                     guint        max_depth,
                     gsize       *offset,
                     JsonNode   **root)
{
  VcJsonCheckResult result;
  const char *end;
  Checker c = { 0, };

  g_return_val_if_fail (data != NULL || size == 0, VC_JSON_CHECK_EMPTY);
  g_return_val_if_fail (offset != NULL, VC_JSON_CHECK_EMPTY);

  *offset = 0;
  if (root != NULL)
    *root = NULL;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    return VC_JSON_CHECK_BOM;

  if (!validate_utf8 (data, size, &end))
    {
      *offset = end - data;
      return VC_JSON_CHECK_INVALID_UTF8;
    }

  c.data = data;
  c.size = size;
  c.max_depth = max_depth;
  c.levels = g_new0 (Level, max_depth + 1);
  c.members = g_array_new (FALSE, FALSE, sizeof (Member));
  c.owned = g_ptr_array_new_with_free_func (g_free);
  if (root != NULL)
    {
      c.build = TRUE;
      c.name = g_string_new (NULL);
      c.text = g_string_new (NULL);
    }

  result = check (&c);
  *offset = c.error_at;

  while (c.depth > 0)
    g_clear_pointer (&c.levels[--c.depth].index, g_hash_table_unref);
  g_free (c.levels);
  g_array_unref (c.members);
  g_ptr_array_unref (c.owned);

  if (c.build)
    {
      g_string_free (c.name, TRUE);
      g_string_free (c.text, TRUE);
      if (result == VC_JSON_CHECK_OK)
        *root = g_steal_pointer (&c.root);
      g_clear_pointer (&c.root, json_node_unref);
    }

  return result;
}

/* For vc-json-check-messages.c: where the string that starts at the quote
 * at @offset ends (just past its closing quote), if it is a valid one. */
gboolean
_vc_json_check_string_end (const char *data,
                           gsize       size,
                           gsize       offset,
                           gsize      *end)
{
  Checker c = { 0, };
  gboolean escaped;

  c.data = data;
  c.size = size;
  c.pos = offset;
  if (scan_string (&c, &escaped) != VC_JSON_CHECK_OK)
    return FALSE;

  *end = c.pos;
  return TRUE;
}

void
_vc_json_check_decode_string (const char *p,
                              const char *end,
                              GString    *out)
{
  decode_string (p, end, out);
}
