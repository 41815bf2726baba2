/* vc-presentation-private.h
 *
 * What the parts of a presentation share.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-presentation.h"
#include "vc-values-bar.h"

G_BEGIN_DECLS

/* How long screens are left to settle before the windows are placed. */
#define SETTLE_MS 300

/* Where the room is in the values game: the board, a pair, or a word or
 * picture waiting for its other half. */
#define VALUES_BOARD      (-1)
#define VALUES_DRAWN      (-2)
#define VALUES_DEFINITION (-3)
#define VALUES_CARD       (-4)

struct _VcPresentation
{
  GObject          parent_instance;

  GtkWindow       *facilitator;
  VcSettings      *settings;
  VcProjector     *projector;
  GdkMonitor      *projector_monitor;
  GListModel      *monitors;
  gulong           monitors_handler;
  GtkEventController *facilitator_keys;
  AdwMessageDialog *dialog;

  VcPlayerView    *player;
  gulong           page_handler;
  GdkFrameClock   *room_clock;      /* until the room's next frame is drawn */
  gulong           painted_handler;
  VcBoard         *board;
  gulong           selection_handler;
  gulong           closing_handler;
  VcSession       *session;
  gulong           session_handler;
  guint            n_pairs;
  int              values_view;
  char            *definition_id;
  char            *room_description;
  VcCard          *room_card;
  VcTimer         *values_timer;
  VcValuesBar     *values_bar;
  VcFormatRun     *run;
  gulong           run_handler;
  GSimpleActionGroup *actions;

  guint            tick_id;
  guint            settle_id;
  guint            inhibit_cookie;
  gboolean         active;
  gboolean         frames_kept;
  gboolean         single;
  gboolean         lost;
  gboolean         pane_shown;
  gboolean         told_mirrored;
  gboolean         mirrored;
};

void       vc_presentation_toast                (VcPresentation *self,
                                                 const char     *text);

void       vc_presentation_set_cover            (VcPresentation *self,
                                                 VcProjectorCover cover);
void       vc_presentation_update_timer         (VcPresentation *self);

/* The keys and actions, in vc-presentation-keys.c */
void       vc_presentation_init_actions         (VcPresentation *self);
void       vc_presentation_update_actions       (VcPresentation *self);
GtkEventController *vc_presentation_add_shortcuts (VcPresentation *self,
                                                   GtkWidget      *window);

/* The values game, in vc-presentation-values.c */
void       vc_presentation_show_values_view     (VcPresentation *self);
void       vc_presentation_step_values          (VcPresentation *self,
                                                 int             delta,
                                                 gboolean        to_end);
void       vc_presentation_toggle_definition    (VcPresentation *self);
void       vc_presentation_on_session_changed   (VcSession      *session,
                                                 VcPresentation *self);
void       vc_presentation_on_selection_changed (VcBoard        *board,
                                                 VcPresentation *self);

void       vc_presentation_room_shown_changed   (VcPresentation *self,
                                                 gboolean        shown);

/* A format's steps, in vc-presentation-steps.c */
void       vc_presentation_show_step            (VcPresentation *self);
void       vc_presentation_watch_run            (VcPresentation *self,
                                                 VcFormatRun    *run);
void       vc_presentation_add_step_shortcuts   (VcPresentation        *self,
                                                 GtkShortcutController *controller);

/* Screens, in vc-presentation-screens.c */
GArray    *vc_presentation_describe_monitors    (VcPresentation *self);
int        vc_presentation_facilitator_index    (VcPresentation *self);
GdkMonitor *vc_presentation_monitor_at          (VcPresentation *self,
                                                 int             index);
void       vc_presentation_set_projector_monitor (VcPresentation *self,
                                                  GdkMonitor     *monitor);
void       vc_presentation_hide_projector       (VcPresentation *self);
void       vc_presentation_place_windows        (VcPresentation *self);
void       vc_presentation_watch_geometry       (VcPresentation *self);
void       vc_presentation_on_monitors_changed  (GListModel     *monitors,
                                                 guint           position,
                                                 guint           removed,
                                                 guint           added,
                                                 VcPresentation *self);
void       vc_presentation_ask_for_screen       (VcPresentation *self);

G_END_DECLS
