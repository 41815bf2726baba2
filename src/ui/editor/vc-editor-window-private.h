/* vc-editor-window-private.h
 *
 * What the parts of the editor window share.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n.h>

#include "vc-deck-problem.h"
#include "vc-editor-window.h"

G_BEGIN_DECLS

struct _VcEditorWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *problems_button;
  GtkImage             *problems_icon;
  GtkLabel             *problems_count;
  GtkListBox           *problems_list;
  GtkRevealer          *draft_banner;
  GtkLabel             *draft_label;
  GtkListBox           *outline;
  GtkPaned             *paned;
  VcEditorForm         *form;
  VcEditorPreview      *preview;
  GMenu                *undo_section;

  VcDeckDocument       *document;
  char                 *selected;
  gboolean              selecting;
  guint                 outline_id;
  guint                 menu_id;

  /* Checking the deck as it is written */
  VcDeck               *deck;          /* the last one without errors */
  GListModel           *problems;      /* the loader's and the editor's own */
  GListModel           *loader_problems;
  /* Cards too long for a 1024×768 projector, found a few at a time */
  GHashTable           *fit_cache;     /* a card's JSON to the height it needs */
  GArray               *too_long;      /* indices of cards */
  guint                 fit_next;
  guint                 fit_id;
  guint64               changes;          /* changes made to the document */
  guint64               checking_changes; /* as many as the check under way saw */
  guint64               checked_changes;  /* as many as the last check saw */
  GCancellable         *check_cancellable;
  guint                 check_id;
  gboolean              checking;
  gboolean              check_again;

  /* Where a "Save" goes when the document has no file yet */
  GFile                *save_file;
  GtkFileChooserNative *chooser;
  gboolean              close_after_save;
  gboolean              closing;
};

/* vc-editor-window.c */
void        _vc_editor_window_update_preview (VcEditorWindow *self);
void        _vc_editor_window_toast          (VcEditorWindow *self,
                                              const char     *text,
                                              gboolean        undo);
void        _vc_editor_window_save           (VcEditorWindow *self,
                                              gboolean        choose_file);

/* vc-editor-window-outline.c */
void        _vc_editor_window_outline_init   (VcEditorWindow *self);
void        _vc_editor_window_outline_update (VcEditorWindow *self,
                                              gboolean        now);
char       *_vc_editor_window_outline_item   (const char     *path);
void        _vc_editor_window_outline_mark_problems (VcEditorWindow *self);

/* vc-editor-window-actions.c */
GtkFileChooser *_vc_editor_window_new_chooser (VcEditorWindow       *self,
                                               const char           *title,
                                               GtkFileChooserAction  action,
                                               const char           *accept,
                                               GtkFileFilter        *filter,
                                               GCallback             on_response);
GFile      *_vc_editor_window_take_chosen_file (VcEditorWindow  *self,
                                                GtkNativeDialog *chooser,
                                                int              response);
void        _vc_editor_window_show_error     (VcEditorWindow *self,
                                              const char     *heading,
                                              const char     *body);
void        _vc_editor_window_class_actions_init (GtkWidgetClass *widget_class);
void        _vc_editor_window_actions_init   (VcEditorWindow *self);
void        _vc_editor_window_update_actions (VcEditorWindow *self);
const char *_vc_editor_window_problem_fix   (VcDeckProblem  *problem);
void        _vc_editor_window_add_pictures_from (VcEditorWindow *self,
                                                 GSList         *files);

/* vc-editor-window-pictures.c */
void        _vc_editor_window_pictures_init  (VcEditorWindow *self);
void        _vc_editor_window_class_pictures_init (GtkWidgetClass *widget_class);

/* vc-editor-window-translations.c */
void        _vc_editor_window_class_translations_init (GtkWidgetClass *widget_class);

G_END_DECLS
