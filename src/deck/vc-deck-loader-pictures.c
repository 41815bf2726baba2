/* vc-deck-loader-pictures.c
 *
 * The values game's words and pictures, and the picture files a deck
 * names: found inside the deck's folder only, checked before decoding,
 * and drawn in the helper process when the deck is not trusted.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vc-catalog.h"
#include "vc-deck-loader.h"
#include "vc-deck-loader-private.h"
#include "vc-deck-location.h"
#include "vc-deck-private.h"
#include "vc-deck-problem.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"


gboolean
loader_is_base64 (const char *s)
{
  gsize n = 0;

  for (; *s; s++, n++)
    if (!g_ascii_isalnum (*s) && *s != '+' && *s != '/' && *s != '=')
      return FALSE;

  return n % 4 == 0;
}

static GBytes *
decode_data_uri (const char  *uri,
                 char       **mime_type)
{
  const char *comma = strchr (uri, ',');
  g_autofree char *header = NULL;
  gboolean base64;

  if (!g_str_has_prefix (uri, "data:") || comma == NULL)
    return NULL;

  header = g_strndup (uri + 5, comma - uri - 5);
  base64 = g_str_has_suffix (header, ";base64");
  if (base64)
    header[strlen (header) - 7] = '\0';
  *mime_type = g_strdup (header);

  if (base64)
    {
      gsize len;
      guchar *data;

      if (!loader_is_base64 (comma + 1))
        return NULL;
      data = g_base64_decode (comma + 1, &len);
      return g_bytes_new_take (data, len);
    }

  return g_uri_unescape_bytes (comma + 1, -1, NULL, NULL);
}

static gboolean
has_scheme (const char *s)
{
  gsize i = 0;

  if (!g_ascii_isalpha (s[0]))
    return FALSE;
  while (g_ascii_isalnum (s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')
    i++;
  return s[i] == ':';
}

/* A picture that is missing or cannot be read does not stop the deck: the
 * author hears about it, and the game shows a frame in its place. Pictures
 * that point outside the deck stay errors, because that is never an accident
 * of copying. */
static VcDeckImage *
picture_missing (Loader      *l,
                 VcDeckError  code,
                 const char  *hint,
                 const char  *message)
{
  g_autofree char *full_hint = NULL;
  const char *until_then;

  /* Translators: said after how to fix a missing picture */
  until_then = _("Until then, the deck shows a frame with the picture’s description in its place.");
  full_hint = hint ? g_strdup_printf ("%s %s", hint, until_then) : g_strdup (until_then);

  warning_at (l, code, full_hint, "%s", message);
  return vc_deck_image_new_missing ();
}

static VcDeckImage *
load_image_file (Loader     *l,
                 const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *full = NULL;
  g_autofree char *real = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) segments = NULL;
  VcDeckImage *image;

  if (g_str_has_prefix (file, "data:"))
    {
      g_autofree char *mime_type = NULL;

      bytes = decode_data_uri (file, &mime_type);
      if (bytes == NULL ||
          !(g_str_equal (mime_type, "image/svg+xml") ||
            g_str_equal (mime_type, "image/png") ||
            g_str_equal (mime_type, "image/jpeg")))
        {
          error_at (l, VC_DECK_ERROR_IMAGE_INVALID,
                    _("Embed the picture as data:image/svg+xml, data:image/png or data:image/jpeg, in base64."),
                    _("The embedded picture cannot be decoded."));
          return NULL;
        }
    }
  else if (file[0] == '/' || file[0] == '~' || file[0] == '\\' ||
           (g_ascii_isalpha (file[0]) && file[1] == ':' && (file[2] == '\\' || file[2] == '/')))
    {
      error_at (l, VC_DECK_ERROR_IMAGE_ABSOLUTE,
                _("Put the picture in the deck’s folder and give its path relative to the deck, or embed it as a data: URI."),
                _("The picture is given with an absolute path, which will not exist on a colleague’s computer."));
      return NULL;
    }
  else if (has_scheme (file))
    {
      error_at (l, VC_DECK_ERROR_IMAGE_REMOTE,
                _("Save the picture into the deck’s folder, or embed it as a data: URI."),
                _("Decks never load pictures from the internet or from other places."));
      return NULL;
    }
  else
    {
      if (strchr (file, '\\') != NULL)
        {
          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Separate folders with forward slashes (/)."),
                    _("The path of the picture contains a backslash."));
          return NULL;
        }

      segments = g_strsplit (file, "/", -1);
      for (guint i = 0; segments[i] != NULL; i++)
        if (g_str_equal (segments[i], ".."))
          {
            error_at (l, VC_DECK_ERROR_IMAGE_OUTSIDE,
                      _("Move the picture into the deck’s folder or a folder inside it."),
                      _("The picture lies outside the deck’s folder."));
            return NULL;
          }

      if (l->base_dir == NULL)
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("The picture “%s” cannot be found, because the deck was not opened from a folder."), file);
          return picture_missing (l, VC_DECK_ERROR_IMAGE_MISSING,
                                  _("Embed the picture as a data: URI."), message);
        }

      full = g_build_filename (l->base_dir, file, NULL);
      real = realpath (full, NULL);
      if (real == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The picture “%s” does not exist."), file);

          return picture_missing (l, VC_DECK_ERROR_IMAGE_MISSING,
                                  _("Check the file name, including capital letters, and that the picture was copied with the deck."),
                                  message);
        }

      /* Resolving symbolic links must not lead out of the deck's folder. */
      prefix = g_strconcat (l->base_dir, G_DIR_SEPARATOR_S, NULL);
      if (!g_str_has_prefix (real, prefix))
        {
          error_at (l, VC_DECK_ERROR_IMAGE_OUTSIDE,
                    _("Copy the picture itself into the deck’s folder instead of linking to it."),
                    _("The picture “%s” leads outside the deck’s folder."), file);
          return NULL;
        }

      bytes = vc_json_read_file (real, VC_JSON_READ_DEFAULT, VC_DECK_MAX_IMAGE_SIZE,
                                 VC_DECK_ERROR_IMAGE_NOT_REGULAR,
                                 VC_DECK_ERROR_IMAGE_TOO_LARGE, &error);
      if (bytes == NULL)
        {
          VcDeckError code = error->code == VC_DECK_ERROR_IO || error->code == VC_DECK_ERROR_NOT_FOUND
                               ? VC_DECK_ERROR_IMAGE_MISSING : error->code;

          return picture_missing (l, code,
                                  code == VC_DECK_ERROR_IMAGE_TOO_LARGE
                                    ? _("Make the picture smaller, or save it as SVG or JPEG.")
                                    : _("Point to a picture file."),
                                  error->message);
        }
    }

  image = (l->flags & VC_DECK_LOAD_TRUSTED) ? vc_deck_image_new_from_bytes (bytes, &error)
                                            : vc_deck_image_new_untrusted (bytes, &l->picture_time, &error);
  /* The picture checks say what to do in their messages. */
  if (image == NULL)
    return picture_missing (l, error->domain == VC_DECK_ERROR ? error->code : VC_DECK_ERROR_IMAGE_INVALID,
                            (l->flags & VC_DECK_LOAD_TRUSTED) && error->code == VC_DECK_ERROR_IMAGE_INVALID
                              ? _("Use an SVG, PNG or JPEG picture.") : NULL,
                            error->message);

  return image;
}

static void
read_word_item (Loader   *l,
                JsonNode *node,
                gpointer  user_data)
{
  static const char * const known[] = { "id", "word", "definition", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  VcValueWord *word;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  word = g_new0 (VcValueWord, 1);
  word->id = loader_read_id (l, item, data->ids);
  word->word = loader_read_string (l, item, "word", STRING_REQUIRED | STRING_TRANSLATABLE);
  word->definition = loader_read_string (l, item, "definition", STRING_REQUIRED | STRING_TRANSLATABLE);
  g_ptr_array_add (data->items, word);
}

static void
read_image_item (Loader   *l,
                 JsonNode *node,
                 gpointer  user_data)
{
  static const char * const known[] = { "id", "file", "alt", "caption", NULL };
  IdListData *data = user_data;
  JsonObject *item = loader_read_object_node (l, node);
  g_autoptr(VcDeckImage) image = NULL;
  g_autofree char *id = NULL;
  g_autofree char *file = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *caption = NULL;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  id = loader_read_id (l, item, data->ids);
  /* An embedded picture is as long as the deck allows; the file's size
   * limit bounds it. */
  file = loader_read_string (l, item, "file", STRING_REQUIRED | STRING_DATA);
  alt = loader_read_string (l, item, "alt", STRING_REQUIRED | STRING_TRANSLATABLE);
  caption = loader_read_string (l, item, "caption", STRING_TRANSLATABLE);

  if (file != NULL)
    {
      gsize len = loader_push_member (l, "file");

      image = load_image_file (l, file);
      loader_pop (l, len);
    }

  if (image == NULL)
    return;

  vc_deck_image_set_id (image, id);
  vc_deck_image_set_source (image, file);
  vc_deck_image_set_alt (image, alt);
  vc_deck_image_set_caption (image, caption);
  g_list_store_append (l->deck->images, image);
}

void
loader_read_values_game (Loader     *l,
                  JsonObject *root,
                  gboolean    required)
{
  static const char * const known[] = { "instructions", "words", "images", NULL };
  g_autoptr(GHashTable) word_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) image_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *object;
  JsonNode *node;
  int n_words, n_images;
  gsize len = loader_push_member (l, "values-game");

  node = loader_get_member (l, root, "values-game", required);
  if (node != NULL && !required)
    {
      error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("Set “kind” to “values-game”, or remove the values game."),
                _("Only a values-game deck can have a values game."));
      node = NULL;
    }

  object = node ? loader_read_object_node (l, node) : NULL;
  if (object == NULL)
    {
      loader_pop (l, len);
      return;
    }

  loader_check_members (l, object, known);
  l->deck->instructions = loader_read_string (l, object, "instructions", STRING_REQUIRED | STRING_TRANSLATABLE);

  {
    IdListData words = { l->deck->words, word_ids };
    IdListData images = { NULL, image_ids };

    n_words = loader_read_list (l, object, "words", TRUE, 1, read_word_item, &words);
    n_images = loader_read_list (l, object, "images", TRUE, 1, read_image_item, &images);
  }

  if (n_words > 0 && n_images > 0 && n_words != n_images)
    warning_at (l, VC_DECK_ERROR_INVALID_VALUE,
                _("The classic game has as many pictures as words, twelve of each."),
                _("The values game has %d words but %d pictures."), n_words, n_images);

  loader_pop (l, len);
}
