/* fuzz-document.c
 *
 * libFuzzer target: reads the input as a list of editing operations on a
 * deck (each byte picks an operation, a list and a place), applies them,
 * and checks that ids stay unique, and that undoing all of them gives back
 * the deck as it was and redoing all gives the edited one.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "vc-deck-document.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char * const lists[] = {
  "/roles", "/introduction/ground-rules", "/introduction/steps", "/cards", "/authors",
  "/closing/questions", "/cards/0/stages", "/cards/0/questions", "/cards/1/stages",
  "/cards/0/questions/0/options", "/cards/0/tags", "/audience", "/nothing",
};

static const char * const fields[] = {
  "title", "id", "text", "name", "kind", "label", "facilitator-notes", "minutes",
};

static void
check_unique (VcDeckDocument *doc,
              const char     *list)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = vc_deck_document_get_length (doc, list);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%u/id", list, i);
      const char *id = vc_deck_document_get_string (doc, path);

      if (id != NULL)
        g_assert (g_hash_table_add (seen, (gpointer)id));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autofree char *original = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  /* A deck with a card of each sort, opened as from a file, so that its
   * history starts empty. */
  {
    g_autoptr(VcDeckDocument) start = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, "Fuzz");
    g_autoptr(GBytes) bytes = NULL;

    g_free (vc_deck_document_add (start, "/cards", -1, "dilemma", NULL));
    g_free (vc_deck_document_add (start, "/cards", -1, "question", NULL));
    g_free (vc_deck_document_add (start, "/cards/0/actions", -1, NULL, NULL));
    bytes = vc_deck_document_dup_bytes (start);
    doc = vc_deck_document_new_from_bytes (bytes, NULL, NULL);
  }
  original = vc_deck_document_dup_data (doc, NULL);

  for (size_t i = 0; i + 2 < size; i += 3)
    {
      const char *list = lists[data[i] % G_N_ELEMENTS (lists)];
      guint n = vc_deck_document_get_length (doc, list);
      guint index = n ? data[i + 1] % (n + 1) : data[i + 1] % 2;
      g_autofree char *item = g_strdup_printf ("%s/%u", list, index);
      g_autofree char *result = NULL;

      switch (data[i + 2] % 8)
        {
        case 0:
          result = vc_deck_document_add (doc, list, (int)index - 1,
                                         (const char *[]){ "dilemma", "question", "statement", NULL }[data[i + 1] % 3],
                                         NULL);
          break;
        case 1:
          vc_deck_document_remove (doc, item, NULL);
          break;
        case 2:
          vc_deck_document_move (doc, item, data[i + 2] / 8, NULL);
          break;
        case 3:
          result = vc_deck_document_duplicate (doc, item, NULL);
          break;
        case 4:
          {
            g_autofree char *field = g_strconcat (item, "/", fields[data[i + 2] / 8 % G_N_ELEMENTS (fields)], NULL);
            g_autofree char *text = g_strndup ((const char *)data + i, 3);

            if (g_utf8_validate (text, -1, NULL))
              vc_deck_document_set_string (doc, field, text, NULL);
          }
          break;
        case 5:
          vc_deck_document_set_string (doc, item, "Text", NULL);
          break;
        case 6:
          vc_deck_document_unset (doc, item, NULL);
          break;
        default:
          if (data[i + 1] & 1)
            vc_deck_document_undo (doc);
          else
            vc_deck_document_break_merge (doc);
        }
    }

  check_unique (doc, "/cards");
  check_unique (doc, "/roles");

  /* Undo all gives back the deck as it was; redoing as many steps as
   * there were gives the edited one (steps undone at the end stay undone). */
  {
    guint n_steps = vc_deck_document_get_n_undo (doc);

    edited = vc_deck_document_dup_data (doc, NULL);
    while (vc_deck_document_undo (doc))
      ;
    undone = vc_deck_document_dup_data (doc, NULL);
    g_assert (strcmp (undone, original) == 0);
    for (guint i = 0; i < n_steps; i++)
      g_assert (vc_deck_document_redo (doc));
    redone = vc_deck_document_dup_data (doc, NULL);
    g_assert (strcmp (redone, edited) == 0);
  }
  return 0;
}
