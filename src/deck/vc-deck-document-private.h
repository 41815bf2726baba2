/* vc-deck-document-private.h
 *
 * What the parts of the deck document share.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck-document.h"

G_BEGIN_DECLS

/* The lists whose items carry an id, and the lists whose ids must not
 * clash with theirs: a card's id is looked up among the cards and the
 * closing card alike. */
gboolean  vc_deck_document_path_has_ids   (const char      *array_path);
void      vc_deck_document_collect_ids    (VcDeckDocument  *self,
                                           const char      *array_path,
                                           const char      *skip_path,
                                           GHashTable      *ids);
char     *vc_deck_document_unique_id      (GHashTable      *ids,
                                           const char      *wanted);
JsonNode *vc_deck_document_new_item       (VcDeckDocument  *self,
                                           const char      *array_path,
                                           const char      *kind,
                                           GError         **error);
JsonNode *vc_deck_document_build_new      (VcDeckKind       kind,
                                           const char      *title);
const char *vc_deck_document_item_noun    (const char      *array_path);
VcDeckDocument *vc_deck_document_new_for_root (JsonNode *root,
                                               GFile    *file);
JsonNode *vc_deck_document_deep_copy      (JsonNode        *node);
void      vc_deck_document_schedule_draft (VcDeckDocument  *self);
void      vc_deck_document_start_draft_timer (VcDeckDocument *self,
                                              guint           delay_ms,
                                              GSourceFunc     callback);
void      vc_deck_document_clear_draft_source (VcDeckDocument *self);
void      vc_deck_document_mark_unsaved   (VcDeckDocument  *self);

G_END_DECLS
