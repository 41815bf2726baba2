/* vc-export.h
 *
 * A session's summary, as Markdown for e-mail and as a PDF for printing.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck.h"
#include "vc-session.h"

G_BEGIN_DECLS

typedef enum
{
  VC_EXPORT_BLOCK_TITLE,
  VC_EXPORT_BLOCK_HEADING,
  VC_EXPORT_BLOCK_SUBHEADING,
  VC_EXPORT_BLOCK_LABEL,
  VC_EXPORT_BLOCK_PARAGRAPH,
  VC_EXPORT_BLOCK_ITEM,
  VC_EXPORT_BLOCK_QUOTE,
} VcExportBlockKind;

/**
 * VcExportBlock:
 * @kind: what the block is: a heading, a paragraph, a list item…
 * @text: its plain text, never markup
 *
 * One block of a summary, to be written as Markdown, drawn in a PDF or
 * shown on screen.
 */
typedef struct
{
  VcExportBlockKind  kind;
  char              *text;
} VcExportBlock;

GPtrArray *vc_export_dup_blocks (VcSession   *session,
                                 VcDeck      *deck);
char     *vc_export_markdown (VcSession   *session,
                              VcDeck      *deck);
char     *vc_export_journal_markdown (GListModel *sessions,
                                      GHashTable *decks);
gboolean  vc_export_pdf      (VcSession   *session,
                              VcDeck      *deck,
                              const char  *path,
                              GError     **error);

G_END_DECLS
