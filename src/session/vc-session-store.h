/* vc-session-store.h
 *
 * Keeps sessions on disk: saved as people type, never half-written.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-session.h"

G_BEGIN_DECLS

#define VC_TYPE_SESSION_STORE (vc_session_store_get_type ())

G_DECLARE_FINAL_TYPE (VcSessionStore, vc_session_store, VC, SESSION_STORE, GObject)

VcSessionStore *vc_session_store_new            (GFile          *dir);
GFile          *vc_session_store_dup_default_dir (void);
GFile          *vc_session_store_get_dir        (VcSessionStore *self);
gboolean        vc_session_store_load           (VcSessionStore *self,
                                                 GError        **error);
GListModel     *vc_session_store_get_sessions   (VcSessionStore *self);
GPtrArray      *vc_session_store_get_set_aside  (VcSessionStore *self);
void            vc_session_store_add            (VcSessionStore *self,
                                                 VcSession      *session);
gboolean        vc_session_store_save_now       (VcSessionStore *self,
                                                 VcSession      *session,
                                                 GError        **error);
GPtrArray      *vc_session_store_dup_unsaved    (VcSessionStore *self);
gboolean        vc_session_store_flush          (VcSessionStore *self,
                                                 GError        **error);
gboolean        vc_session_store_remove         (VcSessionStore *self,
                                                 VcSession      *session,
                                                 GError        **error);
gboolean        vc_session_store_restore        (VcSessionStore *self,
                                                 VcSession      *session,
                                                 GError        **error);
VcSession      *vc_session_store_find_previous  (VcSessionStore *self,
                                                 const char     *deck_id,
                                                 VcSessionKind   kind,
                                                 VcSession      *before);
GListModel     *vc_session_store_search         (VcSessionStore *self,
                                                 VcSessionKind   kind,
                                                 const char     *text);

G_END_DECLS
