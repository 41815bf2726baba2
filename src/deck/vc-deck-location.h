/* vc-deck-location.h
 *
 * Where in a deck a problem is, said in words: "card 3, its title".
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef const char *(*VcDeckTranslateFunc) (const char *msgid,
                                            gpointer    user_data);

char *vc_deck_describe_path (JsonNode            *root,
                             const char          *path,
                             VcDeckTranslateFunc  translate,
                             gpointer             user_data);

G_END_DECLS
