/* vc-deck-private.h
 *
 * The deck's fields, shared between the model and the loader that fills it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-deck.h"

G_BEGIN_DECLS

struct _VcDeck
{
  GObject          parent_instance;

  GFile           *file;
  char            *id;
  char            *version;
  VcDeckKind       kind;
  char            *title;
  char            *subtitle;
  char            *description;
  char            *source_language;
  char            *translation_domain;
  char            *language;
  char           **authors;
  char           **formats;
  char            *license;
  VcDeckAudience   audience;
  guint            minutes_per_card;
  GPtrArray       *roles;
  VcIntroduction  *introduction;
  VcCard          *closing;
  char            *instructions;
  GPtrArray       *words;
  GListStore      *images;
  GListStore      *cards;
  GListStore      *warnings;
  GPtrArray       *strings;
};

VcDeck *_vc_deck_new (void);

void    vc_role_free         (VcRole         *role);
void    vc_value_word_free   (VcValueWord    *word);
void    vc_introduction_free (VcIntroduction *intro);
void    vc_deck_string_free  (VcDeckString   *string);

G_END_DECLS
