/* vc-session-store-search.c
 *
 * Searching the saved sessions: what a person wrote, found whatever the
 * case or accents.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vc-session-private.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"
#include "vc-session-store-private.h"

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  /* The same letter typed composed or decomposed must still match. */
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
text_matches (const char *haystack,
              const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = fold (haystack);
  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
session_matches (VcSession  *session,
                 const char *needle)
{
  g_auto(GStrv) card_ids = NULL;
  g_autoptr(GArray) answered = NULL;
  const char * const *items;
  GPtrArray *pairs;

  if (text_matches (vc_session_get_deck_title (session), needle))
    return TRUE;

  card_ids = vc_session_dup_card_ids_with_notes (session);
  for (guint i = 0; card_ids[i] != NULL; i++)
    if (text_matches (vc_session_get_notes (session, card_ids[i]), needle))
      return TRUE;

  pairs = vc_session_get_pairs (session);
  for (guint i = 0; i < pairs->len; i++)
    if (text_matches (((VcPair *)g_ptr_array_index (pairs, i))->reason, needle))
      return TRUE;

  answered = _vc_session_dup_answered (session);
  for (guint i = 0; i < answered->len; i++)
    if (text_matches (vc_session_get_answer (session, g_array_index (answered, guint, i)), needle))
      return TRUE;

  items = vc_session_get_carry_over (session);
  for (guint i = 0; items[i] != NULL; i++)
    if (text_matches (items[i], needle))
      return TRUE;

  return FALSE;
}

/**
 * vc_session_store_search:
 * @self: a #VcSessionStore
 * @kind: meetings or reflections
 * @text: (nullable): what to look for, in any case
 *
 * Returns: (transfer full): a new list of the sessions of @kind whose deck
 *   title, notes, reasons, answers or carried-over items contain @text,
 *   newest first; all of them if @text is empty
 */
GListModel *
vc_session_store_search (VcSessionStore *self,
                         VcSessionKind   kind,
                         const char     *text)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *needle = NULL;
  GListStore *result;
  GListModel *model;
  guint n;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), NULL);

  if (text != NULL && text[0] != '\0')
    needle = fold (text);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  model = G_LIST_MODEL (self->sessions);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (model, i);

      if (vc_session_get_kind (session) != kind)
        continue;
      if (needle != NULL && !session_matches (session, needle))
        continue;

      g_ptr_array_add (found, g_steal_pointer (&session));
    }

  result = g_list_store_new (VC_TYPE_SESSION);
  g_list_store_splice (result, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (result);
}
