/* vc-format.h
 *
 * A meeting format: how a conversation with a deck is run, as a list of
 * timed steps. Formats are JSON files, read as strictly as decks.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vc-deck.h"

G_BEGIN_DECLS

#define VC_FORMAT_MAX_FILE_SIZE (1024 * 1024)
#define VC_FORMAT_MAX_DEPTH     16
#define VC_FORMAT_MAX_STEPS     50
#define VC_FORMAT_MAX_COUNT     200
#define VC_FORMAT_MAX_MINUTES   240

/* How a step's minutes are counted. */
typedef enum
{
  VC_FORMAT_PER_STEP,      /*< nick=step >*/
  VC_FORMAT_PER_PERSON,    /*< nick=person >*/
  VC_FORMAT_PER_GROUP,     /*< nick=group >*/
  VC_FORMAT_PER_TURN,      /*< nick=turn >*/
} VcFormatPer;

/* Who has the word in turn during a step. */
typedef enum
{
  VC_FORMAT_TURNS_NONE,    /*< nick=none >*/
  VC_FORMAT_TURNS_PERSON,  /*< nick=person >*/
  VC_FORMAT_TURNS_GROUP,   /*< nick=group >*/
  VC_FORMAT_TURNS_SEATS,   /*< nick=seats >*/
} VcFormatTurns;

/* What the room sees during a step. */
typedef enum
{
  VC_FORMAT_SHOW_CARD        = 1 << 0,
  VC_FORMAT_SHOW_INSTRUCTION = 1 << 1,
  VC_FORMAT_SHOW_TURN        = 1 << 2,
  VC_FORMAT_SHOW_TIMER       = 1 << 3,
} VcFormatShows;

/**
 * VcFormatStep:
 * @id: unique among the format's steps
 * @title: a few words, translated
 * @instruction: what the room is asked to do, translated
 * @note: (nullable): for the facilitator only, translated
 * @per: how @seconds is counted
 * @seconds: the step's length, or each person's, group's or turn's
 * @turns: who has the word in turn
 * @seats: with %VC_FORMAT_TURNS_SEATS, how many people at a time
 * @turn_text: (nullable): what the room sees of whose turn it is, with
 *   {n}, {count} and {name} filled in; translated
 * @shows: what the room sees
 * @group_work: each small group works on a card of its own
 *
 * One step of a format. Owned by the format.
 */
typedef struct
{
  char          *id;
  char          *title;
  char          *instruction;
  char          *note;
  VcFormatPer    per;
  gint64         seconds;
  VcFormatTurns  turns;
  guint          seats;
  char          *turn_text;
  VcFormatShows  shows;
  gboolean       group_work;
} VcFormatStep;

#define VC_TYPE_FORMAT (vc_format_get_type ())

G_DECLARE_FINAL_TYPE (VcFormat, vc_format, VC, FORMAT, GObject)

VcFormat     *vc_format_new_from_data        (const char  *data,
                                              gsize        size,
                                              const char  *domain,
                                              GError     **error);
VcFormat     *vc_format_new_from_file        (GFile       *file,
                                              const char  *domain,
                                              GError     **error);
const char   *vc_format_get_id               (VcFormat    *self);
const char   *vc_format_get_title            (VcFormat    *self);
const char   *vc_format_get_description      (VcFormat    *self);
const char   *vc_format_get_source_language  (VcFormat    *self);
GFile        *vc_format_get_file             (VcFormat    *self);
gboolean      vc_format_suits_kind           (VcFormat    *self,
                                              VcDeckKind   kind);
gboolean      vc_format_has_groups           (VcFormat    *self);
void          vc_format_get_people_range     (VcFormat    *self,
                                              guint       *min,
                                              guint       *dflt,
                                              guint       *max);
void          vc_format_get_groups_range     (VcFormat    *self,
                                              guint       *min,
                                              guint       *dflt,
                                              guint       *max);
guint         vc_format_get_n_steps          (VcFormat    *self);
const VcFormatStep *vc_format_get_step       (VcFormat    *self,
                                              guint        index);
int           vc_format_find_step            (VcFormat    *self,
                                              const char  *step_id);

/* Durations */
guint         vc_format_step_count_turns     (const VcFormatStep *step,
                                              guint        people,
                                              guint        groups);
gint64        vc_format_step_plan_seconds    (const VcFormatStep *step,
                                              guint        people,
                                              guint        groups);
gint64        vc_format_plan_seconds         (VcFormat    *self,
                                              guint        people,
                                              guint        groups);
char         *vc_format_step_dup_turn_text   (const VcFormatStep *step,
                                              guint        turn,
                                              guint        n_turns,
                                              const char  *name);
char         *vc_format_dup_minutes_label    (gint64       seconds);

/* The formats there are: the built-in ones, then the person's own. */
GPtrArray    *vc_format_load_all             (GPtrArray  **problems);
GPtrArray    *vc_format_sort_for_deck        (GPtrArray   *formats,
                                              VcDeck      *deck);
char        **vc_format_collect_strings      (VcFormat    *self);

G_END_DECLS
