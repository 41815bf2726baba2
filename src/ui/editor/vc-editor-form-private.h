/* vc-editor-form-private.h
 *
 * What the parts of the editor's form share: its fields, and the ways
 * of making them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n.h>

#include "vc-editor-form.h"

G_BEGIN_DECLS

struct _VcEditorForm
{
  GtkWidget       parent_instance;

  GtkWidget      *scroller;
  GtkBox         *box;
  VcDeckDocument *document;
  VcDeck         *deck;
  GListModel     *problems;
  char           *path;
  /* Place of a field to the editing widget and its problem label. */
  GHashTable     *fields;
  char           *focus_after;
  guint           rebuild_id;
  guint           resize_id;
  /* Set while the form itself changes the document, so that typing does
   * not rebuild the form under the person's fingers. */
  gboolean        applying;
};

/* The kinds of items a list in the form holds. */
typedef enum
{
  ITEM_LINE,      /* a short text, such as a tag or an answer option */
  ITEM_TEXT,      /* a text of some lines, such as a ground rule */
  ITEM_QUESTION,  /* a question, open or with answer options */
  ITEM_STAGE,     /* a part of a dilemma's story, with its own questions or not */
  ITEM_ACTION,    /* an alternative action: label, text and questions */
  ITEM_STEP,      /* a step of the introduction: title and text */
  ITEM_ROLE,      /* a role in the meeting: name and description */
} ItemKind;

typedef enum
{
  FIELD_REQUIRED  = 0,
  FIELD_OPTIONAL  = 1 << 0,  /* empty takes the member out */
  FIELD_MULTILINE = 1 << 1,
} FieldFlags;

/* vc-editor-form.c */
GtkWidget *_vc_editor_form_field_box   (GtkBox       *box,
                                        const char   *label,
                                        const char   *hint);
GtkWidget *_vc_editor_form_add_heading (VcEditorForm *self,
                                        GtkBox       *box,
                                        const char   *title,
                                        const char   *subtitle);
GtkWidget *_vc_editor_form_add_text    (VcEditorForm *self,
                                        GtkBox       *box,
                                        const char   *path,
                                        const char   *label,
                                        const char   *hint,
                                        FieldFlags    flags);
GtkWidget *_vc_editor_form_add_minutes (VcEditorForm *self,
                                        GtkBox       *box,
                                        const char   *path,
                                        const char   *label,
                                        const char   *hint);

GtkWidget *_vc_editor_form_add_problem_label (VcEditorForm *self,
                                              GtkBox       *box,
                                              const char   *path);
void       _vc_editor_form_register    (VcEditorForm *self,
                                        const char   *path,
                                        GtkWidget    *editor,
                                        GtkWidget    *problem_label);

/* vc-editor-form-lists.c */
char      *_vc_editor_add_item         (VcDeckDocument  *document,
                                        const char      *array_path,
                                        int              position,
                                        const char      *kind,
                                        const char      *label,
                                        GError         **error);
void       _vc_editor_form_apply_node  (VcEditorForm *self,
                                        const char   *path,
                                        JsonNode     *node,
                                        const char   *step);
void       _vc_editor_form_add_list    (VcEditorForm *self,
                                        GtkBox       *box,
                                        const char   *array_path,
                                        ItemKind      kind,
                                        const char   *label,
                                        const char   *hint,
                                        gboolean      optional);

/* vc-editor-form-pages.c */
JsonNode  *_vc_editor_new_closing     (void);
void       _vc_editor_form_build_page  (VcEditorForm *self,
                                        GtkBox       *box,
                                        const char   *path);

/* vc-editor-form-translations.c */
void       _vc_editor_form_build_translations (VcEditorForm *self,
                                               GtkBox       *box);
void       _vc_editor_form_build_language     (VcEditorForm *self,
                                               GtkBox       *box,
                                               const char   *path);
char      *vc_editor_language_name            (const char   *code);

G_END_DECLS
