/* vc-json-reader.c
 *
 * What every reader of a JSON file in the app shares: reading the file
 * itself safely, and keeping track of the place in it for messages.
 *
 * The deck loader, the session JSON code and the session store all read
 * through here, so a file swapped for a FIFO, a device or a huge file is
 * refused the same way everywhere; the strict syntax check that comes
 * next is vc_json_check().
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vc-json-reader.h"

/**
 * vc_json_read_file:
 * @path: a file name
 * @flags: whether a symbolic link is followed
 * @max: the most bytes the file may have
 * @not_regular: the error code for a folder, a FIFO, a device…
 * @too_large: the error code for a file larger than @max
 * @error: a #VC_DECK_ERROR: @not_regular, @too_large, NOT_FOUND or IO
 *
 * Reads a regular file of at most @max bytes without following it into a
 * FIFO, a device or a directory, and without blocking on any of them: the
 * file is opened without waiting and checked on the open descriptor, so
 * it cannot be swapped between the check and the read.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
vc_json_read_file (const char      *path,
                   VcJsonReadFlags  flags,
                   gsize            max,
                   VcDeckError  not_regular,
                   VcDeckError  too_large,
                   GError     **error)
{
  g_autofree guint8 *data = NULL;
  struct stat st;
  gsize done = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
                     | ((flags & VC_JSON_READ_NO_LINKS) ? O_NOFOLLOW : 0), 0);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ELOOP && (flags & VC_JSON_READ_NO_LINKS))
        g_set_error_literal (error, VC_DECK_ERROR, not_regular,
                             _("This is a link, not a file."));
      else if (saved == ENOENT || saved == ENOTDIR)
        g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND,
                             _("The file does not exist."));
      else
        g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                     _("The file cannot be opened: %s."), g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, VC_DECK_ERROR, not_regular,
                           S_ISDIR (st.st_mode) ? _("This is a folder, not a file.")
                                                : _("This is not a regular file."));
      close (fd);
      return NULL;
    }

  if ((guint64)st.st_size > max)
    {
      g_autofree char *limit = g_format_size (max);

      g_set_error (error, VC_DECK_ERROR, too_large,
                   _("The file is larger than %s."), limit);
      close (fd);
      return NULL;
    }

  /* Read one byte more than stat said, to notice a file that grew. */
  data = g_malloc (st.st_size + 1);
  for (;;)
    {
      gssize n = read (fd, data + done, st.st_size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                       _("The file cannot be read: %s."), g_strerror (saved));
          close (fd);
          return NULL;
        }
      if (n == 0 || done + n > (gsize)st.st_size)
        {
          done += n;
          break;
        }
      done += n;
    }
  close (fd);

  if (done > (gsize)st.st_size)
    {
      g_set_error_literal (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                           _("The file changed while it was being read."));
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), done);
}

/**
 * vc_json_path_push_member:
 * @path: a place in a JSON text, as “deck.id” or “$.cards[2]”
 * @name: a member of the object at @path
 *
 * Returns: the length to give vc_json_path_pop() to come back
 */
gsize
vc_json_path_push_member (GString    *path,
                          const char *name)
{
  gsize len = path->len;

  if (len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, name);
  return len;
}

/**
 * vc_json_path_push_index:
 * @path: a place in a JSON text
 * @index: an entry of the list at @path, from 0
 *
 * Returns: the length to give vc_json_path_pop() to come back
 */
gsize
vc_json_path_push_index (GString *path,
                         guint    index)
{
  gsize len = path->len;
  char digits[16];
  guint n = 0;

  /* Runs for every entry of every list: cheaper than a printf. */
  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);

  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, digits[--n]);
  g_string_append_c (path, ']');

  return len;
}

void
vc_json_path_pop (GString *path,
                  gsize    len)
{
  g_string_truncate (path, len);
}

/**
 * vc_json_type_label:
 * @node: a JSON value
 *
 * Returns: what kind of value @node is, in words for a message: “a list”
 */
const char *
vc_json_type_label (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}
