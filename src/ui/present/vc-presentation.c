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
#include "vc-screens.h"

#define SETTLE_MS 300

G_DEFINE_FINAL_TYPE (VcPresentation, vc_presentation, G_TYPE_OBJECT)

enum {
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void place_windows (VcPresentation *self);

void
vc_presentation_toast (VcPresentation *self,
                       const char     *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self->facilitator), "win.toast", "s", text);
}

/* Screens */

static void
describe_monitor (GdkMonitor   *monitor,
                  VcScreenInfo *info)
{
  GdkRectangle area;

  gdk_monitor_get_geometry (monitor, &area);
  info->connector = gdk_monitor_get_connector (monitor);
  info->manufacturer = gdk_monitor_get_manufacturer (monitor);
  info->model = gdk_monitor_get_model (monitor);
  info->x = area.x;
  info->y = area.y;
  info->width = area.width;
  info->height = area.height;
}

/* The screens as plain descriptions, for the rules; the array keeps the
 * monitors' strings, which live as long as the monitors. */
static GArray *
describe_monitors (VcPresentation *self)
{
  guint n = g_list_model_get_n_items (self->monitors);
  GArray *infos = g_array_sized_new (FALSE, TRUE, sizeof (VcScreenInfo), n);

  g_array_set_size (infos, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);

      describe_monitor (monitor, &g_array_index (infos, VcScreenInfo, i));
    }

  return infos;
}

static int
monitor_index (VcPresentation *self,
               GdkMonitor     *monitor)
{
  for (guint i = 0; monitor != NULL && i < g_list_model_get_n_items (self->monitors); i++)
    {
      g_autoptr(GdkMonitor) item = g_list_model_get_item (self->monitors, i);

      if (item == monitor)
        return i;
    }

  return VC_SCREEN_NONE;
}

static int
facilitator_index (VcPresentation *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->facilitator));
  GdkMonitor *monitor;

  if (surface == NULL)
    return VC_SCREEN_NONE;

  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self->facilitator)),
                                                surface);
  return monitor_index (self, monitor);
}

static GdkMonitor *
monitor_at (VcPresentation *self,
            int             index)
{
  g_autoptr(GdkMonitor) monitor = NULL;

  if (index < 0 || (guint)index >= g_list_model_get_n_items (self->monitors))
    return NULL;

  /* The list keeps its own reference while the monitor is connected. */
  monitor = g_list_model_get_item (self->monitors, index);
  return monitor;
}

static void
remember_projector (VcPresentation *self)
{
  VcScreenInfo info;
  g_autofree char *key = NULL;

  if (self->projector_monitor == NULL || self->settings == NULL)
    return;

  describe_monitor (self->projector_monitor, &info);
  key = vc_screen_dup_key (&info);
  g_object_set (self->settings, "projector-screen", key, NULL);
}

static void
set_projector_monitor (VcPresentation *self,
                       GdkMonitor     *monitor)
{
  g_set_object (&self->projector_monitor, monitor);
}

/* Windows */

static void
fullscreen_on (GtkWindow  *window,
               GdkMonitor *monitor)
{
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (window, monitor);
}

/* Tells the facilitator's view whether the room sees anything. */
static void
room_shown_changed (VcPresentation *self,
                    gboolean        shown)
{
  if (self->player != NULL)
    vc_presenter_pane_set_room_shown (vc_player_view_get_presenter_pane (self->player), shown);
  if (self->values_bar != NULL)
    vc_values_bar_set_preview_shown (self->values_bar, shown);
}

static void
show_projector (VcPresentation *self,
                GdkMonitor     *monitor)
{
  GdkRectangle area;

  set_projector_monitor (self, monitor);
  if (monitor == NULL)
    return;

  /* Without a window manager to make it full screen, it is at least as
   * large as the screen. */
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_set_default_size (GTK_WINDOW (self->projector), area.width, area.height);
  fullscreen_on (GTK_WINDOW (self->projector), monitor);
  gtk_window_present (GTK_WINDOW (self->projector));
  room_shown_changed (self, TRUE);
}

/* GTK follows the screen a window is full screen on until the window is
 * no longer full screen, even after the window is gone; so a window is
 * always taken out of full screen before it is hidden or destroyed. */
static void
hide_projector (VcPresentation *self)
{
  gtk_window_unfullscreen (GTK_WINDOW (self->projector));
  gtk_widget_set_visible (GTK_WIDGET (self->projector), FALSE);
  room_shown_changed (self, FALSE);
}

static const char *
mirrored_hint (void)
{
  return _("The screens show the same picture, so the room would see your notes. "
           "To show the room only the cards, open Settings, choose Displays and "
           "then Join Displays.");
}

/* Puts the two windows where they belong, for the screens there are now. */
static void
place_windows (VcPresentation *self)
{
  g_autoptr(GArray) infos = describe_monitors (self);
  VcScreenInfo *screens = (VcScreenInfo *)infos->data;
  gboolean mirrored = vc_screens_are_mirrored (screens, infos->len);
  int projector = monitor_index (self, self->projector_monitor);
  int facilitator = facilitator_index (self);

  self->mirrored = mirrored;
  if (infos->len >= 2 && !mirrored)
    {
      g_autofree char *remembered = NULL;

      g_object_get (self->settings, "projector-screen", &remembered, NULL);
      int other;

      /* A projector plugged in again, or a second screen plugged in
       * during a meeting held on one: the cards go there. */
      if (projector == VC_SCREEN_NONE)
        projector = vc_screens_choose_projector (screens, infos->len, facilitator, remembered);
      if (projector == VC_SCREEN_NONE)
        projector = vc_screens_other (screens, infos->len, facilitator, VC_SCREEN_NONE);

      other = facilitator != projector && facilitator != VC_SCREEN_NONE
              ? facilitator : vc_screens_other (screens, infos->len, projector, VC_SCREEN_NONE);

      if (self->lost || self->single)
        vc_presentation_toast (self, _("The cards are shown on the other screen again"));

      self->single = FALSE;
      self->lost = FALSE;
      self->pane_shown = FALSE;
      show_projector (self, monitor_at (self, projector));
      fullscreen_on (self->facilitator, monitor_at (self, other));
      return;
    }

  if (mirrored && !self->told_mirrored)
    {
      self->told_mirrored = TRUE;
      vc_presentation_toast (self, mirrored_hint ());
    }

  if (infos->len == 0)
    {
      hide_projector (self);
      set_projector_monitor (self, NULL);
      return;
    }

  /* The projector was unplugged: its window goes with it, and the meeting
   * goes on from the laptop until it comes back. */
  if (!mirrored && !self->single && gtk_widget_get_visible (GTK_WIDGET (self->projector)))
    {
      self->lost = TRUE;
      hide_projector (self);
      set_projector_monitor (self, NULL);
      gtk_window_unfullscreen (self->facilitator);
      gtk_window_present (self->facilitator);
      vc_presentation_toast (self, _("The projector was disconnected. The meeting goes on here; "
                     "plug it in again to show the cards."));
      return;
    }

  if (self->lost && !mirrored)
    return;

  /* One screen, or two showing the same: the cards fill it, and the
   * facilitator's window comes back over them at a key. */
  if (!self->single)
    gtk_window_unfullscreen (self->facilitator);
  self->single = TRUE;
  self->lost = FALSE;
  if (self->pane_shown)
    {
      hide_projector (self);
      gtk_window_present (self->facilitator);
    }
  else
    show_projector (self, monitor_at (self, facilitator != VC_SCREEN_NONE ? facilitator : 0));
}

static gboolean
on_monitors_settled (gpointer data)
{
  VcPresentation *self = data;

  self->settle_id = 0;
  if (self->active && self->dialog == NULL)
    place_windows (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_placing (VcPresentation *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, on_monitors_settled, self);
}

static void
on_geometry_changed (GdkMonitor     *monitor,
                     GParamSpec     *pspec,
                     VcPresentation *self)
{
  if (self->active)
    schedule_placing (self);
}

/* Screens that start or stop mirroring each other keep their place in the
 * list and only move, so their areas are watched too. */
static void
watch_geometry (VcPresentation *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (self->monitors, i);

      g_signal_handlers_disconnect_by_func (monitor, on_geometry_changed, self);
      g_signal_connect_object (monitor, "notify::geometry", G_CALLBACK (on_geometry_changed), self, 0);
    }
}

/* A screen plugged in or out changes the list more than once, and its size
 * arrives after it; the windows are placed when it has settled. */
static void
on_monitors_changed (GListModel     *monitors,
                     guint           position,
                     guint           removed,
                     guint           added,
                     VcPresentation *self)
{
  watch_geometry (self);
  if (!self->active)
    return;

  if (self->projector_monitor != NULL && !gdk_monitor_is_valid (self->projector_monitor))
    set_projector_monitor (self, NULL);

  schedule_placing (self);
}

/* What the room sees */

void
vc_presentation_update_timer (VcPresentation *self)
{
  VcTimer *timer = self->player ? vc_player_view_get_timer (self->player) : self->values_timer;
  g_autofree char *text = timer ? vc_timer_format_remaining (timer) : NULL;

  vc_projector_set_timer_text (self->projector, text);
}

static gboolean
on_tick (gpointer data)
{
  vc_presentation_update_timer (data);
  return G_SOURCE_CONTINUE;
}

static void
show_player_page (VcPresentation *self)
{
  VcCard *card = vc_player_view_get_current_card (self->player);
  VcDeck *deck = vc_player_view_get_deck (self->player);

  if (card != NULL)
    vc_projector_show_card (self->projector, card,
                            vc_player_view_get_card_number (self->player),
                            vc_player_view_get_step (self->player),
                            vc_player_view_get_one_by_one (self->player));
  else if (deck != NULL && vc_deck_get_introduction (deck) != NULL)
    vc_projector_show_introduction (self->projector, vc_deck_get_introduction (deck));

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
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    VcPresentation   *self)
{
  guint64 index;

  self->dialog = NULL;
  if (!g_ascii_string_to_unsigned (response, 10, 0, G_MAXUINT, &index, NULL))
    {
      vc_presentation_stop (self);
      return;
    }

  if (monitor_at (self, index) != NULL)
    {
      set_projector_monitor (self, monitor_at (self, index));
      remember_projector (self);
    }
  place_windows (self);
}

/* Asks which screen the room sees, when the rules cannot tell. */
static void
ask_for_screen (VcPresentation *self)
{
  g_autoptr(GArray) infos = describe_monitors (self);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (self->facilitator, _("Which Screen Does the Room See?"),
                                   _("The cards are shown full screen there, and your notes stay on this screen."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  for (guint i = 0; i < infos->len; i++)
    {
      const VcScreenInfo *info = &g_array_index (infos, VcScreenInfo, i);
      g_autofree char *id = g_strdup_printf ("%u", i);
      /* Translators: a screen to choose, "Screen 2: BenQ MW550 (HDMI-1), 1920×1080" */
      g_autofree char *label = g_strdup_printf (_("Screen %u: %s %s (%s), %d×%d"), i + 1,
                                                info->manufacturer ? info->manufacturer : "",
                                                info->model ? info->model : "",
                                                info->connector ? info->connector : "?",
                                                info->width, info->height);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, label);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_dialog_response), self);
  self->dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
begin (VcPresentation *self)
{
  g_autoptr(GArray) infos = NULL;
  g_autofree char *remembered = NULL;
  GtkApplication *app = gtk_window_get_application (self->facilitator);
  int chosen;

  self->active = TRUE;
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

  infos = describe_monitors (self);
  g_object_get (self->settings, "projector-screen", &remembered, NULL);
  chosen = vc_screens_choose_projector ((VcScreenInfo *)infos->data, infos->len,
                                        facilitator_index (self), remembered);
  if (chosen != VC_SCREEN_NONE)
    set_projector_monitor (self, monitor_at (self, chosen));

  if (chosen == VC_SCREEN_NONE && infos->len >= 2 &&
      !vc_screens_are_mirrored ((VcScreenInfo *)infos->data, infos->len))
    ask_for_screen (self);
  else
    place_windows (self);
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
  vc_presentation_update_actions (self);
  if (self->dialog != NULL)
    {
      AdwMessageDialog *dialog = g_steal_pointer (&self->dialog);

      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  if (self->player != NULL)
    {
      g_clear_signal_handler (&self->page_handler, self->player);
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

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  app = gtk_window_get_application (self->facilitator);
  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (self->projector != NULL)
    hide_projector (self);
  set_projector_monitor (self, NULL);
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

/**
 * vc_presentation_swap_screens:
 * @self: a #VcPresentation
 *
 * Puts the cards on the facilitator's screen and the facilitator's window
 * on the other, for when the rules guessed wrong. The choice is remembered.
 */
void
vc_presentation_swap_screens (VcPresentation *self)
{
  g_autoptr(GArray) infos = NULL;
  int projector, other;

  g_return_if_fail (VC_IS_PRESENTATION (self));

  if (!self->active || self->single || self->lost)
    {
      if (self->active)
        vc_presentation_toast (self, _("There is no other screen to swap with"));
      return;
    }

  infos = describe_monitors (self);
  projector = monitor_index (self, self->projector_monitor);
  other = vc_screens_other ((VcScreenInfo *)infos->data, infos->len, projector, facilitator_index (self));
  if (other == VC_SCREEN_NONE || other == projector)
    return;

  fullscreen_on (self->facilitator, monitor_at (self, projector));
  show_projector (self, monitor_at (self, other));
  remember_projector (self);
}

/**
 * vc_presentation_toggle_pane:
 * @self: a #VcPresentation
 *
 * With one screen, shows the facilitator's window instead of the cards,
 * or the cards again.
 */
void
vc_presentation_toggle_pane (VcPresentation *self)
{
  g_return_if_fail (VC_IS_PRESENTATION (self));

  if (!self->active || !self->single)
    return;

  self->pane_shown = !self->pane_shown;
  place_windows (self);
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

/**
 * vc_presentation_get_projector_monitor:
 * @self: a #VcPresentation
 *
 * Returns: (transfer none) (nullable): the screen the room sees
 */
GdkMonitor *
vc_presentation_get_projector_monitor (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), NULL);
  return self->projector_monitor;
}

gboolean
vc_presentation_is_single_screen (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), FALSE);
  return self->single;
}

/**
 * vc_presentation_is_mirrored:
 * @self: a #VcPresentation
 *
 * Returns: whether the screens showed the same picture when the windows
 *   were last placed, and the facilitator was told how to change that
 */
gboolean
vc_presentation_is_mirrored (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), FALSE);
  return self->mirrored;
}

/**
 * vc_presentation_is_projector_lost:
 * @self: a #VcPresentation
 *
 * Returns: whether the projector was unplugged while presenting
 */
gboolean
vc_presentation_is_projector_lost (VcPresentation *self)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), FALSE);
  return self->lost;
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
                                             G_CALLBACK (on_monitors_changed), self);
  watch_geometry (self);
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
