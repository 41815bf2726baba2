/* vc-journal-view.h
 *
 * A person's reflections, newest first, searchable, and saved whole.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-session-store.h"

G_BEGIN_DECLS

#define VC_TYPE_JOURNAL_VIEW (vc_journal_view_get_type ())

G_DECLARE_FINAL_TYPE (VcJournalView, vc_journal_view, VC, JOURNAL_VIEW, GtkBox)

void        vc_journal_view_show        (VcJournalView  *self,
                                         VcSessionStore *store,
                                         GHashTable     *decks);
void        vc_journal_view_set_search  (VcJournalView  *self,
                                         const char     *text);
const char *vc_journal_view_get_state   (VcJournalView  *self);
gboolean    vc_journal_view_save        (VcJournalView  *self,
                                         GFile          *file,
                                         GError        **error);

G_END_DECLS
