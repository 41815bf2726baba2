/* vc-timer.c
 *
 * The exercise timer: counts down on the monotonic clock, then counts on.
 *
 * The timer keeps no ticking source of its own: it remembers when it was
 * started and how much had run before, and works out the rest whenever it
 * is asked. The view that shows it decides how often to ask. Time comes
 * from the monotonic clock, so that a laptop adjusting its wall clock
 * mid-meeting never makes the group lose or gain minutes; tests put in a
 * clock of their own.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include "vc-timer.h"

struct _VcTimer
{
  GObject      parent_instance;

  gint64       duration;
  /* Microseconds run in earlier stretches, and the clock's reading when
   * the current stretch began. */
  gint64       elapsed_before;
  gint64       started_at;
  gboolean     running;

  VcClockFunc  clock;
  gpointer     clock_data;
};

G_DEFINE_FINAL_TYPE (VcTimer, vc_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
read_clock (VcTimer *self)
{
  return self->clock (self->clock_data);
}

/* Microseconds run so far. A clock that steps back (only a broken injected
 * one can) counts as standing still rather than as time given back. */
static gint64
elapsed_usec (VcTimer *self)
{
  gint64 elapsed = self->elapsed_before;

  if (self->running)
    elapsed += MAX (read_clock (self) - self->started_at, 0);

  return elapsed;
}

static void
set_running (VcTimer  *self,
             gboolean  running)
{
  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
vc_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VcTimer *self = VC_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_timer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  VcTimer *self = VC_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      vc_timer_set_duration (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_timer_class_init (VcTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = vc_timer_get_property;
  object_class->set_property = vc_timer_set_property;

  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        0, G_MAXINT32, 15 * 60,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vc_timer_init (VcTimer *self)
{
  self->duration = 15 * 60;
  self->clock = monotonic_clock;
}

/**
 * vc_timer_new:
 * @duration_seconds: how long the exercise should take
 *
 * Returns: (transfer full): a stopped timer at zero
 */
VcTimer *
vc_timer_new (gint64 duration_seconds)
{
  g_return_val_if_fail (duration_seconds >= 0, NULL);

  return g_object_new (VC_TYPE_TIMER,
                       "duration", CLAMP (duration_seconds, 0, G_MAXINT32),
                       NULL);
}

/**
 * vc_timer_set_clock:
 * @self: a #VcTimer
 * @clock: (nullable): a clock in microseconds, or %NULL for the monotonic
 *   clock
 * @user_data: data for @clock
 *
 * A running timer keeps the time it has run so far and goes on from the
 * new clock's present reading.
 */
void
vc_timer_set_clock (VcTimer     *self,
                    VcClockFunc  clock,
                    gpointer     user_data)
{
  g_return_if_fail (VC_IS_TIMER (self));

  if (self->running)
    self->elapsed_before = elapsed_usec (self);

  self->clock = clock != NULL ? clock : monotonic_clock;
  self->clock_data = clock != NULL ? user_data : NULL;

  if (self->running)
    self->started_at = read_clock (self);
}

gint64
vc_timer_get_duration (VcTimer *self)
{
  g_return_val_if_fail (VC_IS_TIMER (self), 0);
  return self->duration;
}

void
vc_timer_set_duration (VcTimer *self,
                       gint64   seconds)
{
  g_return_if_fail (VC_IS_TIMER (self));
  g_return_if_fail (seconds >= 0);

  seconds = MIN (seconds, G_MAXINT32);
  if (self->duration == seconds)
    return;

  self->duration = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

void
vc_timer_start (VcTimer *self)
{
  g_return_if_fail (VC_IS_TIMER (self));

  if (self->running)
    return;

  self->started_at = read_clock (self);
  set_running (self, TRUE);
}

void
vc_timer_pause (VcTimer *self)
{
  g_return_if_fail (VC_IS_TIMER (self));

  if (!self->running)
    return;

  self->elapsed_before = elapsed_usec (self);
  set_running (self, FALSE);
}

/**
 * vc_timer_reset:
 * @self: a #VcTimer
 *
 * Stops the timer and puts it back to zero; the duration stays, including
 * any minutes added.
 */
void
vc_timer_reset (VcTimer *self)
{
  g_return_if_fail (VC_IS_TIMER (self));

  self->elapsed_before = 0;
  set_running (self, FALSE);
}

/**
 * vc_timer_add_minute:
 * @self: a #VcTimer
 *
 * Gives the group one more minute, also when it is already over time.
 */
void
vc_timer_add_minute (VcTimer *self)
{
  g_return_if_fail (VC_IS_TIMER (self));

  vc_timer_set_duration (self, self->duration + 60);
}

gboolean
vc_timer_is_running (VcTimer *self)
{
  g_return_val_if_fail (VC_IS_TIMER (self), FALSE);
  return self->running;
}

/**
 * vc_timer_get_elapsed_seconds:
 * @self: a #VcTimer
 *
 * Returns: whole seconds run so far
 */
gint64
vc_timer_get_elapsed_seconds (VcTimer *self)
{
  g_return_val_if_fail (VC_IS_TIMER (self), 0);
  return elapsed_usec (self) / G_USEC_PER_SEC;
}

/**
 * vc_timer_get_remaining_seconds:
 * @self: a #VcTimer
 *
 * Returns: seconds left, negative once over time
 */
gint64
vc_timer_get_remaining_seconds (VcTimer *self)
{
  g_return_val_if_fail (VC_IS_TIMER (self), 0);
  return self->duration - vc_timer_get_elapsed_seconds (self);
}

/**
 * vc_timer_get_state:
 * @self: a #VcTimer
 *
 * The last fifth of the time, and at least the last minute, is low, so
 * that a short exercise still gets a warning the group can act on.
 *
 * Returns: how much time is left, roughly
 */
VcTimerState
vc_timer_get_state (VcTimer *self)
{
  gint64 remaining;

  g_return_val_if_fail (VC_IS_TIMER (self), VC_TIMER_STATE_PLENTY);

  remaining = vc_timer_get_remaining_seconds (self);
  if (remaining < 0)
    return VC_TIMER_STATE_OVERTIME;
  if (remaining <= MAX (60, self->duration / 5))
    return VC_TIMER_STATE_LOW;
  return VC_TIMER_STATE_PLENTY;
}

/**
 * vc_timer_format_remaining:
 * @self: a #VcTimer
 *
 * Minutes and seconds left, as "12:05" or "05:00"; hours are added past an
 * hour, as "1:02:03"; time over is counted up with a plus sign, as "+01:30".
 * Digits and colons only, so that it needs no translation.
 *
 * Returns: (transfer full): the time left, for display
 */
char *
vc_timer_format_remaining (VcTimer *self)
{
  gint64 remaining;
  gint64 seconds;
  const char *sign;

  g_return_val_if_fail (VC_IS_TIMER (self), NULL);

  remaining = vc_timer_get_remaining_seconds (self);
  sign = remaining < 0 ? "+" : "";
  seconds = ABS (remaining);

  if (seconds >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02d:%02d", sign,
                            seconds / 3600, (int)(seconds / 60 % 60), (int)(seconds % 60));

  return g_strdup_printf ("%s%02d:%02d", sign, (int)(seconds / 60), (int)(seconds % 60));
}
