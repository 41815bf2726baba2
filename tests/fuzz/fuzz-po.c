/* fuzz-po.c
 *
 * libFuzzer target: feeds arbitrary bytes, as a .po file, to the import of
 * a deck's translation, and checks that what it accepts is a catalog the
 * app can read.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "vc-catalog.h"
#include "vc-deck-translations.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GBytes) catalog = NULL;
  g_autoptr(VcCatalog) reader = NULL;
  g_autoptr(GError) error = NULL;
  VcPoCounts counts = { 0, };

  /* libgettextpo reads files only. */
  if (path == NULL)
    {
      int fd = g_file_open_tmp ("fuzz-po-XXXXXX.po", &path, NULL);

      g_assert (fd >= 0);
      close (fd);
    }
  g_assert (g_file_set_contents (path, (const char *)data, size, NULL));

  catalog = vc_po_compile_file (path, &counts, &error);
  g_assert ((catalog == NULL) != (error == NULL));
  if (catalog == NULL)
    return 0;

  g_assert (vc_catalog_check (catalog, "sv", NULL));
  reader = vc_catalog_new_from_bytes (catalog, &error);
  g_assert (reader != NULL);
  g_assert (vc_catalog_get_n_strings (reader) <= counts.n_translated);
  return 0;
}
