/* vc-presentation-screens.c
 *
 * Which screen the room sees: the rules of vc-screens.c applied to the
 * screens there are, the question asked when they cannot settle it, and
 * the windows placed again as screens come, go or swap.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-presentation-private.h"
#include "vc-screens.h"

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
GArray *
vc_presentation_describe_monitors (VcPresentation *self)
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

int
vc_presentation_facilitator_index (VcPresentation *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->facilitator));
  GdkMonitor *monitor;

  if (surface == NULL)
    return VC_SCREEN_NONE;

  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self->facilitator)),
                                                surface);
  return monitor_index (self, monitor);
}

GdkMonitor *
vc_presentation_monitor_at (VcPresentation *self,
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

void
vc_presentation_set_projector_monitor (VcPresentation *self,
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

static void
show_projector (VcPresentation *self,
                GdkMonitor     *monitor)
{
  GdkRectangle area;

  vc_presentation_set_projector_monitor (self, monitor);
  if (monitor == NULL)
    return;

  /* Without a window manager to make it full screen, it is at least as
   * large as the screen. */
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_set_default_size (GTK_WINDOW (self->projector), area.width, area.height);
  fullscreen_on (GTK_WINDOW (self->projector), monitor);
  gtk_window_present (GTK_WINDOW (self->projector));
  vc_presentation_room_shown_changed (self, TRUE);
}

/* GTK follows the screen a window is full screen on until the window is
 * no longer full screen, even after the window is gone; so a window is
 * always taken out of full screen before it is hidden or destroyed. */
void
vc_presentation_hide_projector (VcPresentation *self)
{
  gtk_window_unfullscreen (GTK_WINDOW (self->projector));
  gtk_widget_set_visible (GTK_WIDGET (self->projector), FALSE);
  vc_presentation_room_shown_changed (self, FALSE);
}

static const char *
mirrored_hint (void)
{
  return _("The screens show the same picture, so the room would see your notes. "
           "To show the room only the cards, open Settings, choose Displays and "
           "then Join Displays.");
}

/* Puts the two windows where they belong, for the screens there are now. */
void
vc_presentation_place_windows (VcPresentation *self)
{
  g_autoptr(GArray) infos = vc_presentation_describe_monitors (self);
  VcScreenInfo *screens = (VcScreenInfo *)infos->data;
  gboolean mirrored = vc_screens_are_mirrored (screens, infos->len);
  int projector = monitor_index (self, self->projector_monitor);
  int facilitator = vc_presentation_facilitator_index (self);

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
      show_projector (self, vc_presentation_monitor_at (self, projector));
      fullscreen_on (self->facilitator, vc_presentation_monitor_at (self, other));
      return;
    }

  if (mirrored && !self->told_mirrored)
    {
      self->told_mirrored = TRUE;
      vc_presentation_toast (self, mirrored_hint ());
    }

  if (infos->len == 0)
    {
      vc_presentation_hide_projector (self);
      vc_presentation_set_projector_monitor (self, NULL);
      return;
    }

  /* The projector was unplugged: its window goes with it, and the meeting
   * goes on from the laptop until it comes back. */
  if (!mirrored && !self->single && gtk_widget_get_visible (GTK_WIDGET (self->projector)))
    {
      self->lost = TRUE;
      vc_presentation_hide_projector (self);
      vc_presentation_set_projector_monitor (self, NULL);
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
      vc_presentation_hide_projector (self);
      gtk_window_present (self->facilitator);
    }
  else
    show_projector (self, vc_presentation_monitor_at (self, facilitator != VC_SCREEN_NONE ? facilitator : 0));
}

static gboolean
on_monitors_settled (gpointer data)
{
  VcPresentation *self = data;

  self->settle_id = 0;
  if (self->active && self->dialog == NULL)
    vc_presentation_place_windows (self);
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
void
vc_presentation_watch_geometry (VcPresentation *self)
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
void
vc_presentation_on_monitors_changed (GListModel     *monitors,
                     guint           position,
                     guint           removed,
                     guint           added,
                     VcPresentation *self)
{
  vc_presentation_watch_geometry (self);
  if (!self->active)
    return;

  if (self->projector_monitor != NULL && !gdk_monitor_is_valid (self->projector_monitor))
    vc_presentation_set_projector_monitor (self, NULL);

  schedule_placing (self);
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

  if (vc_presentation_monitor_at (self, index) != NULL)
    {
      vc_presentation_set_projector_monitor (self, vc_presentation_monitor_at (self, index));
      remember_projector (self);
    }
  vc_presentation_place_windows (self);
}

/* Asks which screen the room sees, when the rules cannot tell. */
void
vc_presentation_ask_for_screen (VcPresentation *self)
{
  g_autoptr(GArray) infos = vc_presentation_describe_monitors (self);
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

  infos = vc_presentation_describe_monitors (self);
  projector = monitor_index (self, self->projector_monitor);
  other = vc_screens_other ((VcScreenInfo *)infos->data, infos->len, projector, vc_presentation_facilitator_index (self));
  if (other == VC_SCREEN_NONE || other == projector)
    return;

  fullscreen_on (self->facilitator, vc_presentation_monitor_at (self, projector));
  show_projector (self, vc_presentation_monitor_at (self, other));
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
  vc_presentation_place_windows (self);
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
