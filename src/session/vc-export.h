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

char     *vc_export_markdown (VcSession   *session,
                              VcDeck      *deck);
gboolean  vc_export_pdf      (VcSession   *session,
                              VcDeck      *deck,
                              const char  *path,
                              GError     **error);

G_END_DECLS
