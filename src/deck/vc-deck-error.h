/* vc-deck-error.h
 *
 * The error domain shared by everything that reads decks.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VC_DECK_ERROR (vc_deck_error_quark ())

/**
 * VcDeckError:
 *
 * What went wrong with a deck. Every #VcDeckProblem carries one of these,
 * and a deck that cannot be opened fails with %VC_DECK_ERROR_INVALID (or the
 * code of the one problem that stopped reading early, such as
 * %VC_DECK_ERROR_IO).
 */
typedef enum
{
  VC_DECK_ERROR_IO,                   /*< nick=io >*/
  VC_DECK_ERROR_NOT_REGULAR,          /*< nick=not-regular >*/
  VC_DECK_ERROR_TOO_LARGE,            /*< nick=too-large >*/
  VC_DECK_ERROR_INVALID_UTF8,         /*< nick=invalid-utf8 >*/
  VC_DECK_ERROR_TOO_DEEP,             /*< nick=too-deep >*/
  VC_DECK_ERROR_SYNTAX,               /*< nick=syntax >*/
  VC_DECK_ERROR_WRONG_TYPE,           /*< nick=wrong-type >*/
  VC_DECK_ERROR_MISSING_FIELD,        /*< nick=missing-field >*/
  VC_DECK_ERROR_UNSUPPORTED_VERSION,  /*< nick=unsupported-version >*/
  VC_DECK_ERROR_DUPLICATE_ID,         /*< nick=duplicate-id >*/
  VC_DECK_ERROR_EMPTY_TEXT,           /*< nick=empty-text >*/
  VC_DECK_ERROR_INVALID_VALUE,        /*< nick=invalid-value >*/
  VC_DECK_ERROR_IMAGE_MISSING,        /*< nick=image-missing >*/
  VC_DECK_ERROR_IMAGE_INVALID,        /*< nick=image-invalid >*/
  VC_DECK_ERROR_IMAGE_REMOTE,         /*< nick=image-remote >*/
  VC_DECK_ERROR_IMAGE_ABSOLUTE,       /*< nick=image-absolute >*/
  VC_DECK_ERROR_IMAGE_OUTSIDE,        /*< nick=image-outside >*/
  VC_DECK_ERROR_IMAGE_NOT_REGULAR,    /*< nick=image-not-regular >*/
  VC_DECK_ERROR_IMAGE_TOO_LARGE,      /*< nick=image-too-large >*/
  VC_DECK_ERROR_TRANSLATION_INVALID,  /*< nick=translation-invalid >*/
  VC_DECK_ERROR_UNKNOWN_MEMBER,       /*< nick=unknown-member >*/
  VC_DECK_ERROR_INCOMPLETE,           /*< nick=incomplete >*/
  VC_DECK_ERROR_INVALID,              /*< nick=invalid >*/
  VC_DECK_ERROR_NOT_FOUND,            /*< nick=not-found >*/
  VC_DECK_ERROR_DUPLICATE_MEMBER,     /*< nick=duplicate-member >*/
  VC_DECK_ERROR_TOO_MANY,             /*< nick=too-many >*/
  VC_DECK_ERROR_TEXT_TOO_LONG,        /*< nick=text-too-long >*/
  VC_DECK_ERROR_TEXT_DIRECTION,       /*< nick=text-direction >*/
  VC_DECK_ERROR_IMAGE_FORMAT,         /*< nick=image-format >*/
  VC_DECK_ERROR_IMAGE_TOO_COMPLEX,    /*< nick=image-too-complex >*/
} VcDeckError;

/* Limits that keep a hostile file from exhausting the machine. */
#define VC_DECK_MAX_FILE_SIZE  (16 * 1024 * 1024)
#define VC_DECK_MAX_IMAGE_SIZE (8 * 1024 * 1024)
#define VC_DECK_MAX_DEPTH      32

/* No real deck comes near these; they bound the work a deck can cause. */
#define VC_DECK_MAX_CARDS          10000    /* cards in "cards" */
#define VC_DECK_MAX_ITEMS          100      /* words, pictures, roles, steps; stages, questions, options, actions of a card */
#define VC_DECK_MAX_PROBLEMS       200      /* problems listed one by one; the rest are counted */
#define VC_DECK_MAX_SHORT_TEXT     300      /* characters of a title, word, name, option */
#define VC_DECK_MAX_LONG_TEXT      20000    /* characters of any other text */
#define VC_DECK_MAX_IMAGE_SIDE     16384    /* pixels on either side of a raster picture */
#define VC_DECK_MAX_IMAGE_PIXELS   (50 * 1000 * 1000)
#define VC_DECK_MAX_CATALOG_ENTRIES 20000   /* messages in one embedded translation */

GQuark       vc_deck_error_quark    (void);
const char  *vc_deck_error_get_nick (VcDeckError code);

G_END_DECLS
