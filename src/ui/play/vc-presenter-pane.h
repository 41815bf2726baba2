/* vc-presenter-pane.h
 *
 * The facilitator's view while presenting: what the room sees, what comes
 * next, the deck's notes for the facilitator and every card to jump to.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"

G_BEGIN_DECLS

#define VC_TYPE_PRESENTER_PANE (vc_presenter_pane_get_type ())

G_DECLARE_FINAL_TYPE (VcPresenterPane, vc_presenter_pane, VC, PRESENTER_PANE, GtkWidget)

GtkWidget *vc_presenter_pane_new          (void);
void       vc_presenter_pane_set_preview  (VcPresenterPane *self,
                                           GdkPaintable    *preview);
void       vc_presenter_pane_set_pages    (VcPresenterPane *self,
                                           VcDeck          *deck,
                                           GPtrArray       *pages);
void       vc_presenter_pane_set_position (VcPresenterPane *self,
                                           guint            position,
                                           guint            steps_left);
void       vc_presenter_pane_browse       (VcPresenterPane *self,
                                           guint            position);
guint      vc_presenter_pane_get_browsed  (VcPresenterPane *self);
void       vc_presenter_pane_confirm      (VcPresenterPane *self);
void       vc_presenter_pane_set_room_shown (VcPresenterPane *self,
                                             gboolean         shown);
gboolean   vc_presenter_pane_get_room_shown (VcPresenterPane *self);
const char *vc_presenter_pane_get_next_title (VcPresenterPane *self);

G_END_DECLS
