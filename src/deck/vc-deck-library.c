/* vc-deck-library.c
 *
 * The decks a person can choose from: built-in, their own, and recent.
 *
 * Every deck is read in a worker thread, so the window shows at once and
 * fills in as decks arrive. A deck that fails to load still gets an entry,
 * so its problems can be shown instead of it silently vanishing.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-library.h"
#include "vc-deck-loader.h"

struct _VcDeckEntry
{
  GObject     parent_instance;

  GFile      *file;
  VcDeck     *deck;
  GListModel *problems;
  GError     *error;
  gboolean    builtin;
};

G_DEFINE_FINAL_TYPE (VcDeckEntry, vc_deck_entry, G_TYPE_OBJECT)

static void
vc_deck_entry_finalize (GObject *object)
{
  VcDeckEntry *self = (VcDeckEntry *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->deck);
  g_clear_object (&self->problems);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (vc_deck_entry_parent_class)->finalize (object);
}

static void
vc_deck_entry_class_init (VcDeckEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vc_deck_entry_finalize;
}

static void
vc_deck_entry_init (VcDeckEntry *self)
{
}

GFile *
vc_deck_entry_get_file (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);
  return self->file;
}

/**
 * vc_deck_entry_get_deck:
 * @self: a #VcDeckEntry
 *
 * Returns: (transfer none) (nullable): the deck, or %NULL if it has errors
 */
VcDeck *
vc_deck_entry_get_deck (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);
  return self->deck;
}

GListModel *
vc_deck_entry_get_problems (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);
  return self->problems;
}

const GError *
vc_deck_entry_get_error (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);
  return self->error;
}

gboolean
vc_deck_entry_is_builtin (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), FALSE);
  return self->builtin;
}

char *
vc_deck_entry_dup_title (VcDeckEntry *self)
{
  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);

  if (self->deck != NULL)
    return g_strdup (vc_deck_get_title (self->deck));
  return g_file_get_basename (self->file);
}

/**
 * vc_deck_entry_dup_subtitle:
 * @self: a #VcDeckEntry
 *
 * Returns: (transfer full): the kind and size of the deck, such as
 *   "Dilemmas · 9 cards", or why it cannot be opened
 */
char *
vc_deck_entry_dup_subtitle (VcDeckEntry *self)
{
  g_autofree char *size = NULL;

  g_return_val_if_fail (VC_IS_DECK_ENTRY (self), NULL);

  if (self->deck == NULL)
    return g_strdup (_("Cannot be opened: has problems"));

  size = vc_deck_dup_size_label (self->deck);
  /* Translators: the kind of deck, then its size: "Dilemmas · 9 cards" */
  return g_strdup_printf (C_("deck kind and size", "%s · %s"),
                          vc_deck_kind_to_label (vc_deck_get_kind (self->deck)), size);
}

struct _VcDeckLibrary
{
  GObject       parent_instance;

  GFile        *builtin_dir;
  GFile        *user_dir;
  GListStore   *builtin;
  GListStore   *user;
  GHashTable   *known;
  GCancellable *cancellable;
  guint         n_pending;
};

G_DEFINE_FINAL_TYPE (VcDeckLibrary, vc_deck_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vc_deck_library_dispose (GObject *object)
{
  VcDeckLibrary *self = (VcDeckLibrary *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (vc_deck_library_parent_class)->dispose (object);
}

static void
vc_deck_library_finalize (GObject *object)
{
  VcDeckLibrary *self = (VcDeckLibrary *)object;

  g_clear_object (&self->builtin_dir);
  g_clear_object (&self->user_dir);
  g_clear_object (&self->builtin);
  g_clear_object (&self->user);
  g_clear_pointer (&self->known, g_hash_table_unref);

  G_OBJECT_CLASS (vc_deck_library_parent_class)->finalize (object);
}

static void
vc_deck_library_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VcDeckLibrary *self = VC_DECK_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, vc_deck_library_is_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_deck_library_class_init (VcDeckLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vc_deck_library_dispose;
  object_class->finalize = vc_deck_library_finalize;
  object_class->get_property = vc_deck_library_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vc_deck_library_init (VcDeckLibrary *self)
{
  self->builtin = g_list_store_new (VC_TYPE_DECK_ENTRY);
  self->user = g_list_store_new (VC_TYPE_DECK_ENTRY);
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

/**
 * vc_deck_library_new:
 * @builtin_dir: (nullable): the folder of the decks that come with the app
 * @user_dir: (nullable): the folder of the user's own decks
 *
 * Returns: (transfer full): a new library; call vc_deck_library_load()
 */
VcDeckLibrary *
vc_deck_library_new (GFile *builtin_dir,
                     GFile *user_dir)
{
  VcDeckLibrary *self = g_object_new (VC_TYPE_DECK_LIBRARY, NULL);

  g_set_object (&self->builtin_dir, builtin_dir);
  g_set_object (&self->user_dir, user_dir);

  return self;
}

/**
 * vc_deck_library_dup_default_builtin_dir:
 *
 * Returns: (transfer full): where the built-in decks are, which
 *   VALUE_CARDS_DECKS_DIR overrides for running from the source tree
 */
GFile *
vc_deck_library_dup_default_builtin_dir (void)
{
  const char *dir = g_getenv ("VALUE_CARDS_DECKS_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_file_new_for_path (dir);
  return g_file_new_build_filename (PKGDATADIR, "decks", NULL);
}

/**
 * vc_deck_library_get_load_flags:
 * @file: a deck file about to be opened
 *
 * A deck that came with the app, in the built-in folder, is trusted: its
 * pictures are drawn in the app's own process. Any other deck's pictures go
 * to the picture helper.
 *
 * Returns: %VC_DECK_LOAD_TRUSTED or %VC_DECK_LOAD_DEFAULT
 */
VcDeckLoadFlags
vc_deck_library_get_load_flags (GFile *file)
{
  g_autoptr(GFile) builtin_dir = vc_deck_library_dup_default_builtin_dir ();
  g_autofree char *dir = g_file_get_path (builtin_dir);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *real_dir = dir ? realpath (dir, NULL) : NULL;
  g_autofree char *real_path = path ? realpath (path, NULL) : NULL;
  g_autofree char *prefix = real_dir ? g_strconcat (real_dir, G_DIR_SEPARATOR_S, NULL) : NULL;

  g_return_val_if_fail (G_IS_FILE (file), VC_DECK_LOAD_DEFAULT);

  if (prefix != NULL && real_path != NULL && g_str_has_prefix (real_path, prefix))
    return VC_DECK_LOAD_TRUSTED;
  return VC_DECK_LOAD_DEFAULT;
}

/**
 * vc_deck_library_dup_default_user_dir:
 *
 * Returns: (transfer full): the folder for the user's own decks
 */
GFile *
vc_deck_library_dup_default_user_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "value-cards", "decks", NULL);
}

GListModel *
vc_deck_library_get_builtin (VcDeckLibrary *self)
{
  g_return_val_if_fail (VC_IS_DECK_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->builtin);
}

GListModel *
vc_deck_library_get_user (VcDeckLibrary *self)
{
  g_return_val_if_fail (VC_IS_DECK_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->user);
}

gboolean
vc_deck_library_is_loading (VcDeckLibrary *self)
{
  g_return_val_if_fail (VC_IS_DECK_LIBRARY (self), FALSE);
  return self->n_pending > 0;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  g_autofree char *ta = vc_deck_entry_dup_title ((VcDeckEntry *)a);
  g_autofree char *tb = vc_deck_entry_dup_title ((VcDeckEntry *)b);

  return g_utf8_collate (ta, tb);
}

static void
insert_entry (VcDeckLibrary *self,
              VcDeckEntry   *entry)
{
  GListStore *store = entry->builtin ? self->builtin : self->user;

  g_list_store_insert_sorted (store, entry, compare_entries, NULL);
}

typedef struct
{
  VcDeckLibrary *self;
  GFile         *file;
  gboolean       builtin;
} LoadRequest;

/* A deck read again after it was saved takes the place of what was
 * listed for its file. */
static void
remove_entry_for (VcDeckLibrary *self,
                  GFile         *file)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->user));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->user), i);

      if (g_file_equal (entry->file, file))
        {
          g_list_store_remove (self->user, i);
          return;
        }
    }
}

static void
on_deck_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LoadRequest *request = user_data;
  g_autoptr(VcDeckLibrary) self = request->self;
  g_autoptr(VcDeckEntry) entry = g_object_new (VC_TYPE_DECK_ENTRY, NULL);

  entry->builtin = request->builtin;
  entry->deck = vc_deck_load_finish (result, &entry->problems, &entry->error);
  entry->file = request->file;
  g_free (request);

  if (!g_error_matches (entry->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (!entry->builtin)
        remove_entry_for (self, entry->file);
      insert_entry (self, entry);
    }

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
load_one (VcDeckLibrary *self,
          GFile         *file,
          gboolean       builtin)
{
  g_autofree char *path = g_file_get_path (file);
  LoadRequest *request;

  if (path == NULL || g_hash_table_contains (self->known, path))
    return;
  g_hash_table_add (self->known, g_steal_pointer (&path));

  request = g_new0 (LoadRequest, 1);
  request->self = g_object_ref (self);
  request->file = g_object_ref (file);
  request->builtin = builtin;

  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  /* Only the decks that come with the app draw their pictures in this
   * process; every other deck's pictures go to the picture helper. */
  vc_deck_load_async (file, builtin ? VC_DECK_LOAD_TRUSTED : VC_DECK_LOAD_DEFAULT,
                      self->cancellable, on_deck_loaded, request);
}

/**
 * vc_deck_library_reload_file:
 * @self: a #VcDeckLibrary
 * @file: a deck of the user's that was just saved
 *
 * Reads @file again in the background and lists it as it is now, in
 * place of what was listed for it.
 */
void
vc_deck_library_reload_file (VcDeckLibrary *self,
                             GFile         *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (VC_IS_DECK_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path != NULL)
    g_hash_table_remove (self->known, path);
  load_one (self, file, FALSE);
}

/* A deck may sit in a folder of its own with its pictures, so folders are
 * searched a couple of levels down, without following links out of them. */
static void
load_folder (VcDeckLibrary *self,
             GFile         *dir,
             gboolean       builtin,
             guint          depth)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;
  GFile *child;

  if (dir == NULL)
    return;

  /* A missing folder just means there are no decks of that kind yet. */
  enumerator = g_file_enumerate_children (dir,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return;

  while (g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);

      if (type == G_FILE_TYPE_DIRECTORY && depth > 0 && name[0] != '.')
        load_folder (self, child, builtin, depth - 1);
      else if (type != G_FILE_TYPE_DIRECTORY && g_str_has_suffix (name, ".vcdeck"))
        load_one (self, child, builtin);
    }
}

/**
 * vc_deck_library_load:
 * @self: a #VcDeckLibrary
 * @recent: (nullable): paths of recently opened decks, most recent first
 *
 * Starts reading every deck; entries appear in the lists as decks arrive.
 * Recent decks that no longer exist are left out.
 */
void
vc_deck_library_load (VcDeckLibrary      *self,
                      const char * const *recent)
{
  g_return_if_fail (VC_IS_DECK_LIBRARY (self));

  load_folder (self, self->builtin_dir, TRUE, 2);
  load_folder (self, self->user_dir, FALSE, 2);

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (recent[i]);

      if (g_file_query_exists (file, NULL))
        load_one (self, file, FALSE);
    }
}

/**
 * vc_deck_library_add:
 * @self: a #VcDeckLibrary
 * @file: a deck file the user opened
 * @deck: the deck read from it
 *
 * Adds a deck the user just opened to their decks, once.
 */
void
vc_deck_library_add (VcDeckLibrary *self,
                     GFile         *file,
                     VcDeck        *deck)
{
  g_autoptr(VcDeckEntry) entry = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (VC_IS_DECK_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (VC_IS_DECK (deck));

  path = g_file_get_path (file);
  if (path == NULL || g_hash_table_contains (self->known, path))
    return;
  g_hash_table_add (self->known, g_steal_pointer (&path));

  entry = g_object_new (VC_TYPE_DECK_ENTRY, NULL);
  entry->file = g_object_ref (file);
  entry->deck = g_object_ref (deck);
  insert_entry (self, entry);
}

/**
 * vc_deck_library_is_builtin_file:
 * @self: a #VcDeckLibrary
 * @file: a deck file
 *
 * Returns: whether @file is one of the decks that come with the app,
 *   which are never changed in place
 */
gboolean
vc_deck_library_is_builtin_file (VcDeckLibrary *self,
                                 GFile         *file)
{
  g_return_val_if_fail (VC_IS_DECK_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return self->builtin_dir != NULL && g_file_has_prefix (file, self->builtin_dir);
}
