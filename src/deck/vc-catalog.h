/* vc-catalog.h
 *
 * A compiled gettext catalog carried inside a deck file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VcCatalog VcCatalog;

/* Far more than the texts of any deck in any language. */
#define VC_CATALOG_MAX_SIZE (4 * 1024 * 1024)

gboolean    vc_catalog_check          (GBytes      *bytes,
                                       const char  *lang,
                                       GError     **error);

VcCatalog  *vc_catalog_new_from_bytes (GBytes      *bytes,
                                       GError     **error);
const char *vc_catalog_lookup         (VcCatalog   *self,
                                       const char  *msgid);
guint       vc_catalog_get_n_strings  (VcCatalog   *self);
void        vc_catalog_free           (VcCatalog   *self);
gboolean    vc_catalog_contains       (VcCatalog   *self,
                                       const char  *msgid);
GPtrArray  *vc_catalog_dup_msgids     (VcCatalog   *self);
GBytes     *vc_catalog_build          (GPtrArray   *msgids,
                                       GPtrArray   *msgstrs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VcCatalog, vc_catalog_free)

G_END_DECLS
