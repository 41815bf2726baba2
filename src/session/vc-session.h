/* vc-session.h
 *
 * One meeting or one personal reflection with a deck: who holds which role,
 * where the group is, and everything written on the way.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define VC_SESSION_ERROR (vc_session_error_quark ())

typedef enum
{
  VC_SESSION_ERROR_CORRUPT,        /*< nick=corrupt >*/
  VC_SESSION_ERROR_UNSUPPORTED,    /*< nick=unsupported >*/
  VC_SESSION_ERROR_IO,             /*< nick=io >*/
} VcSessionError;

typedef enum
{
  VC_SESSION_KIND_MEETING,         /*< nick=meeting >*/
  VC_SESSION_KIND_REFLECTION,      /*< nick=reflection >*/
} VcSessionKind;

/**
 * VcPair:
 * @word_id: id of a value word
 * @image_id: id of a picture
 * @reason: (nullable): why they belong together, in the group's words
 *
 * A word and a picture paired in the values game. Owned by the session.
 */
typedef struct
{
  char *word_id;
  char *image_id;
  char *reason;
} VcPair;

/**
 * VcRoleTurn:
 * @card_id: (nullable): the card the group was on when the roles moved on
 *   to these people, or %NULL for the start of the meeting
 * @started: when the turn began
 * @holders: (array zero-terminated=1): who held each role, in the order of
 *   the session's role ids
 *
 * The roles as they were held between two rotations. Owned by the session.
 */
typedef struct
{
  char       *card_id;
  GDateTime  *started;
  char      **holders;
} VcRoleTurn;

/**
 * VcStepRecord:
 * @id: the format's id for the step
 * @title: the step's title, as it was shown
 * @planned: seconds planned
 * @actual: seconds spent
 * @skipped: whether the facilitator skipped it
 *
 * One step of a meeting run in a format. Owned by the session.
 */
typedef struct
{
  char     *id;
  char     *title;
  gint64    planned;
  gint64    actual;
  gboolean  skipped;
} VcStepRecord;

#define VC_TYPE_SESSION (vc_session_get_type ())

G_DECLARE_FINAL_TYPE (VcSession, vc_session, VC, SESSION, GObject)

GQuark         vc_session_error_quark        (void);

VcSession     *vc_session_new                (VcSessionKind        kind,
                                              const char          *deck_id,
                                              const char          *deck_version,
                                              const char          *deck_path);
const char    *vc_session_get_id             (VcSession           *self);
VcSessionKind  vc_session_get_kind           (VcSession           *self);
const char    *vc_session_get_deck_id        (VcSession           *self);
const char    *vc_session_get_deck_version   (VcSession           *self);
const char    *vc_session_get_deck_path      (VcSession           *self);
const char    *vc_session_get_deck_title     (VcSession           *self);
void           vc_session_set_deck_title     (VcSession           *self,
                                              const char          *title);
GDateTime     *vc_session_get_started        (VcSession           *self);
GDateTime     *vc_session_get_ended          (VcSession           *self);
void           vc_session_finish             (VcSession           *self);

/* Roles: the deck's role ids, the people in the group in rotation order,
 * and how many times the roles have moved on. */
void           vc_session_set_role_ids       (VcSession           *self,
                                              const char * const  *role_ids);
const char * const *vc_session_get_role_ids  (VcSession           *self);
void           vc_session_set_people         (VcSession           *self,
                                              const char * const  *people);
const char * const *vc_session_get_people    (VcSession           *self);
const char    *vc_session_get_holder         (VcSession           *self,
                                              const char          *role_id);
void           vc_session_rotate_roles       (VcSession           *self);
guint          vc_session_get_rotation       (VcSession           *self);
GPtrArray     *vc_session_get_turns          (VcSession           *self);

/* Where the group is. */
const char    *vc_session_get_current_card   (VcSession           *self);
void           vc_session_set_current_card   (VcSession           *self,
                                              const char          *card_id);
guint          vc_session_get_current_stage  (VcSession           *self);
void           vc_session_set_current_stage  (VcSession           *self,
                                              guint                stage);

/* Per card: the scribe's notes (or the person's reflection), time spent,
 * and whether it was drawn. */
const char    *vc_session_get_notes          (VcSession           *self,
                                              const char          *card_id);
void           vc_session_set_notes          (VcSession           *self,
                                              const char          *card_id,
                                              const char          *text);
gint64         vc_session_get_seconds        (VcSession           *self,
                                              const char          *card_id);
void           vc_session_add_seconds        (VcSession           *self,
                                              const char          *card_id,
                                              gint64               seconds);
void           vc_session_mark_drawn         (VcSession           *self,
                                              const char          *card_id);
gboolean       vc_session_is_drawn           (VcSession           *self,
                                              const char          *card_id);
gboolean       vc_session_was_visited        (VcSession           *self,
                                              const char          *card_id);
char         **vc_session_dup_drawn_card_ids (VcSession           *self);
char         **vc_session_dup_card_ids_with_notes (VcSession     *self);

/* The values game. */
guint          vc_session_add_pair           (VcSession           *self,
                                              const char          *word_id,
                                              const char          *image_id,
                                              const char          *reason);
void           vc_session_set_pair_reason    (VcSession           *self,
                                              guint                index,
                                              const char          *reason);
void           vc_session_remove_pair        (VcSession           *self,
                                              guint                index);
void           vc_session_insert_pair        (VcSession           *self,
                                              guint                index,
                                              const char          *word_id,
                                              const char          *image_id,
                                              const char          *reason);
GPtrArray     *vc_session_get_pairs          (VcSession           *self);

/* The closing card's answers, by question index, and what to carry over
 * to the next meeting. */
const char    *vc_session_get_answer         (VcSession           *self,
                                              guint                question);
void           vc_session_set_answer         (VcSession           *self,
                                              guint                question,
                                              const char          *text);
const char * const *vc_session_get_carry_over (VcSession          *self);
void           vc_session_set_carry_over     (VcSession           *self,
                                              const char * const  *items);

/* A meeting run in a format: which format, for how many, where it is,
 * each step's planned and actual time, and each small group's card and
 * notes. */
void           vc_session_set_plan           (VcSession           *self,
                                              const char          *format_id,
                                              const char          *format_title,
                                              guint                people,
                                              guint                groups);
const char    *vc_session_get_format_id      (VcSession           *self);
const char    *vc_session_get_format_title   (VcSession           *self);
guint          vc_session_get_plan_people    (VcSession           *self);
guint          vc_session_get_plan_groups    (VcSession           *self);
void           vc_session_set_plan_position  (VcSession           *self,
                                              guint                step,
                                              guint                turn);
guint          vc_session_get_plan_step      (VcSession           *self);
guint          vc_session_get_plan_turn      (VcSession           *self);
void           vc_session_set_step           (VcSession           *self,
                                              guint                index,
                                              const char          *id,
                                              const char          *title,
                                              gint64               planned,
                                              gint64               actual,
                                              gboolean             skipped);
GPtrArray     *vc_session_get_steps          (VcSession           *self);
guint          vc_session_get_n_groups       (VcSession           *self);
const char    *vc_session_get_group_notes    (VcSession           *self,
                                              guint                group);
void           vc_session_set_group_notes    (VcSession           *self,
                                              guint                group,
                                              const char          *text);
const char    *vc_session_get_group_card     (VcSession           *self,
                                              guint                group);
void           vc_session_set_group_card     (VcSession           *self,
                                              guint                group,
                                              const char          *card_id);

JsonNode      *vc_session_to_json            (VcSession           *self);
VcSession     *vc_session_new_from_json      (JsonNode            *node,
                                              GError             **error);

G_END_DECLS
