/* hostile-corpus.h
 *
 * The generated corpus of hostile decks, as the tests that open it see it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VC_HOSTILE_OK,       /* opens with no error */
  VC_HOSTILE_WARNING,  /* opens, with the code as a warning */
  VC_HOSTILE_ERROR,    /* refused, with the code as an error */
  VC_HOSTILE_COUNT,    /* refused, its problems listed up to the limit */
} VcHostileKind;

typedef struct
{
  char          *file;       /* as in expected.tsv, \xNN for bytes that are not UTF-8 */
  char          *path;       /* the file's full path, in the file system's encoding */
  char          *test_name;  /* safe to use in a test path */
  char         **codes;      /* any of these, or NULL when not checked */
  char          *json_path;  /* NULL when not checked */
  VcHostileKind  kind;
} VcHostileCase;

const char *vc_hostile_dir             (void);
GPtrArray  *vc_hostile_read_cases      (const char  *dir);
gboolean    vc_hostile_is_sanitized    (void);
void        vc_hostile_guard_memory    (guint        limit_mb);
guint64     vc_hostile_peak_rss_mb     (void);

G_END_DECLS
