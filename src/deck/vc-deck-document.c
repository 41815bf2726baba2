/* vc-deck-document.c
 *
 * A deck as its editor sees it: the JSON itself, with undo and saving.
 *
 * The editor works on the deck's JSON tree rather than on a VcDeck: a deck
 * with mistakes must open so that they can be fixed, the texts must stay in
 * the deck's own language rather than the reader's, and every member must
 * come back out as it went in. Every change is made of a few small edits
 * of the tree (set a member, put in or take out a list item, move an
 * item), each of which knows how to undo itself; a step of the undo
 * history is a list of them.
 *
 * Nodes are never changed in place, only replaced, so an edit can keep the
 * node it replaced without copying it: undoing restores that very node.
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

#include "vc-deck-document-private.h"
#include "vc-deck-draft.h"
#include "vc-deck-error.h"
#include "vc-deck-writer.h"
#include "vc-json-check.h"
#include "vc-json-reader.h"

typedef enum
{
  EDIT_SET_MEMBER,
  EDIT_INSERT,
  EDIT_REMOVE,
  EDIT_MOVE,
} EditKind;

typedef struct
{
  EditKind  kind;
  char     *container;  /* the path of the object or the list */
  char     *member;     /* EDIT_SET_MEMBER */
  JsonNode *before;     /* EDIT_SET_MEMBER: NULL if there was no member */
  JsonNode *after;      /* EDIT_SET_MEMBER: NULL to take the member out */
  int       position;   /* EDIT_SET_MEMBER: where the member was */
  guint     index;      /* EDIT_INSERT, EDIT_REMOVE, EDIT_MOVE (from) */
  guint     to;         /* EDIT_MOVE */
  JsonNode *node;       /* EDIT_INSERT, EDIT_REMOVE */
} Edit;

typedef struct
{
  char      *label;
  GPtrArray *edits;
  char      *merge_path;
  gint64     time;
  guint64    serial;
} Step;

struct _VcDeckDocument
{
  GObject     parent_instance;

  GFile      *file;
  JsonNode   *root;

  GPtrArray  *undo;
  GPtrArray  *redo;
  Step       *open_step;
  guint       open_depth;
  guint64     next_serial;
  guint64     saved_serial;
  gboolean    merge_broken;

  guint       draft_source;
  GSourceFunc draft_callback;
};

G_DEFINE_FINAL_TYPE (VcDeckDocument, vc_deck_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->container);
  g_free (edit->member);
  g_clear_pointer (&edit->before, json_node_unref);
  g_clear_pointer (&edit->after, json_node_unref);
  g_clear_pointer (&edit->node, json_node_unref);
  g_free (edit);
}

static Step *
step_new (const char *label,
          guint64     serial)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->edits = g_ptr_array_new_with_free_func (edit_free);
  step->serial = serial;
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_free (step->merge_path);
  g_ptr_array_unref (step->edits);
  g_free (step);
}

/* Paths */

/* Splits "/cards/2/title" into its parts; "~1" stands for "/" and "~0"
 * for "~" in a member's name, as in a JSON Pointer. */
static char **
split_path (const char *path)
{
  char **parts;

  if (path == NULL || path[0] != '/')
    return NULL;
  if (path[1] == '\0')
    return g_new0 (char *, 1);

  parts = g_strsplit (path + 1, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strchr (parts[i], '~') != NULL)
      {
        GString *s = g_string_new (NULL);

        for (const char *p = parts[i]; *p != '\0'; p++)
          {
            if (p[0] == '~' && p[1] == '1')
              g_string_append_c (s, '/'), p++;
            else if (p[0] == '~' && p[1] == '0')
              g_string_append_c (s, '~'), p++;
            else
              g_string_append_c (s, *p);
          }
        g_free (parts[i]);
        parts[i] = g_string_free (s, FALSE);
      }
  return parts;
}

static gboolean
parse_index (const char *part,
             guint      *index)
{
  guint64 value;

  if (part[0] == '\0' || !g_ascii_isdigit (part[0]) || (part[0] == '0' && part[1] != '\0'))
    return FALSE;
  if (!g_ascii_string_to_unsigned (part, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;
  *index = value;
  return TRUE;
}

static char *
join_path (const char *container,
           const char *part)
{
  g_autofree char *escaped = NULL;

  if (strpbrk (part, "/~") != NULL)
    {
      g_autofree char *tilde = NULL;
      char **bits = g_strsplit (part, "~", -1);

      tilde = g_strjoinv ("~0", bits);
      g_strfreev (bits);
      bits = g_strsplit (tilde, "/", -1);
      escaped = g_strjoinv ("~1", bits);
      g_strfreev (bits);
      part = escaped;
    }

  if (g_str_equal (container, "/"))
    return g_strconcat ("/", part, NULL);
  return g_strconcat (container, "/", part, NULL);
}

static char *
join_index (const char *container,
            guint       index)
{
  char number[16];

  g_snprintf (number, sizeof number, "%u", index);
  return join_path (container, number);
}

/* Splits @path into the path of its container and its last part. */
static gboolean
split_last (const char  *path,
            char       **container,
            char       **last)
{
  const char *slash;

  if (path == NULL || path[0] != '/' || path[1] == '\0')
    return FALSE;
  slash = strrchr (path, '/');
  *container = slash == path ? g_strdup ("/") : g_strndup (path, slash - path);
  *last = g_strdup (slash + 1);
  if (strchr (*last, '~') != NULL)
    {
      g_auto(GStrv) parts = split_path (slash);

      g_free (*last);
      *last = g_strdup (parts[0]);
    }
  return TRUE;
}

static JsonNode *
lookup (JsonNode   *root,
        const char *path)
{
  g_auto(GStrv) parts = split_path (path);
  JsonNode *node = root;

  if (parts == NULL)
    return NULL;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      guint index;

      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      else if (JSON_NODE_HOLDS_ARRAY (node) && parse_index (parts[i], &index) &&
               index < json_array_get_length (json_node_get_array (node)))
        node = json_array_get_element (json_node_get_array (node), index);
      else
        node = NULL;
    }
  return node;
}

static gboolean
not_found (const char  *path,
           GError     **error)
{
  g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND,
               /* Translators: %s is a place in a deck, such as /cards/2/title */
               _("There is no “%s” in the deck. Reload the deck and try again."), path);
  return FALSE;
}

/**
 * vc_deck_document_deep_copy:
 * @node: a JSON node
 *
 * json_node_copy() shares the objects and lists inside a node; a copy
 * that will be changed on its own needs its own.
 *
 * Returns: (transfer full): a copy of @node that shares nothing with it
 */
JsonNode *
vc_deck_document_deep_copy (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *source = json_node_get_object (node);
        JsonObject *object = json_object_new ();
        g_autoptr(GList) names = json_object_get_members (source);
        JsonNode *copy;

        for (const GList *l = names; l != NULL; l = l->next)
          json_object_set_member (object, l->data,
                                  vc_deck_document_deep_copy (json_object_get_member (source, l->data)));
        copy = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return copy;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *source = json_node_get_array (node);
        JsonArray *array = json_array_sized_new (json_array_get_length (source));
        JsonNode *copy;

        for (guint i = 0; i < json_array_get_length (source); i++)
          json_array_add_element (array, vc_deck_document_deep_copy (json_array_get_element (source, i)));
        copy = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return copy;
      }
    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

/* Tree surgery json-glib does not offer: putting a list item or an
 * object member at a given place. The items after it are taken out and
 * put back behind it. */

static void
array_insert (JsonArray *array,
              guint      index,
              JsonNode  *node)
{
  guint length = json_array_get_length (array);
  g_autoptr(GPtrArray) tail = g_ptr_array_new ();

  for (guint i = index; i < length; i++)
    g_ptr_array_add (tail, json_node_ref (json_array_get_element (array, i)));
  for (guint i = length; i > index; i--)
    json_array_remove_element (array, i - 1);

  json_array_add_element (array, json_node_ref (node));
  for (guint i = 0; i < tail->len; i++)
    json_array_add_element (array, g_ptr_array_index (tail, i));
}

static int
member_position (JsonObject *object,
                 const char *name)
{
  g_autoptr(GList) names = json_object_get_members (object);
  int position = 0;

  for (const GList *l = names; l != NULL; l = l->next, position++)
    if (g_str_equal (l->data, name))
      return position;
  return -1;
}

static void
object_insert (JsonObject *object,
               const char *name,
               JsonNode   *node,
               int         position)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GPtrArray) tail_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tail_nodes = g_ptr_array_new ();
  int i = 0;

  for (const GList *l = names; l != NULL; l = l->next, i++)
    if (position >= 0 && i >= position)
      {
        g_ptr_array_add (tail_names, g_strdup (l->data));
        g_ptr_array_add (tail_nodes, json_node_ref (json_object_get_member (object, l->data)));
      }
  for (guint j = 0; j < tail_names->len; j++)
    json_object_remove_member (object, g_ptr_array_index (tail_names, j));

  json_object_set_member (object, name, json_node_ref (node));
  for (guint j = 0; j < tail_names->len; j++)
    json_object_set_member (object, g_ptr_array_index (tail_names, j),
                            g_ptr_array_index (tail_nodes, j));
}

/* Applying and undoing edits */

static void
apply_edit (VcDeckDocument *self,
            Edit           *edit,
            gboolean        forward)
{
  JsonNode *container = lookup (self->root, edit->container);

  g_assert (container != NULL);

  switch (edit->kind)
    {
    case EDIT_SET_MEMBER:
      {
        JsonObject *object = json_node_get_object (container);
        JsonNode *value = forward ? edit->after : edit->before;

        if (value == NULL)
          json_object_remove_member (object, edit->member);
        else if (!forward && edit->after == NULL)
          object_insert (object, edit->member, value, edit->position);
        else
          json_object_set_member (object, edit->member, json_node_ref (value));
      }
      break;

    case EDIT_INSERT:
    case EDIT_REMOVE:
      {
        JsonArray *array = json_node_get_array (container);

        if ((edit->kind == EDIT_INSERT) == forward)
          array_insert (array, edit->index, edit->node);
        else
          json_array_remove_element (array, edit->index);
      }
      break;

    case EDIT_MOVE:
      {
        JsonArray *array = json_node_get_array (container);
        guint from = forward ? edit->index : edit->to;
        guint to = forward ? edit->to : edit->index;
        g_autoptr(JsonNode) node = json_node_ref (json_array_get_element (array, from));

        json_array_remove_element (array, from);
        array_insert (array, to, node);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
notify_history (VcDeckDocument *self,
                gboolean        could_undo,
                gboolean        could_redo,
                gboolean        was_modified)
{
  if (could_undo != vc_deck_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != vc_deck_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != vc_deck_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
record (VcDeckDocument *self,
        Edit           *edit)
{
  g_assert (self->open_step != NULL);

  apply_edit (self, edit, TRUE);
  g_ptr_array_add (self->open_step->edits, edit);
  g_signal_emit (self, signals[CHANGED], 0, edit->container);
}

/**
 * vc_deck_document_begin_step:
 * @self: a #VcDeckDocument
 * @label: what the step does, for the undo menu
 *
 * Joins the changes until vc_deck_document_end_step() into one step of
 * the undo history. Steps may nest; the outermost one counts.
 */
void
vc_deck_document_begin_step (VcDeckDocument *self,
                             const char     *label)
{
  g_return_if_fail (VC_IS_DECK_DOCUMENT (self));

  if (self->open_depth++ == 0)
    self->open_step = step_new (label, ++self->next_serial);
}

void
vc_deck_document_end_step (VcDeckDocument *self)
{
  gboolean could_undo, could_redo, was_modified;
  Step *step;

  g_return_if_fail (VC_IS_DECK_DOCUMENT (self));
  g_return_if_fail (self->open_depth > 0);

  if (--self->open_depth > 0)
    return;

  step = g_steal_pointer (&self->open_step);
  if (step->edits->len == 0)
    {
      step_free (step);
      return;
    }

  could_undo = vc_deck_document_can_undo (self);
  could_redo = vc_deck_document_can_redo (self);
  was_modified = vc_deck_document_get_modified (self);

  step->time = g_get_monotonic_time ();
  g_ptr_array_add (self->undo, step);
  if (self->redo->len > 0)
    {
      for (guint i = 0; i < self->redo->len; i++)
        if (((Step *)g_ptr_array_index (self->redo, i))->serial == self->saved_serial)
          self->saved_serial = G_MAXUINT64;
      g_ptr_array_set_size (self->redo, 0);
    }
  self->merge_broken = FALSE;

  notify_history (self, could_undo, could_redo, was_modified);
  vc_deck_document_schedule_draft (self);
}

/**
 * vc_deck_document_break_merge:
 * @self: a #VcDeckDocument
 *
 * Makes the next change a step of its own even if it continues typing in
 * the same field, as when the person has left the field in between.
 */
void
vc_deck_document_break_merge (VcDeckDocument *self)
{
  g_return_if_fail (VC_IS_DECK_DOCUMENT (self));

  self->merge_broken = TRUE;
}

static Step *
top (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

gboolean
vc_deck_document_can_undo (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  return self->undo->len > 0;
}

gboolean
vc_deck_document_can_redo (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  return self->redo->len > 0;
}

guint
vc_deck_document_get_n_undo (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), 0);

  return self->undo->len;
}

const char *
vc_deck_document_get_undo_label (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return self->undo->len > 0 ? top (self->undo)->label : NULL;
}

const char *
vc_deck_document_get_redo_label (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return self->redo->len > 0 ? top (self->redo)->label : NULL;
}

static gboolean
move_step (VcDeckDocument *self,
           GPtrArray      *from,
           GPtrArray      *to,
           gboolean        forward)
{
  gboolean could_undo, could_redo, was_modified;
  Step *step;

  g_return_val_if_fail (self->open_depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;

  could_undo = vc_deck_document_can_undo (self);
  could_redo = vc_deck_document_can_redo (self);
  was_modified = vc_deck_document_get_modified (self);

  step = g_ptr_array_steal_index (from, from->len - 1);
  if (forward)
    for (guint i = 0; i < step->edits->len; i++)
      apply_edit (self, g_ptr_array_index (step->edits, i), TRUE);
  else
    for (guint i = step->edits->len; i > 0; i--)
      apply_edit (self, g_ptr_array_index (step->edits, i - 1), FALSE);
  g_ptr_array_add (to, step);
  self->merge_broken = TRUE;

  for (guint i = 0; i < step->edits->len; i++)
    g_signal_emit (self, signals[CHANGED], 0, ((Edit *)g_ptr_array_index (step->edits, i))->container);
  notify_history (self, could_undo, could_redo, was_modified);
  vc_deck_document_schedule_draft (self);
  return TRUE;
}

gboolean
vc_deck_document_undo (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  return move_step (self, self->undo, self->redo, FALSE);
}

gboolean
vc_deck_document_redo (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  return move_step (self, self->redo, self->undo, TRUE);
}

/* Drafts: the timer lives here, the writing in vc-deck-draft.c */

static gboolean
on_draft_timer (gpointer user_data)
{
  VcDeckDocument *self = user_data;

  self->draft_source = 0;
  self->draft_callback (self);
  return G_SOURCE_REMOVE;
}

void
vc_deck_document_start_draft_timer (VcDeckDocument *self,
                                    guint           delay_ms,
                                    GSourceFunc     callback)
{
  /* Not moved on by further changes, so a draft is at most this old
   * even while the person keeps typing. */
  self->draft_callback = callback;
  if (self->draft_source == 0)
    self->draft_source = g_timeout_add (delay_ms, on_draft_timer, self);
}

void
vc_deck_document_clear_draft_source (VcDeckDocument *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
}

/* A document restored from a draft has changes that are not saved. */
void
vc_deck_document_mark_unsaved (VcDeckDocument *self)
{
  self->saved_serial = G_MAXUINT64;
}

/* Building and reading */

static void
vc_deck_document_dispose (GObject *object)
{
  VcDeckDocument *self = (VcDeckDocument *)object;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  G_OBJECT_CLASS (vc_deck_document_parent_class)->dispose (object);
}

static void
vc_deck_document_finalize (GObject *object)
{
  VcDeckDocument *self = (VcDeckDocument *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open_step, step_free);

  G_OBJECT_CLASS (vc_deck_document_parent_class)->finalize (object);
}

static void
vc_deck_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VcDeckDocument *self = VC_DECK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, vc_deck_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, vc_deck_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, vc_deck_document_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_deck_document_class_init (VcDeckDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vc_deck_document_dispose;
  object_class->finalize = vc_deck_document_finalize;
  object_class->get_property = vc_deck_document_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VcDeckDocument::changed:
   * @path: the place of the object or list that changed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
vc_deck_document_init (VcDeckDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
}

/* Takes @root. */
VcDeckDocument *
vc_deck_document_new_for_root (JsonNode *root,
                               GFile    *file)
{
  VcDeckDocument *self = g_object_new (VC_TYPE_DECK_DOCUMENT, NULL);

  self->root = root;
  g_set_object (&self->file, file);
  return self;
}

/**
 * vc_deck_document_new:
 * @kind: what kind of deck
 * @title: (nullable): its title, or %NULL for a title of the kind
 *
 * Returns: (transfer full): a new, unsaved deck with a fresh id, the
 *   standard roles and ground rules, and the standard closing card
 */
VcDeckDocument *
vc_deck_document_new (VcDeckKind  kind,
                      const char *title)
{
  return vc_deck_document_new_for_root (vc_deck_document_build_new (kind, title), NULL);
}

/**
 * vc_deck_document_new_from_bytes:
 * @bytes: a deck file's contents
 * @file: (nullable): where they come from
 * @error: return location for an error
 *
 * Opens any deck that is a JSON object, whatever is wrong with it
 * otherwise: that is what an editor is for.
 *
 * Returns: (transfer full): the document, or %NULL if @bytes is not JSON
 */
VcDeckDocument *
vc_deck_document_new_from_bytes (GBytes  *bytes,
                                 GFile   *file,
                                 GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  VcJsonCheckResult result;
  gsize size, offset;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > VC_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size (VC_DECK_MAX_FILE_SIZE);

      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_TOO_LARGE,
                   _("The deck is larger than %s. Link large pictures as files beside the deck instead of embedding them."),
                   limit);
      return NULL;
    }

  result = vc_json_check (data, size, VC_DECK_MAX_DEPTH, &offset);
  if (result != VC_JSON_CHECK_OK)
    {
      g_autofree char *message = NULL;
      g_autofree char *hint = NULL;
      guint line, column;

      vc_json_check_position (data, size, offset, &line, &column);
      vc_json_check_describe (result, data, size, offset, VC_DECK_MAX_DEPTH, &message, &hint);
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX,
                   /* Translators: the first %s says what is wrong, the last how to fix it */
                   _("Line %u, column %u: %s %s"), line, column, message, hint ? hint : "");
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, &local_error) ||
      json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"),
                   local_error ? local_error->message : _("it holds no value"));
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_WRONG_TYPE,
                   _("The file is JSON, but not a deck: a deck is an object in braces { }."));
      return NULL;
    }

  return vc_deck_document_new_for_root (json_node_ref (root), file);
}

/**
 * vc_deck_document_new_from_file:
 * @file: a deck file
 * @error: return location for an error
 *
 * Returns: (transfer full): the document, or %NULL if @file cannot be read
 *   or is not JSON
 */
VcDeckDocument *
vc_deck_document_new_from_file (GFile   *file,
                                GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   _("Only decks on this computer can be edited. Save a copy here first."));
      return NULL;
    }

  bytes = vc_json_read_file (path, VC_JSON_READ_DEFAULT, VC_DECK_MAX_FILE_SIZE,
                             VC_DECK_ERROR_NOT_REGULAR, VC_DECK_ERROR_TOO_LARGE, error);
  if (bytes == NULL)
    return NULL;

  return vc_deck_document_new_from_bytes (bytes, file, error);
}

GFile *
vc_deck_document_get_file (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * vc_deck_document_get_root:
 * @self: a #VcDeckDocument
 *
 * Returns: (transfer none): the deck's tree; change it only through the
 *   document, or undo will not know
 */
JsonNode *
vc_deck_document_get_root (VcDeckDocument *self)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return self->root;
}

char *
vc_deck_document_dup_data (VcDeckDocument *self,
                           gsize          *length)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return vc_deck_write_canonical (self->root, length);
}

GBytes *
vc_deck_document_dup_bytes (VcDeckDocument *self)
{
  gsize length;
  char *data = vc_deck_document_dup_data (self, &length);

  return g_bytes_new_take (data, length);
}

gboolean
vc_deck_document_get_modified (VcDeckDocument *self)
{
  Step *step;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  step = top (self->undo);
  return (step ? step->serial : 0) != self->saved_serial;
}

/**
 * vc_deck_document_save:
 * @self: a #VcDeckDocument
 * @file: (nullable): where to save, or %NULL for the document's own file
 * @error: return location for an error
 *
 * Saves the deck as canonical JSON, whether or not it has problems (work
 * in progress is still work). The file on the disk is replaced only once
 * the new one is complete.
 *
 * Returns: whether the deck was saved
 */
gboolean
vc_deck_document_save (VcDeckDocument  *self,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gboolean was_modified;
  Step *step;
  gsize length;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   _("A deck can only be saved to a folder on this computer."));
      return FALSE;
    }

  data = vc_deck_write_canonical (self->root, &length);
  if (!vc_deck_save_atomically (path, data, length, &local_error))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_IO,
                   /* Translators: %s is the reason, such as "No space left on device" */
                   _("The deck was not saved, and the copy on the disk is unchanged: %s. Your changes are still open; free some space or choose another folder, and save again."),
                   local_error->message);
      return FALSE;
    }

  was_modified = vc_deck_document_get_modified (self);
  step = top (self->undo);
  self->saved_serial = step ? step->serial : 0;
  vc_deck_document_discard_draft (self);
  self->merge_broken = TRUE;

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  return TRUE;
}

/**
 * vc_deck_document_check:
 * @self: a #VcDeckDocument
 * @flags: how to load it
 * @problems: (out) (optional) (transfer full): what is wrong with the deck
 * @error: return location for an error
 *
 * Reads the deck as it is now with the same loader the app plays decks
 * with, pictures beside the deck included.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL if it has errors
 */
VcDeck *
vc_deck_document_check (VcDeckDocument  *self,
                        VcDeckLoadFlags  flags,
                        GListModel     **problems,
                        GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base_dir = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  bytes = vc_deck_document_dup_bytes (self);
  if (self->file != NULL && (parent = g_file_get_parent (self->file)) != NULL)
    base_dir = g_file_get_path (parent);

  return vc_deck_load_bytes (bytes, base_dir, flags, problems, error);
}

JsonNode *
vc_deck_document_get_node (VcDeckDocument *self,
                           const char     *path)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return lookup (self->root, path);
}

const char *
vc_deck_document_get_string (VcDeckDocument *self,
                             const char     *path)
{
  JsonNode *node = vc_deck_document_get_node (self, path);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

guint
vc_deck_document_get_length (VcDeckDocument *self,
                             const char     *path)
{
  JsonNode *node = vc_deck_document_get_node (self, path);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return 0;
  return json_array_get_length (json_node_get_array (node));
}

/* Changing */

static gboolean
is_id_member (const char *container,
              const char *member)
{
  g_autofree char *list = NULL;
  g_autofree char *last = NULL;

  if (!g_str_equal (member, "id"))
    return FALSE;
  if (g_str_equal (container, "/closing"))
    return TRUE;
  if (!split_last (container, &list, &last))
    return FALSE;
  return vc_deck_document_path_has_ids (list);
}

/* The list whose ids the item at @item_path must not clash with. */
static char *
id_scope (const char *item_path)
{
  g_autofree char *last = NULL;
  char *list = NULL;

  if (g_str_equal (item_path, "/closing"))
    return g_strdup ("/cards");
  if (!split_last (item_path, &list, &last))
    return NULL;
  return list;
}

static char *
unique_id_for (VcDeckDocument *self,
               const char     *item_path,
               const char     *wanted)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *scope = id_scope (item_path);
  g_autofree char *clean = vc_deck_make_id (wanted);

  vc_deck_document_collect_ids (self, scope, item_path, ids);
  return vc_deck_document_unique_id (ids, clean);
}

static gboolean
set_member (VcDeckDocument  *self,
            const char      *path,
            JsonNode        *value,
            const char      *label,
            GError         **error)
{
  g_autofree char *container_path = NULL;
  g_autofree char *member = NULL;
  JsonNode *container;
  JsonNode *before;
  Edit *edit;
  Step *last;
  gint64 now = g_get_monotonic_time ();
  gboolean merge;
  guint index;

  if (!split_last (path, &container_path, &member) ||
      (container = lookup (self->root, container_path)) == NULL)
    return not_found (path, error);

  if (JSON_NODE_HOLDS_ARRAY (container))
    {
      JsonArray *array = json_node_get_array (container);

      if (!parse_index (member, &index) || index >= json_array_get_length (array))
        return not_found (path, error);
      before = json_array_get_element (array, index);
    }
  else if (JSON_NODE_HOLDS_OBJECT (container))
    before = json_object_get_member (json_node_get_object (container), member);
  else
    return not_found (path, error);

  if (value == NULL && before == NULL)
    return TRUE;
  if (value != NULL && before != NULL && json_node_equal (value, before))
    return TRUE;

  if (value != NULL && JSON_NODE_HOLDS_OBJECT (container) && is_id_member (container_path, member) &&
      json_node_get_value_type (value) == G_TYPE_STRING)
    {
      g_autofree char *id = unique_id_for (self, container_path, json_node_get_string (value));

      value = json_node_init_string (json_node_alloc (), id);
    }
  else if (value != NULL)
    json_node_ref (value);

  /* Typing on in the same field joins the last step, as in a text editor. */
  last = top (self->undo);
  merge = self->open_depth == 0 && last != NULL && !self->merge_broken &&
          self->redo->len == 0 && last->merge_path != NULL &&
          g_str_equal (last->merge_path, path) && now - last->time < VC_DECK_DOCUMENT_MERGE_USEC &&
          value != NULL && json_node_get_value_type (value) == G_TYPE_STRING;

  if (merge)
    {
      gboolean was_modified = vc_deck_document_get_modified (self);

      g_ptr_array_steal_index (self->undo, self->undo->len - 1);
      self->open_step = last;
      self->open_depth = 1;
      if (last->serial == self->saved_serial)
        last->serial = ++self->next_serial;
      if (was_modified != vc_deck_document_get_modified (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  else
    vc_deck_document_begin_step (self, label);

  if (JSON_NODE_HOLDS_ARRAY (container))
    {
      edit = g_new0 (Edit, 1);
      edit->kind = EDIT_REMOVE;
      edit->container = g_strdup (container_path);
      edit->index = index;
      edit->node = json_node_ref (before);
      record (self, edit);
      if (value != NULL)
        {
          edit = g_new0 (Edit, 1);
          edit->kind = EDIT_INSERT;
          edit->container = g_strdup (container_path);
          edit->index = index;
          edit->node = value;
          record (self, edit);
        }
    }
  else
    {
      edit = g_new0 (Edit, 1);
      edit->kind = EDIT_SET_MEMBER;
      edit->container = g_strdup (container_path);
      edit->member = g_strdup (member);
      edit->position = before ? member_position (json_node_get_object (container), member) : -1;
      edit->before = before ? json_node_ref (before) : NULL;
      edit->after = value;
      record (self, edit);
    }

  /* Only a step of its own can be typed on; a change inside a larger
   * step stays part of that. */
  if (self->open_depth == 1 &&
      (merge || (value != NULL && json_node_get_value_type (value) == G_TYPE_STRING)))
    {
      g_free (self->open_step->merge_path);
      self->open_step->merge_path = g_strdup (path);
    }
  vc_deck_document_end_step (self);
  if (self->open_depth == 0 && top (self->undo) != NULL)
    top (self->undo)->time = now;
  return TRUE;
}

gboolean
vc_deck_document_set_node (VcDeckDocument  *self,
                           const char      *path,
                           JsonNode        *value,
                           GError         **error)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return set_member (self, path, value, C_("undo", "Change"), error);
}

/**
 * vc_deck_document_set_string:
 * @self: a #VcDeckDocument
 * @path: the place of a member or a list item
 * @value: (nullable): the new text, or %NULL to take the member out
 * @error: return location for an error
 *
 * Typing on in one field within a moment joins one undo step. Setting an
 * item's id keeps it unique: a clash gets a number added.
 *
 * Returns: whether the deck has @value at @path now
 */
gboolean
vc_deck_document_set_string (VcDeckDocument  *self,
                             const char      *path,
                             const char      *value,
                             GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (value == NULL)
    return vc_deck_document_unset (self, path, error);
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8. Type or paste it again."));
      return FALSE;
    }

  node = json_node_init_string (json_node_alloc (), value);
  /* Translators: the name of an undo step, as in "Undo Typing" */
  return set_member (self, path, node, C_("undo", "Typing"), error);
}

gboolean
vc_deck_document_set_int (VcDeckDocument  *self,
                          const char      *path,
                          gint64           value,
                          GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  node = json_node_init_int (json_node_alloc (), value);
  return set_member (self, path, node, C_("undo", "Change"), error);
}

gboolean
vc_deck_document_set_strv (VcDeckDocument      *self,
                           const char          *path,
                           const char * const  *value,
                           GError             **error)
{
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  array = json_array_new ();
  for (guint i = 0; value != NULL && value[i] != NULL; i++)
    json_array_add_string_element (array, value[i]);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return set_member (self, path, node, C_("undo", "Change"), error);
}

/**
 * vc_deck_document_unset:
 * @self: a #VcDeckDocument
 * @path: the place of an object's member
 * @error: return location for an error
 *
 * Takes an optional member out, such as a card's notes. For a list item
 * use vc_deck_document_remove().
 */
gboolean
vc_deck_document_unset (VcDeckDocument  *self,
                        const char      *path,
                        GError         **error)
{
  g_autofree char *container_path = NULL;
  g_autofree char *member = NULL;
  JsonNode *container;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!split_last (path, &container_path, &member) ||
      (container = lookup (self->root, container_path)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (container))
    return not_found (path, error);

  return set_member (self, path, NULL, C_("undo", "Clear"), error);
}

/**
 * vc_deck_document_set_id:
 * @self: a #VcDeckDocument
 * @path: the place of an item's "id" member
 * @id: the wanted id, or any text to make one from
 * @error: return location for an error
 *
 * Sets an id made from @id that no other item of the list has.
 */
gboolean
vc_deck_document_set_id (VcDeckDocument  *self,
                         const char      *path,
                         const char      *id,
                         GError         **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  node = json_node_init_string (json_node_alloc (), id);
  return set_member (self, path, node, C_("undo", "Change Id"), error);
}

static JsonArray *
lookup_array (VcDeckDocument  *self,
              const char      *path,
              GError         **error)
{
  JsonNode *node = lookup (self->root, path);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      not_found (path, error);
      return NULL;
    }
  return json_node_get_array (node);
}

/* The formats are translations of "Delete %s" and the like. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static char *
step_label (const char *verb_format,
            const char *array_path)
{
  return g_strdup_printf (verb_format, vc_deck_document_item_noun (array_path));
}
#pragma GCC diagnostic pop

static char *
insert_node (VcDeckDocument  *self,
             const char      *array_path,
             int              position,
             JsonNode        *item,
             const char      *label,
             GError         **error)
{
  g_autofree char *item_path = NULL;
  JsonArray *array;
  Edit *edit;
  guint length;

  if ((array = lookup_array (self, array_path, error)) == NULL)
    return NULL;

  length = json_array_get_length (array);
  if (position < 0 || (guint)position > length)
    position = length;
  item_path = join_index (array_path, position);

  if (JSON_NODE_HOLDS_OBJECT (item) && vc_deck_document_path_has_ids (array_path))
    {
      JsonObject *object = json_node_get_object (item);
      JsonNode *id_node = json_object_get_member (object, "id");
      const char *wanted = "item";
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *id = NULL;

      if (id_node != NULL && json_node_get_value_type (id_node) == G_TYPE_STRING)
        wanted = json_node_get_string (id_node);
      else
        {
          /* A new item's id is made from what it is called. */
          static const char * const names[] = { "title", "word", "name", "caption", "text" };

          for (guint i = 0; i < G_N_ELEMENTS (names) && g_str_equal (wanted, "item"); i++)
            {
              JsonNode *name = json_object_get_member (object, names[i]);

              if (name != NULL && json_node_get_value_type (name) == G_TYPE_STRING)
                wanted = json_node_get_string (name);
            }
        }
      vc_deck_document_collect_ids (self, array_path, NULL, ids);
      id = vc_deck_document_unique_id (ids, wanted);
      item = vc_deck_document_deep_copy (item);
      json_object_set_string_member (json_node_get_object (item), "id", id);
    }
  else
    json_node_ref (item);

  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_INSERT;
  edit->container = g_strdup (array_path);
  edit->index = position;
  edit->node = item;
  record (self, edit);
  vc_deck_document_end_step (self);

  return g_steal_pointer (&item_path);
}

/**
 * vc_deck_document_insert:
 * @self: a #VcDeckDocument
 * @array_path: the place of a list
 * @position: where to put @item, or -1 for the end
 * @item: the item; it is copied if its id has to change
 * @error: return location for an error
 *
 * Returns: (transfer full): the place of the new item, or %NULL
 */
char *
vc_deck_document_insert (VcDeckDocument  *self,
                         const char      *array_path,
                         int              position,
                         JsonNode        *item,
                         GError         **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Add %s"), array_path);
  return insert_node (self, array_path, position, item, label, error);
}

/**
 * vc_deck_document_add:
 * @self: a #VcDeckDocument
 * @array_path: the place of a list, such as "/cards" or "/roles"
 * @position: where to put the new item, or -1 for the end
 * @kind: (nullable): for a card, its kind ("dilemma", "question",
 *   "statement"); otherwise %NULL
 * @error: return location for an error
 *
 * Adds a new item of the sort the list holds, with a fresh id and texts
 * that say what to write.
 *
 * Returns: (transfer full): the place of the new item, or %NULL
 */
char *
vc_deck_document_add (VcDeckDocument  *self,
                      const char      *array_path,
                      int              position,
                      const char      *kind,
                      GError         **error)
{
  g_autoptr(JsonNode) item = NULL;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if (lookup_array (self, array_path, error) == NULL)
    return NULL;
  item = vc_deck_document_new_item (self, array_path, kind, error);
  if (item == NULL)
    return NULL;
  return vc_deck_document_insert (self, array_path, position, item, error);
}

static gboolean
split_item_path (VcDeckDocument  *self,
                 const char      *path,
                 char           **array_path,
                 JsonArray      **array,
                 guint           *index,
                 GError         **error)
{
  g_autofree char *last = NULL;

  if (!split_last (path, array_path, &last) ||
      (*array = lookup_array (self, *array_path, NULL)) == NULL ||
      !parse_index (last, index) || *index >= json_array_get_length (*array))
    return not_found (path, error);
  return TRUE;
}

gboolean
vc_deck_document_remove (VcDeckDocument  *self,
                         const char      *path,
                         GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  JsonArray *array;
  guint index;
  Edit *edit;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return FALSE;

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Delete %s"), array_path);
  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_REMOVE;
  edit->container = g_steal_pointer (&array_path);
  edit->index = index;
  edit->node = json_node_ref (json_array_get_element (array, index));
  record (self, edit);
  vc_deck_document_end_step (self);
  return TRUE;
}

/**
 * vc_deck_document_move:
 * @self: a #VcDeckDocument
 * @path: the place of a list item
 * @position: where it goes in the list, counted as if it were not in it
 * @error: return location for an error
 */
gboolean
vc_deck_document_move (VcDeckDocument  *self,
                       const char      *path,
                       guint            position,
                       GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  JsonArray *array;
  guint index;
  Edit *edit;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return FALSE;
  position = MIN (position, json_array_get_length (array) - 1);
  if (position == index)
    return TRUE;

  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Move %s"), array_path);
  vc_deck_document_begin_step (self, label);
  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_MOVE;
  edit->container = g_steal_pointer (&array_path);
  edit->index = index;
  edit->to = position;
  record (self, edit);
  vc_deck_document_end_step (self);
  return TRUE;
}

/**
 * vc_deck_document_duplicate:
 * @self: a #VcDeckDocument
 * @path: the place of a list item
 * @error: return location for an error
 *
 * Puts a copy of the item right after it, with an id of its own.
 *
 * Returns: (transfer full): the place of the copy, or %NULL
 */
char *
vc_deck_document_duplicate (VcDeckDocument  *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *array_path = NULL;
  g_autofree char *label = NULL;
  g_autoptr(JsonNode) copy = NULL;
  JsonArray *array;
  guint index;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  if (!split_item_path (self, path, &array_path, &array, &index, error))
    return NULL;

  copy = vc_deck_document_deep_copy (json_array_get_element (array, index));
  /* Translators: an undo step; %s is a kind of item, such as "card" */
  label = step_label (C_("undo", "Duplicate %s"), array_path);
  return insert_node (self, array_path, index + 1, copy, label, error);
}
