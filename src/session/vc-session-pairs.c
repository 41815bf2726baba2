/* vc-session-pairs.c
 *
 * The values game's pairs in a session: a word, a picture and the reason
 * the group gave, in the order they were made.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include "vc-session.h"
#include "vc-session-private.h"

VcPair *
_vc_pair_new (const char *word_id,
              const char *image_id,
              const char *reason)
{
  VcPair *pair = g_new0 (VcPair, 1);

  pair->word_id = g_strdup (word_id);
  pair->image_id = g_strdup (image_id);
  pair->reason = (reason != NULL && reason[0] != '\0') ? g_strdup (reason) : NULL;
  return pair;
}

void
_vc_pair_free (VcPair *pair)
{
  g_free (pair->word_id);
  g_free (pair->image_id);
  g_free (pair->reason);
  g_free (pair);
}

/**
 * vc_session_add_pair:
 * @self: a #VcSession
 * @word_id: the id of a value word
 * @image_id: the id of a picture
 * @reason: (nullable): why they belong together
 *
 * Returns: the index of the new pair, at the end
 */
guint
vc_session_add_pair (VcSession  *self,
                     const char *word_id,
                     const char *image_id,
                     const char *reason)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);

  vc_session_insert_pair (self, self->pairs->len, word_id, image_id, reason);
  return self->pairs->len - 1;
}

/**
 * vc_session_set_pair_reason:
 * @self: a #VcSession
 * @index: the pair's index
 * @reason: (nullable): why they belong together; empty or %NULL removes it
 */
void
vc_session_set_pair_reason (VcSession  *self,
                            guint       index,
                            const char *reason)
{
  VcPair *pair;

  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (index < self->pairs->len);
  g_return_if_fail (reason == NULL || g_utf8_validate (reason, -1, NULL));

  if (reason != NULL && reason[0] == '\0')
    reason = NULL;

  pair = g_ptr_array_index (self->pairs, index);
  if (g_strcmp0 (pair->reason, reason) == 0)
    return;

  g_free (pair->reason);
  pair->reason = g_strdup (reason);
  _vc_session_emit_changed (self);
}

void
vc_session_remove_pair (VcSession *self,
                        guint      index)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (index < self->pairs->len);

  g_ptr_array_remove_index (self->pairs, index);
  _vc_session_emit_changed (self);
}

/**
 * vc_session_insert_pair:
 * @self: a #VcSession
 * @index: where to insert, at most the number of pairs
 * @word_id: the id of a value word
 * @image_id: the id of a picture
 * @reason: (nullable): why they belong together
 *
 * Puts a pair back where it was, to undo its removal.
 */
void
vc_session_insert_pair (VcSession  *self,
                        guint       index,
                        const char *word_id,
                        const char *image_id,
                        const char *reason)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (index <= self->pairs->len);
  g_return_if_fail (word_id != NULL && word_id[0] != '\0');
  g_return_if_fail (image_id != NULL && image_id[0] != '\0');
  g_return_if_fail (g_utf8_validate (word_id, -1, NULL));
  g_return_if_fail (g_utf8_validate (image_id, -1, NULL));
  g_return_if_fail (reason == NULL || g_utf8_validate (reason, -1, NULL));

  g_ptr_array_insert (self->pairs, index, _vc_pair_new (word_id, image_id, reason));
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_pairs:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (element-type VcPair): the pairs, in the order
 *   they were made
 */
GPtrArray *
vc_session_get_pairs (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->pairs;
}
