/* bench-frames.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FRAME_TIMEOUT_S 5

typedef struct
{
  GdkFrameClock *clock;
  gint64         frame_begin;  /* when the frame under way began, or 0 */
  gint64         since;        /* frames that began before this do not count */
  gint64         painted;      /* when a frame that counts was painted, or 0 */
  guint          n_frames;
} FrameWatch;

void     frame_watch_start (FrameWatch  *watch,
                            GtkWidget   *window);
void     frame_watch_stop  (FrameWatch  *watch);
gboolean run_until         (gboolean   (*done) (gpointer),
                            gpointer     data,
                            guint        timeout_ms);
void     run_for           (guint        ms);
gint64   wait_for_frame    (FrameWatch  *watch,
                            gint64       since);
int      compare_doubles   (gconstpointer a,
                            gconstpointer b);
double   median            (const double *sorted,
                            guint         n);
double   percentile        (const double *sorted,
                            guint         n,
                            double        p);
void     print_skipped     (const char   *name,
                            const char   *reason);

void     use_app_style     (void);

G_END_DECLS
