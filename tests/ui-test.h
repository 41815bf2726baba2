/* ui-test.h
 *
 * What the tests that open windows share: set-up, waiting, screenshots.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-window.h"
#include "vc-plan-dialog.h"
#include "vc-editor-window.h"

G_BEGIN_DECLS

typedef gboolean (*VcTestMatchFunc) (GtkWidget *widget,
                                     gpointer   data);

void     vc_test_ui_init         (int          *argc,
                                  char       ***argv);
gboolean vc_test_wait_until      (gboolean    (*done) (gpointer),
                                  gpointer      data);
void     vc_test_settle          (guint         ms);
GdkTexture *vc_test_render       (GtkWidget    *widget);
double   vc_test_mean_luminance  (GdkTexture   *texture);
void     vc_test_save_screenshot (GtkWidget    *widget,
                                  const char   *name);

void      vc_test_show_page      (VcWindow     *window,
                                  const char   *page);
VcWindow *vc_test_open_deck      (const char   *name,
                                  int           width,
                                  int           height);

GtkWindow *vc_test_find_dialog   (void);
void       vc_test_answer_dialog (const char   *response);
void       vc_test_start_new     (VcWindow     *window,
                                  const char   *action);

GPtrArray *vc_test_find_all      (GtkWidget       *widget,
                                  GType            type,
                                  VcTestMatchFunc  match,
                                  gpointer         data);
GtkWidget *vc_test_find          (GtkWidget       *widget,
                                  GType            type,
                                  VcTestMatchFunc  match,
                                  gpointer         data);
gboolean   vc_test_has_action    (GtkWidget       *widget,
                                  gpointer         action_name);
gboolean   vc_test_shows_label   (GtkWidget       *widget,
                                  const char      *text);
gboolean   vc_test_has_icon      (GtkWidget       *widget,
                                  gpointer         icon_name);

gboolean   vc_test_has_shortcut  (GtkWidget       *widget,
                                  const char      *trigger,
                                  const char      *action);

VcPlanDialog *vc_test_find_plan_dialog (void);
gboolean      vc_test_has_plan_dialog  (gpointer         shown);
gboolean      vc_test_has_button_label (GtkWidget       *widget,
                                        gpointer         label);

gboolean      vc_test_is_editor_button    (GtkWidget       *widget,
                                           gpointer         data);
void          vc_test_press_editor_button (VcEditorWindow  *editor,
                                           const char      *path,
                                           const char      *label);
void          vc_test_type_into_editor    (VcEditorWindow  *editor,
                                           const char      *path,
                                           const char      *text);

G_END_DECLS
