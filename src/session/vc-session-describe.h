/* vc-session-describe.h
 *
 * A session in a line, for lists: how far it got, and the text that
 * matches a search.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck.h"
#include "vc-session.h"

G_BEGIN_DECLS

char     *vc_session_dup_progress    (VcSession  *session,
                                      VcDeck     *deck);
char     *vc_session_dup_description (VcSession  *session,
                                      VcDeck     *deck);
gboolean  vc_text_find               (const char *haystack,
                                      const char *needle,
                                      gsize      *start,
                                      gsize      *end);
char     *vc_session_dup_snippet     (VcSession  *session,
                                      const char *needle,
                                      gsize      *match_start,
                                      gsize      *match_end);
char     *vc_dup_minutes_label       (gint64      seconds);

G_END_DECLS
