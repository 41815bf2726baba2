/* session-crash-child.c
 *
 * Saves a growing session as fast as it can until it is killed; run by
 * test-session-crash.c, which kills it at random moments.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "vc-session-store.h"

/* Enough cards that the file grows to tens of kilobytes, so that a write
 * takes long enough to be caught in the middle. */
#define N_CARDS 200

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(VcSessionStore) store = NULL;
  g_autoptr(VcSession) session = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sessions;
  gboolean told = FALSE;

  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("usage: %s DIR\n", argv[0]);
      return 2;
    }

  dir = g_file_new_for_path (argv[1]);
  store = vc_session_store_new (dir);

  /* As the app does at start: this is also what cleans up after the last
   * kill. */
  if (!vc_session_store_load (store, &error))
    {
      g_printerr ("load: %s\n", error->message);
      return 1;
    }
  if (vc_session_store_get_set_aside (store)->len > 0)
    {
      g_printerr ("set aside: %s\n", (char *)g_ptr_array_index (vc_session_store_get_set_aside (store), 0));
      return 1;
    }

  sessions = vc_session_store_get_sessions (store);
  if (g_list_model_get_n_items (sessions) > 0)
    session = g_list_model_get_item (sessions, 0);
  else
    {
      session = vc_session_new (VC_SESSION_KIND_MEETING, "org.example.crash", "1", NULL);
      vc_session_store_add (store, session);
    }

  /* The stage counts every save, so the parent can check that what is on
   * disk never goes back. */
  for (;;)
    {
      guint counter = vc_session_get_current_stage (session) + 1;
      g_autofree char *card = g_strdup_printf ("card-%u", counter % N_CARDS);
      g_autoptr(GString) notes = g_string_new (NULL);

      for (guint i = 0; i < 1 + counter % 7; i++)
        g_string_append_printf (notes, "Save %u: nothing typed is ever lost. ", counter);

      vc_session_set_current_stage (session, counter);
      vc_session_set_notes (session, card, notes->str);
      if (counter % 5 == 0)
        vc_session_add_pair (session, "dignity", "coffee", notes->str);
      if (vc_session_get_pairs (session)->len > 40)
        vc_session_remove_pair (session, 0);

      if (!vc_session_store_save_now (store, session, &error))
        {
          g_printerr ("save: %s\n", error->message);
          return 1;
        }

      /* Tell the parent the first save of this run is done. */
      if (!told)
        {
          if (write (STDOUT_FILENO, "s", 1) != 1)
            return 1;
          told = TRUE;
        }
    }

  return 0;
}
