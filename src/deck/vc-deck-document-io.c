/* vc-deck-document-io.c
 *
 * Opening, checking and saving a deck document.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-deck-document-private.h"
#include "vc-deck-error.h"
#include "vc-deck-writer.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

/**
 * vc_deck_document_new:
 * @kind: what kind of deck
 * @title: (nullable): its title, or %NULL for a title of the kind
 *
 * Returns: (transfer full): a new, unsaved deck with a fresh id, the
 *   standard roles and ground rules, and the standard closing card
 */
VcDeckDocument *
vc_deck_document_new (VcDeckKind  kind,
                      const char *title)
{
  return vc_deck_document_new_for_root (vc_deck_document_build_new (kind, title), NULL);
}

/**
 * vc_deck_document_new_from_bytes:
 * @bytes: a deck file's contents
 * @file: (nullable): where they come from
 * @error: return location for an error
 *
 * Opens any deck that is a JSON object, whatever is wrong with it
 * otherwise: that is what an editor is for.
 *
 * Returns: (transfer full): the document, or %NULL if @bytes is not JSON
 */
VcDeckDocument *
vc_deck_document_new_from_bytes (GBytes  *bytes,
                                 GFile   *file,
                                 GError **error)
{
  const char *data;
  g_autofree char *message = NULL;
  g_autofree char *hint = NULL;
  VcJsonCheckResult result;
  guint line, column;
  gsize size;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > VC_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size (VC_DECK_MAX_FILE_SIZE);

      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE,
                   _("The deck is larger than %s. Link large pictures as files beside the deck instead of embedding them."),
                   limit);
      return NULL;
    }

  result = vc_json_check_explain (data, size, VC_DECK_MAX_DEPTH, &line, &column, &message, &hint, &root);
  if (result != VC_JSON_CHECK_OK)
    {
      /* The message says where already. */
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX,
                   "%s %s", message, hint ? hint : "");
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_WRONG_TYPE,
                   _("The file is JSON, but not a deck: a deck is an object in braces { }."));
      json_node_unref (root);
      return NULL;
    }

  return vc_deck_document_new_for_root (root, file);
}

/**
 * vc_deck_document_new_from_file:
 * @file: a deck file
 * @error: return location for an error
 *
 * Returns: (transfer full): the document, or %NULL if @file cannot be read
 *   or is not JSON
 */
VcDeckDocument *
vc_deck_document_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   _("Only decks on this computer can be edited. Save a copy here first."));
      return NULL;
    }

  bytes = vc_json_read_file (path, VC_JSON_READ_DEFAULT, VC_DECK_MAX_FILE_SIZE,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE, error);
  if (bytes == NULL)
    return NULL;

  return vc_deck_document_new_from_bytes (bytes, file, error);
}

char *
vc_deck_document_dup_data (VcDeckDocument *self,
                           gsize          *length)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return vc_deck_write_canonical (vc_deck_document_get_root (self), length);
}

GBytes *
vc_deck_document_dup_bytes (VcDeckDocument *self)
{
  gsize length;
  char *data = vc_deck_document_dup_data (self, &length);

  return g_bytes_new_take (data, length);
}

/**
 * vc_deck_document_save:
 * @self: a #VcDeckDocument
 * @file: (nullable): where to save, or %NULL for the document's own file
 * @error: return location for an error
 *
 * Saves the deck as canonical JSON, whether or not it has problems (work
 * in progress is still work). The file on the disk is replaced only once
 * the new one is complete.
 *
 * Returns: whether the deck was saved
 */
gboolean
vc_deck_document_save (VcDeckDocument  *self,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize length;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = vc_deck_document_get_file (self);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   _("A deck can only be saved to a folder on this computer."));
      return FALSE;
    }

  data = vc_deck_write_canonical (vc_deck_document_get_root (self), &length);
  if (!vc_deck_save_atomically (path, data, length, &local_error))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   /* Translators: %s is the reason, such as "No space left on device" */
                   _("The deck was not saved, and the copy on the disk is unchanged: %s. Your changes are still open; free some space or choose another folder, and save again."),
                   local_error->message);
      return FALSE;
    }

  vc_deck_document_mark_saved (self, file);
  return TRUE;
}

/**
 * vc_deck_document_check:
 * @self: a #VcDeckDocument
 * @flags: how to load it
 * @problems: (out) (optional) (transfer full): what is wrong with the deck
 * @error: return location for an error
 *
 * Reads the deck as it is now with the same loader the app plays decks
 * with, pictures beside the deck included.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it has errors
 */
VcDeck *
vc_deck_document_check (VcDeckDocument  *self,
                        VcDeckLoadFlags  flags,
                        GListModel     **problems,
                        GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base_dir = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  bytes = vc_deck_document_dup_bytes (self);
  if (vc_deck_document_get_file (self) != NULL &&
      (parent = g_file_get_parent (vc_deck_document_get_file (self))) != NULL)
    base_dir = g_file_get_path (parent);

  return vc_deck_load_bytes (bytes, base_dir, flags, problems, error);
}
