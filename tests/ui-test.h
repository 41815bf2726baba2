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

G_BEGIN_DECLS

void     vc_test_ui_init         (int          *argc,
                                  char       ***argv);
gboolean vc_test_wait_until      (gboolean    (*done) (gpointer),
                                  gpointer      data);
void     vc_test_settle          (guint         ms);
void     vc_test_save_screenshot (GtkWidget    *widget,
                                  const char   *name);

G_END_DECLS
