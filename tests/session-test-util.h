/* session-test-util.h
 *
 * What the session tests share: temporary folders, sessions made from
 * JSON or with a given start, and a store in a folder of its own that
 * counts what it saved.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vc-session.h"
#include "vc-session-store.h"

G_BEGIN_DECLS

typedef struct
{
  char           *top;
  char           *dir;
  VcSessionStore *store;
  guint           saved;
  guint           failed;
  GError         *last_error;
} StoreFixture;

void       remove_tree (const char *path);
char *     make_tmp_dir (void);
char *     to_string (JsonNode *node);
JsonNode * parse (const char *json);
VcSession *from_string (const char *json,
                        GError **error);
VcSession *with_started (VcSession *session,
                         const char *started);
VcSession *session_at (VcSessionKind kind,
                       const char *deck_id,
                       const char *started);
void       count_changed (VcSession *session,
                          guint *count);
VcSession *full_session (void);
void       on_saved (VcSessionStore *store,
                     VcSession *session,
                     StoreFixture *fixture);
void       on_save_failed (VcSessionStore *store,
                           VcSession *session,
                           GError *error,
                           StoreFixture *fixture);
void       store_open (StoreFixture *fixture,
                       const char *dir);
void       store_setup (StoreFixture *fixture,
                        gconstpointer data);
void       store_teardown (StoreFixture *fixture,
                           gconstpointer data);
gboolean   on_deadline (gpointer user_data);
gint64     wait_for (guint *counter,
                     guint from,
                     guint ms);
char *     session_file (StoreFixture *fixture,
                         VcSession *session,
                         const char *suffix);
char *     read_text (const char *path);
void       write_file (const char *dir,
                       const char *name,
                       const char *contents,
                       gssize len);
void       assert_same_session (VcSession *a,
                                VcSession *b);

G_END_DECLS
