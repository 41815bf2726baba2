/* test-picture-view.c
 *
 * A picture from a deck that did not come with the app never holds up the
 * window: while the picture helper draws it, frames keep coming and the
 * picture's frame shows its description; then the picture arrives. A
 * picture the helper cannot draw shows the missing-picture frame.
 *
 * A picture shown twice at one size is drawn once, and a hidden picture of
 * the app's own decks keeps no pixels.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test.h"
#include "vc-deck-image.h"
#include "vc-image.h"

/* How long the slow helper waits before drawing. */
#define HELPER_DELAY_S 1.5

typedef struct
{
  gint64 presented;
  gint64 first_frame;
  gint64 frame_start;
  gint64 longest_frame;
  guint  n_frames;
} Frames;

static void
on_before_paint (GdkFrameClock *clock,
                 Frames        *frames)
{
  frames->frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frames        *frames)
{
  gint64 now = g_get_monotonic_time ();

  if (frames->first_frame == 0)
    frames->first_frame = now;
  /* The window's first frame sets up fonts and styles once; after it,
   * every frame counts. */
  if (frames->frame_start > 0 && frames->n_frames > 0)
    frames->longest_frame = MAX (frames->longest_frame, now - frames->frame_start);
  frames->n_frames++;
}

/* The colour at the middle of @widget as it is drawn now, as 0xAARRGGBB;
 * FALSE while the widget has nothing drawn to show. */
static gboolean
read_centre_pixel (GtkWidget *widget,
                   guint32   *pixel)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint32 *pixels = g_new0 (guint32, (gsize)width * height);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, (guchar *)pixels, width * 4);

  *pixel = pixels[(height / 2) * width + width / 2];
  return TRUE;
}

static gboolean
has_drawn (gpointer data)
{
  guint32 pixel;

  return read_centre_pixel (data, &pixel);
}

static guint32
centre_pixel (GtkWidget *widget)
{
  guint32 pixel = 0;

  g_assert_true (vc_test_wait_until (has_drawn, widget));
  g_assert_true (read_centre_pixel (widget, &pixel));
  return pixel;
}

static gboolean
is_red (guint32 pixel)
{
  return (pixel >> 24) == 0xff && ((pixel >> 16) & 0xff) > 0xf0 &&
         ((pixel >> 8) & 0xff) < 0x10 && (pixel & 0xff) < 0x10;
}

static gboolean
picture_arrived (gpointer data)
{
  GtkWidget *widget = data;

  guint32 pixel;

  return gtk_widget_get_mapped (widget) && read_centre_pixel (widget, &pixel) && is_red (pixel);
}

static gboolean
shows_missing (gpointer data)
{
  const char *tooltip = gtk_widget_get_tooltip_text (data);

  return tooltip != NULL && g_str_has_prefix (tooltip, "Picture missing");
}

static GtkWidget *shown_picture;

/* A frame drawn with the picture's widget in place. */
static gboolean
frame_drawn (gpointer data)
{
  Frames *frames = data;

  if (gtk_widget_get_width (shown_picture) <= 0 || !gtk_widget_get_mapped (shown_picture))
    frames->first_frame = 0;
  return frames->first_frame != 0;
}

static VcDeckImage *
make_red_square (void)
{
  static const char svg[] = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 300'>"
                            "<rect width='400' height='300' fill='#ff0000'/></svg>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr(GError) error = NULL;
  VcDeckImage *image = vc_deck_image_new_untrusted (bytes, NULL, &error);

  g_assert_no_error (error);
  vc_deck_image_set_alt (image, "A red square.");
  vc_deck_image_set_id (image, "red");
  vc_deck_image_set_source (image, "red.svg");
  return image;
}

/* A helper that takes its time: a script that waits, then runs the real one. */
static char *
make_slow_helper (const char *dir,
                  const char *real)
{
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n/bin/sleep %.1f\nexec '%s'\n", HELPER_DELAY_S, real);
  char *path = g_build_filename (dir, "slow-helper", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, script, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  return path;
}

static void
test_slow_picture (void)
{
  g_autofree char *real = g_strdup (g_getenv ("VALUE_CARDS_PICTURE_HELPER"));
  g_autofree char *dir = NULL;
  g_autofree char *slow = NULL;
  g_autoptr(VcDeckImage) image = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *picture;
  GdkFrameClock *clock;
  Frames frames = { 0, };
  gint64 arrived;

  if (!g_file_test ("/bin/sleep", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("No /bin/sleep to make a slow picture helper with");
      return;
    }

  image = make_red_square ();
  dir = g_dir_make_tmp ("value-cards-slow-XXXXXX", &error);
  g_assert_no_error (error);
  slow = make_slow_helper (dir, real);
  g_setenv ("VALUE_CARDS_PICTURE_HELPER", slow, TRUE);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  picture = vc_image_new (image);
  gtk_window_set_child (GTK_WINDOW (window), picture);
  shown_picture = picture;
  gtk_widget_realize (window);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frames);

  frames.presented = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (frame_drawn, &frames));
  g_test_message ("first frame %.1f ms after the window was shown",
                  (frames.first_frame - frames.presented) / 1000.0);
  g_assert_cmpint (frames.first_frame - frames.presented, <, HELPER_DELAY_S * G_USEC_PER_SEC / 2);

  /* The frame with the description, not the picture yet. */
  g_assert_false (is_red (centre_pixel (picture)));
  vc_test_save_screenshot (window, "picture-waiting");
  g_assert_cmpfloat ((g_get_monotonic_time () - frames.presented) / 1e6, <, HELPER_DELAY_S);

  g_assert_true (vc_test_wait_until (picture_arrived, picture));
  arrived = g_get_monotonic_time ();
  g_test_message ("picture arrived %.0f ms after the window was shown; %u frames, the longest %.1f ms",
                  (arrived - frames.presented) / 1000.0, frames.n_frames, frames.longest_frame / 1000.0);
  g_assert_cmpint (arrived - frames.presented, >=, (gint64)(HELPER_DELAY_S * G_USEC_PER_SEC));
  g_assert_cmpint (frames.longest_frame, <, 100 * G_TIME_SPAN_MILLISECOND);
  vc_test_save_screenshot (window, "picture-arrived");

  /* A helper that cannot run: the missing-picture frame, with the
   * description. Another picture, as this one is drawn already. */
  g_setenv ("VALUE_CARDS_PICTURE_HELPER", real, TRUE);
  g_clear_object (&image);
  image = make_red_square ();
  g_setenv ("VALUE_CARDS_PICTURE_HELPER", "/nonexistent/value-cards-picture-helper", TRUE);
  vc_image_set_image (VC_IMAGE (picture), image);
  g_assert_true (vc_test_wait_until (shows_missing, picture));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (picture), "A red square."));
  g_assert_false (is_red (centre_pixel (picture)));
  vc_test_save_screenshot (window, "picture-failed");

  g_setenv ("VALUE_CARDS_PICTURE_HELPER", real, TRUE);
  g_unlink (slow);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
both_drawn (gpointer data)
{
  GtkWidget **pictures = data;

  return vc_image_get_texture (VC_IMAGE (pictures[0])) != NULL &&
         vc_image_get_texture (VC_IMAGE (pictures[1])) != NULL;
}

static gboolean
has_texture (gpointer data)
{
  return vc_image_get_texture (data) != NULL;
}

static void
test_shared_texture (void)
{
  static const char svg[] = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 300'>"
                            "<rect width='400' height='300' fill='#ff0000'/></svg>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeckImage) image = vc_deck_image_new_from_bytes (bytes, &error);
  g_autoptr(VcDeckImage) other = vc_deck_image_new_from_bytes (bytes, &error);
  GtkWidget *window, *box, *pictures[3];
  GdkTexture *texture;

  g_assert_no_error (error);

  /* Two of one picture at the same size, and the same drawing as another
   * picture of a deck, beside them. */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 200);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_window_set_child (GTK_WINDOW (window), box);
  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      pictures[i] = vc_image_new (i < 2 ? image : other);
      gtk_widget_set_hexpand (pictures[i], TRUE);
      gtk_box_append (GTK_BOX (box), pictures[i]);
    }
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (both_drawn, pictures));
  g_assert_true (vc_test_wait_until (has_texture, pictures[2]));

  texture = vc_image_get_texture (VC_IMAGE (pictures[0]));
  g_assert_true (vc_image_get_texture (VC_IMAGE (pictures[1])) == texture);
  g_assert_true (vc_image_get_texture (VC_IMAGE (pictures[2])) != texture);
  g_assert_true (is_red (centre_pixel (pictures[1])));

  /* Hidden, a picture lets go of its pixels; the one still shown keeps
   * them, and the hidden one takes them again when it is shown. */
  gtk_widget_set_visible (pictures[0], FALSE);
  g_assert_null (vc_image_get_texture (VC_IMAGE (pictures[0])));
  g_assert_true (vc_image_get_texture (VC_IMAGE (pictures[1])) == texture);
  gtk_widget_set_visible (pictures[0], TRUE);
  g_assert_true (vc_test_wait_until (has_texture, pictures[0]));
  g_assert_true (vc_image_get_texture (VC_IMAGE (pictures[0])) == texture);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/picture-view/slow-picture", test_slow_picture);
  g_test_add_func ("/picture-view/shared-texture", test_shared_texture);

  return g_test_run ();
}
