/* vc-chime.h
 *
 * The soft chime at the end of a meeting step.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-settings.h"

G_BEGIN_DECLS

gboolean vc_chime_play      (GtkWidget  *widget,
                             VcSettings *settings);
guint    vc_chime_get_count (void);

G_END_DECLS
