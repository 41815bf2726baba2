/* vc-editor-preview.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-card-view.h"
#include "vc-deck.h"

G_BEGIN_DECLS

#define VC_TYPE_EDITOR_PREVIEW (vc_editor_preview_get_type ())

G_DECLARE_FINAL_TYPE (VcEditorPreview, vc_editor_preview, VC, EDITOR_PREVIEW, GtkWidget)

GtkWidget  *vc_editor_preview_new               (void);
void        vc_editor_preview_show_card         (VcEditorPreview      *self,
                                                 VcCard               *card,
                                                 guint                 number);
void        vc_editor_preview_show_introduction (VcEditorPreview      *self,
                                                 const VcIntroduction *intro);
void        vc_editor_preview_show_words        (VcEditorPreview      *self,
                                                 const char           *large,
                                                 const char           *small);
void        vc_editor_preview_show_board        (VcEditorPreview      *self,
                                                 VcDeck               *deck);
const char *vc_editor_preview_get_mode          (VcEditorPreview      *self);
VcCardView *vc_editor_preview_get_card_view     (VcEditorPreview      *self);
GtkWidget  *vc_editor_preview_get_screen        (VcEditorPreview      *self);
guint       vc_editor_preview_get_step          (VcEditorPreview      *self);
guint       vc_editor_preview_get_n_steps       (VcEditorPreview      *self);
void        vc_editor_preview_set_step          (VcEditorPreview      *self,
                                                 guint                 step);
gboolean    vc_editor_preview_get_wide          (VcEditorPreview      *self);
void        vc_editor_preview_set_wide          (VcEditorPreview      *self,
                                                 gboolean              wide);
gboolean    vc_editor_preview_get_light         (VcEditorPreview      *self);
void        vc_editor_preview_set_light         (VcEditorPreview      *self,
                                                 gboolean              light);

gboolean    vc_editor_preview_shows_card        (VcEditorPreview      *self,
                                                 guint                 number);

double      vc_editor_preview_measure_card      (VcEditorPreview      *self,
                                                 VcCard               *card);

G_END_DECLS
