/* vc-screens.h
 *
 * Which screen is the projector: the rules, on plain descriptions of the
 * monitors, so that they can be tested without any.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *connector;     /* "eDP-1", "HDMI-1"; may be NULL */
  const char *manufacturer;  /* may be NULL */
  const char *model;         /* may be NULL */
  int         x, y, width, height;
} VcScreenInfo;

#define VC_SCREEN_NONE (-1)

gboolean vc_screen_is_builtin         (const VcScreenInfo *screen);
char    *vc_screen_dup_key            (const VcScreenInfo *screen);
gboolean vc_screen_matches_key        (const VcScreenInfo *screen,
                                       const char         *key);
int      vc_screens_choose_projector  (const VcScreenInfo *screens,
                                       guint               n_screens,
                                       int                 facilitator,
                                       const char         *remembered);
gboolean vc_screens_are_mirrored      (const VcScreenInfo *screens,
                                       guint               n_screens);
int      vc_screens_other             (const VcScreenInfo *screens,
                                       guint               n_screens,
                                       int                 projector,
                                       int                 facilitator);

G_END_DECLS
