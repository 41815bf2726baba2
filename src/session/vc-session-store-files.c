/* vc-session-store-files.c
 *
 * The store's folder: the file each session has, reading the files back
 * (through the one JSON reader), and setting aside the damaged ones.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-session"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vc-session-private.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"
#include "vc-session-store-private.h"

char *
_vc_session_store_session_path (VcSessionStore *self,
              VcSession      *session,
              const char     *suffix)
{
  g_autofree char *name = g_strconcat (vc_session_get_id (session), suffix, NULL);

  return g_build_filename (self->dir_path, name, NULL);
}

/* Only names this store makes are its temporary files: anything else in
 * the folder may be someone's, and is never removed. */
static gboolean
is_temporary_name (const char *name)
{
  const char *tail;

  if (!g_str_has_prefix (name, TEMPORARY_PREFIX))
    return FALSE;

  tail = name + strlen (TEMPORARY_PREFIX);
  if (strlen (tail) != 6)
    return FALSE;
  for (const char *p = tail; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

static VcSession *
read_session_file (const char  *path,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VcSession) session = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected_name = NULL;
  const char *contents;
  gsize len, offset;

  /* Only what this app writes: a FIFO would hang the read, and a link
   * could point anywhere. The file is checked once open, so it cannot be
   * swapped for one in between. */
  bytes = vc_json_read_file (path, VC_JSON_READ_NO_LINKS, MAX_FILE_SIZE,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_REGULAR))
        g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                     _("“%s” is not a regular file."), name);
      else if (g_error_matches (local_error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE))
        g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                     _("“%s” is too large to be a saved session."), name);
      else
        g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                     _("The saved session “%s” could not be read: %s"),
                     name, local_error->message);
      return NULL;
    }

  contents = g_bytes_get_data (bytes, &len);
  if (len == 0)
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                   _("The saved session “%s” is empty."), name);
      return NULL;
    }
  if (vc_json_check (contents, len, MAX_DEPTH, &offset) == VC_JSON_CHECK_TOO_DEEP)
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                   _("The saved session “%s” is nested too deeply to be read."), name);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, contents, len, &local_error))
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                   _("The saved session “%s” is damaged: %s"),
                   name, local_error->message);
      return NULL;
    }

  session = vc_session_new_from_json (json_parser_get_root (parser), error);
  if (session == NULL)
    return NULL;

  /* A file renamed or copied by hand would be saved under another name
   * than it was read from, and two sessions would share one file. */
  expected_name = g_strconcat (vc_session_get_id (session), SESSION_SUFFIX, NULL);
  if (!g_str_equal (name, expected_name))
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_CORRUPT,
                   _("The saved session “%s” belongs in “%s”; it may be a copy."),
                   name, expected_name);
      return NULL;
    }

  return g_steal_pointer (&session);
}

/* Renames a file that could not be read out of the way, with the time in
 * its name so that nothing earlier set aside is overwritten. */
char *
_vc_session_store_set_aside (VcSessionStore *self,
           const char     *path,
           const char     *name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n < 100; n++)
    {
      g_autofree char *aside_name = NULL;
      g_autofree char *aside = NULL;

      if (n == 1)
        aside_name = g_strdup_printf ("%s.corrupt-%s", name, stamp);
      else
        aside_name = g_strdup_printf ("%s.corrupt-%s-%u", name, stamp, n);
      aside = g_build_filename (self->dir_path, aside_name, NULL);

      if (g_file_test (aside, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        continue;

      if (g_rename (path, aside) == 0)
        return g_steal_pointer (&aside);

      g_message ("Could not set aside %s: %s", path, g_strerror (errno));
      break;
    }

  /* Still reported, under its own name: never dropped in silence. */
  return g_strdup (path);
}

/**
 * vc_session_store_load:
 * @self: a #VcSessionStore
 * @error: return location for a #VcSessionError
 *
 * Reads every session in the folder, newest first, replacing what the
 * store held. Files that cannot be read are renamed aside and listed by
 * vc_session_store_get_set_aside(); sessions deleted at the last run are
 * removed for good, and temporary files left by a crash are cleaned up.
 * A folder that does not exist yet holds no sessions.
 *
 * Anything not yet saved is saved first; if that fails, nothing changes.
 *
 * Returns: %TRUE if the folder could be read
 */
gboolean
vc_session_store_load (VcSessionStore  *self,
                       GError         **error)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean owner;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!vc_session_store_flush (self, error))
    return FALSE;

  loaded = g_ptr_array_new_with_free_func (g_object_unref);
  aside = g_ptr_array_new_with_free_func (g_free);

  dir = g_dir_open (self->dir_path, 0, &local_error);
  if (dir == NULL && !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                   _("The saved sessions could not be read: %s. Check that the folder "
                     "exists and belongs to you."),
                   local_error->message);
      return FALSE;
    }

  /* Reading needs no lock; clearing up does, so that a second instance
   * never removes what the first is writing. */
  owner = dir != NULL && _vc_session_store_take_folder_lock (self, NULL);

  g_mutex_lock (&self->write_lock->mutex);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (self->dir_path, name, NULL);
      g_autoptr(GError) read_error = NULL;
      VcSession *session;

      /* A temporary file left by a crash in the middle of a save; the
       * session's own file still holds the save before it. */
      if (is_temporary_name (name))
        {
          if (owner && g_unlink (path) != 0)
            g_debug ("Could not remove %s: %s", path, g_strerror (errno));
          continue;
        }

      /* A session deleted at the last run, whose undo has passed. Only a
       * file that really is a session is removed. */
      if (g_str_has_suffix (name, DELETED_SUFFIX))
        {
          g_autofree char *live_name = g_strndup (name, strlen (name) - strlen (DELETED_SUFFIX) + strlen (SESSION_SUFFIX));
          g_autoptr(VcSession) deleted = owner ? read_session_file (path, live_name, NULL) : NULL;

          if (deleted != NULL && g_unlink (path) != 0)
            g_debug ("Could not remove %s: %s", path, g_strerror (errno));
          continue;
        }

      if (!g_str_has_suffix (name, SESSION_SUFFIX) || name[0] == '.')
        continue;

      session = read_session_file (path, name, &read_error);
      if (session != NULL)
        {
          g_ptr_array_add (loaded, session);
          continue;
        }

      /* The reason goes to the log, for whoever looks into the file. */
      g_message ("Setting aside %s: %s", path, read_error->message);
      g_ptr_array_add (aside, _vc_session_store_set_aside (self, path, name));
    }
  g_mutex_unlock (&self->write_lock->mutex);

  _vc_session_store_untrack_all (self);
  g_hash_table_remove_all (self->removed);
  g_ptr_array_sort (loaded, _vc_session_store_compare_session_pointers);
  for (guint i = 0; i < loaded->len; i++)
    _vc_session_store_track (self, g_ptr_array_index (loaded, i), FALSE);
  g_list_store_splice (self->sessions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sessions)),
                       loaded->pdata, loaded->len);

  g_ptr_array_set_size (self->set_aside, 0);
  g_ptr_array_extend_and_steal (self->set_aside, g_steal_pointer (&aside));

  return TRUE;
}

/* Moves a session's file out of the way, or back. It runs under the write
 * lock, so that a save under way cannot bring a file back after it has been
 * moved. A session removed before its first save has no file, which is no
 * error. Returns 0 or the errno of the failure. */
int
_vc_session_store_move_session_file (VcSessionStore *self,
                   VcSession      *session,
                   gboolean        aside)
{
  g_autofree char *path = _vc_session_store_session_path (self, session, SESSION_SUFFIX);
  g_autofree char *deleted = _vc_session_store_session_path (self, session, DELETED_SUFFIX);
  int saved_errno = 0;

  if (!_vc_session_store_take_folder_lock (self, NULL))
    return EWOULDBLOCK;

  g_mutex_lock (&self->write_lock->mutex);
  if (g_rename (aside ? path : deleted, aside ? deleted : path) != 0 && errno != ENOENT)
    saved_errno = errno;
  g_mutex_unlock (&self->write_lock->mutex);

  return saved_errno;
}
