/* vc-steps-panel.h
 *
 * The facilitator's steps during a meeting run in a format: where the
 * meeting is, the time left, whose turn it is, and each small group's
 * notes.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vc-deck.h"
#include "vc-format-run.h"
#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_STEPS_PANEL (vc_steps_panel_get_type ())

G_DECLARE_FINAL_TYPE (VcStepsPanel, vc_steps_panel, VC, STEPS_PANEL, GtkWidget)

GtkWidget   *vc_steps_panel_new     (void);
void         vc_steps_panel_set_run (VcStepsPanel *self,
                                     VcFormatRun  *run,
                                     VcSession    *session,
                                     VcDeck       *deck);
VcFormatRun *vc_steps_panel_get_run (VcStepsPanel *self);
void         vc_steps_panel_record  (VcStepsPanel *self);

G_END_DECLS
