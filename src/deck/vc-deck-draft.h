/* vc-deck-draft.h
 *
 * Drafts: what an editor has typed, kept safe until it is saved.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck-document.h"

G_BEGIN_DECLS

typedef struct
{
  char      *path;     /* the draft itself */
  GFile     *file;     /* the deck it is a draft of, or NULL for a new deck */
  char      *title;
  GDateTime *changed;
} VcDeckDraft;

void            vc_deck_draft_free               (VcDeckDraft     *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcDeckDraft, vc_deck_draft_free)

char           *vc_deck_draft_dup_folder         (void);
GPtrArray      *vc_deck_drafts_list              (void);
VcDeckDocument *vc_deck_document_new_from_draft  (const char      *draft_path,
                                                  GError         **error);
void            vc_deck_document_set_autosave    (VcDeckDocument  *self,
                                                  gboolean         autosave);
const char     *vc_deck_document_get_draft_path  (VcDeckDocument  *self);
gboolean        vc_deck_document_write_draft     (VcDeckDocument  *self,
                                                  GError         **error);
void            vc_deck_document_discard_draft   (VcDeckDocument  *self);

G_END_DECLS
