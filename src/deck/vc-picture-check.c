/* vc-picture-check.c
 *
 * Cheap checks of a picture before anything decodes it.
 *
 * A PNG or JPEG of a few hundred bytes can say it is 30000 pixels square, and
 * decoding it would take gigabytes. Its size is in the header, so it is read
 * from there, with every read checked against the end of the data.
 *
 * An SVG may point to other pictures. Only pictures embedded as PNG or JPEG
 * data: URIs are allowed, and their headers are checked in the same way;
 * anything the scan does not understand is refused rather than let through.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-deck-error.h"
#include "vc-picture-check.h"

static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | p[3];
}

static guint
read_be16 (const guint8 *p)
{
  return ((guint)p[0] << 8) | p[1];
}

/**
 * vc_picture_read_png_size:
 *
 * Reads the size from a PNG's first chunk, which must be IHDR.
 *
 * Returns: %TRUE if @data starts like a PNG with a nonzero size
 */
gboolean
vc_picture_read_png_size (const guint8 *data,
                          gsize         size,
                          guint32      *width,
                          guint32      *height)
{
  if (size < 24 || memcmp (data, png_magic, sizeof png_magic) != 0 ||
      read_be32 (data + 8) < 8 || memcmp (data + 12, "IHDR", 4) != 0)
    return FALSE;

  *width = read_be32 (data + 16);
  *height = read_be32 (data + 20);

  return *width > 0 && *height > 0;
}

/**
 * vc_picture_read_jpeg_size:
 *
 * Walks a JPEG's markers up to the first start-of-frame and reads the size
 * there.
 *
 * Returns: %TRUE if a start-of-frame with a nonzero size was found
 */
gboolean
vc_picture_read_jpeg_size (const guint8 *data,
                           gsize         size,
                           guint32      *width,
                           guint32      *height)
{
  gsize pos = 2;

  if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
    return FALSE;

  while (pos < size)
    {
      guint marker, length;

      if (data[pos] != 0xff)
        return FALSE;
      while (pos < size && data[pos] == 0xff)
        pos++;
      if (pos >= size)
        return FALSE;
      marker = data[pos++];

      /* Markers that stand alone, without a length. */
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8))
        continue;
      if (marker == 0xd9 || marker == 0xda || pos + 2 > size)
        return FALSE;

      length = read_be16 (data + pos);
      if (length < 2 || pos + length > size)
        return FALSE;

      if (marker >= 0xc0 && marker <= 0xcf &&
          marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
        {
          if (length < 7)
            return FALSE;
          *height = read_be16 (data + pos + 3);
          *width = read_be16 (data + pos + 5);
          return *width > 0 && *height > 0;
        }

      pos += length;
    }

  return FALSE;
}

/**
 * vc_picture_check_raster:
 * @data: the contents of a PNG or JPEG file
 * @size: its length
 * @width: (out): the width the header gives
 * @height: (out): the height the header gives
 * @error: return location for an error
 *
 * Checks the size a PNG or JPEG says it has against the limits, without
 * decoding it.
 *
 * Returns: whether the picture may be decoded
 */
gboolean
vc_picture_check_raster (const guint8  *data,
                         gsize          size,
                         guint32       *width,
                         guint32       *height,
                         GError       **error)
{
  gboolean is_png = size >= sizeof png_magic && memcmp (data, png_magic, sizeof png_magic) == 0;
  gboolean is_jpeg = size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff;
  gboolean found;

  if (!is_png && !is_jpeg)
    {
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_FORMAT,
                           _("The picture is neither PNG nor JPEG."));
      return FALSE;
    }

  found = is_png ? vc_picture_read_png_size (data, size, width, height)
                 : vc_picture_read_jpeg_size (data, size, width, height);
  if (!found)
    {
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_INVALID,
                           _("The picture cannot be read: the file is damaged or cut short."));
      return FALSE;
    }

  if (*width > VC_DECK_MAX_IMAGE_SIDE || *height > VC_DECK_MAX_IMAGE_SIDE ||
      (guint64)*width * *height > VC_DECK_MAX_IMAGE_PIXELS)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_TOO_LARGE,
                   /* Translators: the first two numbers are the picture's width and height in pixels */
                   _("The picture is too large: %u × %u pixels. Save the picture at most %d pixels wide and high, and at most %d million pixels in all; a card never needs more."),
                   *width, *height, VC_DECK_MAX_IMAGE_SIDE, VC_DECK_MAX_IMAGE_PIXELS / 1000000);
      return FALSE;
    }

  return TRUE;
}

static gboolean
refuse_svg (GError     **error,
            VcDeckError  code,
            const char  *message)
{
  g_set_error_literal (error, VC_DECK_ERROR, code, message);
  return FALSE;
}

/* A data: URI in an SVG: only base64 PNG or JPEG, checked like a file. */
static gboolean
check_embedded (const char  *value,
                gsize        length,
                GError     **error)
{
  g_autofree char *uri = g_strndup (value, length);
  g_autofree guchar *decoded = NULL;
  const char *comma = strchr (uri, ',');
  g_autofree char *header = NULL;
  gsize decoded_length = 0;
  guint32 width, height;

  if (comma == NULL)
    return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                       _("The SVG picture embeds a picture that cannot be read. Embed pictures as PNG or JPEG."));

  header = g_ascii_strdown (uri + 5, comma - uri - 5);
  g_strstrip (header);
  if (!g_str_equal (header, "image/png;base64") && !g_str_equal (header, "image/jpeg;base64"))
    return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                       _("The SVG picture embeds a picture in another format than PNG or JPEG. Convert it to PNG or JPEG first."));

  decoded = g_base64_decode (comma + 1, &decoded_length);
  if (!vc_picture_check_raster (decoded, decoded_length, &width, &height, error))
    {
      if (g_error_matches (*error, VC_DECK_ERROR, VC_DECK_ERROR_IMAGE_FORMAT))
        {
          g_clear_error (error);
          return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                             _("The SVG picture embeds a picture in another format than PNG or JPEG. Convert it to PNG or JPEG first."));
        }
      return FALSE;
    }

  return TRUE;
}

/* Is @s at @pos a whole word, case-insensitive? */
static gboolean
has_word_at (const char *s,
             gsize       size,
             gsize       pos,
             const char *word)
{
  gsize len = strlen (word);

  return pos + len <= size && g_ascii_strncasecmp (s + pos, word, len) == 0;
}

/**
 * vc_picture_check_svg:
 * @data: the contents of an SVG file
 * @size: its length
 * @error: return location for a %VC_DECK_ERROR_IMAGE_FORMAT or
 *   %VC_DECK_ERROR_IMAGE_TOO_LARGE error
 *
 * Scans an SVG's text for everything that could load another picture or
 * file: href attributes, url() references, style imports and external
 * entities. Links within the SVG (starting with #) and PNG or JPEG data:
 * URIs within the size limits pass; anything else is refused.
 *
 * Returns: whether the SVG may be drawn
 */
gboolean
vc_picture_check_svg (const guint8  *data,
                      gsize          size,
                      GError       **error)
{
  const char *s = (const char *)data;

  /* Compressed or UTF-16 SVGs would hide their text from this scan. */
  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                       _("The SVG picture is compressed. Save it as plain SVG."));
  if (memchr (data, '\0', size) != NULL)
    return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                       _("The SVG picture is not saved as UTF-8 text. Save it as plain SVG."));

  for (gsize pos = 0; pos < size; pos++)
    {
      if (has_word_at (s, size, pos, "href"))
        {
          gsize p = pos + 4, start;
          char quote;

          while (p < size && g_ascii_isspace (s[p]))
            p++;
          if (p >= size || s[p] != '=')
            continue;
          p++;
          while (p < size && g_ascii_isspace (s[p]))
            p++;
          if (p >= size || (s[p] != '"' && s[p] != '\''))
            return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                               _("The SVG picture cannot be checked: a link in it is not written in quotes."));
          quote = s[p++];
          start = p;
          while (p < size && s[p] != quote)
            p++;
          if (p >= size)
            return refuse_svg (error, VC_DECK_ERROR_IMAGE_INVALID,
                               _("The SVG picture is cut short."));

          while (start < p && g_ascii_isspace (s[start]))
            start++;
          if (memchr (s + start, '&', p - start) != NULL)
            return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                               _("The SVG picture cannot be checked: a link in it is written with entities."));
          if (start < p && s[start] == '#')
            ;
          else if (p - start >= 5 && g_ascii_strncasecmp (s + start, "data:", 5) == 0)
            {
              if (!check_embedded (s + start, p - start, error))
                return FALSE;
            }
          else
            return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                               _("The SVG picture links to a file outside itself. Embed its pictures as PNG or JPEG instead."));
          pos = p;
        }
      else if (has_word_at (s, size, pos, "url("))
        {
          gsize p = pos + 4;

          while (p < size && (g_ascii_isspace (s[p]) || s[p] == '"' || s[p] == '\''))
            p++;
          if (p >= size || s[p] != '#')
            return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                               _("The SVG picture links to a file outside itself. Embed its pictures as PNG or JPEG instead."));
        }
      else if (has_word_at (s, size, pos, "@import"))
        return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                           _("The SVG picture links to a file outside itself. Embed its pictures as PNG or JPEG instead."));
      else if (has_word_at (s, size, pos, "<!ENTITY"))
        {
          const char *end = memchr (s + pos, '>', size - pos);
          gsize stop = end ? (gsize)(end - s) : size;

          for (gsize p = pos; p < stop; p++)
            if (has_word_at (s, stop, p, "SYSTEM") || has_word_at (s, stop, p, "PUBLIC"))
              return refuse_svg (error, VC_DECK_ERROR_IMAGE_FORMAT,
                                 _("The SVG picture links to a file outside itself. Embed its pictures as PNG or JPEG instead."));
        }
    }

  return TRUE;
}
