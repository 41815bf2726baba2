/* vc-json-check-private.h
 *
 * What the strict JSON check shares with the messages that explain it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _vc_json_check_string_end    (const char *data,
                                       gsize       size,
                                       gsize       offset,
                                       gsize      *end);
void     _vc_json_check_decode_string (const char *p,
                                       const char *end,
                                       GString    *out);

G_END_DECLS
