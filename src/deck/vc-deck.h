/* vc-deck.h
 *
 * A deck: its metadata, the values game's words and images, and its cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vc-card.h"
#include "vc-deck-image.h"

G_BEGIN_DECLS

typedef enum
{
  VC_DECK_KIND_VALUES_GAME,  /*< nick=values-game >*/
  VC_DECK_KIND_DILEMMAS,     /*< nick=dilemmas >*/
  VC_DECK_KIND_QUESTIONS,    /*< nick=questions >*/
  VC_DECK_KIND_STATEMENTS,   /*< nick=statements >*/
  VC_DECK_KIND_MIXED,        /*< nick=mixed >*/
} VcDeckKind;

typedef enum /*< flags >*/
{
  VC_DECK_AUDIENCE_NONE          = 0,        /*< nick=none >*/
  VC_DECK_AUDIENCE_STAFF_MEETING = 1 << 0,   /*< nick=staff-meeting >*/
  VC_DECK_AUDIENCE_REFLECTION    = 1 << 1,   /*< nick=reflection >*/
} VcDeckAudience;

/**
 * VcRole:
 * @id: stable id such as "scribe"
 * @name: translated name
 * @description: (nullable): translated description
 *
 * A role that someone in the group takes. Read-only, owned by the deck.
 */
typedef struct
{
  char *id;
  char *name;
  char *description;
} VcRole;

/**
 * VcValueWord:
 * @id: stable id
 * @word: the value word, translated
 * @definition: a short definition, translated
 *
 * One word of the values game. Read-only, owned by the deck.
 */
typedef struct
{
  char *id;
  char *word;
  char *definition;
} VcValueWord;

/**
 * VcIntroduction:
 * @title: translated title
 * @purpose: (nullable): why the group meets
 * @ground_rules: (nullable): rules for the talk
 * @step_titles: (nullable): titles of the steps of a conversation guide
 * @step_texts: (nullable): texts of those steps, as many as @step_titles
 *
 * What a deck starts with. Read-only, owned by the deck.
 */
typedef struct
{
  char  *title;
  char  *purpose;
  char **ground_rules;
  char **step_titles;
  char **step_texts;
} VcIntroduction;

/**
 * VcDeckString:
 * @msgid: a translatable source string
 * @path: the JSON path it was found at
 *
 * A string of a deck, kept for translation templates.
 */
typedef struct
{
  char *msgid;
  char *path;
} VcDeckString;

#define VC_TYPE_DECK (vc_deck_get_type ())

G_DECLARE_FINAL_TYPE (VcDeck, vc_deck, VC, DECK, GObject)

GFile           *vc_deck_get_file               (VcDeck      *self);
const char      *vc_deck_get_id                 (VcDeck      *self);
const char      *vc_deck_get_version            (VcDeck      *self);
VcDeckKind       vc_deck_get_kind               (VcDeck      *self);
const char      *vc_deck_get_title              (VcDeck      *self);
const char      *vc_deck_get_subtitle           (VcDeck      *self);
const char      *vc_deck_get_description        (VcDeck      *self);
const char      *vc_deck_get_source_language    (VcDeck      *self);
const char      *vc_deck_get_translation_domain (VcDeck      *self);
const char      *vc_deck_get_language           (VcDeck      *self);
const char * const *vc_deck_get_authors         (VcDeck      *self);
const char * const *vc_deck_get_formats         (VcDeck      *self);
const char      *vc_deck_get_license            (VcDeck      *self);
VcDeckAudience   vc_deck_get_audience           (VcDeck      *self);
guint            vc_deck_get_minutes_per_card   (VcDeck      *self);
GPtrArray       *vc_deck_get_roles              (VcDeck      *self);
const VcIntroduction *vc_deck_get_introduction  (VcDeck      *self);
VcCard          *vc_deck_get_closing            (VcDeck      *self);
const char      *vc_deck_get_instructions       (VcDeck      *self);
GPtrArray       *vc_deck_get_words              (VcDeck      *self);
GListModel      *vc_deck_get_images             (VcDeck      *self);
GListModel      *vc_deck_get_cards              (VcDeck      *self);
guint            vc_deck_get_n_cards            (VcDeck      *self);
VcCard          *vc_deck_find_card              (VcDeck      *self,
                                                 const char  *id);
const VcValueWord *vc_deck_find_word              (VcDeck      *self,
                                                   const char  *id);
VcDeckImage     *vc_deck_find_image             (VcDeck      *self,
                                                 const char  *id);
GListModel      *vc_deck_get_warnings           (VcDeck      *self);
GPtrArray       *vc_deck_get_strings            (VcDeck      *self);
char            *vc_deck_dup_size_label         (VcDeck      *self);

const char      *vc_deck_kind_to_label          (VcDeckKind   kind);

G_END_DECLS
