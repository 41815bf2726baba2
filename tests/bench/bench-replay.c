/* bench-replay.c
 *
 * The frames a window drew, drawn again by GTK alone: the least time the
 * same pictures take on this machine, whatever the app does to make them.
 *
 * A FrameRecorder keeps the render node of every frame a window draws
 * while a benchmark times it, and marks the frame that showed each move.
 * replay_frames() then shows those nodes one after the other in a plain
 * window of the same size, with the same pause before each move, and
 * times each move's frame as the benchmark timed the window's: no key,
 * no layout, no style, only GTK comparing the nodes, drawing what changed
 * and handing it to the display. What it leaves out is the app's own
 * share of each move; it also leaves out the rare move that meets a frame
 * of the room's clock, which it draws between moves.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "bench-frames.h"
#include "bench-replay.h"

#define KEEP_TIMEOUT_MS 1000

typedef struct
{
  GskRenderNode *node;
  gboolean       timed;  /* the frame that showed a move */
} Frame;

struct _FrameRecorder
{
  GdkPaintable *paintable;
  GArray       *frames;
  int           width;
  int           height;
  gboolean      moved;   /* the next frame shows a move */
  gboolean      kept;    /* that frame was kept */
  gboolean      failed;
};

static void
clear_frame (Frame *frame)
{
  gsk_render_node_unref (frame->node);
}

/* GTK hands each frame a window draws to its paintables just after the
 * frame. Every frame is kept, also those between moves (the room's timer
 * changes a frame after the card): drawn again without them, the timed
 * frames would each draw more than they did. */
static void
on_contents_changed (GdkPaintable  *paintable,
                     FrameRecorder *recorder)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  Frame frame;

  gdk_paintable_snapshot (paintable, snapshot, recorder->width, recorder->height);
  frame.node = gtk_snapshot_free_to_node (snapshot);
  if (frame.node == NULL)
    return;

  frame.timed = recorder->moved;
  recorder->kept |= recorder->moved;
  recorder->moved = FALSE;
  g_array_append_val (recorder->frames, frame);
}

FrameRecorder *
frame_recorder_new (GtkWidget *window)
{
  FrameRecorder *recorder = g_new0 (FrameRecorder, 1);

  recorder->paintable = gtk_widget_paintable_new (window);
  recorder->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (recorder->frames, (GDestroyNotify) clear_frame);
  recorder->width = gtk_widget_get_width (window);
  recorder->height = gtk_widget_get_height (window);
  g_signal_connect (recorder->paintable, "invalidate-contents", G_CALLBACK (on_contents_changed), recorder);

  return recorder;
}

/* Before a move: the next frame is the one that shows it. */
void
frame_recorder_begin (FrameRecorder *recorder)
{
  recorder->moved = TRUE;
  recorder->kept = FALSE;
}

static gboolean
is_kept (gpointer data)
{
  return ((FrameRecorder *)data)->kept;
}

/* After the frame that shows a move: waits for it to be kept. A frame
 * that could not be kept only leaves the replay out. */
void
frame_recorder_keep (FrameRecorder *recorder)
{
  if (!run_until (is_kept, recorder, KEEP_TIMEOUT_MS))
    recorder->failed = TRUE;
}

void
frame_recorder_free (FrameRecorder *recorder)
{
  g_signal_handlers_disconnect_by_data (recorder->paintable, recorder);
  g_object_unref (recorder->paintable);
  g_array_unref (recorder->frames);
  g_free (recorder);
}

/* A widget that draws one recorded node. */

#define REPLAY_TYPE_VIEW (replay_view_get_type ())
G_DECLARE_FINAL_TYPE (ReplayView, replay_view, REPLAY, VIEW, GtkWidget)

struct _ReplayView
{
  GtkWidget      parent_instance;
  GskRenderNode *node;
};

G_DEFINE_FINAL_TYPE (ReplayView, replay_view, GTK_TYPE_WIDGET)

static void
replay_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  ReplayView *self = REPLAY_VIEW (widget);

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
}

static void
replay_view_class_init (ReplayViewClass *klass)
{
  GTK_WIDGET_CLASS (klass)->snapshot = replay_view_snapshot;
}

static void
replay_view_init (ReplayView *self)
{
}

static void
replay_view_show (ReplayView    *self,
                  GskRenderNode *node)
{
  self->node = node;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows the recorded frames in turn, in a window of the recorded one's
 * size, with @gap_ms after each move's frames, and times each move's
 * frame after the first @n_warm_up up to when it was drawn: @n_times
 * moves, in @times, sorted. */
gboolean
replay_frames (FrameRecorder *recorder,
               guint          n_warm_up,
               guint          gap_ms,
               double        *times,
               guint          n_times)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWidget *window;
  ReplayView *view;
  gboolean ok = TRUE;
  guint n_timed = 0;
  FrameWatch watch;

  if (recorder->failed || recorder->frames->len == 0)
    return FALSE;

  window = gtk_window_new ();
  view = g_object_new (REPLAY_TYPE_VIEW, NULL);

  /* The window itself draws nothing, as the room's does not. */
  gtk_css_provider_load_from_data (css, "window.bench-replay { background: none; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_add_css_class (window, "bench-replay");
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), recorder->width, recorder->height);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  replay_view_show (view, g_array_index (recorder->frames, Frame, 0).node);
  gtk_window_present (GTK_WINDOW (window));
  frame_watch_start (&watch, window);
  if (wait_for_frame (&watch, 0) == 0)
    ok = FALSE;
  run_for (gap_ms);

  for (guint i = 0; ok && i < recorder->frames->len; i++)
    {
      Frame *frame = &g_array_index (recorder->frames, Frame, i);
      gint64 start, painted;

      /* A frame between moves follows the move's frame at once. */
      if (frame->timed)
        run_for (gap_ms);
      start = g_get_monotonic_time ();
      replay_view_show (view, frame->node);
      painted = wait_for_frame (&watch, start);
      if (painted == 0)
        ok = FALSE;
      else if (frame->timed && n_timed++ >= n_warm_up && n_timed - n_warm_up <= n_times)
        times[n_timed - 1 - n_warm_up] = (painted - start) / 1000.0;
    }

  frame_watch_stop (&watch);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  if (!ok || n_timed != n_warm_up + n_times)
    return FALSE;

  qsort (times, n_times, sizeof (double), compare_doubles);
  return TRUE;
}
