/* vc-format-run.h
 *
 * A format as it is run at a meeting: the plan for the people and groups
 * there, where the meeting is, and how long each step really took.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-format.h"
#include "vc-timer.h"

G_BEGIN_DECLS

#define VC_TYPE_FORMAT_RUN (vc_format_run_get_type ())

G_DECLARE_FINAL_TYPE (VcFormatRun, vc_format_run, VC, FORMAT_RUN, GObject)

VcFormatRun  *vc_format_run_new                (VcFormat     *format,
                                                guint         people,
                                                guint         groups);
void          vc_format_run_set_clock          (VcFormatRun  *self,
                                                VcClockFunc   clock,
                                                gpointer      user_data);
VcFormat     *vc_format_run_get_format         (VcFormatRun  *self);

/* The plan */
guint         vc_format_run_get_people         (VcFormatRun  *self);
void          vc_format_run_set_people         (VcFormatRun  *self,
                                                guint         people);
guint         vc_format_run_get_groups         (VcFormatRun  *self);
void          vc_format_run_set_groups         (VcFormatRun  *self,
                                                guint         groups);
void          vc_format_run_set_names          (VcFormatRun  *self,
                                                const char * const *names);
guint         vc_format_run_get_n_turns        (VcFormatRun  *self,
                                                guint         step);
gint64        vc_format_run_get_planned        (VcFormatRun  *self,
                                                guint         step);
void          vc_format_run_set_planned        (VcFormatRun  *self,
                                                guint         step,
                                                gint64        seconds);
gboolean      vc_format_run_is_planned_changed (VcFormatRun  *self,
                                                guint         step);
gint64        vc_format_run_get_planned_total  (VcFormatRun  *self);

/* Running */
void          vc_format_run_start              (VcFormatRun  *self);
void          vc_format_run_pause              (VcFormatRun  *self);
gboolean      vc_format_run_is_running         (VcFormatRun  *self);
gboolean      vc_format_run_is_started         (VcFormatRun  *self);
gboolean      vc_format_run_is_finished        (VcFormatRun  *self);
guint         vc_format_run_get_current_step   (VcFormatRun  *self);
guint         vc_format_run_get_current_turn   (VcFormatRun  *self);
const VcFormatStep *vc_format_run_get_step     (VcFormatRun  *self);
void          vc_format_run_next               (VcFormatRun  *self);
void          vc_format_run_next_step          (VcFormatRun  *self);
void          vc_format_run_previous_step      (VcFormatRun  *self);
void          vc_format_run_skip               (VcFormatRun  *self);
void          vc_format_run_add_minute         (VcFormatRun  *self);
void          vc_format_run_set_auto_advance   (VcFormatRun  *self,
                                                gboolean      auto_advance);
gboolean      vc_format_run_get_auto_advance   (VcFormatRun  *self);
gboolean      vc_format_run_tick               (VcFormatRun  *self);
gint64        vc_format_run_get_remaining      (VcFormatRun  *self);
gint64        vc_format_run_get_step_remaining (VcFormatRun  *self);
VcTimerState  vc_format_run_get_state          (VcFormatRun  *self);
char         *vc_format_run_format_remaining   (VcFormatRun  *self);
char         *vc_format_run_dup_turn_text      (VcFormatRun  *self);
char         *vc_format_run_dup_next_turn_text (VcFormatRun  *self);

/* What happened */
gint64        vc_format_run_get_actual         (VcFormatRun  *self,
                                                guint         step);
gint64        vc_format_run_get_actual_total   (VcFormatRun  *self);
gboolean      vc_format_run_is_skipped         (VcFormatRun  *self,
                                                guint         step);
void          vc_format_run_restore            (VcFormatRun  *self,
                                                guint         step,
                                                guint         turn,
                                                const gint64 *actual,
                                                const gint64 *planned,
                                                const gboolean *skipped);

G_END_DECLS
