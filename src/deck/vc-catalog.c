/* vc-catalog.c
 *
 * A compiled gettext catalog carried inside a deck file.
 *
 * A deck mailed to a colleague cannot install catalogs into the system, so
 * its .mo files travel inside the JSON. They come from strangers, so this
 * reads them itself, checking every offset, rather than handing them to the
 * C library's loader.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vc-catalog.h"
#include "vc-deck-error.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

struct _VcCatalog
{
  GHashTable *strings;
};

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

typedef struct
{
  guint32 start;
  guint32 end;   /* one past the terminating nul */
} Range;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const Range *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return 0;
}

/* Reads entry @index of a string table and checks that the string and its
 * terminating nul lie inside the file. */
static gboolean
read_range (const guint8 *data,
            gsize         size,
            gsize         table,
            guint32       index,
            gboolean      swapped,
            Range        *range)
{
  gsize entry = table + (gsize)index * 8;
  guint32 len, offset;

  if (entry + 8 > size)
    return FALSE;

  len = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if ((gsize)offset >= size || (gsize)len >= size - offset || data[offset + len] != '\0')
    return FALSE;

  range->start = offset;
  range->end = offset + len + 1;
  return TRUE;
}

static const char *
read_string (const guint8 *data,
             gsize         size,
             gsize         table,
             guint32       index,
             gboolean      swapped,
             guint32      *length)
{
  Range range;

  if (!read_range (data, size, table, index, swapped, &range))
    return NULL;

  *length = range.end - range.start - 1;
  return (const char *)data + range.start;
}

/* A message with plural forms holds them one after the other, each ended
 * by a nul; every form must be UTF-8. */
static gboolean
valid_utf8_forms (const guint8 *data,
                  gsize         length)
{
  const char *p = (const char *)data;
  const char *end = p + length;

  while (p <= end)
    {
      const char *nul = memchr (p, '\0', end - p);
      gsize n = nul ? (gsize)(nul - p) : (gsize)(end - p);

      if (!g_utf8_validate (p, n, NULL))
        return FALSE;
      p += n + 1;
    }
  return TRUE;
}

static gboolean
fail (GError     **error,
      const char  *lang,
      char        *message)
{
  if (lang == NULL)
    g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID,
                         _("The translation is not a compiled gettext catalog (.mo file)."));
  else
    g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID, message);
  g_free (message);
  return FALSE;
}

/**
 * vc_catalog_check:
 * @bytes: the contents of a .mo file
 * @lang: (nullable): the language it translates into, for the message
 * @error: return location for a %VC_DECK_ERROR_TRANSLATION_INVALID error
 *
 * Checks a catalog without building its table: the header, the number of
 * entries, that every string lies inside the file, and that no two strings
 * overlap or are shared, so that a small file cannot stand for a large one.
 * Costs one sort of the string offsets.
 *
 * Returns: %TRUE if vc_catalog_new_from_bytes() may read it
 */
gboolean
vc_catalog_check (GBytes      *bytes,
                  const char  *lang,
                  GError     **error)
{
  g_autofree Range *ranges = NULL;
  g_autofree Range *sorted = NULL;
  const guint8 *data;
  gsize size;
  guint32 magic, n, originals, translations;
  gboolean swapped;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  if (size > VC_CATALOG_MAX_SIZE)
    {
      g_autofree char *actual = g_format_size (size);
      g_autofree char *limit = g_format_size (VC_CATALOG_MAX_SIZE);

      /* Translators: "The translation for “sv” is 9.0 MB; a deck’s translation can be at most 4.2 MB." */
      return fail (error, lang, g_strdup_printf (_("The translation for “%s” is %s; a deck’s translation can be at most %s."),
                                                 lang, actual, limit));
    }

  if (size < 20)
    goto invalid;

  magic = read_u32 (data, 0, FALSE);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    goto invalid;
  swapped = magic == MO_MAGIC_SWAPPED;

  /* Only major revisions 0 and 1 exist; both share this layout. */
  if ((read_u32 (data, 4, swapped) >> 16) > 1)
    goto invalid;

  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  if (n > VC_DECK_MAX_CATALOG_ENTRIES)
    return fail (error, lang, g_strdup_printf (_("The translation for “%s” has %u entries; a deck can have at most %u."),
                                               lang, n, (guint)VC_DECK_MAX_CATALOG_ENTRIES));

  /* Both tables inside the file. */
  if ((guint64)originals + (guint64)n * 8 > size || (guint64)translations + (guint64)n * 8 > size)
    goto invalid;

  ranges = g_new (Range, (gsize)n * 2);
  for (guint32 i = 0; i < n; i++)
    if (!read_range (data, size, originals, i, swapped, &ranges[2 * i]) ||
        !read_range (data, size, translations, i, swapped, &ranges[2 * i + 1]))
      goto invalid;

  /* msgfmt writes every string once; strings that overlap or are shared
   * only come from a file built to grow when it is read. Checked before
   * the texts are, so that each byte is looked at once. */
  sorted = g_memdup2 (ranges, sizeof (Range) * n * 2);
  if (n > 0)
    qsort (sorted, (gsize)n * 2, sizeof (Range), compare_ranges);
  for (gsize i = 1; i < (gsize)n * 2; i++)
    if (sorted[i].start < sorted[i - 1].end)
      return fail (error, lang, g_strdup_printf (_("The translation for “%s” has texts that overlap or are shared, which msgfmt never writes."),
                                                 lang));

  for (guint32 i = 0; i < n; i++)
    {
      const Range *id = &ranges[2 * i], *str = &ranges[2 * i + 1];
      gsize id_len = id->end - id->start - 1;

      /* The entries that will be read must be UTF-8, whichever language. */
      if (id_len > 0 && memchr (data + id->start, '\004', id_len) == NULL &&
          (!valid_utf8_forms (data + id->start, id_len) ||
           !valid_utf8_forms (data + str->start, str->end - str->start - 1)))
        return fail (error, lang, g_strdup_printf (_("The translation for “%s” has texts that are not UTF-8."),
                                                   lang));
    }

  return TRUE;

invalid:
  return fail (error, lang, g_strdup_printf (_("The translation for “%s” is not a compiled gettext catalog (.mo file)."),
                                             lang));
}

/**
 * vc_catalog_new_from_bytes:
 * @bytes: the contents of a .mo file
 * @error: return location for a %VC_DECK_ERROR_TRANSLATION_INVALID error
 *
 * Checks the catalog with vc_catalog_check(), then reads it into a table.
 * Only the catalog of the language in use needs this.
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL
 */
VcCatalog *
vc_catalog_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(VcCatalog) self = NULL;
  const guint8 *data;
  gsize size;
  guint32 n, originals, translations;
  gboolean swapped;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!vc_catalog_check (bytes, NULL, error))
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  swapped = read_u32 (data, 0, FALSE) == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  self = g_new0 (VcCatalog, 1);
  self->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len, str_len;
      const char *id = read_string (data, size, originals, i, swapped, &id_len);
      const char *str = read_string (data, size, translations, i, swapped, &str_len);

      if (id == NULL || str == NULL)
        goto invalid;

      /* Skip the header, strings with a context and plural forms; decks
       * use none of them. */
      if (id_len == 0 || memchr (id, '\004', id_len) != NULL || memchr (id, '\0', id_len) != NULL)
        continue;

      /* No text that is not UTF-8 ever reaches the screen. */
      if (!g_utf8_validate (id, id_len, NULL) || !g_utf8_validate (str, str_len, NULL))
        goto invalid;

      /* Untranslated entries are left out, so the source string is used. */
      if (str_len > 0)
        g_hash_table_insert (self->strings, g_strndup (id, id_len), g_strndup (str, str_len));
    }

  return g_steal_pointer (&self);

invalid:
  g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_TRANSLATION_INVALID,
                       _("The translation is not a compiled gettext catalog (.mo file)."));
  return NULL;
}

/**
 * vc_catalog_lookup:
 * @self: a #VcCatalog
 * @msgid: the source string
 *
 * Returns: (transfer none): the translation, or @msgid itself
 */
const char *
vc_catalog_lookup (VcCatalog  *self,
                   const char *msgid)
{
  const char *translation;

  g_return_val_if_fail (self != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (self->strings, msgid);
  return translation ? translation : msgid;
}

guint
vc_catalog_get_n_strings (VcCatalog *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->strings);
}

void
vc_catalog_free (VcCatalog *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->strings);
  g_free (self);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const char * const *pa = a, * const *pb = b;

  return strcmp (pa[0], pb[0]);
}

static void
append_u32 (GByteArray *out,
            guint32     value)
{
  guint32 le = GUINT32_TO_LE (value);

  g_byte_array_append (out, (const guint8 *)&le, sizeof le);
}

/**
 * vc_catalog_build:
 * @msgids: the source strings, with a context as "context\004msgid"
 * @msgstrs: their translations, in the same order
 *
 * Writes a compiled gettext catalog (.mo) as msgfmt would for these
 * messages: the strings sorted, each one stored once, no hash table. It
 * is what vc_catalog_check() and vc_catalog_new_from_bytes() read.
 *
 * Returns: (transfer full): the catalog
 */
GBytes *
vc_catalog_build (GPtrArray *msgids,
                  GPtrArray *msgstrs)
{
  g_autofree const char **pairs = NULL;
  GByteArray *out;
  guint n;
  gsize offset;

  g_return_val_if_fail (msgids != NULL && msgstrs != NULL, NULL);
  g_return_val_if_fail (msgids->len == msgstrs->len, NULL);

  n = msgids->len;
  pairs = g_new (const char *, (gsize)n * 2 + 1);
  for (guint i = 0; i < n; i++)
    {
      pairs[2 * i] = g_ptr_array_index (msgids, i);
      pairs[2 * i + 1] = g_ptr_array_index (msgstrs, i);
    }
  if (n > 0)
    qsort (pairs, n, 2 * sizeof (char *), compare_keys);

  out = g_byte_array_new ();
  append_u32 (out, MO_MAGIC);
  append_u32 (out, 0);                /* revision */
  append_u32 (out, n);
  append_u32 (out, 28);               /* the table of source strings */
  append_u32 (out, 28 + n * 8);       /* the table of translations */
  append_u32 (out, 0);                /* no hash table */
  append_u32 (out, 28 + n * 16);

  offset = 28 + (gsize)n * 16;
  for (guint column = 0; column < 2; column++)
    for (guint i = 0; i < n; i++)
      {
        gsize length = strlen (pairs[2 * i + column]);

        append_u32 (out, length);
        append_u32 (out, offset);
        offset += length + 1;
      }
  for (guint column = 0; column < 2; column++)
    for (guint i = 0; i < n; i++)
      {
        const char *s = pairs[2 * i + column];

        g_byte_array_append (out, (const guint8 *)s, strlen (s) + 1);
      }

  return g_byte_array_free_to_bytes (out);
}

/**
 * vc_catalog_contains:
 * @self: a #VcCatalog
 * @msgid: a source string
 *
 * Returns: whether the catalog has a translation of @msgid
 */
gboolean
vc_catalog_contains (VcCatalog  *self,
                     const char *msgid)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->strings, msgid);
}

/**
 * vc_catalog_dup_msgids:
 * @self: a #VcCatalog
 *
 * Returns: (transfer full): the source strings it translates, sorted
 */
GPtrArray *
vc_catalog_dup_msgids (VcCatalog *self)
{
  GPtrArray *msgids = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, NULL);

  g_hash_table_iter_init (&iter, self->strings);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (msgids, g_strdup (key));
  g_ptr_array_sort (msgids, compare_keys);
  return msgids;
}
