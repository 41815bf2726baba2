/* vc-print-faces.c
 *
 * What goes on each printed card: the introduction, how to play, one card
 * per role, the value words, the pictures, every discussion card and the
 * closing card, so that a printed set is enough for a meeting without a
 * screen.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vc-print-private.h"

VcPrintFace *
vc_print_face_new (const char *kind_label,
                   guint       number)
{
  VcPrintFace *face = g_new0 (VcPrintFace, 1);

  face->kind_label = g_strdup (kind_label);
  face->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_print_block_free);
  face->number = number;
  face->part = 1;
  face->n_parts = 1;
  face->scale = 1.0;
  return face;
}

void
vc_print_block_free (VcPrintBlock *block)
{
  g_free (block->text);
  g_free (block);
}

void
vc_print_face_free (VcPrintFace *face)
{
  if (face == NULL)
    return;
  g_free (face->kind_label);
  g_ptr_array_unref (face->blocks);
  g_clear_object (&face->image);
  g_free (face);
}

void
vc_print_face_add (VcPrintFace      *face,
                   VcPrintBlockKind  kind,
                   const char       *text)
{
  VcPrintBlock *block;

  if (text == NULL || *text == '\0')
    return;

  block = g_new0 (VcPrintBlock, 1);
  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (face->blocks, block);
}

static void
add_question (VcPrintFace      *face,
              const VcQuestion *question)
{
  vc_print_face_add (face, VC_PRINT_BLOCK_QUESTION, question->text);
  for (guint i = 0; question->options != NULL && question->options[i] != NULL; i++)
    vc_print_face_add (face, VC_PRINT_BLOCK_OPTION, question->options[i]);
}

static void
add_questions (VcPrintFace *face,
               GPtrArray   *questions)
{
  for (guint i = 0; questions != NULL && i < questions->len; i++)
    add_question (face, g_ptr_array_index (questions, i));
}

static const char *
card_kind_label (VcCardKind kind)
{
  switch (kind)
    {
    case VC_CARD_KIND_DILEMMA:
      return C_("printed card", "Dilemma");
    case VC_CARD_KIND_QUESTION:
      return C_("printed card", "Question");
    case VC_CARD_KIND_STATEMENT:
      return C_("printed card", "Statement");
    case VC_CARD_KIND_CLOSING:
    default:
      return C_("printed card", "Closing");
    }
}

/* Like the player shows it: the story part by part, each with its
 * questions, and then the alternatives. */
static VcPrintFace *
card_face (VcCard *card,
           guint   number,
           guint   shown_number)
{
  VcPrintFace *face = vc_print_face_new (card_kind_label (vc_card_get_kind (card)), number);
  const char * const *stages = vc_card_get_stages (card);
  GPtrArray *actions = vc_card_get_actions (card);
  guint n_stages = MAX (1, g_strv_length ((char **)stages));
  const char *title = vc_card_get_title (card);
  gboolean lead = vc_card_get_kind (card) != VC_CARD_KIND_DILEMMA;

  if (title != NULL && shown_number > 0)
    {
      /* Translators: a card's number and title, "3. In the coffee room" */
      g_autofree char *heading = g_strdup_printf (C_("card heading", "%u. %s"), shown_number, title);

      vc_print_face_add (face, VC_PRINT_BLOCK_TITLE, heading);
    }
  else
    vc_print_face_add (face, VC_PRINT_BLOCK_TITLE, title);

  vc_print_face_add (face, VC_PRINT_BLOCK_HEADING, vc_card_get_group (card));
  vc_print_face_add (face, lead ? VC_PRINT_BLOCK_LEAD : VC_PRINT_BLOCK_PARAGRAPH,
                     vc_card_get_text (card));
  vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, vc_card_get_prompt (card));

  for (guint i = 0; i < n_stages; i++)
    {
      g_autoptr(GPtrArray) questions = vc_card_dup_questions_for_stage (card, i);

      if (i > 0)
        {
          /* Translators: a later part of a dilemma, revealed after talking about the first */
          g_autofree char *label = g_strdup_printf (_("Part %u"), i + 1);

          vc_print_face_add (face, VC_PRINT_BLOCK_HEADING, label);
        }
      if (stages[0] != NULL)
        vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, stages[i]);
      add_questions (face, questions);
    }

  /* A question or a statement alone stands in the middle of its card, as
   * a drawn card is read aloud. */
  face->centred = lead && stages[0] == NULL && face->blocks->len <= 2 &&
                  (actions == NULL || actions->len == 0) &&
                  (vc_card_get_questions (card) == NULL || vc_card_get_questions (card)->len == 0);

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      const VcAction *action = g_ptr_array_index (actions, i);
      /* Translators: an alternative course of action, "a) Thank them and…" */
      g_autofree char *text = g_strdup_printf (C_("alternative action", "%s) %s"),
                                               action->label, action->text);

      vc_print_face_add (face, VC_PRINT_BLOCK_HEADING, text);
      add_questions (face, action->questions);
    }

  return face;
}

/**
 * vc_print_build_faces:
 * @deck: a deck
 *
 * Every card of a printed set, in the order they are used in a meeting,
 * before they are fitted to a card size.
 *
 * Returns: (transfer container) (element-type VcPrintFace): the faces
 */
GPtrArray *
vc_print_build_faces (VcDeck *deck)
{
  GPtrArray *faces = g_ptr_array_new_with_free_func ((GDestroyNotify)vc_print_face_free);
  const VcIntroduction *intro = vc_deck_get_introduction (deck);
  GPtrArray *roles = vc_deck_get_roles (deck);
  GPtrArray *words = vc_deck_get_words (deck);
  GListModel *images = vc_deck_get_images (deck);
  GListModel *cards = vc_deck_get_cards (deck);
  VcCard *closing = vc_deck_get_closing (deck);
  guint number = 0;
  VcPrintFace *face;

  if (intro != NULL)
    {
      face = vc_print_face_new (C_("printed card", "Introduction"), ++number);
      vc_print_face_add (face, VC_PRINT_BLOCK_TITLE, intro->title);
      vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, intro->purpose);
      if (intro->ground_rules != NULL && intro->ground_rules[0] != NULL)
        {
          vc_print_face_add (face, VC_PRINT_BLOCK_HEADING, _("Ground rules"));
          for (guint i = 0; intro->ground_rules[i] != NULL; i++)
            vc_print_face_add (face, VC_PRINT_BLOCK_QUESTION, intro->ground_rules[i]);
        }
      for (guint i = 0; intro->step_titles != NULL && intro->step_titles[i] != NULL; i++)
        {
          /* Translators: a step of the conversation guide, "2. Think alone" */
          g_autofree char *heading = g_strdup_printf (C_("card heading", "%u. %s"),
                                                      i + 1, intro->step_titles[i]);

          vc_print_face_add (face, VC_PRINT_BLOCK_HEADING, heading);
          if (intro->step_texts != NULL)
            vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, intro->step_texts[i]);
        }
      g_ptr_array_add (faces, face);
    }

  if (vc_deck_get_instructions (deck) != NULL)
    {
      face = vc_print_face_new (C_("printed card", "How to Play"), ++number);
      vc_print_face_add (face, VC_PRINT_BLOCK_TITLE, _("How to Play"));
      vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, vc_deck_get_instructions (deck));
      g_ptr_array_add (faces, face);
    }

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      const VcRole *role = g_ptr_array_index (roles, i);

      face = vc_print_face_new (C_("printed card", "Role"), ++number);
      vc_print_face_add (face, VC_PRINT_BLOCK_TITLE, role->name);
      vc_print_face_add (face, VC_PRINT_BLOCK_PARAGRAPH, role->description);
      g_ptr_array_add (faces, face);
    }

  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      const VcValueWord *word = g_ptr_array_index (words, i);

      face = vc_print_face_new (C_("printed card", "Value Word"), ++number);
      face->centred = TRUE;
      vc_print_face_add (face, VC_PRINT_BLOCK_WORD, word->word);
      vc_print_face_add (face, VC_PRINT_BLOCK_DEFINITION, word->definition);
      g_ptr_array_add (faces, face);
    }

  for (guint i = 0; images != NULL && i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

      face = vc_print_face_new (C_("printed card", "Picture"), ++number);
      face->centred = TRUE;
      face->image = g_object_ref (image);
      vc_print_face_add (face, VC_PRINT_BLOCK_CAPTION, vc_deck_image_get_caption (image));
      g_ptr_array_add (faces, face);
    }

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);

      g_ptr_array_add (faces, card_face (card, ++number, i + 1));
    }

  if (closing != NULL)
    g_ptr_array_add (faces, card_face (closing, ++number, 0));

  return faces;
}
