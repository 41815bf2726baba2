/* vc-deck-loader.c
 *
 * Reading and checking deck files.
 *
 * Decks come from colleagues by mail, so every byte is treated as hostile:
 * the file is checked for size, encoding, grammar and nesting in the same
 * pass that builds its JSON tree (vc-json-check.c), every member is
 * checked for type and meaning, and every problem is
 * collected in one pass so an author can fix them all at once. A deck with
 * any error is never handed out half-loaded.
 *
 * This file runs a load from bytes to deck; vc-deck-loader-json.c reads
 * the JSON with its places, vc-deck-loader-build.c builds the deck from
 * it, vc-deck-loader-cards.c its cards, and vc-deck-loader-pictures.c the
 * values game and its picture files. vc-json-reader.c reads the file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck-loader.h"
#include "vc-deck-loader-private.h"
#include "vc-deck-location.h"
#include "vc-deck-private.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

static void
loader_clear (Loader *l)
{
  g_clear_object (&l->deck);
  g_clear_object (&l->problems);
  if (l->path)
    g_string_free (l->path, TRUE);
  g_clear_pointer (&l->base_dir, g_free);
  g_clear_pointer (&l->catalog, vc_catalog_free);
  g_clear_pointer (&l->domain, g_free);
  g_clear_pointer (&l->card_ids, g_hash_table_unref);
  g_clear_object (&l->first_error);
}

static void
loader_init (Loader          *l,
             const char      *base_dir,
             VcDeckLoadFlags  flags)
{
  memset (l, 0, sizeof *l);
  l->deck = _vc_deck_new ();
  l->problems = g_list_store_new (VC_TYPE_DECK_PROBLEM);
  l->path = g_string_new ("$");
  l->flags = flags;
  l->base_dir = g_strdup (base_dir);
  l->card_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

VcDeck *
loader_finish (Loader      *l,
        GListModel **problems,
        GError     **error)
{
  VcDeck *deck = NULL;

  if (l->n_more > 0)
    {
      g_autoptr(VcDeckProblem) more = NULL;
      g_autofree char *message = NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "… and %u more problem.",
                                              "… and %u more problems.", l->n_more),
                                 l->n_more);
      more = vc_deck_problem_new (l->more_errors ? VC_DECK_SEVERITY_ERROR : VC_DECK_SEVERITY_WARNING,
                                  VC_DECK_ERROR_TOO_MANY, 0, 0, NULL, message,
                                  _("Fix the problems listed, then check the deck again to see the rest."));
      g_list_store_append (l->problems, more);
      if (!l->more_errors)
        g_list_store_append (l->deck->warnings, more);
    }

  if (l->n_errors == 0)
    deck = g_steal_pointer (&l->deck);
  else if (l->n_errors == 1)
    {
      g_set_error_literal (error, VC_DECK_ERROR, vc_deck_problem_get_code (l->first_error),
                           vc_deck_problem_get_message (l->first_error));
    }
  else
    g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The deck has %u problem.",
                              "The deck has %u problems.", l->n_errors),
                 l->n_errors);

  if (problems != NULL)
    *problems = G_LIST_MODEL (g_steal_pointer (&l->problems));

  loader_clear (l);
  return deck;
}

static VcDeck *
load_bytes (Loader      *l,
            GBytes      *bytes,
            GListModel **problems,
            GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *check_message = NULL;
  g_autofree char *check_hint = NULL;
  VcJsonCheckResult result;
  const char *data;
  gsize size;
  guint line, column;

  data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      loader_report_file (l, VC_DECK_ERROR_SYNTAX, 1, 1, _("The file is empty."),
                   _("Choose the deck file itself; if it was saved empty, save it again from its source."));
      return loader_finish (l, problems, error);
    }

  if (size > VC_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size (VC_DECK_MAX_FILE_SIZE);
      g_autofree char *message = g_strdup_printf (_("The file is larger than %s."), limit);

      loader_report_file (l, VC_DECK_ERROR_TOO_LARGE, 0, 0, message,
                   _("Link large pictures as files beside the deck instead of embedding them."));
      return loader_finish (l, problems, error);
    }

  result = vc_json_check_explain (data, size, VC_DECK_MAX_DEPTH, &line, &column,
                                  &check_message, &check_hint, &root);
  if (result != VC_JSON_CHECK_OK)
    {
      loader_report_file (l, result == VC_JSON_CHECK_TOO_DEEP ? VC_DECK_ERROR_TOO_DEEP
                      : result == VC_JSON_CHECK_INVALID_UTF8 ? VC_DECK_ERROR_INVALID_UTF8
                      : result == VC_JSON_CHECK_DUPLICATE_MEMBER ? VC_DECK_ERROR_DUPLICATE_MEMBER
                      : VC_DECK_ERROR_SYNTAX,
                   line, column, check_message, check_hint);
      return loader_finish (l, problems, error);
    }

  l->root = root;
  loader_read_deck (l, l->root);
  l->root = NULL;
  return loader_finish (l, problems, error);
}

/**
 * vc_deck_load_bytes:
 * @bytes: the contents of a deck file
 * @base_dir: (nullable): the folder that relative picture paths start from
 * @flags: how to load
 * @problems: (out) (optional) (transfer full): every problem found, errors
 *   and warnings, as a #GListModel of #VcDeckProblem
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_bytes (GBytes           *bytes,
                    const char       *base_dir,
                    VcDeckLoadFlags   flags,
                    GListModel      **problems,
                    GError          **error)
{
  g_autofree char *real_base = NULL;
  Loader l;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (base_dir != NULL)
    real_base = realpath (base_dir, NULL);

  loader_init (&l, real_base, flags);
  return load_bytes (&l, bytes, problems, error);
}

/**
 * vc_deck_read_card:
 * @node: one card of a deck, as in its "cards" list or its "closing"
 *
 * Reads one card on its own, as the loader reads it in a deck, with its
 * texts as written and no pictures, for showing it while it is written.
 * What is wrong with it is left to vc_deck_load_bytes().
 *
 * Returns: (transfer full) (nullable): the card, or %NULL if it is not
 *   one
 */
VcCard *
vc_deck_read_card (JsonNode *node)
{
  VcCard *card;
  Loader l;

  g_return_val_if_fail (node != NULL, NULL);

  loader_init (&l, NULL, VC_DECK_LOAD_NO_TRANSLATE);
  card = loader_read_card (&l, node);
  loader_clear (&l);
  return card;
}

/**
 * vc_deck_load_file:
 * @file: a deck file
 * @flags: how to load
 * @problems: (out) (optional) (transfer full): every problem found
 * @error: return location for an error
 *
 * Reads and checks a deck, blocking. Use vc_deck_load_async() from the
 * user interface.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_file (GFile            *file,
                   VcDeckLoadFlags   flags,
                   GListModel      **problems,
                   GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  Loader l;
  VcDeck *deck;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    real = realpath (path, NULL);
  dir = real ? g_path_get_dirname (real) : NULL;

  loader_init (&l, dir, flags);

  if (path == NULL)
    {
      loader_report_file (&l, VC_DECK_ERROR_IO, 0, 0,
                   _("Only decks stored on this computer can be opened."),
                   _("Save the deck into a folder on this computer first."));
      return loader_finish (&l, problems, error);
    }

  bytes = vc_json_read_file (real ? real : path, VC_JSON_READ_DEFAULT, VC_DECK_MAX_FILE_SIZE,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE,
                             &local_error);
  if (bytes == NULL)
    {
      const char *hint;

      switch (local_error->code)
        {
        case VC_DECK_ERROR_NOT_REGULAR:
          hint = _("Choose a deck file (.vcdeck).");
          break;
        case VC_DECK_ERROR_TOO_LARGE:
          hint = _("Link large pictures as files beside the deck instead of embedding them.");
          break;
        case VC_DECK_ERROR_NOT_FOUND:
          hint = _("It may have been moved, renamed or deleted. Choose the deck again from where it is now, or choose another deck.");
          break;
        default:
          hint = _("Check that the file exists and that you may read it.");
          break;
        }

      loader_report_file (&l, local_error->code, 0, 0, local_error->message, hint);
      return loader_finish (&l, problems, error);
    }

  deck = load_bytes (&l, bytes, problems, error);
  if (deck != NULL)
    deck->file = g_object_ref (file);

  return deck;
}

typedef struct
{
  GFile           *file;
  VcDeckLoadFlags  flags;
  GListModel      *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->problems);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  VcDeck *deck;

  deck = vc_deck_load_file (data->file, data->flags, &data->problems, &error);
  if (deck == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, deck, g_object_unref);
}

/**
 * vc_deck_load_async:
 * @file: a deck file
 * @flags: how to load
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the deck is read
 * @user_data: data for @callback
 *
 * Reads and checks a deck in a worker thread.
 */
void
vc_deck_load_async (GFile               *file,
                    VcDeckLoadFlags      flags,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vc_deck_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * vc_deck_load_finish:
 * @result: the result given to the callback
 * @problems: (out) (optional) (transfer full): every problem found
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it had errors
 */
VcDeck *
vc_deck_load_finish (GAsyncResult  *result,
                     GListModel   **problems,
                     GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = data->problems ? g_object_ref (data->problems)
                               : G_LIST_MODEL (g_list_store_new (VC_TYPE_DECK_PROBLEM));

  return g_task_propagate_pointer (G_TASK (result), error);
}
