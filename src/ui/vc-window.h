/* vc-window.h
 *
 * The main window: the deck library, an opened deck, or its problems.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-application.h"
#include "vc-board.h"
#include "vc-deck-library.h"
#include "vc-player-view.h"
#include "vc-presentation.h"
#include "vc-session-store.h"
#include "vc-journal-view.h"
#include "vc-summary-view.h"

G_BEGIN_DECLS

#define VC_TYPE_WINDOW (vc_window_get_type ())

G_DECLARE_FINAL_TYPE (VcWindow, vc_window, VC, WINDOW, AdwApplicationWindow)

VcWindow      *vc_window_new         (VcApplication *application);
void           vc_window_add_accels  (GtkApplication *app);
void           vc_window_open_file   (VcWindow      *self,
                                      GFile         *file);
VcDeckLibrary *vc_window_get_library (VcWindow      *self);
const char    *vc_window_get_page    (VcWindow      *self);
VcSessionStore *vc_window_get_sessions (VcWindow     *self);
VcPlayerView  *vc_window_get_player  (VcWindow      *self);
VcBoard       *vc_window_get_board   (VcWindow      *self);
VcSummaryView *vc_window_get_summary (VcWindow      *self);
VcJournalView *vc_window_get_journal (VcWindow      *self);
void           vc_window_present_file (VcWindow     *self,
                                       GFile        *file);
VcPresentation *vc_window_get_presentation (VcWindow *self);

void           vc_window_edit_file   (VcWindow      *self,
                                      GFile         *file);
void           vc_window_deck_saved  (VcWindow      *self,
                                      GFile         *file);
void           vc_window_try_deck    (VcWindow      *self,
                                      VcDeck        *deck);

void           vc_window_show_shortcuts (GtkWindow  *parent,
                                         const char *section);

G_END_DECLS
