/* test-timer.c
 *
 * Tests for the exercise timer, on a clock the test moves by hand.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "vc-session-enums.h"
#include "vc-timer.h"

#define SECOND G_USEC_PER_SEC

typedef struct
{
  gint64 now;
  guint  reads;
} FakeClock;

static gint64
fake_clock (gpointer user_data)
{
  FakeClock *clock = user_data;

  clock->reads++;
  return clock->now;
}

static void
advance (FakeClock *clock,
         double     seconds)
{
  clock->now += (gint64)(seconds * SECOND);
}

static VcTimer *
timer_on (FakeClock *clock,
          gint64     duration)
{
  VcTimer *timer = vc_timer_new (duration);

  vc_timer_set_clock (timer, fake_clock, clock);
  return timer;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
assert_format (VcTimer    *timer,
               const char *expected)
{
  g_autofree char *text = vc_timer_format_remaining (timer);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_new (void)
{
  FakeClock clock = { 1000 * SECOND, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 15 * 60);

  g_assert_cmpint (vc_timer_get_duration (timer), ==, 900);
  g_assert_false (vc_timer_is_running (timer));
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 0);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 900);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_PLENTY);
  assert_format (timer, "15:00");

  /* Stopped, time passing changes nothing. */
  advance (&clock, 100);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 900);
}

static void
test_start_pause_resume (void)
{
  FakeClock clock = { 5 * SECOND, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 900);

  vc_timer_start (timer);
  g_assert_true (vc_timer_is_running (timer));
  advance (&clock, 10.5);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 10);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 890);

  vc_timer_pause (timer);
  g_assert_false (vc_timer_is_running (timer));
  advance (&clock, 300);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 10);

  /* Resuming goes on from where it was; the half second is kept. */
  vc_timer_start (timer);
  advance (&clock, 0.5);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 11);
  advance (&clock, 65);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 76);
  assert_format (timer, "13:44");

  /* Starting twice or pausing twice changes nothing. */
  vc_timer_start (timer);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 76);
  vc_timer_pause (timer);
  vc_timer_pause (timer);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 76);

  vc_timer_reset (timer);
  g_assert_false (vc_timer_is_running (timer));
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 0);
  assert_format (timer, "15:00");

  /* Reset while running stops it. */
  vc_timer_start (timer);
  advance (&clock, 20);
  vc_timer_reset (timer);
  g_assert_false (vc_timer_is_running (timer));
  advance (&clock, 20);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 0);
}

static void
test_add_minute (void)
{
  FakeClock clock = { 0, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 900);

  vc_timer_start (timer);
  advance (&clock, 890);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 10);
  vc_timer_add_minute (timer);
  g_assert_cmpint (vc_timer_get_duration (timer), ==, 960);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 70);
  g_assert_true (vc_timer_is_running (timer));

  /* Also once over time. */
  advance (&clock, 100);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, -30);
  vc_timer_add_minute (timer);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 30);

  /* Reset keeps the minutes added. */
  vc_timer_reset (timer);
  g_assert_cmpint (vc_timer_get_duration (timer), ==, 1020);
}

static void
test_overtime (void)
{
  FakeClock clock = { 0, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 60);

  vc_timer_start (timer);
  advance (&clock, 60);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 0);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_LOW);
  assert_format (timer, "00:00");

  advance (&clock, 1);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, -1);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_OVERTIME);
  assert_format (timer, "+00:01");

  /* It counts on, and keeps running. */
  advance (&clock, 89);
  g_assert_true (vc_timer_is_running (timer));
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, -90);
  assert_format (timer, "+01:30");

  advance (&clock, 3600);
  assert_format (timer, "+1:01:30");
}

static void
test_states (void)
{
  FakeClock clock = { 0, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 900);
  g_autoptr(VcTimer) short_timer = timer_on (&clock, 120);

  /* Fifteen minutes: low in the last fifth, three minutes. */
  vc_timer_start (timer);
  advance (&clock, 719);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 181);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_PLENTY);
  advance (&clock, 1);
  g_assert_cmpint (vc_timer_get_remaining_seconds (timer), ==, 180);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_LOW);
  advance (&clock, 180);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_LOW);
  advance (&clock, 1);
  g_assert_cmpint (vc_timer_get_state (timer), ==, VC_TIMER_STATE_OVERTIME);

  /* Two minutes: a fifth is too short a warning; the last minute is low. */
  vc_timer_start (short_timer);
  advance (&clock, 59);
  g_assert_cmpint (vc_timer_get_remaining_seconds (short_timer), ==, 61);
  g_assert_cmpint (vc_timer_get_state (short_timer), ==, VC_TIMER_STATE_PLENTY);
  advance (&clock, 1);
  g_assert_cmpint (vc_timer_get_state (short_timer), ==, VC_TIMER_STATE_LOW);

  /* A timer of no time at all is low until it runs over. */
  vc_timer_set_duration (short_timer, 0);
  vc_timer_reset (short_timer);
  g_assert_cmpint (vc_timer_get_state (short_timer), ==, VC_TIMER_STATE_LOW);
}

static void
test_format (void)
{
  FakeClock clock = { 0, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 725);
  struct {
    gint64      duration;
    double      elapsed;
    const char *expected;
  } cases[] = {
    { 725, 0, "12:05" },
    { 725, 0.9, "12:05" },
    { 725, 1, "12:04" },
    { 300, 0, "05:00" },
    { 59, 0, "00:59" },
    { 3599, 0, "59:59" },
    { 3600, 0, "1:00:00" },
    { 3723, 0, "1:02:03" },
    { 36000, 0, "10:00:00" },
    { 60, 150, "+01:30" },
    { 0, 3723, "+1:02:03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      vc_timer_reset (timer);
      vc_timer_set_duration (timer, cases[i].duration);
      vc_timer_start (timer);
      advance (&clock, cases[i].elapsed);
      assert_format (timer, cases[i].expected);
    }
}

static void
test_properties (void)
{
  FakeClock clock = { 0, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 900);
  guint running = 0;
  guint duration = 0;
  gboolean is_running;
  gint64 value;

  g_signal_connect (timer, "notify::running", G_CALLBACK (count_notify), &running);
  g_signal_connect (timer, "notify::duration", G_CALLBACK (count_notify), &duration);

  vc_timer_start (timer);
  vc_timer_start (timer);
  g_assert_cmpuint (running, ==, 1);
  vc_timer_pause (timer);
  vc_timer_pause (timer);
  g_assert_cmpuint (running, ==, 2);
  vc_timer_reset (timer);
  g_assert_cmpuint (running, ==, 2);
  vc_timer_start (timer);
  vc_timer_reset (timer);
  g_assert_cmpuint (running, ==, 4);

  vc_timer_set_duration (timer, 900);
  g_assert_cmpuint (duration, ==, 0);
  vc_timer_add_minute (timer);
  g_assert_cmpuint (duration, ==, 1);
  g_object_set (timer, "duration", (gint64)600, NULL);
  g_assert_cmpuint (duration, ==, 2);
  g_object_set (timer, "duration", (gint64)600, NULL);
  g_assert_cmpuint (duration, ==, 2);

  g_object_get (timer, "duration", &value, "running", &is_running, NULL);
  g_assert_cmpint (value, ==, 600);
  g_assert_false (is_running);
}

/* A clock that steps back and forth stands for a wall clock being set: the
 * timer never reads the wall clock, so only the injected clock counts. */
static void
test_only_injected_clock (void)
{
  FakeClock clock = { 100 * SECOND, 0 };
  g_autoptr(VcTimer) timer = timer_on (&clock, 900);
  g_autoptr(VcTimer) real = vc_timer_new (900);
  guint reads;

  vc_timer_start (timer);
  advance (&clock, 30);
  reads = clock.reads;
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 30);
  g_assert_cmpuint (clock.reads, >, reads);

  /* Even a broken clock that goes back never gives time back. */
  advance (&clock, -3600);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), >=, 0);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), <=, 30);
  advance (&clock, 3600 + 10);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 40);

  /* Switching clocks mid-run keeps what has run. */
  vc_timer_set_clock (timer, NULL, NULL);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 40);
  vc_timer_pause (timer);
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), ==, 40);

  /* The default is the monotonic clock: a short run reads as no time. */
  vc_timer_start (real);
  g_assert_true (vc_timer_is_running (real));
  g_assert_cmpint (vc_timer_get_elapsed_seconds (real), <=, 1);
  vc_timer_pause (real);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timer/new", test_new);
  g_test_add_func ("/timer/start-pause-resume", test_start_pause_resume);
  g_test_add_func ("/timer/add-minute", test_add_minute);
  g_test_add_func ("/timer/overtime", test_overtime);
  g_test_add_func ("/timer/states", test_states);
  g_test_add_func ("/timer/format", test_format);
  g_test_add_func ("/timer/properties", test_properties);
  g_test_add_func ("/timer/only-injected-clock", test_only_injected_clock);

  return g_test_run ();
}
