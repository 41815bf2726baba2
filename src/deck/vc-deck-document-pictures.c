/* vc-deck-document-pictures.c
 *
 * Putting a team's own photos and drawings into a deck.
 *
 * A deck that is one file can be mailed, so pictures go inside it as
 * data: URIs. Phone photos are far larger than any projector shows, so a
 * photo over VC_DECK_PICTURE_MAX_SIDE pixels on its long side is scaled
 * down and saved again as JPEG (PNG if it has transparency). The photo is
 * decoded in the same sandboxed helper that draws pictures of untrusted
 * decks, and an SVG goes through the same checks as in the loader.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>

#include "vc-deck-document-pictures.h"
#include "vc-deck-document-private.h"
#include "vc-deck-error.h"
#include "vc-deck-translations.h"
#include "vc-deck-tree.h"
#include "vc-json-reader.h"
#include "vc-picture-check.h"
#include "vc-picture-sandbox.h"

/* A raster picture smaller than this, and small on the disk, goes in
 * as it is. */
#define KEEP_AS_IS_BYTES (512 * 1024)

static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
static const guint8 jpeg_magic[] = { 0xff, 0xd8, 0xff };

static char *
data_uri (const char   *mime_type,
          const guint8 *data,
          gsize         size)
{
  g_autofree char *encoded = g_base64_encode (data, size);

  return g_strdup_printf ("data:%s;base64,%s", mime_type, encoded);
}

/* Cairo keeps pixels premultiplied, in native byte order; a pixbuf has
 * them straight, as R, G, B (and A). The alpha goes only where a pixel
 * is not opaque, so that a photo is saved as JPEG. */
static GdkPixbuf *
pixbuf_from_surface (cairo_surface_t *surface,
                     gboolean        *has_alpha)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *src;
  GdkPixbuf *pixbuf;
  int dest_stride, channels;
  guint8 *dest;

  cairo_surface_flush (surface);
  src = cairo_image_surface_get_data (surface);

  *has_alpha = FALSE;
  for (int y = 0; y < height && !*has_alpha; y++)
    for (int x = 0; x < width && !*has_alpha; x++)
      {
        guint32 pixel;

        memcpy (&pixel, src + y * stride + x * 4, 4);
        *has_alpha = (pixel >> 24) < 255;
      }

  pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, *has_alpha, 8, width, height);
  dest_stride = gdk_pixbuf_get_rowstride (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  dest = gdk_pixbuf_get_pixels (pixbuf);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel;
        guint8 *d = dest + y * dest_stride + x * channels;
        guint a;

        memcpy (&pixel, src + y * stride + x * 4, 4);
        a = pixel >> 24;
        d[0] = a ? ((pixel >> 16) & 0xff) * 255 / a : 0;
        d[1] = a ? ((pixel >> 8) & 0xff) * 255 / a : 0;
        d[2] = a ? (pixel & 0xff) * 255 / a : 0;
        if (channels == 4)
          d[3] = a;
      }
  return pixbuf;
}

static char *
import_raster (const guint8  *data,
               gsize          size,
               const char    *mime_type,
               gboolean      *scaled,
               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *encoded = NULL;
  cairo_surface_t *surface = NULL;
  guint32 width, height;
  double scale;
  gsize encoded_size;
  gboolean has_alpha;
  gboolean ok;

  if (!vc_picture_check_raster (data, size, &width, &height, error))
    return NULL;

  if (MAX (width, height) <= VC_DECK_PICTURE_MAX_SIDE && size <= KEEP_AS_IS_BYTES)
    return data_uri (mime_type, data, size);

  scale = MIN (1.0, (double)VC_DECK_PICTURE_MAX_SIDE / MAX (width, height));
  bytes = g_bytes_new (data, size);
  if (!vc_picture_sandbox_render (bytes, MAX (1, (int)(width * scale + 0.5)),
                                  MAX (1, (int)(height * scale + 0.5)), TRUE,
                                  VC_PICTURE_SANDBOX_TIMEOUT_MS * 3, NULL, NULL, NULL,
                                  &surface, error))
    return NULL;

  pixbuf = pixbuf_from_surface (surface, &has_alpha);
  cairo_surface_destroy (surface);

  if (has_alpha)
    ok = gdk_pixbuf_save_to_buffer (pixbuf, &encoded, &encoded_size, "png", &local_error, NULL);
  else
    ok = gdk_pixbuf_save_to_buffer (pixbuf, &encoded, &encoded_size, "jpeg", &local_error,
                                    "quality", "85", NULL);

  if (!ok)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                   _("The picture could not be made smaller: %s"), local_error->message);
      return NULL;
    }

  if (scaled != NULL)
    *scaled = TRUE;
  return data_uri (has_alpha ? "image/png" : "image/jpeg", (const guint8 *)encoded, encoded_size);
}

/**
 * vc_deck_picture_import:
 * @bytes: the contents of a PNG, JPEG or SVG file
 * @scaled: (out) (optional): set to %TRUE if the picture was made smaller
 * @error: return location for an error
 *
 * Returns: (transfer full): the picture as a data: URI to put in a deck
 */
char *
vc_deck_picture_import (GBytes    *bytes,
                        gboolean  *scaled,
                        GError   **error)
{
  const guint8 *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (scaled != NULL)
    *scaled = FALSE;
  data = g_bytes_get_data (bytes, &size);

  if (size > VC_DECK_MAX_IMAGE_SIZE)
    {
      g_autofree char *limit = g_format_size (VC_DECK_MAX_IMAGE_SIZE);

      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_LARGE,
                   _("The picture is larger than %s. Save it smaller in a photo program first."), limit);
      return NULL;
    }

  if (size >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0)
    return import_raster (data, size, "image/png", scaled, error);
  if (size >= sizeof jpeg_magic && memcmp (data, jpeg_magic, sizeof jpeg_magic) == 0)
    return import_raster (data, size, "image/jpeg", scaled, error);

  if (!vc_picture_check_svg (data, size, error))
    return NULL;
  if (!vc_picture_sandbox_render (bytes, 64, 64, FALSE, VC_PICTURE_SANDBOX_TIMEOUT_MS,
                                  NULL, NULL, NULL, NULL, error))
    return NULL;
  return data_uri ("image/svg+xml", data, size);
}

static GBytes *
read_picture (GFile   *file,
              GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_REMOTE,
                   _("Only pictures on this computer can be added. Download the picture first."));
      return NULL;
    }
  return vc_json_read_file (path, VC_JSON_READ_DEFAULT, VC_DECK_MAX_IMAGE_SIZE,
                            VC_DECK_ERROR_IMAGE_NOT_REGULAR, VC_DECK_ERROR_IMAGE_TOO_LARGE, error);
}

static gboolean
has_text (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * vc_deck_document_add_picture:
 * @self: a #VcDeckDocument of a values game
 * @file: a PNG, JPEG or SVG file
 * @alt: what the picture shows, for people who cannot see it
 * @caption: (nullable): a short caption
 * @error: return location for an error
 *
 * Adds the picture to the values game, inside the deck. One undo step.
 *
 * Returns: (transfer full): the place of the new picture, or %NULL
 */
char *
vc_deck_document_add_picture (VcDeckDocument  *self,
                              GFile           *file,
                              const char      *alt,
                              const char      *caption,
                              GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *label = NULL;
  JsonObject *object;
  char *dot;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (vc_deck_document_get_node (self, "/values-game/images") == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                   _("Only a values game has pictures. Make a values game deck to use your own pictures."));
      return NULL;
    }
  if (!has_text (alt))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_MISSING_FIELD,
                   _("Describe what the picture shows, for those who cannot see it."));
      return NULL;
    }

  if ((bytes = read_picture (file, error)) == NULL)
    return NULL;
  if ((uri = vc_deck_picture_import (bytes, NULL, error)) == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  if ((dot = strrchr (basename, '.')) != NULL && dot != basename)
    *dot = '\0';

  object = json_object_new ();
  json_object_set_string_member (object, "id", caption ? caption : basename);
  json_object_set_string_member (object, "file", uri);
  json_object_set_string_member (object, "alt", alt);
  if (caption != NULL && *caption != '\0')
    json_object_set_string_member (object, "caption", caption);
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return vc_deck_document_insert (self, "/values-game/images", -1, node, error);
}

/* The loader's rule, kept: a picture's file lies in the deck's folder. */
static GFile *
resolve_picture (GFile       *folder,
                 const char  *relative,
                 const char  *id,
                 GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) parts = NULL;

  parts = g_strsplit (relative, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      goto outside;
  if (relative[0] == '/' || relative[0] == '~' || strchr (relative, '\\') != NULL ||
      g_uri_peek_scheme (relative) != NULL || folder == NULL)
    goto outside;

  file = g_file_resolve_relative_path (folder, relative);
  if (!g_file_has_prefix (file, folder))
    goto outside;
  return g_steal_pointer (&file);

outside:
  g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_OUTSIDE,
               /* Translators: %s is a picture's id */
               _("The picture “%s” is not in the deck’s folder, so it cannot be put inside the deck. Copy it into the folder first."),
               id);
  return NULL;
}

/**
 * vc_deck_document_embed_pictures:
 * @self: a #VcDeckDocument
 * @n_embedded: (out) (optional): how many pictures were put inside
 * @error: return location for an error
 *
 * Puts every picture the deck links to from its folder inside the deck,
 * made smaller where that helps, so that the deck becomes one file. One
 * undo step; nothing changes if any picture cannot be read.
 */
gboolean
vc_deck_document_embed_pictures (VcDeckDocument  *self,
                                 guint           *n_embedded,
                                 GError         **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = vc_deck_document_get_length (self, "/values-game/images");
  GFile *deck_file;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  deck_file = vc_deck_document_get_file (self);
  if (deck_file != NULL)
    folder = g_file_get_parent (deck_file);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *file_path = g_strdup_printf ("/values-game/images/%u/file", i);
      g_autofree char *id_path = g_strdup_printf ("/values-game/images/%u/id", i);
      const char *relative = vc_deck_document_get_string (self, file_path);
      const char *id = vc_deck_document_get_string (self, id_path);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      char *uri;

      if (relative == NULL || g_str_has_prefix (relative, "data:"))
        continue;

      if ((file = resolve_picture (folder, relative, id ? id : relative, error)) == NULL)
        return FALSE;
      if ((bytes = read_picture (file, &local_error)) == NULL ||
          (uri = vc_deck_picture_import (bytes, NULL, &local_error)) == NULL)
        {
          g_set_error (error, VC_DECK_ERROR, local_error->code,
                       /* Translators: the first %s is a picture's id, the second what is wrong */
                       _("The picture “%s” cannot be put inside the deck: %s"),
                       id ? id : relative, local_error->message);
          return FALSE;
        }
      g_ptr_array_add (uris, uri);
      g_array_append_val (indexes, i);
    }

  vc_deck_document_begin_step (self, C_("undo", "Put Pictures Inside the Deck"));
  for (guint i = 0; i < uris->len; i++)
    {
      g_autofree char *file_path = g_strdup_printf ("/values-game/images/%u/file",
                                                    g_array_index (indexes, guint, i));

      vc_deck_document_set_string (self, file_path, g_ptr_array_index (uris, i), NULL);
    }
  vc_deck_document_end_step (self);

  if (n_embedded != NULL)
    *n_embedded = uris->len;
  return TRUE;
}

/**
 * vc_deck_document_new_copy:
 * @original: a deck, such as a built-in one
 * @title: (nullable): the title of the copy
 * @error: return location for an error
 *
 * Makes the team's own copy of a deck: a new id, its own title, and its
 * pictures and translations inside it, so that it is one file that can be
 * mailed, and that shows which translations a change has made out of date. The copy
 * is not saved yet and has no file.
 *
 * Returns: (transfer full): the copy, or %NULL if a picture cannot be read
 */
VcDeckDocument *
vc_deck_document_new_copy (VcDeckDocument  *original,
                           const char      *title,
                           GError         **error)
{
  g_autoptr(VcDeckDocument) copy = NULL;
  g_autoptr(JsonNode) fresh = NULL;
  g_autofree char *copy_title = NULL;
  const char *old_title;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (original), NULL);

  old_title = vc_deck_document_get_string (original, "/title");
  if (title == NULL || *title == '\0')
    /* Translators: the title of a copy of a deck; %s is the deck's title */
    title = copy_title = g_strdup_printf (_("%s (Our Copy)"), old_title ? old_title : "");

  /* The pictures are read from the original's folder. */
  copy = vc_deck_document_new_for_root (vc_deck_tree_deep_copy (vc_deck_document_get_root (original)),
                                        vc_deck_document_get_file (original));
  if (!vc_deck_document_embed_pictures (copy, NULL, error))
    return NULL;

  fresh = vc_deck_document_build_new (VC_DECK_KIND_MIXED, title);
  vc_deck_document_set_string (copy, "/id",
                               json_object_get_string_member (json_node_get_object (fresh), "id"), NULL);
  vc_deck_document_set_string (copy, "/title", title, NULL);

  /* After the new title, which no catalog has yet. */
  if (!vc_deck_document_embed_app_translations (copy, error))
    return NULL;

  return vc_deck_document_new_for_root (json_node_ref (vc_deck_document_get_root (copy)), NULL);
}
