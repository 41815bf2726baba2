/* mutter-config.c
 *
 * Changes the monitors of the mutter that the tests run under.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Mutter's org.gnome.Mutter.DisplayConfig, on the session bus that
 * run-in-mutter.sh gives the tests, is what GNOME Settings uses to lay out
 * monitors.  A layout is a list of logical monitors, each a rectangle of the
 * desktop shown on one or more monitors; a monitor in none of them is off,
 * which looks to applications the same as one unplugged.
 *
 * Every change is applied with the "temporary" method, so nothing is written
 * to monitors.xml.  ApplyMonitorsConfig answers once mutter has applied the
 * layout; applications hear of it later, through their own connection.
 */

#include <gio/gio.h>

#include "mutter-config.h"

#define DISPLAY_CONFIG_NAME  "org.gnome.Mutter.DisplayConfig"
#define DISPLAY_CONFIG_PATH  "/org/gnome/Mutter/DisplayConfig"
#define DISPLAY_CONFIG_IFACE "org.gnome.Mutter.DisplayConfig"

#define CURRENT_STATE_TYPE \
  "(ua((ssss)a(siiddada{sv})a{sv})a(iiduba(ssss)a{sv})a{sv})"
#define LOGICAL_MONITORS_TYPE "a(iiduba(ssa{sv}))"
#define MONITORS_TYPE "a(ssa{sv})"

/* ApplyMonitorsConfig's methods: 0 verifies, 1 applies until the next
 * change, 2 applies and saves. */
#define METHOD_TEMPORARY 1

/* The layout-mode property: whether logical monitors are placed in logical
 * (scaled) pixels or in physical pixels. */
#define LAYOUT_MODE_LOGICAL 1

#define CALL_TIMEOUT_MS 20000

typedef struct
{
  char     *id;
  int       width;
  int       height;
  double    refresh;
  double    preferred_scale;
  GArray   *scales;
  gboolean  is_current;
  gboolean  is_preferred;
} Mode;

typedef struct
{
  char      *connector;
  GPtrArray *modes;
  /* Whether it is in a logical monitor, and that one's scale and
   * transform. */
  gboolean   enabled;
  double     scale;
  guint      transform;
} Monitor;

typedef struct
{
  guint      serial;
  guint      layout_mode;
  GPtrArray *monitors;
} State;

static void
mode_free (Mode *mode)
{
  g_free (mode->id);
  g_array_unref (mode->scales);
  g_free (mode);
}

static void
monitor_free (Monitor *monitor)
{
  g_free (monitor->connector);
  g_ptr_array_unref (monitor->modes);
  g_free (monitor);
}

static void
state_free (State *state)
{
  g_ptr_array_unref (state->monitors);
  g_free (state);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (State, state_free)

static Mode *
parse_mode (GVariant *variant)
{
  g_autoptr(GVariant) scales = NULL;
  g_autoptr(GVariant) properties = NULL;
  const double *values;
  gsize n_values;
  Mode *mode = g_new0 (Mode, 1);

  g_variant_get (variant, "(siidd@ad@a{sv})",
                 &mode->id, &mode->width, &mode->height, &mode->refresh,
                 &mode->preferred_scale, &scales, &properties);
  values = g_variant_get_fixed_array (scales, &n_values, sizeof (double));
  mode->scales = g_array_sized_new (FALSE, FALSE, sizeof (double), n_values);
  g_array_append_vals (mode->scales, values, n_values);
  g_variant_lookup (properties, "is-current", "b", &mode->is_current);
  g_variant_lookup (properties, "is-preferred", "b", &mode->is_preferred);

  return mode;
}

static Monitor *
parse_monitor (GVariant *variant)
{
  g_autoptr(GVariant) modes = NULL;
  Monitor *monitor = g_new0 (Monitor, 1);

  g_variant_get_child (variant, 0, "(ssss)", &monitor->connector, NULL, NULL, NULL);
  monitor->modes = g_ptr_array_new_with_free_func ((GDestroyNotify) mode_free);
  modes = g_variant_get_child_value (variant, 1);
  for (gsize i = 0; i < g_variant_n_children (modes); i++)
    {
      g_autoptr(GVariant) mode = g_variant_get_child_value (modes, i);

      g_ptr_array_add (monitor->modes, parse_mode (mode));
    }

  return monitor;
}

static Monitor *
find_monitor (State      *state,
              const char *connector)
{
  for (guint i = 0; i < state->monitors->len; i++)
    {
      Monitor *monitor = g_ptr_array_index (state->monitors, i);

      if (g_strcmp0 (monitor->connector, connector) == 0)
        return monitor;
    }

  return NULL;
}

static void
parse_logical_monitor (State    *state,
                       GVariant *variant)
{
  g_autoptr(GVariant) specs = NULL;
  double scale;
  guint transform;

  g_variant_get_child (variant, 2, "d", &scale);
  g_variant_get_child (variant, 3, "u", &transform);
  specs = g_variant_get_child_value (variant, 5);
  for (gsize i = 0; i < g_variant_n_children (specs); i++)
    {
      const char *connector;
      Monitor *monitor;

      g_variant_get_child (specs, i, "(&ssss)", &connector, NULL, NULL, NULL);
      monitor = find_monitor (state, connector);
      if (monitor == NULL)
        continue;
      monitor->enabled = TRUE;
      monitor->scale = scale;
      monitor->transform = transform;
    }
}

/* Calls a method of mutter's DisplayConfig and waits for its reply; a
 * failure says what was being done. */
static GVariant *
call_display_config (GDBusConnection     *bus,
                     const char          *method,
                     GVariant            *parameters,
                     const GVariantType  *reply_type,
                     const char          *doing,
                     GError             **error)
{
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus, DISPLAY_CONFIG_NAME, DISPLAY_CONFIG_PATH,
                                       DISPLAY_CONFIG_IFACE, method, parameters, reply_type,
                                       G_DBUS_CALL_FLAGS_NONE, CALL_TIMEOUT_MS, NULL, error);
  if (reply == NULL)
    {
      if (error != NULL && *error != NULL)
        g_dbus_error_strip_remote_error (*error);
      g_prefix_error (error, "%s", doing);
    }

  return reply;
}

static State *
get_state (GDBusConnection  *bus,
           GError          **error)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) monitors = NULL;
  g_autoptr(GVariant) logical_monitors = NULL;
  g_autoptr(GVariant) properties = NULL;
  State *state;

  reply = call_display_config (bus, "GetCurrentState", NULL, G_VARIANT_TYPE (CURRENT_STATE_TYPE),
                               "Cannot get mutter's monitors: ", error);
  if (reply == NULL)
    return NULL;

  state = g_new0 (State, 1);
  state->monitors = g_ptr_array_new_with_free_func ((GDestroyNotify) monitor_free);
  g_variant_get_child (reply, 0, "u", &state->serial);

  monitors = g_variant_get_child_value (reply, 1);
  for (gsize i = 0; i < g_variant_n_children (monitors); i++)
    {
      g_autoptr(GVariant) monitor = g_variant_get_child_value (monitors, i);

      g_ptr_array_add (state->monitors, parse_monitor (monitor));
    }

  logical_monitors = g_variant_get_child_value (reply, 2);
  for (gsize i = 0; i < g_variant_n_children (logical_monitors); i++)
    {
      g_autoptr(GVariant) logical_monitor = g_variant_get_child_value (logical_monitors, i);

      parse_logical_monitor (state, logical_monitor);
    }

  properties = g_variant_get_child_value (reply, 3);
  if (!g_variant_lookup (properties, "layout-mode", "u", &state->layout_mode))
    state->layout_mode = 0;

  return state;
}

static gboolean
apply_config (GDBusConnection  *bus,
              State            *state,
              GVariant         *logical_monitors,
              GError          **error)
{
  g_autoptr(GVariant) reply = NULL;

  reply = call_display_config (bus, "ApplyMonitorsConfig",
                               g_variant_new ("(uu@" LOGICAL_MONITORS_TYPE "a{sv})",
                                              state->serial, METHOD_TEMPORARY,
                                              logical_monitors, NULL),
                               G_VARIANT_TYPE_UNIT,
                               "Mutter did not apply the monitor layout: ", error);
  return reply != NULL;
}

static GDBusConnection *
get_bus (GError **error)
{
  GDBusConnection *bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, error);

  if (bus == NULL)
    g_prefix_error (error, "Cannot reach mutter: ");

  return bus;
}

/* Whether mode @a is a better pick than @b: current over not, preferred over
 * not, then the higher refresh rate. */
static gboolean
mode_is_better (Mode *a,
                Mode *b)
{
  if (b == NULL)
    return TRUE;
  if (a->is_current != b->is_current)
    return a->is_current;
  if (a->is_preferred != b->is_preferred)
    return a->is_preferred;
  return a->refresh > b->refresh;
}

/* The mode a monitor gets when it is (re)connected: its preferred one. */
static Mode *
monitor_plugged_mode (Monitor *monitor)
{
  Mode *best = NULL;

  for (guint i = 0; i < monitor->modes->len; i++)
    {
      Mode *mode = g_ptr_array_index (monitor->modes, i);

      if (mode->is_preferred)
        return mode;
      if (mode_is_better (mode, best))
        best = mode;
    }

  return best;
}

/* The best mode of @monitor of the given size, or %NULL. */
static Mode *
monitor_mode_of_size (Monitor *monitor,
                      int      width,
                      int      height)
{
  Mode *best = NULL;

  for (guint i = 0; i < monitor->modes->len; i++)
    {
      Mode *mode = g_ptr_array_index (monitor->modes, i);

      if (mode->width == width && mode->height == height && mode_is_better (mode, best))
        best = mode;
    }

  return best;
}

/* @scale as @mode lists it, so mutter finds it among its own, or 0. */
static double
mode_find_scale (Mode   *mode,
                 double  scale)
{
  for (guint i = 0; i < mode->scales->len; i++)
    {
      double supported = g_array_index (mode->scales, double, i);

      if (G_APPROX_VALUE (supported, scale, 1e-6))
        return supported;
    }

  return 0;
}

static GVariant *
monitor_spec_new (Monitor *monitor,
                  Mode    *mode)
{
  return g_variant_new ("(ssa{sv})", monitor->connector, mode->id, NULL);
}

static void
describe_mode_sizes (GString *text,
                     Monitor *monitor)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_string_append_printf (text, "%s:", monitor->connector);
  for (guint i = 0; i < monitor->modes->len; i++)
    {
      Mode *mode = g_ptr_array_index (monitor->modes, i);
      char *size = g_strdup_printf ("%dx%d", mode->width, mode->height);

      if (g_hash_table_add (seen, size))
        g_string_append_printf (text, " %s", size);
    }
}

/**
 * vc_test_mutter_available:
 *
 * Tells whether mutter's DisplayConfig service is on the session bus, as it
 * is under run-in-mutter.sh.
 *
 * Returns: %TRUE if the monitors can be changed
 */
gboolean
vc_test_mutter_available (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", DISPLAY_CONFIG_NAME),
                                       G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, CALL_TIMEOUT_MS,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);

  return has_owner;
}

/**
 * vc_test_mutter_use_monitors:
 * @n: how many monitors to keep on
 * @error: return location for an error
 *
 * Keeps the first @n monitors, in the order mutter lists them, on in their
 * preferred modes, side by side from the left, the first one primary, and
 * turns the others off, as if they were unplugged.  With @n the number of
 * monitors, this sets back the layout mutter starts with.
 *
 * Returns once mutter has applied the layout; GTK hears of it later.
 *
 * Returns: %TRUE if mutter applied the layout
 */
gboolean
vc_test_mutter_use_monitors (guint    n,
                             GError **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(State) state = NULL;
  g_auto(GVariantBuilder) logical_monitors =
    G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (LOGICAL_MONITORS_TYPE));
  int x = 0;

  bus = get_bus (error);
  if (bus == NULL)
    return FALSE;
  state = get_state (bus, error);
  if (state == NULL)
    return FALSE;

  if (n == 0 || n > state->monitors->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Cannot keep %u monitors on: mutter has %u", n, state->monitors->len);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      Monitor *monitor = g_ptr_array_index (state->monitors, i);
      Mode *mode = monitor_plugged_mode (monitor);
      g_auto(GVariantBuilder) specs = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (MONITORS_TYPE));
      double scale = 0;
      guint transform = 0;
      int width;

      if (mode == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       "Monitor %s has no modes", monitor->connector);
          return FALSE;
        }

      /* A monitor that stays on keeps its scale and rotation. */
      if (monitor->enabled)
        {
          scale = mode_find_scale (mode, monitor->scale);
          transform = monitor->transform;
        }
      if (scale == 0)
        scale = mode->preferred_scale;

      g_variant_builder_add_value (&specs, monitor_spec_new (monitor, mode));
      g_variant_builder_add (&logical_monitors, "(iidub@" MONITORS_TYPE ")",
                             x, 0, scale, transform, i == 0,
                             g_variant_builder_end (&specs));

      /* Transforms 1, 3, 5 and 7 turn the monitor a quarter. */
      width = transform % 2 ? mode->height : mode->width;
      if (state->layout_mode == LAYOUT_MODE_LOGICAL)
        width = (int) (width / scale + 0.5);
      x += width;
    }

  return apply_config (bus, state, g_variant_builder_end (&logical_monitors), error);
}

/**
 * vc_test_mutter_mirror:
 * @error: return location for an error
 *
 * Shows the same picture on every monitor: puts them all in one logical
 * monitor at 0,0, in the largest mode size they all have.
 *
 * Mutter needs every monitor of a logical monitor to be in a mode of the
 * same size (else it answers "Monitor modes in logical monitor conflict").
 * Its virtual monitors have one mode each, the size they were made with, so
 * those of run-in-mutter.sh, 1920x1080 and 1280x720, cannot be mirrored:
 * this then fails with %G_IO_ERROR_NOT_SUPPORTED, without asking mutter.
 *
 * Returns: %TRUE if mutter applied the layout
 */
gboolean
vc_test_mutter_mirror (GError **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(State) state = NULL;
  g_auto(GVariantBuilder) logical_monitors =
    G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (LOGICAL_MONITORS_TYPE));
  g_auto(GVariantBuilder) specs = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (MONITORS_TYPE));
  g_autoptr(GPtrArray) modes = NULL;
  Monitor *first;
  Mode *size = NULL;
  double scales[3];
  double scale = 0;

  bus = get_bus (error);
  if (bus == NULL)
    return FALSE;
  state = get_state (bus, error);
  if (state == NULL)
    return FALSE;

  if (state->monitors->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "Mutter has no monitors");
      return FALSE;
    }

  /* The largest size of the first monitor's modes that all others have. */
  first = g_ptr_array_index (state->monitors, 0);
  for (guint i = 0; i < first->modes->len; i++)
    {
      Mode *mode = g_ptr_array_index (first->modes, i);
      gboolean everywhere = TRUE;

      if (size != NULL && mode->width * mode->height <= size->width * size->height)
        continue;
      for (guint j = 1; j < state->monitors->len && everywhere; j++)
        everywhere = monitor_mode_of_size (g_ptr_array_index (state->monitors, j),
                                           mode->width, mode->height) != NULL;
      if (everywhere)
        size = mode;
    }

  if (size == NULL)
    {
      g_autoptr(GString) sizes = g_string_new (NULL);

      for (guint i = 0; i < state->monitors->len; i++)
        {
          if (i > 0)
            g_string_append (sizes, "; ");
          describe_mode_sizes (sizes, g_ptr_array_index (state->monitors, i));
        }
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "Cannot mirror the monitors: mutter needs all monitors of a logical "
                   "monitor to be in modes of the same size, and these have no size "
                   "in common (%s)", sizes->str);
      return FALSE;
    }

  modes = g_ptr_array_new ();
  for (guint i = 0; i < state->monitors->len; i++)
    g_ptr_array_add (modes, monitor_mode_of_size (g_ptr_array_index (state->monitors, i),
                                                  size->width, size->height));

  /* The first monitor's scale if all modes allow it, else the preferred
   * one, else 1, which every mode allows. */
  scales[0] = first->enabled ? first->scale : 0;
  scales[1] = ((Mode *) g_ptr_array_index (modes, 0))->preferred_scale;
  scales[2] = 1.0;
  for (guint k = 0; k < G_N_ELEMENTS (scales) && scale == 0; k++)
    {
      scale = scales[k];
      for (guint i = 0; i < modes->len && scale != 0; i++)
        scale = mode_find_scale (g_ptr_array_index (modes, i), scale);
    }
  if (scale == 0)
    scale = 1.0;

  for (guint i = 0; i < state->monitors->len; i++)
    g_variant_builder_add_value (&specs,
                                 monitor_spec_new (g_ptr_array_index (state->monitors, i),
                                                   g_ptr_array_index (modes, i)));
  g_variant_builder_add (&logical_monitors, "(iidub@" MONITORS_TYPE ")",
                         0, 0, scale, 0, TRUE, g_variant_builder_end (&specs));

  return apply_config (bus, state, g_variant_builder_end (&logical_monitors), error);
}
