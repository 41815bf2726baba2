/* vc-session.c
 *
 * One meeting or one personal reflection with a deck: who holds which role,
 * where the group is, and everything written on the way.
 *
 * The session is only a model: it says "changed" after every modification
 * and the store (vc-session-store.c) decides when to write it. Turning it
 * into JSON and back is in vc-session-json.c, and the roles and their
 * turns in vc-session-roles.c, the values game's pairs in
 * vc-session-pairs.c.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include "vc-session.h"
#include "vc-session-private.h"

G_DEFINE_FINAL_TYPE (VcSession, vc_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (vc-session-error-quark, vc_session_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const empty_strv[] = { NULL };

static void
card_record_free (CardRecord *record)
{
  g_free (record->card_id);
  g_free (record->notes);
  g_free (record);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a;
  guint y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

void
_vc_session_emit_changed (VcSession *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
vc_session_finalize (GObject *object)
{
  VcSession *self = (VcSession *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->deck_id, g_free);
  g_clear_pointer (&self->deck_version, g_free);
  g_clear_pointer (&self->deck_path, g_free);
  g_clear_pointer (&self->deck_title, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->ended, g_date_time_unref);
  g_clear_pointer (&self->role_ids, g_strfreev);
  g_clear_pointer (&self->people, g_strfreev);
  g_clear_pointer (&self->turns, g_ptr_array_unref);
  g_clear_pointer (&self->current_card, g_free);
  g_clear_pointer (&self->cards_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->carry_over, g_strfreev);
  _vc_session_finalize_plan (self);

  G_OBJECT_CLASS (vc_session_parent_class)->finalize (object);
}

static void
vc_session_class_init (VcSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vc_session_finalize;

  /**
   * VcSession::changed:
   *
   * Emitted after every modification, so that the store can save it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vc_session_init (VcSession *self)
{
  self->role_ids = g_new0 (char *, 1);
  self->people = g_new0 (char *, 1);
  self->carry_over = g_new0 (char *, 1);
  _vc_session_init_plan (self);
  self->turns = g_ptr_array_new_with_free_func ((GDestroyNotify)_vc_role_turn_free);
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)card_record_free);
  self->cards_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify)_vc_pair_free);
  self->answers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * vc_session_new:
 * @kind: a meeting or a reflection
 * @deck_id: the id of the deck played
 * @deck_version: (nullable): the deck's version
 * @deck_path: (nullable): where the deck was read from, to open it again
 *
 * Starts a session now, in local time, with a new random id.
 *
 * Returns: (transfer full): a new #VcSession
 */
VcSession *
vc_session_new (VcSessionKind  kind,
                const char    *deck_id,
                const char    *deck_version,
                const char    *deck_path)
{
  VcSession *self;

  g_return_val_if_fail (kind == VC_SESSION_KIND_MEETING ||
                        kind == VC_SESSION_KIND_REFLECTION, NULL);
  g_return_val_if_fail (deck_id != NULL && deck_id[0] != '\0', NULL);

  self = g_object_new (VC_TYPE_SESSION, NULL);
  self->id = g_uuid_string_random ();
  self->kind = kind;
  self->deck_id = g_strdup (deck_id);
  self->deck_version = g_strdup (deck_version);
  self->deck_path = g_strdup (deck_path);
  self->started = g_date_time_new_now_local ();

  return self;
}

const char *
vc_session_get_id (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->id;
}

VcSessionKind
vc_session_get_kind (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), VC_SESSION_KIND_MEETING);
  return self->kind;
}

const char *
vc_session_get_deck_id (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->deck_id;
}

const char *
vc_session_get_deck_version (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->deck_version;
}

const char *
vc_session_get_deck_path (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->deck_path;
}

/**
 * vc_session_get_deck_title:
 * @self: a #VcSession
 *
 * The deck's title as it was when the session was played, kept so that the
 * list of sessions can be read and searched without opening every deck.
 *
 * Returns: (nullable): the deck's title
 */
const char *
vc_session_get_deck_title (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->deck_title;
}

void
vc_session_set_deck_title (VcSession  *self,
                           const char *title)
{
  g_return_if_fail (VC_IS_SESSION (self));

  if (g_strcmp0 (self->deck_title, title) == 0)
    return;

  g_free (self->deck_title);
  self->deck_title = g_strdup (title);
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_started:
 * @self: a #VcSession
 *
 * Returns: (transfer none): when the session started
 */
GDateTime *
vc_session_get_started (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->started;
}

/**
 * vc_session_get_ended:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (nullable): when the session was finished, or
 *   %NULL while it goes on
 */
GDateTime *
vc_session_get_ended (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->ended;
}

/**
 * vc_session_finish:
 * @self: a #VcSession
 *
 * Marks the session as ended now. A session that is continued later and
 * finished again ends at the later time.
 */
void
vc_session_finish (VcSession *self)
{
  g_return_if_fail (VC_IS_SESSION (self));

  g_clear_pointer (&self->ended, g_date_time_unref);
  self->ended = g_date_time_new_now_local ();
  _vc_session_emit_changed (self);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL)
    a = empty_strv;
  if (b == NULL)
    b = empty_strv;
  return g_strv_equal (a, b);
}

gboolean
_vc_session_strv_is_utf8 (const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!g_utf8_validate (strv[i], -1, NULL))
      return FALSE;
  return TRUE;
}

gboolean
_vc_session_replace_strv (char               ***field,
                          const char * const   *value)
{
  if (strv_equal ((const char * const *)*field, value))
    return FALSE;

  g_strfreev (*field);
  *field = value != NULL ? g_strdupv ((char **)value) : g_new0 (char *, 1);
  return TRUE;
}

/**
 * vc_session_get_current_card:
 * @self: a #VcSession
 *
 * Returns: (nullable): the id of the card the group is on
 */
const char *
vc_session_get_current_card (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->current_card;
}

void
vc_session_set_current_card (VcSession  *self,
                             const char *card_id)
{
  g_return_if_fail (VC_IS_SESSION (self));

  if (g_strcmp0 (self->current_card, card_id) == 0)
    return;

  g_free (self->current_card);
  self->current_card = g_strdup (card_id);
  /* Remembered, so that the summary lists every card the group came to,
   * with notes or without. */
  if (card_id != NULL && card_id[0] != '\0')
    _vc_session_ensure_card (self, card_id)->visited = TRUE;
  _vc_session_emit_changed (self);
}

guint
vc_session_get_current_stage (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->current_stage;
}

void
vc_session_set_current_stage (VcSession *self,
                              guint      stage)
{
  g_return_if_fail (VC_IS_SESSION (self));

  if (self->current_stage == stage)
    return;

  self->current_stage = stage;
  _vc_session_emit_changed (self);
}

static CardRecord *
lookup_card (VcSession  *self,
             const char *card_id)
{
  return g_hash_table_lookup (self->cards_by_id, card_id);
}

CardRecord *
_vc_session_ensure_card (VcSession  *self,
                         const char *card_id)
{
  CardRecord *record = lookup_card (self, card_id);

  if (record == NULL)
    {
      record = g_new0 (CardRecord, 1);
      record->card_id = g_strdup (card_id);
      g_ptr_array_add (self->cards, record);
      g_hash_table_insert (self->cards_by_id, record->card_id, record);
    }

  return record;
}

/* A card with nothing left to say about it is dropped, so that the file
 * holds only what happened. */
void
_vc_session_drop_card_if_empty (VcSession  *self,
                                CardRecord *record)
{
  if (record->notes != NULL || record->seconds != 0 || record->drawn || record->visited)
    return;

  g_hash_table_remove (self->cards_by_id, record->card_id);
  g_ptr_array_remove (self->cards, record);
}

/**
 * vc_session_get_notes:
 * @self: a #VcSession
 * @card_id: a card's id
 *
 * Returns: (nullable): what was written about the card
 */
const char *
vc_session_get_notes (VcSession  *self,
                      const char *card_id)
{
  CardRecord *record;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  record = lookup_card (self, card_id);
  return record != NULL ? record->notes : NULL;
}

/**
 * vc_session_set_notes:
 * @self: a #VcSession
 * @card_id: a card's id
 * @text: (nullable): the notes; empty or %NULL removes them
 */
void
vc_session_set_notes (VcSession  *self,
                      const char *card_id,
                      const char *text)
{
  CardRecord *record;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (card_id != NULL && card_id[0] != '\0');
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  record = lookup_card (self, card_id);
  if (record == NULL && text == NULL)
    return;
  if (record != NULL && g_strcmp0 (record->notes, text) == 0)
    return;

  record = _vc_session_ensure_card (self, card_id);
  g_free (record->notes);
  record->notes = g_strdup (text);
  _vc_session_drop_card_if_empty (self, record);
  _vc_session_emit_changed (self);
}

gint64
vc_session_get_seconds (VcSession  *self,
                        const char *card_id)
{
  CardRecord *record;

  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  g_return_val_if_fail (card_id != NULL, 0);

  record = lookup_card (self, card_id);
  return record != NULL ? record->seconds : 0;
}

/**
 * vc_session_add_seconds:
 * @self: a #VcSession
 * @card_id: a card's id
 * @seconds: time spent on the card; the total never goes below zero
 */
void
vc_session_add_seconds (VcSession  *self,
                        const char *card_id,
                        gint64      seconds)
{
  CardRecord *record;
  gint64 total;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (card_id != NULL && card_id[0] != '\0');

  if (seconds == 0)
    return;

  record = lookup_card (self, card_id);
  total = record != NULL ? record->seconds : 0;
  if (seconds > 0)
    total = total > G_MAXINT64 - seconds ? G_MAXINT64 : total + seconds;
  else
    total = MAX (total + seconds, 0);

  if (record != NULL && record->seconds == total)
    return;
  if (record == NULL && total == 0)
    return;

  record = _vc_session_ensure_card (self, card_id);
  record->seconds = total;
  _vc_session_drop_card_if_empty (self, record);
  _vc_session_emit_changed (self);
}

void
vc_session_mark_drawn (VcSession  *self,
                       const char *card_id)
{
  CardRecord *record;
  guint index;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (card_id != NULL && card_id[0] != '\0');

  record = lookup_card (self, card_id);
  if (record != NULL && record->drawn)
    return;

  /* Cards are kept in the order they were drawn, for the group to go back
   * through them and for a session continued later. */
  if (record != NULL && g_ptr_array_find (self->cards, record, &index))
    {
      g_ptr_array_steal_index (self->cards, index);
      g_ptr_array_add (self->cards, record);
    }

  record = _vc_session_ensure_card (self, card_id);
  record->drawn = TRUE;
  _vc_session_emit_changed (self);
}

/**
 * vc_session_dup_drawn_card_ids:
 * @self: a #VcSession
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the cards
 *   drawn, in the order they were drawn
 */
char **
vc_session_dup_drawn_card_ids (VcSession *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->cards->len; i++)
    {
      CardRecord *record = g_ptr_array_index (self->cards, i);

      if (record->drawn)
        g_strv_builder_add (builder, record->card_id);
    }
  return g_strv_builder_end (builder);
}

gboolean
vc_session_is_drawn (VcSession  *self,
                     const char *card_id)
{
  CardRecord *record;

  g_return_val_if_fail (VC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  record = lookup_card (self, card_id);
  return record != NULL && record->drawn;
}

/**
 * vc_session_was_visited:
 * @self: a #VcSession
 * @card_id: a card's id
 *
 * Returns: whether the group came to the card, drew it or wrote about it
 */
gboolean
vc_session_was_visited (VcSession  *self,
                        const char *card_id)
{
  CardRecord *record;

  g_return_val_if_fail (VC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  record = lookup_card (self, card_id);
  return record != NULL && (record->visited || record->drawn || record->notes != NULL ||
                            record->seconds > 0);
}

/**
 * vc_session_dup_card_ids_with_notes:
 * @self: a #VcSession
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the cards
 *   that have notes, in the order they were first written about
 */
char **
vc_session_dup_card_ids_with_notes (VcSession *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->cards->len; i++)
    {
      CardRecord *record = g_ptr_array_index (self->cards, i);

      if (record->notes != NULL)
        g_strv_builder_add (builder, record->card_id);
    }
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return ids;
}

/**
 * vc_session_get_answer:
 * @self: a #VcSession
 * @question: the index of a question on the closing card
 *
 * Returns: (nullable): the group's answer
 */
const char *
vc_session_get_answer (VcSession *self,
                       guint      question)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return g_hash_table_lookup (self->answers, GUINT_TO_POINTER (question));
}

/**
 * vc_session_set_answer:
 * @self: a #VcSession
 * @question: the index of a question on the closing card
 * @text: (nullable): the answer; empty or %NULL removes it
 */
void
vc_session_set_answer (VcSession  *self,
                       guint       question,
                       const char *text)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (question <= VC_SESSION_MAX_ANSWER_INDEX);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  if (g_strcmp0 (vc_session_get_answer (self, question), text) == 0)
    return;

  if (text == NULL)
    g_hash_table_remove (self->answers, GUINT_TO_POINTER (question));
  else
    g_hash_table_insert (self->answers, GUINT_TO_POINTER (question), g_strdup (text));
  _vc_session_emit_changed (self);
}

/**
 * _vc_session_dup_answered:
 * @self: a #VcSession
 *
 * Returns: (transfer full) (element-type guint): the indices of the
 *   questions that have answers, in order, including any the deck no
 *   longer has
 */
GArray *
_vc_session_dup_answered (VcSession *self)
{
  GArray *indices;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);

  indices = g_array_sized_new (FALSE, FALSE, sizeof (guint), g_hash_table_size (self->answers));
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint question = GPOINTER_TO_UINT (key);

      g_array_append_val (indices, question);
    }
  g_array_sort (indices, compare_uint);

  return indices;
}

/**
 * vc_session_get_carry_over:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (array zero-terminated=1): what to take up at
 *   the next meeting, never %NULL
 */
const char * const *
vc_session_get_carry_over (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return (const char * const *)self->carry_over;
}

void
vc_session_set_carry_over (VcSession          *self,
                           const char * const *items)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (_vc_session_strv_is_utf8 (items));

  if (_vc_session_replace_strv (&self->carry_over, items))
    _vc_session_emit_changed (self);
}
