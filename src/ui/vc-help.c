/* vc-help.c
 *
 * Opens the user guide in the help viewer, or says how to get the viewer.
 *
 * The guide is read in Yelp. Where it is not installed, nothing would
 * happen when F1 is pressed; instead, a dialog says what is missing and
 * how to install it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-help.h"

static void
show_missing_viewer (GtkWindow    *parent,
                     const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent,
                                   _("The Help Viewer Is Missing"),
                                   _("The guide opens in the help viewer, Yelp, which is not "
                                     "installed on this computer. Install the package “yelp” "
                                     "with Software or your package manager (for example "
                                     "“sudo apt install yelp”), then press F1 again."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));

  g_debug ("Could not open the help: %s", error->message);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  show_missing_viewer (parent, error);
}

/**
 * vc_help_show:
 * @parent: the window asking for help
 * @uri: the page, usually %VC_HELP_URI
 *
 * Opens @uri in the help viewer; if it cannot be opened, tells the person
 * how to install the viewer.
 */
void
vc_help_show (GtkWindow  *parent,
              const char *uri)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, on_shown, g_object_ref (parent));
}
