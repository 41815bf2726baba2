/* vc-presentation-keys.c
 *
 * The keys of a presentation: the present.* actions, the keys a clicker
 * or a keyboard sends for them, and the shortcuts window's list of them,
 * all from one table.
 *
 * The keys work wherever the focus is, in both windows, so they are caught
 * before the focused widget sees them. Some only count when nothing is
 * being typed (letters, arrows), and Space and Enter leave a focused
 * button or row to do its own work.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-presentation-private.h"

typedef enum
{
  KEY_ANYWHERE,        /* also while typing */
  KEY_NOT_TYPING,      /* not in a text field */
  KEY_NOT_ON_CONTROL,  /* neither in a text field nor on a button or row */
} KeyWhere;

typedef struct
{
  const char *action;  /* in the "present" group */
  const char *keys;    /* as GtkShortcutsShortcut:accelerator writes them */
  KeyWhere    where;
  const char *title;   /* for the shortcuts window; NULL: on the row above */
} PresentKey;

static const PresentKey present_keys[] = {
  { "stop", "Escape", KEY_ANYWHERE, NC_("shortcut window", "Stop presenting") },
  { "next", "Page_Down", KEY_ANYWHERE, NC_("shortcut window", "Next step or card") },
  { "next", "Right", KEY_NOT_TYPING, NULL },
  { "next", "space Return KP_Enter", KEY_NOT_ON_CONTROL, NULL },
  { "previous", "Page_Up", KEY_ANYWHERE, NC_("shortcut window", "Previous step or card") },
  { "previous", "Left BackSpace", KEY_NOT_TYPING, NULL },
  { "first", "Home", KEY_NOT_TYPING, NC_("shortcut window", "First and last card") },
  { "last", "End", KEY_NOT_TYPING, NULL },
  /* Already presenting, a clicker's start key brings the cards back. */
  { "uncover", "F5", KEY_ANYWHERE, NULL },
  { "black-out", "b period", KEY_NOT_TYPING, NC_("shortcut window", "Black out the room’s screen") },
  { "white-out", "w comma", KEY_NOT_TYPING, NC_("shortcut window", "White out the room’s screen") },
  { "timer", "t", KEY_NOT_TYPING, NC_("shortcut window", "Start or pause the timer") },
  { "swap-screens", "s", KEY_NOT_TYPING, NC_("shortcut window", "Swap the screens") },
  { "toggle-pane", "p", KEY_NOT_TYPING,
    NC_("shortcut window", "Show or hide the facilitator’s window on one screen") },
  { "definition", "d", KEY_NOT_TYPING,
    NC_("shortcut window", "Values game: show or hide the chosen word’s definition") },
};

/* Actions */

static void
stop_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  vc_presentation_stop (user_data);
}

static void
move (VcPresentation *self,
      const char     *player_action,
      int             values_delta,
      gboolean        values_to_end)
{
  if (self->player != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->player), player_action, NULL);
  else if (self->board != NULL)
    vc_presentation_step_values (self, values_delta, values_to_end);
}

static void
next_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  move (user_data, "player.next", 1, FALSE);
}

static void
previous_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  move (user_data, "player.previous", -1, FALSE);
}

/* In the values game, the first “page” is the whole board. */
static void
first_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  move (user_data, "player.first", -1, TRUE);
}

static void
last_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  move (user_data, "player.last", 1, TRUE);
}

static void
uncover_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  vc_presentation_set_cover (user_data, VC_PROJECTOR_COVER_NONE);
}

static void
black_out_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  vc_presentation_set_cover (user_data, VC_PROJECTOR_COVER_BLACK);
}

static void
white_out_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  vc_presentation_set_cover (user_data, VC_PROJECTOR_COVER_WHITE);
}

static void
timer_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  VcPresentation *self = user_data;

  if (self->player != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->player), "player.timer-toggle", NULL);
  else if (self->board != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->board), "board.timer-toggle", NULL);
  vc_presentation_update_timer (self);
}

static void
swap_screens_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  vc_presentation_swap_screens (user_data);
}

static void
toggle_pane_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  vc_presentation_toggle_pane (user_data);
}

static void
definition_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  vc_presentation_toggle_definition (user_data);
}

static const GActionEntry present_actions[] = {
  { "stop", stop_activated },
  { "next", next_activated },
  { "previous", previous_activated },
  { "first", first_activated },
  { "last", last_activated },
  { "uncover", uncover_activated },
  { "black-out", black_out_activated },
  { "white-out", white_out_activated },
  { "timer", timer_activated },
  { "swap-screens", swap_screens_activated },
  { "toggle-pane", toggle_pane_activated },
  { "definition", definition_activated },
};

/* The definition is a word's, so it is there only in the values game;
 * nothing is there once the presentation has ended. */
void
vc_presentation_update_actions (VcPresentation *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (present_actions); i++)
    {
      const char *name = present_actions[i].name;
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);
      gboolean enabled = self->active;

      if (g_str_equal (name, "definition"))
        enabled = enabled && self->board != NULL;
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

/* Keys */

static gboolean
key_applies (const PresentKey *key,
             GtkWidget        *focus)
{
  gboolean typing = focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus));
  gboolean on_control = focus != NULL && !typing &&
                        (GTK_IS_BUTTON (focus) || GTK_IS_LIST_BOX_ROW (focus) ||
                         GTK_IS_CHECK_BUTTON (focus) || GTK_IS_SWITCH (focus));

  switch (key->where)
    {
    case KEY_ANYWHERE:
      return TRUE;

    case KEY_NOT_TYPING:
      return !typing;

    case KEY_NOT_ON_CONTROL:
      return !typing && !on_control;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
key_has (const PresentKey *key,
         guint             keyval)
{
  g_auto(GStrv) names = g_strsplit (key->keys, " ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (gdk_keyval_to_lower (gdk_keyval_from_name (names[i])) == gdk_keyval_to_lower (keyval))
      return TRUE;

  return FALSE;
}

/* Does what @key is for, if it applies where the focus is. */
static gboolean
try_key (VcPresentation   *self,
         const PresentKey *key,
         GtkWidget        *focus)
{
  if (!self->active || !key_applies (key, focus))
    return FALSE;

  if (!g_action_group_get_action_enabled (G_ACTION_GROUP (self->actions), key->action))
    return FALSE;

  g_action_group_activate_action (G_ACTION_GROUP (self->actions), key->action, NULL);
  return TRUE;
}

/**
 * vc_presentation_handle_key:
 * @self: a #VcPresentation
 * @focus: (nullable): the widget with the keyboard focus
 * @keyval: a key
 * @state: the modifiers held with it
 *
 * Does what @keyval does while presenting, as the windows' shortcuts do.
 *
 * Returns: whether the key did something
 */
gboolean
vc_presentation_handle_key (VcPresentation  *self,
                            GtkWidget       *focus,
                            guint            keyval,
                            GdkModifierType  state)
{
  g_return_val_if_fail (VC_IS_PRESENTATION (self), FALSE);

  if ((state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (present_keys); i++)
    if (key_has (&present_keys[i], keyval))
      return try_key (self, &present_keys[i], focus);

  return FALSE;
}

static gboolean
on_shortcut (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  VcPresentation *self = user_data;
  const PresentKey *key = &present_keys[g_variant_get_uint32 (args)];

  return try_key (self, key, gtk_root_get_focus (GTK_ROOT (widget)));
}

/* A key alone or with Shift; a letter in either case. */
static GtkShortcutTrigger *
trigger_for (guint keyval)
{
  GtkShortcutTrigger *trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (keyval, 0),
                                                             gtk_keyval_trigger_new (keyval, GDK_SHIFT_MASK));
  guint upper = gdk_keyval_to_upper (keyval);

  if (upper != keyval)
    trigger = gtk_alternative_trigger_new (trigger, gtk_keyval_trigger_new (upper, GDK_SHIFT_MASK));

  return trigger;
}

/**
 * vc_presentation_add_shortcuts:
 * @self: a #VcPresentation
 * @window: a window that shows the presentation
 *
 * Lets the keys of a presentation work in @window, wherever its focus is.
 *
 * Returns: (transfer none): the controller, added to @window
 */
GtkEventController *
vc_presentation_add_shortcuts (VcPresentation *self,
                               GtkWidget      *window)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Before the focused widget sees the key, so that a clicker works
   * wherever the focus is. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  for (guint i = 0; i < G_N_ELEMENTS (present_keys); i++)
    {
      g_auto(GStrv) names = g_strsplit (present_keys[i].keys, " ", -1);

      for (guint n = 0; names[n] != NULL; n++)
        {
          GtkShortcut *shortcut;

          shortcut = gtk_shortcut_new (trigger_for (gdk_keyval_from_name (names[n])),
                                       gtk_callback_action_new (on_shortcut, self, NULL));
          gtk_shortcut_set_arguments (shortcut, g_variant_new_uint32 (i));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
        }
    }

  vc_presentation_add_step_shortcuts (self, GTK_SHORTCUT_CONTROLLER (controller));
  gtk_widget_insert_action_group (window, "present", G_ACTION_GROUP (self->actions));
  gtk_widget_add_controller (window, controller);
  return controller;
}

void
vc_presentation_init_actions (VcPresentation *self)
{
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), present_actions,
                                   G_N_ELEMENTS (present_actions), self);
  vc_presentation_update_actions (self);
}

/**
 * vc_presentation_dup_shortcuts_ui:
 *
 * The presenting keys as rows of a shortcuts window's group, in the
 * user's language: a key shown beside its title. KP_Enter goes with
 * Return, so it is not shown on its own.
 *
 * Returns: (transfer full): GtkBuilder XML of GtkShortcutsShortcut children
 */
char *
vc_presentation_dup_shortcuts_ui (void)
{
  GString *xml = g_string_new (NULL);
  g_autoptr(GString) keys = g_string_new (NULL);
  const char *title = NULL;

  for (guint i = 0; i <= G_N_ELEMENTS (present_keys); i++)
    {
      const PresentKey *key = i < G_N_ELEMENTS (present_keys) ? &present_keys[i] : NULL;

      if ((key == NULL || key->title != NULL) && title != NULL)
        {
          g_autofree char *escaped_title = g_markup_escape_text (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", title), -1);
          g_autofree char *escaped_keys = g_markup_escape_text (keys->str, -1);

          g_string_append_printf (xml,
                                  "<child><object class=\"GtkShortcutsShortcut\">"
                                  "<property name=\"title\">%s</property>"
                                  "<property name=\"accelerator\">%s</property>"
                                  "</object></child>\n",
                                  escaped_title, escaped_keys);
          g_string_truncate (keys, 0);
        }
      if (key == NULL)
        break;
      if (key->title != NULL)
        title = key->title;

      /* The start key is listed with starting to present. */
      if (g_str_equal (key->action, "uncover"))
        continue;

      {
        g_auto(GStrv) names = g_strsplit (key->keys, " ", -1);

        for (guint n = 0; names[n] != NULL; n++)
          {
            if (g_str_equal (names[n], "KP_Enter"))
              continue;
            if (keys->len > 0)
              g_string_append_c (keys, ' ');
            g_string_append (keys, names[n]);
          }
      }
    }

  return g_string_free (xml, FALSE);
}
