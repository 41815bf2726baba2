/* vc-card-view.c
 *
 * Shows one card, or a deck's introduction, revealed step by step.
 *
 * The deck view shows every card whole; the player shows the same card a
 * step at a time: the parts of a dilemma's story one after another, then,
 * if the group wants, its questions one by one.
 *
 * A card is built whole, each part marked with the step that reveals it;
 * going a step on or back only shows or hides parts, so that the text
 * already on the screen (and on the projector) is neither laid out nor
 * drawn again. Another card is built into the parts the last one left,
 * where they are alike, so that only its texts change.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-card-view.h"
#include "vc-ui-util.h"

struct _VcCardView
{
  GtkWidget             parent_instance;

  VcCard               *card;
  const VcIntroduction *intro;
  guint                 number;
  guint                 step;
  guint                 built_step;     /* the step being built at */
  gboolean              one_at_a_time;
  gboolean              large;
  gboolean              hide_notes;
  gboolean              reflection;

  GtkWidget            *frame;
  GtkBox               *content;
  GtkBox               *intro_box;
};

G_DEFINE_FINAL_TYPE (VcCardView, vc_card_view, GTK_TYPE_WIDGET)

#define REVEAL_STEP "vc-reveal-step"

/* Where the next part goes while a card is built: into @box, where @next
 * stands. The parts of the card shown before are kept and given the new
 * card's texts where they look alike, so that a card change lays out and
 * styles only text, and the window's size is worked out once for it. */
typedef struct
{
  GtkBox    *box;
  GtkWidget *next;
} Slot;

static void
slot_init (Slot   *slot,
           GtkBox *box)
{
  slot->box = box;
  slot->next = gtk_widget_get_first_child (GTK_WIDGET (box));
}

/* Puts @child where @slot stands, before what is there. */
static void
slot_insert (Slot      *slot,
             GtkWidget *child)
{
  GtkWidget *before = slot->next != NULL ? gtk_widget_get_prev_sibling (slot->next)
                                         : gtk_widget_get_last_child (GTK_WIDGET (slot->box));

  gtk_box_insert_child_after (slot->box, child, before);
}

/* Takes away what the card built now did not use. */
static void
slot_finish (Slot *slot)
{
  while (slot->next != NULL)
    {
      GtkWidget *child = slot->next;

      slot->next = gtk_widget_get_next_sibling (child);
      gtk_box_remove (slot->box, child);
    }
}

/* A label for @text in the style classes @style_class and @extra_class,
 * both optional, indented by @indent: the one standing at @slot if it is
 * alike, or a new one. */
static GtkWidget *
slot_label (Slot       *slot,
            const char *text,
            const char *style_class,
            const char *extra_class,
            int         indent)
{
  const char *classes[3] = { NULL, NULL, NULL };
  GtkWidget *label = slot->next;
  guint n_classes = 0;

  if (style_class != NULL)
    classes[n_classes++] = style_class;
  if (extra_class != NULL)
    classes[n_classes++] = extra_class;

  if (GTK_IS_LABEL (label) && gtk_widget_get_margin_start (label) == indent)
    {
      g_auto(GStrv) now = gtk_widget_get_css_classes (label);

      if (g_strv_equal ((const char * const *) now, classes))
        {
          slot->next = gtk_widget_get_next_sibling (label);
          gtk_label_set_text (GTK_LABEL (label), text);
          return label;
        }
    }

  label = vc_ui_label_new (text, NULL);
  gtk_widget_set_css_classes (label, classes);
  gtk_widget_set_margin_start (label, indent);
  slot_insert (slot, label);

  return label;
}

/* A box for an alternative and its questions at @slot, and where its own
 * parts go in @inner. */
static GtkBox *
slot_box (Slot *slot,
          Slot *inner)
{
  GtkWidget *box = slot->next;

  if (GTK_IS_BOX (box))
    {
      slot->next = gtk_widget_get_next_sibling (box);
    }
  else
    {
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_set_margin_start (box, 12);
      slot_insert (slot, box);
    }

  slot_init (inner, GTK_BOX (box));
  return GTK_BOX (box);
}

/* @child shows from the step being built at on. */
static void
reveal_at (VcCardView *self,
           GtkWidget  *child)
{
  g_object_set_data (G_OBJECT (child), REVEAL_STEP, GUINT_TO_POINTER (self->built_step));
}

/* In large type, the card's own text is larger still, but not what is
 * already set as a title, a heading or dimmed. */
static const char *
large_class (VcCardView *self,
             const char *style_class)
{
  static const char * const own_size[] = {
    "dim-label", "title-1", "title-2", "heading", "vc-large-text", NULL
  };

  if (!self->large || (style_class != NULL && g_strv_contains (own_size, style_class)))
    return NULL;

  return "vc-large-text";
}

/* A label of the card itself, shown from the step being built at. */
static void
append (VcCardView *self,
        Slot       *slot,
        const char *text,
        const char *style_class)
{
  reveal_at (self, slot_label (slot, text, style_class, large_class (self, style_class), 0));
}

/* A label of the introduction, in its own size whatever the type. */
static void
append_as_is (VcCardView *self,
              Slot       *slot,
              const char *text,
              const char *style_class)
{
  reveal_at (self, slot_label (slot, text, style_class, NULL, 0));
}

/* A question and its options, each shown from the step being built at;
 * @enlarge tells whether they follow the card's large type. */
static void
add_question (VcCardView       *self,
              Slot             *slot,
              const VcQuestion *question,
              gboolean          enlarge)
{
  g_autofree char *text = g_strdup_printf ("• %s", question->text);

  reveal_at (self, slot_label (slot, text, NULL, enlarge ? large_class (self, NULL) : NULL, 0));
  for (guint j = 0; question->options && question->options[j]; j++)
    {
      g_autofree char *option = g_strdup_printf ("– %s", question->options[j]);

      reveal_at (self, slot_label (slot, option, "dim-label", NULL, 24));
    }
}

/* Shows what the step reveals and hides what comes later. */
static void
apply_step (VcCardView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->content)); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child,
                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), REVEAL_STEP)) <= self->step);
}

static guint
count_stages (VcCard *card)
{
  return MAX (1, g_strv_length ((char **)vc_card_get_stages (card)));
}

/* How many steps a part of the story takes: one, or with questions one by
 * one, one per question (the first comes with the part itself). */
static guint
count_stage_steps (GPtrArray *questions,
                   gboolean   one_at_a_time)
{
  return one_at_a_time ? MAX (1, questions->len) : 1;
}

static void
show_card (VcCardView *self,
           Slot       *slot)
{
  VcCard *card = self->card;
  const char * const *stages = vc_card_get_stages (card);
  GPtrArray *actions = vc_card_get_actions (card);
  const char *title = vc_card_get_title (card);
  guint n_stages = count_stages (card);
  guint last_part_step = 0;
  g_autofree char *heading = NULL;

  if (self->number > 0 && title != NULL)
    /* Translators: a card's number and title, "3. In the coffee room" */
    heading = g_strdup_printf (C_("card heading", "%u. %s"), self->number, title);
  else if (self->number > 0)
    heading = g_strdup_printf ("%u.", self->number);
  else
    heading = g_strdup (title);

  if (heading != NULL)
    append (self, slot, heading, self->large ? "title-1" : "title-3");

  if (vc_card_get_group (card) != NULL)
    append (self, slot, vc_card_get_group (card), "caption-heading");

  /* Alone, the question to reflect on is what the card is for: it stands
   * out, and the statement reads as the text it asks about. */
  if (vc_card_get_text (card) != NULL)
    append (self, slot, vc_card_get_text (card),
            self->reflection ? NULL : self->large ? "title-2" : "title-4");
  if (vc_card_get_prompt (card) != NULL)
    append (self, slot, vc_card_get_prompt (card),
            !self->reflection ? "dim-label" : self->large ? "title-2" : "title-4");

  /* Each part of the story comes with its own questions; the card's
   * questions follow the last part. Every part is built, marked with the
   * step that reveals it: a part of the story takes one step, and with
   * questions one by one, each further question one more. */
  self->built_step = 0;
  for (guint i = 0; i < n_stages; i++)
    {
      g_autoptr(GPtrArray) questions = vc_card_dup_questions_for_stage (card, i);
      guint first_step = self->built_step;

      last_part_step = first_step;

      if (i > 0)
        {
          /* Translators: a later part of a dilemma, revealed after talking about the first */
          g_autofree char *label = g_strdup_printf (_("Part %u"), i + 1);

          append (self, slot, label, "heading");
        }
      if (stages[0] != NULL)
        append (self, slot, stages[i], self->large ? "vc-large-text" : NULL);

      for (guint j = 0; j < questions->len; j++)
        {
          self->built_step = first_step + (self->one_at_a_time ? j : 0);
          add_question (self, slot, g_ptr_array_index (questions, j), TRUE);
        }

      self->built_step = first_step + count_stage_steps (questions, self->one_at_a_time);
    }

  /* The alternatives come with the questions, once the whole story is
   * told: from the step of its last part. */
  self->built_step = last_part_step;
  for (guint i = 0; i < actions->len; i++)
    {
      const VcAction *action = g_ptr_array_index (actions, i);
      /* Translators: an alternative course of action, "a) Thank them and…" */
      g_autofree char *text = g_strdup_printf (C_("alternative action", "%s) %s"), action->label, action->text);
      Slot inner;

      reveal_at (self, GTK_WIDGET (slot_box (slot, &inner)));
      slot_label (&inner, text, "heading", NULL, 0);
      for (guint j = 0; j < action->questions->len; j++)
        add_question (self, &inner, g_ptr_array_index (action->questions, j), FALSE);
      slot_finish (&inner);
    }

  self->built_step = 0;

  if (vc_card_get_facilitator_notes (card) != NULL && !self->hide_notes)
    {
      /* Translators: notes only the person leading the talk sees */
      g_autofree char *notes = g_strdup_printf (_("For the facilitator: %s"),
                                                vc_card_get_facilitator_notes (card));

      append (self, slot, notes, "dim-label");
    }
}

static void
show_introduction (VcCardView *self,
                   Slot       *slot)
{
  const VcIntroduction *intro = self->intro;

  append_as_is (self, slot, intro->title, self->large ? "title-1" : "title-3");
  if (intro->purpose != NULL)
    append_as_is (self, slot, intro->purpose, NULL);

  /* The ground rules and steps are for a group: roles, turns, a scribe. */
  if (self->reflection)
    {
      append_as_is (self, slot, _("Take the cards one at a time, at your own pace. Read each "
                                  "one and write what it makes you think of: an example from "
                                  "your own work, a question, something you want to do "
                                  "differently. There are no answers that are right or wrong."),
                    NULL);
      append_as_is (self, slot, _("What you write is saved as you type, on this computer only."),
                    "dim-label");
      return;
    }

  if (intro->ground_rules != NULL)
    {
      append_as_is (self, slot, _("Ground rules"), "heading");
      for (guint i = 0; intro->ground_rules[i]; i++)
        {
          g_autofree char *rule = g_strdup_printf ("• %s", intro->ground_rules[i]);

          append_as_is (self, slot, rule, NULL);
        }
    }

  for (guint i = 0; intro->step_titles && intro->step_titles[i]; i++)
    {
      g_autofree char *step = g_strdup_printf (C_("card heading", "%u. %s"), i + 1, intro->step_titles[i]);

      append_as_is (self, slot, step, "heading");
      append_as_is (self, slot, intro->step_texts[i], NULL);
    }
}

static void
rebuild (VcCardView *self)
{
  gboolean intro = self->card == NULL && self->intro != NULL;
  Slot slot;

  /* The introduction has a box of its own, kept while the cards are
   * shown: coming back to it after the last card changes no text. */
  gtk_widget_set_visible (GTK_WIDGET (self->content), !intro);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_box), intro);

  slot_init (&slot, intro ? self->intro_box : self->content);
  self->built_step = 0;
  if (self->card != NULL)
    show_card (self, &slot);
  else if (self->intro != NULL)
    show_introduction (self, &slot);
  slot_finish (&slot);
  apply_step (self);
}

static void
vc_card_view_dispose (GObject *object)
{
  VcCardView *self = (VcCardView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_CARD_VIEW);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (vc_card_view_parent_class)->dispose (object);
}

static void
vc_card_view_class_init (VcCardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_card_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-card-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcCardView, frame);
  gtk_widget_class_bind_template_child (widget_class, VcCardView, content);
  gtk_widget_class_bind_template_child (widget_class, VcCardView, intro_box);
  gtk_widget_class_set_css_name (widget_class, "vc-card-view");
}

static void
vc_card_view_init (VcCardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vc_card_view_new (void)
{
  return g_object_new (VC_TYPE_CARD_VIEW, NULL);
}

/**
 * vc_card_view_show_card:
 * @self: a #VcCardView
 * @card: the card
 * @number: its number in the deck, or 0 for none
 *
 * Shows @card whole; vc_card_view_set_step() shows less of it.
 */
void
vc_card_view_show_card (VcCardView *self,
                        VcCard     *card,
                        guint       number)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));
  g_return_if_fail (VC_IS_CARD (card));

  g_set_object (&self->card, card);
  self->intro = NULL;
  self->number = number;
  self->step = G_MAXUINT / 2;
  self->one_at_a_time = FALSE;
  rebuild (self);
}

/**
 * vc_card_view_show_card_at_step:
 * @self: a #VcCardView
 * @card: the card
 * @number: its number in the deck, or 0 for none
 * @step: how far the card is revealed
 * @one_question_at_a_time: whether questions come one by one
 *
 * Shows @card as far as @step, building it once.
 */
void
vc_card_view_show_card_at_step (VcCardView *self,
                                VcCard     *card,
                                guint       number,
                                guint       step,
                                gboolean    one_question_at_a_time)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));
  g_return_if_fail (VC_IS_CARD (card));

  /* The card on show, a step further on or back: nothing is built again. */
  if (self->card == card && self->intro == NULL && self->number == number &&
      self->one_at_a_time == one_question_at_a_time)
    {
      self->step = step;
      apply_step (self);
      return;
    }

  g_set_object (&self->card, card);
  self->intro = NULL;
  self->number = number;
  self->step = step;
  self->one_at_a_time = one_question_at_a_time;
  rebuild (self);
}

/**
 * vc_card_view_show_introduction:
 * @self: a #VcCardView
 * @intro: a deck's introduction, which must outlive the view's use of it
 */
void
vc_card_view_show_introduction (VcCardView           *self,
                                const VcIntroduction *intro)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));
  g_return_if_fail (intro != NULL);

  g_clear_object (&self->card);
  self->intro = intro;
  rebuild (self);
}

/**
 * vc_card_view_count_steps:
 * @card: (nullable): a card, or %NULL for a deck's introduction
 * @one_question_at_a_time: whether questions come one by one
 *
 * Returns: how many steps a card view shows @card in: one per part of the
 *   story, and then one per further question when they come one by one
 */
guint
vc_card_view_count_steps (VcCard   *card,
                          gboolean  one_question_at_a_time)
{
  guint n_steps = 0;

  if (card == NULL)
    return 1;

  for (guint i = 0; i < count_stages (card); i++)
    {
      g_autoptr(GPtrArray) questions = vc_card_dup_questions_for_stage (card, i);

      n_steps += count_stage_steps (questions, one_question_at_a_time);
    }

  return n_steps;
}

/**
 * vc_card_view_get_n_steps:
 * @self: a #VcCardView
 * @one_question_at_a_time: whether questions come one by one
 *
 * Returns: how many steps the card shown is shown in, as
 *   vc_card_view_count_steps() counts them
 */
guint
vc_card_view_get_n_steps (VcCardView *self,
                          gboolean    one_question_at_a_time)
{
  g_return_val_if_fail (VC_IS_CARD_VIEW (self), 1);

  return vc_card_view_count_steps (self->card, one_question_at_a_time);
}

void
vc_card_view_set_step (VcCardView *self,
                       guint       step,
                       gboolean    one_question_at_a_time)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));

  if (self->one_at_a_time != one_question_at_a_time)
    {
      self->step = step;
      self->one_at_a_time = one_question_at_a_time;
      rebuild (self);
      return;
    }

  self->step = step;
  apply_step (self);
}

/**
 * vc_card_view_set_large:
 * @self: a #VcCardView
 * @large: whether to use large type, for a card being played
 */
void
vc_card_view_set_large (VcCardView *self,
                        gboolean    large)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));

  if (self->large == large)
    return;

  self->large = large;
  rebuild (self);
}

/**
 * vc_card_view_set_show_notes:
 * @self: a #VcCardView
 * @show_notes: whether to show the notes for the facilitator
 */
void
vc_card_view_set_show_notes (VcCardView *self,
                             gboolean    show_notes)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));

  if (self->hide_notes == !show_notes)
    return;

  self->hide_notes = !show_notes;
  rebuild (self);
}

/**
 * vc_card_view_set_reflection:
 * @self: a #VcCardView
 * @reflection: whether one person reflects alone, rather than a group
 *   talking
 */
void
vc_card_view_set_reflection (VcCardView *self,
                             gboolean    reflection)
{
  g_return_if_fail (VC_IS_CARD_VIEW (self));

  if (self->reflection == reflection)
    return;

  self->reflection = reflection;
  rebuild (self);
}
