/* vc-editor-window.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck-document.h"
#include "vc-editor-form.h"
#include "vc-editor-preview.h"

G_BEGIN_DECLS

#define VC_TYPE_EDITOR_WINDOW (vc_editor_window_get_type ())

G_DECLARE_FINAL_TYPE (VcEditorWindow, vc_editor_window, VC, EDITOR_WINDOW, AdwApplicationWindow)

VcEditorWindow  *vc_editor_window_new           (GtkApplication *application,
                                                 VcDeckDocument *document);
VcEditorWindow  *vc_editor_window_open          (GtkApplication *application,
                                                 GFile          *file,
                                                 GError        **error);
VcDeckDocument  *vc_editor_window_get_document  (VcEditorWindow *self);
VcEditorForm    *vc_editor_window_get_form      (VcEditorWindow *self);
VcEditorPreview *vc_editor_window_get_preview   (VcEditorWindow *self);
const char      *vc_editor_window_get_selected  (VcEditorWindow *self);
void             vc_editor_window_select        (VcEditorWindow *self,
                                                 const char     *path);
GtkListBox      *vc_editor_window_get_outline   (VcEditorWindow *self);
GListModel      *vc_editor_window_get_problems  (VcEditorWindow *self);
VcDeck          *vc_editor_window_get_deck      (VcEditorWindow *self);
gboolean         vc_editor_window_is_checking   (VcEditorWindow *self);
void             vc_editor_window_check_now     (VcEditorWindow *self);
char            *vc_editor_window_dup_title     (VcEditorWindow *self);
void             vc_editor_window_set_save_file (VcEditorWindow *self,
                                                 GFile          *file);

GMenuModel      *vc_editor_window_get_undo_menu (VcEditorWindow *self);

G_END_DECLS
