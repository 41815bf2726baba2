/* vc-presentation.c
 *
 * Presenting a deck: the room's screen, the facilitator's, and the keys of
 * a clicker.
 *
 * One session drives two windows. The projector window shows the room the
 * card, the board or a pair, full screen on the projector; the facilitator
 * keeps the app's own window, which shows the presenter pane (or the board,
 * for the values game) full screen on the laptop.
 *
 * Which screen is the projector is settled by the rules in vc-screens.c,
 * and asked only when they cannot settle it. Screens come and go during a
 * meeting: an unplugged projector takes its window with it and the meeting
 * goes on on the laptop; a projector plugged in gets the cards back. With
 * one screen, or two that mirror each other, the cards fill the one screen
 * and a key brings the facilitator's window back over them.
 *
 * The keys a presentation clicker sends work in both windows, and Esc
 * always ends the presentation.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-presentation.h"
#include "vc-presentation-private.h"
#include "vc-memory.h"
#include "vc-screens.h"

G_DEFINE_FINAL_TYPE (VcPresentation, vc_presentation, G_TYPE_OBJECT)

enum {
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
vc_presentation_toast (VcPresentation *self,
                       const char     *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self->facilitator), "win.toast", "s", text);
}

/* Tells the facilitator's view whether the room sees anything. */
void
vc_presentation_room_shown_changed (VcPresentation *self,
                    gboolean        shown)
{
  if (self->player != NULL)
    vc_presenter_pane_set_room_shown (vc_player_view_get_presenter_pane (self->player), shown);
  if (self->values_bar != NULL)
    vc_values_bar_set_preview_shown (self->values_bar, shown);
}

/* What the room sees */

void
vc_presentation_update_timer (VcPresentation *self)
{
  VcTimer *timer = self->player ? vc_player_view_get_timer (self->player) : self->values_timer;
  g_autofree char *text = NULL;

  /* In a format, the room's countdown is the step's, or the turn's. */
  if (self->run != NULL && vc_format_run_get_step (self->run) != NULL)
    {
      text = vc_format_run_format_remaining (self->run);
      vc_projector_set_step_countdown (self->projector, text, vc_format_run_get_state (self->run));
    }
  else if (timer != NULL)
    text = vc_timer_format_remaining (timer);

  vc_projector_set_timer_text (self->projector, text);
}

static gboolean
on_tick (gpointer data)
{
  vc_presentation_update_timer (data);
  return G_SOURCE_CONTINUE;
}

/* The rest of the facilitator's view follows as soon as the room's frame
 * is drawn, so that the facilitator's window draws it all in one frame.
 * The room's screen then lays out, out of sight, the card that Next would
 * show, so that the frame that shows it has no text to lay out. It does
 * so in the same frame as the room's timer, the next: laid out later, it
 * could hold back a key pressed soon after, to the frame after it. */
static void
on_room_painted (GdkFrameClock  *clock,
                 VcPresentation *self)
{
  VcCard *next = NULL;
  guint number;

  g_clear_signal_handler (&self->painted_handler, self->room_clock);
  g_clear_object (&self->room_clock);
  vc_presentation_update_timer (self);
  if (self->player == NULL)
    return;

  vc_player_view_update_now (self->player);
  next = vc_player_view_peek_next_card (self->player, &number);
  if (next != NULL)
    vc_projector_prepare_card (self->projector, next, number, vc_player_view_get_one_by_one (self->player));
}

static void
forget_room_frame (VcPresentation *self)
{
  if (self->room_clock != NULL)
    g_clear_signal_handler (&self->painted_handler, self->room_clock);
  g_clear_object (&self->room_clock);
}

static void
show_player_page (VcPresentation *self)
{
  GdkFrameClock *clock;
  VcCard *card = vc_player_view_get_current_card (self->player);
  VcDeck *deck = vc_player_view_get_deck (self->player);

  if (card != NULL)
    vc_projector_show_card (self->projector, card,
                            vc_player_view_get_card_number (self->player),
                            vc_player_view_get_step (self->player),
                            vc_player_view_get_one_by_one (self->player));
  else if (deck != NULL && vc_deck_get_introduction (deck) != NULL)
    vc_projector_show_introduction (self->projector, vc_deck_get_introduction (deck));

  /* The card's time shows in the room's corner a frame after the card:
   * drawn with it, the corner would make the card's frame all the
   * screen's height between them. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->projector));
  if (self->room_clock == NULL && clock != NULL)
    {
      self->room_clock = g_object_ref (clock);
      self->painted_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_room_painted), self);
    }
  else if (clock == NULL)
    vc_presentation_update_timer (self);
}

/* Keys */

void
vc_presentation_set_cover (VcPresentation   *self,
                           VcProjectorCover  cover)
{
  if (vc_projector_get_cover (self->projector) == cover)
    cover = VC_PROJECTOR_COVER_NONE;
  vc_projector_set_cover (self->projector, cover);
  if (self->board != NULL)
    vc_presentation_show_values_view (self);
}

/* Starting and stopping */

static void
apply_settings (VcPresentation *self)
{
  gboolean light, show_timer;

  g_object_get (self->settings,
                "projector-light", &light,
                "projector-show-timer", &show_timer,
                NULL);
  vc_projector_set_light (self->projector, light);
  vc_projector_set_show_timer (self->projector,
                               (self->player != NULL || self->values_timer != NULL) && show_timer);
}

static void
begin (VcPresentation *self)
{
  g_autoptr(GArray) infos = NULL;
  g_autofree char *remembered = NULL;
  GtkApplication *app = gtk_window_get_application (self->facilitator);
  int chosen;

  self->active = TRUE;
  if (!self->frames_kept)
    {
      /* The room's next card should not wait to take the memory back. */
      vc_memory_keep_frames (TRUE);
      self->frames_kept = TRUE;
    }
  self->single = FALSE;
  self->lost = FALSE;
  self->pane_shown = FALSE;
  self->told_mirrored = FALSE;
  vc_presentation_update_actions (self);

  if (self->projector == NULL)
    {
      self->projector = vc_projector_new ();
      if (app != NULL)
        gtk_application_add_window (app, GTK_WINDOW (self->projector));
      vc_presentation_add_shortcuts (self, GTK_WIDGET (self->projector));
    }
  vc_projector_set_cover (self->projector, VC_PROJECTOR_COVER_NONE);
  apply_settings (self);

  if (self->facilitator_keys == NULL)
    self->facilitator_keys = vc_presentation_add_shortcuts (self, GTK_WIDGET (self->facilitator));
  /* The keys of a clicker should move the cards, not a button that had
   * the focus. */
  gtk_root_set_focus (GTK_ROOT (self->facilitator), NULL);

  if (app != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (app, self->facilitator,
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Cards are shown to a meeting"));
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (250, on_tick, self);

  infos = vc_presentation_describe_monitors (self);
  g_object_get (self->settings, "projector-screen", &remembered, NULL);
  chosen = vc_screens_choose_projector ((VcScreenInfo *)infos->data, infos->len,
                                        vc_presentation_facilitator_index (self), remembered);
  if (chosen != VC_SCREEN_NONE)
    vc_presentation_set_projector_monitor (self, vc_presentation_monitor_at (self, chosen));

  if (chosen == VC_SCREEN_NONE && infos->len >= 2 &&
      !vc_screens_are_mirrored ((VcScreenInfo *)infos->data, infos->len))
    vc_presentation_ask_for_screen (self);
  else
    vc_presentation_place_windows (self);
}

/**
 * vc_presentation_start_player:
 * @self: a #VcPresentation
 * @player: the player, playing a deck of discussion cards
 *
 * Shows the player's card to the room, and the presenter pane to the
 * facilitator, until vc_presentation_stop().
 */
void
vc_presentation_start_player (VcPresentation *self,
                              VcPlayerView   *player)
{
  g_return_if_fail (VC_IS_PRESENTATION (self));
  g_return_if_fail (VC_IS_PLAYER_VIEW (player));

  if (self->active)
    vc_presentation_stop (self);

  self->player = g_object_ref (player);
  begin (self);
  self->page_handler = g_signal_connect_swapped (player, "page-shown", G_CALLBACK (show_player_page), self);
  vc_presentation_watch_run (self, vc_player_view_get_run (player));
  {
    g_autoptr(GdkPaintable) preview = gtk_widget_paintable_new (vc_projector_get_view (self->projector));

    /* Shows the page again, which the room's window now follows. */
    vc_player_view_set_presenting (player, preview);
  }
}

/* The values game ends with the deck's closing card, which the room sees
 * as with any other deck; going back to the board brings the board back. */
static void
on_board_closing (VcPresentation *self)
{
  VcCard *closing = vc_board_get_closing_card (self->board);

  if (vc_board_get_closing (self->board) && closing != NULL)
    vc_presentation_show_room_card (self, closing);
  else if (self->values_view == VALUES_CARD)
    {
      self->values_view = VALUES_BOARD;
      vc_presentation_show_values_view (self);
    }
}

/**
 * vc_presentation_start_board:
 * @self: a #VcPresentation
 * @board: the board of a values game
 *
 * Shows the room the board, each new pair large and each word or picture
 * drawn, while the facilitator plays on the board; and puts a bar under
 * the board with a small copy of the room's screen.
 */
void
vc_presentation_start_board (VcPresentation *self,
                             VcBoard        *board)
{
  g_return_if_fail (VC_IS_PRESENTATION (self));
  g_return_if_fail (VC_IS_BOARD (board));

  if (self->active)
    vc_presentation_stop (self);

  self->board = g_object_ref (board);
  self->session = g_object_ref (vc_board_get_session (board));
  self->n_pairs = vc_session_get_pairs (self->session)->len;
  self->values_view = VALUES_BOARD;
  begin (self);
  self->selection_handler = g_signal_connect (board, "selection-changed",
                                              G_CALLBACK (vc_presentation_on_selection_changed), self);
  self->session_handler = g_signal_connect (self->session, "changed",
                                            G_CALLBACK (vc_presentation_on_session_changed), self);
  self->closing_handler = g_signal_connect_swapped (board, "notify::closing",
                                                    G_CALLBACK (on_board_closing), self);

  /* The window that shows the board places the bar: see
   * vc_presentation_get_values_bar(). */
  self->values_bar = g_object_ref_sink (VC_VALUES_BAR (vc_values_bar_new ()));
  {
    g_autoptr(GdkPaintable) preview = gtk_widget_paintable_new (vc_projector_get_view (self->projector));

    vc_values_bar_set_preview (self->values_bar, preview);
  }
  vc_presentation_set_values_timer (self, vc_board_get_timer (board));
  vc_presentation_watch_run (self, vc_board_get_run (board));
  if (vc_board_get_closing (board))
    on_board_closing (self);
  else
    vc_presentation_show_values_view (self);
}

/**
 * vc_presentation_stop:
 * @self: a #VcPresentation
 *
 * Closes the room's screen and gives the facilitator the window back as it
 * was. The session goes on in it.
 */
void
vc_presentation_stop (VcPresentation *self)
{
  GtkApplication *app;

  g_return_if_fail (VC_IS_PRESENTATION (self));

  if (!self->active)
    return;

  self->active = FALSE;
  if (self->frames_kept)
    {
      vc_memory_keep_frames (FALSE);
      self->frames_kept = FALSE;
    }
  vc_presentation_update_actions (self);
  if (self->dialog != NULL)
    {
      AdwMessageDialog *dialog = g_steal_pointer (&self->dialog);

      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  if (self->player != NULL)
    {
      g_clear_signal_handler (&self->page_handler, self->player);
      forget_room_frame (self);
      vc_player_view_set_presenting (self->player, NULL);
      g_clear_object (&self->player);
    }
  if (self->board != NULL)
    {
      g_clear_signal_handler (&self->selection_handler, self->board);
      g_clear_signal_handler (&self->closing_handler, self->board);
      g_clear_object (&self->board);
    }
  g_clear_object (&self->values_timer);
  g_clear_pointer (&self->definition_id, g_free);
  g_clear_pointer (&self->room_description, g_free);
  g_clear_object (&self->room_card);
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->session_handler, self->session);
      g_clear_object (&self->session);
    }
  g_clear_object (&self->values_bar);
  vc_presentation_watch_run (self, NULL);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  app = gtk_window_get_application (self->facilitator);
  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (self->projector != NULL)
    vc_presentation_hide_projector (self);
  vc_presentation_set_projector_monitor (self, NULL);
  gtk_window_unfullscreen (self->facilitator);
  gtk_window_present (self->facilitator);

  g_signal_emit (self, signals[STOPPED], 0);
}

/**
 * vc_presentation_set_values_timer:
 * @self: a #VcPresentation
 * @timer: (nullable): the values game's timer
 *
 * Shows the room the time left on @timer while the values game is
 * presented, as for a deck of cards, unless the facilitator hides it; T
 * starts and pauses it. Call after vc_presentation_start_board(): the
 * timer is let go when the presentation stops.
 */
void
vc_presentation_set_values_timer (VcPresentation *self,
                                  VcTimer        *timer)
{
  g_return_if_fail (VC_IS_PRESENTATION (self));
  g_return_if_fail (timer == NULL || VC_IS_TIMER (timer));

  if (!self->active || self->board == NULL)
    return;

  g_set_object (&self->values_timer, timer);
  apply_settings (self);
  vc_presentation_update_timer (self);
}

gboolean
vc_presentation_is_active (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), FALSE);
  return self->active;
}

/**
 * vc_presentation_get_projector:
 * @self: a #VcPresentation
 *
 * Returns: (transfer none) (nullable): the room's window, once presenting
 *   has started
 */
VcProjector *
vc_presentation_get_projector (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), NULL);
  return self->projector;
}

static void
on_settings_changed (VcPresentation *self)
{
  if (self->projector != NULL)
    apply_settings (self);
}

static void
vc_presentation_dispose (GObject *object)
{
  VcPresentation *self = VC_PRESENTATION (object);

  vc_presentation_stop (self);
  g_clear_signal_handler (&self->monitors_handler, self->monitors);
  g_clear_object (&self->monitors);
  if (self->projector != NULL)
    {
      gtk_window_unfullscreen (GTK_WINDOW (self->projector));
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->projector)));
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (vc_presentation_parent_class)->dispose (object);
}

static void
vc_presentation_class_init (VcPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vc_presentation_dispose;

  /**
   * VcPresentation::stopped:
   *
   * The presentation has ended, by Esc or otherwise.
   */
  signals[STOPPED] = g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vc_presentation_init (VcPresentation *self)
{
  self->values_view = VALUES_BOARD;
  vc_presentation_init_actions (self);
}

/**
 * vc_presentation_new:
 * @facilitator: the facilitator's window
 * @settings: where the chosen screen and the projector's look are kept
 *
 * Returns: (transfer full): a presentation, not started
 */
VcPresentation *
vc_presentation_new (GtkWindow  *facilitator,
                     VcSettings *settings)
{
  VcPresentation *self;

  g_return_val_if_fail (GTK_IS_WINDOW (facilitator), NULL);
  g_return_val_if_fail (VC_IS_SETTINGS (settings), NULL);

  self = g_object_new (VC_TYPE_PRESENTATION, NULL);
  self->facilitator = facilitator;
  self->settings = g_object_ref (settings);
  self->monitors = g_object_ref (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (facilitator))));
  self->monitors_handler = g_signal_connect (self->monitors, "items-changed",
                                             G_CALLBACK (vc_presentation_on_monitors_changed), self);
  vc_presentation_watch_geometry (self);
  g_signal_connect_object (settings, "notify::projector-light",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "notify::projector-show-timer",
                           G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * vc_presentation_get_values_bar:
 * @self: a #VcPresentation
 *
 * The bar for the facilitator while the values game is presented, for
 * the window that shows the board to place below it. It goes away when
 * the presentation stops (#VcPresentation::stopped).
 *
 * Returns: (transfer none) (nullable): the bar, while the values game is
 *   presented
 */
GtkWidget *
vc_presentation_get_values_bar (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), NULL);
  return self->values_bar != NULL ? GTK_WIDGET (self->values_bar) : NULL;
}
