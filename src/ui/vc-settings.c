/* vc-settings.c
 *
 * The app's preferences, in one place, backed by GSettings.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-settings.h"

#define SCHEMA_ID   "io.github.vardegrund.ValueCards"
#define MAX_RECENT  12

struct _VcSettings
{
  GObject    parent_instance;

  GSettings *settings;
  char      *color_scheme;
};

G_DEFINE_FINAL_TYPE (VcSettings, vc_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COLOR_SCHEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_color_scheme_changed (VcSettings *self)
{
  g_autofree char *value = g_settings_get_string (self->settings, "color-scheme");

  if (g_strcmp0 (value, self->color_scheme) == 0)
    return;

  g_free (self->color_scheme);
  self->color_scheme = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_SCHEME]);
}

static void
vc_settings_finalize (GObject *object)
{
  VcSettings *self = (VcSettings *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->color_scheme, g_free);

  G_OBJECT_CLASS (vc_settings_parent_class)->finalize (object);
}

static void
vc_settings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VcSettings *self = VC_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_COLOR_SCHEME:
      g_value_set_string (value, self->color_scheme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_settings_class_init (VcSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vc_settings_finalize;
  object_class->get_property = vc_settings_get_property;

  properties[PROP_COLOR_SCHEME] =
    g_param_spec_string ("color-scheme", NULL, NULL, "default",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vc_settings_init (VcSettings *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
  self->color_scheme = g_settings_get_string (self->settings, "color-scheme");
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed), self, G_CONNECT_SWAPPED);
}

VcSettings *
vc_settings_new (void)
{
  return g_object_new (VC_TYPE_SETTINGS, NULL);
}

/**
 * vc_settings_get_gsettings:
 * @self: a #VcSettings
 *
 * Returns: (transfer none): the settings, for g_settings_bind()
 */
GSettings *
vc_settings_get_gsettings (VcSettings *self)
{
  g_return_val_if_fail (VC_IS_SETTINGS (self), NULL);
  return self->settings;
}

/**
 * vc_settings_dup_recent_decks:
 * @self: a #VcSettings
 *
 * Returns: (transfer full): paths of recently opened decks, newest first
 */
char **
vc_settings_dup_recent_decks (VcSettings *self)
{
  g_return_val_if_fail (VC_IS_SETTINGS (self), NULL);
  return g_settings_get_strv (self->settings, "recent-decks");
}

/**
 * vc_settings_add_recent_deck:
 * @self: a #VcSettings
 * @file: a deck that was opened
 *
 * Puts @file first among the recent decks, keeping the list short.
 */
void
vc_settings_add_recent_deck (VcSettings *self,
                             GFile      *file)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *path = NULL;
  guint n = 1;

  g_return_if_fail (VC_IS_SETTINGS (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-decks");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-decks", (const char * const *)recent);
}

const char *
vc_settings_get_color_scheme (VcSettings *self)
{
  g_return_val_if_fail (VC_IS_SETTINGS (self), NULL);
  return self->color_scheme;
}

/**
 * vc_settings_get_board_instructions:
 * @self: a #VcSettings
 *
 * Returns: whether the values game board opens with How to Play unfolded
 */
gboolean
vc_settings_get_board_instructions (VcSettings *self)
{
  g_return_val_if_fail (VC_IS_SETTINGS (self), TRUE);
  return g_settings_get_boolean (self->settings, "board-instructions");
}

/**
 * vc_settings_set_board_instructions:
 * @self: a #VcSettings
 * @expanded: whether How to Play opens unfolded next time
 */
void
vc_settings_set_board_instructions (VcSettings *self,
                                    gboolean    expanded)
{
  g_return_if_fail (VC_IS_SETTINGS (self));
  g_settings_set_boolean (self->settings, "board-instructions", expanded);
}
