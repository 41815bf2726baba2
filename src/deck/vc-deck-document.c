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
#include "vc-deck-tree.h"

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
  gboolean    open_step_is_last;

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

/* Applying and undoing edits */

static void
apply_edit (VcDeckDocument *self,
            Edit           *edit,
            gboolean        forward)
{
  JsonNode *container = vc_deck_tree_lookup (self->root, edit->container);

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
          vc_deck_tree_object_insert (object, edit->member, value, edit->position);
        else
          json_object_set_member (object, edit->member, json_node_ref (value));
      }
      break;

    case EDIT_INSERT:
    case EDIT_REMOVE:
      {
        JsonArray *array = json_node_get_array (container);

        if ((edit->kind == EDIT_INSERT) == forward)
          vc_deck_tree_array_insert (array, edit->index, edit->node);
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
        vc_deck_tree_array_insert (array, to, node);
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

void
vc_deck_document_record (VcDeckDocument *self,
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
  if (self->open_step_is_last)
    {
      /* Typing on in a step that is already in the history. */
      self->open_step_is_last = FALSE;
      step->time = g_get_monotonic_time ();
      vc_deck_document_schedule_draft (self);
      return;
    }
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

/* After a save: the deck on disk is the document as it is now. */
void
vc_deck_document_mark_saved (VcDeckDocument *self,
                             GFile          *file)
{
  gboolean was_modified = vc_deck_document_get_modified (self);
  Step *step = top (self->undo);

  self->saved_serial = step ? step->serial : 0;
  self->merge_broken = TRUE;
  vc_deck_document_discard_draft (self);

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  if (was_modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
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

gboolean
vc_deck_document_get_modified (VcDeckDocument *self)
{
  Step *step;

  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), FALSE);

  step = top (self->undo);
  return (step ? step->serial : 0) != self->saved_serial;
}

JsonNode *
vc_deck_document_get_node (VcDeckDocument *self,
                           const char     *path)
{
  g_return_val_if_fail (VC_IS_DECK_DOCUMENT (self), NULL);

  return vc_deck_tree_lookup (self->root, path);
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

/* Setting a member or a list item: the one change typing merges into */

gboolean
vc_deck_document_not_found (const char  *path,
           GError     **error)
{
  g_set_error (error, VC_DECK_ERROR, VC_DECK_ERROR_NOT_FOUND,
               /* Translators: %s is a place in a deck, such as /cards/2/title */
               _("There is no “%s” in the deck. Reload the deck and try again."), path);
  return FALSE;
}

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
  if (!vc_deck_tree_split_last (container, &list, &last))
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
  if (!vc_deck_tree_split_last (item_path, &list, &last))
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

gboolean
vc_deck_document_set_member (VcDeckDocument  *self,
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

  if (!vc_deck_tree_split_last (path, &container_path, &member) ||
      (container = vc_deck_tree_lookup (self->root, container_path)) == NULL)
    return vc_deck_document_not_found (path, error);

  if (JSON_NODE_HOLDS_ARRAY (container))
    {
      JsonArray *array = json_node_get_array (container);

      if (!vc_deck_tree_parse_index (member, &index) || index >= json_array_get_length (array))
        return vc_deck_document_not_found (path, error);
      before = json_array_get_element (array, index);
    }
  else if (JSON_NODE_HOLDS_OBJECT (container))
    before = json_object_get_member (json_node_get_object (container), member);
  else
    return vc_deck_document_not_found (path, error);

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

  /* The step stays where it is, on top of the history; a save in between
   * would have broken the merge, so it is not the saved state either. */
  if (merge)
    {
      self->open_step = last;
      self->open_depth = 1;
      self->open_step_is_last = TRUE;
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
      vc_deck_document_record (self, edit);
      if (value != NULL)
        {
          edit = g_new0 (Edit, 1);
          edit->kind = EDIT_INSERT;
          edit->container = g_strdup (container_path);
          edit->index = index;
          edit->node = value;
          vc_deck_document_record (self, edit);
        }
    }
  else
    {
      edit = g_new0 (Edit, 1);
      edit->kind = EDIT_SET_MEMBER;
      edit->container = g_strdup (container_path);
      edit->member = g_strdup (member);
      edit->position = before ? vc_deck_tree_member_position (json_node_get_object (container), member) : -1;
      edit->before = before ? json_node_ref (before) : NULL;
      edit->after = value;
      vc_deck_document_record (self, edit);
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
