/* vc-deck-tree.h
 *
 * Places in a deck's JSON tree, and the changes to it json-glib lacks.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     **vc_deck_tree_split_path      (const char  *path);
gboolean   vc_deck_tree_parse_index     (const char  *part,
                                         guint       *index);
char      *vc_deck_tree_join_path       (const char  *container,
                                         const char  *part);
char      *vc_deck_tree_join_index      (const char  *container,
                                         guint        index);
gboolean   vc_deck_tree_split_last      (const char  *path,
                                         char       **container,
                                         char       **last);
JsonNode  *vc_deck_tree_lookup          (JsonNode    *root,
                                         const char  *path);
JsonNode  *vc_deck_tree_deep_copy       (JsonNode    *node);
void       vc_deck_tree_array_insert    (JsonArray   *array,
                                         guint        index,
                                         JsonNode    *node);
int        vc_deck_tree_member_position (JsonObject  *object,
                                         const char  *name);
void       vc_deck_tree_object_insert   (JsonObject  *object,
                                         const char  *name,
                                         JsonNode    *node,
                                         int          position);

G_END_DECLS
