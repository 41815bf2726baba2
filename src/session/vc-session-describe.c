/* vc-session-describe.c
 *
 * A session in a line, for lists: how far it got, and the text that
 * matches a search.
 *
 * Sessions of one deck look alike in a list; the time of day and how far
 * each got tell them apart. Searching is insensitive to case and to how a
 * letter was typed (composed or not), and the match is found in the text
 * as written, so that it can be shown highlighted in place.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-session-describe.h"
#include "vc-session-private.h"

/* How much of the text around a match is shown, in characters. */
#define CONTEXT_BEFORE 40
#define CONTEXT_AFTER  120

/**
 * vc_session_dup_progress:
 * @session: a #VcSession
 * @deck: (nullable): its deck, if it can be read
 *
 * Returns: (transfer full): how far @session got: “finished”, “card 3 of
 *   9”, “at the introduction”, “3 pairs”, or “not finished”
 */
char *
vc_session_dup_progress (VcSession *session,
                         VcDeck    *deck)
{
  const char *current;
  GListModel *cards;
  guint n_pairs;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), NULL);

  if (vc_session_get_ended (session) != NULL)
    /* Translators: how far a saved session got */
    return g_strdup (C_("session progress", "finished"));

  n_pairs = vc_session_get_pairs (session)->len;
  if (n_pairs > 0 || (deck != NULL && vc_deck_get_kind (deck) == VC_DECK_KIND_VALUES_GAME))
    /* Translators: how far an unfinished values game got */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pair so far", "%u pairs so far", n_pairs),
                            n_pairs);

  current = vc_session_get_current_card (session);
  if (deck != NULL && current != NULL)
    {
      VcCard *closing = vc_deck_get_closing (deck);

      if (g_str_equal (current, "introduction"))
        return g_strdup (C_("session progress", "at the introduction"));
      if (closing != NULL && g_strcmp0 (vc_card_get_id (closing), current) == 0)
        return g_strdup (C_("session progress", "at the closing card"));

      cards = vc_deck_get_cards (deck);
      for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
        {
          g_autoptr(VcCard) card = g_list_model_get_item (cards, i);

          if (g_strcmp0 (vc_card_get_id (card), current) == 0)
            /* Translators: how far an unfinished session got, “card 3 of 9” */
            return g_strdup_printf (C_("session progress", "card %u of %u"),
                                    i + 1, g_list_model_get_n_items (cards));
        }
    }

  return g_strdup (C_("session progress", "not finished"));
}

/**
 * vc_session_dup_description:
 * @session: a #VcSession
 * @deck: (nullable): its deck, if it can be read
 *
 * Returns: (transfer full): “Meeting · 2026-11-22 14:05 · card 3 of 9”
 */
char *
vc_session_dup_description (VcSession *session,
                            VcDeck    *deck)
{
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *progress = NULL;
  const char *kind;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);

  date = g_date_time_format (vc_session_get_started (session), "%Y-%m-%d");
  time = g_date_time_format (vc_session_get_started (session), "%H:%M");
  progress = vc_session_dup_progress (session, deck);
  kind = vc_session_get_kind (session) == VC_SESSION_KIND_MEETING
           ? C_("session kind", "Meeting") : C_("session kind", "Reflection");

  /* Translators: a saved session in a list: its kind, the date and time
   * it started, and how far it got, “Meeting · 2026-11-22 14:05 · card 3
   * of 9” */
  return g_strdup_printf (C_("session description", "%s · %s %s · %s"), kind, date, time, progress);
}

static char *
fold (const char *text,
      gssize      len)
{
  g_autofree char *folded = g_utf8_casefold (text, len);

  /* The same letter typed composed or decomposed must still match. */
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/**
 * vc_text_find:
 * @haystack: text as written
 * @needle: what to look for, in any case
 * @start: (out): where the match starts in @haystack, in bytes
 * @end: (out): where it ends
 *
 * Returns: whether @haystack holds @needle, ignoring case
 */
gboolean
vc_text_find (const char *haystack,
              const char *needle,
              gsize      *start,
              gsize      *end)
{
  g_autofree char *folded_needle = NULL;
  gsize needle_len;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (haystack == NULL || needle == NULL || needle[0] == '\0')
    return FALSE;

  folded_needle = fold (needle, -1);
  needle_len = strlen (folded_needle);
  if (needle_len == 0)
    return FALSE;

  /* Each character is folded on its own and the folds are matched against
   * the needle, so that the match is known in the text as written. */
  for (const char *p = haystack; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autoptr(GString) seen = g_string_new (NULL);
      const char *q = p;

      while (*q != '\0' && seen->len < needle_len)
        {
          const char *next = g_utf8_next_char (q);
          g_autofree char *one = fold (q, next - q);

          g_string_append (seen, one);
          q = next;
          if (strncmp (seen->str, folded_needle, MIN (seen->len, needle_len)) != 0)
            break;
        }

      if (seen->len >= needle_len && strncmp (seen->str, folded_needle, needle_len) == 0)
        {
          *start = p - haystack;
          *end = q - haystack;
          return TRUE;
        }
    }

  return FALSE;
}

/* A line's worth of @text around [@start, @end), on one line, with “…”
 * where it was cut; the match's place in the snippet is given back. */
static char *
dup_context (const char *text,
             gsize       start,
             gsize       end,
             gsize      *match_start,
             gsize      *match_end)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *from = text + start;
  const char *to = text + end;

  for (guint i = 0; i < CONTEXT_BEFORE && from > text; i++)
    from = g_utf8_prev_char (from);
  for (guint i = 0; i < CONTEXT_AFTER && *to != '\0'; i++)
    to = g_utf8_next_char (to);

  if (from > text)
    g_string_append (out, "…");
  for (const char *p = from; p < to; p = g_utf8_next_char (p))
    {
      if (p == text + start)
        *match_start = out->len;
      if (p == text + end)
        *match_end = out->len;
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (to == text + end)
    *match_end = out->len;
  if (*to != '\0')
    g_string_append (out, "…");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * vc_session_dup_snippet:
 * @session: a #VcSession
 * @needle: (nullable): what was searched for
 * @match_start: (out): where the match starts in the snippet, in bytes
 * @match_end: (out): where it ends; equal to @match_start if nothing
 *   matched
 *
 * Finds the first text written in @session that holds @needle: notes,
 * reasons, answers, carried-over items. Without @needle, the start of the
 * first text written.
 *
 * Returns: (transfer full) (nullable): the text around the match on one
 *   line, or %NULL if nothing written matches
 */
char *
vc_session_dup_snippet (VcSession  *session,
                        const char *needle,
                        gsize      *match_start,
                        gsize      *match_end)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_auto(GStrv) card_ids = NULL;
  g_autoptr(GArray) answered = NULL;
  const char * const *items;
  GPtrArray *pairs;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);
  g_return_val_if_fail (match_start != NULL && match_end != NULL, NULL);

  *match_start = *match_end = 0;

  card_ids = vc_session_dup_card_ids_with_notes (session);
  for (guint i = 0; card_ids[i] != NULL; i++)
    g_ptr_array_add (texts, (gpointer)vc_session_get_notes (session, card_ids[i]));
  pairs = vc_session_get_pairs (session);
  for (guint i = 0; i < pairs->len; i++)
    if (((VcPair *)g_ptr_array_index (pairs, i))->reason != NULL)
      g_ptr_array_add (texts, ((VcPair *)g_ptr_array_index (pairs, i))->reason);
  answered = _vc_session_dup_answered (session);
  for (guint i = 0; i < answered->len; i++)
    g_ptr_array_add (texts, (gpointer)vc_session_get_answer (session, g_array_index (answered, guint, i)));
  items = vc_session_get_carry_over (session);
  for (guint i = 0; items[i] != NULL; i++)
    g_ptr_array_add (texts, (gpointer)items[i]);

  if (needle == NULL || needle[0] == '\0')
    {
      if (texts->len == 0)
        return NULL;
      return dup_context (g_ptr_array_index (texts, 0), 0, 0, match_start, match_end);
    }

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      gsize start, end;

      if (vc_text_find (text, needle, &start, &end))
        return dup_context (text, start, end, match_start, match_end);
    }

  return NULL;
}

/**
 * vc_dup_minutes_label:
 *
 * Returns: (transfer full): @seconds as the minutes a person plans with,
 *   such as “45 min” or “1 h 5 min”
 */
char *
vc_dup_minutes_label (gint64 seconds)
{
  gint64 minutes = (MAX (seconds, 0) + 30) / 60;

  if (seconds > 0 && minutes == 0)
    /* Translators: a length of time in seconds, as short as it can be */
    return g_strdup_printf (_("%d s"), (int)seconds);
  if (minutes < 60)
    /* Translators: a length of time in minutes, as short as it can be */
    return g_strdup_printf (_("%d min"), (int)minutes);
  if (minutes % 60 == 0)
    /* Translators: a length of time in whole hours */
    return g_strdup_printf (_("%d h"), (int)(minutes / 60));
  /* Translators: a length of time in hours and minutes */
  return g_strdup_printf (_("%d h %d min"), (int)(minutes / 60), (int)(minutes % 60));
}
