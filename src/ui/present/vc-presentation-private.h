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

G_BEGIN_DECLS

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
  GSettings       *settings;
  VcProjector     *projector;
  GdkMonitor      *projector_monitor;
  GListModel      *monitors;
  gulong           monitors_handler;
  GtkEventController *facilitator_keys;
  AdwMessageDialog *dialog;

  VcPlayerView    *player;
  gulong           page_handler;
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
  GtkWidget       *values_bar;
  GtkLabel        *values_label;
  GtkPicture      *values_preview;

  guint            tick_id;
  guint            settle_id;
  guint            inhibit_cookie;
  gboolean         active;
  gboolean         single;
  gboolean         lost;
  gboolean         pane_shown;
  gboolean         told_mirrored;
  gboolean         mirrored;
};

void       vc_presentation_toast                (VcPresentation *self,
                                                 const char     *text);

/* The values game, in vc-presentation-values.c */
GtkWidget *vc_presentation_values_bar_new       (VcPresentation *self);
void       vc_presentation_show_values_view     (VcPresentation *self);
void       vc_presentation_step_values          (VcPresentation *self,
                                                 int             delta,
                                                 gboolean        to_end);
void       vc_presentation_toggle_definition    (VcPresentation *self);
void       vc_presentation_on_session_changed   (VcSession      *session,
                                                 VcPresentation *self);
void       vc_presentation_on_selection_changed (VcBoard        *board,
                                                 VcPresentation *self);

G_END_DECLS
