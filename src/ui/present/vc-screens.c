/* vc-screens.c
 *
 * Which screen is the projector.
 *
 * A laptop's own panel is connected inside it, on an eDP, LVDS or DSI
 * connector; a projector is plugged in from outside. So the projector is
 * the screen that is not the built-in panel; when that does not settle it,
 * the screen the facilitator's window is not on; and when nothing settles
 * it, the facilitator is asked. A choice once made is remembered by the
 * connector and the make and model of the screen, so that the same
 * projector in the same meeting room is found again.
 *
 * Two screens that show the same part of the desktop are mirrored: the
 * room would see the facilitator's notes, so they are treated as one.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vc-screens.h"

/**
 * vc_screen_is_builtin:
 * @screen: a screen
 *
 * Returns: whether @screen is a laptop's own panel, by its connector
 */
gboolean
vc_screen_is_builtin (const VcScreenInfo *screen)
{
  static const char * const builtin[] = { "eDP", "LVDS", "DSI" };

  g_return_val_if_fail (screen != NULL, FALSE);

  if (screen->connector == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (g_ascii_strncasecmp (screen->connector, builtin[i], strlen (builtin[i])) == 0)
      return TRUE;

  return FALSE;
}

/**
 * vc_screen_dup_key:
 * @screen: a screen
 *
 * Returns: (transfer full): what identifies @screen when it comes back:
 *   its connector, manufacturer and model, separated by tabs
 */
char *
vc_screen_dup_key (const VcScreenInfo *screen)
{
  g_return_val_if_fail (screen != NULL, NULL);

  return g_strdup_printf ("%s\t%s\t%s",
                          screen->connector ? screen->connector : "",
                          screen->manufacturer ? screen->manufacturer : "",
                          screen->model ? screen->model : "");
}

/**
 * vc_screen_matches_key:
 * @screen: a screen
 * @key: (nullable): a key from vc_screen_dup_key()
 *
 * Returns: whether @screen is the one @key was made from
 */
gboolean
vc_screen_matches_key (const VcScreenInfo *screen,
                       const char         *key)
{
  g_autofree char *own = NULL;

  g_return_val_if_fail (screen != NULL, FALSE);

  if (key == NULL || key[0] == '\0')
    return FALSE;

  own = vc_screen_dup_key (screen);
  return g_str_equal (own, key);
}

static gboolean
same_area (const VcScreenInfo *a,
           const VcScreenInfo *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/**
 * vc_screens_are_mirrored:
 * @screens: (array length=n_screens): the screens
 * @n_screens: how many
 *
 * Returns: whether two of @screens show the same part of the desktop
 */
gboolean
vc_screens_are_mirrored (const VcScreenInfo *screens,
                         guint               n_screens)
{
  for (guint i = 0; i < n_screens; i++)
    for (guint j = i + 1; j < n_screens; j++)
      if (same_area (&screens[i], &screens[j]))
        return TRUE;

  return FALSE;
}

/* The only screen that passes, or VC_SCREEN_NONE if none or several do. */
static int
only_one (const VcScreenInfo *screens,
          guint               n_screens,
          int                 facilitator,
          gboolean            external_only,
          gboolean            not_facilitator)
{
  int found = VC_SCREEN_NONE;

  for (guint i = 0; i < n_screens; i++)
    {
      if (external_only && vc_screen_is_builtin (&screens[i]))
        continue;
      if (not_facilitator && (int)i == facilitator)
        continue;
      if (found != VC_SCREEN_NONE)
        return VC_SCREEN_NONE;
      found = i;
    }

  return found;
}

/**
 * vc_screens_choose_projector:
 * @screens: (array length=n_screens): the screens
 * @n_screens: how many
 * @facilitator: the index of the screen the facilitator's window is on,
 *   or %VC_SCREEN_NONE
 * @remembered: (nullable): the key of the screen chosen last time
 *
 * Returns: the index of the screen to project on, or %VC_SCREEN_NONE if
 *   there is only one screen or the facilitator must choose
 */
int
vc_screens_choose_projector (const VcScreenInfo *screens,
                             guint               n_screens,
                             int                 facilitator,
                             const char         *remembered)
{
  int found;

  if (n_screens < 2 || vc_screens_are_mirrored (screens, n_screens))
    return VC_SCREEN_NONE;

  for (guint i = 0; i < n_screens; i++)
    if (vc_screen_matches_key (&screens[i], remembered))
      return i;

  found = only_one (screens, n_screens, facilitator, TRUE, FALSE);
  if (found == VC_SCREEN_NONE)
    found = only_one (screens, n_screens, facilitator, TRUE, TRUE);
  if (found == VC_SCREEN_NONE)
    found = only_one (screens, n_screens, facilitator, FALSE, TRUE);

  return found;
}

/**
 * vc_screens_other:
 * @screens: (array length=n_screens): the screens
 * @n_screens: how many
 * @projector: the index of the screen projected on now
 * @facilitator: the index of the facilitator's screen, or %VC_SCREEN_NONE
 *
 * Finds where the projector goes when the facilitator swaps the screens:
 * the facilitator's own screen if it is another, else the next one.
 *
 * Returns: an index, or %VC_SCREEN_NONE if there is no other screen
 */
int
vc_screens_other (const VcScreenInfo *screens,
                  guint               n_screens,
                  int                 projector,
                  int                 facilitator)
{
  if (n_screens < 2)
    return VC_SCREEN_NONE;

  if (facilitator >= 0 && facilitator < (int)n_screens && facilitator != projector)
    return facilitator;

  return projector < 0 ? 0 : (projector + 1) % n_screens;
}
