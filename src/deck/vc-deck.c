/* vc-deck.c
 *
 * A deck: its metadata, the values game's words and images, and its cards.
 *
 * A deck is read-only once loaded; the loader (vc-deck-loader.c) fills it in
 * and every string in it is already in the user's language.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-deck-private.h"
#include "vc-deck-problem.h"

G_DEFINE_FINAL_TYPE (VcDeck, vc_deck, G_TYPE_OBJECT)

void
vc_role_free (VcRole *role)
{
  if (role == NULL)
    return;
  g_free (role->id);
  g_free (role->name);
  g_free (role->description);
  g_free (role);
}

void
vc_value_word_free (VcValueWord *word)
{
  if (word == NULL)
    return;
  g_free (word->id);
  g_free (word->word);
  g_free (word->definition);
  g_free (word);
}

void
vc_introduction_free (VcIntroduction *intro)
{
  if (intro == NULL)
    return;
  g_free (intro->title);
  g_free (intro->purpose);
  g_strfreev (intro->ground_rules);
  g_strfreev (intro->step_titles);
  g_strfreev (intro->step_texts);
  g_free (intro);
}

void
vc_deck_string_free (VcDeckString *string)
{
  if (string == NULL)
    return;
  g_free (string->msgid);
  g_free (string->path);
  g_free (string);
}

static void
vc_deck_finalize (GObject *object)
{
  VcDeck *self = (VcDeck *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->source_language, g_free);
  g_clear_pointer (&self->translation_domain, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->formats, g_strfreev);
  g_clear_pointer (&self->license, g_free);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->introduction, vc_introduction_free);
  g_clear_object (&self->closing);
  g_clear_pointer (&self->instructions, g_free);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_object (&self->images);
  g_clear_object (&self->cards);
  g_clear_object (&self->warnings);
  g_clear_pointer (&self->strings, g_ptr_array_unref);

  G_OBJECT_CLASS (vc_deck_parent_class)->finalize (object);
}

static void
vc_deck_class_init (VcDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_deck_finalize;
}

static void
vc_deck_init (VcDeck *self)
{
  self->minutes_per_card = 15;
  self->roles = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_role_free);
  self->words = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_value_word_free);
  self->images = g_list_store_new (VC_TYPE_DECK_IMAGE);
  self->cards = g_list_store_new (VC_TYPE_CARD);
  self->warnings = g_list_store_new (VC_TYPE_DECK_PROBLEM);
  self->strings = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_deck_string_free);
}

VcDeck *
_vc_deck_new (void)
{
  return g_object_new (VC_TYPE_DECK, NULL);
}

/**
 * vc_deck_get_file:
 * @self: a #VcDeck
 *
 * Returns: (transfer none) (nullable): the file the deck was read from
 */
GFile *
vc_deck_get_file (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->file;
}

#define GETTER(type, field, fallback)                      \
  type                                                     \
  vc_deck_get_##field (VcDeck *self)                       \
  {                                                        \
    g_return_val_if_fail (VC_IS_DECK (self), fallback);    \
    return self->field;                                    \
  }

GETTER (const char *, id, NULL)
GETTER (const char *, version, NULL)
GETTER (VcDeckKind, kind, VC_DECK_KIND_MIXED)
GETTER (const char *, title, NULL)
GETTER (const char *, subtitle, NULL)
GETTER (const char *, description, NULL)
GETTER (const char *, source_language, NULL)
GETTER (const char *, translation_domain, NULL)
GETTER (const char *, license, NULL)
GETTER (VcDeckAudience, audience, VC_DECK_AUDIENCE_NONE)
GETTER (guint, minutes_per_card, 15)
GETTER (VcCard *, closing, NULL)
GETTER (const char *, instructions, NULL)

#undef GETTER

/**
 * vc_deck_get_language:
 * @self: a #VcDeck
 *
 * Returns: (nullable): the language of the catalog carried by the deck that
 *   was used for its strings, or %NULL if none was used
 */
const char *
vc_deck_get_language (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->language;
}

/**
 * vc_deck_get_formats:
 *
 * Returns: (nullable) (array zero-terminated=1): the ids of the meeting
 *   formats the deck names as suiting it, or %NULL when it names none
 */
const char * const *
vc_deck_get_formats (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return (const char * const *)self->formats;
}

const char * const *
vc_deck_get_authors (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return (const char * const *)self->authors;
}

/**
 * vc_deck_get_roles:
 * @self: a #VcDeck
 *
 * Returns: (transfer none) (element-type VcRole): the roles of a group
 */
GPtrArray *
vc_deck_get_roles (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->roles;
}

/**
 * vc_deck_get_introduction:
 * @self: a #VcDeck
 *
 * Returns: (transfer none) (nullable): the introduction
 */
const VcIntroduction *
vc_deck_get_introduction (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->introduction;
}

/**
 * vc_deck_get_words:
 * @self: a #VcDeck
 *
 * Returns: (transfer none) (element-type VcValueWord): the value words
 */
GPtrArray *
vc_deck_get_words (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->words;
}

/**
 * vc_deck_get_images:
 * @self: a #VcDeck
 *
 * Returns: (transfer none): a list of #VcDeckImage
 */
GListModel *
vc_deck_get_images (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return G_LIST_MODEL (self->images);
}

/**
 * vc_deck_get_cards:
 * @self: a #VcDeck
 *
 * Returns: (transfer none): a list of #VcCard, without the closing card
 */
GListModel *
vc_deck_get_cards (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return G_LIST_MODEL (self->cards);
}

guint
vc_deck_get_n_cards (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->cards));
}

/**
 * vc_deck_find_card:
 * @self: a #VcDeck
 * @id: a card id
 *
 * Returns: (transfer none) (nullable): the card with @id, the closing included
 */
VcCard *
vc_deck_find_card (VcDeck     *self,
                   const char *id)
{
  guint n;

  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);

      if (g_strcmp0 (vc_card_get_id (card), id) == 0)
        return card;
    }

  if (self->closing && g_strcmp0 (vc_card_get_id (self->closing), id) == 0)
    return self->closing;

  return NULL;
}

/**
 * vc_deck_find_word:
 * @self: a #VcDeck
 * @id: (nullable): a value word's id
 *
 * Returns: (transfer none) (nullable): the value word with @id
 */
const VcValueWord *
vc_deck_find_word (VcDeck     *self,
                   const char *id)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);

  for (guint i = 0; id != NULL && i < self->words->len; i++)
    {
      const VcValueWord *word = g_ptr_array_index (self->words, i);

      if (g_strcmp0 (word->id, id) == 0)
        return word;
    }

  return NULL;
}

/**
 * vc_deck_find_image:
 * @self: a #VcDeck
 * @id: (nullable): a picture's id
 *
 * Returns: (transfer none) (nullable): the picture with @id
 */
VcDeckImage *
vc_deck_find_image (VcDeck     *self,
                    const char *id)
{
  GListModel *images;

  g_return_val_if_fail (VC_IS_DECK (self), NULL);

  images = vc_deck_get_images (self);
  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

      /* The deck's list keeps the picture alive. */
      if (g_strcmp0 (vc_deck_image_get_id (image), id) == 0)
        return image;
    }

  return NULL;
}

/**
 * vc_deck_get_warnings:
 * @self: a #VcDeck
 *
 * Returns: (transfer none): a list of #VcDeckProblem that did not stop the
 *   deck from loading
 */
GListModel *
vc_deck_get_warnings (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return G_LIST_MODEL (self->warnings);
}

/**
 * vc_deck_get_strings:
 * @self: a #VcDeck
 *
 * The deck's translatable strings with where they stand, in file order. Only
 * filled when the deck was loaded with %VC_DECK_LOAD_COLLECT_STRINGS.
 *
 * Returns: (transfer none) (element-type VcDeckString): the strings
 */
GPtrArray *
vc_deck_get_strings (VcDeck *self)
{
  g_return_val_if_fail (VC_IS_DECK (self), NULL);
  return self->strings;
}

/**
 * vc_deck_kind_to_label:
 * @kind: a #VcDeckKind
 *
 * Returns: (transfer none): the kind of deck in the user's language
 */
const char *
vc_deck_kind_to_label (VcDeckKind kind)
{
  switch (kind)
    {
    case VC_DECK_KIND_VALUES_GAME:
      return _("Values game");
    case VC_DECK_KIND_DILEMMAS:
      return _("Dilemmas");
    case VC_DECK_KIND_QUESTIONS:
      return _("Questions");
    case VC_DECK_KIND_STATEMENTS:
      return _("Statements");
    case VC_DECK_KIND_MIXED:
    default:
      return _("Discussion cards");
    }
}

/**
 * vc_deck_dup_size_label:
 * @self: a #VcDeck
 *
 * Returns: (transfer full): how big the deck is, such as "12 words, 12 pictures"
 */
char *
vc_deck_dup_size_label (VcDeck *self)
{
  guint n_cards;

  g_return_val_if_fail (VC_IS_DECK (self), NULL);

  n_cards = vc_deck_get_n_cards (self);

  if (self->kind == VC_DECK_KIND_VALUES_GAME)
    {
      guint n_words = self->words->len;
      guint n_images = g_list_model_get_n_items (G_LIST_MODEL (self->images));
      g_autofree char *words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n_words), n_words);
      g_autofree char *images = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u picture", "%u pictures", n_images), n_images);

      /* Translators: "12 words, 12 pictures" */
      return g_strdup_printf (C_("deck size", "%s, %s"), words, images);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n_cards), n_cards);
}
