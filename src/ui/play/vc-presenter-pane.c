/* vc-presenter-pane.c
 *
 * The facilitator's view while presenting: what the room sees, what comes
 * next, the deck's notes for the facilitator and every card to jump to.
 *
 * The list of cards can be browsed freely: the card picked in it is shown
 * here, where the next card would be, and the room goes on seeing the card
 * it sees until the facilitator chooses to show the picked one.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-card-view.h"
#include "vc-presenter-pane.h"
#include "vc-page-row.h"
#include "vc-ui-util.h"

struct _VcPresenterPane
{
  GtkWidget    parent_instance;

  VcDeck      *deck;
  GPtrArray   *pages;
  guint        position;
  guint        steps_left;
  guint        clock_id;
  guint        next_shown;    /* the page in next_view, or G_MAXUINT */

  GtkWidget   *main_column;
  GtkWidget   *list_column;
  GtkPicture  *preview;
  GtkStack    *room_stack;
  GtkLabel    *clock_label;
  GtkLabel    *next_heading;
  GtkLabel    *next_title;
  VcCardView  *next_view;
  GtkWidget   *notes_box;
  GtkLabel    *notes_label;
  GtkListBox  *list;
  GtkWidget   *show_button;
};

G_DEFINE_FINAL_TYPE (VcPresenterPane, vc_presenter_pane, GTK_TYPE_WIDGET)

enum {
  JUMP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VcCard *
page_at (VcPresenterPane *self,
         guint            position)
{
  if (self->pages == NULL || position >= self->pages->len)
    return NULL;
  return g_ptr_array_index (self->pages, position);
}

static guint
browsed (VcPresenterPane *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row ? (guint)gtk_list_box_row_get_index (row) : self->position;
}

static void
update_clock (VcPresenterPane *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Translators: the time of day beside the timer, in strftime() format */
  g_autofree char *text = g_date_time_format (now, _("%H:%M"));

  gtk_label_set_text (self->clock_label, text);
}

static gboolean
on_clock_tick (gpointer data)
{
  update_clock (data);
  return G_SOURCE_CONTINUE;
}

/* Shows what comes after the room's card, or the card being browsed. */
static void
update_next (VcPresenterPane *self)
{
  guint target = browsed (self);
  gboolean browsing = target != self->position;
  VcCard *card;

  if (!browsing && self->steps_left > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more step of this card",
                                                            "%u more steps of this card",
                                                            self->steps_left),
                                               self->steps_left);

      gtk_label_set_text (self->next_title, text);
      gtk_widget_set_visible (GTK_WIDGET (self->next_title), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->next_title), FALSE);

  if (!browsing)
    target = self->position + 1;

  gtk_label_set_text (self->next_heading, browsing ? _("Picked, Not Shown Yet") : _("Up Next"));
  gtk_widget_set_sensitive (self->show_button, browsing);

  card = page_at (self, target);
  if (self->pages == NULL || target >= self->pages->len)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_view), FALSE);
      if (self->steps_left == 0)
        {
          gtk_label_set_text (self->next_title, _("The end of the deck"));
          gtk_widget_set_visible (GTK_WIDGET (self->next_title), TRUE);
        }
    }
  else
    {
      /* Moving through a card's steps leaves the next card as it is. */
      if (target != self->next_shown)
        {
          if (card != NULL)
            vc_card_view_show_card (self->next_view, card, 0);
          else
            vc_card_view_show_introduction (self->next_view, vc_deck_get_introduction (self->deck));
          self->next_shown = target;
        }
      gtk_widget_set_visible (GTK_WIDGET (self->next_view), TRUE);
    }
}

static void
update_notes (VcPresenterPane *self)
{
  VcCard *card = page_at (self, self->position);
  const char *notes = card ? vc_card_get_facilitator_notes (card) : NULL;

  gtk_label_set_text (self->notes_label, notes ? notes : "");
  gtk_widget_set_visible (self->notes_box, notes != NULL && notes[0] != '\0');
}

static void
select_position (VcPresenterPane *self,
                 guint            position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);

  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
}

static void
on_selected_rows_changed (GtkListBox      *list,
                          VcPresenterPane *self)
{
  update_next (self);
}

static void
confirm (VcPresenterPane *self)
{
  guint target = browsed (self);

  if (target != self->position)
    g_signal_emit (self, signals[JUMP], 0, target);
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  VcPresenterPane *self)
{
  confirm (self);
}

static void
on_show_clicked (GtkButton       *button,
                 VcPresenterPane *self)
{
  confirm (self);
}

static void
vc_presenter_pane_map (GtkWidget *widget)
{
  VcPresenterPane *self = VC_PRESENTER_PANE (widget);

  GTK_WIDGET_CLASS (vc_presenter_pane_parent_class)->map (widget);

  update_clock (self);
  if (self->clock_id == 0)
    self->clock_id = g_timeout_add_seconds (1, on_clock_tick, self);
}

static void
vc_presenter_pane_unmap (GtkWidget *widget)
{
  VcPresenterPane *self = VC_PRESENTER_PANE (widget);

  g_clear_handle_id (&self->clock_id, g_source_remove);

  GTK_WIDGET_CLASS (vc_presenter_pane_parent_class)->unmap (widget);
}

/* Layout: the card, notes and next card in a column that takes the width
 * left, and the list of cards beside it.
 *
 * A horizontal GtkBox finds its height for a width by trying heights one
 * after another until its children's widths fit, and each wrapped label
 * answers such a try by trying widths one after another until its text
 * fits that height: a few hundred text layouts of the notes at every card
 * change, which kept the main loop from the room's next frame. Both
 * columns are as wide whatever their height, so here the width is shared
 * out once and each column measured once for its share. */

#define COLUMN_SPACING 18

static void
share_width (VcPresenterPane *self,
             int              width,
             int             *main_width,
             int             *list_width)
{
  GtkRequestedSize sizes[2] = {
    { self->main_column, 0, 0 },
    { self->list_column, 0, 0 },
  };
  int available;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    gtk_widget_measure (sizes[i].data, GTK_ORIENTATION_HORIZONTAL, -1,
                        &sizes[i].minimum_size, &sizes[i].natural_size, NULL, NULL);

  /* Each column gets its minimum, then what it would like, and the main
   * column, which expands, what is left. */
  available = MAX (0, width - COLUMN_SPACING - sizes[0].minimum_size - sizes[1].minimum_size);
  available = gtk_distribute_natural_allocation (available, G_N_ELEMENTS (sizes), sizes);
  *main_width = sizes[0].minimum_size + available;
  *list_width = sizes[1].minimum_size;
}

static void
vc_presenter_pane_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  VcPresenterPane *self = VC_PRESENTER_PANE (widget);
  int main_min, main_nat, list_min, list_nat;
  int main_for = -1, list_for = -1;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->main_column, orientation, -1, &main_min, &main_nat, NULL, NULL);
      gtk_widget_measure (self->list_column, orientation, -1, &list_min, &list_nat, NULL, NULL);
      *minimum = main_min + COLUMN_SPACING + list_min;
      *natural = main_nat + COLUMN_SPACING + list_nat;
    }
  else
    {
      if (for_size >= 0)
        share_width (self, for_size, &main_for, &list_for);
      gtk_widget_measure (self->main_column, orientation, main_for, &main_min, &main_nat, NULL, NULL);
      gtk_widget_measure (self->list_column, orientation, list_for, &list_min, &list_nat, NULL, NULL);
      *minimum = MAX (main_min, list_min);
      *natural = MAX (main_nat, list_nat);
    }
}

static void
vc_presenter_pane_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  VcPresenterPane *self = VC_PRESENTER_PANE (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int main_width, list_width;
  int list_x;

  share_width (self, width, &main_width, &list_width);
  list_x = main_width + COLUMN_SPACING;

  gtk_widget_size_allocate (self->main_column,
                            &(GtkAllocation) { rtl ? width - main_width : 0, 0, main_width, height },
                            -1);
  gtk_widget_size_allocate (self->list_column,
                            &(GtkAllocation) { rtl ? width - list_x - list_width : list_x, 0, list_width, height },
                            -1);
}

static GtkSizeRequestMode
vc_presenter_pane_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vc_presenter_pane_dispose (GObject *object)
{
  VcPresenterPane *self = VC_PRESENTER_PANE (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  /* Rows going away must not pick another page to show. */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_PRESENTER_PANE);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (vc_presenter_pane_parent_class)->dispose (object);
}
static void
vc_presenter_pane_class_init (VcPresenterPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_presenter_pane_dispose;
  widget_class->map = vc_presenter_pane_map;
  widget_class->unmap = vc_presenter_pane_unmap;

  /**
   * VcPresenterPane::jump:
   * @position: the page to show the room
   *
   * The facilitator has chosen to show the room the page picked in the list.
   */
  signals[JUMP] = g_signal_new ("jump", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (VC_TYPE_CARD_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-presenter-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, main_column);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, list_column);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, preview);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, room_stack);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, clock_label);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, next_heading);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, next_title);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, next_view);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, notes_box);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, notes_label);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, list);
  gtk_widget_class_bind_template_child (widget_class, VcPresenterPane, show_button);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_rows_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_show_clicked);

  widget_class->measure = vc_presenter_pane_measure;
  widget_class->size_allocate = vc_presenter_pane_size_allocate;
  widget_class->get_request_mode = vc_presenter_pane_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "presenterpane");
}

static void
vc_presenter_pane_init (VcPresenterPane *self)
{
  self->next_shown = G_MAXUINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  vc_card_view_set_show_notes (self->next_view, FALSE);
}

GtkWidget *
vc_presenter_pane_new (void)
{
  return g_object_new (VC_TYPE_PRESENTER_PANE, NULL);
}

/**
 * vc_presenter_pane_set_preview:
 * @self: a #VcPresenterPane
 * @preview: (nullable): a live picture of what the room sees
 */
void
vc_presenter_pane_set_preview (VcPresenterPane *self,
                               GdkPaintable    *preview)
{
  g_return_if_fail (VC_IS_PRESENTER_PANE (self));

  gtk_picture_set_paintable (self->preview, preview);
}

/**
 * vc_presenter_pane_set_pages:
 * @self: a #VcPresenterPane
 * @deck: the deck presented
 * @pages: (element-type VcCard): its pages in the order played, %NULL
 *   standing for the introduction
 */
void
vc_presenter_pane_set_pages (VcPresenterPane *self,
                             VcDeck          *deck,
                             GPtrArray       *pages)
{
  GtkWidget *child;

  g_return_if_fail (VC_IS_PRESENTER_PANE (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (pages != NULL);

  g_set_object (&self->deck, deck);
  self->next_shown = G_MAXUINT;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_ref (pages);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *title = vc_ui_dup_page_title (deck, g_ptr_array_index (pages, i), i);

      gtk_list_box_append (self->list, vc_page_row_new (title));
    }

  vc_page_row_mark_current (self->list, self->position);
  select_position (self, self->position);
}

/**
 * vc_presenter_pane_set_position:
 * @self: a #VcPresenterPane
 * @position: the page the room sees
 * @steps_left: how much of it is still to be revealed
 */
void
vc_presenter_pane_set_position (VcPresenterPane *self,
                                guint            position,
                                guint            steps_left)
{
  g_return_if_fail (VC_IS_PRESENTER_PANE (self));

  self->position = position;
  self->steps_left = steps_left;
  update_notes (self);
  vc_page_row_mark_current (self->list, position);
  if (browsed (self) != position)
    select_position (self, position);
  else
    update_next (self);
}

/**
 * vc_presenter_pane_browse:
 * @self: a #VcPresenterPane
 * @position: a page
 *
 * Picks @position in the list, as the facilitator does, without showing it
 * to the room.
 */
void
vc_presenter_pane_browse (VcPresenterPane *self,
                          guint            position)
{
  g_return_if_fail (VC_IS_PRESENTER_PANE (self));

  select_position (self, position);
}

guint
vc_presenter_pane_get_browsed (VcPresenterPane *self)
{
  g_return_val_if_fail (VC_IS_PRESENTER_PANE (self), 0);
  return browsed (self);
}

/**
 * vc_presenter_pane_get_next_title:
 * @self: a #VcPresenterPane
 *
 * Returns: the heading over the card shown as next, "Up Next" or that the
 *   card is picked but not shown yet
 */
const char *
vc_presenter_pane_get_next_title (VcPresenterPane *self)
{
  g_return_val_if_fail (VC_IS_PRESENTER_PANE (self), NULL);
  return gtk_label_get_text (self->next_heading);
}

/**
 * vc_presenter_pane_confirm:
 * @self: a #VcPresenterPane
 *
 * Shows the room the page picked in the list, as "Show in the Room" does.
 */
void
vc_presenter_pane_confirm (VcPresenterPane *self)
{
  g_return_if_fail (VC_IS_PRESENTER_PANE (self));

  confirm (self);
}

/**
 * vc_presenter_pane_set_room_shown:
 * @self: a #VcPresenterPane
 * @shown: whether the room's window is on a screen
 */
void
vc_presenter_pane_set_room_shown (VcPresenterPane *self,
                                  gboolean         shown)
{
  g_return_if_fail (VC_IS_PRESENTER_PANE (self));

  /* With nothing to show, the line saying so takes no more room than it
   * needs, and what comes next gets the rest. */
  gtk_stack_set_visible_child_name (self->room_stack, shown ? "shown" : "hidden");
}

gboolean
vc_presenter_pane_get_room_shown (VcPresenterPane *self)
{
  g_return_val_if_fail (VC_IS_PRESENTER_PANE (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->room_stack), "shown") == 0;
}
