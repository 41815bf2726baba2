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

#define ICON_AFTER_FIRST_FRAME "vc-icon-after-first-frame"

/* Every window that has no icon of its own gets @icon_name, and so does
 * every window opened from now on. */
static void
give_windows_icon (const char *icon_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_window_set_default_icon_name (icon_name);

  /* A window realized before this keeps no icon otherwise: GTK gives the
   * default icon only to windows realized after it is set. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_icon_name (window) == NULL)
        gtk_window_set_icon_name (window, icon_name);
    }
}

static void on_icon_window_realize   (GtkWidget *widget,
                                      gpointer   user_data);
static void on_icon_window_unrealize (GtkWidget *widget,
                                      gpointer   user_data);

static void
icon_after_first_frame_done (GtkWindow *window)
{
  g_autofree char *icon_name = g_object_steal_data (G_OBJECT (window), ICON_AFTER_FIRST_FRAME);

  g_signal_handlers_disconnect_by_func (window, on_icon_window_realize, NULL);
  g_signal_handlers_disconnect_by_func (window, on_icon_window_unrealize, NULL);
  if (icon_name != NULL)
    give_windows_icon (icon_name);
}

static void
on_icon_first_frame (GdkFrameClock *clock,
                     GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_icon_first_frame, window);
  icon_after_first_frame_done (window);
}

static void
on_icon_window_realize (GtkWidget *widget,
                        gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_icon_first_frame), widget, 0);
}

static void
on_icon_window_unrealize (GtkWidget *widget,
                          gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, on_icon_first_frame, widget);
  icon_after_first_frame_done (GTK_WINDOW (widget));
}

/**
 * vc_ui_set_icon_after_first_frame:
 * @window: a window that is not shown yet
 * @icon_name: the app's icon
 *
 * Gives @window, and every window after it, @icon_name once @window has
 * drawn its first frame, or when it goes away before that.
 *
 * GTK draws a window's icon for the window manager while it realizes the
 * window, from the app's SVG: a few milliseconds that the first frame of
 * the app need not wait for. Call this for the first window, instead of
 * setting the default icon at start-up.
 */
void
vc_ui_set_icon_after_first_frame (GtkWindow  *window,
                                  const char *icon_name)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (icon_name != NULL);

  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    {
      give_windows_icon (icon_name);
      return;
    }

  g_object_set_data_full (G_OBJECT (window), ICON_AFTER_FIRST_FRAME, g_strdup (icon_name), g_free);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_icon_window_realize (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (on_icon_window_realize), NULL);
  g_signal_connect (window, "unrealize", G_CALLBACK (on_icon_window_unrealize), NULL);
}
