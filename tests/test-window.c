/* test-window.c
 *
 * The library window, tested for real under a display: it lists the
 * built-in decks, opens a deck, lists a broken deck's problems, shows its
 * empty state, and leaves nothing behind. Screenshots go into the build
 * folder, named after the language, for a person to look at.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vc-deck-view.h"
#include "vc-window.h"
#include "ui-test.h"


static gboolean
library_loaded (gpointer data)
{
  return !vc_deck_library_is_loading (vc_window_get_library (data));
}



/* Lets layout and drawing settle, as a person would wait for the window. */


/* Rows a person can see: on the page in front, in groups that are shown. */
static guint
count_rows (GtkWidget *widget,
            gboolean   only_list_rows)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
        continue;
      if (ADW_IS_ACTION_ROW (child))
        n++;
      n += count_rows (child, only_list_rows);
    }

  return n;
}

typedef struct
{
  GtkWidget *window;
  guint      n;
} RowCount;

static gboolean
has_rows (gpointer data)
{
  RowCount *count = data;

  return count_rows (count->window, TRUE) == count->n;
}

/* Waits for the rows to show, and fails with the count seen if they do not. */
static void
assert_rows (VcWindow *window,
             guint     n)
{
  RowCount count = { GTK_WIDGET (window), n };

  if (!vc_test_wait_until (has_rows, &count))
    g_assert_cmpuint (count_rows (GTK_WIDGET (window), TRUE), ==, n);
}

/* The first widget of @type at or under @widget, in the order shown. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_shipped_decks (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("VALUE_CARDS_DECKS_DIR"), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".vcdeck"))
      n++;

  return n;
}

static void
test_library (void)
{
  g_autofree char *decks_dir = g_strdup (g_getenv ("VALUE_CARDS_DECKS_DIR"));
  g_autofree char *values = g_build_filename (decks_dir, "values-game.vcdeck", NULL);
  g_autofree char *dilemmas = g_build_filename (decks_dir, "workplace-dilemmas.vcdeck", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "alt-missing.vcdeck", NULL);
  g_autoptr(GFile) values_file = g_file_new_for_path (values);
  g_autoptr(GFile) dilemmas_file = g_file_new_for_path (dilemmas);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autofree char *user = g_test_build_filename (G_TEST_DIST, "data", "user-deck-sv.vcdeck", NULL);
  g_autoptr(GFile) user_file = g_file_new_for_path (user);
  g_autofree char *warnings = g_test_build_filename (G_TEST_DIST, "data", "warnings", "unknown-member.vcdeck", NULL);
  g_autoptr(GFile) warnings_file = g_file_new_for_path (warnings);
  VcWindow *window = vc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (library_loaded, window));
  g_assert_cmpstr (vc_window_get_page (window), ==, "library");
  assert_rows (window, count_shipped_decks ());
  vc_test_save_screenshot (GTK_WIDGET (window), "library");

  vc_window_open_file (window, values_file);
  vc_test_show_page (window, "deck");

  /* Decks opened from elsewhere join "Your decks"; built-in ones do not. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");
  assert_rows (window, count_shipped_decks ());

  vc_window_open_file (window, user_file);
  vc_test_show_page (window, "deck");
  vc_test_save_screenshot (GTK_WIDGET (window), "deck-user");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");
  assert_rows (window, count_shipped_decks () + 1);

  vc_window_open_file (window, dilemmas_file);
  vc_test_show_page (window, "deck");

  /* A deck with problems shows them, not a crash or an empty window. */
  vc_window_open_file (window, broken_file);
  vc_test_show_page (window, "problems");
  vc_test_settle (300);
  g_assert_cmpuint (count_rows (GTK_WIDGET (window), TRUE), >=, 1);
  vc_test_save_screenshot (GTK_WIDGET (window), "problems");

  /* A deck with warnings opens, and its warnings are one click away. */
  vc_window_open_file (window, warnings_file);
  vc_test_show_page (window, "deck");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  vc_test_show_page (window, "problems");
  assert_rows (window, 1);
  vc_test_save_screenshot (GTK_WIDGET (window), "warnings");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  vc_test_show_page (window, "library");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* A screenshot of every deck that ships, as a person first sees it. */
static void
test_every_deck (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("VALUE_CARDS_DECKS_DIR"), 0, NULL);
  VcWindow *window = vc_window_new (NULL);
  const char *name;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 900);
  gtk_window_present (GTK_WINDOW (window));

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *shot = NULL;
      g_autoptr(GFile) file = NULL;

      if (!g_str_has_suffix (name, ".vcdeck"))
        continue;

      path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
      file = g_file_new_for_path (path);
      shot = g_strdup_printf ("deck-%.*s", (int)(strlen (name) - strlen (".vcdeck")), name);

      vc_window_open_file (window, file);
      vc_test_show_page (window, "deck");
      vc_test_save_screenshot (GTK_WIDGET (window), shot);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
      vc_test_show_page (window, "library");
    }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

static AdwStatusPage *
find_status_page (GtkWidget *widget)
{
  return ADW_STATUS_PAGE (find_widget (widget, ADW_TYPE_STATUS_PAGE));
}

static void
on_first_frame (GdkFrameClock *clock,
                gboolean      *drawn)
{
  *drawn = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

/* The first frame shows the window with only its header bar: the library's
 * list is built after it, with the decks as they are read, and the main
 * menu when it is first opened. Then both work as if built at once. */
static void
test_first_frame (void)
{
  VcWindow *window = vc_window_new (NULL);
  GtkMenuButton *menu_button;
  GtkPopover *popover;
  gboolean drawn = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_widget_realize (GTK_WIDGET (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_first_frame), &drawn);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_null (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX));
  g_assert_null (find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  menu_button = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu_button)));

  g_assert_true (vc_test_wait_until (is_true, &drawn));
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        on_first_frame, &drawn);
  g_assert_true (vc_test_wait_until (library_loaded, window));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX));
  assert_rows (window, count_shipped_decks ());
  g_assert_null (find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));

  /* Opened, the menu has the app's items; opened again, the same ones. */
  gtk_menu_button_popup (menu_button);
  popover = gtk_menu_button_get_popover (menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_nonnull (gtk_menu_button_get_menu_model (menu_button));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (menu_button)), >, 0);
  vc_test_settle (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  vc_test_save_screenshot (GTK_WIDGET (popover), "main-menu");
  gtk_menu_button_popdown (menu_button);
  vc_test_settle (200);
  gtk_menu_button_popup (menu_button);
  g_assert_true (gtk_menu_button_get_popover (menu_button) == popover);
  gtk_menu_button_popdown (menu_button);

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

static gboolean
status_page_shown (gpointer data)
{
  AdwStatusPage *status = find_status_page (data);

  return status != NULL && gtk_widget_get_mapped (GTK_WIDGET (status));
}

static void
test_empty (void)
{
  g_autofree char *empty = g_dir_make_tmp ("vc-empty-XXXXXX", NULL);
  g_autofree char *old_decks = g_strdup (g_getenv ("VALUE_CARDS_DECKS_DIR"));
  g_autofree char *old_data = g_strdup (g_getenv ("XDG_DATA_HOME"));
  VcWindow *window;

  g_setenv ("VALUE_CARDS_DECKS_DIR", empty, TRUE);
  g_setenv ("XDG_DATA_HOME", empty, TRUE);

  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (library_loaded, window));
  g_assert_cmpuint (count_rows (GTK_WIDGET (window), TRUE), ==, 0);
  /* The empty library shows the app's emblem, though it is set only then. */
  {
    AdwStatusPage *status;

    g_assert_true (vc_test_wait_until (status_page_shown, window));
    status = find_status_page (GTK_WIDGET (window));
    g_assert_cmpstr (adw_status_page_get_icon_name (status), ==, "io.github.vardegrund.ValueCards-symbolic");
  }
  vc_test_save_screenshot (GTK_WIDGET (window), "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);

  g_setenv ("VALUE_CARDS_DECKS_DIR", old_decks, TRUE);
  if (old_data)
    g_setenv ("XDG_DATA_HOME", old_data, TRUE);
  g_rmdir (empty);
}

static void
test_shortcuts (void)
{
  VcWindow *window = vc_window_new (NULL);
  GtkWindow *shortcuts = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  vc_test_settle (300);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = toplevel;
    }

  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  vc_test_save_screenshot (GTK_WIDGET (shortcuts), "shortcuts");

  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* Dropping a deck from Files opens it, as the drop target receives it. */
static void
test_drop (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "drawing-questions.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  VcWindow *window = vc_window_new (NULL);
  GSList list = { file, NULL };
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);

  g_assert_true (accepted);
  vc_test_show_page (window, "deck");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

static void
test_no_leak (void)
{
  VcWindow *window = vc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (library_loaded, window));
  vc_test_settle (300);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
  g_assert_finalize_object (window);
}

static void
test_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "ethical-guidelines.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GdkTexture) light = NULL;
  double dark_luminance, light_luminance;
  VcWindow *window;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  gtk_window_present (GTK_WINDOW (window));
  vc_window_open_file (window, file);
  vc_test_show_page (window, "deck");
  vc_test_save_screenshot (GTK_WIDGET (window), "deck-ethical-guidelines-dark");

  /* The page is dark as a whole, and light again in the light style. */
  dark = vc_test_render (GTK_WIDGET (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  vc_test_settle (300);
  light = vc_test_render (GTK_WIDGET (window));
  dark_luminance = vc_test_mean_luminance (dark);
  light_luminance = vc_test_mean_luminance (light);
  g_test_message ("mean luminance: dark %.2f, light %.2f", dark_luminance, light_luminance);
  g_assert_cmpfloat (dark_luminance, <, 0.35);
  g_assert_cmpfloat (light_luminance, >, 0.75);

  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  vc_test_settle (300);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/library", test_library);
  g_test_add_func ("/ui/window/first-frame", test_first_frame);
  g_test_add_func ("/ui/window/every-deck", test_every_deck);
  g_test_add_func ("/ui/window/empty", test_empty);
  g_test_add_func ("/ui/window/dark", test_dark);
  g_test_add_func ("/ui/window/shortcuts", test_shortcuts);
  g_test_add_func ("/ui/window/drop", test_drop);
  g_test_add_func ("/ui/window/no-leak", test_no_leak);

  return g_test_run ();
}
