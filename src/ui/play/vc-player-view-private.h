/* vc-player-view-private.h
 *
 * What the parts of the card player share: its fields, and the functions
 * one part offers the others.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-card-view.h"
#include "vc-closing-answers.h"
#include "vc-draw-pile.h"
#include "vc-meeting-panel.h"
#include "vc-player-view.h"
#include "vc-presenter-pane.h"
#include "vc-steps-panel.h"
#include "vc-page-row.h"
#include "vc-ui-util.h"

G_BEGIN_DECLS

#define INTRODUCTION_ID "introduction"

struct _VcPlayerView
{
  GtkBox          parent_instance;

  VcDeck         *deck;
  VcSession      *session;
  GPtrArray      *pages;          /* VcCard, or NULL for the introduction */
  guint           position;
  guint           step;
  gboolean        one_by_one;
  gboolean        draw_mode;
  gboolean        pane_pages_stale;

  AdwWindowTitle *window_title;
  GtkMenuButton  *jump_button;
  GtkListBox     *jump_list;
  AdwFlap        *flap;
  GtkScrolledWindow *scroller;
  GtkLabel       *turn_label;
  GtkWidget      *carry_box;
  GtkLabel       *carry_label;
  char          **carry_over;
  VcCardView     *card_view;
  VcMeetingPanel *meeting_panel;
  GtkBox         *steps_box;
  VcStepsPanel   *steps_panel;    /* while the meeting is run in a format */
  GtkWidget      *step_banner;
  GtkLabel       *step_heading;
  GtkLabel       *step_instruction;
  gulong          run_handler;
  GtkLabel       *progress_label;
  GtkButton      *next_button;
  GtkStack       *content_stack;
  VcPresenterPane *presenter_pane;
  GtkWidget      *present_button;
  GtkWidget      *stop_button;
  gboolean        presenting;
  gboolean        card_view_stale;  /* it missed cards while presenting */
  guint           update_id;
};

/* vc-player-view.c */
void       _vc_player_view_record_time (VcPlayerView *self);
guint      _vc_player_view_n_steps (VcPlayerView *self);
void       _vc_player_view_show_page (VcPlayerView *self);
void       _vc_player_view_go_to (VcPlayerView *self,
                                  guint         position,
                                  guint         step);

/* vc-player-view-pages.c */
void       _vc_player_view_refresh_page_titles (VcPlayerView *self);
void       _vc_player_view_rebuild_jump_list (VcPlayerView *self);
void       _vc_player_view_on_jump_row_activated (GtkListBox    *list,
                                                  GtkListBoxRow *row,
                                                  VcPlayerView  *self);
void       _vc_player_view_on_presenter_jump (VcPlayerView *self,
                                              guint         position);
void       _vc_player_view_build_pages (VcPlayerView *self);

/* vc-player-view-steps.c */
void       _vc_player_view_class_steps_init (GtkWidgetClass *widget_class);
void       _vc_player_view_steps_people_changed (VcPlayerView *self);

/* vc-player-view-actions.c */
VcDrawPile _vc_player_view_draw_pile (VcPlayerView *self);
void       _vc_player_view_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
