/* vc-deck-writer.c
 *
 * Writing a deck's JSON the one canonical way, and saving it safely.
 *
 * Decks are files people read, compare and keep in version control, so a
 * deck is always written the same way: two spaces of indent, members in the
 * order of the schema (members the format does not know come last, in the
 * order they had), and text as UTF-8, with only what JSON requires escaped.
 * That way saving a deck that did not change gives the same bytes, and a
 * change shows up in a diff as just that change.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vc-deck-writer.h"

typedef enum
{
  CONTEXT_OTHER,
  CONTEXT_ROOT,
  CONTEXT_ROLE,
  CONTEXT_INTRODUCTION,
  CONTEXT_STEP,
  CONTEXT_VALUES_GAME,
  CONTEXT_WORD,
  CONTEXT_IMAGE,
  CONTEXT_CARD,
  CONTEXT_STAGE,
  CONTEXT_QUESTION,
  CONTEXT_ACTION,
} Context;

typedef struct
{
  const char *name;
  Context     child;   /* the context of the member's value, or of its items */
} Member;

#define END { NULL, CONTEXT_OTHER }

static const Member root_members[] = {
  { "format-version", CONTEXT_OTHER }, { "id", CONTEXT_OTHER }, { "version", CONTEXT_OTHER },
  { "kind", CONTEXT_OTHER }, { "title", CONTEXT_OTHER }, { "subtitle", CONTEXT_OTHER },
  { "description", CONTEXT_OTHER }, { "source-language", CONTEXT_OTHER },
  { "translation-domain", CONTEXT_OTHER }, { "authors", CONTEXT_OTHER },
  { "license", CONTEXT_OTHER }, { "audience", CONTEXT_OTHER }, { "formats", CONTEXT_OTHER },
  { "minutes-per-card", CONTEXT_OTHER }, { "roles", CONTEXT_ROLE },
  { "introduction", CONTEXT_INTRODUCTION }, { "values-game", CONTEXT_VALUES_GAME },
  { "cards", CONTEXT_CARD }, { "closing", CONTEXT_CARD }, { "translations", CONTEXT_OTHER },
  END
};
static const Member role_members[] = {
  { "id", CONTEXT_OTHER }, { "name", CONTEXT_OTHER }, { "description", CONTEXT_OTHER }, END
};
static const Member introduction_members[] = {
  { "title", CONTEXT_OTHER }, { "purpose", CONTEXT_OTHER },
  { "ground-rules", CONTEXT_OTHER }, { "steps", CONTEXT_STEP }, END
};
static const Member step_members[] = {
  { "title", CONTEXT_OTHER }, { "text", CONTEXT_OTHER }, END
};
static const Member values_game_members[] = {
  { "instructions", CONTEXT_OTHER }, { "words", CONTEXT_WORD }, { "images", CONTEXT_IMAGE }, END
};
static const Member word_members[] = {
  { "id", CONTEXT_OTHER }, { "word", CONTEXT_OTHER }, { "definition", CONTEXT_OTHER }, END
};
static const Member image_members[] = {
  { "id", CONTEXT_OTHER }, { "file", CONTEXT_OTHER }, { "alt", CONTEXT_OTHER },
  { "caption", CONTEXT_OTHER }, END
};
static const Member card_members[] = {
  { "id", CONTEXT_OTHER }, { "kind", CONTEXT_OTHER }, { "title", CONTEXT_OTHER },
  { "group", CONTEXT_OTHER }, { "text", CONTEXT_OTHER }, { "prompt", CONTEXT_OTHER },
  { "tags", CONTEXT_OTHER }, { "minutes", CONTEXT_OTHER },
  { "facilitator-notes", CONTEXT_OTHER }, { "stages", CONTEXT_STAGE },
  { "questions", CONTEXT_QUESTION }, { "actions", CONTEXT_ACTION }, END
};
static const Member stage_members[] = {
  { "text", CONTEXT_OTHER }, { "questions", CONTEXT_QUESTION }, END
};
static const Member question_members[] = {
  { "text", CONTEXT_OTHER }, { "options", CONTEXT_OTHER }, END
};
static const Member action_members[] = {
  { "label", CONTEXT_OTHER }, { "text", CONTEXT_OTHER }, { "questions", CONTEXT_QUESTION }, END
};

static const Member * const members_of[] = {
  [CONTEXT_OTHER] = NULL,
  [CONTEXT_ROOT] = root_members,
  [CONTEXT_ROLE] = role_members,
  [CONTEXT_INTRODUCTION] = introduction_members,
  [CONTEXT_STEP] = step_members,
  [CONTEXT_VALUES_GAME] = values_game_members,
  [CONTEXT_WORD] = word_members,
  [CONTEXT_IMAGE] = image_members,
  [CONTEXT_CARD] = card_members,
  [CONTEXT_STAGE] = stage_members,
  [CONTEXT_QUESTION] = question_members,
  [CONTEXT_ACTION] = action_members,
};

static void
append_indent (GString *out,
               guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append_len (out, "  ", 2);
}

/* Escapes what JSON requires and nothing more, the way most tools that
 * keep UTF-8 do, so a deck written by hand in such a tool is already
 * canonical. */
static void
append_string (GString    *out,
               const char *string)
{
  const char *run = string;
  const char *p;

  g_string_append_c (out, '"');
  for (p = string; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;
      const char *escape = NULL;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
      if (escape != NULL)
        g_string_append (out, escape);
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void append_node (GString  *out,
                         JsonNode *node,
                         Context   context,
                         guint     depth);

static gboolean
is_known (const Member *members,
          const char   *name)
{
  for (guint i = 0; members != NULL && members[i].name != NULL; i++)
    if (strcmp (members[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

static void
append_member (GString    *out,
               const char *name,
               JsonNode   *value,
               Context     context,
               guint       depth,
               gboolean   *first)
{
  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  append_indent (out, depth + 1);
  append_string (out, name);
  g_string_append_len (out, ": ", 2);
  append_node (out, value, context, depth + 1);
}

static void
append_object (GString    *out,
               JsonObject *object,
               Context     context,
               guint       depth)
{
  const Member *members = members_of[context];
  guint size = json_object_get_size (object);
  guint n_known = 0;
  gboolean first = TRUE;

  if (size == 0)
    {
      g_string_append_len (out, "{}", 2);
      return;
    }

  g_string_append_c (out, '{');
  for (guint i = 0; members != NULL && members[i].name != NULL; i++)
    {
      JsonNode *value = json_object_get_member (object, members[i].name);

      if (value == NULL)
        continue;
      append_member (out, members[i].name, value, members[i].child, depth, &first);
      n_known++;
    }

  if (n_known < size)
    {
      g_autoptr(GList) names = json_object_get_members (object);

      for (const GList *l = names; l != NULL; l = l->next)
        if (!is_known (members, l->data))
          append_member (out, l->data, json_object_get_member (object, l->data),
                         CONTEXT_OTHER, depth, &first);
    }

  append_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
append_array (GString   *out,
              JsonArray *array,
              Context    context,
              guint      depth)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append_len (out, "[]", 2);
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < length; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_indent (out, depth + 1);
      append_node (out, json_array_get_element (array, i), context, depth + 1);
    }
  append_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
append_value (GString  *out,
              JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      append_string (out, json_node_get_string (node));
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_DOUBLE:
      g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      break;
    default:
      g_string_append (out, "null");
    }
}

static void
append_node (GString  *out,
             JsonNode *node,
             Context   context,
             guint     depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, json_node_get_object (node), context, depth);
      break;
    case JSON_NODE_ARRAY:
      append_array (out, json_node_get_array (node), context, depth);
      break;
    case JSON_NODE_VALUE:
      append_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
    }
}

/**
 * vc_deck_write_canonical:
 * @root: the deck's root node
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the deck as canonical JSON, ending with a newline
 */
char *
vc_deck_write_canonical (JsonNode *root,
                         gsize    *length)
{
  GString *out;

  g_return_val_if_fail (root != NULL, NULL);

  out = g_string_sized_new (64 * 1024);
  append_node (out, root, CONTEXT_ROOT, 0);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

#define SAVING_INFIX ".saving-"

/* ".our-values.vcdeck.saving-XXXXXX": hidden, named after the deck so a
 * person who finds one knows what it is, and recognisable as ours. */
static char *
temporary_prefix (const char *basename)
{
  return g_strconcat (".", basename, SAVING_INFIX, NULL);
}

/* A save that was killed leaves its temporary file behind; the next save
 * of the same deck clears it away, so they never pile up. */
static void
remove_leftovers (const char *dir_path,
                  const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strlen (name) == strlen (prefix) + 6)
      {
        g_autofree char *path = g_build_filename (dir_path, name, NULL);

        g_unlink (path);
      }
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return TRUE;
}

/**
 * vc_deck_save_atomically:
 * @path: where to save
 * @data: the contents
 * @length: their length
 * @error: return location for an error
 *
 * Writes @data to a new file beside @path, flushes it to the disk and only
 * then renames it over @path, so that whenever the program stops, even
 * killed or by a power cut, @path holds either the old contents or the new.
 *
 * Returns: whether the file was saved
 */
gboolean
vc_deck_save_atomically (const char  *path,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *tmp = NULL;
  int saved_errno;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  dir_path = g_path_get_dirname (path);
  basename = g_path_get_basename (path);
  prefix = temporary_prefix (basename);
  remove_leftovers (dir_path, prefix);

  tmp = g_strconcat (dir_path, G_DIR_SEPARATOR_S, prefix, "XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    goto failed;

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      errno = saved_errno;
      goto failed;
    }
  if (close (fd) != 0 || g_rename (tmp, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      errno = saved_errno;
      goto failed;
    }

  /* The rename itself reaches the disk only with the folder. */
  fd = open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;

failed:
  saved_errno = errno ? errno : EIO;
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}
