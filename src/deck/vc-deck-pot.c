/* vc-deck-pot.c
 *
 * Translation templates for the strings of a deck.
 *
 * xgettext cannot read JSON, so the strings come from the loader itself: a
 * deck loaded with VC_DECK_LOAD_COLLECT_STRINGS remembers each translatable
 * string and its JSON path, and this writes them out in the .pot format with
 * a comment that names the deck and the field for the translator.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include "vc-deck-pot.h"
#include "vc-terminal-text.h"

/* Appends @string as the inside of a PO string. Control characters and
 * bidirectional controls are written as octal escapes of their bytes:
 * msgfmt turns them back into the same text, and the template can be
 * shown on a terminal without the terminal acting on them. */
static void
append_po_text (GString    *out,
                const char *string,
                gboolean    split_lines)
{
  for (const char *p = string; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (out, "\\%03o", (guchar)*p++);
          continue;
        }

      next = g_utf8_next_char (p);
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\n':
          g_string_append (out, "\\n");
          if (split_lines && *next != '\0')
            g_string_append (out, "\"\n\"");
          break;
        default:
          if (vc_deck_char_is_hidden_control (c))
            for (const char *b = p; b < next; b++)
              g_string_append_printf (out, "\\%03o", (guchar)*b);
          else
            g_string_append_len (out, p, next - p);
        }
      p = next;
    }
}

/**
 * vc_deck_pot_escape:
 * @string: a source string
 *
 * Returns: (transfer full): @string as the body of a PO msgid, with quotes;
 *   a string of several lines is split after each newline, as msgmerge does
 */
char *
vc_deck_pot_escape (const char *string)
{
  GString *out = g_string_new (NULL);

  if (strchr (string, '\n') != NULL)
    g_string_append (out, "\"\"\n\"");
  else
    g_string_append_c (out, '"');

  append_po_text (out, string, TRUE);

  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/**
 * vc_deck_pot_append:
 * @deck: a deck loaded with %VC_DECK_LOAD_COLLECT_STRINGS
 * @reference: the file name to give as the strings' source
 * @pot: where to append the entries
 * @seen: (nullable): msgids already written, so that a template of several
 *   decks has each string once; the comments of later uses are added to the
 *   first entry
 *
 * Appends one entry per distinct string of @deck to @pot.
 */
void
vc_deck_pot_append (VcDeck     *deck,
                    const char *reference,
                    GString    *pot,
                    GHashTable *seen)
{
  g_autoptr(GHashTable) local = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) comments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify)g_ptr_array_unref);
  g_autofree char *id = NULL;
  g_autofree char *safe_reference = NULL;
  GPtrArray *strings;

  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (reference != NULL);
  g_return_if_fail (pot != NULL);

  if (seen == NULL)
    seen = local = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Comments end at the end of the line, so what goes in them is escaped
   * the way the deck tool escapes what it prints. */
  id = vc_deck_escape_for_terminal (vc_deck_get_id (deck), -1);
  safe_reference = vc_deck_escape_for_terminal (reference, -1);

  strings = vc_deck_get_strings (deck);
  for (guint i = 0; i < strings->len; i++)
    {
      const VcDeckString *s = g_ptr_array_index (strings, i);
      GPtrArray *paths = g_hash_table_lookup (comments, s->msgid);

      if (g_hash_table_contains (seen, s->msgid) && paths == NULL)
        continue;

      if (paths == NULL)
        {
          paths = g_ptr_array_new ();
          g_hash_table_insert (comments, s->msgid, paths);
          g_ptr_array_add (order, s->msgid);
          g_hash_table_add (seen, g_strdup (s->msgid));
        }
      g_ptr_array_add (paths, s->path);
    }

  for (guint i = 0; i < order->len; i++)
    {
      const char *msgid = g_ptr_array_index (order, i);
      GPtrArray *paths = g_hash_table_lookup (comments, msgid);
      g_autofree char *escaped = vc_deck_pot_escape (msgid);

      g_string_append_c (pot, '\n');
      for (guint j = 0; j < paths->len; j++)
        {
          g_autofree char *path = vc_deck_escape_for_terminal (g_ptr_array_index (paths, j), -1);

          g_string_append_printf (pot, "#. Deck “%s”, %s\n", id, path);
        }
      g_string_append_printf (pot, "#: %s\n", safe_reference);
      if (strchr (msgid, '%') != NULL)
        g_string_append (pot, "#, no-c-format\n");
      g_string_append_printf (pot, "msgid %s\nmsgstr \"\"\n", escaped);
    }
}

/**
 * vc_deck_pot_build:
 * @deck: a deck loaded with %VC_DECK_LOAD_COLLECT_STRINGS
 * @reference: the file name to give as the strings' source
 *
 * Returns: (transfer full): a whole translation template for @deck
 */
char *
vc_deck_pot_build (VcDeck     *deck,
                   const char *reference)
{
  g_autofree char *id = NULL;
  GString *pot;
  const char *domain;

  g_return_val_if_fail (VC_IS_DECK (deck), NULL);

  domain = vc_deck_get_translation_domain (deck);
  id = vc_deck_escape_for_terminal (vc_deck_get_id (deck), -1);
  pot = g_string_new (NULL);
  g_string_append_printf (pot,
                          "# Translation template for the deck “%s”.\n"
                          "#\n"
                          "#, fuzzy\n"
                          "msgid \"\"\n"
                          "msgstr \"\"\n"
                          "\"Project-Id-Version: ",
                          id);
  append_po_text (pot, domain ? domain : vc_deck_get_id (deck), FALSE);
  g_string_append_c (pot, ' ');
  append_po_text (pot, vc_deck_get_version (deck) ? vc_deck_get_version (deck) : "", FALSE);
  g_string_append (pot,
                   "\\n\"\n"
                   "\"Report-Msgid-Bugs-To: \\n\"\n"
                   "\"POT-Creation-Date: \\n\"\n"
                   "\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
                   "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
                   "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
                   "\"Language: \\n\"\n"
                   "\"MIME-Version: 1.0\\n\"\n"
                   "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Content-Transfer-Encoding: 8bit\\n\"\n");

  vc_deck_pot_append (deck, reference, pot, NULL);

  return g_string_free (pot, FALSE);
}
