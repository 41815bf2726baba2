/* vc-deck-translations.h
 *
 * Translations a deck carries: templates out, .po files in, and how much
 * of each language is done.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-catalog.h"
#include "vc-deck-document.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_translated;
  guint n_fuzzy;         /* marked as needing review, left out */
  guint n_untranslated;
} VcPoCounts;

typedef struct
{
  char      *language;
  guint      n_strings;
  guint      n_translated;
  GPtrArray *missing;    /* source texts with no translation */
  GPtrArray *stale;      /* translated texts the deck no longer has */
} VcTranslationStatus;

void       vc_translation_status_free           (VcTranslationStatus *status);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcTranslationStatus, vc_translation_status_free)

GBytes    *vc_po_compile_file                   (const char      *po_path,
                                                 VcPoCounts      *counts,
                                                 GError         **error);
char      *vc_deck_document_dup_template        (VcDeckDocument  *self,
                                                 GError         **error);
gboolean   vc_deck_document_add_translation     (VcDeckDocument  *self,
                                                 const char      *language,
                                                 const char      *po_path,
                                                 VcPoCounts      *counts,
                                                 GError         **error);
gboolean   vc_deck_document_embed_app_translations (VcDeckDocument *self,
                                                    GError        **error);
gboolean   vc_deck_is_language_code             (const char      *language);
GPtrArray *vc_deck_document_list_translations   (VcDeckDocument  *self,
                                                 GError         **error);

VcCatalog *vc_deck_document_dup_catalog         (VcDeckDocument  *self,
                                                 const char      *language);
char      *vc_deck_catalog_to_uri               (GBytes          *catalog);

/* Translating in the deck itself, text by text */
typedef struct
{
  char *msgid;      /* the text in the deck's own language */
  char *path;       /* where the deck has it, as "$.cards[2].title" */
  char *msgstr;     /* its translation, or NULL */
  char *old_msgid;  /* for a text changed since it was translated: the
                     * text as it was, whose translation is in msgstr */
} VcTranslationEntry;

void       vc_translation_entry_free            (VcTranslationEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcTranslationEntry, vc_translation_entry_free)

GPtrArray *vc_deck_document_dup_translation_entries (VcDeckDocument *self,
                                                     const char     *language,
                                                     GError        **error);
gboolean   vc_deck_document_set_translation     (VcDeckDocument  *self,
                                                 const char      *language,
                                                 const char      *msgid,
                                                 const char      *msgstr,
                                                 const char      *replaces,
                                                 GError         **error);
gboolean   vc_deck_document_add_language        (VcDeckDocument  *self,
                                                 const char      *language,
                                                 GError         **error);

G_END_DECLS
