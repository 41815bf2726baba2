/* bench-frames.c
 *
 * What the benchmarks that time frames share: following a window's
 * frames, waiting without polling, and summing up the times taken.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench-frames.h"

/* A FrameWatch follows the frames of a window: when each began, and when
 * the first one that began after a given moment was painted. */

static const char * const phase_signals[] = {
  "flush-events", "before-paint", "update", "layout", "paint",
};

static void
on_phase (GdkFrameClock *clock,
          FrameWatch    *watch)
{
  if (watch->frame_begin == 0)
    watch->frame_begin = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameWatch    *watch)
{
  gint64 now = g_get_monotonic_time ();

  /* A frame that ran none of the phases before this one drew nothing. */
  if (watch->frame_begin != 0 && watch->frame_begin >= watch->since && watch->painted == 0)
    watch->painted = now;

  watch->frame_begin = 0;
  watch->n_frames++;
}

void
frame_watch_start (FrameWatch *watch,
                   GtkWidget  *window)
{
  memset (watch, 0, sizeof *watch);
  watch->clock = g_object_ref (gtk_widget_get_frame_clock (window));

  for (guint i = 0; i < G_N_ELEMENTS (phase_signals); i++)
    g_signal_connect (watch->clock, phase_signals[i], G_CALLBACK (on_phase), watch);
  g_signal_connect (watch->clock, "after-paint", G_CALLBACK (on_after_paint), watch);
}

void
frame_watch_stop (FrameWatch *watch)
{
  if (watch->clock == NULL)
    return;

  g_signal_handlers_disconnect_by_data (watch->clock, watch);
  g_clear_object (&watch->clock);
}

static gboolean
on_deadline (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so or @timeout_ms have passed. The
 * loop blocks between events rather than polling, so that waiting adds
 * nothing to what is measured. */
gboolean
run_until (gboolean (*done) (gpointer),
           gpointer   data,
           guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint deadline_id = g_timeout_add (timeout_ms, on_deadline, &timed_out);

  while ((done == NULL || !done (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (deadline_id);

  return done != NULL && done (data);
}

void
run_for (guint ms)
{
  run_until (NULL, NULL, ms);
}

static gboolean
frame_painted (gpointer data)
{
  return ((FrameWatch *)data)->painted != 0;
}

/* Waits for a frame that began at @since or later to be painted, and
 * returns when it was, or 0. */
gint64
wait_for_frame (FrameWatch *watch,
                gint64      since)
{
  watch->since = since;
  watch->painted = 0;

  if (!run_until (frame_painted, watch, FRAME_TIMEOUT_S * 1000))
    return 0;

  return watch->painted;
}

int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

double
median (const double *sorted,
        guint         n)
{
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

/* The nearest-rank percentile. */
double
percentile (const double *sorted,
            guint         n,
            double        p)
{
  guint rank = (guint)ceil (p / 100.0 * n);

  return sorted[CLAMP (rank, 1, n) - 1];
}

void
print_skipped (const char *name,
               const char *reason)
{
  printf ("BENCH %s skipped: %s\n", name, reason);
  fflush (stdout);
}


/* What AdwApplication does for the app: its icons and its style sheet
 * come from its resources. */
void
use_app_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    APP_PATH "/icons");
  gtk_css_provider_load_from_resource (css, APP_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
