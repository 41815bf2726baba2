/* vc-projector.c
 *
 * What the room sees: the card, the board or a pair, filling the projector.
 *
 * The window has no frame, no pointer and nothing to click: everything is
 * done from the facilitator's window. Text is white on black, or black on
 * white when the room is bright, and it is laid out once for a screen 720
 * pixels high and enlarged to the projector's size, so that it reads from
 * the back of the room on any projector. The screen can be blacked or
 * whited out while the group talks, and the timer shown to the room.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-card-view.h"
#include "vc-image.h"
#include "vc-projector.h"
#include "vc-room-board.h"
#include "vc-scale-bin.h"
#include "vc-ui-util.h"

struct _VcProjector
{
  GtkWindow         parent_instance;

  GtkWidget        *view;
  GtkStack         *stack;
  VcScaleBin       *card_bin;
  VcScaleBin       *values_bin;
  VcScaleBin       *board_bin;
  VcRoomBoard      *room_board;
  VcCardView       *card_view;
  VcCardView       *spare_view;    /* the next card, laid out out of sight */
  VcCard           *spare_card;
  guint             spare_number;
  gboolean          spare_one_by_one;
  GtkLabel         *timer_label;
  VcScaleBin       *step_bin;
  GtkLabel         *step_heading;
  GtkLabel         *step_instruction;
  GtkLabel         *step_countdown;
  GtkLabel         *step_turn;
  GtkLabel         *step_next;
  GtkWidget        *band_bin;
  GtkLabel         *band_turn;
  GtkLabel         *band_label;
  GtkWidget        *cover;
  gboolean          step_shown;    /* a step that hides the card */
  const char       *mode;
  VcProjectorCover  cover_kind;
  gboolean          show_timer;
};

G_DEFINE_FINAL_TYPE (VcProjector, vc_projector, GTK_TYPE_WINDOW)

static void
show_mode (VcProjector *self,
           const char  *mode)
{
  self->mode = mode;
  if (self->step_shown)
    gtk_stack_set_visible_child_name (self->stack, "step");
  else
    gtk_stack_set_visible_child_name (self->stack,
                                      g_str_equal (mode, "card") || g_str_equal (mode, "introduction")
                                        ? "card"
                                        : g_str_equal (mode, "board") ? "board" : "values");
}

static void
forget_spare (VcProjector *self)
{
  g_clear_object (&self->spare_card);
}

/**
 * vc_projector_show_card:
 * @self: a #VcProjector
 * @card: the card
 * @number: its number in the deck, or 0 for none
 * @step: how much of it is revealed
 * @one_by_one: whether its questions come one at a time
 */
void
vc_projector_show_card (VcProjector *self,
                        VcCard      *card,
                        guint        number,
                        guint        step,
                        gboolean     one_by_one)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_CARD (card));

  /* The card laid out ahead is shown as it is. */
  if (step == 0 && card == self->spare_card && number == self->spare_number &&
      one_by_one == self->spare_one_by_one)
    {
      VcCardView *shown = self->spare_view;

      vc_scale_bin_swap (self->card_bin);
      self->spare_view = self->card_view;
      self->card_view = shown;
    }
  else
    vc_card_view_show_card_at_step (self->card_view, card, number, step, one_by_one);
  forget_spare (self);
  show_mode (self, "card");
}

/**
 * vc_projector_prepare_card:
 * @self: a #VcProjector
 * @card: the card likely to be shown next
 * @number: its number in the deck, or 0 for none
 * @one_by_one: whether its questions come one at a time
 *
 * Lays @card out from its start, out of sight, so that showing it next
 * with vc_projector_show_card() has nothing left to lay out. Anything
 * else shown first lets the card go.
 */
void
vc_projector_prepare_card (VcProjector *self,
                           VcCard      *card,
                           guint        number,
                           gboolean     one_by_one)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_CARD (card));

  if (card == self->spare_card && number == self->spare_number && one_by_one == self->spare_one_by_one)
    return;

  vc_card_view_show_card_at_step (self->spare_view, card, number, 0, one_by_one);
  g_set_object (&self->spare_card, card);
  self->spare_number = number;
  self->spare_one_by_one = one_by_one;
}

void
vc_projector_show_introduction (VcProjector          *self,
                                const VcIntroduction *intro)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (intro != NULL);

  forget_spare (self);
  vc_card_view_show_introduction (self->card_view, intro);
  show_mode (self, "introduction");
}

static GtkWidget *
picture_new (VcDeckImage *image,
             int          height)
{
  GtkWidget *picture = vc_image_new (image);

  vc_image_set_height (VC_IMAGE (picture), height);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  return picture;
}

static GtkWidget *
centered_label (const char *text,
                const char *css_class)
{
  GtkWidget *label = vc_ui_label_new (text, css_class);

  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkBox *
new_values_page (VcProjector *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_set_margin_top (box, 36);
  gtk_widget_set_margin_bottom (box, 36);
  gtk_widget_set_margin_start (box, 48);
  gtk_widget_set_margin_end (box, 48);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  vc_scale_bin_set_child (self->values_bin, box);
  return GTK_BOX (box);
}

/**
 * vc_projector_show_board:
 * @self: a #VcProjector
 * @deck: a values game
 * @session: the pairs made
 *
 * Shows the whole board: every word and every picture, with the pairs
 * made so far marked on it.
 */
void
vc_projector_show_board (VcProjector *self,
                         VcDeck      *deck,
                         VcSession   *session)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (VC_IS_SESSION (session));

  vc_room_board_show (self->room_board, deck, session);
  show_mode (self, "board");
}

/**
 * vc_projector_show_definition:
 * @self: a #VcProjector
 * @deck: a values game
 * @word_id: the word whose definition the room reads
 *
 * Shows a word large with its definition.
 */
void
vc_projector_show_definition (VcProjector *self,
                              VcDeck      *deck,
                              const char  *word_id)
{
  const VcValueWord *word;
  GtkBox *box;

  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_DECK (deck));

  word = vc_deck_find_word (deck, word_id);
  g_return_if_fail (word != NULL);

  box = new_values_page (self);
  gtk_box_append (box, centered_label (word->word, "vc-projector-word"));
  if (word->definition != NULL && word->definition[0] != '\0')
    gtk_box_append (box, centered_label (word->definition, "vc-projector-definition"));
  show_mode (self, "definition");
}

/**
 * vc_projector_get_room_board:
 * @self: a #VcProjector
 *
 * Returns: (transfer none): the board as the room sees it
 */
VcRoomBoard *
vc_projector_get_room_board (VcProjector *self)
{
  g_return_val_if_fail (VC_IS_PROJECTOR (self), NULL);
  return self->room_board;
}

/**
 * vc_projector_show_pair:
 * @self: a #VcProjector
 * @deck: a values game
 * @pair: a pair made in it
 *
 * Shows one pair large, with the group's reason for it.
 */
void
vc_projector_show_pair (VcProjector  *self,
                        VcDeck       *deck,
                        const VcPair *pair)
{
  const VcValueWord *word;
  VcDeckImage *image;
  GtkBox *box;

  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (pair != NULL);

  word = vc_deck_find_word (deck, pair->word_id);
  image = vc_deck_find_image (deck, pair->image_id);
  box = new_values_page (self);
  if (image != NULL)
    gtk_box_append (box, picture_new (image, 400));
  gtk_box_append (box, centered_label (word ? word->word : pair->word_id, "vc-projector-word"));
  if (pair->reason != NULL && pair->reason[0] != '\0')
    gtk_box_append (box, centered_label (pair->reason, "vc-large-text"));
  show_mode (self, "pair");
}

/**
 * vc_projector_show_drawn:
 * @self: a #VcProjector
 * @deck: a values game
 * @word_id: (nullable): the word drawn or chosen
 * @image_id: (nullable): the picture drawn or chosen
 *
 * Shows a word or a picture that waits for its other half.
 */
void
vc_projector_show_drawn (VcProjector *self,
                         VcDeck      *deck,
                         const char  *word_id,
                         const char  *image_id)
{
  const VcValueWord *word;
  VcDeckImage *image;
  GtkBox *box;

  g_return_if_fail (VC_IS_PROJECTOR (self));
  g_return_if_fail (VC_IS_DECK (deck));

  word = vc_deck_find_word (deck, word_id);
  image = vc_deck_find_image (deck, image_id);
  box = new_values_page (self);
  if (image != NULL)
    {
      gtk_box_append (box, picture_new (image, 460));
      if (vc_deck_image_get_caption (image) != NULL)
        gtk_box_append (box, centered_label (vc_deck_image_get_caption (image), "vc-large-text"));
    }
  /* The word alone: the group says first what it means to them, and the
   * facilitator shows its definition when they choose. */
  if (word != NULL)
    gtk_box_append (box, centered_label (word->word, "vc-projector-word"));
  show_mode (self, "drawn");
}

/**
 * vc_projector_get_mode:
 * @self: a #VcProjector
 *
 * Returns: what is shown: "card", "introduction", "board", "pair",
 *   "drawn" or "definition", or "" before anything is
 */
const char *
vc_projector_get_mode (VcProjector *self)
{
  g_return_val_if_fail (VC_IS_PROJECTOR (self), NULL);
  return self->mode;
}

/**
 * vc_projector_set_cover:
 * @self: a #VcProjector
 * @cover: whether to black or white out the screen
 *
 * Hides what is shown, so that the room looks at each other, not at the
 * screen; what was shown comes back as it was.
 */
void
vc_projector_set_cover (VcProjector      *self,
                        VcProjectorCover  cover)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));

  self->cover_kind = cover;
  gtk_widget_set_visible (self->cover, cover != VC_PROJECTOR_COVER_NONE);
  if (cover == VC_PROJECTOR_COVER_WHITE)
    {
      gtk_widget_remove_css_class (self->cover, "vc-cover-black");
      gtk_widget_add_css_class (self->cover, "vc-cover-white");
    }
  else
    {
      gtk_widget_remove_css_class (self->cover, "vc-cover-white");
      gtk_widget_add_css_class (self->cover, "vc-cover-black");
    }
}

VcProjectorCover
vc_projector_get_cover (VcProjector *self)
{
  g_return_val_if_fail (VC_IS_PROJECTOR (self), VC_PROJECTOR_COVER_NONE);
  return self->cover_kind;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/**
 * vc_projector_set_step:
 * @heading: (nullable): “Step 2 of 5 · Think Alone”, or %NULL when the
 *   meeting is not run in steps
 * @instruction: (nullable): what the room is asked to do
 * @turn: (nullable): whose turn it is
 * @next: (nullable): whose turn comes next, or the next step
 * @show_card: whether the room goes on seeing the card (or the board), with
 *   the instruction along the bottom, or sees the step alone
 *
 * Shows the room the step of the meeting's format it is at.
 */
void
vc_projector_set_step (VcProjector *self,
                       const char  *heading,
                       const char  *instruction,
                       const char  *turn,
                       const char  *next,
                       gboolean     show_card)
{
  gboolean band = heading != NULL && show_card;

  g_return_if_fail (VC_IS_PROJECTOR (self));

  self->step_shown = heading != NULL && !show_card;
  set_label (self->step_heading, heading);
  set_label (self->step_instruction, instruction);
  set_label (self->step_turn, turn);
  set_label (self->step_next, next);

  /* Under the card: whose turn it is, which changes most, then what to do. */
  set_label (self->band_turn, band ? turn : NULL);
  set_label (self->band_label, band ? instruction : NULL);
  gtk_widget_set_visible (self->band_bin, band && (turn != NULL || instruction != NULL));
  show_mode (self, self->mode);
}

/**
 * vc_projector_set_step_countdown:
 * @text: (nullable): the time left of the step or turn, as “04:59”
 * @state: how much is left, for its colour
 *
 * The countdown shown large with a step that hides the card; with the
 * card, the timer in the corner shows it.
 */
void
vc_projector_set_step_countdown (VcProjector  *self,
                                 const char   *text,
                                 VcTimerState  state)
{
  GtkWidget *label;

  g_return_if_fail (VC_IS_PROJECTOR (self));

  label = GTK_WIDGET (self->step_countdown);
  set_label (self->step_countdown, self->show_timer ? text : NULL);
  gtk_widget_remove_css_class (label, "vc-low");
  gtk_widget_remove_css_class (label, "vc-overtime");
  if (state == VC_TIMER_STATE_LOW)
    gtk_widget_add_css_class (label, "vc-low");
  else if (state == VC_TIMER_STATE_OVERTIME)
    gtk_widget_add_css_class (label, "vc-overtime");
}

/**
 * vc_projector_get_step_text:
 *
 * Returns: (transfer full): everything the room reads of the step now,
 *   one text per line, for tests and for the facilitator's preview
 */
char *
vc_projector_get_step_text (VcProjector *self)
{
  GtkLabel *labels[] = {
    self->step_heading, self->step_instruction, self->step_countdown,
    self->step_turn, self->step_next, self->band_turn, self->band_label,
  };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (VC_IS_PROJECTOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if ((i < 5 ? !self->step_shown : !gtk_widget_get_visible (self->band_bin)) ||
        !gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      continue;
    else
      g_string_append_printf (text, "%s\n", gtk_label_get_text (labels[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
vc_projector_set_timer_text (VcProjector *self,
                             const char  *text)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));

  gtk_label_set_text (self->timer_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label),
                          self->show_timer && text != NULL && text[0] != '\0');
}

/**
 * vc_projector_set_show_timer:
 * @self: a #VcProjector
 * @show_timer: whether the room sees the time left
 */
void
vc_projector_set_show_timer (VcProjector *self,
                             gboolean     show_timer)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));

  self->show_timer = !!show_timer;
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label),
                          self->show_timer && gtk_label_get_text (self->timer_label)[0] != '\0');
}

gboolean
vc_projector_get_show_timer (VcProjector *self)
{
  g_return_val_if_fail (VC_IS_PROJECTOR (self), FALSE);
  return self->show_timer;
}

/**
 * vc_projector_set_light:
 * @self: a #VcProjector
 * @light: black text on white, for a bright room, instead of white on black
 */
void
vc_projector_set_light (VcProjector *self,
                        gboolean     light)
{
  g_return_if_fail (VC_IS_PROJECTOR (self));

  if (light)
    gtk_widget_add_css_class (GTK_WIDGET (self), "vc-light");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "vc-light");
}

/**
 * vc_projector_get_view:
 * @self: a #VcProjector
 *
 * Returns: (transfer none): everything the room sees, for the facilitator's
 *   small copy of it
 */
GtkWidget *
vc_projector_get_view (VcProjector *self)
{
  g_return_val_if_fail (VC_IS_PROJECTOR (self), NULL);
  return self->view;
}

/**
 * vc_projector_get_text_scale:
 * @self: a #VcProjector
 *
 * Returns: how much larger than in an ordinary window the text is drawn
 */
double
vc_projector_get_text_scale (VcProjector *self)
{
  const char *page;

  g_return_val_if_fail (VC_IS_PROJECTOR (self), 1.0);

  page = gtk_stack_get_visible_child_name (self->stack);
  return vc_scale_bin_get_scale (g_str_equal (page, "card") ? self->card_bin
                                 : g_str_equal (page, "board") ? self->board_bin
                                 : self->values_bin);
}

static void
vc_projector_dispose (GObject *object)
{
  forget_spare (VC_PROJECTOR (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), VC_TYPE_PROJECTOR);

  G_OBJECT_CLASS (vc_projector_parent_class)->dispose (object);
}

static void
vc_projector_class_init (VcProjectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_projector_dispose;

  g_type_ensure (VC_TYPE_CARD_VIEW);
  g_type_ensure (VC_TYPE_ROOM_BOARD);
  g_type_ensure (VC_TYPE_SCALE_BIN);

  gtk_widget_class_set_css_name (widget_class, "window");
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-projector.ui");
  gtk_widget_class_bind_template_child (widget_class, VcProjector, stack);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, card_bin);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_bin);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_heading);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_instruction);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_countdown);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_turn);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, step_next);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, band_bin);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, band_turn);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, band_label);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, values_bin);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, board_bin);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, room_board);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, card_view);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, timer_label);
  gtk_widget_class_bind_template_child (widget_class, VcProjector, cover);
}

static void
vc_projector_init (VcProjector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The window keeps its child itself: the template must not let go of
   * it behind the window's back. */
  self->view = gtk_window_get_child (GTK_WINDOW (self));

  self->mode = "";
  self->show_timer = TRUE;

  /* A second card view, in the same margins, for the next card. */
  {
    GtkWidget *shown = vc_scale_bin_get_child (self->card_bin);
    GtkWidget *spare = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_widget_set_margin_top (spare, gtk_widget_get_margin_top (shown));
    gtk_widget_set_margin_bottom (spare, gtk_widget_get_margin_bottom (shown));
    gtk_widget_set_margin_start (spare, gtk_widget_get_margin_start (shown));
    gtk_widget_set_margin_end (spare, gtk_widget_get_margin_end (shown));
    self->spare_view = VC_CARD_VIEW (vc_card_view_new ());
    gtk_box_append (GTK_BOX (spare), GTK_WIDGET (self->spare_view));
    vc_scale_bin_set_spare (self->card_bin, spare);
  }
  vc_card_view_set_large (self->card_view, TRUE);
  vc_card_view_set_show_notes (self->card_view, FALSE);
  vc_card_view_set_large (self->spare_view, TRUE);
  vc_card_view_set_show_notes (self->spare_view, FALSE);
  /* Nobody in the room should watch the pointer. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
}

VcProjector *
vc_projector_new (void)
{
  return g_object_new (VC_TYPE_PROJECTOR, NULL);
}
