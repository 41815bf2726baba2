/* vc-deck-document.h
 *
 * A deck as its editor sees it: the JSON itself, with undo and saving.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "vc-deck-loader.h"

G_BEGIN_DECLS

#define VC_TYPE_DECK_DOCUMENT (vc_deck_document_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckDocument, vc_deck_document, VC, DECK_DOCUMENT, GObject)

/* Typing in one field within this time after the last change of it joins
 * that change in one undo step. */
#define VC_DECK_DOCUMENT_MERGE_USEC (2 * G_USEC_PER_SEC)

VcDeckDocument *vc_deck_document_new               (VcDeckKind       kind,
                                                    const char      *title);
VcDeckDocument *vc_deck_document_new_from_bytes    (GBytes          *bytes,
                                                    GFile           *file,
                                                    GError         **error);
VcDeckDocument *vc_deck_document_new_from_file     (GFile           *file,
                                                    GError         **error);
VcDeckDocument *vc_deck_document_new_copy          (VcDeckDocument  *original,
                                                    const char      *title,
                                                    GError         **error);

GFile          *vc_deck_document_get_file          (VcDeckDocument  *self);
JsonNode       *vc_deck_document_get_root          (VcDeckDocument  *self);
char           *vc_deck_document_dup_data          (VcDeckDocument  *self,
                                                    gsize           *length);
GBytes         *vc_deck_document_dup_bytes         (VcDeckDocument  *self);
gboolean        vc_deck_document_get_modified      (VcDeckDocument  *self);
gboolean        vc_deck_document_save              (VcDeckDocument  *self,
                                                    GFile           *file,
                                                    GError         **error);
VcDeck         *vc_deck_document_check             (VcDeckDocument  *self,
                                                    VcDeckLoadFlags  flags,
                                                    GListModel     **problems,
                                                    GError         **error);

/* Reading and changing: a place is a path like "/cards/2/title" */
JsonNode       *vc_deck_document_get_node          (VcDeckDocument  *self,
                                                    const char      *path);
const char     *vc_deck_document_get_string        (VcDeckDocument  *self,
                                                    const char      *path);
guint           vc_deck_document_get_length        (VcDeckDocument  *self,
                                                    const char      *path);
gboolean        vc_deck_document_set_node          (VcDeckDocument  *self,
                                                    const char      *path,
                                                    JsonNode        *value,
                                                    GError         **error);
gboolean        vc_deck_document_set_string        (VcDeckDocument  *self,
                                                    const char      *path,
                                                    const char      *value,
                                                    GError         **error);
gboolean        vc_deck_document_set_int           (VcDeckDocument  *self,
                                                    const char      *path,
                                                    gint64           value,
                                                    GError         **error);
gboolean        vc_deck_document_set_strv          (VcDeckDocument  *self,
                                                    const char      *path,
                                                    const char * const *value,
                                                    GError         **error);
gboolean        vc_deck_document_unset             (VcDeckDocument  *self,
                                                    const char      *path,
                                                    GError         **error);
gboolean        vc_deck_document_set_id            (VcDeckDocument  *self,
                                                    const char      *path,
                                                    const char      *id,
                                                    GError         **error);

char           *vc_deck_document_insert            (VcDeckDocument  *self,
                                                    const char      *array_path,
                                                    int              position,
                                                    JsonNode        *item,
                                                    GError         **error);
char           *vc_deck_document_add               (VcDeckDocument  *self,
                                                    const char      *array_path,
                                                    int              position,
                                                    const char      *kind,
                                                    GError         **error);
gboolean        vc_deck_document_remove            (VcDeckDocument  *self,
                                                    const char      *path,
                                                    GError         **error);
gboolean        vc_deck_document_move              (VcDeckDocument  *self,
                                                    const char      *path,
                                                    guint            position,
                                                    GError         **error);
char           *vc_deck_document_duplicate         (VcDeckDocument  *self,
                                                    const char      *path,
                                                    GError         **error);

/* Undo */
void            vc_deck_document_begin_step        (VcDeckDocument  *self,
                                                    const char      *label);
void            vc_deck_document_end_step          (VcDeckDocument  *self);
void            vc_deck_document_break_merge       (VcDeckDocument  *self);
gboolean        vc_deck_document_can_undo          (VcDeckDocument  *self);
gboolean        vc_deck_document_can_redo          (VcDeckDocument  *self);
const char     *vc_deck_document_get_undo_label    (VcDeckDocument  *self);
const char     *vc_deck_document_get_redo_label    (VcDeckDocument  *self);
gboolean        vc_deck_document_undo              (VcDeckDocument  *self);
gboolean        vc_deck_document_redo              (VcDeckDocument  *self);
guint           vc_deck_document_get_n_undo        (VcDeckDocument  *self);

/* Ids */
char           *vc_deck_make_id                    (const char      *text);

G_END_DECLS
