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

/* One small change of the tree that knows how to undo itself. */
typedef enum
{
  EDIT_SET_MEMBER,
  EDIT_INSERT,
  EDIT_REMOVE,
  EDIT_MOVE,
} EditKind;

typedef struct
{
  EditKind  kind;
  char     *container;  /* the path of the object or the list */
  char     *member;     /* EDIT_SET_MEMBER */
  JsonNode *before;     /* EDIT_SET_MEMBER: NULL if there was no member */
  JsonNode *after;      /* EDIT_SET_MEMBER: NULL to take the member out */
  int       position;   /* EDIT_SET_MEMBER: where the member was */
  guint     index;      /* EDIT_INSERT, EDIT_REMOVE, EDIT_MOVE (from) */
  guint     to;         /* EDIT_MOVE */
  JsonNode *node;       /* EDIT_INSERT, EDIT_REMOVE */
} Edit;


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
void      vc_deck_document_record         (VcDeckDocument  *self,
                                           Edit            *edit);
gboolean  vc_deck_document_set_member     (VcDeckDocument  *self,
                                           const char      *path,
                                           JsonNode        *value,
                                           const char      *label,
                                           GError         **error);
gboolean  vc_deck_document_not_found      (const char      *path,
                                           GError         **error);
void      vc_deck_document_schedule_draft (VcDeckDocument  *self);
void      vc_deck_document_start_draft_timer (VcDeckDocument *self,
                                              guint           delay_ms,
                                              GSourceFunc     callback);
void      vc_deck_document_clear_draft_source (VcDeckDocument *self);
void      vc_deck_document_mark_saved     (VcDeckDocument  *self,
                                           GFile           *file);
void      vc_deck_document_mark_unsaved   (VcDeckDocument  *self);

G_END_DECLS
