/* vc-pair-row.c
 *
 * One pair in the list beside the values game board: its word, its
 * picture, and the reason typed for it. Its button removes the pair
 * (“board.unpair”, with the pair's word and picture as target), so the
 * row needs to know nothing of the board.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-image.h"
#include "vc-pair-row.h"
#include "vc-ui-util.h"

struct _VcPairRow
{
  GtkListBoxRow  parent_instance;

  char          *word_id;
  char          *image_id;

  AdwClamp      *thumbnail;
  GtkLabel      *word_label;
  GtkLabel      *picture_label;
  GtkButton     *remove_button;
  GtkTextView   *text_view;
  GtkWidget     *placeholder;
};

G_DEFINE_FINAL_TYPE (VcPairRow, vc_pair_row, GTK_TYPE_LIST_BOX_ROW)

/* The hint shows while nothing is typed. */
static void
on_buffer_changed (GtkTextBuffer *buffer,
                   VcPairRow     *self)
{
  g_autofree char *text = vc_ui_dup_buffer_text (buffer);

  gtk_widget_set_visible (self->placeholder, text[0] == '\0');
}

static void
vc_pair_row_finalize (GObject *object)
{
  VcPairRow *self = VC_PAIR_ROW (object);

  g_free (self->word_id);
  g_free (self->image_id);

  G_OBJECT_CLASS (vc_pair_row_parent_class)->finalize (object);
}

static void
vc_pair_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VC_TYPE_PAIR_ROW);

  G_OBJECT_CLASS (vc_pair_row_parent_class)->dispose (object);
}

static void
vc_pair_row_class_init (VcPairRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_pair_row_dispose;
  object_class->finalize = vc_pair_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-pair-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, thumbnail);
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, word_label);
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, picture_label);
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, VcPairRow, placeholder);
}

static void
vc_pair_row_init (VcPairRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vc_pair_row_new:
 * @pair: the pair, as the session holds it
 * @word: the value word, as shown
 * @picture: the picture's caption, as shown
 * @image: (nullable): the picture, for a thumbnail
 *
 * Returns: (transfer floating): a row showing @pair with its reason
 */
GtkWidget *
vc_pair_row_new (const VcPair *pair,
                 const char   *word,
                 const char   *picture,
                 VcDeckImage  *image)
{
  VcPairRow *self;
  GtkTextBuffer *buffer;
  g_autofree char *row_label = NULL;
  g_autofree char *reason_label = NULL;

  g_return_val_if_fail (pair != NULL, NULL);

  self = g_object_new (VC_TYPE_PAIR_ROW, NULL);
  self->word_id = g_strdup (pair->word_id);
  self->image_id = g_strdup (pair->image_id);

  /* Translators: how a screen reader names a pair, “Dignity and Lunch together” */
  row_label = g_strdup_printf (C_("pair", "%s and %s"), word, picture);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);

  if (image != NULL)
    {
      GtkWidget *thumbnail = vc_image_new (image);

      gtk_widget_set_size_request (thumbnail, 64, 48);
      adw_clamp_set_child (self->thumbnail, thumbnail);
      gtk_widget_set_visible (GTK_WIDGET (self->thumbnail), TRUE);
    }

  gtk_label_set_label (self->word_label, word);
  gtk_label_set_label (self->picture_label, picture);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "(ss)",
                                    pair->word_id, pair->image_id);

  /* Translators: what a screen reader says for the reason's text field;
   * the first %s is a value word, the second a picture's caption */
  reason_label = g_strdup_printf (_("Why “%s” and “%s” belong together"), word, picture);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, reason_label,
                                  -1);

  buffer = gtk_text_view_get_buffer (self->text_view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self, 0);
  gtk_text_buffer_set_text (buffer, pair->reason ? pair->reason : "", -1);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  on_buffer_changed (buffer, self);

  return GTK_WIDGET (self);
}

/**
 * vc_pair_row_shows:
 * @self: a #VcPairRow
 * @pair: a pair of the session
 *
 * Returns: whether @self is the row of @pair's word and picture
 */
gboolean
vc_pair_row_shows (VcPairRow    *self,
                   const VcPair *pair)
{
  g_return_val_if_fail (VC_IS_PAIR_ROW (self), FALSE);

  return g_strcmp0 (self->word_id, pair->word_id) == 0
         && g_strcmp0 (self->image_id, pair->image_id) == 0;
}

/**
 * vc_pair_row_get_buffer:
 * @self: a #VcPairRow
 *
 * Returns: (transfer none): the reason as typed
 */
GtkTextBuffer *
vc_pair_row_get_buffer (VcPairRow *self)
{
  g_return_val_if_fail (VC_IS_PAIR_ROW (self), NULL);
  return gtk_text_view_get_buffer (self->text_view);
}

/**
 * vc_pair_row_get_text_view:
 * @self: a #VcPairRow
 *
 * Returns: (transfer none): where the reason is typed, to give it focus
 */
GtkWidget *
vc_pair_row_get_text_view (VcPairRow *self)
{
  g_return_val_if_fail (VC_IS_PAIR_ROW (self), NULL);
  return GTK_WIDGET (self->text_view);
}
