/* vc-deck-document-pictures.h
 *
 * Putting a team's own photos and drawings into a deck.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck-document.h"

G_BEGIN_DECLS

/* Enough for a projector at 1920x1080 and for print; more only makes the
 * deck too large to mail. */
#define VC_DECK_PICTURE_MAX_SIDE 1600

char           *vc_deck_picture_import          (GBytes          *bytes,
                                                 gboolean        *scaled,
                                                 GError         **error);
char           *vc_deck_document_add_picture    (VcDeckDocument  *self,
                                                 GFile           *file,
                                                 const char      *alt,
                                                 const char      *caption,
                                                 GError         **error);
gboolean        vc_deck_document_embed_pictures (VcDeckDocument  *self,
                                                 guint           *n_embedded,
                                                 GError         **error);

G_END_DECLS
