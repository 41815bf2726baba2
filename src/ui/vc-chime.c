/* vc-chime.c
 *
 * The soft chime at the end of a meeting step: the desktop's own "complete"
 * sound from its sound theme, played through the sound server the way GNOME
 * Clocks plays its timer's, so it follows the desktop's volume and its
 * "alert sounds" switch. Where no sound can be played, the display's bell
 * stands in. The facilitator can turn it off (the "step-chime" setting).
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#ifdef HAVE_GSOUND
#include <gmodule.h>
#include <gsound.h>
#endif

#include "vc-chime.h"

static guint chime_count;

#ifdef HAVE_GSOUND
/* GSound, loaded at the first chime. */
static struct
{
  __typeof__ (gsound_context_new)         *context_new;
  __typeof__ (gsound_context_play_simple) *play_simple;
} gsound;

static gboolean
load_gsound (void)
{
  GModule *module = g_module_open (GSOUND_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      g_debug ("No sound for the chime: %s", g_module_error ());
      return FALSE;
    }
  if (!g_module_symbol (module, "gsound_context_new", (gpointer *)&gsound.context_new) ||
      !g_module_symbol (module, "gsound_context_play_simple", (gpointer *)&gsound.play_simple))
    {
      g_debug ("No sound for the chime: %s", g_module_error ());
      g_module_close (module);
      return FALSE;
    }

  /* Kept for the life of the process, as GSound's types are. */
  g_module_make_resident (module);
  return TRUE;
}

static GSoundContext *
get_context (void)
{
  static GSoundContext *context;
  static gboolean tried;

  if (!tried)
    {
      g_autoptr(GError) error = NULL;

      tried = TRUE;
      if (!load_gsound ())
        return NULL;
      context = gsound.context_new (NULL, &error);
      if (context == NULL)
        g_debug ("No sound for the chime: %s", error->message);
    }
  return context;
}
#endif

/**
 * vc_chime_play:
 * @widget: a widget on the display to ring the bell of, if need be
 * @settings: (nullable): the app's settings; %NULL chimes regardless
 *
 * Chimes once, unless the facilitator turned the chime off.
 *
 * Returns: whether a chime was played (or the bell rung)
 */
gboolean
vc_chime_play (GtkWidget  *widget,
               VcSettings *settings)
{
  gboolean wanted = TRUE;

  if (settings != NULL)
    g_object_get (settings, "step-chime", &wanted, NULL);
  if (!wanted)
    return FALSE;

  chime_count++;
#ifdef HAVE_GSOUND
  {
    GSoundContext *context = get_context ();
    g_autoptr(GError) error = NULL;

    if (context != NULL &&
        gsound.play_simple (context, NULL, &error,
                            GSOUND_ATTR_EVENT_ID, "complete",
                            GSOUND_ATTR_EVENT_DESCRIPTION, _("The time of a step is up"),
                            NULL))
      return TRUE;
    if (error != NULL)
      g_debug ("The chime could not be played: %s", error->message);
  }
#endif
  if (widget != NULL)
    gdk_display_beep (gtk_widget_get_display (widget));
  return TRUE;
}

/**
 * vc_chime_get_count:
 *
 * Returns: how many chimes were played since the app started
 */
guint
vc_chime_get_count (void)
{
  return chime_count;
}
