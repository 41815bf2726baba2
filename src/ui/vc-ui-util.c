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
 * Returns: (transfer floating): a label that wraps between words, selectable
 *   and start-aligned
 */
GtkWidget *
vc_ui_label_new (const char *text,
                 const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Whole words only: the label asks for the width of its longest word
   * rather than breaking one, which reads badly in Swedish compounds. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
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

/**
 * vc_ui_relabel_keys:
 * @widget: a shortcuts window, or a widget in one
 *
 * The shortcuts window names some keys by their raw names, such as
 * “Page_Down”, where no translation of the toolkit renames them (as in
 * English). Names them as printed on keyboards instead.
 */
void
vc_ui_relabel_keys (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (g_strcmp0 (text, "Page_Down") == 0)
        /* Translators: the key, as printed on keyboards */
        gtk_label_set_text (GTK_LABEL (widget), C_("keyboard key", "Page Down"));
      else if (g_strcmp0 (text, "Page_Up") == 0)
        /* Translators: the key, as printed on keyboards */
        gtk_label_set_text (GTK_LABEL (widget), C_("keyboard key", "Page Up"));
      else if (g_strcmp0 (text, "BackSpace") == 0)
        /* Translators: the key, as printed on keyboards */
        gtk_label_set_text (GTK_LABEL (widget), C_("keyboard key", "Backspace"));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    vc_ui_relabel_keys (child);
}

/**
 * vc_ui_dup_buffer_text:
 * @buffer: a text buffer
 *
 * Returns: (transfer full): all of @buffer's text, as typed
 */
char *
vc_ui_dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* GTK 4.8 gives a button whose label has a mnemonic its label text as its
 * accessible name, underscore and all, and then adds the name of the
 * mnemonic label that points at the button: a screen reader reads
 * “_Next Next”. The mnemonic label alone names the button well, so the
 * label text is taken out again, every time the button's label is set. */
static void
forget_label_text (GtkButton *button)
{
  if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static gboolean
on_widget_map (GSignalInvocationHint *hint,
               guint                  n_values,
               const GValue          *values,
               gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_BUTTON (object) && g_object_get_data (object, "vc-names-tidied") == NULL)
    {
      g_object_set_data (object, "vc-names-tidied", GINT_TO_POINTER (1));
      g_signal_connect_after (object, "notify::label", G_CALLBACK (forget_label_text), NULL);
      g_signal_connect_after (object, "notify::use-underline", G_CALLBACK (forget_label_text), NULL);
    }
  if (GTK_IS_BUTTON (object))
    forget_label_text (GTK_BUTTON (object));

  return TRUE;
}

/**
 * vc_ui_init_accessible_names:
 *
 * Makes the buttons of every window that is shown from now on announce
 * their names once, without the mnemonic's underscore. Call once, after
 * GTK is initialised.
 */
void
vc_ui_init_accessible_names (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint map_signal;

      /* The signal is there once the class is; the class stays. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      map_signal = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (map_signal, 0, on_widget_map, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}
