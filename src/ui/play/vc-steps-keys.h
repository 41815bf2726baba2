/* vc-steps-keys.h
 *
 * The keys that move a meeting in a format on.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-steps-panel.h"

G_BEGIN_DECLS

void     vc_steps_keys_install (GtkWidgetClass              *widget_class,
                                const char                  *group,
                                GtkWidgetActionActivateFunc  activate);
gboolean vc_steps_keys_forward (VcStepsPanel                *panel,
                                const char                  *action_name);

void     vc_steps_keys_add_shortcuts (GtkShortcutController *controller,
                                      GtkShortcutFunc        callback,
                                      gpointer               data);

G_END_DECLS
