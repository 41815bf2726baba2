/* vc-player-view-actions.c
 *
 * The player's actions (player.*): moving between pages, drawing a
 * card, the timer and the roles, and the keys that go with them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-player-view-private.h"

/* A deck of questions is drawn from: see vc-draw-pile.c. */
VcDrawPile
_vc_player_view_draw_pile (VcPlayerView *self)
{
  VcDrawPile pile = { self->pages, 0, self->pages->len, self->session };

  if (vc_deck_get_introduction (self->deck) != NULL)
    pile.first = 1;
  if (vc_deck_get_closing (self->deck) != NULL)
    pile.end--;
  return pile;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (self->pages == NULL)
    return;

  if (self->step + 1 < _vc_player_view_n_steps (self))
    {
      self->step++;
      _vc_player_view_show_page (self);
    }
  else if (self->position + 1 < self->pages->len)
    _vc_player_view_go_to (self, self->position + 1, 0);
  else
    gtk_widget_activate_action (widget, "win.finish-session", NULL);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (self->pages == NULL)
    return;

  if (self->step > 0)
    {
      self->step--;
      _vc_player_view_show_page (self);
    }
  else if (self->position > 0)
    _vc_player_view_go_to (self, self->position - 1, G_MAXUINT);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (self->pages != NULL)
    _vc_player_view_go_to (self, 0, 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (self->pages != NULL)
    _vc_player_view_go_to (self, self->pages->len - 1, 0);
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  if (self->pages != NULL)
    _vc_player_view_go_to (self, g_variant_get_uint32 (parameter), 0);
}

/* The cards in between are shuffled; the introduction stays first and the
 * closing card last. */
static void
shuffle_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);
  guint first, last;

  if (self->pages == NULL)
    return;

  first = vc_deck_get_introduction (self->deck) ? 1 : 0;
  last = self->pages->len - (vc_deck_get_closing (self->deck) ? 1 : 0);
  _vc_player_view_record_time (self);

  for (guint i = last; i > first + 1; i--)
    {
      guint j = first + g_random_int_range (0, i - first);
      gpointer tmp = self->pages->pdata[i - 1];

      self->pages->pdata[i - 1] = self->pages->pdata[j];
      self->pages->pdata[j] = tmp;
    }

  _vc_player_view_rebuild_jump_list (self);
  self->position = first < last ? first : 0;
  self->step = 0;
  _vc_player_view_show_page (self);
}

/* Draws a card nobody has drawn yet in this session. */
static void
draw_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);
  VcCard *closing;
  g_autoptr(GArray) candidates = NULL;
  guint pick;

  if (self->pages == NULL)
    return;

  if (self->draw_mode)
    {
      VcDrawPile pile = _vc_player_view_draw_pile (self);

      if (vc_draw_pile_get_next (&pile) < pile.end)
        {
          _vc_player_view_go_to (self, vc_draw_pile_get_next (&pile), 0);
          return;
        }
    }

  closing = vc_deck_get_closing (self->deck);
  candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->pages->len; i++)
    {
      VcCard *card = g_ptr_array_index (self->pages, i);

      if (card != NULL && card != closing && !vc_session_is_drawn (self->session, vc_card_get_id (card)))
        g_array_append_val (candidates, i);
    }

  if (candidates->len == 0)
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      if (root != NULL)
        gtk_widget_activate_action (GTK_WIDGET (root), "win.toast", "s",
                                    _("Every card has been drawn"));
      return;
    }

  pick = g_array_index (candidates, guint, g_random_int_range (0, candidates->len));
  vc_session_mark_drawn (self->session, vc_card_get_id (g_ptr_array_index (self->pages, pick)));
  _vc_player_view_go_to (self, pick, 0);
}

static void
timer_toggle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  /* In a format, the time that runs is the step's. */
  if (self->steps_panel != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->steps_panel), "steps.toggle", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-toggle", NULL);
}

static void
timer_reset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-reset", NULL);
}

static void
timer_add_minute_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-add-minute", NULL);
}

static void
rotate_roles_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcPlayerView *self = VC_PLAYER_VIEW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.rotate-roles", NULL);
}

/* The player's actions, and the keys that go with them. */
void
_vc_player_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "player.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "player.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "player.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "player.go-to", "u", go_to_action);
  gtk_widget_class_install_action (widget_class, "player.shuffle", NULL, shuffle_action);
  gtk_widget_class_install_action (widget_class, "player.draw", NULL, draw_action);
  gtk_widget_class_install_action (widget_class, "player.timer-toggle", NULL, timer_toggle_action);
  gtk_widget_class_install_action (widget_class, "player.timer-reset", NULL, timer_reset_action);
  gtk_widget_class_install_action (widget_class, "player.timer-add-minute", NULL, timer_add_minute_action);
  gtk_widget_class_install_action (widget_class, "player.rotate-roles", NULL, rotate_roles_action);
  gtk_widget_class_install_property_action (widget_class, "player.show-panel", "show-panel");
  gtk_widget_class_install_property_action (widget_class, "player.one-by-one", "one-by-one");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "player.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "player.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "player.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_ALT_MASK, "player.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "player.timer-toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "player.rotate-roles", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "player.draw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "player.show-panel", NULL);
}
