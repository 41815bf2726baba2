/* vc-memory.h
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vc_memory_trim_soon     (void);
void vc_memory_watch_windows (void);
void vc_memory_keep_frames    (gboolean keep);

G_END_DECLS
