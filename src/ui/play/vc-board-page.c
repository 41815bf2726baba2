/* vc-board-page.c
 *
 * The page a values game is played on: its header bar and the board. The
 * finish button goes on to the deck's closing card first, if it has one,
 * then asks for the summary (“win.finish-session”).
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board-page.h"

struct _VcBoardPage
{
  GtkWidget       parent_instance;

  GtkWidget      *header;
  AdwWindowTitle *title;
  GtkButton      *finish_button;
  VcBoard        *board;
  GtkWidget      *bar;
};

G_DEFINE_FINAL_TYPE (VcBoardPage, vc_board_page, GTK_TYPE_WIDGET)

static gboolean
goes_to_closing (VcBoardPage *self)
{
  return !vc_board_get_closing (self->board)
         && vc_deck_get_closing (vc_board_get_deck (self->board)) != NULL;
}

/* A meeting ends as the deck ends it: with the closing card, then the
 * summary. */
static void
update_finish (VcBoardPage *self)
{
  gboolean to_closing = goes_to_closing (self);

  gtk_button_set_label (self->finish_button, to_closing ? _("_Closing Card") : _("_Finish"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->finish_button),
                               to_closing ? _("Go On to the Closing Card")
                                          : _("Finish and See the Summary"));
}

static void
on_finish_clicked (VcBoardPage *self)
{
  if (self->board == NULL)
    return;

  if (goes_to_closing (self))
    {
      vc_board_set_closing (self->board, TRUE);
      return;
    }

  vc_board_stop (self->board);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.finish-session", NULL);
}

static void
vc_board_page_dispose (GObject *object)
{
  VcBoardPage *self = VC_BOARD_PAGE (object);

  if (self->board != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->board));
  self->board = NULL;
  if (self->bar != NULL)
    gtk_widget_unparent (self->bar);
  self->bar = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_BOARD_PAGE);

  G_OBJECT_CLASS (vc_board_page_parent_class)->dispose (object);
}

static void
vc_board_page_class_init (VcBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_board_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VcBoardPage, header);
  gtk_widget_class_bind_template_child (widget_class, VcBoardPage, title);
  gtk_widget_class_bind_template_child (widget_class, VcBoardPage, finish_button);
  gtk_widget_class_bind_template_callback (widget_class, on_finish_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
vc_board_page_init (VcBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
vc_board_page_new (void)
{
  return g_object_new (VC_TYPE_BOARD_PAGE, NULL);
}

/**
 * vc_board_page_set_board:
 * @self: a #VcBoardPage
 * @board: the board of a session just started or continued
 *
 * Shows @board below the header bar, in place of the one before, with its
 * deck's title and the kind of session.
 */
void
vc_board_page_set_board (VcBoardPage *self,
                         VcBoard     *board)
{
  VcSession *session;

  g_return_if_fail (VC_IS_BOARD_PAGE (self));
  g_return_if_fail (VC_IS_BOARD (board));

  if (self->board != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->board));

  self->board = board;
  gtk_widget_set_vexpand (GTK_WIDGET (board), TRUE);
  gtk_widget_insert_after (GTK_WIDGET (board), GTK_WIDGET (self), self->header);
  g_signal_connect_object (board, "notify::closing", G_CALLBACK (update_finish), self,
                           G_CONNECT_SWAPPED);
  update_finish (self);

  session = vc_board_get_session (board);
  adw_window_title_set_title (self->title, vc_deck_get_title (vc_board_get_deck (board)));
  adw_window_title_set_subtitle (self->title,
                                 vc_session_get_kind (session) == VC_SESSION_KIND_MEETING
                                   ? _("Meeting") : _("Reflection"));
}

/**
 * vc_board_page_get_board:
 * @self: a #VcBoardPage
 *
 * Returns: (transfer none) (nullable): the board shown
 */
VcBoard *
vc_board_page_get_board (VcBoardPage *self)
{
  g_return_val_if_fail (VC_IS_BOARD_PAGE (self), NULL);
  return self->board;
}

/**
 * vc_board_page_set_bar:
 * @self: a #VcBoardPage
 * @bar: (nullable): a bar to show below the board, as while the board is
 *   presented, or %NULL for none
 */
void
vc_board_page_set_bar (VcBoardPage *self,
                       GtkWidget   *bar)
{
  g_return_if_fail (VC_IS_BOARD_PAGE (self));
  g_return_if_fail (bar == NULL || GTK_IS_WIDGET (bar));

  if (self->bar == bar)
    return;

  if (self->bar != NULL)
    gtk_widget_unparent (self->bar);
  self->bar = bar;
  if (bar != NULL)
    gtk_widget_insert_before (bar, GTK_WIDGET (self), NULL);
}

/**
 * vc_board_page_get_bar:
 * @self: a #VcBoardPage
 *
 * Returns: (transfer none) (nullable): the bar below the board
 */
GtkWidget *
vc_board_page_get_bar (VcBoardPage *self)
{
  g_return_val_if_fail (VC_IS_BOARD_PAGE (self), NULL);
  return self->bar;
}
