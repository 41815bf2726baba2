/* vc-plan-dialog.h
 *
 * Planning a meeting before it starts: the format, how many take part, and
 * how long each step may take.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-deck.h"
#include "vc-format-run.h"

G_BEGIN_DECLS

#define VC_TYPE_PLAN_DIALOG (vc_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VcPlanDialog, vc_plan_dialog, VC, PLAN_DIALOG, AdwWindow)

GtkWidget   *vc_plan_dialog_new           (GtkWindow    *parent,
                                           VcDeck       *deck,
                                           GPtrArray    *formats,
                                           guint         people);
VcFormatRun *vc_plan_dialog_get_run       (VcPlanDialog *self);
gboolean     vc_plan_dialog_select_format (VcPlanDialog *self,
                                           const char   *format_id);

G_END_DECLS
