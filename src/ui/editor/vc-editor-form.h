/* vc-editor-form.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck.h"
#include "vc-deck-document.h"

G_BEGIN_DECLS

#define VC_TYPE_EDITOR_FORM (vc_editor_form_get_type ())

G_DECLARE_FINAL_TYPE (VcEditorForm, vc_editor_form, VC, EDITOR_FORM, GtkWidget)

GtkWidget  *vc_editor_form_new          (void);
void        vc_editor_form_set_document (VcEditorForm   *self,
                                         VcDeckDocument *document);
void        vc_editor_form_show         (VcEditorForm   *self,
                                         const char     *path);
const char *vc_editor_form_get_path     (VcEditorForm   *self);
void        vc_editor_form_set_deck     (VcEditorForm   *self,
                                         VcDeck         *deck);
void        vc_editor_form_set_problems (VcEditorForm   *self,
                                         GListModel     *problems);
GtkWidget  *vc_editor_form_get_field    (VcEditorForm   *self,
                                         const char     *path);
gboolean    vc_editor_form_focus_field  (VcEditorForm   *self,
                                         const char     *path);
char       *vc_editor_form_dup_focus_path (VcEditorForm *self);

G_END_DECLS
