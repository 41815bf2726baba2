/* vc-steps-panel-private.h
 *
 * What the parts of the steps panel share: the steps and the clock, and
 * the small groups' notes.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vc-steps-panel.h"

G_BEGIN_DECLS

struct _VcStepsPanel
{
  GtkWidget             parent_instance;

  VcFormatRun          *run;
  VcSession            *session;
  VcDeck               *deck;

  guint                 tick_id;
  guint                 ticks;          /* since the session was last written */
  int                   showed_running; /* -1 before anything was shown */
  GPtrArray            *rows;           /* AdwActionRow, one per step */

  /* Group notes */
  guint                 group;          /* the group whose notes are shown */
  guint                 n_groups;       /* in the group list */
  char                **card_ids;       /* the card list's ids, after “no card” */
  gulong                notes_handler;
  gboolean              loading_notes;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;

  GtkWidget            *box;
  GtkLabel             *position_label;
  GtkLabel             *title_label;
  GtkLabel             *countdown_label;
  GtkLabel             *summary_label;
  GtkLabel             *turn_label;
  GtkLabel             *next_label;
  GtkLabel             *note_label;
  GtkButton            *toggle_button;
  GtkButton            *next_button;
  GtkSwitch            *auto_switch;
  GtkWidget            *notes_box;
  GtkDropDown          *group_dropdown;
  GtkDropDown          *card_dropdown;
  GtkTextView          *notes_view;
  GtkListBox           *list;
};

/* vc-steps-panel-notes.c */
void     vc_steps_panel_init_notes       (VcStepsPanel *self);
void     vc_steps_panel_dispose_notes    (VcStepsPanel *self);
void     vc_steps_panel_set_notes_deck   (VcStepsPanel *self);
void     vc_steps_panel_update_notes     (VcStepsPanel *self);
void     vc_steps_panel_save_notes       (VcStepsPanel *self);
gboolean vc_steps_panel_shows_notes      (VcStepsPanel *self);
void     vc_steps_panel_add_notes_action (GtkWidget    *widget,
                                          const char   *action_name,
                                          GVariant     *parameter);

G_END_DECLS
