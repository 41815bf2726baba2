/* vc-deck-loader-private.h
 *
 * What the parts of the deck reader share: its state and its small readers.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vc-card.h"
#include "vc-catalog.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"

G_BEGIN_DECLS

typedef enum
{
  STRING_OPTIONAL     = 0,
  STRING_REQUIRED     = 1 << 0,
  STRING_TRANSLATABLE = 1 << 1,
  STRING_SHORT        = 1 << 2,  /* a title, name, word: VC_DECK_MAX_SHORT_TEXT */
  STRING_DATA         = 1 << 3,  /* not text to show, such as a picture's data: URI */
} StringFlags;

typedef struct
{
  VcDeck          *deck;
  GListStore      *problems;
  GString         *path;
  VcDeckLoadFlags  flags;
  char            *base_dir;
  VcCatalog       *catalog;
  char            *domain;
  guint            n_errors;
  GHashTable      *card_ids;
  JsonNode        *root;
  guint            n_more;        /* problems beyond VC_DECK_MAX_PROBLEMS, counted only */
  gboolean         more_errors;   /* whether any of those is an error */
  VcDeckProblem   *first_error;   /* kept even when it is beyond the limit */
  gint64           picture_time;  /* microseconds spent checking untrusted pictures */
} Loader;

typedef void (*ReadItemFunc) (Loader   *l,
                              JsonNode *node,
                              gpointer  user_data);

G_GNUC_INTERNAL
void         loader_report_at         (Loader         *l,
                                       VcDeckSeverity  severity,
                                       VcDeckError     code,
                                       const char     *hint,
                                       const char     *format,
                                       ...) G_GNUC_PRINTF (5, 6);

G_GNUC_INTERNAL
gboolean     loader_count_only        (Loader         *l,
                                       VcDeckSeverity  severity);

/* Beyond VC_DECK_MAX_PROBLEMS a problem is only counted: its message is
 * neither translated nor formatted. */
#define error_at(l, code, hint, ...) \
  G_STMT_START { \
    if (!loader_count_only (l, VC_DECK_SEVERITY_ERROR)) \
      loader_report_at (l, VC_DECK_SEVERITY_ERROR, code, hint, __VA_ARGS__); \
  } G_STMT_END
#define warning_at(l, code, hint, ...) \
  G_STMT_START { \
    if (!loader_count_only (l, VC_DECK_SEVERITY_WARNING)) \
      loader_report_at (l, VC_DECK_SEVERITY_WARNING, code, hint, __VA_ARGS__); \
  } G_STMT_END

G_GNUC_INTERNAL
gsize        loader_push_member       (Loader         *l,
                                       const char     *name);
G_GNUC_INTERNAL
gsize        loader_push_index        (Loader         *l,
                                       guint           index);
G_GNUC_INTERNAL
void         loader_pop               (Loader         *l,
                                       gsize           len);
G_GNUC_INTERNAL
gboolean     loader_is_blank          (const char     *s);
G_GNUC_INTERNAL
const char  *loader_translate         (Loader         *l,
                                       const char     *msgid);
G_GNUC_INTERNAL
const char  *loader_json_type_label   (JsonNode       *node);
G_GNUC_INTERNAL
void         loader_check_members     (Loader             *l,
                                       JsonObject         *object,
                                       const char * const *known);
G_GNUC_INTERNAL
JsonNode    *loader_get_member        (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       gboolean        required);
G_GNUC_INTERNAL
gboolean     loader_expect_type       (Loader         *l,
                                       JsonNode       *node,
                                       JsonNodeType    type,
                                       GType           value_type);
G_GNUC_INTERNAL
char        *loader_read_string_node  (Loader         *l,
                                       JsonNode       *node,
                                       StringFlags     flags);
G_GNUC_INTERNAL
char        *loader_read_string       (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       StringFlags     flags);
G_GNUC_INTERNAL
char        *loader_read_id           (Loader         *l,
                                       JsonObject     *object,
                                       GHashTable     *seen);
G_GNUC_INTERNAL
JsonArray   *loader_read_array        (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       gboolean        required,
                                       guint           min_items);
G_GNUC_INTERNAL
JsonObject  *loader_read_object_node  (Loader         *l,
                                       JsonNode       *node);
G_GNUC_INTERNAL
int          loader_read_list         (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       gboolean        required,
                                       guint           min_items,
                                       ReadItemFunc    func,
                                       gpointer        user_data);
G_GNUC_INTERNAL
gboolean     loader_read_int          (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       gint64          min,
                                       gint64          max,
                                       guint          *value);
G_GNUC_INTERNAL
char       **loader_read_string_list  (Loader         *l,
                                       JsonObject     *object,
                                       const char     *name,
                                       gboolean        required,
                                       guint           min_items,
                                       StringFlags     flags);

/* vc-deck-loader-cards.c */
G_GNUC_INTERNAL
VcCard      *loader_read_card         (Loader         *l,
                                       JsonNode       *node);
G_GNUC_INTERNAL
void         loader_read_card_item    (Loader         *l,
                                       JsonNode       *node,
                                       gpointer        cards);

/* A list of things with ids, and the ids seen so far in it. */
typedef struct
{
  GPtrArray  *items;
  GHashTable *ids;
} IdListData;

/* vc-deck-loader.c */
VcDeck      *loader_finish            (Loader         *l,
                                       GListModel    **problems,
                                       GError        **error);

/* vc-deck-loader-json.c */
void         loader_report_file       (Loader         *l,
                                       VcDeckError     code,
                                       guint           line,
                                       guint           column,
                                       const char     *message,
                                       const char     *hint);
gboolean     loader_is_valid_language (const char     *s);

/* vc-deck-loader-pictures.c */
gboolean     loader_is_base64         (const char     *s);
void         loader_read_values_game  (Loader         *l,
                                       JsonObject     *root,
                                       gboolean        required);

/* vc-deck-loader-build.c */
void         loader_read_deck         (Loader         *l,
                                       JsonNode       *root_node);

G_END_DECLS
