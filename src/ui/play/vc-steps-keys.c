/* vc-steps-keys.c
 *
 * The keys that move a meeting in a format on, for the views that show the
 * steps panel (the card player and the values game's board): each view
 * installs them as its own actions, which reach the panel's.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <string.h>

#include "vc-steps-keys.h"

static const struct {
  const char      *name;
  guint            keyval;
  GdkModifierType  mods;
} step_keys[] = {
  { "step-next", GDK_KEY_Return, GDK_CONTROL_MASK },
  { "step-next", GDK_KEY_KP_Enter, GDK_CONTROL_MASK },
  { "step-skip", GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  { "step-previous", GDK_KEY_BackSpace, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  { "step-add-minute", GDK_KEY_plus, GDK_CONTROL_MASK },
  { "step-add-minute", GDK_KEY_equal, GDK_CONTROL_MASK },
  { "step-add-minute", GDK_KEY_KP_Add, GDK_CONTROL_MASK },
  { "step-toggle", 0, 0 },
};

/**
 * vc_steps_keys_install:
 * @group: the view's action group, such as "player"
 * @activate: the view's function that forwards them
 *
 * Installs @group.step-next, -skip, -previous, -add-minute and -toggle
 * with their keys.
 */
void
vc_steps_keys_install (GtkWidgetClass              *widget_class,
                       const char                  *group,
                       GtkWidgetActionActivateFunc  activate)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_keys); i++)
    {
      g_autofree char *action = g_strdup_printf ("%s.%s", group, step_keys[i].name);

      if (i == 0 || !g_str_equal (step_keys[i].name, step_keys[i - 1].name))
        gtk_widget_class_install_action (widget_class, action, NULL, activate);
      if (step_keys[i].keyval != 0)
        gtk_widget_class_add_binding_action (widget_class, step_keys[i].keyval, step_keys[i].mods,
                                             action, NULL);
    }
}

/**
 * vc_steps_keys_forward:
 * @panel: (nullable): the steps panel shown
 * @action_name: the view's action, such as "player.step-next"
 *
 * Returns: whether there was a panel to activate the action on
 */
gboolean
vc_steps_keys_forward (VcStepsPanel *panel,
                       const char   *action_name)
{
  const char *name = strstr (action_name, ".step-");
  g_autofree char *target = NULL;

  if (panel == NULL || name == NULL)
    return FALSE;
  target = g_strconcat ("steps.", name + strlen (".step-"), NULL);
  gtk_widget_activate_action (GTK_WIDGET (panel), target, NULL);
  return TRUE;
}

/**
 * vc_steps_keys_add_shortcuts:
 * @callback: called with the panel's action, such as "steps.next", as its
 *   argument (a string)
 *
 * Adds the same keys to a controller, for a window that does not hold the
 * steps panel, such as the room's.
 */
void
vc_steps_keys_add_shortcuts (GtkShortcutController *controller,
                             GtkShortcutFunc        callback,
                             gpointer               data)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_keys); i++)
    {
      g_autofree char *target = NULL;
      GtkShortcut *shortcut;

      if (step_keys[i].keyval == 0)
        continue;
      target = g_strconcat ("steps.", step_keys[i].name + strlen ("step-"), NULL);
      shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (step_keys[i].keyval, step_keys[i].mods),
                                   gtk_callback_action_new (callback, data, NULL));
      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (target));
      gtk_shortcut_controller_add_shortcut (controller, shortcut);
    }
}
