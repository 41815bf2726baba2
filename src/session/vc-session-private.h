/* vc-session-private.h
 *
 * The session's insides, shared by the model (vc-session.c) and its JSON
 * reader and writer (vc-session-json.c), and what the store and the export
 * need beyond the public API.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-session.h"

G_BEGIN_DECLS

#define VC_SESSION_FORMAT_VERSION 1

/* Anything larger than this is not something a person typed; refusing it
 * keeps a hostile file from making the app allocate without bound. */
#define VC_SESSION_MAX_ANSWER_INDEX 1000

typedef struct
{
  char     *card_id;
  char     *notes;
  gint64    seconds;
  gboolean  drawn;
  gboolean  visited;
} CardRecord;

struct _VcSession
{
  GObject        parent_instance;

  char          *id;
  VcSessionKind  kind;
  char          *deck_id;
  char          *deck_version;
  char          *deck_path;
  char          *deck_title;
  GDateTime     *started;
  GDateTime     *ended;

  char         **role_ids;
  char         **people;
  guint          rotation;
  /* The roles as they were held, one turn per rotation (VcRoleTurn). */
  GPtrArray     *turns;

  char          *current_card;
  guint          current_stage;

  /* Cards in the order they were first written about, and an index by id,
   * so that a summary without its deck still reads in meeting order. */
  GPtrArray     *cards;
  GHashTable    *cards_by_id;

  GPtrArray     *pairs;
  GHashTable    *answers;
  char         **carry_over;

  /* The meeting's format and how it went (vc-session-plan.c); format_id
   * is NULL for a meeting run one card at a time. */
  char          *format_id;
  char          *format_title;
  guint          plan_people;
  guint          plan_groups;
  guint          plan_step;
  guint          plan_turn;
  GPtrArray     *steps;        /* VcStepRecord */
  GPtrArray     *groups;       /* VcGroupRecord */
};

#define VC_SESSION_MAX_STEPS  50
#define VC_SESSION_MAX_GROUPS 200

void        _vc_session_emit_changed        (VcSession  *self);
void        _vc_session_init_plan           (VcSession  *self);
void        _vc_session_finalize_plan       (VcSession  *self);
gboolean    _vc_session_strv_is_utf8        (const char * const *strv);
gboolean    _vc_session_replace_strv        (char               ***field,
                                             const char * const   *value);
VcRoleTurn *_vc_role_turn_new               (const char *card_id,
                                             GDateTime  *started,
                                             const char * const *holders);
void        _vc_role_turn_free              (VcRoleTurn *turn);
VcPair     *_vc_pair_new                    (const char *word_id,
                                             const char *image_id,
                                             const char *reason);
void        _vc_pair_free                   (VcPair     *pair);
CardRecord *_vc_session_ensure_card         (VcSession  *self,
                                             const char *card_id);
void        _vc_session_drop_card_if_empty  (VcSession  *self,
                                             CardRecord *record);
GArray     *_vc_session_dup_answered        (VcSession  *self);

G_END_DECLS
