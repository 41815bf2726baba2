/* vc-ui-util.c
 *
 * Small helpers for the widgets that show deck text, and for keeping the
 * focus in sight.
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
 *   with the pointer (but no stop for Tab) and start-aligned
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
  /* Text to select with the pointer, not a stop for Tab: a card has a
   * dozen of these, between the keys and the notes one types. */
  gtk_widget_set_can_focus (label, FALSE);
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

/* Whether the keyboard, rather than a pointer, was used last in a window. */
#define KEYBOARD_IN_USE "vc-keyboard-in-use"

static gboolean
note_input (GtkEventControllerLegacy *controller,
            GdkEvent                 *event,
            gpointer                  user_data)
{
  GtkWidget *window = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
      g_object_set_data (G_OBJECT (window), KEYBOARD_IN_USE, GINT_TO_POINTER (TRUE));
      break;
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      g_object_set_data (G_OBJECT (window), KEYBOARD_IN_USE, NULL);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
focus_visible_changed (GtkWindow  *window,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  if (!gtk_window_get_focus_visible (window)
      && g_object_get_data (G_OBJECT (window), KEYBOARD_IN_USE))
    gtk_window_set_focus_visible (window, TRUE);
}

/**
 * vc_ui_keep_focus_visible:
 * @window: a window
 *
 * Keeps the focus ring of @window drawn for as long as the keyboard is in
 * use, until a click or a touch. GTK hides it a few seconds after the last
 * key that moved the focus, and keeps it hidden through keys such as
 * Page Down; someone who runs a meeting from the keyboard alone would then
 * lose sight of where the next key goes.
 */
void
vc_ui_keep_focus_visible (GtkWindow *window)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WINDOW (window));

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (note_input), NULL);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_signal_connect (window, "notify::focus-visible",
                    G_CALLBACK (focus_visible_changed), NULL);
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
