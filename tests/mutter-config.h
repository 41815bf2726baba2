/* mutter-config.h
 *
 * Changes the monitors of the mutter that the tests run under.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vc_test_mutter_available    (void);
gboolean vc_test_mutter_use_monitors (guint     n,
                                      GError  **error);
gboolean vc_test_mutter_mirror       (GError  **error);

G_END_DECLS
