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

G_BEGIN_DECLS

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

G_END_DECLS
