/* vc-deck-draft.c
 *
 * Drafts: what an editor has typed, kept safe until it is saved.
 *
 * While a deck is edited, its current state is written to a draft in the
 * user's data folder about a second after each change. Saving the deck or
 * discarding the changes removes the draft; if the app stops before
 * either, the draft is still there the next time, and the editor offers
 * it back. A draft is one JSON file, saved the same atomic way as a deck:
 *
 *   { "draft-of": "file:///…/our-values.vcdeck" or null,
 *     "changed": "2026-12-05T10:00:00Z",
 *     "deck": { …the deck… } }
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vc-deck-document-private.h"
#include "vc-deck-draft.h"
#include "vc-deck-error.h"
#include "vc-deck-writer.h"
#include "vc-json-reader.h"

#define DRAFT_DELAY_MS 1000
#define DRAFT_SUFFIX ".vcdraft"

typedef struct
{
  char     *path;
  gboolean  enabled;
} DraftState;

static void
draft_state_free (gpointer data)
{
  DraftState *state = data;

  g_free (state->path);
  g_free (state);
}

static DraftState *
get_state (VcDeckDocument *self)
{
  return g_object_get_data (G_OBJECT (self), "vc-draft-state");
}

char *
vc_deck_draft_dup_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "value-cards", "drafts", NULL);
}

static char *
draft_path_for (VcDeckDocument *self)
{
  g_autofree char *folder = vc_deck_draft_dup_folder ();
  g_autofree char *name = NULL;
  GFile *file = vc_deck_document_get_file (self);

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
    }
  else
    name = g_uuid_string_random ();

  return g_strconcat (folder, G_DIR_SEPARATOR_S, name, DRAFT_SUFFIX, NULL);
}

/**
 * vc_deck_document_write_draft:
 * @self: a #VcDeckDocument
 * @error: return location for an error
 *
 * Writes the draft now, as the timer would.
 */
gboolean
vc_deck_document_write_draft (VcDeckDocument  *self,
                              GError         **error)
{
  DraftState *state = get_state (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *deck = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *escaped_uri = NULL;
  g_autofree char *data = NULL;
  GFile *file;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  folder = g_path_get_dirname (state->path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("The draft folder cannot be made: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  /* The deck's own canonical text, indented one level inside the draft. */
  deck = vc_deck_document_dup_data (self, NULL);
  {
    g_auto(GStrv) lines = g_strsplit (g_strchomp (deck), "\n", -1);
    g_autofree char *joined = g_strjoinv ("\n  ", lines);

    g_free (deck);
    deck = g_steal_pointer (&joined);
  }

  file = vc_deck_document_get_file (self);
  if (file != NULL)
    {
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonGenerator) generator = json_generator_new ();

      uri = g_file_get_uri (file);
      node = json_node_init_string (json_node_alloc (), uri);
      json_generator_set_root (generator, node);
      escaped_uri = json_generator_to_data (generator, NULL);
    }
  changed = g_date_time_format_iso8601 (now);

  data = g_strdup_printf ("{\n  \"draft-of\": %s,\n  \"changed\": \"%s\",\n  \"deck\": %s\n}\n",
                          escaped_uri ? escaped_uri : "null", changed, deck);
  return vc_deck_save_atomically (state->path, data, strlen (data), error);
}

static gboolean
on_draft_timeout (gpointer user_data)
{
  VcDeckDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!vc_deck_document_write_draft (self, &error))
    g_warning ("The draft could not be written: %s", error->message);
  return G_SOURCE_REMOVE;
}

void
vc_deck_document_schedule_draft (VcDeckDocument *self)
{
  DraftState *state = get_state (self);

  if (state == NULL || !state->enabled)
    return;
  vc_deck_document_start_draft_timer (self, DRAFT_DELAY_MS, on_draft_timeout);
}

/**
 * vc_deck_document_set_autosave:
 * @self: a #VcDeckDocument
 * @autosave: whether to keep a draft while the deck is edited
 *
 * The draft is written about a second after a change; it needs the
 * thread's main loop to run.
 */
void
vc_deck_document_set_autosave (VcDeckDocument *self,
                               gboolean        autosave)
{
  DraftState *state;

  g_return_if_fail (VC_IS_DECK_DOCUMENT (self));

  state = get_state (self);
  if (state == NULL)
    {
      state = g_new0 (DraftState, 1);
      state->path = draft_path_for (self);
      g_object_set_data_full (G_OBJECT (self), "vc-draft-state", state, draft_state_free);
    }
  state->enabled = autosave;
  if (!autosave)
    vc_deck_document_clear_draft_source (self);
}

/**
 * vc_deck_document_get_draft_path:
 * @self: a #VcDeckDocument
 *
 * Returns: (nullable): where the draft is kept, if autosave was turned on
 */
const char *
vc_deck_document_get_draft_path (VcDeckDocument *self)
{
  DraftState *state;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  state = get_state (self);
  return state ? state->path : NULL;
}

/**
 * vc_deck_document_discard_draft:
 * @self: a #VcDeckDocument
 *
 * Removes the draft, once the deck is saved or its changes are thrown
 * away on purpose.
 */
void
vc_deck_document_discard_draft (VcDeckDocument *self)
{
  DraftState *state;

  g_return_if_fail (VC_IS_DECK_DOCUMENT (self));

  state = get_state (self);
  if (state == NULL)
    return;
  vc_deck_document_clear_draft_source (self);
  g_unlink (state->path);
}

void
vc_deck_draft_free (VcDeckDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->path);
  g_free (draft->title);
  g_clear_object (&draft->file);
  g_clear_pointer (&draft->changed, g_date_time_unref);
  g_free (draft);
}

static JsonNode *
read_draft (const char  *path,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  /* A draft holds a whole deck, pictures and all. */
  bytes = vc_json_read_file (path, VC_JSON_READ_NO_LINKS, VC_DECK_MAX_FILE_SIZE + 4096,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE, error);
  if (bytes == NULL)
    return NULL;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      json_object_get_member (json_node_get_object (root), "deck") == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "deck")))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX,
                   _("The draft is damaged and cannot be restored."));
      return NULL;
    }
  return json_node_ref (root);
}

/**
 * vc_deck_drafts_list:
 *
 * Returns: (transfer full) (element-type VcDeckDraft): the drafts left
 *   from editing that did not end, newest first
 */
GPtrArray *
vc_deck_drafts_list (void)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_deck_draft_free);
  g_autofree char *folder = vc_deck_draft_dup_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(JsonNode) root = NULL;
      JsonObject *object, *deck;
      VcDeckDraft *draft;
      const char *text;

      if (!g_str_has_suffix (name, DRAFT_SUFFIX))
        continue;
      path = g_build_filename (folder, name, NULL);
      if ((root = read_draft (path, NULL)) == NULL)
        continue;

      object = json_node_get_object (root);
      deck = json_object_get_object_member (object, "deck");
      draft = g_new0 (VcDeckDraft, 1);
      draft->path = g_steal_pointer (&path);
      text = json_object_get_string_member_with_default (object, "draft-of", NULL);
      draft->file = text ? g_file_new_for_uri (text) : NULL;
      text = json_object_get_string_member_with_default (object, "changed", NULL);
      draft->changed = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
      if (json_object_has_member (deck, "title") &&
          json_node_get_value_type (json_object_get_member (deck, "title")) == G_TYPE_STRING)
        draft->title = g_strdup (json_object_get_string_member (deck, "title"));
      g_ptr_array_add (drafts, draft);
    }
  return drafts;
}

/**
 * vc_deck_document_new_from_draft:
 * @draft_path: a draft's file
 * @error: return location for an error
 *
 * Opens the deck as the draft has it, as a changed document of the file
 * the draft was made for, with autosave on into the same draft.
 *
 * Returns: (transfer full): the document, or %NULL
 */
VcDeckDocument *
vc_deck_document_new_from_draft (const char  *draft_path,
                                 GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  VcDeckDocument *self;
  JsonObject *object;
  const char *uri;
  g_autoptr(GFile) file = NULL;
  DraftState *state;

  g_return_val_if_fail (draft_path != NULL, NULL);

  if ((root = read_draft (draft_path, error)) == NULL)
    return NULL;

  object = json_node_get_object (root);
  uri = json_object_get_string_member_with_default (object, "draft-of", NULL);
  if (uri != NULL)
    file = g_file_new_for_uri (uri);

  self = vc_deck_document_new_for_root (json_node_ref (json_object_get_member (object, "deck")), file);
  vc_deck_document_mark_unsaved (self);

  state = g_new0 (DraftState, 1);
  state->path = g_strdup (draft_path);
  state->enabled = TRUE;
  g_object_set_data_full (G_OBJECT (self), "vc-draft-state", state, draft_state_free);
  return self;
}
