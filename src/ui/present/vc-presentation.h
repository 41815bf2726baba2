/* vc-presentation.h
 *
 * Presenting a deck: the room's screen, the facilitator's, and the keys of
 * a clicker.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-board.h"
#include "vc-player-view.h"
#include "vc-projector.h"
#include "vc-settings.h"

G_BEGIN_DECLS

#define VC_TYPE_PRESENTATION (vc_presentation_get_type ())

G_DECLARE_FINAL_TYPE (VcPresentation, vc_presentation, VC, PRESENTATION, GObject)

VcPresentation *vc_presentation_new                (GtkWindow      *facilitator,
                                                    VcSettings     *settings);
void            vc_presentation_start_player       (VcPresentation *self,
                                                    VcPlayerView   *player);
void            vc_presentation_start_board        (VcPresentation *self,
                                                    VcBoard        *board);
void            vc_presentation_show_room_card     (VcPresentation *self,
                                                    VcCard         *card);
const char     *vc_presentation_get_room_description (VcPresentation *self);
void            vc_presentation_set_values_timer   (VcPresentation *self,
                                                    VcTimer        *timer);
void            vc_presentation_stop               (VcPresentation *self);
gboolean        vc_presentation_is_active          (VcPresentation *self);
VcProjector    *vc_presentation_get_projector      (VcPresentation *self);
GdkMonitor     *vc_presentation_get_projector_monitor (VcPresentation *self);
gboolean        vc_presentation_is_single_screen   (VcPresentation *self);
gboolean        vc_presentation_is_projector_lost  (VcPresentation *self);
gboolean        vc_presentation_is_mirrored        (VcPresentation *self);
void            vc_presentation_swap_screens       (VcPresentation *self);
void            vc_presentation_toggle_pane        (VcPresentation *self);
GtkWidget      *vc_presentation_get_values_bar     (VcPresentation *self);
char           *vc_presentation_dup_shortcuts_ui   (void);
gboolean        vc_presentation_handle_key         (VcPresentation *self,
                                                    GtkWidget      *focus,
                                                    guint           keyval,
                                                    GdkModifierType state);

G_END_DECLS
