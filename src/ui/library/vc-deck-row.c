/* vc-deck-row.c
 *
 * A deck in the library's lists: its title, what it holds, and whether it
 * has problems. Activating it shows the deck, or its problems.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-deck-row.h"

struct _VcDeckRow
{
  AdwActionRow  parent_instance;

  VcDeckEntry  *entry;

  GtkWidget    *problems_icon;
};

G_DEFINE_FINAL_TYPE (VcDeckRow, vc_deck_row, ADW_TYPE_ACTION_ROW)

static void
vc_deck_row_dispose (GObject *object)
{
  VcDeckRow *self = VC_DECK_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_DECK_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (vc_deck_row_parent_class)->dispose (object);
}

static void
vc_deck_row_class_init (VcDeckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_deck_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-deck-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VcDeckRow, problems_icon);
}

static void
vc_deck_row_init (VcDeckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vc_deck_row_new:
 * @entry: a deck of the library, read or not
 *
 * Returns: (transfer floating): a row for @entry
 */
GtkWidget *
vc_deck_row_new (VcDeckEntry *entry)
{
  VcDeckRow *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (VC_IS_DECK_ENTRY (entry), NULL);

  self = g_object_new (VC_TYPE_DECK_ROW, NULL);
  self->entry = g_object_ref (entry);

  title = vc_deck_entry_dup_title (entry);
  subtitle = vc_deck_entry_dup_subtitle (entry);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (vc_deck_entry_get_deck (entry) == NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->problems_icon);

  return GTK_WIDGET (self);
}

/**
 * vc_deck_row_get_entry:
 * @self: a #VcDeckRow
 *
 * Returns: (transfer none): the deck shown
 */
VcDeckEntry *
vc_deck_row_get_entry (VcDeckRow *self)
{
  g_return_val_if_fail (VC_IS_DECK_ROW (self), NULL);
  return self->entry;
}
