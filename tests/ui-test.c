/* ui-test.c
 *
 * What the tests that open windows share: set-up, waiting, screenshots.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ui-test.h"
#include "vc-editor-form.h"

/* As AdwApplication does, style-dark.css goes over style.css in dark
 * mode only. */
static void
update_dark_style (AdwStyleManager *manager,
                   GParamSpec      *pspec,
                   GtkCssProvider  *provider)
{
  if (adw_style_manager_get_dark (manager))
    gtk_css_provider_load_from_resource (provider, APP_PATH "/style-dark.css");
  else
    gtk_css_provider_load_from_data (provider, "", -1);
}

/**
 * vc_test_ui_init:
 * @argc: the test's argc
 * @argv: the test's argv
 *
 * Sets up GTK as the app would run, in a data folder of its own: its translations, its icons and style
 * sheet from resources, and no animations, so what a test checks is what is
 * on screen.
 */
void
vc_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GtkCssProvider) dark = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("vc-data-XXXXXX", NULL);

  /* Never touch the real decks and sessions of whoever runs the tests. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VALUE_CARDS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  /* What GtkApplication and AdwApplication do for the app. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    APP_PATH "/icons");
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, APP_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* The display keeps the dark style sheet as long as the test runs. */
  dark = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (dark),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_dark_style), dark);
  update_dark_style (adw_style_manager_get_default (), NULL, dark);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/**
 * vc_test_wait_until:
 * @done: tells whether the wait is over
 * @data: data for @done
 *
 * Runs the main loop until @done says so, for twenty seconds at most.
 *
 * Returns: %FALSE if the time ran out
 */
gboolean
vc_test_wait_until (gboolean (*done) (gpointer),
                    gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static gboolean
time_passed (gpointer data)
{
  return *(gint64 *)data < g_get_monotonic_time ();
}

/**
 * vc_test_settle:
 * @ms: how long to let layout and drawing run
 */
void
vc_test_settle (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64)ms * 1000;

  vc_test_wait_until (time_passed, &until);
}

/**
 * vc_test_render:
 * @widget: a window or a widget in one
 *
 * Returns: (transfer full): what @widget shows, as it would be drawn
 */
GdkTexture *
vc_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  int width = 0, height = 0;

  /* A widget still waiting for its size draws nothing; wait for a frame. */
  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      vc_test_settle (300);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/**
 * vc_test_mean_luminance:
 * @texture: a rendered widget
 *
 * Returns: how light @texture is on average, from 0 (black) to 1 (white)
 */
double
vc_test_mean_luminance (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guint8 *data = g_malloc (stride * height);
  double sum = 0;

  /* Premultiplied BGRA in memory order on little-endian machines. */
  gdk_texture_download (texture, data, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = data + y * stride + x * 4;

        sum += (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;
      }

  return sum / ((double)width * height);
}

/**
 * vc_test_save_screenshot:
 * @widget: a window or a widget in one
 * @name: what the screenshot shows
 *
 * Saves what @widget shows as screenshot-NAME-LANGUAGE.png in the build
 * folder, for a person to look at.
 */
void
vc_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autofree char *file = g_strdup_printf ("screenshot-%s-%s.png", name, g_get_language_names ()[0]);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  g_autoptr(GdkTexture) texture = vc_test_render (widget);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);
}

static const char *wanted_page;

static gboolean
on_page (gpointer data)
{
  return g_strcmp0 (vc_window_get_page (data), wanted_page) == 0;
}

/**
 * vc_test_show_page:
 * @window: the main window
 * @page: the page it should come to show, such as "player"
 *
 * Waits for @window to show @page, and fails the test if it does not.
 */
void
vc_test_show_page (VcWindow   *window,
                   const char *page)
{
  wanted_page = page;
  g_assert_true (vc_test_wait_until (on_page, window));
}

/**
 * vc_test_open_deck:
 * @name: a built-in deck's file name
 * @width: the window's width
 * @height: the window's height
 *
 * Returns: (transfer none): a new main window, showing the deck
 */
VcWindow *
vc_test_open_deck (const char *name,
                   int         width,
                   int         height)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VcWindow *window = vc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  vc_window_open_file (window, file);
  vc_test_show_page (window, "deck");

  return window;
}

/**
 * vc_test_find_dialog:
 *
 * Returns: (nullable) (transfer none): the message dialog shown, if any
 */
GtkWindow *
vc_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static gboolean
has_dialog (gpointer data)
{
  return vc_test_find_dialog () != NULL;
}

/**
 * vc_test_answer_dialog:
 * @response: the response's id
 *
 * Waits for a message dialog and answers it as a person clicking would.
 */
void
vc_test_answer_dialog (const char *response)
{
  g_assert_true (vc_test_wait_until (has_dialog, NULL));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (vc_test_find_dialog ()), response);
}

/**
 * vc_test_start_new:
 * @window: the window, on a deck's page
 * @action: "win.start-meeting" or "win.start-reflection"
 *
 * Starts a new session with the deck shown, declining to continue one an
 * earlier test left unfinished, as a person would who wants a new one.
 */
void
vc_test_start_new (VcWindow   *window,
                   const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  if (vc_test_find_dialog () != NULL)
    vc_test_answer_dialog ("new");
}

static void
find_all (GtkWidget      *widget,
          GType           type,
          VcTestMatchFunc match,
          gpointer        data,
          GPtrArray      *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (match == NULL || match (widget, data)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, match, data, found);
}

/**
 * vc_test_find_all:
 * @widget: where to look, itself included
 * @type: the type of widget looked for
 * @match: (nullable): whether a widget of @type is one looked for
 * @data: for @match
 *
 * Returns: (transfer container): every widget found, in the order of the
 *   widget tree
 */
GPtrArray *
vc_test_find_all (GtkWidget       *widget,
                  GType            type,
                  VcTestMatchFunc  match,
                  gpointer         data)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (widget, type, match, data, found);
  return found;
}

/**
 * vc_test_find:
 * @widget: where to look, itself included
 * @type: the type of widget looked for
 * @match: (nullable): whether a widget of @type is one looked for
 * @data: for @match
 *
 * Returns: (transfer none) (nullable): the first widget found
 */
GtkWidget *
vc_test_find (GtkWidget       *widget,
              GType            type,
              VcTestMatchFunc  match,
              gpointer         data)
{
  g_autoptr(GPtrArray) found = vc_test_find_all (widget, type, match, data);

  return found->len > 0 ? found->pdata[0] : NULL;
}

/**
 * vc_test_has_action:
 * @widget: an actionable widget
 * @action_name: (type utf8): an action's name, as “win.open”
 *
 * A #VcTestMatchFunc for buttons that activate @action_name.
 */
gboolean
vc_test_has_action (GtkWidget *widget,
                    gpointer   action_name)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/**
 * vc_test_shows_label:
 * @widget: a widget
 * @text: a label's whole text
 *
 * Returns: whether a label with @text is on screen in @widget
 */
gboolean
vc_test_shows_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (vc_test_shows_label (child, text))
      return TRUE;

  return FALSE;
}

/**
 * vc_test_has_icon:
 * @widget: an image
 * @icon_name: (type utf8): an icon's name
 *
 * A #VcTestMatchFunc for images that show @icon_name.
 */
gboolean
vc_test_has_icon (GtkWidget *widget,
                  gpointer   icon_name)
{
  return GTK_IS_IMAGE (widget)
         && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0;
}

/**
 * vc_test_has_shortcut:
 * @trigger: the keys, as gtk_shortcut_trigger_to_string() writes them
 * @action: the action they activate
 *
 * Returns: whether a shortcut controller of @widget binds @trigger to
 *   @action
 */
gboolean
vc_test_has_shortcut (GtkWidget  *widget,
                      const char *trigger,
                      const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);
          g_autofree char *keys = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (GTK_IS_NAMED_ACTION (named) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action) == 0 &&
              g_strcmp0 (keys, trigger) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * vc_test_find_plan_dialog:
 *
 * Returns: (nullable): the plan dialog that is showing
 */
VcPlanDialog *
vc_test_find_plan_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (VC_IS_PLAN_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return VC_PLAN_DIALOG (toplevel);
    }
  return NULL;
}

/* For vc_test_wait_until(): whether a plan dialog shows, as @shown says. */
gboolean
vc_test_has_plan_dialog (gpointer shown)
{
  return (vc_test_find_plan_dialog () != NULL) == GPOINTER_TO_INT (shown);
}

/* For vc_test_find(): a button whose label is @label. */
gboolean
vc_test_has_button_label (GtkWidget *widget,
                          gpointer   label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* For vc_test_find(): a button of the deck editor's form that works on
 * the place @data[0], with the label @data[1] if that is not %NULL. */
gboolean
vc_test_is_editor_button (GtkWidget *widget,
                          gpointer   data)
{
  const char **wanted = data;

  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (g_object_get_data (G_OBJECT (widget), "vc-path"), wanted[0]) == 0 &&
         (wanted[1] == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), wanted[1]) == 0);
}

/**
 * vc_test_press_editor_button:
 * @editor: a deck editor
 * @path: the place in the deck the button works on
 * @label: (nullable): the button's label, where one place has several
 *
 * Presses a button of the editor's form, as a person would click it.
 */
void
vc_test_press_editor_button (VcEditorWindow *editor,
                             const char     *path,
                             const char     *label)
{
  const char *wanted[] = { path, label };
  GtkWidget *button = vc_test_find (GTK_WIDGET (vc_editor_window_get_form (editor)), GTK_TYPE_BUTTON,
                                    vc_test_is_editor_button, wanted);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  vc_test_settle (50);
}

/**
 * vc_test_type_into_editor:
 * @editor: a deck editor
 * @path: the place in the deck of the field
 * @text: what is typed
 *
 * What typing does: the field gets the keyboard and its text is replaced,
 * a change at a time, as keys would. A field elsewhere in the deck is gone
 * to first, as a person would.
 */
void
vc_test_type_into_editor (VcEditorWindow *editor,
                          const char     *path,
                          const char     *text)
{
  GtkWidget *field = vc_editor_form_get_field (vc_editor_window_get_form (editor), path);

  if (field == NULL)
    {
      vc_editor_window_select (editor, path);
      field = vc_editor_form_get_field (vc_editor_window_get_form (editor), path);
    }
  if (field == NULL)
    g_error ("No field for %s", path);
  gtk_widget_grab_focus (field);
  if (GTK_IS_EDITABLE (field))
    {
      int position = 0;

      gtk_editable_delete_text (GTK_EDITABLE (field), 0, -1);
      gtk_editable_insert_text (GTK_EDITABLE (field), text, -1, &position);
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));

      gtk_text_buffer_set_text (buffer, "", -1);
      gtk_text_buffer_insert_at_cursor (buffer, text, -1);
    }
}
