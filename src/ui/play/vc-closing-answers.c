/* vc-closing-answers.c
 *
 * The group's answers to the closing card's questions, one field each.
 *
 * An answer is often a few sentences or a list, so each question gets a
 * field of several lines under the question itself, written out in full.
 * What is typed goes into the session as it is typed, as the notes do.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-closing-answers.h"
#include "vc-ui-util.h"

struct _VcClosingAnswers
{
  GtkBox     parent_instance;

  VcSession *session;
  VcCard    *card;
  GPtrArray *views;      /* GtkTextView, one per question */
  gboolean   shown;      /* whether the card is the page shown */

  GtkBox    *fields;
  GtkLabel  *title;
};

G_DEFINE_FINAL_TYPE (VcClosingAnswers, vc_closing_answers, GTK_TYPE_BOX)

static void
on_buffer_changed (GtkTextBuffer    *buffer,
                   VcClosingAnswers *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "vc-question"));
  g_autofree char *text = NULL;

  if (self->session == NULL)
    return;

  text = vc_ui_dup_buffer_text (buffer);
  vc_session_set_answer (self->session, index, text);
}

static void
clear (VcClosingAnswers *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->views->len; i++)
    g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (g_ptr_array_index (self->views, i)), self);
  g_ptr_array_set_size (self->views, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields))) != NULL)
    gtk_box_remove (self->fields, child);
}

static void
add_field (VcClosingAnswers *self,
           guint             index,
           const char       *question,
           const char       *answer)
{
  GtkWidget *label = gtk_label_new (question);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  /* The question is the field's label, shown whole however long it is. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  if (index > 0)
    gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->fields, label);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  gtk_text_buffer_set_text (buffer, answer ? answer : "", -1);
  g_object_set_data (G_OBJECT (buffer), "vc-question", GUINT_TO_POINTER (index));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_add_css_class (scroller, "vc-field");
  gtk_box_append (self->fields, scroller);

  g_ptr_array_add (self->views, view);
}

static void
vc_closing_answers_dispose (GObject *object)
{
  VcClosingAnswers *self = VC_CLOSING_ANSWERS (object);

  if (self->views != NULL)
    clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_CLOSING_ANSWERS);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (vc_closing_answers_parent_class)->dispose (object);
}

static void
vc_closing_answers_class_init (VcClosingAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_closing_answers_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-closing-answers.ui");
  gtk_widget_class_bind_template_child (widget_class, VcClosingAnswers, fields);
  gtk_widget_class_bind_template_child (widget_class, VcClosingAnswers, title);
}

static void
vc_closing_answers_init (VcClosingAnswers *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->views = g_ptr_array_new ();
}

/**
 * vc_closing_answers_show:
 * @self: a #VcClosingAnswers
 * @card: (nullable): a closing card, or %NULL for none
 * @session: (nullable): the session the answers go into
 *
 * Shows a field for each of @card's questions, holding what the group has
 * answered so far.
 */
void
vc_closing_answers_show (VcClosingAnswers *self,
                         VcCard           *card,
                         VcSession        *session)
{
  GPtrArray *questions;

  g_return_if_fail (VC_IS_CLOSING_ANSWERS (self));
  g_return_if_fail (card == NULL || VC_IS_CARD (card));

  /* Moving through the steps of the card, or to another page and back,
   * leaves the fields and what is typed in them as they are: nothing but
   * them writes the answers into the session. */
  if (session == self->session && (card == NULL || card == self->card))
    {
      self->shown = card != NULL;
      return;
    }

  clear (self);
  g_set_object (&self->session, session);
  g_set_object (&self->card, card);
  self->shown = card != NULL;
  if (card == NULL)
    return;

  questions = vc_card_get_questions (card);
  for (guint i = 0; i < questions->len; i++)
    {
      const VcQuestion *question = g_ptr_array_index (questions, i);

      add_field (self, i, question->text, session ? vc_session_get_answer (session, i) : NULL);
    }
}

/**
 * vc_closing_answers_get_n_questions:
 * @self: a #VcClosingAnswers
 *
 * Returns: how many fields there are for the page shown: none unless it is
 *   the closing card
 */
guint
vc_closing_answers_get_n_questions (VcClosingAnswers *self)
{
  g_return_val_if_fail (VC_IS_CLOSING_ANSWERS (self), 0);
  return self->shown ? self->views->len : 0;
}

/**
 * vc_closing_answers_get_field:
 * @self: a #VcClosingAnswers
 * @question: which question
 *
 * Returns: (transfer none): the field the answer to @question is typed in
 */
GtkTextView *
vc_closing_answers_get_field (VcClosingAnswers *self,
                              guint             question)
{
  g_return_val_if_fail (VC_IS_CLOSING_ANSWERS (self), NULL);
  g_return_val_if_fail (question < self->views->len, NULL);

  return g_ptr_array_index (self->views, question);
}

/**
 * vc_closing_answers_set_text:
 * @self: a #VcClosingAnswers
 * @question: which question
 * @text: the answer, as if typed
 */
void
vc_closing_answers_set_text (VcClosingAnswers *self,
                             guint             question,
                             const char       *text)
{
  g_return_if_fail (VC_IS_CLOSING_ANSWERS (self));
  g_return_if_fail (question < self->views->len);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_ptr_array_index (self->views, question)), text, -1);
}

/**
 * vc_closing_answers_set_title:
 * @self: a #VcClosingAnswers
 * @title: whose answers these are, as “The Group’s Answers”
 */
void
vc_closing_answers_set_title (VcClosingAnswers *self,
                              const char       *title)
{
  g_return_if_fail (VC_IS_CLOSING_ANSWERS (self));
  gtk_label_set_text (self->title, title);
}
