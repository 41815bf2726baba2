/* vc-session-store-write.c
 *
 * Writing a session file so that it is never half written: a temporary
 * file beside it, flushed and renamed over it, one write at a time, in a
 * worker thread, under a lock on the folder that a second instance of the
 * app respects.
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

void
_vc_session_store_save_slot_unref (SaveSlot *slot)
{
  g_atomic_rc_box_release (slot);
}

WriteLock *
_vc_session_store_write_lock_new (void)
{
  WriteLock *lock = g_atomic_rc_box_new0 (WriteLock);

  g_mutex_init (&lock->mutex);
  return lock;
}

static void
write_lock_clear (WriteLock *lock)
{
  g_mutex_clear (&lock->mutex);
}

void
_vc_session_store_write_lock_unref (WriteLock *lock)
{
  g_atomic_rc_box_release_full (lock, (GDestroyNotify)write_lock_clear);
}

void
_vc_session_store_write_job_free (WriteJob *job)
{
  g_weak_ref_clear (&job->store);
  g_clear_pointer (&job->lock, _vc_session_store_write_lock_unref);
  g_clear_pointer (&job->dir_path, g_free);
  g_clear_object (&job->session);
  g_clear_pointer (&job->slot, _vc_session_store_save_slot_unref);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_free (job);
}

GBytes *
_vc_session_store_serialize (VcSession *session)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = vc_session_to_json (session);
  char *data;
  gsize len;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &len);

  return g_bytes_new_take (data, len);
}

static void
set_write_error (GError     **error,
                 const char  *dir_path,
                 GError      *cause)
{
  if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                 _("The session could not be saved because the disk is full. Free some "
                   "space, for example by emptying the trash; what you have written is "
                   "kept while Value Cards is open and saved with your next change."));
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ROFS) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
    g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                 _("The session could not be saved because the folder “%s” cannot be "
                   "written to (%s). Check that it exists and belongs to you; what you have "
                   "written is kept while Value Cards is open and saved with your next "
                   "change."),
                 dir_path, cause->message);
  else
    g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                 _("The session could not be saved (%s). What you have written is kept "
                   "while Value Cards is open and saved with your next change; if this "
                   "goes on, export the session before you quit."),
                 cause->message);
}

static void
set_errno_write_error (GError     **error,
                       const char  *dir_path,
                       int          saved_errno)
{
  g_autoptr(GError) cause = NULL;

  cause = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
  set_write_error (error, dir_path, cause);
}

/* Takes the folder's lock if this store does not hold it yet. Another
 * instance holding it is not an error to hide: this store then writes
 * nothing, says why, and tries again at the next change. */
gboolean
_vc_session_store_take_folder_lock (VcSessionStore  *self,
                  GError         **error)
{
  g_autofree char *path = NULL;
  int fd;

  if (self->folder_lock >= 0)
    return TRUE;

  if (g_mkdir_with_parents (self->dir_path, 0700) != 0)
    {
      set_errno_write_error (error, self->dir_path, errno);
      return FALSE;
    }

  path = g_build_filename (self->dir_path, LOCK_NAME, NULL);
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      set_errno_write_error (error, self->dir_path, errno);
      return FALSE;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      g_set_error_literal (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                           _("Another Value Cards window is using the saved sessions, so this "
                             "one cannot save. What you have written is kept while this window "
                             "is open; close the other window, and it is saved with your next "
                             "change."));
      return FALSE;
    }

  self->folder_lock = fd;
  return TRUE;
}

/* Writes @data to @path through a temporary file of a name only this store
 * uses, so that at start it can tell its own leftovers from anything else
 * in the folder. */
static gboolean
replace_contents (const char  *dir_path,
                  const char  *path,
                  const char  *contents,
                  gsize        len,
                  GError     **error)
{
  g_autofree char *tmp = g_build_filename (dir_path, TEMPORARY_PREFIX "XXXXXX", NULL);
  gsize done = 0;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    goto failed;

  while (done < len)
    {
      gssize n = write (fd, contents + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed;
      done += n;
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;

  if (g_rename (tmp, path) != 0)
    goto failed;

  return TRUE;

failed:
  {
    int saved_errno = errno;

    if (fd >= 0)
      close (fd);
    g_unlink (tmp);
    g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                         g_strerror (saved_errno));
    return FALSE;
  }
}

/* Writes one snapshot, with the write lock held. A @slot (when given)
 * makes an older generation than the one on disk a no-op. */
gboolean
_vc_session_store_write_locked (const char  *dir_path,
              SaveSlot    *slot,
              const char  *path,
              GBytes      *data,
              guint64      generation,
              gboolean     force,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const char *contents = g_bytes_get_data (data, &len);

  if (slot != NULL && (slot->closed || (!force && generation <= slot->written)))
    return TRUE;

  if (g_mkdir_with_parents (dir_path, 0700) != 0)
    {
      set_errno_write_error (error, dir_path, errno);
      return FALSE;
    }

  if (!replace_contents (dir_path, path, contents, len, &local_error))
    {
      set_write_error (error, dir_path, local_error);
      return FALSE;
    }

  if (slot != NULL)
    slot->written = MAX (slot->written, generation);
  return TRUE;
}

void
_vc_session_store_write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  g_mutex_lock (&job->lock->mutex);
  ok = _vc_session_store_write_locked (job->dir_path, job->slot, job->path, job->data,
                     job->generation, FALSE, &error);
  g_mutex_unlock (&job->lock->mutex);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}
