/* test-large-text.c
 *
 * With the desktop's large text (text scaled one and a half times), the
 * library, the player and the facilitator's pane, also in a meeting in a
 * format, still fit a 1366x768 laptop screen, and no text in them is cut
 * off. Screenshots of each go into the build folder.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-deck-library.h"
#include "vc-plan-dialog.h"
#include "vc-player-view.h"
#include "vc-presenter-pane.h"
#include "vc-window.h"
#include "ui-test.h"

#define WIDTH 1366
#define HEIGHT 768

/* GNOME's "Large Text" sets org.gnome.desktop.interface text-scaling-factor
 * to 1.25; this tests more, 1.5. GTK takes the scale as the screen's
 * resolution, in 1024ths of a dot per inch, as the desktop hands it over
 * in XSETTINGS. */
#define TEXT_SCALE 1.5
#define LARGE_DPI ((int) (96 * TEXT_SCALE * 1024))

/* The labels looked at, over all tests of a run. */
static guint n_labels_checked;

static void
set_dpi (int dpi)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", dpi, NULL);
}

static int
label_height (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("Värdekort"));
  int height;

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  g_object_unref (label);
  return height;
}

/* The setting really makes text larger, or the rest proves nothing. */
static void
test_scale_applies (void)
{
  int normal, large;

  set_dpi (96 * 1024);
  normal = label_height ();
  set_dpi (LARGE_DPI);
  large = label_height ();
  g_test_message ("A line of text is %d pixels high at 96 dpi, %d at %d dpi",
                  normal, large, LARGE_DPI / 1024);
  g_assert_cmpint (large, >=, normal * (TEXT_SCALE - 0.1));
}

/* The size given to @widget, with its margins, as gtk_widget_measure()
 * counts them. */
static void
get_size_with_margins (GtkWidget *widget,
                       int       *width,
                       int       *height)
{
  GtkBorder css;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_margin (gtk_widget_get_style_context (widget), &css);
  G_GNUC_END_IGNORE_DEPRECATIONS
  *width = gtk_widget_get_width (widget) + gtk_widget_get_margin_start (widget) +
           gtk_widget_get_margin_end (widget) + css.left + css.right;
  *height = gtk_widget_get_height (widget) + gtk_widget_get_margin_top (widget) +
            gtk_widget_get_margin_bottom (widget) + css.top + css.bottom;
}

/* A label is cut off if it ends in an ellipsis, or is given less room than
 * it needs to show all its text. */
static gboolean
is_cut (GtkLabel  *label,
        char     **why)
{
  GtkWidget *widget = GTK_WIDGET (label);
  int width, height, min_width, min_height;

  if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE)
    {
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        {
          *why = g_strdup ("ends in an ellipsis");
          return TRUE;
        }
      return FALSE;
    }

  get_size_with_margins (widget, &width, &height);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
  if (width < min_width || height < min_height)
    {
      *why = g_strdup_printf ("is given %dx%d, needs %dx%d", width, height, min_width, min_height);
      return TRUE;
    }
  return FALSE;
}

static gboolean
goes_out (const graphene_rect_t *inner,
          const graphene_rect_t *outer,
          gboolean               across,
          gboolean               down)
{
  /* A pixel either way is rounding. */
  return (across && (inner->origin.x < outer->origin.x - 1 ||
                     inner->origin.x + inner->size.width > outer->origin.x + outer->size.width + 1)) ||
         (down && (inner->origin.y < outer->origin.y - 1 ||
                   inner->origin.y + inner->size.height > outer->origin.y + outer->size.height + 1));
}

/* A label lies inside the window, and inside every part of it that cuts
 * off what overflows it. Past a scrolled window, what goes out of it in
 * the direction it scrolls is not cut off but further on. */
static gboolean
is_clipped (GtkWidget  *label,
            GtkWidget  *window,
            char      **why)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (label, window, &bounds))
    return FALSE;

  for (GtkWidget *parent = gtk_widget_get_parent (label); parent != NULL;
       parent = gtk_widget_get_parent (parent))
    {
      gboolean across = TRUE, down = TRUE, last = FALSE;
      graphene_rect_t area;

      if (GTK_IS_SCROLLED_WINDOW (parent))
        {
          GtkPolicyType h, v;

          gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (parent), &h, &v);
          across = h == GTK_POLICY_NEVER || h == GTK_POLICY_EXTERNAL;
          down = v == GTK_POLICY_NEVER || v == GTK_POLICY_EXTERNAL;
          last = TRUE;
        }
      else if (GTK_IS_SCROLLABLE (parent) ||
               (parent != window && gtk_widget_get_overflow (parent) != GTK_OVERFLOW_HIDDEN))
        continue;

      if (gtk_widget_compute_bounds (parent, window, &area) && goes_out (&bounds, &area, across, down))
        {
          *why = g_strdup_printf ("at %.0f,%.0f %.0fx%.0f goes out of %s at %.0f,%.0f %.0fx%.0f",
                                  bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                                  G_OBJECT_TYPE_NAME (parent), area.origin.x, area.origin.y,
                                  area.size.width, area.size.height);
          return TRUE;
        }
      if (last)
        return FALSE;
    }
  return FALSE;
}

static void
collect_cut (GtkWidget *widget,
             GtkWidget *window,
             GString   *cut,
             guint     *n_checked)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    {
      g_autofree char *why = NULL;

      (*n_checked)++;
      if (is_cut (GTK_LABEL (widget), &why) || is_clipped (widget, window, &why))
        g_string_append_printf (cut, "\n  “%s” %s", gtk_label_get_text (GTK_LABEL (widget)), why);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cut (child, window, cut, n_checked);
}

/* Without a compositor GTK draws a frame of a few pixels inside the
 * window's size. */
#define MAX_FRAME 16

static gboolean
has_default_size (gpointer data)
{
  GtkWidget *window = data;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  return gtk_widget_get_mapped (window) &&
         ABS (width - gtk_widget_get_width (window)) <= MAX_FRAME &&
         ABS (height - gtk_widget_get_height (window)) <= MAX_FRAME;
}

/* Waits until @window has been given its default size, less its frame:
 * a slow machine takes a while. */
static void
wait_for_size (GtkWindow *window)
{
  g_assert_true (vc_test_wait_until (has_default_size, window));
  vc_test_settle (200);
}

static gboolean
is_laptop_size (gpointer data)
{
  return gtk_widget_get_width (data) == WIDTH && gtk_widget_get_height (data) == HEIGHT;
}

/* The window is made larger by its frame, so that what it shows is
 * 1366x768, as a window filling a laptop's screen would. */
static void
make_laptop_size (VcWindow *window)
{
  GtkWindow *gtk_window = GTK_WINDOW (window);
  int frame_width, frame_height;

  gtk_window_set_default_size (gtk_window, WIDTH, HEIGHT);
  wait_for_size (gtk_window);
  frame_width = WIDTH - gtk_widget_get_width (GTK_WIDGET (window));
  frame_height = HEIGHT - gtk_widget_get_height (GTK_WIDGET (window));
  if (frame_width != 0 || frame_height != 0)
    gtk_window_set_default_size (gtk_window, WIDTH + frame_width, HEIGHT + frame_height);
  g_assert_true (vc_test_wait_until (is_laptop_size, window));
  vc_test_settle (300);
}

/* Nothing in @window is cut off, and the window needs no more room than a
 * 1366x768 screen has. */
static void
check_fits (GtkWidget  *window,
            const char *what)
{
  GtkWidget *content;
  g_autoptr(GString) cut = g_string_new (NULL);
  int min_width, min_height;
  guint n_checked = 0;

  if (ADW_IS_APPLICATION_WINDOW (window))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  else if (ADW_IS_WINDOW (window))
    content = adw_window_get_content (ADW_WINDOW (window));
  else
    content = gtk_window_get_child (GTK_WINDOW (window));
  g_assert_nonnull (content);

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, MIN (WIDTH, gtk_widget_get_width (window)),
                      &min_height, NULL, NULL, NULL);
  g_test_message ("%s: %dx%d, needs at least %dx%d", what, gtk_widget_get_width (window),
                  gtk_widget_get_height (window), min_width, min_height);
  g_assert_cmpint (min_width, <=, WIDTH);
  g_assert_cmpint (min_height, <=, HEIGHT);
  g_assert_cmpint (gtk_widget_get_width (window), <=, WIDTH);
  g_assert_cmpint (gtk_widget_get_height (window), <=, HEIGHT);

  collect_cut (window, window, cut, &n_checked);
  g_test_message ("%s: %u labels checked", what, n_checked);
  n_labels_checked += n_checked;
  g_assert_cmpuint (n_checked, >=, 5);
  if (cut->len > 0)
    g_error ("%s: text cut off:%s", what, cut->str);
}

/* The check finds text cut off in each way it looks for. */
static void
test_finds_cut (void)
{
  const char *text = "Vad ska Emma och Leila säga till mannen på bussen?";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *ellipsized = gtk_label_new (text);
  GtkWidget *frame = gtk_scrolled_window_new ();
  GtkWidget *overflowing = gtk_label_new (text);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *tall = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *below = gtk_label_new (text);
  g_autoptr(GString) cut = g_string_new (NULL);
  guint n_checked = 0;

  /* An ellipsis. */
  gtk_label_set_ellipsize (GTK_LABEL (ellipsized), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (ellipsized), 10);
  gtk_widget_set_halign (ellipsized, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), ellipsized);
  /* Text out of a part that neither grows with it nor scrolls. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_EXTERNAL, GTK_POLICY_EXTERNAL);
  gtk_widget_set_size_request (frame, 100, 40);
  gtk_widget_set_halign (frame, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), overflowing);
  gtk_box_append (GTK_BOX (box), frame);
  /* Text below the end of a scrolled window is further down, not cut off. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 200, 100);
  gtk_widget_set_size_request (tall, -1, 400);
  gtk_widget_set_valign (below, GTK_ALIGN_END);
  gtk_widget_set_vexpand (below, TRUE);
  gtk_label_set_wrap (GTK_LABEL (below), TRUE);
  gtk_box_append (GTK_BOX (tall), below);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), tall);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 300);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);

  collect_cut (window, window, cut, &n_checked);
  g_test_message ("Found:%s", cut->str);
  g_assert_cmpuint (n_checked, ==, 3);
  g_assert_nonnull (strstr (cut->str, "ends in an ellipsis"));
  g_assert_nonnull (strstr (cut->str, "goes out of GtkScrolledWindow"));
  g_assert_null (strstr (cut->str, "goes out of GtkViewport"));

  gtk_label_set_text (GTK_LABEL (overflowing), "Ja");
  gtk_label_set_ellipsize (GTK_LABEL (ellipsized), PANGO_ELLIPSIZE_NONE);
  vc_test_settle (300);
  g_string_truncate (cut, 0);
  collect_cut (window, window, cut, &n_checked);
  g_assert_cmpstr (cut->str, ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
library_loaded (gpointer data)
{
  return !vc_deck_library_is_loading (vc_window_get_library (data));
}

/* A window of 1366x768 needs a screen at least that large. */
static gboolean
screen_too_small (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  g_autofree char *reason = NULL;
  GdkRectangle area;

  gdk_monitor_get_geometry (monitor, &area);
  if (area.width >= WIDTH && area.height >= HEIGHT)
    return FALSE;
  reason = g_strdup_printf ("The screen is %dx%d, smaller than the %dx%d looked at; "
                            "run the test on a larger one (with xvfb-run, as meson does)",
                            area.width, area.height, WIDTH, HEIGHT);
  g_test_skip (reason);
  return TRUE;
}

static void
test_library (void)
{
  VcWindow *window;

  if (screen_too_small ())
    return;
  window = vc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (library_loaded, window));
  g_assert_cmpstr (vc_window_get_page (window), ==, "library");
  make_laptop_size (window);
  vc_test_save_screenshot (GTK_WIDGET (window), "large-text-library");
  check_fits (GTK_WIDGET (window), "library");

  /* A deck's page, as opened from the library. */
  {
    g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                              "workplace-dilemmas.vcdeck", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    vc_window_open_file (window, file);
    vc_test_show_page (window, "deck");
    vc_test_settle (300);
    vc_test_save_screenshot (GTK_WIDGET (window), "large-text-deck");
    check_fits (GTK_WIDGET (window), "deck");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (100);
}

/* A dilemma mid-meeting, with the scribe's notes beside it. */
static VcWindow *
open_dilemma (VcPlayerView **player)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", WIDTH, HEIGHT);

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  *player = vc_window_get_player (window);
  gtk_widget_activate_action (GTK_WIDGET (*player), "player.go-to", "u", 2);
  vc_player_view_set_notes_text (*player,
                                 "We agreed to ask the person first, and to say so when "
                                 "someone decides for them. Bring it up again next month.");
  return window;
}

static void
test_player (void)
{
  VcPlayerView *player;
  VcWindow *window;

  if (screen_too_small ())
    return;
  window = open_dilemma (&player);

  g_assert_cmpuint (vc_player_view_get_position (player), ==, 2);
  make_laptop_size (window);
  vc_test_save_screenshot (GTK_WIDGET (window), "large-text-player");
  check_fits (GTK_WIDGET (window), "player");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (100);
}

/* The facilitator's window while the cards are on the projector: the pane
 * with the room's screen in small and what comes next. */
static void
test_facilitator (void)
{
  VcPlayerView *player;
  VcWindow *window;
  g_autoptr(GdkPaintable) room = gdk_paintable_new_empty (1280, 720);

  if (screen_too_small ())
    return;
  window = open_dilemma (&player);
  vc_player_view_set_presenting (player, room);
  vc_presenter_pane_set_room_shown (vc_player_view_get_presenter_pane (player), TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (vc_player_view_get_presenter_pane (player))));
  make_laptop_size (window);
  vc_test_save_screenshot (GTK_WIDGET (window), "large-text-facilitator");
  check_fits (GTK_WIDGET (window), "facilitator");

  vc_player_view_set_presenting (player, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (100);
}

/* A meeting in a format: its plan, then a step of it beside the card, in
 * the player and in the facilitator's pane. */
static void
test_format_meeting (void)
{
  g_autoptr(GdkPaintable) room = gdk_paintable_new_empty (1280, 720);
  VcPlayerView *player;
  VcPlanDialog *dialog;
  VcWindow *window;
  GtkWidget *start;

  if (screen_too_small ())
    return;
  window = vc_test_open_deck ("workplace-dilemmas.vcdeck", WIDTH, HEIGHT);
  make_laptop_size (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-meeting", NULL));
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (TRUE)));
  dialog = vc_test_find_plan_dialog ();
  g_assert_true (vc_plan_dialog_select_format (dialog, "five-step-guide"));
  wait_for_size (GTK_WINDOW (dialog));
  vc_test_save_screenshot (GTK_WIDGET (dialog), "large-text-plan");
  check_fits (GTK_WIDGET (dialog), "plan");

  start = vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, vc_test_has_button_label, (gpointer) _("_Start Meeting"));
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (FALSE)));
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  g_assert_nonnull (vc_player_view_get_steps_panel (player));
  vc_test_settle (300);
  vc_test_save_screenshot (GTK_WIDGET (window), "large-text-format-player");
  check_fits (GTK_WIDGET (window), "meeting in a format");

  vc_player_view_set_presenting (player, room);
  vc_test_settle (300);
  vc_test_save_screenshot (GTK_WIDGET (window), "large-text-format-facilitator");
  check_fits (GTK_WIDGET (window), "meeting in a format, presenting");

  vc_player_view_set_presenting (player, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (100);
}

static void
test_count (void)
{
  if (screen_too_small ())
    return;
  g_test_message ("%u labels checked in all", n_labels_checked);
  g_assert_cmpuint (n_labels_checked, >=, 30);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);
  set_dpi (LARGE_DPI);

  g_test_add_func ("/large-text/scale-applies", test_scale_applies);
  g_test_add_func ("/large-text/finds-cut", test_finds_cut);
  g_test_add_func ("/large-text/library", test_library);
  g_test_add_func ("/large-text/player", test_player);
  g_test_add_func ("/large-text/facilitator", test_facilitator);
  g_test_add_func ("/large-text/format-meeting", test_format_meeting);
  g_test_add_func ("/large-text/count", test_count);

  return g_test_run ();
}
