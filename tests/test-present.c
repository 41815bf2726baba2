/* test-present.c
 *
 * Presents decks as a facilitator at a staff meeting would: on two screens
 * or on one, with the keys of a clicker, swapping the screens and, where
 * the compositor lets the test, unplugging the projector mid-meeting.
 * Which screen each window is on is asked of GDK itself. Screenshots of
 * the room's screen and the facilitator's go into the build folder.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-deck-loader.h"
#include "vc-presentation.h"
#include "vc-projector.h"
#include "vc-window.h"
#include "ui-test.h"
#include "mutter-config.h"

/* The screenshots of a run are named after the display it ran on. */
static const char *run_name = "xvfb";

static VcWindow *
open_deck (const char *name)
{
  return vc_test_open_deck (name, 1200, 700);
}

/* Opens a deck and presses F5, which starts a meeting and presents it. */
static VcWindow *
present_deck (const char      *name,
              const char      *page,
              VcPresentation **presentation,
              VcProjector    **projector)
{
  VcWindow *window = open_deck (name);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  vc_test_show_page (window, page);
  *presentation = vc_window_get_presentation (window);
  g_assert_nonnull (*presentation);
  g_assert_true (vc_presentation_is_active (*presentation));
  *projector = vc_presentation_get_projector (*presentation);
  return window;
}

static guint
n_monitors (void)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ()));
}

static GdkMonitor *
monitor_of (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || !gtk_widget_get_mapped (window))
    return NULL;
  return gdk_display_get_monitor_at_surface (gdk_display_get_default (), surface);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static void
screenshot (GtkWidget  *widget,
            const char *what)
{
  g_autofree char *name = g_strdup_printf ("present-%s-%s", run_name, what);

  vc_test_settle (250);
  vc_test_save_screenshot (widget, name);
}

/* The facilitator's window, unless the cards cover it on a single screen,
 * where GNOME's compositor does not let a Wayland client draw it. */
static void
facilitator_screenshot (VcPresentation *presentation,
                        VcWindow       *window,
                        const char     *what)
{
  VcProjector *projector = vc_presentation_get_projector (presentation);

  if (g_strcmp0 (g_getenv ("GDK_BACKEND"), "wayland") == 0 &&
      vc_presentation_is_active (presentation) && vc_presentation_is_single_screen (presentation) &&
      gtk_widget_get_mapped (GTK_WIDGET (projector)))
    return;
  screenshot (GTK_WIDGET (window), what);
}

/* Presses a key as the facilitator's clicker would, in the window that has
 * the keyboard. */
static void
press (VcPresentation *presentation,
       GtkWidget      *window,
       guint           keyval)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (vc_presentation_handle_key (presentation, focus, keyval, 0));
  vc_test_settle (30);
}

typedef struct
{
  GtkWidget  *window;
  GdkMonitor *monitor;
} OnMonitor;

static gboolean
is_on_monitor (gpointer data)
{
  OnMonitor *check = data;

  return monitor_of (check->window) == check->monitor;
}

static gboolean
has_projector_monitor (gpointer data)
{
  return vc_presentation_get_projector_monitor (data) != NULL;
}

/* The windows are where the presentation says, as GDK sees them. */
static void
check_placement (VcPresentation *presentation,
                 VcWindow       *window)
{
  VcProjector *projector = vc_presentation_get_projector (presentation);
  GdkMonitor *target;
  OnMonitor check;

  /* Screens plugged in are waited for a moment before the cards move. */
  g_assert_true (vc_test_wait_until (has_projector_monitor, presentation));
  target = vc_presentation_get_projector_monitor (presentation);
  check = (OnMonitor) { GTK_WIDGET (projector), target };
  g_assert_true (vc_test_wait_until (is_mapped, projector));
  if (!vc_test_wait_until (is_on_monitor, &check))
    {
      GdkMonitor *actual = monitor_of (GTK_WIDGET (projector));
      GdkRectangle area;

      gdk_monitor_get_geometry (target, &area);
      g_test_message ("The room's window should be on %s (%dx%d+%d+%d), is on %s",
                      gdk_monitor_get_connector (target), area.width, area.height, area.x, area.y,
                      actual ? gdk_monitor_get_connector (actual) : "none");
      g_assert_not_reached ();
    }

  if (n_monitors () >= 2 && !vc_presentation_is_single_screen (presentation))
    {
      vc_test_settle (300);
      g_assert_true (monitor_of (GTK_WIDGET (window)) != target);
    }
}

static gboolean
pane_shows_next (gpointer data)
{
  return g_strcmp0 (vc_presenter_pane_get_next_title (data), _("Up Next")) == 0;
}

/* What the facilitator's pane showed when the room's frame was drawn. */
typedef struct
{
  VcPresenterPane *pane;
  guint            browsed;
  gboolean         painted;
  GtkWidget       *room;
  VcTimer         *timer;
  gboolean         room_shows_time;
} RoomFrame;

static void
on_room_after_paint (GdkFrameClock *clock,
                     RoomFrame     *frame)
{
  if (frame->painted)
    return;
  frame->painted = TRUE;
  frame->browsed = vc_presenter_pane_get_browsed (frame->pane);
  if (frame->timer != NULL)
    {
      g_autofree char *left = vc_timer_format_remaining (frame->timer);

      frame->room_shows_time = vc_test_shows_label (frame->room, left);
    }
}

static gboolean
room_frame_painted (gpointer data)
{
  return ((RoomFrame *)data)->painted;
}

/* The pane's two columns side by side, the card's taking the width left;
 * and the pane as wide whatever height it is offered, so that no wrapped
 * text in it is laid out at width after width to fit a height. */
static void
check_pane_columns (GtkWidget *pane)
{
  GtkWidget *main_column = gtk_widget_get_first_child (pane);
  GtkWidget *list_column = gtk_widget_get_next_sibling (main_column);
  int width = gtk_widget_get_width (pane);
  graphene_rect_t main_bounds, list_bounds;
  int main_min, list_min, offered, any;

  g_assert_nonnull (list_column);
  g_assert_true (gtk_widget_compute_bounds (main_column, pane, &main_bounds));
  g_assert_true (gtk_widget_compute_bounds (list_column, pane, &list_bounds));

  g_assert_cmpfloat (main_bounds.origin.x, ==, 0);
  g_assert_cmpfloat (list_bounds.origin.x, ==, main_bounds.size.width + 18);
  g_assert_cmpfloat (list_bounds.origin.x + list_bounds.size.width, ==, width);
  g_assert_cmpfloat (main_bounds.size.height, ==, gtk_widget_get_height (pane));
  g_assert_cmpfloat (list_bounds.size.height, ==, gtk_widget_get_height (pane));
  g_assert_cmpfloat (main_bounds.size.width, >, list_bounds.size.width);

  /* Measured with its margins, 12 pixels on each side. */
  gtk_widget_measure (main_column, GTK_ORIENTATION_HORIZONTAL, -1, &main_min, NULL, NULL, NULL);
  gtk_widget_measure (list_column, GTK_ORIENTATION_HORIZONTAL, -1, &list_min, NULL, NULL, NULL);
  gtk_widget_measure (pane, GTK_ORIENTATION_HORIZONTAL, 20, &offered, NULL, NULL, NULL);
  gtk_widget_measure (pane, GTK_ORIENTATION_HORIZONTAL, -1, &any, NULL, NULL, NULL);
  g_assert_cmpint (offered, ==, any);
  g_assert_cmpint (any, ==, main_min + 18 + list_min + 24);
}

static void
test_present_cards (void)
{
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;
  VcPlayerView *player;
  VcPresenterPane *pane;
  VcSession *session;
  GdkMonitor *first;
  g_autofree char *noted_id = NULL;
  guint position;

  /* F5 on a deck starts a meeting and presents it. */
  window = present_deck ("workplace-dilemmas.vcdeck", "player", &presentation, &projector);
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  g_assert_true (vc_player_view_get_presenting (player));
  g_assert_cmpint (vc_session_get_kind (session), ==, VC_SESSION_KIND_MEETING);

  check_placement (presentation, window);
  g_assert_cmpint (vc_presentation_is_single_screen (presentation), ==, n_monitors () < 2);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "introduction");

  /* The text is enlarged with the screen: one and a half times on a
   * 1080-line projector. */
  {
    GdkRectangle area;

    gdk_monitor_get_geometry (vc_presentation_get_projector_monitor (presentation), &area);
    g_assert_cmpfloat (vc_projector_get_text_scale (projector), <=, area.height / 720.0 + 0.001);
    g_assert_cmpfloat (vc_projector_get_text_scale (projector), >=, area.height / 720.0 * 0.5);
  }
  screenshot (GTK_WIDGET (projector), "room-introduction");
  facilitator_screenshot (presentation, window, "facilitator-introduction");

  /* A clicker's Page Down goes on; the room sees what the player shows. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "card");
  screenshot (GTK_WIDGET (projector), "room-card");

  /* Parts of a dilemma come one at a time, and Backspace takes one back. */
  press (presentation, GTK_WIDGET (projector), GDK_KEY_Right);
  g_assert_cmpuint (vc_player_view_get_position (player) * 100 + vc_player_view_get_step (player), >, 100);
  press (presentation, GTK_WIDGET (projector), GDK_KEY_BackSpace);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);
  g_assert_cmpuint (vc_player_view_get_step (player), ==, 0);

  /* Scribe's notes typed in the pane are kept; typing a "b" in them does
   * not black out the room. */
  vc_player_view_set_notes_text (player, "The room agreed on a first step.");
  noted_id = g_strdup (vc_player_view_get_current_id (player));
  g_assert_false (vc_presentation_handle_key (presentation, gtk_text_view_new (), GDK_KEY_b, 0));
  g_assert_cmpint (vc_projector_get_cover (projector), ==, VC_PROJECTOR_COVER_NONE);

  /* Black and white out, and back. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_b);
  g_assert_cmpint (vc_projector_get_cover (projector), ==, VC_PROJECTOR_COVER_BLACK);
  screenshot (GTK_WIDGET (projector), "room-black");
  press (presentation, GTK_WIDGET (window), GDK_KEY_period);
  g_assert_cmpint (vc_projector_get_cover (projector), ==, VC_PROJECTOR_COVER_NONE);
  press (presentation, GTK_WIDGET (window), GDK_KEY_w);
  g_assert_cmpint (vc_projector_get_cover (projector), ==, VC_PROJECTOR_COVER_WHITE);
  press (presentation, GTK_WIDGET (window), GDK_KEY_comma);
  g_assert_cmpint (vc_projector_get_cover (projector), ==, VC_PROJECTOR_COVER_NONE);

  /* T starts the timer, which the room sees unless the facilitator
   * hides it in the menu. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_t);
  g_assert_true (vc_timer_is_running (vc_player_view_get_timer (player)));
  g_assert_true (vc_projector_get_show_timer (projector));
  gtk_widget_activate_action (GTK_WIDGET (player), "projector.projector-show-timer", NULL);
  g_assert_false (vc_projector_get_show_timer (projector));
  gtk_widget_activate_action (GTK_WIDGET (player), "projector.projector-light", NULL);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (projector), "vc-light"));
  screenshot (GTK_WIDGET (projector), "room-light-no-timer");
  gtk_widget_activate_action (GTK_WIDGET (player), "projector.projector-light", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "projector.projector-show-timer", NULL);
  g_assert_true (vc_projector_get_show_timer (projector));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (projector), "vc-light"));

  /* Browsing the list of cards changes nothing in the room until the
   * facilitator confirms. */
  pane = vc_player_view_get_presenter_pane (player);
  vc_presenter_pane_browse (pane, 6);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);
  g_assert_cmpstr (vc_presenter_pane_get_next_title (pane), ==, _("Picked, Not Shown Yet"));
  facilitator_screenshot (presentation, window, "facilitator-browsing");
  vc_presenter_pane_confirm (pane);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 6);
  /* The pane follows once the room's screen is drawn. */
  g_assert_true (vc_test_wait_until (pane_shows_next, pane));
  screenshot (GTK_WIDGET (projector), "room-jumped");
  facilitator_screenshot (presentation, window, "facilitator-jumped");
  check_pane_columns (GTK_WIDGET (pane));

  /* Swapping puts the cards on the other screen, and back. */
  first = vc_presentation_get_projector_monitor (presentation);
  press (presentation, GTK_WIDGET (window), GDK_KEY_s);
  if (n_monitors () >= 2)
    {
      g_assert_true (vc_presentation_get_projector_monitor (presentation) != first);
      check_placement (presentation, window);
      screenshot (GTK_WIDGET (projector), "room-swapped");
      press (presentation, GTK_WIDGET (window), GDK_KEY_s);
      g_assert_true (vc_presentation_get_projector_monitor (presentation) == first);
      check_placement (presentation, window);
    }
  else
    g_assert_true (vc_presentation_get_projector_monitor (presentation) == first);

  /* Home and End. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_End);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, vc_player_view_get_n_positions (player) - 1);
  press (presentation, GTK_WIDGET (window), GDK_KEY_Home);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 0);

  /* The pane beside the card, and the room's timer, follow as soon as
   * the room's frame is drawn, not some time after it. */
  {
    RoomFrame frame = { pane, G_MAXUINT, FALSE, GTK_WIDGET (projector), vc_player_view_get_timer (player), FALSE };
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (projector));
    gulong handler;

    g_autofree char *longer = NULL;

    /* A minute more for this card, which the next card does not have. */
    gtk_widget_activate_action (GTK_WIDGET (player), "player.timer-add-minute", NULL);
    vc_test_settle (300);
    longer = vc_timer_format_remaining (vc_player_view_get_timer (player));
    g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), longer));

    g_assert_true (vc_presentation_handle_key (presentation, NULL, GDK_KEY_Page_Down, 0));
    handler = g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_room_after_paint), &frame);
    g_assert_true (vc_test_wait_until (room_frame_painted, &frame));
    g_signal_handler_disconnect (clock, handler);
    g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);
    g_assert_cmpuint (frame.browsed, ==, 1);
    /* The card's own time is in the room's corner once its frame is
     * drawn, not at the next tick of the clock. */
    g_assert_true (frame.room_shows_time);
    vc_test_settle (30);
  }
  position = vc_player_view_get_position (player);

  /* Esc ends it: the room's window closes, the meeting goes on here. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (vc_presentation_is_active (presentation));
  g_assert_true (vc_test_wait_until (is_unmapped, projector));
  g_assert_false (vc_player_view_get_presenting (player));
  g_assert_cmpuint (vc_player_view_get_position (player), ==, position);
  g_assert_cmpstr (vc_session_get_notes (session, noted_id), ==, "The room agreed on a first step.");
  /* The facilitator's own card view, out of sight while presenting, shows
   * the card the group is on again, not the introduction it last showed. */
  {
    g_autofree char *heading = g_strdup_printf (C_("card heading", "%u. %s"),
                                                vc_player_view_get_card_number (player),
                                                vc_card_get_title (vc_player_view_get_current_card (player)));

    g_assert_true (vc_test_shows_label (GTK_WIDGET (player), heading));
  }
  g_assert_cmpstr (vc_window_get_page (window), ==, "player");
  facilitator_screenshot (presentation, window, "facilitator-stopped");

  /* Shift+F5 presents again from where the group is. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", FALSE);
  g_assert_true (vc_presentation_is_active (presentation));
  g_assert_cmpuint (vc_player_view_get_position (player), ==, position);
  check_placement (presentation, window);
  press (presentation, GTK_WIDGET (projector), GDK_KEY_Escape);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_present_values_game (void)
{
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;
  VcBoard *board;
  VcDeck *deck;
  VcRoomBoard *room_board;
  const VcValueWord *word;
  g_autofree char *said = NULL;

  window = present_deck ("values-game.vcdeck", "board", &presentation, &projector);
  board = vc_window_get_board (window);
  deck = vc_board_get_deck (board);
  room_board = vc_projector_get_room_board (projector);
  check_placement (presentation, window);

  /* The room sees the whole board: every word and every picture. */
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==, _("The room sees the board"));
  g_assert_cmpuint (vc_room_board_get_n_words (room_board), ==, vc_deck_get_words (deck)->len);
  g_assert_cmpuint (vc_room_board_get_n_pictures (room_board), ==,
                    g_list_model_get_n_items (vc_deck_get_images (deck)));
  g_assert_true (gtk_widget_get_mapped (vc_room_board_get_picture (room_board, 0)));
  screenshot (GTK_WIDGET (projector), "room-values-start");

  /* A word drawn is shown to the room, and its definition at a key. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.draw-word", NULL);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "drawn");
  word = vc_deck_find_word (deck, vc_board_get_selected_word (board));
  g_assert_nonnull (word);
  said = g_strdup_printf (_("The room sees the word “%s”"), word->word);
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==, said);
  g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), word->word));
  g_assert_false (vc_test_shows_label (GTK_WIDGET (projector), word->definition));
  screenshot (GTK_WIDGET (projector), "room-values-drawn");
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  press (presentation, GTK_WIDGET (window), GDK_KEY_d);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "definition");
  g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), word->definition));
  g_clear_pointer (&said, g_free);
  said = g_strdup_printf (_("The room sees the definition of “%s”"), word->word);
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==, said);
  screenshot (GTK_WIDGET (projector), "room-values-definition");
  press (presentation, GTK_WIDGET (window), GDK_KEY_d);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");

  /* A pair made is shown large. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.pair", "(ss)", "respect", "eye-level");
  gtk_widget_activate_action (GTK_WIDGET (board), "board.pair", "(ss)", "participation", "door-key");
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "pair");
  g_assert_nonnull (strstr (vc_presentation_get_room_description (presentation),
                            vc_deck_find_word (deck, "participation")->word));
  screenshot (GTK_WIDGET (projector), "room-values-pair");
  facilitator_screenshot (presentation, window, "facilitator-values");

  /* The clicker goes from the board through the pairs, once the reason
   * has been typed and the facilitator has left its field. */
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  press (presentation, GTK_WIDGET (window), GDK_KEY_Home);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==, _("The room sees the board"));
  /* The pairs are marked on the board. */
  g_assert_nonnull (vc_room_board_get_picture_mark (room_board, 3));
  screenshot (GTK_WIDGET (projector), "room-values-board");

  /* With nothing chosen, there is no definition to show. */
  g_assert_null (vc_board_get_selected_word (board));
  press (presentation, GTK_WIDGET (window), GDK_KEY_d);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "pair");
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Up);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");

  /* Blacked out, the bar says so. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_b);
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==,
                   _("The room sees a black screen (B to show it again)"));
  press (presentation, GTK_WIDGET (window), GDK_KEY_b);
  g_assert_cmpstr (vc_presentation_get_room_description (presentation), ==, _("The room sees the board"));

  /* A card, such as the closing card, is shown until the board again. */
  if (vc_deck_get_closing (deck) != NULL)
    {
      vc_presentation_show_room_card (presentation, vc_deck_get_closing (deck));
      g_assert_cmpstr (vc_projector_get_mode (projector), ==, "card");
      screenshot (GTK_WIDGET (projector), "room-values-closing");
      press (presentation, GTK_WIDGET (window), GDK_KEY_Home);
      g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");
    }

  /* The values game's own timer, beside the board, is shown to the room;
   * T starts and pauses it. */
  {
    VcTimer *timer = vc_board_get_timer (board);
    g_autofree char *left = NULL;

    g_assert_nonnull (timer);
    g_assert_true (vc_projector_get_show_timer (projector));
    press (presentation, GTK_WIDGET (window), GDK_KEY_t);
    g_assert_true (vc_timer_is_running (timer));
    press (presentation, GTK_WIDGET (window), GDK_KEY_t);
    g_assert_false (vc_timer_is_running (timer));
    left = vc_timer_format_remaining (timer);
    vc_test_settle (300);
    g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), left));
    screenshot (GTK_WIDGET (projector), "room-values-timer");
  }

  press (presentation, GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (vc_presentation_is_active (presentation));
  g_assert_cmpuint (vc_session_get_pairs (vc_board_get_session (board))->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A person's own reflection is never shown to a room. */
static void
test_reflection_not_presented (void)
{
  VcWindow *window = open_deck ("ethical-guidelines.vcdeck");
  VcPresentation *presentation;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-reflection", NULL);
  vc_test_show_page (window, "player");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", FALSE);
  presentation = vc_window_get_presentation (window);
  g_assert_true (presentation == NULL || !vc_presentation_is_active (presentation));
  g_assert_false (vc_player_view_get_presenting (vc_window_get_player (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_text (GtkWidget *widget,
          gpointer   text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

typedef struct
{
  VcPlayerView *player;
  VcProjector  *projector;
  char         *heading;
} NextCard;

/* The heading of the card Next shows, once the room has laid it out. */
static gboolean
next_card_laid_out (gpointer data)
{
  NextCard *next = data;
  VcCard *card;
  guint number;
  GtkWidget *label;

  card = vc_player_view_peek_next_card (next->player, &number);
  g_assert_nonnull (card);
  g_clear_pointer (&next->heading, g_free);
  next->heading = g_strdup_printf (C_("card heading", "%u. %s"), number, vc_card_get_title (card));
  label = vc_test_find (GTK_WIDGET (next->projector), GTK_TYPE_LABEL, has_text, next->heading);

  return label != NULL && gtk_widget_get_width (label) > 1;
}

/* While the group talks, the room lays out the card Next shows, out of
 * sight; Next then shows those very labels, laid out already. */
static void
test_next_card_ready (void)
{
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;
  VcPlayerView *player;
  NextCard next = { NULL, NULL, NULL };
  GtkWidget *label, *shown;
  guint number, position;
  int width;

  window = present_deck ("workplace-dilemmas.vcdeck", "player", &presentation, &projector);
  player = vc_window_get_player (window);
  g_assert_true (vc_test_wait_until (is_mapped, projector));

  /* To the first card shown whole: its parts come one at a time. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  while (vc_player_view_peek_next_card (player, &number) == NULL)
    {
      g_assert_cmpuint (vc_player_view_get_position (player), <, 3);
      press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
    }
  position = vc_player_view_get_position (player);

  next = (NextCard) { player, projector, NULL };
  g_assert_true (vc_test_wait_until (next_card_laid_out, &next));
  label = vc_test_find (GTK_WIDGET (projector), GTK_TYPE_LABEL, has_text, next.heading);
  width = gtk_widget_get_width (label);
  /* Not drawn, nor seen by a screen reader, before its time. */
  g_assert_false (gtk_widget_get_mapped (label));
  g_assert_false (vc_test_shows_label (GTK_WIDGET (projector), next.heading));
  g_object_ref (label);

  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, position + 1);
  g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), next.heading));
  shown = vc_test_find (GTK_WIDGET (projector), GTK_TYPE_LABEL, has_text, next.heading);
  g_assert_true (shown == label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpint (gtk_widget_get_width (label), ==, width);
  g_object_unref (label);
  screenshot (GTK_WIDGET (projector), "room-next-ready");

  /* Back, which was not laid out ahead, shows the card before as well. */
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Up);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, position);
  {
    VcCard *card = vc_player_view_get_current_card (player);
    g_autofree char *heading = g_strdup_printf (C_("card heading", "%u. %s"),
                                                vc_player_view_get_card_number (player),
                                                vc_card_get_title (card));

    g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), heading));
    g_assert_false (vc_test_shows_label (GTK_WIDGET (projector), next.heading));
  }

  g_free (next.heading);
  press (presentation, GTK_WIDGET (window), GDK_KEY_Escape);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With one screen, a key brings the facilitator's window over the cards. */
static void
test_single_screen (void)
{
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;

  if (n_monitors () != 1)
    {
      g_test_skip ("Needs exactly one screen");
      return;
    }

  window = present_deck ("drawing-questions.vcdeck", "player", &presentation, &projector);
  check_placement (presentation, window);
  g_assert_true (vc_presentation_is_single_screen (presentation));

  press (presentation, GTK_WIDGET (projector), GDK_KEY_p);
  g_assert_true (vc_test_wait_until (is_unmapped, projector));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_false (vc_presenter_pane_get_room_shown (vc_player_view_get_presenter_pane (vc_window_get_player (window))));
  facilitator_screenshot (presentation, window, "single-facilitator");
  press (presentation, GTK_WIDGET (window), GDK_KEY_p);
  g_assert_true (vc_test_wait_until (is_mapped, projector));
  screenshot (GTK_WIDGET (projector), "single-room");
  press (presentation, GTK_WIDGET (projector), GDK_KEY_Escape);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_n_monitors (gpointer data)
{
  return n_monitors () == GPOINTER_TO_UINT (data);
}

/* The projector is unplugged in the middle of a card and plugged in
 * again: its window goes and comes back, and nothing typed is lost. */
static void
test_unplug (void)
{
  g_autoptr(GError) error = NULL;
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;
  VcPlayerView *player;
  VcSession *session;
  const char *id;

  if (!vc_test_mutter_available () || n_monitors () < 2)
    {
      g_test_skip ("Needs GNOME's compositor with two screens");
      return;
    }

  window = present_deck ("workplace-dilemmas.vcdeck", "player", &presentation, &projector);
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  check_placement (presentation, window);
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  id = vc_player_view_get_current_id (player);
  vc_player_view_set_notes_text (player, "Notes typed before the cable came out.");

  /* Keep only the screen the facilitator is on. */
  g_assert_true (vc_test_mutter_use_monitors (1, &error));
  g_assert_no_error (error);
  g_assert_true (vc_test_wait_until (has_n_monitors, GUINT_TO_POINTER (1)));
  g_assert_true (vc_test_wait_until (is_unmapped, projector));
  g_assert_true (vc_presentation_is_active (presentation));
  g_assert_true (vc_presentation_is_projector_lost (presentation));
  g_assert_false (vc_presenter_pane_get_room_shown (vc_player_view_get_presenter_pane (player)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (vc_session_get_notes (session, id), ==, "Notes typed before the cable came out.");
  facilitator_screenshot (presentation, window, "unplugged-facilitator");

  /* The meeting goes on without the projector... */
  press (presentation, GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpstr (vc_session_get_notes (session, id), ==, "Notes typed before the cable came out.");

  /* ...and the cards come back when it is plugged in again. */
  g_assert_true (vc_test_mutter_use_monitors (2, &error));
  g_assert_no_error (error);
  g_assert_true (vc_test_wait_until (has_n_monitors, GUINT_TO_POINTER (2)));
  check_placement (presentation, window);
  g_assert_false (vc_presentation_is_projector_lost (presentation));
  g_assert_true (vc_presenter_pane_get_room_shown (vc_player_view_get_presenter_pane (player)));
  screenshot (GTK_WIDGET (projector), "replugged-room");

  press (presentation, GTK_WIDGET (window), GDK_KEY_Escape);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_mirrored_single (gpointer data)
{
  return vc_presentation_is_mirrored (data) && vc_presentation_is_single_screen (data);
}

static gboolean
is_two_screens (gpointer data)
{
  return !vc_presentation_is_mirrored (data) && !vc_presentation_is_single_screen (data) &&
         vc_presentation_get_projector_monitor (data) != NULL;
}

/* Screens that mirror each other are one screen: the room would see the
 * facilitator's notes. When the facilitator joins them, the cards go to
 * the other screen. */
static void
test_mirrored (void)
{
  g_autoptr(GError) error = NULL;
  VcWindow *window;
  VcPresentation *presentation;
  VcProjector *projector;

  if (!vc_test_mutter_available () || n_monitors () < 2)
    {
      g_test_skip ("Needs GNOME's compositor with two screens");
      return;
    }
  if (!vc_test_mutter_mirror (&error))
    {
      g_test_skip (error->message);
      return;
    }

  window = present_deck ("workplace-dilemmas.vcdeck", "player", &presentation, &projector);
  g_assert_true (vc_test_wait_until (is_mirrored_single, presentation));
  g_assert_true (vc_test_wait_until (is_mapped, projector));
  screenshot (GTK_WIDGET (projector), "mirrored-room");

  /* Settings › Displays › Join Displays. */
  g_assert_true (vc_test_mutter_use_monitors (2, &error));
  g_assert_no_error (error);
  g_assert_true (vc_test_wait_until (is_two_screens, presentation));
  check_placement (presentation, window);
  screenshot (GTK_WIDGET (projector), "joined-room");

  press (presentation, GTK_WIDGET (window), GDK_KEY_Escape);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The room's screen at the sizes of common projectors: the whole card is
 * there, larger on the larger screen. */
static void
test_projector_sizes (void)
{
  static const struct { int width, height; } sizes[] = {
    { 1920, 1080 },
    { 1024, 768 },
  };
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"),
                                            "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeck) deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, NULL);
  VcCard *card;
  double scales[G_N_ELEMENTS (sizes)];

  g_assert_nonnull (deck);
  card = g_list_model_get_item (vc_deck_get_cards (deck), 0);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      VcProjector *projector = vc_projector_new ();
      g_autofree char *name = g_strdup_printf ("%dx%d", sizes[i].width, sizes[i].height);

      gtk_window_set_default_size (GTK_WINDOW (projector), sizes[i].width, sizes[i].height);
      vc_projector_show_card (projector, card, 1, 0, FALSE);
      vc_projector_set_timer_text (projector, "12:00");
      gtk_window_present (GTK_WINDOW (projector));
      g_assert_true (vc_test_wait_until (is_mapped, projector));
      screenshot (GTK_WIDGET (projector), name);
      scales[i] = vc_projector_get_text_scale (projector);
      g_assert_cmpfloat (scales[i], <=, sizes[i].height / 720.0 + 0.001);

      /* The light look, for a bright room. */
      if (i == 0)
        {
          g_autofree char *light = g_strdup_printf ("%s-light", name);

          vc_projector_set_light (projector, TRUE);
          screenshot (GTK_WIDGET (projector), light);
        }
      gtk_window_destroy (GTK_WINDOW (projector));
    }

  g_assert_cmpfloat (scales[0], >, scales[1]);
  g_object_unref (card);
}

/* Every key the shortcuts window lists for presenting does what it says
 * while the values game is presented: the list and the keys come from one
 * table, and Esc, last, ends the presentation. */
static gboolean
has_title (GtkWidget *widget,
           gpointer   title)
{
  g_autofree char *text = NULL;

  g_object_get (widget, "title", &text, NULL);
  return g_strcmp0 (text, title) == 0;
}

static void
test_keys_listed (void)
{
  VcPresentation *presentation = NULL;
  VcProjector *projector = NULL;
  VcWindow *window = present_deck ("values-game.vcdeck", "board", &presentation, &projector);
  g_autoptr(GPtrArray) shortcuts = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *shortcuts_window = NULL;
  GtkWidget *group;
  guint n_keys = 0;
  gboolean has_escape = FALSE;

  vc_test_settle (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  vc_test_settle (200);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts_window = toplevel;
    }
  g_assert_nonnull (shortcuts_window);
  group = vc_test_find (shortcuts_window, GTK_TYPE_SHORTCUTS_GROUP, has_title,
                        (gpointer)g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window",
                                                "Presenting on a Projector"));
  g_assert_nonnull (group);
  shortcuts = vc_test_find_all (group, GTK_TYPE_SHORTCUTS_SHORTCUT, NULL, NULL);
  g_assert_cmpuint (shortcuts->len, >=, 12);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) keys = NULL;

      g_object_get (shortcuts->pdata[i], "accelerator", &accelerator, NULL);
      g_test_message ("listed: %s", accelerator);
      keys = g_strsplit (accelerator, " ", -1);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (keys[k], &keyval, &mods));
          /* F5 starts presenting: the window's key, tested with it. */
          if (keyval == GDK_KEY_F5)
            continue;
          if (keyval == GDK_KEY_Escape)
            {
              has_escape = TRUE;
              continue;
            }
          g_assert_cmpuint (mods, ==, 0);
          g_assert_true (vc_presentation_is_active (presentation));
          if (!vc_presentation_handle_key (presentation, NULL, keyval, 0))
            g_error ("“%s”, listed, does nothing", keys[k]);
          n_keys++;
          vc_test_settle (20);
        }
    }

  g_assert_cmpuint (n_keys, >=, 15);
  g_assert_true (has_escape);
  g_assert_true (vc_presentation_handle_key (presentation, NULL, GDK_KEY_Escape, 0));
  g_assert_false (vc_presentation_is_active (presentation));
  /* Nothing is left to do once it has ended. */
  g_assert_false (vc_presentation_handle_key (presentation, NULL, GDK_KEY_Page_Down, 0));

  gtk_window_destroy (GTK_WINDOW (shortcuts_window));
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);

  /* S swapped the screens, and that is remembered: forget it for the
   * tests after this one. */
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

    g_settings_reset (settings, "projector-screen");
  }
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  if (g_getenv ("VC_TEST_RUN_NAME") != NULL)
    run_name = g_getenv ("VC_TEST_RUN_NAME");

  g_test_add_func ("/present/cards", test_present_cards);
  g_test_add_func ("/present/next-card-ready", test_next_card_ready);
  g_test_add_func ("/present/values-game", test_present_values_game);
  g_test_add_func ("/present/reflection", test_reflection_not_presented);
  g_test_add_func ("/present/single-screen", test_single_screen);
  g_test_add_func ("/present/unplug", test_unplug);
  g_test_add_func ("/present/mirrored", test_mirrored);
  g_test_add_func ("/present/projector-sizes", test_projector_sizes);
  g_test_add_func ("/present/keys-listed", test_keys_listed);

  return g_test_run ();
}
