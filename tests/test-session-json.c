/* test-session-json.c
 *
 * Sessions as JSON: round trips, the shape written, older files, and
 * every way a saved session can be damaged.
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/json/older-file", test_json_older_file);
  g_test_add_func ("/session/json/round-trip", test_json_round_trip);
  g_test_add_func ("/session/json/shape", test_json_shape);
  g_test_add_func ("/session/json/damaged", test_json_damaged);
  g_test_add_func ("/session/json/not-a-session", test_json_not_a_session);

  return g_test_run ();
}
