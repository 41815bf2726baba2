/* vc-terminal-text.c
 *
 * Text from a deck, made safe to print on a terminal.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include "vc-terminal-text.h"

/**
 * vc_deck_char_is_hidden_control:
 * @c: a character
 *
 * Whether @c is one a terminal acts on instead of showing (escape sequences
 * that set colours or the window title, a carriage return that lets a later
 * text overwrite the line), or one that makes the text that follows read
 * in another order than it is stored.
 *
 * Returns: %TRUE for C0 and C1 controls, DEL and the bidirectional controls
 */
gboolean
vc_deck_char_is_hidden_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200e || c == 0x200f || c == 0x061c;
}

/**
 * vc_deck_escape_for_terminal:
 * @text: text that may come from a deck or a file name
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * Makes @text harmless to print: control characters (C0, DEL and C1) and
 * the bidirectional controls are written as escapes (`\n`, `\t`, `\r`,
 * `\u001b`, `\u202e`), and bytes that are not UTF-8 as `\xff`. Everything
 * else, such as letters of any script and typographic quotes, stays as it
 * is.
 *
 * Returns: (transfer full): the text to print
 */
char *
vc_deck_escape_for_terminal (const char *text,
                             gssize      length)
{
  GString *out;
  const char *p;
  const char *end;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);

  out = g_string_sized_new (length);
  p = text;
  end = text + length;

  while (p < end)
    {
      const char *run = p;
      gunichar c;

      /* Printable ASCII is by far the most of it. */
      while (p < end && (guchar)*p >= 0x20 && (guchar)*p < 0x7f)
        p++;
      g_string_append_len (out, run, p - run);
      if (p == end)
        break;

      c = *p == '\0' ? 0 : g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar)*p);
          p++;
          continue;
        }

      if (!vc_deck_char_is_hidden_control (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_printf (out, "\\u%04x", c);

      p = c == 0 ? p + 1 : g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}
