/* vc-deck-loader-cards.c
 *
 * Reading the cards of a deck: dilemmas told in parts, questions,
 * statements and the closing card.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-deck"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vc-deck-loader-private.h"

static VcQuestion *
read_question (Loader   *l,
               JsonNode *node)
{
  static const char * const known[] = { "text", "options", NULL };
  g_autofree char *text = NULL;
  JsonObject *object;
  char **options;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = loader_read_string_node (l, node, STRING_TRANSLATABLE);
      return text ? vc_question_new (text, NULL) : NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      error_at (l, VC_DECK_ERROR_WRONG_TYPE,
                _("Write the question as text, or as an object with “text” and “options”."),
                _("A question must be text or an object, not %s."), loader_json_type_label (node));
      return NULL;
    }

  object = json_node_get_object (node);
  loader_check_members (l, object, known);
  text = loader_read_string (l, object, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
  options = loader_read_string_list (l, object, "options", FALSE, 2, STRING_TRANSLATABLE);

  if (text == NULL)
    {
      g_strfreev (options);
      return NULL;
    }

  return vc_question_new (text, options);
}

static void
read_question_item (Loader   *l,
                    JsonNode *node,
                    gpointer  questions)
{
  VcQuestion *question = read_question (l, node);

  if (question != NULL)
    g_ptr_array_add (questions, question);
}

static void
read_questions (Loader     *l,
                JsonObject *object,
                gboolean    required,
                GPtrArray  *questions)
{
  loader_read_list (l, object, "questions", required, 1, read_question_item, questions);
}

static void
read_action_item (Loader   *l,
                  JsonNode *node,
                  gpointer  actions)
{
  static const char * const known[] = { "label", "text", "questions", NULL };
  JsonObject *item = loader_read_object_node (l, node);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  VcAction *action;

  if (item == NULL)
    return;

  loader_check_members (l, item, known);
  label = loader_read_string (l, item, "label", STRING_REQUIRED);
  text = loader_read_string (l, item, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
  action = vc_action_new (label, text);
  read_questions (l, item, TRUE, action->questions);
  g_ptr_array_add (actions, action);
}

typedef struct
{
  GPtrArray *texts;
  GPtrArray *questions;
} StagesData;

/* A part of a dilemma's story is its text, or an object with the text and
 * the questions to talk about before the next part is shown. */
static void
read_stage_item (Loader   *l,
                 JsonNode *node,
                 gpointer  user_data)
{
  static const char * const known[] = { "text", "questions", NULL };
  StagesData *data = user_data;
  g_autoptr(GPtrArray) questions = NULL;
  JsonObject *object;
  char *text;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = loader_read_string_node (l, node, STRING_REQUIRED | STRING_TRANSLATABLE);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      object = json_node_get_object (node);
      loader_check_members (l, object, known);
      text = loader_read_string (l, object, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
      questions = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_question_free);
      read_questions (l, object, FALSE, questions);
    }
  else
    {
      error_at (l, VC_DECK_ERROR_WRONG_TYPE,
                _("Write the part as text, or as an object with “text” and “questions”."),
                _("A part of the story must be text or an object, not %s."),
                loader_json_type_label (node));
      return;
    }

  if (text == NULL)
    return;

  g_ptr_array_add (data->texts, text);
  g_ptr_array_add (data->questions, g_steal_pointer (&questions));
}

static gboolean
read_stages (Loader     *l,
             JsonObject *object,
             VcCard     *card)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();
  StagesData data = { texts, questions };
  gboolean has_questions = FALSE;

  if (loader_read_list (l, object, "stages", TRUE, 1, read_stage_item, &data) < 0)
    {
      for (guint i = 0; i < questions->len; i++)
        g_clear_pointer (&g_ptr_array_index (questions, i), g_ptr_array_unref);
      return FALSE;
    }

  for (guint i = 0; i < questions->len; i++)
    {
      GPtrArray *own = g_ptr_array_index (questions, i);

      if (own == NULL)
        continue;
      has_questions |= own->len > 0;
      vc_card_take_stage_questions (card, i, own);
    }

  g_ptr_array_add (texts, NULL);
  vc_card_take_stages (card, (char **)g_ptr_array_free (g_steal_pointer (&texts), FALSE));
  return has_questions;
}

static gboolean
parse_card_kind (const char *s,
                 VcCardKind *kind)
{
  static const struct { const char *name; VcCardKind kind; } kinds[] = {
    { "dilemma", VC_CARD_KIND_DILEMMA },
    { "question", VC_CARD_KIND_QUESTION },
    { "statement", VC_CARD_KIND_STATEMENT },
    { "closing", VC_CARD_KIND_CLOSING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (s, kinds[i].name))
      {
        *kind = kinds[i].kind;
        return TRUE;
      }

  return FALSE;
}

VcCard *
loader_read_card (Loader   *l,
           JsonNode *node)
{
  static const char * const known[] = {
    "id", "kind", "title", "tags", "minutes", "facilitator-notes",
    "stages", "questions", "actions", "text", "prompt", "group", NULL
  };
  g_autoptr(VcCard) card = NULL;
  g_autofree char *id = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;
  VcCardKind kind = VC_CARD_KIND_QUESTION;
  gboolean kind_ok = FALSE;
  gboolean stage_questions = FALSE;
  JsonObject *object;
  guint minutes = 0;

  object = loader_read_object_node (l, node);
  if (object == NULL)
    return NULL;

  loader_check_members (l, object, known);
  id = loader_read_id (l, object, l->card_ids);

  kind_name = loader_read_string (l, object, "kind", STRING_REQUIRED);
  if (kind_name != NULL)
    {
      kind_ok = parse_card_kind (kind_name, &kind);
      if (!kind_ok)
        {
          gsize len = loader_push_member (l, "kind");

          error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                    _("Use “dilemma”, “question”, “statement” or “closing”."),
                    _("“%s” is not a kind of card."), kind_name);
          loader_pop (l, len);
        }
    }

  title = loader_read_string (l, object, "title",
                       STRING_TRANSLATABLE |
                       (kind_ok && kind != VC_CARD_KIND_QUESTION ? STRING_REQUIRED : 0));
  notes = loader_read_string (l, object, "facilitator-notes", STRING_TRANSLATABLE);
  loader_read_int (l, object, "minutes", 1, 240, &minutes);

  card = vc_card_new (kind, id ? id : "");
  vc_card_set_title (card, title);
  vc_card_set_facilitator_notes (card, notes);
  vc_card_set_minutes (card, minutes);
  vc_card_take_tags (card, loader_read_string_list (l, object, "tags", FALSE, 0, STRING_TRANSLATABLE));

  if (!kind_ok)
    return NULL;

  switch (kind)
    {
    case VC_CARD_KIND_DILEMMA:
      stage_questions = read_stages (l, object, card);
      read_questions (l, object, FALSE, vc_card_get_questions (card));
      loader_read_list (l, object, "actions", FALSE, 1, read_action_item, vc_card_get_actions (card));
      if (!stage_questions &&
          !json_object_has_member (object, "questions") &&
          !json_object_has_member (object, "actions"))
        error_at (l, VC_DECK_ERROR_INVALID_VALUE,
                  _("Add “questions” to the card or to a part of its story, “actions”, or both."),
                  _("A dilemma needs questions or alternative actions to talk about."));
      break;

    case VC_CARD_KIND_QUESTION:
    case VC_CARD_KIND_STATEMENT:
      {
        g_autofree char *text = loader_read_string (l, object, "text", STRING_REQUIRED | STRING_TRANSLATABLE);
        g_autofree char *prompt = loader_read_string (l, object, "prompt", STRING_TRANSLATABLE);
        g_autofree char *group = loader_read_string (l, object, "group", STRING_TRANSLATABLE);

        vc_card_set_text (card, text);
        vc_card_set_prompt (card, prompt);
        vc_card_set_group (card, group);
      }
      break;

    case VC_CARD_KIND_CLOSING:
      read_questions (l, object, TRUE, vc_card_get_questions (card));
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&card);
}


void
loader_read_card_item (Loader   *l,
                JsonNode *node,
                gpointer  cards)
{
  g_autoptr(VcCard) card = loader_read_card (l, node);

  if (card != NULL)
    g_list_store_append (cards, card);
}
