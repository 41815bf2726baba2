/* vc-deck-writer.h
 *
 * Writing a deck's JSON the one canonical way, and saving it safely.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     *vc_deck_write_canonical (JsonNode    *root,
                                   gsize       *length);
gboolean  vc_deck_save_atomically (const char  *path,
                                   const char  *data,
                                   gsize        length,
                                   GError     **error);

G_END_DECLS
