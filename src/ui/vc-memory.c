/* vc-memory.c
 *
 * Gives memory that has been freed back to the system once the app has
 * finished building or drawing something.
 *
 * Reading the decks, building a page and drawing its pictures make many
 * short-lived allocations. The C library keeps what they freed for later,
 * scattered between what is still in use, so that a whole values game
 * would go on holding some 15 MB it no longer needs: on a shared laptop
 * with the browser open beside the app, that is memory the others lack.
 *
 * Under X11, each frame goes to the X server through memory the two
 * share. cairo keeps that memory between frames, and after a frame that
 * drew part of a window it keeps it until the next one: after a values
 * game in a 1920x1080 window, 13 MB, and more on a 4K projector. The
 * memory is worth keeping while frames follow each other, not while the
 * group talks about the card on the screen.
 *
 * Half a second after the last page was built, the decks were read or a
 * window drew, when nothing else is happening, both go back.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#ifdef HAVE_MALLOC_TRIM
# include <malloc.h>
#endif

#include <gtk/gtk.h>
#ifdef HAVE_X11_FRAME_MEMORY
# include <gdk/x11/gdkx.h>
# include <cairo-xlib.h>
#endif

#include "vc-memory.h"

#define TRIM_DELAY_MS 500

static guint    trim_id;
static guint    keep_frames;
static gboolean trim_requested;
static gboolean trim_frames;
static gint64   last_frame_us;

static gboolean trim_now (gpointer data);

static void
schedule_trim (guint delay_ms)
{
  if (trim_id != 0)
    g_source_remove (trim_id);
  trim_id = g_timeout_add_full (G_PRIORITY_LOW, delay_ms, trim_now, NULL, NULL);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, trim_id), "[value-cards] trim memory");
}

#ifdef HAVE_X11_FRAME_MEMORY
/* cairo frees a block of the shared memory once the X server has read
 * it, and a whole segment once all its blocks are free, but it looks only
 * when it next needs a block, or gives back one that was never sent.
 * After the last frame it is never asked again. So: wait for the server
 * to have read every frame sent, then take one small block and give it
 * back unsent. That frees what the server has read, and every segment
 * left empty goes back to the system. The next frame makes a new one. */
static void
release_frame_memory (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  Display *xdisplay;
  cairo_surface_t *root;
  cairo_surface_t *block;

  if (!GDK_IS_X11_DISPLAY (display))
    return;

  xdisplay = gdk_x11_display_get_xdisplay (display);
  gdk_display_sync (display);

  root = cairo_xlib_surface_create (xdisplay,
                                    DefaultRootWindow (xdisplay),
                                    DefaultVisual (xdisplay, DefaultScreen (xdisplay)),
                                    1, 1);
  block = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 16, 16);
  cairo_surface_destroy (block);
  cairo_surface_destroy (root);
}
#endif

static gboolean
trim_now (gpointer data)
{
  gint64 idle_us = g_get_monotonic_time () - last_frame_us;

  trim_id = 0;

  /* Frames kept and nothing else asked for: vc_memory_keep_frames() plans
   * the trim again once they need not be kept. */
  if (!trim_requested && keep_frames > 0)
    return G_SOURCE_REMOVE;

  /* Planned only because windows drew: wait until they have been still
   * for the whole delay, so that frames in quick succession, such as the
   * cards of a meeting, keep their memory. */
  if (!trim_requested && trim_frames && idle_us < TRIM_DELAY_MS * G_TIME_SPAN_MILLISECOND)
    {
      schedule_trim (TRIM_DELAY_MS - idle_us / G_TIME_SPAN_MILLISECOND);
      return G_SOURCE_REMOVE;
    }

#ifdef HAVE_MALLOC_TRIM
  if (trim_requested)
    malloc_trim (0);
#endif
#ifdef HAVE_X11_FRAME_MEMORY
  if (trim_frames && keep_frames == 0)
    release_frame_memory ();
#endif
  trim_requested = FALSE;
  /* Kept: given back once they need not be. */
  trim_frames = trim_frames && keep_frames > 0;

  return G_SOURCE_REMOVE;
}

/**
 * vc_memory_trim_soon:
 *
 * Asks for the memory freed so far to go back to the system when the app
 * has been idle for a moment, that of the frames drawn so far included.
 * Calls close together make one trim.
 */
void
vc_memory_trim_soon (void)
{
  trim_requested = TRUE;
  schedule_trim (TRIM_DELAY_MS);
}

#ifdef HAVE_X11_FRAME_MEMORY
static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  last_frame_us = g_get_monotonic_time ();
  trim_frames = TRUE;
  /* Planned once for a run of frames; trim_now() waits for its end. */
  if (trim_id == 0 && keep_frames == 0)
    schedule_trim (TRIM_DELAY_MS);
}

static void
on_window_realize (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

static void
watch_window (GtkWindow *window)
{
  if (g_object_get_data (G_OBJECT (window), "vc-memory-watched") != NULL)
    return;
  g_object_set_data (G_OBJECT (window), "vc-memory-watched", GINT_TO_POINTER (TRUE));

  g_signal_connect (window, "realize", G_CALLBACK (on_window_realize), NULL);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_window_realize (GTK_WIDGET (window), NULL);
}

static void
on_toplevels_changed (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_window (window);
    }
}
#endif

/**
 * vc_memory_keep_frames:
 * @keep: whether to keep the memory of the frames
 *
 * Keeps the memory the frames leave behind while the room sees the cards.
 * The first frame after it was given back costs the time to take it again:
 * for a 4K projector, the 30 MB of the frame, over a tenth of a second
 * where page faults are slow, that the room would see at the first card after every
 * discussion. Calls with %TRUE and %FALSE pair up; after the last %FALSE
 * the memory goes back once the windows are still.
 */
void
vc_memory_keep_frames (gboolean keep)
{
  if (keep)
    {
      keep_frames++;
      return;
    }

  g_return_if_fail (keep_frames > 0);
  if (--keep_frames == 0 && trim_frames && trim_id == 0)
    schedule_trim (TRIM_DELAY_MS);
}

/**
 * vc_memory_watch_windows:
 *
 * Gives the memory that the frames of the app's windows leave behind
 * back to the system once they have all stopped drawing for a moment:
 * the windows open now and those opened later, dialogs included. Does
 * nothing where the frames leave none behind (Wayland keeps one buffer
 * per window, in use). Calls after the first do nothing.
 */
void
vc_memory_watch_windows (void)
{
#ifdef HAVE_X11_FRAME_MEMORY
  static gboolean watching;
  GListModel *toplevels;

  if (watching || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return;
  watching = TRUE;

  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (on_toplevels_changed), NULL);
  on_toplevels_changed (toplevels, 0, 0, g_list_model_get_n_items (toplevels), NULL);
#endif
}
