/* vc-json-reader.h
 *
 * What every reader of a JSON file in the app shares: reading the file
 * itself safely, and keeping track of the place in it for messages.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vc-deck-error.h"

G_BEGIN_DECLS

/**
 * VcJsonReadFlags:
 * @VC_JSON_READ_DEFAULT: follow a symbolic link to its file
 * @VC_JSON_READ_NO_LINKS: refuse a symbolic link as not a regular file
 */
typedef enum
{
  VC_JSON_READ_DEFAULT  = 0,
  VC_JSON_READ_NO_LINKS = 1 << 0,
} VcJsonReadFlags;

GBytes     *vc_json_read_file        (const char   *path,
                                      VcJsonReadFlags flags,
                                      gsize         max,
                                      VcDeckError   not_regular,
                                      VcDeckError   too_large,
                                      GError      **error);
gsize       vc_json_path_push_member (GString      *path,
                                      const char   *name);
gsize       vc_json_path_push_index  (GString      *path,
                                      guint         index);
void        vc_json_path_pop         (GString      *path,
                                      gsize         len);
const char *vc_json_type_label       (JsonNode     *node);

G_END_DECLS
