/* test-hostile-app.c
 *
 * Every deck of the generated hostile corpus, opened in the app's window as
 * "Open Deck…" opens it, each in a process of its own: the window keeps
 * drawing while the deck loads and its page is built, shows the deck or
 * its problems, and still does what it is asked afterwards. Then each deck
 * again, lying in the user's decks folder when the app starts.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <time.h>

#include "hostile-corpus.h"
#include "ui-test.h"
#include "vc-deck-error.h"
#include "vc-deck-library.h"
#include "vc-window.h"

/* A frame within 100 ms of the main thread's own work while a deck loads
 * and its page is shown. The sanitizer build runs everything two to three
 * times slower, so there it is 300 ms. Afterwards, going to the board or
 * the warnings builds a new page, which may take longer than a frame but
 * never whole seconds, as a picture that takes seconds to draw would.
 *
 * What is held to these limits is the processor time the main thread spent
 * between two frames (or two turns of the main loop), not the time on the
 * clock: on a machine busy with other work the clock goes on while the app
 * waits for its turn, and that is not time the app kept the window from
 * drawing. Both are printed. */
#define MAX_GAP_MS        100
#define MAX_GAP_MS_ASAN   300
#define MAX_LATER_GAP_MS  1000
#define GUARD_RSS_MB      2000

/* Decks whose screens a person should look at. */
static const char * const screenshots[] = {
  "problems-500000.vcdeck",
  "svg-convolve-order-25.vcdeck",
  "png-30000.vcdeck",
  "terminal-escape-picture.vcdeck",
  "terminal-escape-id.vcdeck",
};

typedef struct
{
  gint64 last_tick;
  gint64 last_tick_cpu;
  gint64 max_tick_gap;
  gint64 max_tick_busy;
  gint64 last_timeout;
  gint64 last_timeout_cpu;
  gint64 max_timeout_gap;
  gint64 max_timeout_busy;
  guint  n_ticks;
  const char *phase;
  const char *tick_gap_phase;
  const char *timeout_gap_phase;
} Gaps;

/* The processor time of the calling thread, in microseconds. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    g_error ("Cannot read the thread's processor time: %s", g_strerror (errno));
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
gaps_reset (Gaps *gaps)
{
  gaps->max_tick_gap = gaps->max_timeout_gap = 0;
  gaps->max_tick_busy = gaps->max_timeout_busy = 0;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Gaps *gaps = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_time ();

  if (gaps->last_tick != 0)
    {
      gaps->max_tick_gap = MAX (gaps->max_tick_gap, now - gaps->last_tick);
      if (cpu - gaps->last_tick_cpu > gaps->max_tick_busy)
        {
          gaps->max_tick_busy = cpu - gaps->last_tick_cpu;
          gaps->tick_gap_phase = gaps->phase;
        }
    }
  gaps->last_tick = now;
  gaps->last_tick_cpu = cpu;
  gaps->n_ticks++;

  return G_SOURCE_CONTINUE;
}

static gboolean
on_timeout (gpointer data)
{
  Gaps *gaps = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_time ();

  if (gaps->last_timeout != 0)
    {
      gaps->max_timeout_gap = MAX (gaps->max_timeout_gap, now - gaps->last_timeout);
      if (cpu - gaps->last_timeout_cpu > gaps->max_timeout_busy)
        {
          gaps->max_timeout_busy = cpu - gaps->last_timeout_cpu;
          gaps->timeout_gap_phase = gaps->phase;
        }
    }
  gaps->last_timeout = now;
  gaps->last_timeout_cpu = cpu;

  return G_SOURCE_CONTINUE;
}

static gboolean
page_is_open (gpointer data)
{
  const char *page = vc_window_get_page (data);

  return g_strcmp0 (page, "deck") == 0 || g_strcmp0 (page, "problems") == 0;
}

static void
count_rows (GtkWidget *widget,
            guint     *n)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget))
    (*n)++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    count_rows (child, n);
}

static gboolean
wants_screenshot (const VcHostileCase *c)
{
  for (guint i = 0; i < G_N_ELEMENTS (screenshots); i++)
    if (g_str_equal (c->file, screenshots[i]))
      return TRUE;

  return FALSE;
}

static void
go_back_to_library (VcWindow *window)
{
  for (guint i = 0; i < 3 && g_strcmp0 (vc_window_get_page (window), "library") != 0; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
      vc_test_settle (200);
    }
  g_assert_cmpstr (vc_window_get_page (window), ==, "library");
}

static gboolean
page_is_library (gpointer data)
{
  return g_strcmp0 (vc_window_get_page (data), "library") == 0;
}

/* Shows a small valid deck and a small broken one first, so that what is
 * timed is what the hostile deck costs, not the first showing of each page
 * in a new process, which any deck pays. */
static void
warm_up (VcWindow *window)
{
  g_autofree char *valid = g_build_filename (vc_hostile_dir (), "ok-values-game.vcdeck", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", "missing-title.vcdeck", NULL);
  const char *paths[] = { valid, broken };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

      vc_window_open_file (window, file);
      g_assert_true (vc_test_wait_until (page_is_open, window));
      vc_test_settle (300);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
      g_assert_true (vc_test_wait_until (page_is_library, window));
    }
}

static void
open_in_child (const VcHostileCase *c)
{
  gint64 max_gap = (vc_hostile_is_sanitized () ? MAX_GAP_MS_ASAN : MAX_GAP_MS) * 1000;
  gint64 max_later_gap = MAX_LATER_GAP_MS * 1000 * (vc_hostile_is_sanitized () ? 3 : 1);
  gint64 load_tick_gap, load_timeout_gap;
  g_autoptr(GFile) file = g_file_new_for_path (c->path);
  g_autofree char *shot = g_strconcat ("hostile-", c->test_name, NULL);
  gboolean opens = c->kind == VC_HOSTILE_OK || c->kind == VC_HOSTILE_WARNING;
  Gaps gaps = { 0, };
  VcWindow *window;
  guint tick_id, timeout_id;
  guint n_rows = 0;
  gint64 start;

  vc_hostile_guard_memory (GUARD_RSS_MB * (vc_hostile_is_sanitized () ? 2 : 1));

  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  warm_up (window);

  /* Frames are asked for all the time, so that a gap between two is time
   * the main loop spent on something else. */
  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick, &gaps, NULL);
  timeout_id = g_timeout_add (10, on_timeout, &gaps);
  vc_test_settle (200);
  gaps_reset (&gaps);
  gaps.phase = gaps.tick_gap_phase = gaps.timeout_gap_phase = "waiting";

  gaps.phase = "loading";
  start = g_get_monotonic_time ();
  vc_window_open_file (window, file);
  g_assert_true (vc_test_wait_until (page_is_open, window));
  g_printerr ("%s: %s after %.2f s\n", c->file, vc_window_get_page (window),
              (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  /* The page is built and drawn, pictures and all. */
  gaps.phase = "showing the page";
  vc_test_settle (1000);
  g_assert_cmpstr (vc_window_get_page (window), ==, opens ? "deck" : "problems");
  g_printerr ("%s: while loading and showing it, longest gap between frames %.0f ms "
              "with %.0f ms of work (%s), in the main loop %.0f ms with %.0f ms of work (%s)\n",
              c->file, gaps.max_tick_gap / 1000.0, gaps.max_tick_busy / 1000.0, gaps.tick_gap_phase,
              gaps.max_timeout_gap / 1000.0, gaps.max_timeout_busy / 1000.0, gaps.timeout_gap_phase);
  load_tick_gap = gaps.max_tick_busy;
  load_timeout_gap = gaps.max_timeout_busy;
  gaps_reset (&gaps);
  g_assert_cmpint (load_tick_gap, <, max_gap);
  g_assert_cmpint (load_timeout_gap, <, max_gap);

  if (!opens)
    {
      count_rows (GTK_WIDGET (window), &n_rows);
      g_printerr ("%s: %u problem rows shown\n", c->file, n_rows);
      g_assert_cmpuint (n_rows, >, 0);
      g_assert_cmpuint (n_rows, <=, VC_DECK_MAX_PROBLEMS + 2);
      if (wants_screenshot (c))
        vc_test_save_screenshot (GTK_WIDGET (window), shot);
    }
  else if (c->kind == VC_HOSTILE_WARNING)
    {
      /* A values game with a picture that cannot be shown: its board, with
       * the placeholder in the picture's place. */
      if (wants_screenshot (c))
        vc_test_save_screenshot (GTK_WIDGET (window), shot);
      if (g_str_has_prefix (c->json_path ? c->json_path : "", "$.values-game."))
        {
          gaps.phase = "showing the board";
          vc_test_start_new (window, "win.start-reflection");
          vc_test_show_page (window, "board");
          vc_test_settle (700);
          if (wants_screenshot (c))
            {
              g_autofree char *board = g_strconcat (shot, "-board", NULL);

              vc_test_save_screenshot (GTK_WIDGET (window), board);
            }
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
          vc_test_show_page (window, "deck");
          g_printerr ("%s: on the board, longest gap between frames %.0f ms with %.0f ms of work, "
                      "in the main loop %.0f ms with %.0f ms of work\n",
                      c->file, gaps.max_tick_gap / 1000.0, gaps.max_tick_busy / 1000.0,
                      gaps.max_timeout_gap / 1000.0, gaps.max_timeout_busy / 1000.0);
          g_assert_cmpint (gaps.max_tick_busy, <, max_later_gap);
          g_assert_cmpint (gaps.max_timeout_busy, <, max_later_gap);
        }

      gaps.phase = "showing the warnings";
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
      vc_test_show_page (window, "problems");
      vc_test_settle (300);
      count_rows (GTK_WIDGET (window), &n_rows);
      g_assert_cmpuint (n_rows, >, 0);
    }

  /* And it still does what it is asked. */
  gaps.phase = "going back";
  go_back_to_library (window);

  g_source_remove (timeout_id);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick_id);
  g_printerr ("%s: %u frames; afterwards, longest gap between frames %.0f ms with %.0f ms of work (%s), "
              "in the main loop %.0f ms with %.0f ms of work (%s)\n",
              c->file, gaps.n_ticks, gaps.max_tick_gap / 1000.0, gaps.max_tick_busy / 1000.0,
              gaps.tick_gap_phase, gaps.max_timeout_gap / 1000.0, gaps.max_timeout_busy / 1000.0,
              gaps.timeout_gap_phase);
  g_assert_cmpuint (gaps.n_ticks, >, 10);
  g_assert_cmpint (gaps.max_tick_busy, <, max_later_gap);
  g_assert_cmpint (gaps.max_timeout_busy, <, max_later_gap);

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* The deck in the user's decks folder, pictures and all, as if saved there
 * from a mail: the library reads it at every start. */
static void
install_in_library (const VcHostileCase *c)
{
  g_autofree char *decks = g_build_filename (g_get_user_data_dir (), "value-cards", "decks", NULL);
  g_autofree char *images = g_build_filename (decks, "images", NULL);
  g_autofree char *source_images = g_build_filename (vc_hostile_dir (), "images", NULL);
  g_autofree char *base = g_path_get_basename (c->path);
  g_autofree char *deck = g_build_filename (decks, base, NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (images, 0755), ==, 0);
  listing = g_dir_open (source_images, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (source_images, name, NULL);
      g_autofree char *to = g_build_filename (images, name, NULL);

      copy_file (from, to);
    }
  copy_file (c->path, deck);
}

typedef struct
{
  VcWindow *window;
  gint64    not_before;
} LibraryWait;

/* The library has read every deck, and had time to start. */
static gboolean
library_read (gpointer data)
{
  LibraryWait *wait = data;

  return g_get_monotonic_time () > wait->not_before &&
         !vc_deck_library_is_loading (vc_window_get_library (wait->window));
}

static void
start_with_deck_in_library (const VcHostileCase *c)
{
  gint64 max_gap = (vc_hostile_is_sanitized () ? MAX_GAP_MS_ASAN : MAX_GAP_MS) * 1000;
  g_autofree char *valid = g_build_filename (vc_hostile_dir (), "ok-values-game.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (valid);
  Gaps gaps = { 0, };
  VcWindow *window;
  guint tick_id, timeout_id;

  vc_hostile_guard_memory (GUARD_RSS_MB * (vc_hostile_is_sanitized () ? 2 : 1));
  install_in_library (c);

  /* From the first frame on, while the library reads its decks. */
  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick, &gaps, NULL);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  timeout_id = g_timeout_add (10, on_timeout, &gaps);
  gaps_reset (&gaps);
  gaps.phase = gaps.tick_gap_phase = gaps.timeout_gap_phase = "reading the library";
  {
    LibraryWait wait = { window, g_get_monotonic_time () + G_USEC_PER_SEC };

    g_assert_true (vc_test_wait_until (library_read, &wait));
  }
  vc_test_settle (500);
  g_assert_cmpstr (vc_window_get_page (window), ==, "library");

  g_source_remove (timeout_id);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick_id);
  g_printerr ("%s in the library: %u frames, longest gap between frames %.0f ms with %.0f ms of work, "
              "in the main loop %.0f ms with %.0f ms of work\n",
              c->file, gaps.n_ticks, gaps.max_tick_gap / 1000.0, gaps.max_tick_busy / 1000.0,
              gaps.max_timeout_gap / 1000.0, gaps.max_timeout_busy / 1000.0);
  g_assert_cmpint (gaps.max_tick_busy, <, max_gap);
  g_assert_cmpint (gaps.max_timeout_busy, <, max_gap);

  /* And it still opens a deck when asked. */
  vc_window_open_file (window, file);
  vc_test_show_page (window, "deck");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static void
test_hostile_library (gconstpointer data)
{
  const VcHostileCase *c = data;

  if (g_test_subprocess ())
    {
      start_with_deck_in_library (c);
      return;
    }

  g_test_trap_subprocess (NULL, (vc_hostile_is_sanitized () ? 180 : 60) * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s: the app's process failed with it in the library (see its output above)", c->file);
}

static void
test_hostile_app (gconstpointer data)
{
  const VcHostileCase *c = data;

  if (g_test_subprocess ())
    {
      open_in_child (c);
      return;
    }

  g_test_trap_subprocess (NULL, (vc_hostile_is_sanitized () ? 180 : 60) * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s: the app's process failed with it (see its output above)", c->file);
}

static void
skip_without_corpus (void)
{
  g_test_skip ("The hostile corpus was not generated: VC_HOSTILE_DIR names no folder");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  g_auto(GStrv) only = NULL;
  const char *part;
  const char *dir;

  vc_test_ui_init (&argc, &argv);
  if (!g_test_subprocess ())
    g_test_set_nonfatal_assertions ();

  dir = vc_hostile_dir ();
  if (dir == NULL)
    {
      g_test_add_func ("/hostile/app/corpus", skip_without_corpus);
      return g_test_run ();
    }

  /* VC_HOSTILE_DECKS may name a few decks, separated by commas;
   * VC_HOSTILE_PART says whether to open them ("open") or to start with
   * them in the library ("library"), and both when it is not set. */
  part = g_getenv ("VC_HOSTILE_PART");
  only = g_getenv ("VC_HOSTILE_DECKS") ? g_strsplit (g_getenv ("VC_HOSTILE_DECKS"), ",", -1) : NULL;

  cases = vc_hostile_read_cases (dir);
  for (guint i = 0; i < cases->len; i++)
    {
      VcHostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strconcat ("/hostile/app/", c->test_name, NULL);

      if ((only != NULL && !g_strv_contains ((const char * const *)only, c->file)) ||
          g_strcmp0 (part, "library") == 0)
        continue;

      g_test_add_data_func (name, c, test_hostile_app);
    }

  for (guint i = 0; i < cases->len; i++)
    {
      VcHostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strconcat ("/hostile/library/", c->test_name, NULL);

      if ((only != NULL && !g_strv_contains ((const char * const *)only, c->file)) ||
          g_strcmp0 (part, "open") == 0)
        continue;
      g_test_add_data_func (name, c, test_hostile_library);
    }

  return g_test_run ();
}
