/* vc-format-run.c
 *
 * A format as it is run: the plan for the people there, and the clock.
 *
 * A step with turns (each person, each group, each set of chairs) shares its
 * minutes out among them; the countdown the room sees is the turn's. When a
 * turn's or a step's time is up, "time-up" is emitted once, for a soft
 * chime; the meeting moves on only when the facilitator moves it on, or by
 * itself when they switched that on.
 *
 * Time is kept in microseconds on a clock that can be replaced, so the
 * rules can be tested without waiting.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-format"

#include "config.h"

#include "vc-format-run.h"

struct _VcFormatRun
{
  GObject      parent_instance;

  VcFormat    *format;
  guint        people;
  guint        groups;
  char       **names;

  guint        n_steps;
  gint64      *planned;        /* seconds; 0 when the format's own rule stands */
  gint64      *actual;         /* microseconds */
  gboolean    *skipped;

  VcClockFunc  clock;
  gpointer     clock_data;

  gboolean     started;
  gboolean     running;
  gboolean     auto_advance;
  guint        step;           /* n_steps once the last step is done */
  guint        turn;
  gint64       mark;           /* clock time the running period began */
  gint64       elapsed;        /* microseconds in this turn before mark */
  gint64       extra;          /* seconds added to this turn */
  gboolean     time_up;        /* "time-up" emitted for this turn */
};

G_DEFINE_FINAL_TYPE (VcFormatRun, vc_format_run, G_TYPE_OBJECT)

enum {
  CHANGED,
  TIME_UP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static void
vc_format_run_finalize (GObject *object)
{
  VcFormatRun *self = VC_FORMAT_RUN (object);

  g_clear_object (&self->format);
  g_strfreev (self->names);
  g_free (self->planned);
  g_free (self->actual);
  g_free (self->skipped);

  G_OBJECT_CLASS (vc_format_run_parent_class)->finalize (object);
}

static void
vc_format_run_class_init (VcFormatRunClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_format_run_finalize;

  /**
   * VcFormatRun::changed:
   *
   * The plan, the step or the turn changed, or the clock was started or
   * paused. Not emitted as the seconds count down.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * VcFormatRun::time-up:
   * @step_ended: whether the whole step's time is up, not only a turn's
   *
   * The countdown reached zero; emitted once per turn.
   */
  signals[TIME_UP] = g_signal_new ("time-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
vc_format_run_init (VcFormatRun *self)
{
  self->clock = monotonic_clock;
}

/**
 * vc_format_run_new:
 *
 * Returns: (transfer full): a plan for @format with @people in @groups,
 *   not started
 */
VcFormatRun *
vc_format_run_new (VcFormat *format,
                   guint     people,
                   guint     groups)
{
  VcFormatRun *self;

  g_return_val_if_fail (VC_IS_FORMAT (format), NULL);

  self = g_object_new (VC_TYPE_FORMAT_RUN, NULL);
  self->format = g_object_ref (format);
  self->people = CLAMP (people, 1, VC_FORMAT_MAX_COUNT);
  self->groups = vc_format_has_groups (format) ? CLAMP (groups, 1, VC_FORMAT_MAX_COUNT) : 1;
  self->n_steps = vc_format_get_n_steps (format);
  self->planned = g_new0 (gint64, self->n_steps);
  self->actual = g_new0 (gint64, self->n_steps);
  self->skipped = g_new0 (gboolean, self->n_steps);
  return self;
}

void
vc_format_run_set_clock (VcFormatRun *self,
                         VcClockFunc  clock,
                         gpointer     user_data)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));
  g_return_if_fail (!self->running);

  self->clock = clock ? clock : monotonic_clock;
  self->clock_data = clock ? user_data : NULL;
}

/**
 * vc_format_run_get_format:
 *
 * Returns: (transfer none): the format being run
 */
VcFormat *
vc_format_run_get_format (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), NULL);
  return self->format;
}

static gint64
now (VcFormatRun *self)
{
  return self->clock (self->clock_data);
}

/* Books the time since the clock was last looked at to the turn and to its
 * step, so that whatever changes next starts from the present. */
static void
settle (VcFormatRun *self)
{
  gint64 t, spent;

  if (!self->running)
    return;
  t = now (self);
  spent = MAX (t - self->mark, 0);
  self->elapsed += spent;
  if (self->step < self->n_steps)
    self->actual[self->step] += spent;
  self->mark = t;
}

static void
emit_changed (VcFormatRun *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The plan */

guint
vc_format_run_get_people (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  return self->people;
}

void
vc_format_run_set_people (VcFormatRun *self,
                          guint        people)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  people = CLAMP (people, 1, VC_FORMAT_MAX_COUNT);
  if (people == self->people)
    return;
  settle (self);
  self->people = people;
  self->turn = MIN (self->turn, vc_format_run_get_n_turns (self, MIN (self->step, self->n_steps - 1)) - 1);
  emit_changed (self);
}

guint
vc_format_run_get_groups (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  return self->groups;
}

void
vc_format_run_set_groups (VcFormatRun *self,
                          guint        groups)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  groups = vc_format_has_groups (self->format) ? CLAMP (groups, 1, VC_FORMAT_MAX_COUNT) : 1;
  if (groups == self->groups)
    return;
  settle (self);
  self->groups = groups;
  self->turn = MIN (self->turn, vc_format_run_get_n_turns (self, MIN (self->step, self->n_steps - 1)) - 1);
  emit_changed (self);
}

/**
 * vc_format_run_set_names:
 * @names: (nullable) (array zero-terminated=1): the people there, in the
 *   order they speak, for a turn's text
 */
void
vc_format_run_set_names (VcFormatRun        *self,
                         const char * const *names)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  g_strfreev (self->names);
  self->names = names && names[0] ? g_strdupv ((char **)names) : NULL;
  emit_changed (self);
}

guint
vc_format_run_get_n_turns (VcFormatRun *self,
                           guint        step)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 1);
  g_return_val_if_fail (step < self->n_steps, 1);

  return vc_format_step_count_turns (vc_format_get_step (self->format, step),
                                     self->people, self->groups);
}

/**
 * vc_format_run_get_planned:
 *
 * Returns: the seconds planned for @step: as the facilitator set them, or
 *   by the format's rule for the people and groups there
 */
gint64
vc_format_run_get_planned (VcFormatRun *self,
                           guint        step)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  g_return_val_if_fail (step < self->n_steps, 0);

  if (self->planned[step] > 0)
    return self->planned[step];
  return vc_format_step_plan_seconds (vc_format_get_step (self->format, step),
                                      self->people, self->groups);
}

/**
 * vc_format_run_set_planned:
 * @seconds: the step's new length, or 0 to go back to the format's rule
 */
void
vc_format_run_set_planned (VcFormatRun *self,
                           guint        step,
                           gint64       seconds)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));
  g_return_if_fail (step < self->n_steps);

  seconds = CLAMP (seconds, 0, (gint64)VC_FORMAT_MAX_MINUTES * 60 * VC_FORMAT_MAX_COUNT);
  if (seconds == vc_format_step_plan_seconds (vc_format_get_step (self->format, step),
                                              self->people, self->groups))
    seconds = 0;
  if (self->planned[step] == seconds)
    return;
  settle (self);
  self->planned[step] = seconds;
  emit_changed (self);
}

gboolean
vc_format_run_is_planned_changed (VcFormatRun *self,
                                  guint        step)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  g_return_val_if_fail (step < self->n_steps, FALSE);
  return self->planned[step] > 0;
}

gint64
vc_format_run_get_planned_total (VcFormatRun *self)
{
  gint64 total = 0;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  for (guint i = 0; i < self->n_steps; i++)
    total += vc_format_run_get_planned (self, i);
  return total;
}

/* Running */

/* A turn's share of its step: the minutes split evenly, the last turn
 * taking what is left over. */
static gint64
turn_length (VcFormatRun *self,
             guint        step,
             guint        turn)
{
  gint64 planned = vc_format_run_get_planned (self, step);
  guint n = vc_format_run_get_n_turns (self, step);
  gint64 each = planned / n;

  return turn + 1 == n ? planned - each * (n - 1) : each;
}

/**
 * vc_format_run_start:
 *
 * Starts the clock: at the first step the first time, or where it was
 * paused.
 */
void
vc_format_run_start (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->running || self->step >= self->n_steps)
    return;
  self->started = TRUE;
  self->running = TRUE;
  self->mark = now (self);
  emit_changed (self);
}

void
vc_format_run_pause (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (!self->running)
    return;
  settle (self);
  self->running = FALSE;
  emit_changed (self);
}

gboolean
vc_format_run_is_running (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  return self->running;
}

gboolean
vc_format_run_is_started (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  return self->started;
}

gboolean
vc_format_run_is_finished (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  return self->step >= self->n_steps;
}

/**
 * vc_format_run_get_current_step:
 *
 * Returns: the step the meeting is at, counted from 0; the number of
 *   steps once the last is done
 */
guint
vc_format_run_get_current_step (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  return self->step;
}

guint
vc_format_run_get_current_turn (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  return self->turn;
}

/**
 * vc_format_run_get_step:
 *
 * Returns: (nullable): the step the meeting is at, or %NULL once finished
 */
const VcFormatStep *
vc_format_run_get_step (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), NULL);
  if (self->step >= self->n_steps)
    return NULL;
  return vc_format_get_step (self->format, self->step);
}

static void
go_to (VcFormatRun *self,
       guint        step,
       guint        turn)
{
  settle (self);
  self->step = MIN (step, self->n_steps);
  self->turn = turn;
  self->elapsed = 0;
  self->extra = 0;
  self->time_up = FALSE;
  if (self->step >= self->n_steps)
    self->running = FALSE;
  else if (self->started && !self->running)
    {
      /* Moving on is the facilitator's sign that the meeting goes on. */
      self->running = TRUE;
      self->mark = now (self);
    }
  emit_changed (self);
}

/**
 * vc_format_run_next:
 *
 * Moves on to the next turn, or after the last turn to the next step.
 */
void
vc_format_run_next (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->step >= self->n_steps)
    return;
  if (!self->started)
    {
      vc_format_run_start (self);
      return;
    }
  if (self->turn + 1 < vc_format_run_get_n_turns (self, self->step))
    go_to (self, self->step, self->turn + 1);
  else
    go_to (self, self->step + 1, 0);
}

/**
 * vc_format_run_next_step:
 *
 * Moves on to the next step, whatever turn the meeting is at.
 */
void
vc_format_run_next_step (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->step >= self->n_steps)
    return;
  self->started = TRUE;
  go_to (self, self->step + 1, 0);
}

/**
 * vc_format_run_previous_step:
 *
 * Goes back to the start of the step before, or of this one at the first
 * step. The time already spent there stays counted.
 */
void
vc_format_run_previous_step (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->step > 0 && self->step <= self->n_steps)
    self->skipped[self->step - 1] = FALSE;
  go_to (self, self->step > 0 ? self->step - 1 : 0, 0);
}

/**
 * vc_format_run_skip:
 *
 * Leaves the step out and moves on; the summary says it was skipped.
 */
void
vc_format_run_skip (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->step >= self->n_steps)
    return;
  self->skipped[self->step] = TRUE;
  self->started = TRUE;
  go_to (self, self->step + 1, 0);
}

/**
 * vc_format_run_add_minute:
 *
 * Gives the turn under way a minute more, and lets it chime again when that
 * is up. The plan stays as it was; the step's actual time shows the minute.
 */
void
vc_format_run_add_minute (VcFormatRun *self)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  if (self->step >= self->n_steps)
    return;
  settle (self);
  self->extra += 60;
  if (vc_format_run_get_remaining (self) > 0)
    self->time_up = FALSE;
  emit_changed (self);
}

void
vc_format_run_set_auto_advance (VcFormatRun *self,
                                gboolean     auto_advance)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  auto_advance = !!auto_advance;
  if (self->auto_advance == auto_advance)
    return;
  self->auto_advance = auto_advance;
  emit_changed (self);
}

gboolean
vc_format_run_get_auto_advance (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  return self->auto_advance;
}

static gint64
elapsed_seconds (VcFormatRun *self)
{
  gint64 us = self->elapsed;

  if (self->running)
    us += MAX (now (self) - self->mark, 0);
  return us / G_USEC_PER_SEC;
}

/**
 * vc_format_run_get_remaining:
 *
 * Returns: seconds left of the turn under way (of the step, when it has no
 *   turns), negative once over time
 */
gint64
vc_format_run_get_remaining (VcFormatRun *self)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);

  if (self->step >= self->n_steps)
    return 0;
  return turn_length (self, self->step, self->turn) + self->extra - elapsed_seconds (self);
}

/**
 * vc_format_run_get_step_remaining:
 *
 * Returns: seconds left of the whole step: the turn under way and the
 *   turns after it
 */
gint64
vc_format_run_get_step_remaining (VcFormatRun *self)
{
  gint64 remaining;
  guint n;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);

  if (self->step >= self->n_steps)
    return 0;
  remaining = vc_format_run_get_remaining (self);
  n = vc_format_run_get_n_turns (self, self->step);
  for (guint t = self->turn + 1; t < n; t++)
    remaining += turn_length (self, self->step, t);
  return remaining;
}

/**
 * vc_format_run_get_state:
 *
 * Returns: how much of the turn is left, by the same rule as the exercise
 *   timer: the last fifth, and at least the last minute, is low
 */
VcTimerState
vc_format_run_get_state (VcFormatRun *self)
{
  gint64 remaining, length;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), VC_TIMER_STATE_PLENTY);

  if (self->step >= self->n_steps)
    return VC_TIMER_STATE_PLENTY;
  remaining = vc_format_run_get_remaining (self);
  length = turn_length (self, self->step, self->turn) + self->extra;
  if (remaining < 0)
    return VC_TIMER_STATE_OVERTIME;
  if (remaining <= MAX (60, length / 5))
    return VC_TIMER_STATE_LOW;
  return VC_TIMER_STATE_PLENTY;
}

/**
 * vc_format_run_format_remaining:
 *
 * Returns: (transfer full): the turn's time left as “04:59”, or time over
 *   as “+00:30”: digits only, needing no translation
 */
char *
vc_format_run_format_remaining (VcFormatRun *self)
{
  gint64 remaining = vc_format_run_get_remaining (self);
  gint64 seconds = ABS (remaining);
  const char *sign = remaining < 0 ? "+" : "";

  if (seconds >= 3600)
    return g_strdup_printf ("%s%d:%02d:%02d", sign, (int)(seconds / 3600),
                            (int)(seconds / 60 % 60), (int)(seconds % 60));
  return g_strdup_printf ("%s%02d:%02d", sign, (int)(seconds / 60), (int)(seconds % 60));
}

/**
 * vc_format_run_tick:
 *
 * Looks at the clock: emits "time-up" once when the turn's time has run
 * out, and moves on if the facilitator asked for that. Call it every
 * second or so while the meeting runs.
 *
 * Returns: %TRUE if the time ran out at this tick
 */
gboolean
vc_format_run_tick (VcFormatRun *self)
{
  gboolean step_ended;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);

  if (!self->running || self->time_up || self->step >= self->n_steps ||
      vc_format_run_get_remaining (self) > 0)
    return FALSE;

  self->time_up = TRUE;
  step_ended = self->turn + 1 >= vc_format_run_get_n_turns (self, self->step);
  g_signal_emit (self, signals[TIME_UP], 0, step_ended);
  if (self->auto_advance)
    vc_format_run_next (self);
  return TRUE;
}

static const char *
name_of (VcFormatRun *self,
         guint        turn)
{
  if (self->names == NULL)
    return NULL;
  if (turn < g_strv_length (self->names))
    return self->names[turn];
  return NULL;
}

/**
 * vc_format_run_dup_turn_text:
 *
 * Returns: (transfer full) (nullable): whose turn it is, as the room sees
 *   it, or %NULL in a step without turns
 */
char *
vc_format_run_dup_turn_text (VcFormatRun *self)
{
  const VcFormatStep *step;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), NULL);

  step = vc_format_run_get_step (self);
  if (step == NULL)
    return NULL;
  return vc_format_step_dup_turn_text (step, self->turn, vc_format_run_get_n_turns (self, self->step),
                                       step->turns == VC_FORMAT_TURNS_PERSON ? name_of (self, self->turn) : NULL);
}

/**
 * vc_format_run_dup_next_turn_text:
 *
 * Returns: (transfer full) (nullable): whose turn comes next in this step,
 *   or %NULL after the last
 */
char *
vc_format_run_dup_next_turn_text (VcFormatRun *self)
{
  const VcFormatStep *step;
  guint n;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), NULL);

  step = vc_format_run_get_step (self);
  if (step == NULL)
    return NULL;
  n = vc_format_run_get_n_turns (self, self->step);
  if (self->turn + 1 >= n)
    return NULL;
  return vc_format_step_dup_turn_text (step, self->turn + 1, n,
                                       step->turns == VC_FORMAT_TURNS_PERSON ? name_of (self, self->turn + 1) : NULL);
}

/* What happened */

/**
 * vc_format_run_get_actual:
 *
 * Returns: whole seconds spent on @step so far
 */
gint64
vc_format_run_get_actual (VcFormatRun *self,
                          guint        step)
{
  gint64 us;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  g_return_val_if_fail (step < self->n_steps, 0);

  us = self->actual[step];
  if (self->running && step == self->step)
    us += MAX (now (self) - self->mark, 0);
  return us / G_USEC_PER_SEC;
}

gint64
vc_format_run_get_actual_total (VcFormatRun *self)
{
  gint64 total = 0;

  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), 0);
  for (guint i = 0; i < self->n_steps; i++)
    total += vc_format_run_get_actual (self, i);
  return total;
}

gboolean
vc_format_run_is_skipped (VcFormatRun *self,
                          guint        step)
{
  g_return_val_if_fail (VC_IS_FORMAT_RUN (self), FALSE);
  g_return_val_if_fail (step < self->n_steps, FALSE);
  return self->skipped[step];
}

/**
 * vc_format_run_restore:
 * @actual: (array) (nullable): seconds spent on each step, one per step
 * @planned: (array) (nullable): seconds planned for each step, 0 for the
 *   format's rule
 * @skipped: (array) (nullable): whether each step was skipped
 *
 * Takes up an unfinished meeting where it was left: paused, at @step and
 * @turn, with the times already spent.
 */
void
vc_format_run_restore (VcFormatRun    *self,
                       guint           step,
                       guint           turn,
                       const gint64   *actual,
                       const gint64   *planned,
                       const gboolean *skipped)
{
  g_return_if_fail (VC_IS_FORMAT_RUN (self));

  self->running = FALSE;
  self->started = TRUE;
  for (guint i = 0; i < self->n_steps; i++)
    {
      if (actual != NULL)
        self->actual[i] = MAX (actual[i], 0) * G_USEC_PER_SEC;
      if (planned != NULL)
        self->planned[i] = MAX (planned[i], 0);
      if (skipped != NULL)
        self->skipped[i] = skipped[i];
    }
  self->step = MIN (step, self->n_steps);
  self->turn = self->step < self->n_steps ? MIN (turn, vc_format_run_get_n_turns (self, self->step) - 1) : 0;
  self->elapsed = 0;
  self->extra = 0;
  self->time_up = FALSE;
  emit_changed (self);
}
