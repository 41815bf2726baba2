/* vc-editor-preview.c
 *
 * The card being written, as the room will see it on the projector: the
 * projector's own card and board, on its black or white, scaled into a
 * screen of the projector's shape.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-editor-preview.h"
#include "vc-room-board.h"
#include "vc-scale-bin.h"
#include "vc-session.h"

struct _VcEditorPreview
{
  GtkWidget        parent_instance;

  GtkAspectFrame  *frame;
  GtkWidget       *screen;
  GtkStack        *stack;
  VcCardView      *card_view;
  VcCardView      *measure_view;
  VcRoomBoard     *room_board;
  GtkLabel        *large_label;
  GtkLabel        *small_label;
  GtkToggleButton *wide_button;
  GtkToggleButton *square_button;
  GtkToggleButton *light_button;
  GtkWidget       *step_box;
  GtkLabel        *step_label;
  GtkWidget       *previous_button;
  GtkWidget       *next_button;

  VcCard          *card;
  guint            number;
  guint            step;
};

G_DEFINE_FINAL_TYPE (VcEditorPreview, vc_editor_preview, GTK_TYPE_WIDGET)

/* The part shown: the one asked for, or the last there is while a part
 * is being written again. */
static guint
shown_step (VcEditorPreview *self)
{
  guint n = self->card != NULL ? vc_card_view_get_n_steps (self->card_view, FALSE) : 0;

  return n > 0 ? MIN (self->step, n - 1) : 0;
}

static void
update_steps (VcEditorPreview *self)
{
  guint n = vc_editor_preview_get_n_steps (self);
  guint step = shown_step (self);

  gtk_widget_set_visible (self->step_box, n > 1);
  if (n > 1)
    {
      /* Translators: how much of a card is shown, as "2 of 3" */
      g_autofree char *text = g_strdup_printf (_("%u of %u"), step + 1, n);

      gtk_label_set_text (self->step_label, text);
    }
  gtk_widget_set_sensitive (self->previous_button, step > 0);
  gtk_widget_set_sensitive (self->next_button, step + 1 < n);
}

static void
show_step (VcEditorPreview *self)
{
  guint step = self->step;

  vc_card_view_show_card_at_step (self->card_view, self->card, self->number, step, FALSE);
  if (step > 0 && step != shown_step (self))
    vc_card_view_show_card_at_step (self->card_view, self->card, self->number, shown_step (self), FALSE);
  update_steps (self);
}

/**
 * vc_editor_preview_show_card:
 * @self: a #VcEditorPreview
 * @card: the card
 * @number: its number in the deck, 0 for none
 *
 * Shows @card. The same card again keeps the part of it shown, so that
 * a change to the third part of a story is seen at the third part.
 */
void
vc_editor_preview_show_card (VcEditorPreview *self,
                             VcCard          *card,
                             guint            number)
{
  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));
  g_return_if_fail (VC_IS_CARD (card));

  if (self->card == NULL || g_strcmp0 (vc_card_get_id (self->card), vc_card_get_id (card)) != 0 ||
      self->number != number)
    self->step = 0;
  g_set_object (&self->card, card);
  self->number = number;
  show_step (self);
  gtk_stack_set_visible_child_name (self->stack, "card");
}

void
vc_editor_preview_show_introduction (VcEditorPreview      *self,
                                     const VcIntroduction *intro)
{
  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));
  g_return_if_fail (intro != NULL);

  g_clear_object (&self->card);
  vc_card_view_show_introduction (self->card_view, intro);
  gtk_widget_set_visible (self->step_box, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "card");
}

/**
 * vc_editor_preview_show_words:
 * @self: a #VcEditorPreview
 * @large: a value word, or a deck's title
 * @small: (nullable): what it means, or the deck's subtitle
 */
void
vc_editor_preview_show_words (VcEditorPreview *self,
                              const char      *large,
                              const char      *small)
{
  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));

  g_clear_object (&self->card);
  gtk_label_set_text (self->large_label, large ? large : "");
  gtk_label_set_text (self->small_label, small ? small : "");
  gtk_widget_set_visible (GTK_WIDGET (self->small_label), small != NULL && small[0] != '\0');
  gtk_widget_set_visible (self->step_box, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "words");
}

/**
 * vc_editor_preview_show_board:
 * @self: a #VcEditorPreview
 * @deck: a values game
 *
 * Shows the board at the start of a meeting: every word and picture.
 */
void
vc_editor_preview_show_board (VcEditorPreview *self,
                              VcDeck          *deck)
{
  g_autoptr(VcSession) session = NULL;

  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));
  g_return_if_fail (VC_IS_DECK (deck));

  g_clear_object (&self->card);
  session = vc_session_new (VC_SESSION_KIND_MEETING, vc_deck_get_id (deck),
                            vc_deck_get_version (deck), NULL);
  vc_room_board_show (self->room_board, deck, session);
  gtk_widget_set_visible (self->step_box, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "board");
}

/**
 * vc_editor_preview_get_mode:
 * @self: a #VcEditorPreview
 *
 * Returns: "card", "words" or "board"
 */
const char *
vc_editor_preview_get_mode (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * vc_editor_preview_get_card_view:
 * @self: a #VcEditorPreview
 *
 * Returns: (transfer none): the card as the room sees it
 */
VcCardView *
vc_editor_preview_get_card_view (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), NULL);
  return self->card_view;
}

/**
 * vc_editor_preview_get_screen:
 * @self: a #VcEditorPreview
 *
 * Returns: (transfer none): the projector's screen, scaled
 */
GtkWidget *
vc_editor_preview_get_screen (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), NULL);
  return self->screen;
}

guint
vc_editor_preview_get_step (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), 0);
  return shown_step (self);
}

guint
vc_editor_preview_get_n_steps (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), 0);
  return self->card != NULL ? vc_card_view_get_n_steps (self->card_view, FALSE) : 0;
}

void
vc_editor_preview_set_step (VcEditorPreview *self,
                            guint            step)
{
  guint n;

  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));

  n = vc_editor_preview_get_n_steps (self);
  if (n == 0)
    return;
  self->step = MIN (step, n - 1);
  show_step (self);
}

static void
on_previous_clicked (VcEditorPreview *self)
{
  guint step = shown_step (self);

  if (step > 0)
    vc_editor_preview_set_step (self, step - 1);
}

static void
on_next_clicked (VcEditorPreview *self)
{
  vc_editor_preview_set_step (self, shown_step (self) + 1);
}

gboolean
vc_editor_preview_get_wide (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), TRUE);
  return gtk_toggle_button_get_active (self->wide_button);
}

void
vc_editor_preview_set_wide (VcEditorPreview *self,
                            gboolean         wide)
{
  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));
  gtk_toggle_button_set_active (wide ? self->wide_button : self->square_button, TRUE);
}

static void
on_shape_toggled (VcEditorPreview *self)
{
  gtk_aspect_frame_set_ratio (self->frame,
                              gtk_toggle_button_get_active (self->wide_button) ? 16.0f / 9.0f : 4.0f / 3.0f);
}

gboolean
vc_editor_preview_get_light (VcEditorPreview *self)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), FALSE);
  return gtk_toggle_button_get_active (self->light_button);
}

void
vc_editor_preview_set_light (VcEditorPreview *self,
                             gboolean         light)
{
  g_return_if_fail (VC_IS_EDITOR_PREVIEW (self));
  gtk_toggle_button_set_active (self->light_button, light);
}

static void
on_light_toggled (VcEditorPreview *self)
{
  if (gtk_toggle_button_get_active (self->light_button))
    gtk_widget_add_css_class (self->screen, "vc-light");
  else
    gtk_widget_remove_css_class (self->screen, "vc-light");
}

static void
vc_editor_preview_dispose (GObject *object)
{
  VcEditorPreview *self = VC_EDITOR_PREVIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_EDITOR_PREVIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (vc_editor_preview_parent_class)->dispose (object);
}

static void
vc_editor_preview_class_init (VcEditorPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_editor_preview_dispose;

  g_type_ensure (VC_TYPE_CARD_VIEW);
  g_type_ensure (VC_TYPE_ROOM_BOARD);
  g_type_ensure (VC_TYPE_SCALE_BIN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vc-editor-preview");
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-editor-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, frame);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, screen);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, card_view);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, measure_view);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, room_board);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, large_label);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, small_label);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, wide_button);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, square_button);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, light_button);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, step_box);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, step_label);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, previous_button);
  gtk_widget_class_bind_template_child (widget_class, VcEditorPreview, next_button);
  gtk_widget_class_bind_template_callback (widget_class, on_shape_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_light_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked);
}

static void
vc_editor_preview_init (VcEditorPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  vc_card_view_set_large (self->card_view, TRUE);
  vc_card_view_set_show_notes (self->card_view, FALSE);
  vc_card_view_set_large (self->measure_view, TRUE);
  vc_card_view_set_show_notes (self->measure_view, FALSE);
  gtk_widget_set_visible (self->step_box, FALSE);
}

GtkWidget *
vc_editor_preview_new (void)
{
  return g_object_new (VC_TYPE_EDITOR_PREVIEW, NULL);
}

/**
 * vc_editor_preview_shows_card:
 * @self: a #VcEditorPreview
 * @number: a card's number in the deck
 *
 * Returns: whether the card numbered @number is the one shown
 */
gboolean
vc_editor_preview_shows_card (VcEditorPreview *self,
                              guint            number)
{
  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), FALSE);
  return self->card != NULL && self->number == number;
}

/* The room's screen as the projector lays it out (see VcScaleBin), less
 * the card's margins on the projector. */
#define ROOM_WIDTH_4_3  (960 - 2 * 64)
#define ROOM_HEIGHT     (720 - 2 * 24)

/**
 * vc_editor_preview_measure_card:
 * @self: a #VcEditorPreview
 * @card: a card
 *
 * Lays @card out whole, every part shown, as the projector would on a
 * 1024×768 screen.
 *
 * Returns: how much of the screen's height it needs: above 1 if it
 *   does not fit, and the projector makes it smaller to show it
 */
double
vc_editor_preview_measure_card (VcEditorPreview *self,
                                VcCard          *card)
{
  int height = 0;
  guint n;

  g_return_val_if_fail (VC_IS_EDITOR_PREVIEW (self), 0);
  g_return_val_if_fail (VC_IS_CARD (card), 0);

  vc_card_view_show_card_at_step (self->measure_view, card, 1, 0, FALSE);
  n = vc_card_view_get_n_steps (self->measure_view, FALSE);
  if (n > 1)
    vc_card_view_show_card_at_step (self->measure_view, card, 1, n - 1, FALSE);
  gtk_widget_measure (GTK_WIDGET (self->measure_view), GTK_ORIENTATION_VERTICAL, ROOM_WIDTH_4_3,
                      NULL, &height, NULL, NULL);
  return (double)height / ROOM_HEIGHT;
}
