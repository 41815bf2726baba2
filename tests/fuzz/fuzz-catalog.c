/* fuzz-catalog.c
 *
 * libFuzzer target: feeds arbitrary bytes to the reader of compiled gettext catalogs.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "vc-catalog.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcCatalog) catalog = NULL;
  g_autofree char *tail = NULL;
  const char *translation;

  catalog = vc_catalog_new_from_bytes (bytes, &error);
  g_assert ((catalog == NULL) != (error == NULL));
  if (catalog == NULL)
    return 0;

  /* Look up a string that is surely absent, and one taken from the input
   * (its last bytes, which in a .mo file usually hold a string). */
  translation = vc_catalog_lookup (catalog, "Value Cards fuzzing: not in any catalog");
  g_assert (strcmp (translation, "Value Cards fuzzing: not in any catalog") == 0);

  tail = g_strndup ((const char *)data + size - MIN (size, 32), MIN (size, 32));
  translation = vc_catalog_lookup (catalog, tail);
  g_assert (translation == tail || g_utf8_validate (translation, -1, NULL));

  g_assert (vc_catalog_get_n_strings (catalog) <= size);
  return 0;
}
