/* vc-file-launcher.h
 *
 * Opens a saved file, or shows it in the file manager, from a toast.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*VcSaveFunc) (GtkWidget  *widget,
                                GFile      *file,
                                gpointer    user_data,
                                GError    **error);

void vc_file_launcher_open            (GtkWidget  *widget,
                                       GFile      *file);
void vc_file_launcher_show_in_folder  (GtkWidget  *widget,
                                       GFile      *file);
void vc_file_launcher_toast_saved     (GtkWidget  *widget,
                                       const char *title,
                                       GFile      *file);
void vc_file_launcher_ask_save        (GtkWidget             *widget,
                                       GtkFileChooserNative **slot,
                                       const char            *title,
                                       const char            *name,
                                       const char            *saved_message,
                                       VcSaveFunc             save,
                                       gpointer               user_data);

G_END_DECLS
