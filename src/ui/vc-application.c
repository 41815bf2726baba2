/* vc-application.c
 *
 * The application: one instance, its actions, and its windows.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-application.h"
#include "vc-ui-util.h"
#include "vc-editor-window.h"
#include "vc-help.h"
#include "vc-window.h"

struct _VcApplication
{
  AdwApplication  parent_instance;

  VcSettings     *settings;
  gboolean        present_next_open;
  gboolean        edit_next_open;
  gboolean        icon_requested;
};

G_DEFINE_FINAL_TYPE (VcApplication, vc_application, ADW_TYPE_APPLICATION)

/* The main window, not a deck editor's. */
static VcWindow *
get_or_create_window (VcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (VC_IS_WINDOW (l->data))
      return l->data;

  return vc_window_new (self);
}

static void
vc_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (VC_APPLICATION (app))));
}

static void
vc_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  VcApplication *self = VC_APPLICATION (app);
  VcWindow *window;

  /* With --edit, each file opens in a deck editor of its own. */
  if (self->edit_next_open)
    {
      self->edit_next_open = FALSE;
      for (int i = 0; i < n_files; i++)
        {
          g_autoptr(GError) error = NULL;

          if (vc_editor_window_open (GTK_APPLICATION (app), files[i], &error) == NULL)
            {
              window = get_or_create_window (self);
              gtk_window_present (GTK_WINDOW (window));
              vc_window_edit_file (window, files[i]);
            }
        }
      return;
    }

  window = get_or_create_window (self);

  /* Several files show the last one; the others join the library. With
   * --present, the last one is presented at once. */
  for (int i = 0; i < n_files; i++)
    {
      if (self->present_next_open && i == n_files - 1)
        vc_window_present_file (window, files[i]);
      else
        vc_window_open_file (window, files[i]);
    }
  self->present_next_open = FALSE;

  gtk_window_present (GTK_WINDOW (window));
}

/* `value-cards --present FILE`: the file is opened as any other, in this
 * process or in the one already running, and presented once it is. */
static int
vc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  gboolean present = g_variant_dict_contains (options, "present");
  gboolean edit = g_variant_dict_contains (options, "edit");
  g_autoptr(GError) error = NULL;

  if (!present && !edit)
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (app), edit ? "edit-next-open" : "present-next-open", NULL);
  return -1;
}

static void
apply_color_scheme (VcApplication *self)
{
  const char *scheme = vc_settings_get_color_scheme (self->settings);
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "force-light") == 0)
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "force-dark") == 0)
    value = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

/* Where libadwaita keeps its icons, the last ones added to the theme as
 * the app starts. */
#define ADWAITA_ICONS_PATH "/org/gnome/Adwaita/icons"

static void
read_icon_theme_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  GtkIconTheme *theme = task_data;
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (theme);

  /* Read before libadwaita's icons are added, the theme would be thrown
   * away again, and adding them would wait for the reading. */
  if (g_task_get_source_tag (task) == read_icon_theme_thread &&
      (paths == NULL || !g_strv_contains ((const char * const *)paths, ADWAITA_ICONS_PATH)))
    return;

  /* The first lookup reads the whole theme. */
  gtk_icon_theme_has_icon (theme, APP_ID);
}

/* GTK starts reading the icon theme in a thread when it makes it, but the
 * app's own icons and then libadwaita's are added to it after that, and
 * each addition throws away what was read. GTK would read the theme again
 * only at the first icon the window shows, holding up the first frame. So
 * it is read again in a thread here, while libadwaita loads its style
 * sheets and the window is built. With @early, only once libadwaita's
 * icons are in it. */
static void
read_icon_theme (GtkIconTheme *theme,
                 gboolean      early)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  if (early)
    g_task_set_source_tag (task, read_icon_theme_thread);
  g_task_set_task_data (task, g_object_ref (theme), g_object_unref);
  g_task_run_in_thread (task, read_icon_theme_thread);
}

static void
on_icon_paths_changed (GtkIconTheme *theme)
{
  read_icon_theme (theme, TRUE);
}

static void
vc_application_startup (GApplication *app)
{
  VcApplication *self = VC_APPLICATION (app);
  GtkIconTheme *theme;
  gulong handler;

  /* GTK would open the display as the app starts up below; it is opened
   * here, so that the icons added to the theme meanwhile can be seen. */
  gtk_init ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  handler = g_signal_connect (theme, "notify::resource-path", G_CALLBACK (on_icon_paths_changed), NULL);
  G_APPLICATION_CLASS (vc_application_parent_class)->startup (app);
  g_signal_handler_disconnect (theme, handler);
  /* If libadwaita's icons were not seen, as a last resort: a theme
   * already read is not read again. */
  read_icon_theme (theme, FALSE);

  self->settings = vc_settings_new ();
  g_signal_connect_object (self->settings, "notify::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  vc_ui_init_accessible_names ();
}

/* The windows get the app's icon once the first one is on screen. */
static void
vc_application_window_added (GtkApplication *app,
                             GtkWindow      *window)
{
  VcApplication *self = VC_APPLICATION (app);

  GTK_APPLICATION_CLASS (vc_application_parent_class)->window_added (app, window);

  if (!self->icon_requested)
    {
      self->icon_requested = TRUE;
      vc_ui_set_icon_after_first_frame (window, APP_ID);
    }
}

static void
vc_application_dispose (GObject *object)
{
  VcApplication *self = (VcApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vc_application_parent_class)->dispose (object);
}

static void
vc_application_class_init (VcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = vc_application_dispose;

  app_class->activate = vc_application_activate;
  app_class->open = vc_application_open;
  app_class->startup = vc_application_startup;
  app_class->handle_local_options = vc_application_handle_local_options;

  gtk_app_class->window_added = vc_application_window_added;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Value Cards developers", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (app);

  adw_show_about_window (window,
                         "application-name", _("Value Cards"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Value Cards developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/vardegrund/value-cards",
                         "issue-url", "https://github.com/vardegrund/value-cards/issues",
                         "comments", _("Card games for talking about shared values at staff meetings and for reflecting alone."),
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Value Cards developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    vc_help_show (window, VC_HELP_URI);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing the windows lets each save its state on the way out. */
  for (GList *l = windows; l != NULL;)
    {
      GList *next = l->next;

      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
}

static void
present_next_open_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  VC_APPLICATION (user_data)->present_next_open = TRUE;
}

static void
edit_next_open_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  VC_APPLICATION (user_data)->edit_next_open = TRUE;
}

static const GActionEntry app_actions[] = {
  { "present-next-open", present_next_open_action },
  { "edit-next-open", edit_next_open_action },
  { "about", about_action },
  { "help", help_action },
  { "quit", quit_action },
};

/* The keys of the actions above; the window's actions bring their own. */
static const struct {
  const char *action;
  const char *accels[2];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
};

static void
vc_application_init (VcApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  g_application_add_main_option (G_APPLICATION (self), "present", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Start a meeting with the deck FILE and show it on the projector"),
                                 NULL);
  g_application_add_main_option (G_APPLICATION (self), "edit", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Open the deck FILE in the deck editor"),
                                 NULL);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
  vc_window_add_accels (GTK_APPLICATION (self));
}

VcApplication *
vc_application_new (void)
{
  return g_object_new (VC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", APP_PATH,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * vc_application_get_settings:
 * @self: a #VcApplication
 *
 * Returns: (transfer none): the app's settings
 */
VcSettings *
vc_application_get_settings (VcApplication *self)
{
  g_return_val_if_fail (VC_IS_APPLICATION (self), NULL);
  return self->settings;
}
