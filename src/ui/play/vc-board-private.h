/* vc-board-private.h
 *
 * What the files of the values game board share.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-board.h"
#include "vc-card-view.h"
#include "vc-meeting-panel.h"
#include "vc-pair-row.h"
#include "vc-settings.h"

G_BEGIN_DECLS

/* Enough to walk back through a whole meeting, small enough not to matter. */
#define MAX_UNDO_STEPS 200

typedef enum
{
  STEP_ADD,
  STEP_REMOVE,
  STEP_REASON,
} StepKind;

/* What it takes to go back one step: the pair as it was before. */
typedef struct
{
  StepKind  kind;
  guint     index;
  char     *word_id;
  char     *image_id;
  char     *reason;
} UndoStep;

struct _VcBoard
{
  GtkBox           parent_instance;

  VcDeck          *deck;
  VcSession       *session;

  char            *selected_word;
  char            *selected_picture;
  GHashTable      *word_buttons;
  GHashTable      *picture_buttons;
  GHashTable      *drawn_words;
  GHashTable      *drawn_pictures;
  GPtrArray       *undo_steps;
  AdwToast        *toast;            /* owned by the overlay while shown */

  /* Typing in one reason makes one undo step, until the reason loses focus. */
  gboolean         reason_open;
  /* A word or picture to bring into view once the board is laid out. */
  GtkWidget       *scroll_target;
  guint            scroll_tick;
  guint            scroll_frames;
  /* Set while the board itself changes the session or the rows. */
  guint            changing;
  guint            fit_idle;
  guint            syncing;

  AdwToastOverlay   *toast_overlay;
  AdwFlap           *flap;
  GtkScrolledWindow *board_scroller;
  AdwExpanderRow    *instructions_row;
  GtkLabel          *instructions_label;
  GtkLabel          *status_label;
  GtkFlowBox        *words_flow;
  GtkFlowBox        *pictures_flow;
  AdwButtonContent  *pairs_button_content;
  GtkListBox        *pairs_list;
  GtkStack          *side_stack;
  GtkStack          *board_stack;
  GtkStackPage      *meeting_page;
  VcMeetingPanel    *meeting_panel;
  VcStepsPanel      *steps_panel;     /* while run in a format */
  GtkWidget         *steps_page;
  VcCardView        *closing_view;

  VcSettings        *settings;
  /* Whether the closing card is shown in place of the board. */
  gboolean           closing;
};


const char        *_vc_board_normalize_reason (const char *reason);
const char        *_vc_board_word_name      (VcBoard    *self,
                                             const char *id);
const char        *_vc_board_picture_name   (VcBoard    *self,
                                             const char *id);
void               _vc_board_set_reason     (VcBoard    *self,
                                             guint       index,
                                             const char *reason,
                                             gboolean    typing);
void               _vc_board_remove_pair    (VcBoard    *self,
                                             guint       index);
const VcValueWord *_vc_board_find_word      (VcBoard    *self,
                                             const char *id);
VcDeckImage       *_vc_board_find_image     (VcBoard    *self,
                                             const char *id);
void               _vc_board_make_pair      (VcBoard    *self,
                                             const char *word_id,
                                             const char *image_id);
void               _vc_board_select_word    (VcBoard    *self,
                                             const char *id);
void               _vc_board_select_picture (VcBoard    *self,
                                             const char *id);

void               _vc_board_update_status      (VcBoard    *self);
void               _vc_board_refresh_selection  (VcBoard    *self);
void               _vc_board_clear_selection    (VcBoard    *self);

/* vc-board-choose.c: choosing by hand or at random. */
void               _vc_board_draw           (VcBoard    *self,
                                             gboolean    picture);

/* vc-board-undo.c: changing the pairs, one undoable step at a time. */
void               _vc_board_undo_step_free (gpointer    data);
void               _vc_board_update_undo    (VcBoard    *self);
void               _vc_board_clear_undo     (VcBoard    *self);
void               _vc_board_undo           (VcBoard    *self);

/* vc-board-pairs.c: the list of pairs and their reasons. */
VcPairRow         *_vc_board_get_pair_row   (GtkListBoxRow *row);
gboolean           _vc_board_sync_rows      (VcBoard    *self);
void               _vc_board_focus_reason   (VcBoard    *self,
                                             guint       index);

/* vc-board-grids.c: the words and the pictures, and moving through them. */
void               _vc_board_add_words      (VcBoard    *self);
void               _vc_board_add_pictures   (VcBoard    *self);
void               _vc_board_focus_words    (VcBoard    *self);
void               _vc_board_focus_pictures (VcBoard    *self);
void               _vc_board_make_current   (VcBoard    *self,
                                             GtkWidget  *button,
                                             gboolean    focus);
void               _vc_board_class_init_keys (GtkWidgetClass *widget_class);

/* vc-board-steps.c */
void _vc_board_class_steps_init (GtkWidgetClass *widget_class);

G_END_DECLS
