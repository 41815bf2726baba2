/* vc-format-library.c
 *
 * The formats there are: those that came with the app, then the person's
 * own, each read once; and which of them to offer first for a deck.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-format.h"

/* Where the built-in formats are: VALUE_CARDS_FORMATS_DIR, or beside the
 * decks VALUE_CARDS_DECKS_DIR names when running from the source tree. */
static GFile *
dup_builtin_dir (void)
{
  const char *dir = g_getenv ("VALUE_CARDS_FORMATS_DIR");
  const char *decks = g_getenv ("VALUE_CARDS_DECKS_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_file_new_for_path (dir);
  if (decks != NULL && decks[0] != '\0')
    {
      g_autoptr(GFile) decks_dir = g_file_new_for_path (decks);
      g_autoptr(GFile) parent = g_file_get_parent (decks_dir);

      if (parent != NULL)
        return g_file_get_child (parent, "formats");
    }
  return g_file_new_build_filename (PKGDATADIR, "formats", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

static void
load_dir (GFile      *dir,
          GPtrArray  *formats,
          GHashTable *ids,
          GPtrArray  *problems)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL)
    return;
  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".json") && name[0] != '.')
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  /* The same order on every machine. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, g_ptr_array_index (names, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(VcFormat) format = vc_format_new_from_file (file, GETTEXT_PACKAGE, &error);

      if (format == NULL)
        {
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup (error->message));
          continue;
        }
      /* A person's own format of the same id takes the place of the
       * built-in one, as their own deck would. */
      if (g_hash_table_contains (ids, vc_format_get_id (format)))
        for (guint j = 0; j < formats->len; j++)
          if (g_str_equal (vc_format_get_id (g_ptr_array_index (formats, j)), vc_format_get_id (format)))
            {
              g_ptr_array_remove_index (formats, j);
              break;
            }
      g_hash_table_add (ids, g_strdup (vc_format_get_id (format)));
      g_ptr_array_add (formats, g_steal_pointer (&format));
    }
}

/**
 * vc_format_load_all:
 * @problems: (out) (optional) (element-type utf8): a message for every
 *   format file that could not be read
 *
 * Reads the built-in formats and the person's own, from the folder
 * “value-cards/formats” in their data folder. Texts are translated in the
 * app's own domain.
 *
 * Returns: (transfer container) (element-type VcFormat): the formats
 */
GPtrArray *
vc_format_load_all (GPtrArray **problems)
{
  g_autoptr(GFile) builtin = dup_builtin_dir ();
  g_autoptr(GFile) own = g_file_new_build_filename (g_get_user_data_dir (), "value-cards",
                                                    "formats", NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *formats = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  load_dir (builtin, formats, ids, found);
  load_dir (own, formats, ids, found);
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return formats;
}

/**
 * vc_format_sort_for_deck:
 * @formats: (element-type VcFormat): formats to choose from
 *
 * Returns: (transfer container) (element-type VcFormat): the formats that
 *   suit @deck's kind: those the deck names first, in its order, then the
 *   rest in their own order
 */
GPtrArray *
vc_format_sort_for_deck (GPtrArray *formats,
                         VcDeck    *deck)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);
  const char * const *named = vc_deck_get_formats (deck);
  VcDeckKind kind = vc_deck_get_kind (deck);

  for (guint i = 0; named != NULL && named[i] != NULL; i++)
    for (guint j = 0; j < formats->len; j++)
      {
        VcFormat *format = g_ptr_array_index (formats, j);

        if (g_str_equal (vc_format_get_id (format), named[i]) &&
            !g_ptr_array_find (sorted, format, NULL))
          g_ptr_array_add (sorted, g_object_ref (format));
      }
  for (guint j = 0; j < formats->len; j++)
    {
      VcFormat *format = g_ptr_array_index (formats, j);

      if (!g_ptr_array_find (sorted, format, NULL) &&
          (vc_format_suits_kind (format, kind) || kind == VC_DECK_KIND_MIXED))
        g_ptr_array_add (sorted, g_object_ref (format));
    }
  return sorted;
}
