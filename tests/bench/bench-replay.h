/* bench-replay.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _FrameRecorder FrameRecorder;

FrameRecorder *frame_recorder_new   (GtkWidget     *window);
void           frame_recorder_begin (FrameRecorder *recorder);
void           frame_recorder_keep  (FrameRecorder *recorder);
void           frame_recorder_free  (FrameRecorder *recorder);
gboolean       replay_frames        (FrameRecorder *recorder,
                                     guint          n_warm_up,
                                     guint          gap_ms,
                                     double        *times,
                                     guint          n_times);

G_END_DECLS
