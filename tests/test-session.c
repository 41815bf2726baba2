/* test-session.c
 *
 * The session model: what a session holds, how it says it changed,
 * roles and their turns, cards, pairs, answers, and how a session is
 * described and found.
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
  g_test_add_func ("/session/describe/find-text", test_find_text);
  g_test_add_func ("/session/describe/progress", test_progress);
  g_test_add_func ("/session/model/answers-and-carry-over", test_answers_and_carry_over);

  return g_test_run ();
}
