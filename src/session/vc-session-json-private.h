/* vc-session-json-private.h
 *
 * The strict reading of a saved session, shared by the parts of its reader.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vc-session-private.h"

G_BEGIN_DECLS

typedef struct
{
  GString  *path;
  GError  **error;
} Reader;

/* The words shown for what a member should be. */
#define EXPECT_OBJECT   _("a group of named values")
#define EXPECT_STRING   _("text")
#define EXPECT_COUNT    _("a whole number, zero or more")
#define EXPECT_BOOLEAN  _("true or false")
#define EXPECT_LIST     _("a list of texts")
#define EXPECT_TIME     _("a date and time with its offset from UTC")

/* Kept out of the way of other libraries' names. */
#define reader_push        _vc_session_reader_push
#define reader_push_index  _vc_session_reader_push_index
#define reader_pop         _vc_session_reader_pop
#define corrupt            _vc_session_corrupt
#define corrupt_type       _vc_session_corrupt_type
#define node_is_string     _vc_session_node_is_string
#define read_string        _vc_session_read_string
#define read_count         _vc_session_read_count
#define read_boolean       _vc_session_read_boolean
#define get_object         _vc_session_get_object
#define add_string_or_null _vc_session_add_string_or_null

gsize     reader_push        (Reader      *r,
                              const char  *name);
gsize     reader_push_index  (Reader      *r,
                              guint        index);
void      reader_pop         (Reader      *r,
                              gsize        len);
gboolean  corrupt            (Reader      *r,
                              const char  *format,
                              ...) G_GNUC_PRINTF (2, 3);
gboolean  corrupt_type       (Reader      *r,
                              const char  *expected);
gboolean  node_is_string     (JsonNode    *node);
gboolean  read_string        (Reader      *r,
                              JsonObject  *object,
                              const char  *name,
                              gboolean     required,
                              char       **out);
gboolean  read_count         (Reader      *r,
                              JsonObject  *object,
                              const char  *name,
                              gint64       max,
                              gint64      *out);
gboolean  read_boolean       (Reader      *r,
                              JsonObject  *object,
                              const char  *name,
                              gboolean    *value);
gboolean  get_object         (Reader      *r,
                              JsonObject  *object,
                              const char  *name,
                              gboolean     required,
                              JsonObject **out);

/* Writing, in vc-session-json-write.c */
void      add_string_or_null (JsonBuilder *builder,
                              const char  *name,
                              const char  *value);

/* The meeting's plan, in vc-session-plan.c */
gboolean  _vc_session_read_plan  (Reader      *r,
                                  JsonObject  *root,
                                  VcSession   *self);
void      _vc_session_write_plan (VcSession   *self,
                                  JsonBuilder *builder);

G_END_DECLS
