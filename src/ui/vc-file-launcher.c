/* vc-file-launcher.c
 *
 * Opens a saved file, or shows it in the file manager, from a toast.
 *
 * GTK 4.8 has no file launcher, so a file is opened with the default
 * application for its type, and shown with the file manager's
 * org.freedesktop.FileManager1 interface, which Files and most other file
 * managers offer. When either fails the person is told where the file is,
 * and nothing else happens.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-file-launcher.h"

typedef struct
{
  GtkWidget *widget;
  GFile     *file;
} Launch;

static Launch *
launch_new (GtkWidget *widget,
            GFile     *file)
{
  Launch *launch = g_new0 (Launch, 1);

  launch->widget = g_object_ref (widget);
  launch->file = g_object_ref (file);
  return launch;
}

static void
launch_free (Launch *launch)
{
  g_object_unref (launch->widget);
  g_object_unref (launch->file);
  g_free (launch);
}

static void
tell (Launch     *launch,
      const char *message)
{
  gtk_widget_activate_action (launch->widget, "win.toast", "s", message);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *path = g_file_get_path (launch->file);
      /* Translators: %s is where a saved file is */
      g_autofree char *message = g_strdup_printf (_("No app could open the file. It is saved as “%s”."),
                                                  path ? path : "");

      g_message ("Could not open the saved file: %s", error->message);
      tell (launch, message);
    }

  launch_free (launch);
}

/**
 * vc_file_launcher_open:
 * @widget: a widget in the window that asks
 * @file: a saved file
 *
 * Opens @file in the app chosen for its type, or says where it is.
 */
void
vc_file_launcher_open (GtkWidget *widget,
                       GFile     *file)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_opened, launch_new (widget, file));
}

/* Where the file is, when its folder cannot be opened for the person. */
static void
tell_folder (Launch *launch)
{
  g_autoptr(GFile) parent = g_file_get_parent (launch->file);
  g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
  /* Translators: %s is the folder a file was saved in */
  g_autofree char *message = g_strdup_printf (_("The folder could not be shown. The file is in “%s”."),
                                              path ? path : "");

  tell (launch, message);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      g_message ("Could not show the saved file: %s", error->message);
      tell_folder (launch);
    }

  launch_free (launch);
}

static void
on_bus (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  Launch *launch = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, &error);
  g_autofree char *uri = NULL;
  const char *uris[2] = { NULL, NULL };

  if (bus == NULL)
    {
      g_message ("No session bus to show the saved file: %s", error->message);
      tell_folder (launch);
      launch_free (launch);
      return;
    }

  uri = g_file_get_uri (launch->file);
  uris[0] = uri;
  g_dbus_connection_call (bus,
                          "org.freedesktop.FileManager1",
                          "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1",
                          "ShowItems",
                          g_variant_new ("(^ass)", uris, ""),
                          NULL,
                          G_DBUS_CALL_FLAGS_NONE,
                          10000,
                          NULL,
                          on_shown,
                          launch);
}

/**
 * vc_file_launcher_show_in_folder:
 * @widget: a widget in the window that asks
 * @file: a saved file
 *
 * Opens the folder that holds @file in the file manager, with @file
 * selected, or says where it is.
 */
void
vc_file_launcher_show_in_folder (GtkWidget *widget,
                                 GFile     *file)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  g_bus_get (G_BUS_TYPE_SESSION, NULL, on_bus, launch_new (widget, file));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWidget *widget = user_data;

  vc_file_launcher_open (widget, g_object_get_data (G_OBJECT (action), "vc-file"));
}

static void
show_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWidget *widget = user_data;

  vc_file_launcher_show_in_folder (widget, g_object_get_data (G_OBJECT (action), "vc-file"));
}

/**
 * vc_file_launcher_toast_saved:
 * @widget: a widget inside an #AdwToastOverlay
 * @title: what the toast says, such as “The summary is saved”
 * @file: the file saved
 *
 * Shows a toast that offers to open @file, or to show it in its folder.
 * The actions are “saved-file.open” and “saved-file.show”, on the toast
 * overlay, and always act on the file saved last.
 */
void
vc_file_launcher_toast_saved (GtkWidget  *widget,
                              const char *title,
                              GFile      *file)
{
  GtkWidget *overlay;
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GSimpleAction) open = NULL;
  g_autoptr(GSimpleAction) show = NULL;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *button;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  group = g_simple_action_group_new ();
  open = g_simple_action_new ("open", NULL);
  show = g_simple_action_new ("show", NULL);
  g_object_set_data_full (G_OBJECT (open), "vc-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (show), "vc-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (open, "activate", G_CALLBACK (open_activated), overlay, 0);
  g_signal_connect_object (show, "activate", G_CALLBACK (show_activated), overlay, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show));
  gtk_widget_insert_action_group (overlay, "saved-file", G_ACTION_GROUP (group));

  /* A toast has one button of its own; the second sits beside the title. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new (title);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  button = gtk_button_new_with_mnemonic (_("Show in _Folder"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "saved-file.show");
  gtk_box_append (GTK_BOX (box), button);

  toast = adw_toast_new (title);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "saved-file.open");
  adw_toast_set_timeout (toast, 10);
  /* Asked for just now: it goes before any toast still waiting. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

typedef struct
{
  GtkWidget             *widget;
  GtkFileChooserNative **slot;
  char                  *saved_message;
  VcSaveFunc             save;
  gpointer               user_data;
} SaveRequest;

static void
save_request_free (gpointer data,
                   GClosure *closure)
{
  SaveRequest *request = data;

  g_object_unref (request->widget);
  g_free (request->saved_message);
  g_free (request);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  SaveRequest     *request)
{
  GtkWidget *widget = request->widget;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (request->save (widget, file, request->user_data, &error))
        vc_file_launcher_toast_saved (widget, request->saved_message, file);
      else
        gtk_widget_activate_action (widget, "win.toast", "s", error->message);
    }

  /* Last: clearing the slot may let go of the chooser, and the request. */
  g_clear_object (request->slot);
}

/**
 * vc_file_launcher_ask_save:
 * @widget: the widget whose content is saved
 * @slot: where @widget keeps the chooser while it is open; a chooser
 *   already there is left alone
 * @title: the chooser's title
 * @name: the file name offered
 * @saved_message: the toast's title once saved
 * @save: writes the file
 * @user_data: for @save
 *
 * Asks where to save, saves there, and says how it went: a toast that
 * opens the file, or the error in the person's language. @widget destroys
 * the chooser in @slot when it goes away.
 */
void
vc_file_launcher_ask_save (GtkWidget             *widget,
                           GtkFileChooserNative **slot,
                           const char            *title,
                           const char            *name,
                           const char            *saved_message,
                           VcSaveFunc             save,
                           gpointer               user_data)
{
  SaveRequest *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (slot != NULL);

  if (*slot != NULL)
    return;

  request = g_new0 (SaveRequest, 1);
  request->widget = g_object_ref (widget);
  request->slot = slot;
  request->saved_message = g_strdup (saved_message);
  request->save = save;
  request->user_data = user_data;

  *slot = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                       GTK_FILE_CHOOSER_ACTION_SAVE,
                                       _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (*slot), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (*slot), TRUE);
  g_signal_connect_data (*slot, "response", G_CALLBACK (on_save_response), request,
                         save_request_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (*slot));
}
