/* vc-deck-translation-edit.c
 *
 * Translating a deck in the deck itself, text by text, without a .po
 * file: the deck's catalog for a language is written again each time a
 * translation changes.
 *
 * A text changed after it was translated no longer has its translation,
 * since a catalog is looked up by the exact text. Its old translation is
 * still in the catalog, under the old text; it is found again by the
 * words the two texts share, as msgmerge finds a "fuzzy" match, and
 * offered to the translator to check.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-error.h"
#include "vc-deck-translations.h"

/* How much two texts must share to be taken as one text, changed. */
#define SIMILAR_ENOUGH 0.5

void
vc_translation_entry_free (VcTranslationEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->msgid);
  g_free (entry->path);
  g_free (entry->msgstr);
  g_free (entry->old_msgid);
  g_free (entry);
}

static GHashTable *
word_set (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) parts = g_regex_split_simple ("[^[:alnum:]]+", folded, G_REGEX_OPTIMIZE, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_hash_table_add (words, g_strdup (parts[i]));
  return words;
}

/* The share of words the two texts have in common, from 0 to 1. */
static double
similarity (GHashTable *a,
            GHashTable *b)
{
  GHashTableIter iter;
  gpointer word;
  guint common = 0;
  guint all;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (b, word))
      common++;
  all = g_hash_table_size (a) + g_hash_table_size (b) - common;
  return all > 0 ? (double)common / all : 0;
}

/**
 * vc_deck_document_dup_translation_entries:
 * @self: a #VcDeckDocument
 * @language: a language code
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type VcTranslationEntry): each text
 *   of the deck once, in the order of the deck, with its translation
 *   into @language, or %NULL if the deck has errors
 */
GPtrArray *
vc_deck_document_dup_translation_entries (VcDeckDocument  *self,
                                          const char      *language,
                                          GError         **error)
{
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcCatalog) catalog = NULL;
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stale_words = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);
  g_autoptr(GHashTable) stale_taken = g_hash_table_new (g_direct_hash, g_direct_equal);
  GPtrArray *entries;
  GPtrArray *strings;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  deck = vc_deck_document_check (self, VC_DECK_LOAD_NO_TRANSLATE | VC_DECK_LOAD_COLLECT_STRINGS, NULL, NULL);
  if (deck == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID,
                   _("The deck has errors, so its texts cannot be listed for translation yet. Fix the errors first."));
      return NULL;
    }

  catalog = vc_deck_document_dup_catalog (self, language);
  strings = vc_deck_get_strings (deck);
  for (guint i = 0; i < strings->len; i++)
    g_hash_table_add (texts, ((VcDeckString *)g_ptr_array_index (strings, i))->msgid);

  if (catalog != NULL)
    {
      g_autoptr(GPtrArray) msgids = vc_catalog_dup_msgids (catalog);

      for (guint i = 0; i < msgids->len; i++)
        {
          const char *msgid = g_ptr_array_index (msgids, i);

          if (msgid[0] != '\0' && !g_hash_table_contains (texts, msgid))
            {
              g_ptr_array_add (stale, g_strdup (msgid));
              g_ptr_array_add (stale_words, word_set (msgid));
            }
        }
    }

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_translation_entry_free);
  g_hash_table_remove_all (texts);
  for (guint i = 0; i < strings->len; i++)
    {
      VcDeckString *string = g_ptr_array_index (strings, i);
      VcTranslationEntry *entry;

      if (!g_hash_table_add (texts, string->msgid))
        continue;

      entry = g_new0 (VcTranslationEntry, 1);
      entry->msgid = g_strdup (string->msgid);
      entry->path = g_strdup (string->path);
      if (catalog != NULL && vc_catalog_contains (catalog, string->msgid))
        entry->msgstr = g_strdup (vc_catalog_lookup (catalog, string->msgid));
      else if (stale->len > 0)
        {
          g_autoptr(GHashTable) words = word_set (string->msgid);
          double best = SIMILAR_ENOUGH;
          int found = -1;

          for (guint j = 0; j < stale->len; j++)
            {
              double score;

              if (g_hash_table_contains (stale_taken, GUINT_TO_POINTER (j + 1)))
                continue;
              score = similarity (words, g_ptr_array_index (stale_words, j));
              if (score >= best)
                {
                  best = score;
                  found = (int)j;
                }
            }
          if (found >= 0)
            {
              g_hash_table_add (stale_taken, GUINT_TO_POINTER ((guint)found + 1));
              entry->old_msgid = g_strdup (g_ptr_array_index (stale, found));
              entry->msgstr = g_strdup (vc_catalog_lookup (catalog, entry->old_msgid));
            }
        }
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

static char *
default_header (const char *language)
{
  return g_strdup_printf ("Content-Type: text/plain; charset=UTF-8\n"
                          "Content-Transfer-Encoding: 8bit\n"
                          "Language: %s\n", language);
}

static gboolean
write_catalog (VcDeckDocument  *self,
               const char      *language,
               GPtrArray       *msgids,
               GPtrArray       *msgstrs,
               GError         **error)
{
  g_autoptr(GBytes) bytes = vc_catalog_build (msgids, msgstrs);
  g_autofree char *uri = vc_deck_catalog_to_uri (bytes);
  g_autofree char *path = g_strconcat ("/translations/", language, NULL);
  gboolean ok = TRUE;

  if (vc_deck_document_get_node (self, "/translations") == NULL)
    {
      g_autoptr(JsonNode) empty = json_node_init_object (json_node_alloc (), NULL);

      json_node_take_object (empty, json_object_new ());
      ok = vc_deck_document_set_node (self, "/translations", empty, error);
    }
  return ok && vc_deck_document_set_string (self, path, uri, error);
}

static gboolean
check_language (VcDeckDocument  *self,
                const char      *language,
                GError         **error)
{
  if (!vc_deck_is_language_code (language))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                   _("“%s” is not a language code. Use a code such as “sv” or “pt_BR”."), language);
      return FALSE;
    }
  if (g_strcmp0 (vc_deck_document_get_string (self, "/source-language"), language) == 0)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                   _("The deck is written in “%s” already; a translation is into another language."), language);
      return FALSE;
    }
  return TRUE;
}

/**
 * vc_deck_document_set_translation:
 * @self: a #VcDeckDocument
 * @language: a language code
 * @msgid: a text of the deck
 * @msgstr: (nullable): its translation, or %NULL or "" for none
 * @replaces: (nullable): the text as it was before it changed, whose
 *   translation this one takes the place of
 * @error: return location for an error
 *
 * Writes the deck's catalog for @language again with @msgid translated
 * as @msgstr. Typing in one translation joins one undo step.
 */
gboolean
vc_deck_document_set_translation (VcDeckDocument  *self,
                                  const char      *language,
                                  const char      *msgid,
                                  const char      *msgstr,
                                  const char      *replaces,
                                  GError         **error)
{
  g_autoptr(VcCatalog) catalog = NULL;
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new_with_free_func (g_free);
  gboolean has_header = FALSE;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (msgid != NULL && msgid[0] != '\0', FALSE);

  if (!check_language (self, language, error))
    return FALSE;

  catalog = vc_deck_document_dup_catalog (self, language);
  if (catalog != NULL)
    {
      g_autoptr(GPtrArray) old = vc_catalog_dup_msgids (catalog);

      for (guint i = 0; i < old->len; i++)
        {
          const char *id = g_ptr_array_index (old, i);

          if (g_str_equal (id, msgid) || (replaces != NULL && g_str_equal (id, replaces)))
            continue;
          has_header |= id[0] == '\0';
          g_ptr_array_add (msgids, g_strdup (id));
          g_ptr_array_add (msgstrs, g_strdup (vc_catalog_lookup (catalog, id)));
        }
    }
  if (!has_header)
    {
      g_ptr_array_add (msgids, g_strdup (""));
      g_ptr_array_add (msgstrs, default_header (language));
    }
  if (msgstr != NULL && msgstr[0] != '\0')
    {
      g_ptr_array_add (msgids, g_strdup (msgid));
      g_ptr_array_add (msgstrs, g_strdup (msgstr));
    }

  return write_catalog (self, language, msgids, msgstrs, error);
}

/**
 * vc_deck_document_add_language:
 * @self: a #VcDeckDocument
 * @language: a language code
 * @error: return location for an error
 *
 * Gives the deck an empty translation into @language, to be filled in.
 */
gboolean
vc_deck_document_add_language (VcDeckDocument  *self,
                               const char      *language,
                               GError         **error)
{
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) msgstrs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!check_language (self, language, error))
    return FALSE;
  path = g_strconcat ("/translations/", language, NULL);
  if (vc_deck_document_get_node (self, path) != NULL)
    return TRUE;

  g_ptr_array_add (msgids, g_strdup (""));
  g_ptr_array_add (msgstrs, default_header (language));
  /* Translators: an undo step; %s is a language code */
  label = g_strdup_printf (C_("undo", "Add Language (%s)"), language);
  vc_deck_document_begin_step (self, label);
  ok = write_catalog (self, language, msgids, msgstrs, error);
  vc_deck_document_end_step (self);
  return ok;
}
