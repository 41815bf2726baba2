/* vc-projector.h
 *
 * What the room sees: the card, the board or a pair, filling the projector.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"
#include "vc-session.h"
#include "vc-timer.h"
#include "vc-room-board.h"

G_BEGIN_DECLS

typedef enum
{
  VC_PROJECTOR_COVER_NONE,
  VC_PROJECTOR_COVER_BLACK,
  VC_PROJECTOR_COVER_WHITE,
} VcProjectorCover;

#define VC_TYPE_PROJECTOR (vc_projector_get_type ())

G_DECLARE_FINAL_TYPE (VcProjector, vc_projector, VC, PROJECTOR, GtkWindow)

VcProjector      *vc_projector_new                (void);
void              vc_projector_show_card          (VcProjector          *self,
                                                   VcCard               *card,
                                                   guint                 number,
                                                   guint                 step,
                                                   gboolean              one_by_one);
void              vc_projector_prepare_card       (VcProjector          *self,
                                                   VcCard               *card,
                                                   guint                 number,
                                                   gboolean              one_by_one);
void              vc_projector_show_introduction  (VcProjector          *self,
                                                   const VcIntroduction *intro);
void              vc_projector_show_board         (VcProjector          *self,
                                                   VcDeck               *deck,
                                                   VcSession            *session);
void              vc_projector_show_pair          (VcProjector          *self,
                                                   VcDeck               *deck,
                                                   const VcPair         *pair);
void              vc_projector_show_drawn         (VcProjector          *self,
                                                   VcDeck               *deck,
                                                   const char           *word_id,
                                                   const char           *image_id);
void              vc_projector_show_definition    (VcProjector          *self,
                                                   VcDeck               *deck,
                                                   const char           *word_id);
VcRoomBoard      *vc_projector_get_room_board     (VcProjector          *self);
const char       *vc_projector_get_mode           (VcProjector          *self);
void              vc_projector_set_cover          (VcProjector          *self,
                                                   VcProjectorCover      cover);
VcProjectorCover  vc_projector_get_cover          (VcProjector          *self);
void              vc_projector_set_timer_text     (VcProjector          *self,
                                                   const char           *text);
void              vc_projector_set_step           (VcProjector          *self,
                                                   const char           *heading,
                                                   const char           *instruction,
                                                   const char           *turn,
                                                   const char           *next,
                                                   gboolean              show_card);
void              vc_projector_set_step_countdown (VcProjector          *self,
                                                   const char           *text,
                                                   VcTimerState          state);
char             *vc_projector_get_step_text      (VcProjector          *self);
void              vc_projector_set_show_timer     (VcProjector          *self,
                                                   gboolean              show_timer);
gboolean          vc_projector_get_show_timer     (VcProjector          *self);
void              vc_projector_set_light          (VcProjector          *self,
                                                   gboolean              light);
GtkWidget        *vc_projector_get_view           (VcProjector          *self);
double            vc_projector_get_text_scale     (VcProjector          *self);

G_END_DECLS
