/* vc-deck-loader.h
 *
 * Reading and checking deck files.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "vc-deck.h"

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  VC_DECK_LOAD_DEFAULT         = 0,       /*< nick=default >*/
  VC_DECK_LOAD_NO_TRANSLATE    = 1 << 0,  /*< nick=no-translate >*/
  VC_DECK_LOAD_COLLECT_STRINGS = 1 << 1,  /*< nick=collect-strings >*/
  VC_DECK_LOAD_TRUSTED         = 1 << 2,  /*< nick=trusted >*/
} VcDeckLoadFlags;

VcDeck *vc_deck_load_file   (GFile                *file,
                             VcDeckLoadFlags       flags,
                             GListModel          **problems,
                             GError              **error);
VcDeck *vc_deck_load_bytes  (GBytes               *bytes,
                             const char           *base_dir,
                             VcDeckLoadFlags       flags,
                             GListModel          **problems,
                             GError              **error);
void    vc_deck_load_async  (GFile                *file,
                             VcDeckLoadFlags       flags,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data);
VcDeck *vc_deck_load_finish (GAsyncResult         *result,
                             GListModel          **problems,
                             GError              **error);

VcCard *vc_deck_read_card   (JsonNode             *node);

G_END_DECLS
