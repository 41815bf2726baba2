/* vc-ui-util.c
 *
 * Small helpers for building the widgets that show deck text.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-ui-util.h"

/**
 * vc_ui_label_new:
 * @text: (nullable): text from a deck, shown as it is (never as markup)
 * @style_class: (nullable): a style class such as "title-3"
 *
 * Returns: (transfer floating): a wrapping, selectable, start-aligned label
 */
GtkWidget *
vc_ui_label_new (const char *text,
                 const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Without a minimum width GTK measures the text at one character a line,
   * shaping it all again, every time a card is shown. */
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

/**
 * vc_ui_dup_page_title:
 * @deck: a deck
 * @card: (nullable): one of its cards, or %NULL for its introduction
 * @index: where the page is in the deck as played, from 0, counting the
 *   introduction if there is one
 *
 * Returns: (transfer full): the page as a list of cards names it, with
 *   the number the card has: "3. In the coffee room"
 */
char *
vc_ui_dup_page_title (VcDeck *deck,
                      VcCard *card,
                      guint   index)
{
  g_autofree char *summary = card ? vc_card_dup_summary (card) : NULL;
  const VcIntroduction *intro = vc_deck_get_introduction (deck);
  const char *title = card ? vc_card_get_title (card) : intro ? intro->title : NULL;

  if (title == NULL)
    title = summary ? summary : "";

  /* The introduction and the closing card have no number, as on the card. */
  if (card == NULL || card == vc_deck_get_closing (deck))
    return g_strdup (title);

  return g_strdup_printf (C_("card heading", "%u. %s"), index + (intro ? 0 : 1), title);
}
