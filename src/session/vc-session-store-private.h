/* vc-session-store-private.h
 *
 * What the parts of the session store share: its fields, the boxes it
 * shares with its worker threads, and the functions one part offers the
 * others.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vc-session-store.h"

G_BEGIN_DECLS

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

/* vc-session-store.c */
int        _vc_session_store_compare_session_pointers (gconstpointer   a,
                                                       gconstpointer   b);
Tracked *  _vc_session_store_track (VcSessionStore *self,
                                    VcSession      *session,
                                    gboolean        dirty);
void       _vc_session_store_untrack_all (VcSessionStore *self);

/* vc-session-store-files.c */
char *     _vc_session_store_session_path (VcSessionStore *self,
                                           VcSession      *session,
                                           const char     *suffix);
char *     _vc_session_store_set_aside (VcSessionStore *self,
                                        const char     *path,
                                        const char     *name);
int        _vc_session_store_move_session_file (VcSessionStore *self,
                                                VcSession      *session,
                                                gboolean        aside);

/* vc-session-store-write.c */
void       _vc_session_store_save_slot_unref (SaveSlot       *slot);
WriteLock *_vc_session_store_write_lock_new (void);
void       _vc_session_store_write_lock_unref (WriteLock      *lock);
void       _vc_session_store_write_job_free (WriteJob       *job);
GBytes *   _vc_session_store_serialize (VcSession      *session);
gboolean   _vc_session_store_take_folder_lock (VcSessionStore *self,
                                               GError        **error);
gboolean   _vc_session_store_write_locked (const char     *dir_path,
                                           SaveSlot       *slot,
                                           const char     *path,
                                           GBytes         *data,
                                           guint64         generation,
                                           gboolean        force,
                                           GError        **error);
void       _vc_session_store_write_thread (GTask          *task,
                                           gpointer        source_object,
                                           gpointer        task_data,
                                           GCancellable   *cancellable);

G_END_DECLS
