/* vc-session-store.c
 *
 * Keeps sessions on disk: saved as people type, never half-written.
 *
 * One file per session, <id>.json, in a private folder. Every write goes to
 * a temporary file that is flushed to disk and then renamed over the old
 * one, so that a crash or a power cut leaves either the old session or the
 * new one, never a mix.
 *
 * Saving while people type happens off the main thread, because flushing
 * to disk can take long enough to stall the window on a slow disk. The
 * session is turned into text on the main thread (the model is not thread
 * safe) and each write carries a generation number: a write that finds a
 * newer one already on disk does nothing, so an old snapshot can never
 * overwrite a newer one however the threads are scheduled.
 *
 * A file that cannot be read is never deleted and never skipped in
 * silence: it is renamed aside and reported, so that a person (or
 * support) can still get at what is in it.
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
#include "vc-session-store.h"

/* Throttle rather than debounce: the first change starts the clock and
 * later ones ride along, so someone typing without pause is still saved
 * every half second instead of only when they stop. */
#define SAVE_DELAY_MS 500

/* Far beyond anything a person writes in a meeting; refusing more keeps a
 * damaged or hostile file from eating the machine's memory. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)
#define MAX_DEPTH     16

#define SESSION_SUFFIX ".json"
/* Files the store writes before renaming them into place, and its lock. */
#define TEMPORARY_PREFIX ".vc-tmp-"
#define LOCK_NAME ".lock"
#define DELETED_SUFFIX ".json.deleted"

/* What one session's file has seen. Shared with the worker threads (an
 * atomic reference-counted box), and only touched with the store's write
 * lock held. */
typedef struct
{
  guint64          written;
  gboolean         closed;
} SaveSlot;

typedef struct
{
  VcSessionStore *store;
  VcSession      *session;
  SaveSlot       *slot;
  gulong          changed_id;
  guint           timeout_id;
  guint64         generation;
  gboolean        dirty;
  gboolean        in_flight;
} Tracked;

/* The lock that serialises writes to the folder, shared with the worker
 * threads (an atomic reference-counted box) so that a store can go away
 * while a write is still under way. */
typedef struct
{
  GMutex           mutex;
} WriteLock;

typedef struct
{
  GWeakRef   store;
  WriteLock *lock;
  VcSession *session;
  SaveSlot  *slot;
  char      *dir_path;
  char      *path;
  GBytes    *data;
  guint64    generation;
} WriteJob;

struct _VcSessionStore
{
  GObject     parent_instance;

  GFile      *dir;
  char       *dir_path;
  GListStore *sessions;
  GPtrArray  *set_aside;

  /* VcSession → Tracked, for every session in the list. */
  GHashTable *tracked;

  /* Ids of the sessions removed since the last load, which must not be
   * written again unless they are restored. */
  GHashTable *removed;

  /* Serialises every write to the folder, from any thread, and the clean
   * up of temporary files, so that neither sees the other half done. */
  WriteLock  *write_lock;

  /* An advisory lock on the folder, held while this store may write to
   * it, so that a second instance of the app does not write the same
   * files; -1 while it is not held. */
  int         folder_lock;
};

G_DEFINE_FINAL_TYPE (VcSessionStore, vc_session_store, G_TYPE_OBJECT)

enum {
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save_slot_unref (SaveSlot *slot)
{
  g_atomic_rc_box_release (slot);
}

static WriteLock *
write_lock_new (void)
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

static void
write_lock_unref (WriteLock *lock)
{
  g_atomic_rc_box_release_full (lock, (GDestroyNotify)write_lock_clear);
}

static void
write_job_free (WriteJob *job)
{
  g_weak_ref_clear (&job->store);
  g_clear_pointer (&job->lock, write_lock_unref);
  g_clear_pointer (&job->dir_path, g_free);
  g_clear_object (&job->session);
  g_clear_pointer (&job->slot, save_slot_unref);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_free (job);
}

static char *
session_path (VcSessionStore *self,
              VcSession      *session,
              const char     *suffix)
{
  g_autofree char *name = g_strconcat (vc_session_get_id (session), suffix, NULL);

  return g_build_filename (self->dir_path, name, NULL);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  VcSession *x = (VcSession *)a;
  VcSession *y = (VcSession *)b;
  int cmp;

  /* Newest first; the id breaks ties so that the order never flickers. */
  cmp = g_date_time_compare (vc_session_get_started (y), vc_session_get_started (x));
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (vc_session_get_id (x), vc_session_get_id (y));
}

static int
compare_session_pointers (gconstpointer a,
                          gconstpointer b)
{
  return compare_sessions (*(VcSession * const *)a, *(VcSession * const *)b, NULL);
}

static GBytes *
serialize (VcSession *session)
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
static gboolean
take_folder_lock (VcSessionStore  *self,
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
static gboolean
write_locked (const char  *dir_path,
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

static void schedule_save (Tracked *tracked);

static void
tracked_free (Tracked *tracked)
{
  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  g_clear_signal_handler (&tracked->changed_id, tracked->session);
  g_clear_object (&tracked->session);
  g_clear_pointer (&tracked->slot, save_slot_unref);
  g_free (tracked);
}

static void
on_session_changed (VcSession *session,
                    Tracked   *tracked)
{
  tracked->generation++;
  tracked->dirty = TRUE;
  schedule_save (tracked);
}

static Tracked *
track (VcSessionStore *self,
       VcSession      *session,
       gboolean        dirty)
{
  Tracked *tracked = g_new0 (Tracked, 1);

  tracked->store = self;
  tracked->session = g_object_ref (session);
  tracked->slot = g_atomic_rc_box_new0 (SaveSlot);
  tracked->changed_id = g_signal_connect (session, "changed",
                                          G_CALLBACK (on_session_changed), tracked);
  g_hash_table_insert (self->tracked, session, tracked);

  if (dirty)
    on_session_changed (session, tracked);

  return tracked;
}

/* Stops saving a session; a write already under way is let through or
 * dropped, but never lands after this returns. */
static void
untrack (VcSessionStore *self,
         VcSession      *session)
{
  Tracked *tracked = g_hash_table_lookup (self->tracked, session);

  if (tracked == NULL)
    return;

  g_mutex_lock (&self->write_lock->mutex);
  tracked->slot->closed = TRUE;
  g_mutex_unlock (&self->write_lock->mutex);

  g_hash_table_remove (self->tracked, session);
}

static void
untrack_all (VcSessionStore *self)
{
  GHashTableIter iter;
  Tracked *tracked;

  g_mutex_lock (&self->write_lock->mutex);
  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&tracked))
    tracked->slot->closed = TRUE;
  g_mutex_unlock (&self->write_lock->mutex);

  g_hash_table_remove_all (self->tracked);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  g_mutex_lock (&job->lock->mutex);
  ok = write_locked (job->dir_path, job->slot, job->path, job->data,
                     job->generation, FALSE, &error);
  g_mutex_unlock (&job->lock->mutex);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(VcSessionStore) self = NULL;
  g_autoptr(GError) error = NULL;
  Tracked *tracked;
  gboolean ok;

  ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* The store is gone (it saved everything as it went), the session was
   * removed, or the store reloaded meanwhile: nothing more to do. */
  self = g_weak_ref_get (&job->store);
  if (self == NULL || self->tracked == NULL)
    return;
  tracked = g_hash_table_lookup (self->tracked, job->session);
  if (tracked == NULL || tracked->slot != job->slot)
    return;

  tracked->in_flight = FALSE;

  if (ok && job->generation == tracked->generation)
    tracked->dirty = FALSE;

  if (ok && !tracked->dirty)
    g_signal_emit (self, signals[SAVED], 0, tracked->session);
  else if (!ok && tracked->dirty)
    {
      if (g_signal_has_handler_pending (self, signals[SAVE_FAILED], 0, FALSE))
        g_signal_emit (self, signals[SAVE_FAILED], 0, tracked->session, error);
      else
        g_message ("%s", error->message);
    }

  /* Changes made while the write was under way go out now; after a failed
   * write only a new change tries again, so a full disk is not hammered. */
  if (tracked->dirty && (ok || job->generation < tracked->generation))
    schedule_save (tracked);
}

static gboolean
save_timeout (gpointer user_data)
{
  Tracked *tracked = user_data;
  VcSessionStore *self = tracked->store;
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  tracked->timeout_id = 0;

  if (!tracked->dirty || tracked->in_flight)
    return G_SOURCE_REMOVE;

  {
    g_autoptr(GError) error = NULL;

    if (!take_folder_lock (self, &error))
      {
        if (g_signal_has_handler_pending (self, signals[SAVE_FAILED], 0, FALSE))
          g_signal_emit (self, signals[SAVE_FAILED], 0, tracked->session, error);
        else
          g_message ("%s", error->message);
        return G_SOURCE_REMOVE;
      }
  }

  job = g_new0 (WriteJob, 1);
  g_weak_ref_init (&job->store, self);
  job->lock = g_atomic_rc_box_acquire (self->write_lock);
  job->dir_path = g_strdup (self->dir_path);
  job->session = g_object_ref (tracked->session);
  job->slot = g_atomic_rc_box_acquire (tracked->slot);
  job->path = session_path (self, tracked->session, SESSION_SUFFIX);
  job->data = serialize (tracked->session);
  job->generation = tracked->generation;

  tracked->in_flight = TRUE;

  /* No source object: the task must not keep the store alive. */
  task = g_task_new (NULL, NULL, write_done, NULL);
  g_task_set_source_tag (task, save_timeout);
  g_task_set_task_data (task, job, (GDestroyNotify)write_job_free);
  g_task_run_in_thread (task, write_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (Tracked *tracked)
{
  /* The write under way reschedules when it is done. */
  if (tracked->timeout_id != 0 || tracked->in_flight)
    return;

  tracked->timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout, tracked);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, tracked->timeout_id),
                            "[vc-session] autosave");
}

static void
vc_session_store_dispose (GObject *object)
{
  VcSessionStore *self = (VcSessionStore *)object;

  /* A last chance for anything not yet saved, for a caller that forgot to
   * flush. A write still under way is let finish: it can only add to what
   * is on disk, never go back. */
  if (self->tracked != NULL && g_hash_table_size (self->tracked) > 0)
    {
      g_autoptr(GError) error = NULL;

      if (!vc_session_store_flush (self, &error))
        g_message ("%s", error->message);
    }

  g_clear_pointer (&self->tracked, g_hash_table_unref);
  if (self->sessions != NULL)
    g_list_store_remove_all (self->sessions);

  G_OBJECT_CLASS (vc_session_store_parent_class)->dispose (object);
}

static void
vc_session_store_finalize (GObject *object)
{
  VcSessionStore *self = (VcSessionStore *)object;

  g_clear_object (&self->dir);
  g_clear_pointer (&self->dir_path, g_free);
  g_clear_object (&self->sessions);
  g_clear_pointer (&self->set_aside, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_hash_table_unref);
  g_clear_pointer (&self->write_lock, write_lock_unref);
  if (self->folder_lock >= 0)
    close (self->folder_lock);

  G_OBJECT_CLASS (vc_session_store_parent_class)->finalize (object);
}

static void
vc_session_store_class_init (VcSessionStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vc_session_store_dispose;
  object_class->finalize = vc_session_store_finalize;

  /**
   * VcSessionStore::saved:
   * @self: a #VcSessionStore
   * @session: the session
   *
   * Emitted when everything in @session is on disk.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VC_TYPE_SESSION);

  /**
   * VcSessionStore::save-failed:
   * @self: a #VcSessionStore
   * @session: the session
   * @error: a %VC_SESSION_ERROR_IO error that says what to do
   *
   * Emitted when saving @session as it changed failed. The session stays
   * unsaved, and its next change tries again.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, VC_TYPE_SESSION, G_TYPE_ERROR);
}

static void
vc_session_store_init (VcSessionStore *self)
{
  self->sessions = g_list_store_new (VC_TYPE_SESSION);
  self->set_aside = g_ptr_array_new_with_free_func (g_free);
  self->tracked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)tracked_free);
  self->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->write_lock = write_lock_new ();
  self->folder_lock = -1;
}

/**
 * vc_session_store_new:
 * @dir: (nullable): the folder to keep sessions in, or %NULL for
 *   vc_session_store_dup_default_dir()
 *
 * Returns: (transfer full): a store with no sessions; call
 *   vc_session_store_load() to read the folder
 */
VcSessionStore *
vc_session_store_new (GFile *dir)
{
  VcSessionStore *self;

  g_return_val_if_fail (dir == NULL || G_IS_FILE (dir), NULL);

  self = g_object_new (VC_TYPE_SESSION_STORE, NULL);
  self->dir = dir != NULL ? g_object_ref (dir) : vc_session_store_dup_default_dir ();
  self->dir_path = g_file_get_path (self->dir);
  if (self->dir_path == NULL)
    {
      /* Sessions are only ever kept on a local disk. */
      g_critical ("The sessions folder must be a local path");
      self->dir_path = g_file_get_parse_name (self->dir);
    }

  return self;
}

/**
 * vc_session_store_dup_default_dir:
 *
 * Returns: (transfer full): the folder sessions are kept in by default,
 *   value-cards/sessions in the user's data folder
 */
GFile *
vc_session_store_dup_default_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "value-cards",
                                            "sessions", NULL);

  return g_file_new_for_path (path);
}

/**
 * vc_session_store_get_dir:
 * @self: a #VcSessionStore
 *
 * Returns: (transfer none): the folder sessions are kept in
 */
GFile *
vc_session_store_get_dir (VcSessionStore *self)
{
  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  return self->dir;
}

/**
 * vc_session_store_get_sessions:
 * @self: a #VcSessionStore
 *
 * Returns: (transfer none): the sessions, as #VcSession, newest first
 */
GListModel *
vc_session_store_get_sessions (VcSessionStore *self)
{
  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  return G_LIST_MODEL (self->sessions);
}

/**
 * vc_session_store_get_set_aside:
 * @self: a #VcSessionStore
 *
 * Returns: (transfer none) (element-type filename): the paths the files
 *   that could not be read at the last load were renamed to, for the user
 *   to be told about
 */
GPtrArray *
vc_session_store_get_set_aside (VcSessionStore *self)
{
  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  return self->set_aside;
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
static char *
set_aside (VcSessionStore *self,
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
  owner = dir != NULL && take_folder_lock (self, NULL);

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
      g_ptr_array_add (aside, set_aside (self, path, name));
    }
  g_mutex_unlock (&self->write_lock->mutex);

  untrack_all (self);
  g_hash_table_remove_all (self->removed);
  g_ptr_array_sort (loaded, compare_session_pointers);
  for (guint i = 0; i < loaded->len; i++)
    track (self, g_ptr_array_index (loaded, i), FALSE);
  g_list_store_splice (self->sessions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sessions)),
                       loaded->pdata, loaded->len);

  g_ptr_array_set_size (self->set_aside, 0);
  g_ptr_array_extend_and_steal (self->set_aside, g_steal_pointer (&aside));

  return TRUE;
}

static gboolean
find_session (VcSessionStore *self,
              VcSession      *session,
              guint          *position)
{
  return g_list_store_find (self->sessions, session, position);
}

/**
 * vc_session_store_add:
 * @self: a #VcSessionStore
 * @session: a new session
 *
 * Adds @session to the list, newest first, so a new session goes to the
 * top; it is saved shortly, and again whenever it changes.
 */
void
vc_session_store_add (VcSessionStore *self,
                      VcSession      *session)
{
  guint position;

  g_return_if_fail (VC_IS_SESSION_STORE (self));
  g_return_if_fail (VC_IS_SESSION (session));

  if (find_session (self, session, &position))
    return;

  /* A new session is the newest and lands at the top; one made from an
   * older file still takes its place by date. */
  g_list_store_insert_sorted (self->sessions, session, compare_sessions, NULL);
  track (self, session, TRUE);
}

/**
 * vc_session_store_save_now:
 * @self: a #VcSessionStore
 * @session: a session
 * @error: return location for a %VC_SESSION_ERROR_IO error
 *
 * Writes @session to disk at once, completely or not at all. If it fails,
 * @session stays unsaved and its next change tries again. A session that
 * was removed is not written.
 *
 * Returns: %TRUE if @session is on disk
 */
gboolean
vc_session_store_save_now (VcSessionStore  *self,
                           VcSession       *session,
                           GError         **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *path = NULL;
  Tracked *tracked;
  gboolean ok;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), FALSE);
  g_return_val_if_fail (VC_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Writing it would bring it back at the next start. */
  if (g_hash_table_contains (self->removed, vc_session_get_id (session)))
    return TRUE;

  tracked = g_hash_table_lookup (self->tracked, session);
  if (tracked != NULL)
    g_clear_handle_id (&tracked->timeout_id, g_source_remove);

  if (!take_folder_lock (self, error))
    return FALSE;

  data = serialize (session);
  path = session_path (self, session, SESSION_SUFFIX);

  g_mutex_lock (&self->write_lock->mutex);
  ok = write_locked (self->dir_path,
                     tracked != NULL ? tracked->slot : NULL,
                     path, data,
                     tracked != NULL ? tracked->generation : 0,
                     TRUE, error);
  g_mutex_unlock (&self->write_lock->mutex);

  if (tracked == NULL)
    return ok;

  if (ok)
    {
      tracked->dirty = FALSE;
      g_signal_emit (self, signals[SAVED], 0, session);
    }

  return ok;
}

/**
 * vc_session_store_dup_unsaved:
 * @self: a #VcSessionStore
 *
 * Returns: (transfer container) (element-type VcSession): the sessions
 *   with changes that are not on disk yet, oldest first
 */
GPtrArray *
vc_session_store_dup_unsaved (VcSessionStore *self)
{
  GPtrArray *unsaved = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), unsaved);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      Tracked *tracked = g_hash_table_lookup (self->tracked, session);

      if (tracked != NULL && tracked->dirty)
        g_ptr_array_add (unsaved, g_steal_pointer (&session));
    }

  return unsaved;
}

/**
 * vc_session_store_flush:
 * @self: a #VcSessionStore
 * @error: return location for the first %VC_SESSION_ERROR_IO error
 *
 * Saves every session with unsaved changes, now. Called when the app quits.
 *
 * Returns: %TRUE if everything is on disk
 */
gboolean
vc_session_store_flush (VcSessionStore  *self,
                        GError         **error)
{
  g_autoptr(GPtrArray) dirty = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  Tracked *tracked;
  gboolean ok = TRUE;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->tracked == NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, self->tracked);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&tracked))
    if (tracked->dirty)
      g_ptr_array_add (dirty, g_object_ref (tracked->session));

  /* Every one is tried, so that one bad file does not keep the others
   * from being saved; the first failure is the one reported. */
  for (guint i = 0; i < dirty->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!vc_session_store_save_now (self, g_ptr_array_index (dirty, i), &local_error))
        {
          if (ok)
            g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
        }
    }

  return ok;
}

/* Moves a session's file out of the way, or back. It runs under the write
 * lock, so that a save under way cannot bring a file back after it has been
 * moved. A session removed before its first save has no file, which is no
 * error. Returns 0 or the errno of the failure. */
static int
move_session_file (VcSessionStore *self,
                   VcSession      *session,
                   gboolean        aside)
{
  g_autofree char *path = session_path (self, session, SESSION_SUFFIX);
  g_autofree char *deleted = session_path (self, session, DELETED_SUFFIX);
  int saved_errno = 0;

  if (!take_folder_lock (self, NULL))
    return EWOULDBLOCK;

  g_mutex_lock (&self->write_lock->mutex);
  if (g_rename (aside ? path : deleted, aside ? deleted : path) != 0 && errno != ENOENT)
    saved_errno = errno;
  g_mutex_unlock (&self->write_lock->mutex);

  return saved_errno;
}

/**
 * vc_session_store_remove:
 * @self: a #VcSessionStore
 * @session: a session in the store
 * @error: return location for a %VC_SESSION_ERROR_IO error
 *
 * Takes @session out of the list and its file out of the way, so that
 * vc_session_store_restore() can still bring it back; it is gone for good
 * at the next vc_session_store_load().
 *
 * Returns: %TRUE if @session was removed
 */
gboolean
vc_session_store_remove (VcSessionStore  *self,
                         VcSession       *session,
                         GError         **error)
{
  guint position;
  int saved_errno;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), FALSE);
  g_return_val_if_fail (VC_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_session (self, session, &position))
    return TRUE;

  saved_errno = move_session_file (self, session, TRUE);
  if (saved_errno != 0)
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                   _("The session could not be deleted: %s. Check that the folder “%s” "
                     "belongs to you."),
                   g_strerror (saved_errno), self->dir_path);
      return FALSE;
    }

  untrack (self, session);
  g_hash_table_add (self->removed, g_strdup (vc_session_get_id (session)));
  g_list_store_remove (self->sessions, position);

  return TRUE;
}

/**
 * vc_session_store_restore:
 * @self: a #VcSessionStore
 * @session: a session removed with vc_session_store_remove()
 * @error: return location for a %VC_SESSION_ERROR_IO error
 *
 * Undoes vc_session_store_remove(): puts the file back and the session in
 * its place in the list, and saves it as it is now.
 *
 * Returns: %TRUE if @session is back
 */
gboolean
vc_session_store_restore (VcSessionStore  *self,
                          VcSession       *session,
                          GError         **error)
{
  guint position;
  int saved_errno;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), FALSE);
  g_return_val_if_fail (VC_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_session (self, session, &position))
    return TRUE;

  saved_errno = move_session_file (self, session, FALSE);
  if (saved_errno != 0)
    {
      g_set_error (error, VC_SESSION_ERROR, VC_SESSION_ERROR_IO,
                   _("The session could not be restored: %s. Check that the folder “%s” "
                     "belongs to you."),
                   g_strerror (saved_errno), self->dir_path);
      return FALSE;
    }

  g_hash_table_remove (self->removed, vc_session_get_id (session));
  g_list_store_insert_sorted (self->sessions, session, compare_sessions, NULL);
  /* Whatever changed since it was removed is saved too. */
  track (self, session, TRUE);

  return TRUE;
}

/**
 * vc_session_store_find_previous:
 * @self: a #VcSessionStore
 * @deck_id: a deck's id
 * @kind: a meeting or a reflection
 * @before: (nullable): a session, or %NULL for the newest of all
 *
 * Finds the last time the same deck was played the same way to its end, to
 * offer what was carried over from it. A session left unfinished is passed
 * over: what it carried over was never agreed on.
 *
 * Returns: (transfer none) (nullable): the newest finished session with
 *   @deck_id and @kind that started before @before
 */
VcSession *
vc_session_store_find_previous (VcSessionStore *self,
                                const char     *deck_id,
                                VcSessionKind   kind,
                                VcSession      *before)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  g_return_val_if_fail (deck_id != NULL, NULL);
  g_return_val_if_fail (before == NULL || VC_IS_SESSION (before), NULL);

  model = G_LIST_MODEL (self->sessions);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (model, i);

      if (session == before)
        continue;
      if (vc_session_get_kind (session) != kind ||
          g_strcmp0 (vc_session_get_deck_id (session), deck_id) != 0)
        continue;
      if (vc_session_get_ended (session) == NULL)
        continue;
      if (before != NULL &&
          g_date_time_compare (vc_session_get_started (session),
                               vc_session_get_started (before)) >= 0)
        continue;

      /* The list is newest first, so the first match is the one. */
      return session;
    }

  return NULL;
}

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  /* The same letter typed composed or decomposed must still match. */
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
text_matches (const char *haystack,
              const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = fold (haystack);
  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
session_matches (VcSession  *session,
                 const char *needle)
{
  g_auto(GStrv) card_ids = NULL;
  g_autoptr(GArray) answered = NULL;
  const char * const *items;
  GPtrArray *pairs;

  if (text_matches (vc_session_get_deck_title (session), needle))
    return TRUE;

  card_ids = vc_session_dup_card_ids_with_notes (session);
  for (guint i = 0; card_ids[i] != NULL; i++)
    if (text_matches (vc_session_get_notes (session, card_ids[i]), needle))
      return TRUE;

  pairs = vc_session_get_pairs (session);
  for (guint i = 0; i < pairs->len; i++)
    if (text_matches (((VcPair *)g_ptr_array_index (pairs, i))->reason, needle))
      return TRUE;

  answered = _vc_session_dup_answered (session);
  for (guint i = 0; i < answered->len; i++)
    if (text_matches (vc_session_get_answer (session, g_array_index (answered, guint, i)), needle))
      return TRUE;

  items = vc_session_get_carry_over (session);
  for (guint i = 0; items[i] != NULL; i++)
    if (text_matches (items[i], needle))
      return TRUE;

  return FALSE;
}

/**
 * vc_session_store_search:
 * @self: a #VcSessionStore
 * @kind: meetings or reflections
 * @text: (nullable): what to look for, in any case
 *
 * Returns: (transfer full): a new list of the sessions of @kind whose deck
 *   title, notes, reasons, answers or carried-over items contain @text,
 *   newest first; all of them if @text is empty
 */
GListModel *
vc_session_store_search (VcSessionStore *self,
                         VcSessionKind   kind,
                         const char     *text)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *needle = NULL;
  GListStore *result;
  GListModel *model;
  guint n;

  g_return_val_if_fail (VC_IS_SESSION_STORE (self), NULL);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), NULL);

  if (text != NULL && text[0] != '\0')
    needle = fold (text);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  model = G_LIST_MODEL (self->sessions);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (model, i);

      if (vc_session_get_kind (session) != kind)
        continue;
      if (needle != NULL && !session_matches (session, needle))
        continue;

      g_ptr_array_add (found, g_steal_pointer (&session));
    }

  result = g_list_store_new (VC_TYPE_SESSION);
  g_list_store_splice (result, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (result);
}
