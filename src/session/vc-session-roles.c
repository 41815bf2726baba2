/* vc-session-roles.c
 *
 * The roles of a meeting: who holds which, how they move on, and every
 * turn as it was held, for the summary.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include "vc-session.h"
#include "vc-session-private.h"

VcRoleTurn *
_vc_role_turn_new (const char         *card_id,
                   GDateTime          *started,
                   const char * const *holders)
{
  VcRoleTurn *turn = g_new0 (VcRoleTurn, 1);

  turn->card_id = g_strdup (card_id);
  turn->started = g_date_time_ref (started);
  turn->holders = g_strdupv ((char **)holders);
  return turn;
}

void
_vc_role_turn_free (VcRoleTurn *turn)
{
  g_free (turn->card_id);
  g_date_time_unref (turn->started);
  g_strfreev (turn->holders);
  g_free (turn);
}

/**
 * vc_session_set_role_ids:
 * @self: a #VcSession
 * @role_ids: (nullable) (array zero-terminated=1): the deck's role ids, in
 *   the order the deck lists them
 */
void
vc_session_set_role_ids (VcSession          *self,
                         const char * const *role_ids)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (_vc_session_strv_is_utf8 (role_ids));

  if (_vc_session_replace_strv (&self->role_ids, role_ids))
    _vc_session_emit_changed (self);
}

/**
 * vc_session_get_role_ids:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (array zero-terminated=1): the role ids, never
 *   %NULL
 */
const char * const *
vc_session_get_role_ids (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return (const char * const *)self->role_ids;
}

/* Who holds each role now, in the order of the role ids; "" for a role
 * nobody holds. */
static char **
dup_holders (VcSession *self)
{
  guint n = g_strv_length (self->role_ids);
  char **holders = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *holder = vc_session_get_holder (self, self->role_ids[i]);

      holders[i] = g_strdup (holder != NULL ? holder : "");
    }
  return holders;
}

static void
add_turn (VcSession  *self,
          const char *card_id,
          GDateTime  *started)
{
  g_auto(GStrv) holders = dup_holders (self);

  g_ptr_array_add (self->turns,
                   _vc_role_turn_new (card_id, started, (const char * const *)holders));
}

/**
 * vc_session_set_people:
 * @self: a #VcSession
 * @people: (nullable) (array zero-terminated=1): the names of the people in
 *   the group, in the order the roles move on
 *
 * The rotation is kept, so that someone who joins late does not give
 * everyone their first role back.
 */
void
vc_session_set_people (VcSession          *self,
                       const char * const *people)
{
  g_return_if_fail (VC_IS_SESSION (self));
  g_return_if_fail (_vc_session_strv_is_utf8 (people));

  if (!_vc_session_replace_strv (&self->people, people))
    return;

  /* Whoever joins or leaves during a turn holds its roles from now on. */
  if (self->turns->len > 0)
    {
      VcRoleTurn *turn = g_ptr_array_index (self->turns, self->turns->len - 1);
      g_auto(GStrv) holders = dup_holders (self);

      g_strfreev (turn->holders);
      turn->holders = g_steal_pointer (&holders);
    }
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_people:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (array zero-terminated=1): the people, never
 *   %NULL
 */
const char * const *
vc_session_get_people (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return (const char * const *)self->people;
}

/**
 * vc_session_get_holder:
 * @self: a #VcSession
 * @role_id: one of the role ids
 *
 * The first role goes to the first person, the second to the second and so
 * on; each rotation moves every role on to the next person.
 *
 * Returns: (nullable): who holds @role_id now, or %NULL if there is nobody
 *   in the group or no such role
 */
const char *
vc_session_get_holder (VcSession  *self,
                       const char *role_id)
{
  guint n_people;
  guint index;

  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  g_return_val_if_fail (role_id != NULL, NULL);

  n_people = g_strv_length (self->people);
  if (n_people == 0)
    return NULL;

  if (!g_strv_contains ((const char * const *)self->role_ids, role_id))
    return NULL;

  for (index = 0; !g_str_equal (self->role_ids[index], role_id); index++)
    ;

  /* Reduced first, so that a rotation counted up for years cannot wrap. */
  return self->people[(index % n_people + self->rotation % n_people) % n_people];
}

/**
 * vc_session_rotate_roles:
 * @self: a #VcSession
 *
 * Moves every role on to the next person, and records the turn that
 * begins, so that the summary can say who held which role when.
 */
void
vc_session_rotate_roles (VcSession *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (VC_IS_SESSION (self));

  /* The first rotation also records who held the roles from the start. */
  if (self->turns->len == 0 && self->people[0] != NULL)
    add_turn (self, NULL, self->started);

  if (self->rotation == G_MAXUINT)
    self->rotation = 0;
  else
    self->rotation++;

  if (self->people[0] != NULL)
    {
      now = g_date_time_new_now_local ();
      add_turn (self, self->current_card, now);
    }
  _vc_session_emit_changed (self);
}

/**
 * vc_session_get_turns:
 * @self: a #VcSession
 *
 * Returns: (transfer none) (element-type VcRoleTurn): the roles as they
 *   were held, oldest first; empty if they never moved on
 */
GPtrArray *
vc_session_get_turns (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), NULL);
  return self->turns;
}

guint
vc_session_get_rotation (VcSession *self)
{
  g_return_val_if_fail (VC_IS_SESSION (self), 0);
  return self->rotation;
}

