/* vc-timer.h
 *
 * The exercise timer: counts down on the monotonic clock, then counts on.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  VC_TIMER_STATE_PLENTY,     /*< nick=plenty >*/
  VC_TIMER_STATE_LOW,        /*< nick=low >*/
  VC_TIMER_STATE_OVERTIME,   /*< nick=overtime >*/
} VcTimerState;

/* Microseconds from any fixed point, like g_get_monotonic_time(). */
typedef gint64 (*VcClockFunc) (gpointer user_data);

#define VC_TYPE_TIMER (vc_timer_get_type ())

G_DECLARE_FINAL_TYPE (VcTimer, vc_timer, VC, TIMER, GObject)

VcTimer      *vc_timer_new               (gint64        duration_seconds);
void          vc_timer_set_clock         (VcTimer      *self,
                                          VcClockFunc   clock,
                                          gpointer      user_data);
gint64        vc_timer_get_duration      (VcTimer      *self);
void          vc_timer_set_duration      (VcTimer      *self,
                                          gint64        seconds);
void          vc_timer_start             (VcTimer      *self);
void          vc_timer_pause             (VcTimer      *self);
void          vc_timer_reset             (VcTimer      *self);
void          vc_timer_add_minute        (VcTimer      *self);
gboolean      vc_timer_is_running        (VcTimer      *self);
gint64        vc_timer_get_elapsed_seconds (VcTimer    *self);
gint64        vc_timer_get_remaining_seconds (VcTimer  *self);
VcTimerState  vc_timer_get_state         (VcTimer      *self);
char         *vc_timer_format_remaining  (VcTimer      *self);

G_END_DECLS
