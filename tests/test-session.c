/* test-session.c
 *
 * Tests for the session model and its store: round trips through JSON,
 * every way a saved session can be damaged, roles, pairs, autosave, a disk
 * that cannot be written, deleting and undoing, and searching.
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

/* Helpers */

static void
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

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vc-session-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static VcSession *
from_string (const char  *json,
             GError     **error)
{
  g_autoptr(JsonNode) node = parse (json);

  return vc_session_new_from_json (node, error);
}

/* A copy of @session that started at @started, through JSON, since a new
 * session always starts now. */
static VcSession *
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

static VcSession *
session_at (VcSessionKind  kind,
            const char    *deck_id,
            const char    *started)
{
  g_autoptr(VcSession) session = vc_session_new (kind, deck_id, "1.0", NULL);

  return with_started (session, started);
}

static void
count_changed (VcSession *session,
               guint     *count)
{
  (*count)++;
}

/* A session with something in every field. */
static VcSession *
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

/* Model */

static void
test_new (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, "org.example.deck",
                                                 NULL, NULL);
  g_autoptr(VcSession) other = vc_session_new (VC_SESSION_KIND_MEETING, "org.example.deck",
                                               NULL, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint changed = 0;

  g_assert_true (g_uuid_string_is_valid (vc_session_get_id (session)));
  g_assert_cmpstr (vc_session_get_id (session), !=, vc_session_get_id (other));
  g_assert_cmpint (vc_session_get_kind (session), ==, VC_SESSION_KIND_REFLECTION);
  g_assert_cmpstr (vc_session_get_deck_id (session), ==, "org.example.deck");
  g_assert_null (vc_session_get_deck_version (session));
  g_assert_null (vc_session_get_deck_title (session));
  g_assert_nonnull (vc_session_get_started (session));
  g_assert_cmpint (g_date_time_difference (now, vc_session_get_started (session)), <, 60 * G_USEC_PER_SEC);
  g_assert_null (vc_session_get_ended (session));
  g_assert_nonnull (vc_session_get_role_ids (session));
  g_assert_null (vc_session_get_role_ids (session)[0]);
  g_assert_null (vc_session_get_people (session)[0]);
  g_assert_null (vc_session_get_carry_over (session)[0]);
  g_assert_cmpuint (vc_session_get_pairs (session)->len, ==, 0);

  g_signal_connect (session, "changed", G_CALLBACK (count_changed), &changed);
  vc_session_finish (session);
  g_assert_nonnull (vc_session_get_ended (session));
  g_assert_cmpint (g_date_time_compare (vc_session_get_ended (session),
                                        vc_session_get_started (session)), >=, 0);
  g_assert_cmpuint (changed, ==, 1);
}

/* Every modification says "changed" once, and setting what is already
 * there says nothing, so that the store does not write for nothing. */
static void
test_changed (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  const char *roles[] = { "a", "b", NULL };
  const char *items[] = { "x", NULL };
  guint changed = 0;

  g_signal_connect (session, "changed", G_CALLBACK (count_changed), &changed);

#define EXPECT(n, stmt) G_STMT_START { guint before = changed; stmt; \
    g_assert_cmpuint (changed - before, ==, n); } G_STMT_END

  EXPECT (1, vc_session_set_deck_title (session, "T"));
  EXPECT (0, vc_session_set_deck_title (session, "T"));
  EXPECT (1, vc_session_set_role_ids (session, roles));
  EXPECT (0, vc_session_set_role_ids (session, roles));
  EXPECT (1, vc_session_set_people (session, roles));
  EXPECT (0, vc_session_set_people (session, roles));
  EXPECT (1, vc_session_rotate_roles (session));
  EXPECT (1, vc_session_set_current_card (session, "c"));
  EXPECT (0, vc_session_set_current_card (session, "c"));
  EXPECT (1, vc_session_set_current_stage (session, 2));
  EXPECT (0, vc_session_set_current_stage (session, 2));
  EXPECT (1, vc_session_set_notes (session, "c", "n"));
  EXPECT (0, vc_session_set_notes (session, "c", "n"));
  EXPECT (1, vc_session_set_notes (session, "c", ""));
  EXPECT (0, vc_session_set_notes (session, "c", NULL));
  EXPECT (1, vc_session_add_seconds (session, "c", 5));
  EXPECT (0, vc_session_add_seconds (session, "c", 0));
  EXPECT (1, vc_session_mark_drawn (session, "c"));
  EXPECT (0, vc_session_mark_drawn (session, "c"));
  EXPECT (1, vc_session_add_pair (session, "w", "i", NULL));
  EXPECT (1, vc_session_set_pair_reason (session, 0, "r"));
  EXPECT (0, vc_session_set_pair_reason (session, 0, "r"));
  EXPECT (1, vc_session_insert_pair (session, 0, "w2", "i2", NULL));
  EXPECT (1, vc_session_remove_pair (session, 0));
  EXPECT (1, vc_session_set_answer (session, 1, "a"));
  EXPECT (0, vc_session_set_answer (session, 1, "a"));
  EXPECT (1, vc_session_set_answer (session, 1, NULL));
  EXPECT (0, vc_session_set_answer (session, 1, ""));
  EXPECT (1, vc_session_set_carry_over (session, items));
  EXPECT (0, vc_session_set_carry_over (session, items));
  EXPECT (1, vc_session_finish (session));

#undef EXPECT
}

static void
test_roles (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  const char *roles[] = { "coordinator", "timekeeper", "scribe", NULL };
  const char *four[] = { "Anna", "Bo", "Cecilia", "Dragan", NULL };
  const char *two[] = { "Anna", "Bo", NULL };

  vc_session_set_role_ids (session, roles);
  g_assert_null (vc_session_get_holder (session, "scribe"));

  vc_session_set_people (session, four);
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Anna");
  g_assert_cmpstr (vc_session_get_holder (session, "timekeeper"), ==, "Bo");
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Cecilia");
  g_assert_null (vc_session_get_holder (session, "no-such-role"));

  vc_session_rotate_roles (session);
  g_assert_cmpuint (vc_session_get_rotation (session), ==, 1);
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Bo");
  g_assert_cmpstr (vc_session_get_holder (session, "timekeeper"), ==, "Cecilia");
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Dragan");

  vc_session_rotate_roles (session);
  vc_session_rotate_roles (session);
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Bo");
  vc_session_rotate_roles (session);
  /* Round and back to the start. */
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Anna");
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Cecilia");

  /* Fewer people than roles: someone holds two. */
  vc_session_set_people (session, two);
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Anna");
  g_assert_cmpstr (vc_session_get_holder (session, "timekeeper"), ==, "Bo");
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Anna");
  vc_session_rotate_roles (session);
  g_assert_cmpstr (vc_session_get_holder (session, "coordinator"), ==, "Bo");
  g_assert_cmpstr (vc_session_get_holder (session, "scribe"), ==, "Bo");

  vc_session_set_people (session, NULL);
  g_assert_null (vc_session_get_holder (session, "coordinator"));
}

static void
test_cards (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) after = NULL;

  g_assert_null (vc_session_get_notes (session, "a"));
  vc_session_set_notes (session, "b", "second card first");
  vc_session_set_notes (session, "a", "first card second");
  vc_session_add_seconds (session, "c", 30);
  vc_session_mark_drawn (session, "d");

  ids = vc_session_dup_card_ids_with_notes (session);
  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "b");
  g_assert_cmpstr (ids[1], ==, "a");

  g_assert_cmpint (vc_session_get_seconds (session, "c"), ==, 30);
  vc_session_add_seconds (session, "c", -100);
  g_assert_cmpint (vc_session_get_seconds (session, "c"), ==, 0);
  g_assert_cmpint (vc_session_get_seconds (session, "zzz"), ==, 0);
  g_assert_true (vc_session_is_drawn (session, "d"));
  g_assert_false (vc_session_is_drawn (session, "a"));

  vc_session_set_notes (session, "b", "");
  g_assert_null (vc_session_get_notes (session, "b"));
  after = vc_session_dup_card_ids_with_notes (session);
  g_assert_cmpuint (g_strv_length (after), ==, 1);
  g_assert_cmpstr (after[0], ==, "a");
}

/* Every rotation is kept with who held the roles, so that a summary can
 * tell who was scribe for which card. */
static void
test_turns (void)
{
  const char *roles[] = { "coordinator", "timekeeper", "scribe", NULL };
  const char *people[] = { "Aida", "Mats", "Leila", NULL };
  const char *more[] = { "Aida", "Mats", "Leila", "Sven", NULL };
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  GPtrArray *turns = vc_session_get_turns (session);
  VcRoleTurn *turn;

  vc_session_set_role_ids (session, roles);
  vc_session_rotate_roles (session);
  g_assert_cmpuint (turns->len, ==, 0);

  vc_session_set_people (session, people);
  vc_session_set_current_card (session, "first");
  vc_session_rotate_roles (session);
  vc_session_set_current_card (session, "third");
  vc_session_rotate_roles (session);
  g_assert_cmpuint (turns->len, ==, 3);

  turn = g_ptr_array_index (turns, 0);
  g_assert_null (turn->card_id);
  g_assert_true (g_date_time_equal (turn->started, vc_session_get_started (session)));
  /* One rotation with nobody named had already happened. */
  g_assert_cmpstr (turn->holders[0], ==, "Mats");
  g_assert_cmpstr (turn->holders[2], ==, "Aida");

  turn = g_ptr_array_index (turns, 1);
  g_assert_cmpstr (turn->card_id, ==, "first");
  g_assert_cmpstr (turn->holders[0], ==, "Leila");
  g_assert_cmpstr (turn->holders[1], ==, "Aida");
  g_assert_cmpstr (turn->holders[2], ==, "Mats");

  turn = g_ptr_array_index (turns, 2);
  g_assert_cmpstr (turn->card_id, ==, "third");
  g_assert_cmpstr (turn->holders[0], ==, "Aida");

  /* Someone who joins during a turn holds its roles from then on; the
   * turns before are kept as they were. */
  vc_session_set_people (session, more);
  g_assert_cmpuint (turns->len, ==, 3);
  g_assert_cmpstr (((VcRoleTurn *)g_ptr_array_index (turns, 2))->holders[0], ==,
                   vc_session_get_holder (session, "coordinator"));
  g_assert_cmpstr (((VcRoleTurn *)g_ptr_array_index (turns, 1))->holders[0], ==, "Leila");
}

/* The cards the group came to are kept even when nothing was written. */
static void
test_visited (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);

  g_assert_false (vc_session_was_visited (session, "a"));
  vc_session_set_current_card (session, "a");
  vc_session_set_current_card (session, "b");
  g_assert_true (vc_session_was_visited (session, "a"));
  g_assert_true (vc_session_was_visited (session, "b"));
  g_assert_false (vc_session_was_visited (session, "c"));
  vc_session_mark_drawn (session, "c");
  g_assert_true (vc_session_was_visited (session, "c"));

  /* Being visited keeps the record when its notes are taken away. */
  vc_session_set_notes (session, "a", "x");
  vc_session_set_notes (session, "a", NULL);
  g_assert_true (vc_session_was_visited (session, "a"));
}

/* A search finds its words in the text as written, in any case and
 * however a letter was typed, so that the match can be highlighted. */
static void
test_find_text (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  g_autofree char *snippet = NULL;
  g_autofree char *start_of = NULL;
  gsize start, end;

  g_assert_true (vc_text_find ("Vi frågar BRUKAREN först", "brukaren", &start, &end));
  g_assert_cmpuint (start, ==, strlen ("Vi frågar "));
  g_assert_cmpuint (end, ==, strlen ("Vi frågar BRUKAREN"));
  /* "å" typed as "a" and a combining ring, found by the composed letter. */
  g_assert_true (vc_text_find ("Vi fra\xcc\x8agar", "FRÅGAR", &start, &end));
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (end, ==, strlen ("Vi fra\xcc\x8agar"));
  g_assert_false (vc_text_find ("Vi frågar", "svarar", &start, &end));
  g_assert_false (vc_text_find ("Vi frågar", "", &start, &end));

  vc_session_set_notes (session, "a", "First line\nWe ask the resident before we decide.");
  vc_session_set_answer (session, 0, "Listening");
  snippet = vc_session_dup_snippet (session, "RESIDENT", &start, &end);
  g_assert_cmpstr (snippet, ==, "First line We ask the resident before we decide.");
  g_assert_cmpuint (end - start, ==, strlen ("resident"));
  g_assert_true (strncmp (snippet + start, "resident", end - start) == 0);
  g_clear_pointer (&snippet, g_free);

  snippet = vc_session_dup_snippet (session, "listen", &start, &end);
  g_assert_cmpstr (snippet, ==, "Listening");
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 6);
  g_assert_null (vc_session_dup_snippet (session, "nowhere", &start, &end));

  /* Without a search, the start of what was written. */
  start_of = vc_session_dup_snippet (session, NULL, &start, &end);
  g_assert_cmpstr (start_of, ==, "First line We ask the resident before we decide.");
  g_assert_cmpuint (start, ==, end);
}

/* How far a session got, without its deck. */
static void
test_progress (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autofree char *progress = vc_session_dup_progress (session, NULL);
  g_autofree char *finished = NULL;
  g_autofree char *pairs = NULL;
  g_autofree char *description = NULL;
  g_autofree char *time = NULL;

  g_assert_cmpstr (progress, ==, "not finished");
  vc_session_add_pair (session, "dignity", "coffee", NULL);
  pairs = vc_session_dup_progress (session, NULL);
  g_assert_cmpstr (pairs, ==, "1 pair so far");
  vc_session_finish (session);
  finished = vc_session_dup_progress (session, NULL);
  g_assert_cmpstr (finished, ==, "finished");

  description = vc_session_dup_description (session, NULL);
  time = g_date_time_format (vc_session_get_started (session), "%H:%M");
  g_assert_true (g_str_has_prefix (description, "Meeting · "));
  g_assert_nonnull (strstr (description, time));
  g_assert_true (g_str_has_suffix (description, " · finished"));
}

/* Files written before turns and visits were recorded still open. */
static void
test_json_older_file (void)
{
  const char *text =
    "{\"format-version\": 1, \"id\": \"old\", \"kind\": \"meeting\","
    " \"deck\": {\"id\": \"d\"}, \"started\": \"2026-01-12T13:00:00+01:00\","
    " \"roles\": {\"ids\": [\"scribe\"], \"people\": [\"Bo\"], \"rotation\": 2},"
    " \"cards\": {\"a\": {\"notes\": \"n\", \"seconds\": 0, \"drawn\": false}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(VcSession) session = from_string (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vc_session_get_turns (session)->len, ==, 0);
  g_assert_cmpuint (vc_session_get_rotation (session), ==, 2);
  g_assert_true (vc_session_was_visited (session, "a"));
  g_assert_cmpstr (vc_session_get_notes (session, "a"), ==, "n");
}

static void
test_pairs (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  GPtrArray *pairs = vc_session_get_pairs (session);
  VcPair *pair;
  g_autofree char *word = NULL;
  g_autofree char *image = NULL;
  g_autofree char *reason = NULL;

  g_assert_cmpuint (vc_session_add_pair (session, "dignity", "coffee", "Because"), ==, 0);
  g_assert_cmpuint (vc_session_add_pair (session, "safety", "walker", ""), ==, 1);
  g_assert_cmpuint (vc_session_add_pair (session, "trust", "keys", NULL), ==, 2);
  g_assert_cmpuint (pairs->len, ==, 3);

  pair = g_ptr_array_index (pairs, 1);
  g_assert_cmpstr (pair->word_id, ==, "safety");
  g_assert_null (pair->reason);
  vc_session_set_pair_reason (session, 1, "Steady on her feet");
  g_assert_cmpstr (pair->reason, ==, "Steady on her feet");

  /* Remove, then undo: it comes back where it was. */
  pair = g_ptr_array_index (pairs, 1);
  word = g_strdup (pair->word_id);
  image = g_strdup (pair->image_id);
  reason = g_strdup (pair->reason);
  vc_session_remove_pair (session, 1);
  g_assert_cmpuint (pairs->len, ==, 2);
  g_assert_cmpstr (((VcPair *)g_ptr_array_index (pairs, 1))->word_id, ==, "trust");

  vc_session_insert_pair (session, 1, word, image, reason);
  g_assert_cmpuint (pairs->len, ==, 3);
  pair = g_ptr_array_index (pairs, 1);
  g_assert_cmpstr (pair->word_id, ==, "safety");
  g_assert_cmpstr (pair->image_id, ==, "walker");
  g_assert_cmpstr (pair->reason, ==, "Steady on her feet");

  vc_session_insert_pair (session, 0, "first", "pic", NULL);
  vc_session_insert_pair (session, pairs->len, "last", "pic", NULL);
  g_assert_cmpstr (((VcPair *)g_ptr_array_index (pairs, 0))->word_id, ==, "first");
  g_assert_cmpstr (((VcPair *)g_ptr_array_index (pairs, 4))->word_id, ==, "last");
}

static void
test_answers_and_carry_over (void)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  const char *items[] = { "one", "two", NULL };

  g_assert_null (vc_session_get_answer (session, 0));
  vc_session_set_answer (session, 2, "Third");
  vc_session_set_answer (session, 0, "First");
  g_assert_cmpstr (vc_session_get_answer (session, 0), ==, "First");
  g_assert_null (vc_session_get_answer (session, 1));
  g_assert_cmpstr (vc_session_get_answer (session, 2), ==, "Third");
  vc_session_set_answer (session, 0, NULL);
  g_assert_null (vc_session_get_answer (session, 0));

  vc_session_set_carry_over (session, items);
  g_assert_cmpstrv (vc_session_get_carry_over (session), items);
  vc_session_set_carry_over (session, NULL);
  g_assert_nonnull (vc_session_get_carry_over (session));
  g_assert_null (vc_session_get_carry_over (session)[0]);
}

/* JSON */

static void
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

static void
test_json_round_trip (void)
{
  g_autoptr(VcSession) session = full_session ();
  g_autoptr(VcSession) empty = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  VcSession *sessions[] = { session, empty };

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_autoptr(JsonNode) node = vc_session_to_json (sessions[i]);
      g_autofree char *text = to_string (node);
      g_autoptr(GError) error = NULL;
      g_autoptr(VcSession) copy = from_string (text, &error);
      g_autoptr(JsonNode) again = NULL;
      g_autofree char *text_again = NULL;

      g_test_message ("%s", text);
      g_assert_no_error (error);
      g_assert_nonnull (copy);
      assert_same_session (sessions[i], copy);

      /* And byte for byte the same file when written again. */
      again = vc_session_to_json (copy);
      text_again = to_string (again);
      g_assert_cmpstr (text, ==, text_again);
    }
}

/* The file's shape, as documented for anyone reading their own data. */
static void
test_json_shape (void)
{
  g_autoptr(VcSession) session = full_session ();
  g_autoptr(JsonNode) node = vc_session_to_json (session);
  JsonObject *root = json_node_get_object (node);
  JsonObject *card;
  const char *started;
  g_autoptr(GDateTime) parsed = NULL;

  g_assert_cmpint (json_object_get_int_member (root, "format-version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "meeting");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "deck"), "id"),
                   ==, "org.example.dilemmas");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "deck"), "title"),
                   ==, "Workplace dilemmas");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "roles"), "rotation"),
                   ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "position"), "card"),
                   ==, "on-the-bus");
  card = json_object_get_object_member (json_object_get_object_member (root, "cards"), "on-the-bus");
  g_assert_cmpint (json_object_get_int_member (card, "seconds"), ==, 905);
  g_assert_true (json_object_get_boolean_member (card, "drawn"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "pairs")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "answers"), "2"),
                   ==, "Self-determination");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "carry-over")), ==, 2);

  /* ISO 8601 with an explicit offset. */
  started = json_object_get_string_member (root, "started");
  parsed = g_date_time_new_from_iso8601 (started, NULL);
  g_assert_nonnull (parsed);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d:\\d\\d$",
                                       started, 0, 0));
}

typedef struct
{
  const char     *path;
  const char     *value;   /* JSON text, or NULL to remove the member */
  VcSessionError  code;
  const char     *mention; /* the message names where, or NULL */
} Damage;

static const Damage damages[] = {
  { "format-version", NULL, VC_SESSION_ERROR_CORRUPT, "format-version" },
  { "format-version", "\"1\"", VC_SESSION_ERROR_CORRUPT, "format-version" },
  { "format-version", "1.0", VC_SESSION_ERROR_CORRUPT, "format-version" },
  { "format-version", "null", VC_SESSION_ERROR_CORRUPT, "format-version" },
  { "format-version", "2", VC_SESSION_ERROR_UNSUPPORTED, NULL },
  { "format-version", "0", VC_SESSION_ERROR_UNSUPPORTED, NULL },
  { "format-version", "-1", VC_SESSION_ERROR_UNSUPPORTED, NULL },
  { "id", NULL, VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "5", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\"\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "null", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\"../../escape\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\"a/b\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\".hidden\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\"åäö\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "id", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", VC_SESSION_ERROR_CORRUPT, "id" },
  { "kind", NULL, VC_SESSION_ERROR_CORRUPT, "kind" },
  { "kind", "\"party\"", VC_SESSION_ERROR_CORRUPT, "kind" },
  { "kind", "1", VC_SESSION_ERROR_CORRUPT, "kind" },
  { "kind", "[\"meeting\"]", VC_SESSION_ERROR_CORRUPT, "kind" },
  { "deck", NULL, VC_SESSION_ERROR_CORRUPT, "deck" },
  { "deck", "\"org.example\"", VC_SESSION_ERROR_CORRUPT, "deck" },
  { "deck", "[]", VC_SESSION_ERROR_CORRUPT, "deck" },
  { "deck.id", NULL, VC_SESSION_ERROR_CORRUPT, "deck.id" },
  { "deck.id", "3", VC_SESSION_ERROR_CORRUPT, "deck.id" },
  { "deck.id", "\"\"", VC_SESSION_ERROR_CORRUPT, "deck.id" },
  { "deck.version", "1", VC_SESSION_ERROR_CORRUPT, "deck.version" },
  { "deck.path", "[]", VC_SESSION_ERROR_CORRUPT, "deck.path" },
  { "deck.title", "{}", VC_SESSION_ERROR_CORRUPT, "deck.title" },
  { "started", NULL, VC_SESSION_ERROR_CORRUPT, "started" },
  { "started", "5", VC_SESSION_ERROR_CORRUPT, "started" },
  { "started", "\"yesterday\"", VC_SESSION_ERROR_CORRUPT, "started" },
  { "started", "\"2026-01-05T10:00:00\"", VC_SESSION_ERROR_CORRUPT, "started" },
  { "started", "\"2026-13-45T10:00:00+01:00\"", VC_SESSION_ERROR_CORRUPT, "started" },
  { "ended", "\"soon\"", VC_SESSION_ERROR_CORRUPT, "ended" },
  { "ended", "true", VC_SESSION_ERROR_CORRUPT, "ended" },
  { "roles", "1", VC_SESSION_ERROR_CORRUPT, "roles" },
  { "roles", "[]", VC_SESSION_ERROR_CORRUPT, "roles" },
  { "roles.ids", "\"scribe\"", VC_SESSION_ERROR_CORRUPT, "roles.ids" },
  { "roles.ids", "[1]", VC_SESSION_ERROR_CORRUPT, "roles.ids[0]" },
  { "roles.ids", "[\"a\", \"\"]", VC_SESSION_ERROR_CORRUPT, "roles.ids[1]" },
  { "roles.people", "[null]", VC_SESSION_ERROR_CORRUPT, "roles.people[0]" },
  { "roles.people", "{}", VC_SESSION_ERROR_CORRUPT, "roles.people" },
  { "roles.rotation", "-1", VC_SESSION_ERROR_CORRUPT, "roles.rotation" },
  { "roles.rotation", "\"1\"", VC_SESSION_ERROR_CORRUPT, "roles.rotation" },
  { "roles.rotation", "1.5", VC_SESSION_ERROR_CORRUPT, "roles.rotation" },
  { "roles.rotation", "99999999999", VC_SESSION_ERROR_CORRUPT, "roles.rotation" },
  { "roles.turns", "{}", VC_SESSION_ERROR_CORRUPT, "roles.turns" },
  { "roles.turns", "[1]", VC_SESSION_ERROR_CORRUPT, "roles.turns[0]" },
  { "roles.turns", "[{\"holders\": []}]", VC_SESSION_ERROR_CORRUPT, "roles.turns[0].started" },
  { "roles.turns", "[{\"started\": \"2026-01-05T10:00:00+01:00\", \"card\": 3}]",
    VC_SESSION_ERROR_CORRUPT, "roles.turns[0].card" },
  { "roles.turns", "[{\"started\": \"2026-01-05T10:00:00+01:00\", \"holders\": [1]}]",
    VC_SESSION_ERROR_CORRUPT, "roles.turns[0].holders[0]" },
  { "position", "[]", VC_SESSION_ERROR_CORRUPT, "position" },
  { "position.card", "5", VC_SESSION_ERROR_CORRUPT, "position.card" },
  { "position.stage", "-1", VC_SESSION_ERROR_CORRUPT, "position.stage" },
  { "position.stage", "false", VC_SESSION_ERROR_CORRUPT, "position.stage" },
  { "cards", "[]", VC_SESSION_ERROR_CORRUPT, "cards" },
  { "cards.x", "1", VC_SESSION_ERROR_CORRUPT, "cards.x" },
  { "cards.x", "null", VC_SESSION_ERROR_CORRUPT, "cards.x" },
  { "cards.x", "{\"notes\": 5}", VC_SESSION_ERROR_CORRUPT, "cards.x.notes" },
  { "cards.x", "{\"notes\": [\"a\"]}", VC_SESSION_ERROR_CORRUPT, "cards.x.notes" },
  { "cards.x", "{\"seconds\": -5}", VC_SESSION_ERROR_CORRUPT, "cards.x.seconds" },
  { "cards.x", "{\"seconds\": \"5\"}", VC_SESSION_ERROR_CORRUPT, "cards.x.seconds" },
  { "cards.x", "{\"seconds\": 1e3}", VC_SESSION_ERROR_CORRUPT, "cards.x.seconds" },
  { "cards.x", "{\"drawn\": \"yes\"}", VC_SESSION_ERROR_CORRUPT, "cards.x.drawn" },
  { "cards.x", "{\"drawn\": 1}", VC_SESSION_ERROR_CORRUPT, "cards.x.drawn" },
  { "cards.x", "{\"visited\": \"yes\"}", VC_SESSION_ERROR_CORRUPT, "cards.x.visited" },
  { "cards.", "{}", VC_SESSION_ERROR_CORRUPT, "cards" },
  { "pairs", "{}", VC_SESSION_ERROR_CORRUPT, "pairs" },
  { "pairs", "\"dignity\"", VC_SESSION_ERROR_CORRUPT, "pairs" },
  { "pairs", "[1]", VC_SESSION_ERROR_CORRUPT, "pairs[0]" },
  { "pairs", "[{\"image\": \"coffee\"}]", VC_SESSION_ERROR_CORRUPT, "pairs[0].word" },
  { "pairs", "[{\"word\": \"\", \"image\": \"coffee\"}]", VC_SESSION_ERROR_CORRUPT, "pairs[0].word" },
  { "pairs", "[{\"word\": \"a\", \"image\": 5}]", VC_SESSION_ERROR_CORRUPT, "pairs[0].image" },
  { "pairs", "[{\"word\": \"a\", \"image\": \"b\", \"reason\": []}]", VC_SESSION_ERROR_CORRUPT, "pairs[0].reason" },
  { "answers", "[]", VC_SESSION_ERROR_CORRUPT, "answers" },
  { "answers", "{\"x\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers.x" },
  { "answers", "{\"01\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers.01" },
  { "answers", "{\"-1\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers.-1" },
  { "answers", "{\"+1\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers.+1" },
  { "answers", "{\" 1\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers" },
  { "answers", "{\"1001\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers.1001" },
  { "answers", "{\"99999999999999999999\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers" },
  { "answers", "{\"\": \"a\"}", VC_SESSION_ERROR_CORRUPT, "answers" },
  { "answers", "{\"0\": 5}", VC_SESSION_ERROR_CORRUPT, "answers.0" },
  { "answers", "{\"0\": null}", VC_SESSION_ERROR_CORRUPT, "answers.0" },
  { "carry-over", "\"x\"", VC_SESSION_ERROR_CORRUPT, "carry-over" },
  { "carry-over", "[1]", VC_SESSION_ERROR_CORRUPT, "carry-over[0]" },
  { "carry-over", "[[]]", VC_SESSION_ERROR_CORRUPT, "carry-over[0]" },
  { "carry-over", "{}", VC_SESSION_ERROR_CORRUPT, "carry-over" },
};

/* Sets (or removes) one member of @root, at a path like "deck.id". */
static void
apply_damage (JsonNode     *root,
              const Damage *damage)
{
  g_auto(GStrv) parts = g_strsplit (damage->path, ".", -1);
  JsonObject *object = json_node_get_object (root);
  guint n = g_strv_length (parts);

  for (guint i = 0; i + 1 < n; i++)
    object = json_object_get_object_member (object, parts[i]);

  if (damage->value == NULL)
    json_object_remove_member (object, parts[n - 1]);
  else
    json_object_set_member (object, parts[n - 1], parse (damage->value));
}

static void
test_json_damaged (void)
{
  g_autoptr(VcSession) session = full_session ();

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      const Damage *damage = &damages[i];
      g_autoptr(JsonNode) node = vc_session_to_json (session);
      g_autoptr(GError) error = NULL;
      g_autoptr(VcSession) read = NULL;

      apply_damage (node, damage);
      read = vc_session_new_from_json (node, &error);
      g_test_message ("%s = %s: %s", damage->path, damage->value ? damage->value : "(removed)",
                      error ? error->message : "(no error)");
      g_assert_error (error, VC_SESSION_ERROR, (gint)damage->code);
      g_assert_null (read);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (damage->mention != NULL && strstr (error->message, damage->mention) == NULL)
        g_error ("%s: the message does not say where: %s", damage->path, error->message);
    }
}

/* Whole documents that are not sessions at all. */
static void
test_json_not_a_session (void)
{
  const char *documents[] = {
    "[]", "null", "42", "\"session\"", "true", "{}",
    "{\"format-version\": 1}",
    "{\"format-version\": 1, \"id\": \"a\", \"kind\": \"meeting\"}",
    "{\"format-version\": 1, \"id\": \"a\", \"kind\": \"meeting\", \"deck\": {}}",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) invalid = NULL;
  g_autoptr(VcSession) session = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(VcSession) read = from_string (documents[i], &local_error);

      g_test_message ("%s: %s", documents[i], local_error ? local_error->message : "");
      g_assert_error (local_error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT);
      g_assert_null (read);
    }

  /* A NULL node, and a node built in code with text that is not UTF-8. */
  g_assert_null (vc_session_new_from_json (NULL, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT);
  g_clear_error (&error);

  session = full_session ();
  node = vc_session_to_json (session);
  object = json_node_get_object (node);
  json_object_set_string_member (json_object_get_object_member (object, "deck"), "title",
                                 "bad \xff\xfe text");
  g_assert_null (vc_session_new_from_json (node, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Members this version does not know are left alone. */
  json_object_set_string_member (json_object_get_object_member (object, "deck"), "title", "ok");
  json_object_set_string_member (object, "comment", "added by hand");
  g_clear_object (&session);
  session = vc_session_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
}

/* Store */

typedef struct
{
  char           *top;
  char           *dir;
  VcSessionStore *store;
  guint           saved;
  guint           failed;
  GError         *last_error;
} StoreFixture;

static void
on_saved (VcSessionStore *store,
          VcSession      *session,
          StoreFixture   *fixture)
{
  fixture->saved++;
}

static void
on_save_failed (VcSessionStore *store,
                VcSession      *session,
                GError         *error,
                StoreFixture   *fixture)
{
  fixture->failed++;
  g_clear_error (&fixture->last_error);
  fixture->last_error = g_error_copy (error);
}

static void
store_open (StoreFixture *fixture,
            const char   *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);

  g_clear_object (&fixture->store);
  fixture->store = vc_session_store_new (file);
  g_signal_connect (fixture->store, "saved", G_CALLBACK (on_saved), fixture);
  g_signal_connect (fixture->store, "save-failed", G_CALLBACK (on_save_failed), fixture);
}

static void
store_setup (StoreFixture  *fixture,
             gconstpointer  data)
{
  fixture->top = make_tmp_dir ();
  /* Inside the temporary folder, so that the store makes it itself. */
  fixture->dir = g_build_filename (fixture->top, "sessions", NULL);
  store_open (fixture, fixture->dir);
}

static void
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

static gboolean
on_deadline (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *counter moves past @from or @ms pass; returns
 * how long it took in milliseconds, or -1. */
static gint64
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

static char *
session_file (StoreFixture *fixture,
              VcSession    *session,
              const char   *suffix)
{
  g_autofree char *name = g_strconcat (vc_session_get_id (session), suffix, NULL);

  return g_build_filename (fixture->dir, name, NULL);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_store_default_dir (void)
{
  g_autoptr(GFile) dir = vc_session_store_dup_default_dir ();
  g_autoptr(GFile) expected = g_file_new_build_filename (g_get_user_data_dir (), "value-cards",
                                                         "sessions", NULL);
  g_autoptr(VcSessionStore) store = vc_session_store_new (NULL);

  g_assert_true (g_file_equal (dir, expected));
  g_assert_true (g_file_equal (vc_session_store_get_dir (store), expected));
}

static void
test_store_save_and_load (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) session = full_session ();
  g_autoptr(VcSession) older = session_at (VC_SESSION_KIND_REFLECTION, "d", "2025-03-01T09:00:00+01:00");
  g_autoptr(VcSession) oldest = session_at (VC_SESSION_KIND_MEETING, "d", "2024-12-24T15:00:00+01:00");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VcSession) loaded = NULL;
  GListModel *sessions;
  GStatBuf st;

  /* A folder that does not exist yet holds no sessions. */
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 0);

  vc_session_store_add (fixture->store, oldest);
  vc_session_store_add (fixture->store, session);
  vc_session_store_add (fixture->store, older);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);

  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);

  path = session_file (fixture, session, ".json");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* Private: the notes are about the people in care. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);

  /* Newest first. */
  loaded = g_list_model_get_item (sessions, 0);
  assert_same_session (session, loaded);
  g_clear_object (&loaded);
  loaded = g_list_model_get_item (sessions, 1);
  g_assert_cmpstr (vc_session_get_id (loaded), ==, vc_session_get_id (older));
  g_clear_object (&loaded);
  loaded = g_list_model_get_item (sessions, 2);
  g_assert_cmpstr (vc_session_get_id (loaded), ==, vc_session_get_id (oldest));
}

static void
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

/* A file that cannot be read is renamed aside and reported, never deleted
 * and never dropped in silence. */
static void
test_store_corrupt (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(VcSession) good = full_session ();
  g_autoptr(VcSession) other = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(JsonNode) node = vc_session_to_json (other);
  g_autofree char *other_text = to_string (node);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *unrelated = NULL;
  GPtrArray *aside;
  const char *names[] = {
    "garbage.json", "empty.json", "copy.json", "deep.json", "newer.json", "fifo.json",
    "truncated.json",
  };
  const char *garbage = "{ \"format-version\": 1, \"id\": ";
  g_autofree char *truncated = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *good_text = NULL;

  vc_session_store_add (fixture->store, good);
  vc_session_store_save_now (fixture->store, good, &error);
  g_assert_no_error (error);

  write_file (fixture->dir, "garbage.json", garbage, -1);
  write_file (fixture->dir, "empty.json", "", 0);
  /* A valid session under a name that is not its id: a copy by hand. */
  write_file (fixture->dir, "copy.json", other_text, -1);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_file (fixture->dir, "deep.json", deep->str, deep->len);
  write_file (fixture->dir, "newer.json", "{\"format-version\": 7}", -1);
  fifo = g_build_filename (fixture->dir, "fifo.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  good_path = session_file (fixture, good, ".json");
  good_text = read_text (good_path);
  truncated = g_strndup (good_text, strlen (good_text) / 2);
  write_file (fixture->dir, "truncated.json", truncated, -1);
  /* Left behind by a crash in the middle of a save: cleaned up. */
  write_file (fixture->dir, ".vc-tmp-Xy12Zq", "{", -1);
  /* Named like what the store writes, but not written by it: kept. */
  write_file (fixture->dir, "abc.json.Xy12Zq", "{", -1);
  write_file (fixture->dir, "gone.json.deleted", "{}", -1);
  /* Not ours: left alone. */
  write_file (fixture->dir, "README.txt", "hello", -1);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);

  aside = vc_session_store_get_set_aside (fixture->store);
  g_assert_cmpuint (aside->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < aside->len; i++)
    {
      const char *path = g_ptr_array_index (aside, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *prefix = NULL;
      g_autofree char *dirname = g_path_get_dirname (path);

      g_test_message ("set aside: %s", path);
      g_assert_cmpstr (dirname, ==, fixture->dir);
      g_assert_true (g_regex_match_simple ("^[a-z]+\\.json\\.corrupt-\\d{8}-\\d{6}$", base, 0, 0));
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      prefix = g_strndup (base, strstr (base, ".corrupt-") - base);
      if (g_str_equal (prefix, "garbage.json"))
        {
          g_autofree char *kept = read_text (path);

          /* Kept byte for byte. */
          g_assert_cmpstr (kept, ==, garbage);
        }
      g_hash_table_add (seen, g_steal_pointer (&prefix));
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *original = g_build_filename (fixture->dir, names[i], NULL);

      g_assert_true (g_hash_table_contains (seen, names[i]));
      g_assert_false (g_file_test (original, G_FILE_TEST_EXISTS));
    }

  {
    g_autofree char *own = g_build_filename (fixture->dir, ".vc-tmp-Xy12Zq", NULL);
    g_autofree char *temp = g_build_filename (fixture->dir, "abc.json.Xy12Zq", NULL);
    g_autofree char *deleted = g_build_filename (fixture->dir, "gone.json.deleted", NULL);

    g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (temp, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (deleted, G_FILE_TEST_EXISTS));
  }
  unrelated = g_build_filename (fixture->dir, "README.txt", NULL);
  g_assert_true (g_file_test (unrelated, G_FILE_TEST_EXISTS));

  /* Loading again finds nothing new to set aside. */
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);
}

/* What is typed is on disk within two seconds, without anyone saving. */
static void
test_store_autosave (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  g_autofree char *path = session_file (fixture, session, ".json");
  g_autofree char *contents = NULL;
  gint64 took;
  guint saved;

  saved = fixture->saved;
  vc_session_store_add (fixture->store, session);
  /* Added sessions are saved even before anything is written in them. */
  took = wait_for (&fixture->saved, saved, 2000);
  g_assert_cmpint (took, >=, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Typing: a change every 100 ms for a second and a half; what is typed
   * reaches the disk while the typing goes on, not only when it stops. */
  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *text = g_strdup_printf ("I think %u", i);
      guint dummy = 0;

      vc_session_set_notes (session, "card", text);
      wait_for (&dummy, 0, 100);
    }
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "I think"));
  g_clear_pointer (&contents, g_free);

  saved = fixture->saved;
  vc_session_set_notes (session, "card", "My last thought");
  took = wait_for (&fixture->saved, saved, 2000);
  g_test_message ("saved %" G_GINT64_FORMAT " ms after the last change", took);
  g_assert_cmpint (took, >=, 0);
  g_assert_cmpint (took, <, 2000);

  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "My last thought"));
  g_assert_cmpuint (fixture->failed, ==, 0);
}

static void
test_store_flush (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(VcSession) a = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(VcSession) b = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autofree char *path_a = session_file (fixture, a, ".json");
  g_autofree char *path_b = session_file (fixture, b, ".json");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  vc_session_store_add (fixture->store, a);
  vc_session_store_add (fixture->store, b);
  vc_session_set_notes (a, "x", "before quitting");

  /* Quitting right away: nothing waits for the timer. */
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  contents = read_text (path_a);
  g_assert_nonnull (strstr (contents, "before quitting"));
  g_assert_true (g_file_test (path_b, G_FILE_TEST_IS_REGULAR));

  /* A store let go with unsaved changes still writes them. */
  vc_session_set_notes (b, "x", "forgot to flush");
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_clear_pointer (&contents, g_free);
  contents = read_text (path_b);
  g_assert_nonnull (strstr (contents, "forgot to flush"));
}

/* A disk that cannot be written loses nothing: the error says so, and the
 * next change after the disk is back saves everything. */
static void
test_store_save_failure (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  const char *top = fixture->top;
  g_autofree char *blocker = g_build_filename (top, "blocker", NULL);
  g_autofree char *dir = g_build_filename (blocker, "sessions", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint failed, saved;

  /* A folder whose parent is a file cannot be made, even by root. */
  write_file (top, "blocker", "in the way", -1);
  g_clear_pointer (&fixture->dir, g_free);
  fixture->dir = g_strdup (dir);
  store_open (fixture, dir);
  path = session_file (fixture, session, ".json");

  failed = fixture->failed;
  vc_session_store_add (fixture->store, session);
  vc_session_set_notes (session, "card", "Nothing typed is lost");
  g_assert_cmpint (wait_for (&fixture->failed, failed, 2000), >=, 0);
  g_assert_error (fixture->last_error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_test_message ("%s", fixture->last_error->message);

  g_assert_false (vc_session_store_save_now (fixture->store, session, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "sessions"));
  g_clear_error (&error);

  g_assert_false (vc_session_store_flush (fixture->store, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpstr (vc_session_get_notes (session, "card"), ==, "Nothing typed is lost");

  /* The disk is back; the next change saves it all. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  saved = fixture->saved;
  vc_session_set_notes (session, "other", "and this too");
  g_assert_cmpint (wait_for (&fixture->saved, saved, 2000), >=, 0);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "Nothing typed is lost"));
  g_assert_nonnull (strstr (contents, "and this too"));

  /* Flush has nothing left to do. */
  g_assert_true (vc_session_store_flush (fixture->store, &error));
  g_assert_no_error (error);

  /* A folder without write permission. Root writes anyway, so the part
   * that needs it is for everyone else. */
  if (geteuid () == 0)
    {
      g_test_message ("running as root: skipping the read-only folder");
      return;
    }

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_false (vc_session_store_save_now (fixture->store, session, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_clear_error (&error);

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  vc_session_store_save_now (fixture->store, session, &error);
  g_assert_no_error (error);
}

/* A second instance of the app reads the sessions, but writes nothing
 * while the first holds the folder; what it was given stays in memory and
 * is saved once the first is gone. */
static void
test_store_two_instances (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) first = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
  g_autoptr(VcSession) second = vc_session_new (VC_SESSION_KIND_REFLECTION, "d", NULL, NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(VcSessionStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  vc_session_store_add (fixture->store, first);
  vc_session_store_save_now (fixture->store, first, &error);
  g_assert_no_error (error);

  other = vc_session_store_new (dir);
  vc_session_store_load (other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (other)), ==, 1);

  vc_session_store_add (other, second);
  vc_session_set_notes (second, "card", "Written in the second window");
  g_assert_false (vc_session_store_save_now (other, second, &error));
  g_assert_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  path = g_strconcat (fixture->dir, G_DIR_SEPARATOR_S, vc_session_get_id (second), ".json", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (other);

    g_assert_cmpuint (unsaved->len, ==, 1);
    g_assert_true (g_ptr_array_index (unsaved, 0) == second);
  }

  /* The first window closes; the second may now write. */
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_true (vc_session_store_flush (other, &error));
  g_assert_no_error (error);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "Written in the second window"));
  store_open (fixture, fixture->dir);
}

/* A deck whose file name is not UTF-8 still gives a session that loads. */
static void
test_store_path_not_utf8 (StoreFixture  *fixture,
                          gconstpointer  data)
{
  const char *deck_path = "/srv/d\xe9" "ck/v\xe4" "rden.vcdeck";
  g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, deck_path);
  g_autoptr(GError) error = NULL;
  VcSession *loaded;

  vc_session_store_add (fixture->store, session);
  vc_session_set_notes (session, "card", "Anteckningar om bemötande");
  vc_session_store_save_now (fixture->store, session, &error);
  g_assert_no_error (error);

  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vc_session_store_get_set_aside (fixture->store)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (vc_session_store_get_sessions (fixture->store)), ==, 1);
  loaded = g_list_model_get_item (vc_session_store_get_sessions (fixture->store), 0);
  g_assert_cmpstr (vc_session_get_deck_path (loaded), ==, deck_path);
  g_assert_cmpstr (vc_session_get_notes (loaded, "card"), ==, "Anteckningar om bemötande");
  g_object_unref (loaded);
}

/* A full disk: a small file system of its own, filled up. Mounting needs
 * the right to make a mount namespace, so it runs in a child process. */
static void
test_store_disk_full (StoreFixture  *fixture,
                      gconstpointer  data)
{
  if (!g_test_subprocess ())
    {
      /* Only root may make a mount namespace without a user namespace. */
      if (geteuid () != 0)
        {
          g_test_skip ("a small file system can only be mounted for this test by root");
          return;
        }
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout_unmatched ("*NO-MOUNT*");
      return;
    }

  {
    g_autoptr(VcSession) session = vc_session_new (VC_SESSION_KIND_MEETING, "d", NULL, NULL);
    g_autofree char *filler = NULL;
    g_autofree char *path = NULL;
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;
    char block[1024] = { 0, };
    guint failed, saved;
    int fd;

    g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
    if (unshare (CLONE_NEWNS) != 0 ||
        mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
        mount ("tmpfs", fixture->dir, "tmpfs", 0, "size=64k") != 0)
      {
        printf ("NO-MOUNT\n");
        return;
      }

    /* Fill it up. */
    filler = g_build_filename (fixture->dir, "filler", NULL);
    fd = g_open (filler, O_WRONLY | O_CREAT, 0600);
    g_assert_cmpint (fd, >=, 0);
    while (write (fd, block, sizeof block) > 0)
      ;
    close (fd);

    store_open (fixture, fixture->dir);
    failed = fixture->failed;
    vc_session_store_add (fixture->store, session);
    vc_session_set_notes (session, "card", "Nothing typed is lost, even on a full disk");
    g_assert_cmpint (wait_for (&fixture->failed, failed, 2000), >=, 0);
    g_assert_error (fixture->last_error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO);
    g_assert_nonnull (strstr (fixture->last_error->message, "full"));
    g_assert_false (vc_session_store_flush (fixture->store, &error));
    g_clear_error (&error);
    {
      g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (fixture->store);

      g_assert_cmpuint (unsaved->len, ==, 1);
    }
    /* No half-written temporary file is left behind. */
    {
      g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_false (g_str_has_prefix (name, ".vc-tmp-"));
    }

    /* Space again: the next change saves everything. */
    g_assert_cmpint (g_unlink (filler), ==, 0);
    saved = fixture->saved;
    vc_session_set_notes (session, "other", "and this");
    g_assert_cmpint (wait_for (&fixture->saved, saved, 2000), >=, 0);
    path = session_file (fixture, session, ".json");
    contents = read_text (path);
    g_assert_nonnull (strstr (contents, "even on a full disk"));
    g_assert_true (vc_session_store_flush (fixture->store, &error));
    g_assert_finalize_object (g_steal_pointer (&fixture->store));
    umount2 (fixture->dir, MNT_DETACH);
  }
}

static guint
position_of (VcSessionStore *store,
             VcSession      *session)
{
  guint position = G_MAXUINT;

  g_list_store_find (G_LIST_STORE (vc_session_store_get_sessions (store)), session, &position);
  return position;
}

static void
test_store_remove_restore (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(VcSession) newest = session_at (VC_SESSION_KIND_MEETING, "d", "2026-03-01T10:00:00+01:00");
  g_autoptr(VcSession) middle = session_at (VC_SESSION_KIND_MEETING, "d", "2026-02-01T10:00:00+01:00");
  g_autoptr(VcSession) oldest = session_at (VC_SESSION_KIND_MEETING, "d", "2026-01-01T10:00:00+01:00");
  g_autofree char *path = session_file (fixture, middle, ".json");
  g_autofree char *deleted = session_file (fixture, middle, ".json.deleted");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sessions = vc_session_store_get_sessions (fixture->store);

  vc_session_store_add (fixture->store, oldest);
  vc_session_store_add (fixture->store, middle);
  vc_session_store_add (fixture->store, newest);
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, 1);

  g_assert_true (vc_session_store_remove (fixture->store, middle, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, G_MAXUINT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (deleted, G_FILE_TEST_EXISTS));

  /* Changes to a removed session go nowhere, and never bring it back. */
  vc_session_set_notes (middle, "c", "written while the toast showed");
  vc_session_store_save_now (fixture->store, middle, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Undo: back in its place, and saved as it is now. */
  g_assert_true (vc_session_store_restore (fixture->store, middle, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (position_of (fixture->store, middle), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (deleted, G_FILE_TEST_EXISTS));
  vc_session_store_flush (fixture->store, &error);
  g_assert_no_error (error);
  contents = read_text (path);
  g_assert_nonnull (strstr (contents, "written while the toast showed"));

  /* Removed for good at the next start. */
  g_assert_true (vc_session_store_remove (fixture->store, middle, &error));
  g_assert_no_error (error);
  store_open (fixture, fixture->dir);
  vc_session_store_load (fixture->store, &error);
  g_assert_no_error (error);
  sessions = vc_session_store_get_sessions (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_false (g_file_test (deleted, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_store_find_previous (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(VcSession) jan = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-01-12T13:00:00+01:00");
  g_autoptr(VcSession) feb = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-02-09T13:00:00+01:00");
  g_autoptr(VcSession) feb_game = session_at (VC_SESSION_KIND_MEETING, "game", "2026-02-20T13:00:00+01:00");
  g_autoptr(VcSession) mar_alone = session_at (VC_SESSION_KIND_REFLECTION, "dilemmas", "2026-03-01T20:00:00+01:00");
  g_autoptr(VcSession) mar_left = session_at (VC_SESSION_KIND_MEETING, "dilemmas", "2026-03-09T13:00:00+01:00");
  g_autoptr(VcSession) today = vc_session_new (VC_SESSION_KIND_MEETING, "dilemmas", NULL, NULL);
  const char *carried[] = { "Never agreed on", NULL };

  vc_session_finish (jan);
  vc_session_finish (feb);
  vc_session_finish (feb_game);
  vc_session_finish (mar_alone);

  vc_session_store_add (fixture->store, feb);
  vc_session_store_add (fixture->store, jan);
  vc_session_store_add (fixture->store, mar_alone);
  vc_session_store_add (fixture->store, feb_game);

  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == feb);

  /* A meeting left unfinished is newer, but what it carried over was never
   * agreed on: the last finished one counts. */
  vc_session_set_carry_over (mar_left, carried);
  vc_session_store_add (fixture->store, mar_left);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == feb);
  vc_session_store_add (fixture->store, today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, today) == feb);
  vc_session_finish (today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, NULL) == today);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, today) == feb);
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, feb) == jan);
  g_assert_null (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_MEETING, jan));
  g_assert_true (vc_session_store_find_previous (fixture->store, "dilemmas",
                                                 VC_SESSION_KIND_REFLECTION, today) == mar_alone);
  g_assert_true (vc_session_store_find_previous (fixture->store, "game",
                                                 VC_SESSION_KIND_MEETING, today) == feb_game);
  g_assert_null (vc_session_store_find_previous (fixture->store, "game",
                                                 VC_SESSION_KIND_MEETING, jan));
  g_assert_null (vc_session_store_find_previous (fixture->store, "none",
                                                 VC_SESSION_KIND_MEETING, NULL));
}

static guint
search_count (VcSessionStore *store,
              VcSessionKind   kind,
              const char     *text,
              VcSession      *first)
{
  g_autoptr(GListModel) found = vc_session_store_search (store, kind, text);
  guint n = g_list_model_get_n_items (found);

  g_assert_true (g_list_model_get_item_type (found) == VC_TYPE_SESSION);
  if (first != NULL)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (found, 0);

      g_assert_true (session == first);
    }
  return n;
}

static void
test_store_search (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(VcSession) notes = session_at (VC_SESSION_KIND_MEETING, "a", "2026-01-01T10:00:00+01:00");
  g_autoptr(VcSession) pairs = session_at (VC_SESSION_KIND_MEETING, "b", "2026-02-01T10:00:00+01:00");
  g_autoptr(VcSession) answers = session_at (VC_SESSION_KIND_MEETING, "c", "2026-03-01T10:00:00+01:00");
  g_autoptr(VcSession) carry = session_at (VC_SESSION_KIND_MEETING, "d", "2026-04-01T10:00:00+01:00");
  g_autoptr(VcSession) alone = session_at (VC_SESSION_KIND_REFLECTION, "e", "2026-05-01T10:00:00+01:00");
  const char *items[] = { "Bring the ROTA", NULL };
  /* "é" written as e and a combining accent. */
  const char *decomposed = "Caf\x65\xcc\x81 talk";

  vc_session_set_deck_title (notes, "Arbetsplatsens dilemman");
  vc_session_set_notes (notes, "card", "VÄRDIGHET i vardagen");
  vc_session_add_pair (pairs, "w", "i", "Trygghet vid promenaden");
  vc_session_set_answer (answers, 1, "Självbestämmande");
  vc_session_set_carry_over (carry, items);
  vc_session_set_notes (alone, "card", "värdighet, för mig");
  vc_session_set_notes (alone, "other", decomposed);

  vc_session_store_add (fixture->store, notes);
  vc_session_store_add (fixture->store, pairs);
  vc_session_store_add (fixture->store, answers);
  vc_session_store_add (fixture->store, carry);
  vc_session_store_add (fixture->store, alone);

  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "", carry), ==, 4);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, NULL, carry), ==, 4);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "", alone), ==, 1);

  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "värdighet", notes), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "DILEMMAN", notes), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "trygghet", pairs), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "SJÄLV", answers), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "rota", carry), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "nowhere", NULL), ==, 0);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "VÄRDIGHET", alone), ==, 1);
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_REFLECTION, "café", alone), ==, 1);
  /* Every session with an "e" in it, newest first. */
  g_assert_cmpuint (search_count (fixture->store, VC_SESSION_KIND_MEETING, "e", carry), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/model/new", test_new);
  g_test_add_func ("/session/model/changed", test_changed);
  g_test_add_func ("/session/model/roles", test_roles);
  g_test_add_func ("/session/model/cards", test_cards);
  g_test_add_func ("/session/model/pairs", test_pairs);
  g_test_add_func ("/session/model/turns", test_turns);
  g_test_add_func ("/session/model/visited", test_visited);
  g_test_add_func ("/session/json/older-file", test_json_older_file);
  g_test_add_func ("/session/describe/find-text", test_find_text);
  g_test_add_func ("/session/describe/progress", test_progress);
  g_test_add_func ("/session/model/answers-and-carry-over", test_answers_and_carry_over);
  g_test_add_func ("/session/json/round-trip", test_json_round_trip);
  g_test_add_func ("/session/json/shape", test_json_shape);
  g_test_add_func ("/session/json/damaged", test_json_damaged);
  g_test_add_func ("/session/json/not-a-session", test_json_not_a_session);
  g_test_add_func ("/session/store/default-dir", test_store_default_dir);

#define STORE_TEST(path, func) \
  g_test_add ("/session/store/" path, StoreFixture, NULL, store_setup, func, store_teardown)

  STORE_TEST ("save-and-load", test_store_save_and_load);
  STORE_TEST ("corrupt", test_store_corrupt);
  STORE_TEST ("autosave", test_store_autosave);
  STORE_TEST ("flush", test_store_flush);
  STORE_TEST ("save-failure", test_store_save_failure);
  STORE_TEST ("two-instances", test_store_two_instances);
  STORE_TEST ("path-not-utf8", test_store_path_not_utf8);
  STORE_TEST ("disk-full", test_store_disk_full);
  STORE_TEST ("remove-restore", test_store_remove_restore);
  STORE_TEST ("find-previous", test_store_find_previous);
  STORE_TEST ("search", test_store_search);

#undef STORE_TEST

  return g_test_run ();
}
