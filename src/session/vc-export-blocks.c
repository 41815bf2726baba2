/* vc-export-blocks.c
 *
 * What a session's summary says, as a list of blocks (headings,
 * paragraphs, list items, quotes), before it becomes Markdown, a PDF or
 * the summary on screen.
 *
 * One list for all of them, so that the mail, the printout and the screen
 * always say the same thing. What people wrote is copied verbatim: it is
 * their words, and the summary goes to the very people who wrote them.
 * A personal reflection is worded for one person: no roles, no group.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-export.h"
#include "vc-session-describe.h"
#include "vc-session-private.h"

static void
block_free (VcExportBlock *block)
{
  g_free (block->text);
  g_free (block);
}

static void
add_block (GPtrArray         *blocks,
           VcExportBlockKind  kind,
           const char        *text)
{
  VcExportBlock *block = g_new0 (VcExportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (blocks, block);
}

static void G_GNUC_PRINTF (3, 4)
add_blockf (GPtrArray         *blocks,
            VcExportBlockKind  kind,
            const char        *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  add_block (blocks, kind, text);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
is_reflection (VcSession *session)
{
  return vc_session_get_kind (session) == VC_SESSION_KIND_REFLECTION;
}

/* A card's heading: its title, or the start of its text for cards that
 * have none, or its id if the deck is gone. */
static char *
dup_card_heading (VcDeck     *deck,
                  const char *card_id)
{
  VcCard *card = deck != NULL ? vc_deck_find_card (deck, card_id) : NULL;
  g_autofree char *summary = NULL;
  const char *end;

  /* Notes taken beside the values game's board rather than on a card. */
  if (card == NULL && g_strcmp0 (card_id, "board") == 0)
    return g_strdup (_("The Board"));
  if (card == NULL)
    return g_strdup (card_id);
  if (vc_card_get_title (card) != NULL)
    return g_strdup (vc_card_get_title (card));

  summary = vc_card_dup_summary (card);
  if (summary == NULL)
    return g_strdup (card_id);

  end = strchr (summary, '\n');
  if (end != NULL)
    return g_strndup (summary, end - summary);
  return g_steal_pointer (&summary);
}

static const char *
role_name (VcDeck     *deck,
           const char *role_id)
{
  GPtrArray *roles = deck != NULL ? vc_deck_get_roles (deck) : NULL;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      VcRole *role = g_ptr_array_index (roles, i);

      if (g_strcmp0 (role->id, role_id) == 0)
        return role->name;
    }

  /* The roles a meeting has when its deck names none. */
  if (g_strcmp0 (role_id, "coordinator") == 0)
    return _("Coordinator");
  if (g_strcmp0 (role_id, "timekeeper") == 0)
    return _("Timekeeper");
  if (g_strcmp0 (role_id, "scribe") == 0)
    return _("Scribe");

  return role_id;
}

static const char *
word_name (VcDeck     *deck,
           const char *word_id)
{
  GPtrArray *words = deck != NULL ? vc_deck_get_words (deck) : NULL;

  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      VcValueWord *word = g_ptr_array_index (words, i);

      if (g_strcmp0 (word->id, word_id) == 0)
        return word->word;
    }

  return word_id;
}

static char *
dup_image_caption (VcDeck     *deck,
                   const char *image_id)
{
  GListModel *images = deck != NULL ? vc_deck_get_images (deck) : NULL;
  guint n = images != NULL ? g_list_model_get_n_items (images) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

      if (g_strcmp0 (vc_deck_image_get_id (image), image_id) != 0)
        continue;
      /* A picture without a caption is still described by its alt text. */
      if (vc_deck_image_get_caption (image) != NULL)
        return g_strdup (vc_deck_image_get_caption (image));
      if (vc_deck_image_get_alt (image) != NULL)
        return g_strdup (vc_deck_image_get_alt (image));
      break;
    }

  return g_strdup (image_id);
}

static void
build_title (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  GDateTime *started = vc_session_get_started (session);
  GDateTime *ended = vc_session_get_ended (session);
  g_autofree char *date = g_date_time_format (started, "%Y-%m-%d");
  g_autofree char *start_time = g_date_time_format (started, "%H:%M");
  const char *title = NULL;
  const char *kind;

  if (deck != NULL)
    title = vc_deck_get_title (deck);
  if (title == NULL)
    title = vc_session_get_deck_title (session);
  if (title == NULL)
    title = vc_session_get_deck_id (session);

  /* Translators: the title of a session's summary: the deck's title and
   * the date the session was held, as 2026-03-14. */
  add_blockf (blocks, VC_EXPORT_BLOCK_TITLE, C_("export title", "%s, %s"), title, date);

  if (!is_reflection (session))
    kind = C_("session kind", "Meeting");
  else
    kind = C_("session kind", "Reflection");

  if (ended != NULL)
    {
      g_autofree char *end_time = NULL;

      /* A meeting that ran past midnight, or was continued another day,
       * gets its end date too. */
      if (g_date_time_get_year (ended) == g_date_time_get_year (started) &&
          g_date_time_get_day_of_year (ended) == g_date_time_get_day_of_year (started))
        end_time = g_date_time_format (ended, "%H:%M");
      else
        end_time = g_date_time_format (ended, "%Y-%m-%d %H:%M");

      /* Translators: the kind of session (Meeting or Reflection), the time
       * it started and the time it ended. */
      add_blockf (blocks, VC_EXPORT_BLOCK_PARAGRAPH, C_("export kind and times", "%s, %s–%s"),
                  kind, start_time, end_time);
    }
  else
    {
      /* Translators: the kind of session (Meeting or Reflection) and the
       * time it started. */
      add_blockf (blocks, VC_EXPORT_BLOCK_PARAGRAPH, C_("export kind and time", "%s, started %s"),
                  kind, start_time);
    }
}

/* "Coordinator: Aida, Timekeeper: Mats", or NULL if nobody held a role. */
static char *
dup_holders_text (VcSession          *session,
                  VcDeck             *deck,
                  const char * const *holders)
{
  const char * const *role_ids = vc_session_get_role_ids (session);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; role_ids[i] != NULL && holders[i] != NULL; i++)
    {
      if (is_blank (holders[i]))
        continue;
      if (text->len > 0)
        /* Translators: between two roles and their holders in a list,
         * as in “Coordinator: Aida, Scribe: Leila”. */
        g_string_append (text, C_("export roles", ", "));
      /* Translators: a role and the person who held it, as
       * “Scribe: Anna”. */
      g_string_append_printf (text, C_("export role", "%s: %s"),
                              role_name (deck, role_ids[i]), holders[i]);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
build_turns (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck,
             GPtrArray *turns)
{
  gboolean any = FALSE;

  for (guint i = 0; i < turns->len; i++)
    {
      VcRoleTurn *turn = g_ptr_array_index (turns, i);
      g_autofree char *holders = dup_holders_text (session, deck,
                                                   (const char * const *)turn->holders);
      g_autofree char *time = g_date_time_format (turn->started, "%H:%M");

      if (holders == NULL)
        continue;
      if (!any)
        add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("Roles"));
      any = TRUE;

      if (i == 0)
        /* Translators: who held the roles from the start of a meeting,
         * as “From the start: Coordinator: Aida, Scribe: Leila”. */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export turn", "From the start: %s"), holders);
      else if (turn->card_id == NULL)
        /* Translators: who held the roles after they moved on: the time,
         * and the roles with their holders, as “From 14:20: Coordinator:
         * Mats, …”. */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export turn", "From %s: %s"), time, holders);
      else
        {
          g_autofree char *heading = dup_card_heading (deck, turn->card_id);

          /* Translators: who held the roles after they moved on: the time,
           * the card the group was on, and the roles with their holders,
           * as “From 14:20, at “On the bus”: Coordinator: Mats, …”. */
          add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export turn", "From %s, at “%s”: %s"),
                      time, heading, holders);
        }
    }
}

/* A meeting run in a format: each step, planned against actual. */
static void
build_steps (GPtrArray *blocks,
             VcSession *session)
{
  GPtrArray *steps = vc_session_get_steps (session);
  gint64 planned = 0, actual = 0;
  guint n = 0;

  if (vc_session_get_format_id (session) == NULL || steps->len == 0)
    return;

  /* Translators: a heading of the summary; %s is the meeting format's title */
  add_blockf (blocks, VC_EXPORT_BLOCK_HEADING, _("Steps: %s"),
              vc_session_get_format_title (session) ? vc_session_get_format_title (session)
                                                    : vc_session_get_format_id (session));
  for (guint i = 0; i < steps->len; i++)
    {
      VcStepRecord *step = g_ptr_array_index (steps, i);
      g_autofree char *plan = NULL;
      g_autofree char *took = NULL;

      if (step->id[0] == '\0')
        continue;
      n++;
      planned += step->planned;
      actual += step->actual;
      plan = vc_dup_minutes_label (step->planned);
      took = vc_dup_minutes_label (step->actual);
      if (step->skipped)
        /* Translators: a step of the meeting in the summary: its number,
         * title and planned length, as “2. Think Alone – planned 4 min,
         * skipped after 1 min” */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, _("%u. %s – planned %s, skipped after %s"),
                    i + 1, step->title ? step->title : step->id, plan, took);
      else if (step->actual == 0)
        /* Translators: a step the meeting did not get to */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, _("%u. %s – planned %s, not reached"),
                    i + 1, step->title ? step->title : step->id, plan);
      else
        /* Translators: “3. A Round – planned 12 min, took 15 min” */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, _("%u. %s – planned %s, took %s"),
                    i + 1, step->title ? step->title : step->id, plan, took);
    }
  if (n > 0)
    {
      g_autofree char *plan = vc_dup_minutes_label (planned);
      g_autofree char *took = vc_dup_minutes_label (actual);

      /* Translators: the whole meeting, as “Planned 1 h, took 1 h 5 min” */
      add_blockf (blocks, VC_EXPORT_BLOCK_PARAGRAPH, _("Planned %s in all, took %s"), plan, took);
    }
}

/* What each small group wrote, on the card it took. */
static void
build_groups (GPtrArray *blocks,
              VcSession *session,
              VcDeck    *deck)
{
  gboolean any = FALSE;

  for (guint i = 0; i < vc_session_get_n_groups (session); i++)
    {
      const char *notes = vc_session_get_group_notes (session, i);
      const char *card_id = vc_session_get_group_card (session, i);

      if ((notes == NULL || is_blank (notes)) && card_id == NULL)
        continue;
      if (!any)
        add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("Small Groups"));
      any = TRUE;
      if (card_id != NULL)
        {
          g_autofree char *heading = dup_card_heading (deck, card_id);

          /* Translators: a small group and the card it took, as “Group 2 · On the Bus” */
          add_blockf (blocks, VC_EXPORT_BLOCK_SUBHEADING, _("Group %u · %s"), i + 1, heading);
        }
      else
        /* Translators: a small group in the summary */
        add_blockf (blocks, VC_EXPORT_BLOCK_SUBHEADING, _("Group %u"), i + 1);
      if (notes != NULL && !is_blank (notes))
        add_block (blocks, VC_EXPORT_BLOCK_QUOTE, notes);
    }
}

static void
build_roles (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  const char * const *role_ids = vc_session_get_role_ids (session);
  GPtrArray *turns = vc_session_get_turns (session);
  gboolean any = FALSE;

  /* A person reflecting alone holds no role. */
  if (is_reflection (session))
    return;

  if (turns->len > 0)
    {
      build_turns (blocks, session, deck, turns);
      return;
    }

  for (guint i = 0; role_ids[i] != NULL; i++)
    {
      const char *holder = vc_session_get_holder (session, role_ids[i]);

      if (holder == NULL || is_blank (holder))
        continue;

      if (!any)
        add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("Roles"));
      any = TRUE;

      add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export role", "%s: %s"),
                  role_name (deck, role_ids[i]), holder);
    }
}

static void
build_pairs (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  GPtrArray *pairs = vc_session_get_pairs (session);

  if (pairs->len == 0)
    return;

  add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("Words and pictures"));
  for (guint i = 0; i < pairs->len; i++)
    {
      VcPair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *caption = dup_image_caption (deck, pair->image_id);
      const char *word = word_name (deck, pair->word_id);

      if (!is_blank (pair->reason))
        /* Translators: a value word paired with a picture, and the reason
         * given, as “Dignity + Coffee in the day room: because …”. */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export pair with reason", "%s + %s: %s"),
                    word, caption, pair->reason);
      else
        /* Translators: a value word paired with a picture, as
         * “Dignity + Coffee in the day room”. */
        add_blockf (blocks, VC_EXPORT_BLOCK_ITEM, C_("export pair", "%s + %s"), word, caption);
    }
}

/* What a person reflected on: the card's statement or story, and the
 * question it asks, so that a reflection read later still makes sense. */
static void
add_statement (GPtrArray *blocks,
               VcCard    *card)
{
  const char * const *stages;

  if (card == NULL)
    return;

  stages = vc_card_get_stages (card);
  if (vc_card_get_text (card) != NULL)
    add_block (blocks, VC_EXPORT_BLOCK_QUOTE, vc_card_get_text (card));
  for (guint i = 0; stages != NULL && stages[i] != NULL; i++)
    add_block (blocks, VC_EXPORT_BLOCK_QUOTE, stages[i]);
  if (vc_card_get_prompt (card) != NULL)
    add_block (blocks, VC_EXPORT_BLOCK_LABEL, vc_card_get_prompt (card));
}

typedef struct
{
  GPtrArray *blocks;
  VcSession *session;
  VcDeck    *deck;
  gboolean   any;
} CardList;

static void
add_card (CardList   *list,
          const char *card_id,
          gboolean    in_deck)
{
  const char *notes = vc_session_get_notes (list->session, card_id);
  gboolean reflection = is_reflection (list->session);
  g_autofree char *heading = NULL;

  /* A meeting lists every card the group came to; a reflection the cards
   * the person wrote about. A card the deck no longer has is only named
   * if something was written about it. */
  if (is_blank (notes) &&
      (reflection || !in_deck || !vc_session_was_visited (list->session, card_id)))
    return;

  if (!list->any)
    add_block (list->blocks, VC_EXPORT_BLOCK_HEADING,
               reflection ? _("Your reflections") : _("Cards discussed"));
  list->any = TRUE;

  heading = dup_card_heading (list->deck, card_id);
  add_block (list->blocks, VC_EXPORT_BLOCK_SUBHEADING, heading);
  if (reflection && list->deck != NULL)
    add_statement (list->blocks, vc_deck_find_card (list->deck, card_id));

  if (!is_blank (notes))
    add_block (list->blocks, VC_EXPORT_BLOCK_PARAGRAPH, notes);
  else
    add_block (list->blocks, VC_EXPORT_BLOCK_PARAGRAPH, _("No notes were taken."));
}

static void
build_cards (GPtrArray *blocks,
             VcSession *session,
             VcDeck    *deck)
{
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) card_ids = vc_session_dup_card_ids_with_notes (session);
  GListModel *cards = deck != NULL ? vc_deck_get_cards (deck) : NULL;
  guint n = cards != NULL ? g_list_model_get_n_items (cards) : 0;
  VcCard *closing = deck != NULL ? vc_deck_get_closing (deck) : NULL;
  CardList list = { blocks, session, deck, FALSE };

  /* In the deck's order, which is how the meeting went through it... */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      const char *id = vc_card_get_id (card);

      add_card (&list, id, TRUE);
      g_hash_table_add (done, (gpointer)id);
    }

  /* ...the closing card only for what was written on it, as its answers
   * have a section of their own... */
  if (closing != NULL)
    {
      add_card (&list, vc_card_get_id (closing), FALSE);
      g_hash_table_add (done, (gpointer)vc_card_get_id (closing));
    }

  /* ...then anything the deck no longer has, so nothing written is left
   * out of the summary. */
  for (guint i = 0; card_ids[i] != NULL; i++)
    if (!g_hash_table_contains (done, card_ids[i]))
      add_card (&list, card_ids[i], FALSE);
}

static void
build_answers (GPtrArray *blocks,
               VcSession *session,
               VcDeck    *deck)
{
  g_autoptr(GArray) answered = _vc_session_dup_answered (session);
  VcCard *closing = deck != NULL ? vc_deck_get_closing (deck) : NULL;
  GPtrArray *questions = closing != NULL ? vc_card_get_questions (closing) : NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < answered->len; i++)
    {
      guint index = g_array_index (answered, guint, i);
      const char *answer = vc_session_get_answer (session, index);

      if (is_blank (answer))
        continue;

      if (!any)
        {
          if (closing != NULL && vc_card_get_title (closing) != NULL)
            add_block (blocks, VC_EXPORT_BLOCK_HEADING, vc_card_get_title (closing));
          else if (is_reflection (session))
            add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("What I take with me"));
          else
            add_block (blocks, VC_EXPORT_BLOCK_HEADING, _("What we take with us"));
        }
      any = TRUE;

      if (questions != NULL && index < questions->len)
        add_block (blocks, VC_EXPORT_BLOCK_LABEL,
                   ((VcQuestion *)g_ptr_array_index (questions, index))->text);
      else
        /* Translators: stands in for a question of the closing card when
         * its deck cannot be found; %u counts from 1. */
        add_blockf (blocks, VC_EXPORT_BLOCK_LABEL, _("Question %u"), index + 1);
      add_block (blocks, VC_EXPORT_BLOCK_PARAGRAPH, answer);
    }
}

static void
build_carry_over (GPtrArray *blocks,
                  VcSession *session)
{
  const char * const *items = vc_session_get_carry_over (session);
  gboolean any = FALSE;

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (is_blank (items[i]))
        continue;

      if (!any)
        add_block (blocks, VC_EXPORT_BLOCK_HEADING,
                   is_reflection (session) ? _("To come back to") : _("For the next meeting"));
      any = TRUE;

      add_block (blocks, VC_EXPORT_BLOCK_ITEM, items[i]);
    }
}

/**
 * vc_export_dup_blocks:
 * @session: a #VcSession
 * @deck: (nullable): the deck it was played with, or %NULL if it cannot be
 *   found, in which case cards, words and pictures are named by their ids
 *
 * Returns: (transfer full) (element-type VcExportBlock): the summary of
 *   @session: title, roles as they moved on, pairs, every card discussed
 *   with its notes, the closing card's answers and what to carry over;
 *   empty sections are left out
 */
GPtrArray *
vc_export_dup_blocks (VcSession *session,
                      VcDeck    *deck)
{
  GPtrArray *blocks;

  g_return_val_if_fail (VC_IS_SESSION (session), NULL);
  g_return_val_if_fail (deck == NULL || VC_IS_DECK (deck), NULL);

  blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);

  build_title (blocks, session, deck);
  build_steps (blocks, session);
  build_roles (blocks, session, deck);
  build_pairs (blocks, session, deck);
  build_groups (blocks, session, deck);
  build_cards (blocks, session, deck);
  build_answers (blocks, session, deck);
  build_carry_over (blocks, session);

  return blocks;
}
