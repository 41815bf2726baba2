/* bench-next-card.c
 *
 * Measures how soon the player shows the next card after it is asked to,
 * up to the frame that shows it, and how much memory a values game with
 * twelve pairs takes, against the minimal window's memory measured in the
 * same run (values-game-rss-ratio), with where that memory is.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board.h"
#include "vc-deck.h"
#include "vc-deck-image.h"
#include "vc-player-view.h"
#include "vc-presentation.h"
#include "vc-session.h"
#include "vc-window.h"

#include "bench-frames.h"
#include "bench-replay.h"

#define WINDOW_WIDTH    1920
#define WINDOW_HEIGHT   1080
#define DEFAULT_MOVES   200
#define WARM_UP_MOVES   10
#define N_PAIRS         12

/* A person reads a card before the next, and even a held-down key repeats
 * more slowly than this; the pause also lets the frame clock fall idle, so
 * that its frame pacing does not hold back the frame being measured. */
#define MOVE_GAP_MS     50
#define SETTLE_MS       500
#define PAGE_TIMEOUT_S  30

#define TARGET_MEDIAN_MS 16.7
#define TARGET_P95_MS    33.3
#define TARGET_RSS_RATIO 2.0

/* Exit status that tells meson the benchmark was skipped. */
#define EXIT_SKIP 77

typedef struct
{
  VcWindow   *window;
  const char *page;
} PageWait;

static gboolean
page_shown (gpointer data)
{
  PageWait *wait = data;
  const char *page = vc_window_get_page (wait->window);

  /* A deck that cannot be read shows its problems instead. */
  return g_strcmp0 (page, wait->page) == 0 || g_strcmp0 (page, "problems") == 0;
}

static gboolean
wait_for_page (VcWindow   *window,
               const char *page)
{
  PageWait wait = { window, page };

  run_until (page_shown, &wait, PAGE_TIMEOUT_S * 1000);
  return g_strcmp0 (vc_window_get_page (window), page) == 0;
}

static gboolean
library_loaded (gpointer data)
{
  return !vc_deck_library_is_loading (vc_window_get_library (data));
}

/* Deletes a folder this program made, and everything in it. */
static void
delete_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
        break;
      if (g_file_query_file_type (child, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL)
          == G_FILE_TYPE_DIRECTORY)
        delete_tree (child);
      else
        g_file_delete (child, NULL, NULL);
    }

  g_file_delete (file, NULL, NULL);
}

/* A window the size of a full HD screen, shown and drawn once. */
static VcWindow *
show_window (FrameWatch *watch)
{
  VcWindow *window = vc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  frame_watch_start (watch, GTK_WIDGET (window));

  if (wait_for_frame (watch, 0) == 0)
    {
      frame_watch_stop (watch);
      gtk_window_destroy (GTK_WINDOW (window));
      return NULL;
    }

  return window;
}

/* Opens a built-in deck and starts a meeting with it. */
static gboolean
start_meeting (VcWindow   *window,
               const char *deck_name,
               const char *session_page,
               const char *bench_name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), deck_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  vc_window_open_file (window, file);
  if (!wait_for_page (window, "deck"))
    {
      g_printerr ("%s did not open: the window shows “%s”.\n",
                  path, vc_window_get_page (window));
      print_skipped (bench_name, "the deck did not open");
      return FALSE;
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
  if (!wait_for_page (window, session_page))
    {
      g_printerr ("The meeting did not start: the window shows “%s”.\n",
                  vc_window_get_page (window));
      print_skipped (bench_name, "the meeting did not start");
      return FALSE;
    }

  /* The library reads the other decks in the background once the window
   * is first drawn; that and the page's transition are over before any
   * figure is taken. */
  run_until (library_loaded, window, PAGE_TIMEOUT_S * 1000);
  run_for (SETTLE_MS);

  return TRUE;
}

static void
close_window (VcWindow   *window,
              FrameWatch *watch)
{
  g_autoptr(GError) error = NULL;

  frame_watch_stop (watch);
  if (!vc_session_store_flush (vc_window_get_sessions (window), &error))
    g_printerr ("The session was not saved: %s\n", error->message);
  gtk_window_destroy (GTK_WINDOW (window));
  run_for (100);
}

static int
bench_next_card (guint n_moves)
{
  g_autofree double *times = g_new0 (double, n_moves);
  g_autofree double *sorted = NULL;
  GArray *card_times = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *step_times = g_array_new (FALSE, FALSE, sizeof (double));
  VcPlayerView *player;
  FrameWatch watch;
  VcWindow *window;
  guint n_wraps = 0;
  int status = EXIT_SUCCESS;

  window = show_window (&watch);
  if (window == NULL)
    {
      print_skipped ("next-card", "the window was never drawn");
      status = EXIT_SKIP;
      goto out;
    }

  if (!start_meeting (window, "workplace-dilemmas.vcdeck", "player", "next-card"))
    {
      status = EXIT_SKIP;
      goto out_window;
    }

  player = vc_window_get_player (window);
  g_printerr ("The window is %d×%d; the deck has %u pages.\n",
              gtk_widget_get_width (GTK_WIDGET (window)),
              gtk_widget_get_height (GTK_WIDGET (window)),
              vc_player_view_get_n_positions (player));
  watch.n_frames = 0;

  for (guint i = 0; i < WARM_UP_MOVES + n_moves; i++)
    {
      guint position = vc_player_view_get_position (player);
      guint n_positions = vc_player_view_get_n_positions (player);
      gboolean wrap = position + 1 >= n_positions;
      gint64 start, painted;
      double ms;

      /* "player.next" on the closing card would finish the session. */
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (player), wrap ? "player.first" : "player.next", NULL);
      painted = wait_for_frame (&watch, start);

      if (painted == 0 || g_strcmp0 (vc_window_get_page (window), "player") != 0)
        {
          g_printerr ("Move %u: no frame within %d s, on page “%s”.\n",
                      i + 1, FRAME_TIMEOUT_S, vc_window_get_page (window));
          print_skipped ("next-card", "a move was never drawn");
          status = EXIT_SKIP;
          goto out_window;
        }

      ms = (painted - start) / 1000.0;
      if (i >= WARM_UP_MOVES)
        {
          times[i - WARM_UP_MOVES] = ms;
          n_wraps += wrap;
          if (vc_player_view_get_position (player) != position)
            g_array_append_val (card_times, ms);
          else
            g_array_append_val (step_times, ms);
        }

      run_for (MOVE_GAP_MS);
    }

  sorted = g_memdup2 (times, n_moves * sizeof (double));
  qsort (sorted, n_moves, sizeof (double), compare_doubles);

  if (card_times->len > 0)
    {
      g_array_sort (card_times, compare_doubles);
      g_printerr ("%u moves to another card: median %.2f ms\n", card_times->len,
                  median (&g_array_index (card_times, double, 0), card_times->len));
    }
  if (step_times->len > 0)
    {
      g_array_sort (step_times, compare_doubles);
      g_printerr ("%u moves within a card (Show More): median %.2f ms\n", step_times->len,
                  median (&g_array_index (step_times, double, 0), step_times->len));
    }
  g_printerr ("%u moves after %u warm-up, %u of them back to the start; %u frames drawn.\n",
              n_moves, WARM_UP_MOVES, n_wraps, watch.n_frames);

  printf ("BENCH next-card-median %.2f ms\n", median (sorted, n_moves));
  printf ("BENCH next-card-p95 %.2f ms\n", percentile (sorted, n_moves, 95));
  printf ("BENCH next-card-min %.2f ms\n", sorted[0]);
  printf ("BENCH next-card-max %.2f ms\n", sorted[n_moves - 1]);
  fflush (stdout);

  if (median (sorted, n_moves) > TARGET_MEDIAN_MS)
    g_printerr ("The median is above the target of %.1f ms.\n", TARGET_MEDIAN_MS);
  if (percentile (sorted, n_moves, 95) > TARGET_P95_MS)
    g_printerr ("The 95th percentile is above the target of %.1f ms.\n", TARGET_P95_MS);

out_window:
  close_window (window, &watch);
out:
  g_array_unref (card_times);
  g_array_unref (step_times);
  return status;
}

static gboolean
projector_ready (gpointer data)
{
  VcPresentation *presentation = data;
  VcProjector *projector = vc_presentation_get_projector (presentation);

  return projector != NULL && gtk_widget_get_mapped (GTK_WIDGET (projector)) &&
         vc_presentation_get_projector_monitor (presentation) != NULL;
}

/* Moves through the deck @n_moves times, pressing Page Down as a clicker
 * would while presenting, or asking the player itself otherwise, and
 * times each move up to the frame that shows it in @watch's window. With
 * a @recorder, keeps each of those frames to draw again. */
static gboolean
time_moves (VcPlayerView   *player,
            VcPresentation *presentation,
            FrameWatch     *watch,
            FrameRecorder  *recorder,
            guint           n_moves,
            double         *sorted)
{
  for (guint i = 0; i < WARM_UP_MOVES + n_moves; i++)
    {
      gboolean wrap = vc_player_view_get_position (player) + 1 >= vc_player_view_get_n_positions (player);
      gint64 start, painted;

      if (recorder != NULL)
        frame_recorder_begin (recorder);

      /* Going on from the closing card would finish the session. */
      start = g_get_monotonic_time ();
      if (presentation != NULL)
        vc_presentation_handle_key (presentation, NULL, wrap ? GDK_KEY_Home : GDK_KEY_Page_Down, 0);
      else
        gtk_widget_activate_action (GTK_WIDGET (player), wrap ? "player.first" : "player.next", NULL);
      painted = wait_for_frame (watch, start);
      if (painted == 0)
        {
          g_printerr ("Move %u: no frame within %d s.\n", i + 1, FRAME_TIMEOUT_S);
          return FALSE;
        }
      if (recorder != NULL)
        frame_recorder_keep (recorder);

      if (i >= WARM_UP_MOVES)
        sorted[i - WARM_UP_MOVES] = (painted - start) / 1000.0;
      run_for (MOVE_GAP_MS);
    }

  qsort (sorted, n_moves, sizeof (double), compare_doubles);
  return TRUE;
}

/* The facilitator presses Page Down; the room's screen shows the next
 * step or card. Timed up to the projector's frame, at the size of the
 * screen it is on, against the same moves in the player alone, and
 * against the same frames drawn again by GTK alone (see bench-replay.c). */
static int
bench_present_next (guint n_moves)
{
  g_autofree double *alone = g_new0 (double, n_moves);
  g_autofree double *presented = g_new0 (double, n_moves);
  g_autofree double *redrawn = g_new0 (double, n_moves);
  FrameRecorder *recorder = NULL;
  g_autofree char *name = NULL;
  VcPresentation *presentation;
  VcProjector *projector;
  VcPlayerView *player;
  FrameWatch watch, room;
  GdkRectangle area;
  VcWindow *window;
  int status = EXIT_SUCCESS;

  memset (&room, 0, sizeof room);
  window = show_window (&watch);
  if (window == NULL)
    {
      print_skipped ("present-next", "the window was never drawn");
      return EXIT_SKIP;
    }

  if (!start_meeting (window, "workplace-dilemmas.vcdeck", "player", "present-next"))
    {
      status = EXIT_SKIP;
      goto out;
    }
  player = vc_window_get_player (window);

  /* The baseline: the same moves in the facilitator's window alone. */
  if (!time_moves (player, NULL, &watch, NULL, n_moves, alone))
    {
      print_skipped ("present-next", "a move was never drawn");
      status = EXIT_SKIP;
      goto out;
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", FALSE);
  presentation = vc_window_get_presentation (window);
  if (presentation == NULL || !run_until (projector_ready, presentation, PAGE_TIMEOUT_S * 1000))
    {
      print_skipped ("present-next", "the room's window was never shown");
      status = EXIT_SKIP;
      goto out;
    }
  projector = vc_presentation_get_projector (presentation);
  frame_watch_start (&room, GTK_WIDGET (projector));
  run_for (SETTLE_MS);

  gdk_monitor_get_geometry (vc_presentation_get_projector_monitor (presentation), &area);
  name = g_strdup_printf ("%dp", area.height);
  g_printerr ("The room's window is %d×%d on a %d×%d screen.\n",
              gtk_widget_get_width (GTK_WIDGET (projector)),
              gtk_widget_get_height (GTK_WIDGET (projector)), area.width, area.height);

  recorder = frame_recorder_new (GTK_WIDGET (projector));
  if (!time_moves (player, presentation, &room, recorder, n_moves, presented))
    {
      print_skipped ("present-next", "a move was never shown to the room");
      status = EXIT_SKIP;
      goto out;
    }

  printf ("BENCH present-next-median-%s %.2f ms\n", name, median (presented, n_moves));
  printf ("BENCH present-next-p95-%s %.2f ms\n", name, percentile (presented, n_moves, 95));
  printf ("BENCH present-next-ratio-%s %.2f\n", name,
          median (presented, n_moves) / MAX (0.01, median (alone, n_moves)));
  fflush (stdout);
  g_printerr ("Without the projector the same moves take %.2f ms (median) in the facilitator's window.\n",
              median (alone, n_moves));
  if (median (presented, n_moves) > TARGET_MEDIAN_MS)
    g_printerr ("The median is above one frame at 60 Hz, %.1f ms.\n", TARGET_MEDIAN_MS);

  vc_presentation_stop (presentation);
  frame_watch_stop (&room);

  /* What the same frames cost GTK itself: the least the app could take. */
  if (replay_frames (recorder, WARM_UP_MOVES, MOVE_GAP_MS, redrawn, n_moves))
    {
      printf ("BENCH present-next-gtk-median-%s %.2f ms\n", name, median (redrawn, n_moves));
      printf ("BENCH present-next-gtk-p95-%s %.2f ms\n", name, percentile (redrawn, n_moves, 95));
      printf ("BENCH present-next-p95-over-gtk-%s %.2f\n", name,
              percentile (presented, n_moves, 95) / MAX (0.01, percentile (redrawn, n_moves, 95)));
      fflush (stdout);
    }
  else
    print_skipped ("present-next-gtk", "the room's frames could not be drawn again");

out:
  g_clear_pointer (&recorder, frame_recorder_free);
  frame_watch_stop (&room);
  close_window (window, &watch);
  return status;
}

/* Reads a size in kB, such as VmRSS, from /proc/self/status. */
static gint64
read_status_kb (const char *field)
{
  g_autofree char *contents = NULL;
  g_autofree char *key = g_strconcat ("\n", field, ":", NULL);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &contents, NULL, NULL))
    return -1;

  line = strstr (contents, key);
  if (line == NULL)
    return -1;

  return g_ascii_strtoll (line + strlen (key), NULL, 10);
}

typedef struct
{
  char   *name;
  gint64  rss_kb;
} Mapping;

static int
compare_mappings (gconstpointer a,
                  gconstpointer b)
{
  const Mapping *ma = a, *mb = b;

  return (mb->rss_kb > ma->rss_kb) - (mb->rss_kb < ma->rss_kb);
}

/* Where the resident memory is: the heap and other anonymous memory
 * against the files mapped (libraries, fonts, icon caches), with the
 * files that weigh most. */
static void
print_rss_breakdown (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (Mapping));
  g_autofree char *current = NULL;
  gint64 anon = 0, heap = 0, mapped = 0;
  GHashTableIter iter;
  gpointer key, value;

  if (!g_file_get_contents ("/proc/self/smaps", &contents, NULL, NULL))
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      int path_at = -1;

      /* A mapping's first line: address, permissions, offset, device,
       * inode, then its path, if any. */
      if (g_ascii_isxdigit (line[0]) &&
          sscanf (line, "%*s %*s %*s %*s %*s %n", &path_at) >= 0 && path_at > 0)
        {
          g_free (current);
          current = g_strdup (line + path_at);
        }
      else if (g_str_has_prefix (line, "Rss:") && current != NULL)
        {
          gint64 kb = g_ascii_strtoll (line + 4, NULL, 10);

          if (*current == '/')
            {
              gint64 *total = g_hash_table_lookup (files, current);

              if (total == NULL)
                {
                  total = g_new0 (gint64, 1);
                  g_hash_table_insert (files, g_strdup (current), total);
                }
              *total += kb;
              mapped += kb;
            }
          else if (g_str_equal (current, "[heap]"))
            heap += kb;
          else
            anon += kb;
        }
    }

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Mapping m = { key, *(gint64 *)value };

      g_array_append_val (sorted, m);
    }
  g_array_sort (sorted, compare_mappings);

#if defined(__GLIBC__)
  {
    struct mallinfo2 info = mallinfo2 ();

    g_printerr ("malloc: %zu kB in use, %zu kB free in its arenas, %zu kB in %zu blocks of their own\n",
                info.uordblks / 1024, info.fordblks / 1024, info.hblkhd / 1024, info.hblks);
  }
#endif
  g_printerr ("Resident memory: %" G_GINT64_FORMAT " kB heap, %" G_GINT64_FORMAT
              " kB other anonymous memory, %" G_GINT64_FORMAT " kB of %u mapped files; the largest files:\n",
              heap, anon, mapped, sorted->len);
  for (guint i = 0; i < MIN (sorted->len, 12); i++)
    {
      const Mapping *m = &g_array_index (sorted, Mapping, i);

      g_printerr ("  %6" G_GINT64_FORMAT " kB  %s\n", m->rss_kb, m->name);
    }
}

typedef struct
{
  GDataInputStream *lines;
  gboolean          shown;
  gboolean          done;
} FirstFrameWait;

static void
on_minimal_line (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  FirstFrameWait *wait = data;
  g_autofree char *line = g_data_input_stream_read_line_finish_utf8 (wait->lines, result, NULL, NULL);

  if (line != NULL && g_str_equal (line, "first-frame"))
    wait->shown = TRUE;
  if (line == NULL || wait->shown)
    wait->done = TRUE;
  else
    g_data_input_stream_read_line_async (wait->lines, G_PRIORITY_DEFAULT, NULL, on_minimal_line, wait);
}

static gboolean
first_frame_done (gpointer data)
{
  return ((FirstFrameWait *)data)->done;
}

/* The yardstick: the minimal libadwaita window, started on the same
 * display, and its resident memory when it has shown its first frame, as
 * the start-up benchmark takes it. The median of three. */
static gint64
minimal_window_rss (void)
{
  const char *program = g_getenv ("VC_BENCH_MINIMAL_WINDOW");
  double rss[3];
  guint n = 0;

  if (program == NULL || program[0] == '\0')
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (rss); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autofree char *status_path = NULL;
      g_autofree char *contents = NULL;
      FirstFrameWait wait = { NULL, FALSE, FALSE };
      const char *line;

      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);

      /* On no session bus, as the values game here is: a desktop's bus
       * would add its connection to the yardstick alone. */
      g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
      child = g_subprocess_launcher_spawn (launcher, &error, program, NULL);
      if (child == NULL)
        {
          g_printerr ("Cannot start %s: %s\n", program, error->message);
          return -1;
        }

      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      wait.lines = lines;
      g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, NULL, on_minimal_line, &wait);
      run_until (first_frame_done, &wait, PAGE_TIMEOUT_S * 1000);

      status_path = g_strdup_printf ("/proc/%s/status", g_subprocess_get_identifier (child));
      if (wait.shown && g_file_get_contents (status_path, &contents, NULL, NULL) &&
          (line = strstr (contents, "\nVmRSS:")) != NULL)
        rss[n++] = g_ascii_strtod (line + strlen ("\nVmRSS:"), NULL);

      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, NULL);
      /* The read still under way ends with the pipe. */
      run_until (first_frame_done, &wait, PAGE_TIMEOUT_S * 1000);
    }

  if (n == 0)
    return -1;
  qsort (rss, n, sizeof (double), compare_doubles);
  return (gint64)median (rss, n);
}

static int
bench_values_game_rss (void)
{
  FrameWatch watch;
  VcWindow *window;
  VcBoard *board;
  VcSession *session;
  VcDeck *deck;
  GPtrArray *words;
  GListModel *images;
  gint64 rss, hwm, minimal;
  int status = EXIT_SUCCESS;

  minimal = minimal_window_rss ();
  if (minimal < 0)
    g_printerr ("The minimal window could not be measured: no ratio.\n");

  window = show_window (&watch);
  if (window == NULL)
    {
      print_skipped ("values-game-rss", "the window was never drawn");
      return EXIT_SKIP;
    }

  if (!start_meeting (window, "values-game.vcdeck", "board", "values-game-rss"))
    {
      status = EXIT_SKIP;
      goto out;
    }

  /* The words and pictures come from the deck the board plays, rather
   * than from a second copy of it that would weigh on the figure. */
  board = vc_window_get_board (window);
  session = vc_board_get_session (board);
  deck = vc_board_get_deck (board);
  words = vc_deck_get_words (deck);
  images = vc_deck_get_images (deck);

  if (words->len < N_PAIRS || g_list_model_get_n_items (images) < N_PAIRS)
    {
      g_printerr ("The deck has %u words and %u pictures.\n",
                  words->len, g_list_model_get_n_items (images));
      print_skipped ("values-game-rss", "the deck has fewer than twelve words or pictures");
      status = EXIT_SKIP;
      goto out;
    }

  for (guint i = 0; i < N_PAIRS; i++)
    {
      const VcValueWord *word = g_ptr_array_index (words, i);
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      g_autofree char *reason = NULL;
      guint index;

      gtk_widget_activate_action (GTK_WIDGET (board), "board.pair", "(ss)",
                                  word->id, vc_deck_image_get_id (image));
      index = vc_session_get_pairs (session)->len - 1;

      reason = g_strdup_printf ("%s and this picture belong together: this is what %s "
                                "looks like on an ordinary day at work.",
                                word->word, word->word);
      gtk_widget_activate_action (GTK_WIDGET (board), "board.set-reason", "(us)", index, reason);

      /* Each pair is drawn before the next is made, as it would be when
       * a group makes them one after another. */
      wait_for_frame (&watch, g_get_monotonic_time ());
    }

  if (vc_session_get_pairs (session)->len != N_PAIRS)
    {
      g_printerr ("The board has %u pairs instead of %u.\n",
                  vc_session_get_pairs (session)->len, N_PAIRS);
      print_skipped ("values-game-rss", "the pairs were not made");
      status = EXIT_SKIP;
      goto out;
    }

  /* A few more frames of the whole board, and whatever the pairs set off
   * (scrolling to the new pair, the delayed save) is over. */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      wait_for_frame (&watch, g_get_monotonic_time ());
    }
  run_for (SETTLE_MS + 500);

  rss = read_status_kb ("VmRSS");
  hwm = read_status_kb ("VmHWM");
  if (rss < 0)
    {
      print_skipped ("values-game-rss", "cannot read /proc/self/status");
      status = EXIT_SKIP;
      goto out;
    }

  g_printerr ("%u pairs with reasons, %u frames drawn in all.\n", N_PAIRS, watch.n_frames);
  print_rss_breakdown ();
  printf ("BENCH values-game-rss %" G_GINT64_FORMAT " kB\n", rss);
  if (hwm >= 0)
    printf ("BENCH values-game-rss-peak %" G_GINT64_FORMAT " kB\n", hwm);
  if (minimal > 0)
    {
      printf ("BENCH values-game-minimal-window-rss %" G_GINT64_FORMAT " kB\n", minimal);
      printf ("BENCH values-game-rss-ratio %.2f x\n", (double)rss / minimal);
      if ((double)rss / minimal > TARGET_RSS_RATIO)
        g_printerr ("The values game takes more than %.1f times the memory of the minimal window.\n",
                    TARGET_RSS_RATIO);
    }
  fflush (stdout);

out:
  close_window (window, &watch);
  return status;
}

static void
skip_all (gboolean    next_card,
          gboolean    values_game,
          const char *reason)
{
  if (next_card)
    print_skipped ("next-card", reason);
  if (values_game)
    print_skipped ("values-game-rss", reason);
  exit (EXIT_SKIP);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autoptr(GFile) data_dir = NULL;
  gboolean next_card = TRUE;
  gboolean values_game = TRUE;
  gboolean present = FALSE;
  guint n_moves = DEFAULT_MOVES;
  const char *env;
  int status = EXIT_SUCCESS;

  /* With no argument both are measured, one after the other. */
  if (argc > 1 && g_str_equal (argv[1], "next-card"))
    values_game = FALSE;
  else if (argc > 1 && g_str_equal (argv[1], "values-game-rss"))
    next_card = FALSE;
  else if (argc > 1 && g_str_equal (argv[1], "present-next"))
    next_card = values_game = FALSE, present = TRUE;
  else if (argc > 1)
    {
      g_printerr ("Usage: %s [next-card|values-game-rss|present-next]\n", argv[0]);
      return EXIT_FAILURE;
    }

  env = g_getenv ("VC_BENCH_MOVES");
  if (env != NULL)
    n_moves = CLAMP (atoi (env), 1, 10000);

  if (g_getenv ("DISPLAY") == NULL)
    skip_all (next_card, values_game, "no display");
  if (g_getenv ("VALUE_CARDS_DECKS_DIR") == NULL)
    skip_all (next_card, values_game, "VALUE_CARDS_DECKS_DIR is not set");

  /* Sessions are saved under XDG_DATA_HOME: never among real ones. */
  data_home = g_dir_make_tmp ("value-cards-bench-XXXXXX", NULL);
  if (data_home == NULL)
    skip_all (next_card, values_game, "cannot create a temporary folder");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  data_dir = g_file_new_for_path (data_home);

  setlocale (LC_ALL, "");
  env = g_getenv ("VALUE_CARDS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, env ? env : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      delete_tree (data_dir);
      skip_all (next_card, values_game, "cannot open the display");
    }
  adw_init ();

  use_app_style ();

  if (present)
    status = bench_present_next (n_moves);
  if (next_card)
    status = bench_next_card (n_moves);
  if (values_game)
    {
      int values_status = bench_values_game_rss ();

      if (!next_card || status == EXIT_SUCCESS)
        status = values_status;
    }

  delete_tree (data_dir);
  return status;
}
