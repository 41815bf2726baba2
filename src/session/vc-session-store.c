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
 * This file keeps the list and tracks each session's changes;
 * vc-session-store-files.c reads the folder, vc-session-store-write.c
 * writes the files, and vc-session-store-search.c searches them.
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

G_DEFINE_FINAL_TYPE (VcSessionStore, vc_session_store, G_TYPE_OBJECT)

enum {
  SAVED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

int
_vc_session_store_compare_session_pointers (gconstpointer a,
                          gconstpointer b)
{
  return compare_sessions (*(VcSession * const *)a, *(VcSession * const *)b, NULL);
}

static void schedule_save (Tracked *tracked);

static void
tracked_free (Tracked *tracked)
{
  g_clear_handle_id (&tracked->timeout_id, g_source_remove);
  g_clear_signal_handler (&tracked->changed_id, tracked->session);
  g_clear_object (&tracked->session);
  g_clear_pointer (&tracked->slot, _vc_session_store_save_slot_unref);
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

Tracked *
_vc_session_store_track (VcSessionStore *self,
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

void
_vc_session_store_untrack_all (VcSessionStore *self)
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

    if (!_vc_session_store_take_folder_lock (self, &error))
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
  job->path = _vc_session_store_session_path (self, tracked->session, SESSION_SUFFIX);
  job->data = _vc_session_store_serialize (tracked->session);
  job->generation = tracked->generation;

  tracked->in_flight = TRUE;

  /* No source object: the task must not keep the store alive. */
  task = g_task_new (NULL, NULL, write_done, NULL);
  g_task_set_source_tag (task, save_timeout);
  g_task_set_task_data (task, job, (GDestroyNotify)_vc_session_store_write_job_free);
  g_task_run_in_thread (task, _vc_session_store_write_thread);

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
  g_clear_pointer (&self->write_lock, _vc_session_store_write_lock_unref);
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
  self->write_lock = _vc_session_store_write_lock_new ();
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
  _vc_session_store_track (self, session, TRUE);
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

  if (!_vc_session_store_take_folder_lock (self, error))
    return FALSE;

  data = _vc_session_store_serialize (session);
  path = _vc_session_store_session_path (self, session, SESSION_SUFFIX);

  g_mutex_lock (&self->write_lock->mutex);
  ok = _vc_session_store_write_locked (self->dir_path,
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

  saved_errno = _vc_session_store_move_session_file (self, session, TRUE);
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

  saved_errno = _vc_session_store_move_session_file (self, session, FALSE);
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
  _vc_session_store_track (self, session, TRUE);

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
