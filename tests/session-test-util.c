/* session-test-util.c
 *
 * What the session tests share: temporary folders, sessions made from
 * JSON or with a given start, and a store in a folder of its own that
 * counts what it saved.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-session.h"
#include "vc-session-enums.h"
#include "vc-session-describe.h"
#include "vc-session-store.h"

#include "session-test-util.h"

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  GStatBuf st;
  const char *name;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      /* A test may have taken away the write bit. */
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vc-session-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

VcSession *
from_string (const char  *json,
             GError     **error)
{
  g_autoptr(JsonNode) node = parse (json);

  return vc_session_new_from_json (node, error);
}

/* A copy of @session that started at @started, through JSON, since a new
 * session always starts now. */
VcSession *
with_started (VcSession  *session,
              const char *started)
{
  g_autoptr(JsonNode) node = vc_session_to_json (session);
  g_autoptr(GError) error = NULL;
  VcSession *copy;

  json_object_set_string_member (json_node_get_object (node), "started", started);
  copy = vc_session_new_from_json (node, &error);
  g_assert_no_error (error);
  return copy;
}

VcSession *
session_at (VcSessionKind  kind,
            const char    *deck_id,
            const char    *started)
{
  g_autoptr(VcSession) session = vc_session_new (kind, deck_id, "1.0", NULL);

  return with_started (session, started);
}

void
count_changed (VcSession *session,
               guint     *count)
{
  (*count)++;
}

/* A session with something in every field. */
VcSession *
full_session (void)
{
  const char *roles[] = { "coordinator", "timekeeper", "scribe", NULL };
  const char *people[] = { "Anna", "Bo", "Cecilia", "Dragan", NULL };
  const char *carry[] = { "Ask the relatives' council about walks", "Tyst ✓ – \"citat\"", NULL };
  VcSession *session = vc_session_new (VC_SESSION_KIND_MEETING, "org.example.dilemmas",
                                       "1.2", "/usr/share/value-cards/decks/dilemmas.vcdeck");

  vc_session_set_deck_title (session, "Workplace dilemmas");
  vc_session_set_role_ids (session, roles);
  vc_session_set_people (session, people);
  vc_session_rotate_roles (session);
  vc_session_set_current_card (session, "quiet-card");
  vc_session_set_current_card (session, "on-the-bus");
  vc_session_set_current_stage (session, 1);
  vc_session_set_notes (session, "on-the-bus", "We talked about discretion.\nÅsa: ask first.");
  vc_session_set_notes (session, "afternoon-walk", "Walks matter — even short ones.");
  vc_session_add_seconds (session, "on-the-bus", 905);
  vc_session_mark_drawn (session, "on-the-bus");
  vc_session_mark_drawn (session, "not-her");
  vc_session_add_pair (session, "dignity", "coffee", "Time at the table is respect");
  vc_session_add_pair (session, "safety", "walker", NULL);
  vc_session_set_answer (session, 0, "Listening");
  vc_session_set_answer (session, 2, "Self-determination");
  vc_session_set_carry_over (session, carry);
  vc_session_finish (session);

  return session;
}

void
on_saved (VcSessionStore *store,
          VcSession      *session,
          StoreFixture   *fixture)
{
  fixture->saved++;
}

void
on_save_failed (VcSessionStore *store,
                VcSession      *session,
                GError         *error,
                StoreFixture   *fixture)
{
  fixture->failed++;
  g_clear_error (&fixture->last_error);
  fixture->last_error = g_error_copy (error);
}

void
store_open (StoreFixture *fixture,
            const char   *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);

  g_clear_object (&fixture->store);
  fixture->store = vc_session_store_new (file);
  g_signal_connect (fixture->store, "saved", G_CALLBACK (on_saved), fixture);
  g_signal_connect (fixture->store, "save-failed", G_CALLBACK (on_save_failed), fixture);
}

void
store_setup (StoreFixture  *fixture,
             gconstpointer  data)
{
  fixture->top = make_tmp_dir ();
  /* Inside the temporary folder, so that the store makes it itself. */
  fixture->dir = g_build_filename (fixture->top, "sessions", NULL);
  store_open (fixture, fixture->dir);
}

void
store_teardown (StoreFixture  *fixture,
                gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->store));
  remove_tree (fixture->top);
  g_clear_pointer (&fixture->top, g_free);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_error (&fixture->last_error);
}

gboolean
on_deadline (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *counter moves past @from or @ms pass; returns
 * how long it took in milliseconds, or -1. */
gint64
wait_for (guint *counter,
          guint  from,
          guint  ms)
{
  gboolean expired = FALSE;
  gint64 start = g_get_monotonic_time ();
  guint id = g_timeout_add (ms, on_deadline, &expired);

  while (*counter == from && !expired)
    g_main_context_iteration (NULL, TRUE);

  if (!expired)
    g_source_remove (id);
  return expired ? -1 : (g_get_monotonic_time () - start) / 1000;
}

char *
session_file (StoreFixture *fixture,
              VcSession    *session,
              const char   *suffix)
{
  g_autofree char *name = g_strconcat (vc_session_get_id (session), suffix, NULL);

  return g_build_filename (fixture->dir, name, NULL);
}

char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

void
assert_same_session (VcSession *a,
                     VcSession *b)
{
  g_auto(GStrv) notes_a = vc_session_dup_card_ids_with_notes (a);
  g_auto(GStrv) notes_b = vc_session_dup_card_ids_with_notes (b);
  GPtrArray *pairs_a = vc_session_get_pairs (a);
  GPtrArray *pairs_b = vc_session_get_pairs (b);

  g_assert_cmpstr (vc_session_get_id (a), ==, vc_session_get_id (b));
  g_assert_cmpint (vc_session_get_kind (a), ==, vc_session_get_kind (b));
  g_assert_cmpstr (vc_session_get_deck_id (a), ==, vc_session_get_deck_id (b));
  g_assert_cmpstr (vc_session_get_deck_version (a), ==, vc_session_get_deck_version (b));
  g_assert_cmpstr (vc_session_get_deck_path (a), ==, vc_session_get_deck_path (b));
  g_assert_cmpstr (vc_session_get_deck_title (a), ==, vc_session_get_deck_title (b));
  g_assert_true (g_date_time_equal (vc_session_get_started (a), vc_session_get_started (b)));
  g_assert_cmpint (g_date_time_get_utc_offset (vc_session_get_started (a)), ==,
                   g_date_time_get_utc_offset (vc_session_get_started (b)));
  if (vc_session_get_ended (a) == NULL)
    g_assert_null (vc_session_get_ended (b));
  else
    g_assert_true (g_date_time_equal (vc_session_get_ended (a), vc_session_get_ended (b)));
  g_assert_cmpstrv (vc_session_get_role_ids (a), vc_session_get_role_ids (b));
  g_assert_cmpstrv (vc_session_get_people (a), vc_session_get_people (b));
  g_assert_cmpuint (vc_session_get_rotation (a), ==, vc_session_get_rotation (b));
  g_assert_cmpstr (vc_session_get_current_card (a), ==, vc_session_get_current_card (b));
  g_assert_cmpuint (vc_session_get_current_stage (a), ==, vc_session_get_current_stage (b));
  g_assert_cmpuint (vc_session_get_turns (a)->len, ==, vc_session_get_turns (b)->len);
  for (guint i = 0; i < vc_session_get_turns (a)->len; i++)
    {
      VcRoleTurn *x = g_ptr_array_index (vc_session_get_turns (a), i);
      VcRoleTurn *y = g_ptr_array_index (vc_session_get_turns (b), i);

      g_assert_cmpstr (x->card_id, ==, y->card_id);
      g_assert_true (g_date_time_equal (x->started, y->started));
      g_assert_cmpstrv (x->holders, y->holders);
    }
  g_assert_cmpint (vc_session_was_visited (a, "on-the-bus"), ==, vc_session_was_visited (b, "on-the-bus"));
  g_assert_cmpint (vc_session_was_visited (a, "quiet-card"), ==, vc_session_was_visited (b, "quiet-card"));

  g_assert_cmpstrv (notes_a, notes_b);
  for (guint i = 0; notes_a[i] != NULL; i++)
    {
      g_assert_cmpstr (vc_session_get_notes (a, notes_a[i]), ==, vc_session_get_notes (b, notes_a[i]));
      g_assert_cmpint (vc_session_get_seconds (a, notes_a[i]), ==, vc_session_get_seconds (b, notes_a[i]));
      g_assert_cmpint (vc_session_is_drawn (a, notes_a[i]), ==, vc_session_is_drawn (b, notes_a[i]));
    }

  g_assert_cmpuint (pairs_a->len, ==, pairs_b->len);
  for (guint i = 0; i < pairs_a->len; i++)
    {
      VcPair *x = g_ptr_array_index (pairs_a, i);
      VcPair *y = g_ptr_array_index (pairs_b, i);

      g_assert_cmpstr (x->word_id, ==, y->word_id);
      g_assert_cmpstr (x->image_id, ==, y->image_id);
      g_assert_cmpstr (x->reason, ==, y->reason);
    }

  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (vc_session_get_answer (a, i), ==, vc_session_get_answer (b, i));
  g_assert_cmpstrv (vc_session_get_carry_over (a), vc_session_get_carry_over (b));
}
