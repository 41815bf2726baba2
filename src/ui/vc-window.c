/* vc-window.c
 *
 * The main window: its pages, its life from first frame to close, and what the tests ask of it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <stdio.h>

#include "vc-memory.h"
#include "vc-window-private.h"

G_DEFINE_FINAL_TYPE (VcWindow, vc_window, ADW_TYPE_APPLICATION_WINDOW)

VcSettings *
_vc_window_get_settings (VcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? vc_application_get_settings (VC_APPLICATION (app)) : NULL;
}

/* The deck and problem pages are made when first needed, so that starting
 * the app builds only the library. */
void
_vc_window_ensure_pages (VcWindow *self)
{
  AdwLeafletPage *page;

  if (self->deck_view != NULL)
    return;

  self->deck_view = g_object_new (VC_TYPE_DECK_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->deck_view));
  adw_leaflet_page_set_name (page, "deck");

  self->problems_view = g_object_new (VC_TYPE_PROBLEMS_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->problems_view));
  adw_leaflet_page_set_name (page, "problems");
}

void
_vc_window_show_toast (VcWindow   *self,
            const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

void
_vc_window_ensure_player (VcWindow *self)
{
  AdwLeafletPage *page;

  if (self->player_view != NULL)
    return;

  self->player_view = g_object_new (VC_TYPE_PLAYER_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->player_view));
  adw_leaflet_page_set_name (page, "player");
}

void
_vc_window_stop_presenting (VcWindow *self)
{
  if (self->presentation != NULL)
    vc_presentation_stop (self->presentation);
}

/* The values game's bar goes while the board is presented. */
static void
on_presentation_stopped (VcWindow *self)
{
  if (self->board_page != NULL)
    vc_board_page_set_bar (self->board_page, NULL);
}

VcPresentation *
_vc_window_ensure_presentation (VcWindow *self)
{
  if (self->presentation == NULL)
    {
      self->presentation = vc_presentation_new (GTK_WINDOW (self), self->settings);
      g_signal_connect_object (self->presentation, "stopped",
                               G_CALLBACK (on_presentation_stopped), self, G_CONNECT_SWAPPED);
    }
  return self->presentation;
}

static void
on_after_paint (GdkFrameClock *clock,
                VcWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);

  /* Lets a benchmark see the first frame from outside the process. */
  if (g_getenv ("VALUE_CARDS_REPORT_FIRST_FRAME") != NULL)
    {
      fputs ("first-frame\n", stdout);
      fflush (stdout);
    }

  /* Reading decks competes with drawing for the processor, so the window
   * is shown first and the decks fill it in as they arrive. */
  if (!self->library_started)
    {
      self->library_started = TRUE;
      vc_deck_library_load (self->library, (const char * const *)self->recent);
      /* Built once the reading has begun, so that it does not show the
       * page for an empty library meanwhile. */
      _vc_window_ensure_library_page (self);
      _vc_window_load_sessions (self);
    }
}

static void
vc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vc_window_parent_class)->realize (widget);

  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), widget);
}

static gboolean
vc_window_close_request (GtkWindow *window)
{
  VcWindow *self = VC_WINDOW (window);
  VcSettings *settings = _vc_window_get_settings (self);

  _vc_window_stop_presenting (self);
  if (!_vc_window_save_sessions (self) && !self->quit_unsaved)
    {
      _vc_window_ask_before_losing_notes (self);
      return TRUE;
    }

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_object_set (settings,
                    "window-width", width,
                    "window-height", height,
                    "window-maximized", gtk_window_is_maximized (window),
                    NULL);
    }

  return GTK_WINDOW_CLASS (vc_window_parent_class)->close_request (window);
}

/* Settings come from the application, which GObject sets only after
 * construction, so this runs from vc_window_new(). */
static void
vc_window_setup (VcWindow *self)
{
  VcSettings *settings = _vc_window_get_settings (self);
  g_autoptr(GFile) builtin_dir = vc_deck_library_dup_default_builtin_dir ();
  g_autoptr(GFile) user_dir = vc_deck_library_dup_default_user_dir ();
  if (settings != NULL)
    {
      int width, height;
      gboolean maximized;

      g_object_get (settings,
                    "window-width", &width,
                    "window-height", &height,
                    "window-maximized", &maximized,
                    NULL);
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (maximized)
        gtk_window_maximize (GTK_WINDOW (self));
      self->recent = vc_settings_dup_recent_decks (settings);
    }

  /* A window of its own, as in the tests, still has the projector's
   * preferences; it only does not remember its size or decks. */
  self->settings = settings != NULL ? g_object_ref (settings) : vc_settings_new ();
  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    g_autoptr(GPropertyAction) light = g_property_action_new ("projector-light", self->settings,
                                                              "projector-light");
    g_autoptr(GPropertyAction) timer = g_property_action_new ("projector-show-timer", self->settings,
                                                              "projector-show-timer");
    g_autoptr(GPropertyAction) chime = g_property_action_new ("step-chime", self->settings, "step-chime");

    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (light));
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (timer));
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (chime));
    gtk_widget_insert_action_group (GTK_WIDGET (self), "projector", G_ACTION_GROUP (group));
  }

  self->library = vc_deck_library_new (builtin_dir, user_dir);
  _vc_window_sessions_init (self);
  _vc_window_library_init (self);
}

static void
vc_window_dispose (GObject *object)
{
  VcWindow *self = (VcWindow *)object;

  g_clear_handle_id (&self->spinner_id, g_source_remove);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* The room's window goes first, while the pages it shows are there. */
  if (self->presentation != NULL)
    g_object_run_dispose (G_OBJECT (self->presentation));
  g_clear_object (&self->presentation);
  g_clear_pointer (&self->formats, g_ptr_array_unref);
  g_clear_object (&self->planned_run);

  _vc_window_forget_library_page (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  _vc_window_drop_pending (self);
  g_clear_object (&self->store);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->recent, g_strfreev);

  G_OBJECT_CLASS (vc_window_parent_class)->dispose (object);
}

static void
vc_window_class_init (VcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vc_window_dispose;
  widget_class->realize = vc_window_realize;
  window_class->close_request = vc_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, save_banner);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, save_banner_label);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, library_stack);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, primary_menu);


  _vc_window_class_actions_init (widget_class);
  _vc_window_class_formats_init (widget_class);
  _vc_window_class_edit_init (widget_class);
}

static void
on_visible_page_changed (VcWindow *self)
{
  /* The page left behind may have freed what it built. */
  vc_memory_trim_soon ();
}

/* The main menu's popover is made when the menu is first opened: made
 * with the window, its items would hold up the first frame. */
static void
build_primary_menu (GtkMenuButton *button,
                    gpointer       user_data)
{
  VcWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
vc_window_init (VcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, build_primary_menu, self, NULL);
  vc_ui_keep_focus_visible (GTK_WINDOW (self));
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (on_visible_page_changed), self, G_CONNECT_SWAPPED);

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Every path through the app starts with this window: from here on,
   * the memory all windows' frames leave behind goes back when idle. */
  vc_memory_watch_windows ();
}

VcWindow *
vc_window_new (VcApplication *application)
{
  VcWindow *self = g_object_new (VC_TYPE_WINDOW, "application", application, NULL);

  vc_window_setup (self);
  return self;
}

/**
 * vc_window_get_library:
 * @self: a #VcWindow
 *
 * Returns: (transfer none): the decks shown in the library
 */
/**
 * vc_window_get_sessions:
 * @self: a #VcWindow
 *
 * Returns: (transfer none): the saved sessions
 */
VcSessionStore *
vc_window_get_sessions (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * vc_window_get_summary:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the summary page, once shown
 */
VcSummaryView *
vc_window_get_summary (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->summary_view;
}

/**
 * vc_window_get_journal:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the journal page, once shown
 */
VcJournalView *
vc_window_get_journal (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->journal_view;
}

/**
 * vc_window_get_board:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the values game board in play
 */
VcBoard *
vc_window_get_board (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->board;
}

/**
 * vc_window_get_player:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the player, once a session started
 */
VcPlayerView *
vc_window_get_player (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->player_view;
}

VcDeckLibrary *
vc_window_get_library (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->library;
}

/**
 * vc_window_get_page:
 * @self: a #VcWindow
 *
 * Returns: "library", "deck" or "problems"
 */
const char *
vc_window_get_page (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return adw_leaflet_get_visible_child_name (self->leaflet);
}

/**
 * vc_window_present_file:
 * @self: a #VcWindow
 * @file: a deck file
 *
 * Opens @file, starts a meeting with it and presents it on the projector.
 */
void
vc_window_present_file (VcWindow *self,
                        GFile    *file)
{
  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->present_when_opened = TRUE;
  vc_window_open_file (self, file);
}

/**
 * vc_window_get_presentation:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the presentation, once one has
 *   been started
 */
VcPresentation *
vc_window_get_presentation (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->presentation;
}
