/* vc-settings.h
 *
 * The app's preferences, in one place, backed by GSettings.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VC_TYPE_SETTINGS (vc_settings_get_type ())

G_DECLARE_FINAL_TYPE (VcSettings, vc_settings, VC, SETTINGS, GObject)

VcSettings *vc_settings_new               (void);
char      **vc_settings_dup_recent_decks  (VcSettings *self);
void        vc_settings_add_recent_deck   (VcSettings *self,
                                           GFile      *file);
const char *vc_settings_get_color_scheme  (VcSettings *self);
gboolean    vc_settings_get_board_instructions (VcSettings *self);
void        vc_settings_set_board_instructions (VcSettings *self,
                                                gboolean    expanded);

G_END_DECLS
