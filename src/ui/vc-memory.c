/* vc-memory.c
 *
 * Gives memory that has been freed back to the system once the app has
 * finished building something.
 *
 * Reading the decks, building a page and drawing its pictures make many
 * short-lived allocations. The C library keeps what they freed for later,
 * scattered between what is still in use, so that a whole values game
 * would go on holding some 15 MB it no longer needs: on a shared laptop
 * with the browser open beside the app, that is memory the others lack.
 * Half a second after the last page was built or the decks were read,
 * when nothing else is happening, the free pages go back.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#ifdef HAVE_MALLOC_TRIM
# include <malloc.h>
#endif

#include "vc-memory.h"

#define TRIM_DELAY_MS 500

static guint trim_id;

#ifdef HAVE_MALLOC_TRIM
static gboolean
trim_now (gpointer data)
{
  trim_id = 0;
  malloc_trim (0);
  return G_SOURCE_REMOVE;
}
#endif

/**
 * vc_memory_trim_soon:
 *
 * Asks for the memory freed so far to go back to the system when the app
 * has been idle for a moment. Calls close together make one trim.
 */
void
vc_memory_trim_soon (void)
{
#ifdef HAVE_MALLOC_TRIM
  if (trim_id != 0)
    g_source_remove (trim_id);
  trim_id = g_timeout_add_full (G_PRIORITY_LOW, TRIM_DELAY_MS, trim_now, NULL, NULL);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, trim_id), "[value-cards] trim memory");
#endif
}
