/* vc-deck-library.h
 *
 * The decks a person can choose from: built-in, their own, and recent.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vc-deck.h"
#include "vc-deck-loader.h"

G_BEGIN_DECLS

#define VC_TYPE_DECK_ENTRY (vc_deck_entry_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckEntry, vc_deck_entry, VC, DECK_ENTRY, GObject)

GFile       *vc_deck_entry_get_file     (VcDeckEntry *self);
VcDeck      *vc_deck_entry_get_deck     (VcDeckEntry *self);
GListModel  *vc_deck_entry_get_problems (VcDeckEntry *self);
const GError *vc_deck_entry_get_error   (VcDeckEntry *self);
gboolean     vc_deck_entry_is_builtin   (VcDeckEntry *self);
char        *vc_deck_entry_dup_title    (VcDeckEntry *self);
char        *vc_deck_entry_dup_subtitle (VcDeckEntry *self);

#define VC_TYPE_DECK_LIBRARY (vc_deck_library_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckLibrary, vc_deck_library, VC, DECK_LIBRARY, GObject)

VcDeckLibrary *vc_deck_library_new           (GFile              *builtin_dir,
                                              GFile              *user_dir);
GListModel    *vc_deck_library_get_builtin   (VcDeckLibrary      *self);
GListModel    *vc_deck_library_get_user      (VcDeckLibrary      *self);
void           vc_deck_library_load          (VcDeckLibrary      *self,
                                              const char * const *recent);
void           vc_deck_library_add           (VcDeckLibrary      *self,
                                              GFile              *file,
                                              VcDeck             *deck);
gboolean       vc_deck_library_is_loading    (VcDeckLibrary      *self);
GFile         *vc_deck_library_dup_default_user_dir (void);
GFile         *vc_deck_library_dup_default_builtin_dir (void);
VcDeckLoadFlags vc_deck_library_get_load_flags        (GFile *file);

void          vc_deck_library_reload_file (VcDeckLibrary *self,
                                          GFile         *file);

gboolean      vc_deck_library_is_builtin_file (VcDeckLibrary *self,
                                              GFile         *file);

G_END_DECLS
