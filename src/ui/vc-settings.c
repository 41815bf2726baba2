/* vc-settings.c
 *
 * The app's preferences, in one place, backed by GSettings: one property
 * per key, kept in step with the stored value both ways, so that widgets
 * bind to a property rather than read keys by name.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-settings.h"

#define MAX_RECENT  12

struct _VcSettings
{
  GObject    parent_instance;

  GSettings *settings;

  int        window_width;
  int        window_height;
  gboolean   window_maximized;
  char     **recent_decks;
  char      *color_scheme;
  char      *projector_screen;
  gboolean   projector_light;
  gboolean   projector_show_timer;
  gboolean   step_chime;
  gboolean   board_instructions;
  char      *print_card_size;
  char      *print_paper;
  char      *print_backs;
  gboolean   print_large;
};

G_DEFINE_FINAL_TYPE (VcSettings, vc_settings, G_TYPE_OBJECT)

/* Each property has the name of its key. */
enum {
  PROP_0,
  PROP_WINDOW_WIDTH,
  PROP_WINDOW_HEIGHT,
  PROP_WINDOW_MAXIMIZED,
  PROP_RECENT_DECKS,
  PROP_COLOR_SCHEME,
  PROP_PROJECTOR_SCREEN,
  PROP_PROJECTOR_LIGHT,
  PROP_PROJECTOR_SHOW_TIMER,
  PROP_STEP_CHIME,
  PROP_BOARD_INSTRUCTIONS,
  PROP_PRINT_CARD_SIZE,
  PROP_PRINT_PAPER,
  PROP_PRINT_BACKS,
  PROP_PRINT_LARGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (VcSettings  *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_boolean (VcSettings *self,
             gboolean   *field,
             gboolean    value,
             guint       prop_id)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int (VcSettings *self,
         int        *field,
         int         value,
         guint       prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
vc_settings_finalize (GObject *object)
{
  VcSettings *self = (VcSettings *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->recent_decks, g_strfreev);
  g_clear_pointer (&self->color_scheme, g_free);
  g_clear_pointer (&self->projector_screen, g_free);
  g_clear_pointer (&self->print_card_size, g_free);
  g_clear_pointer (&self->print_paper, g_free);
  g_clear_pointer (&self->print_backs, g_free);

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
    case PROP_WINDOW_WIDTH:
      g_value_set_int (value, self->window_width);
      break;

    case PROP_WINDOW_HEIGHT:
      g_value_set_int (value, self->window_height);
      break;

    case PROP_WINDOW_MAXIMIZED:
      g_value_set_boolean (value, self->window_maximized);
      break;

    case PROP_RECENT_DECKS:
      g_value_set_boxed (value, self->recent_decks);
      break;

    case PROP_COLOR_SCHEME:
      g_value_set_string (value, self->color_scheme);
      break;

    case PROP_PROJECTOR_SCREEN:
      g_value_set_string (value, self->projector_screen);
      break;

    case PROP_PROJECTOR_LIGHT:
      g_value_set_boolean (value, self->projector_light);
      break;

    case PROP_PROJECTOR_SHOW_TIMER:
      g_value_set_boolean (value, self->projector_show_timer);
      break;

    case PROP_STEP_CHIME:
      g_value_set_boolean (value, self->step_chime);
      break;

    case PROP_BOARD_INSTRUCTIONS:
      g_value_set_boolean (value, self->board_instructions);
      break;

    case PROP_PRINT_CARD_SIZE:
      g_value_set_string (value, self->print_card_size);
      break;

    case PROP_PRINT_PAPER:
      g_value_set_string (value, self->print_paper);
      break;

    case PROP_PRINT_BACKS:
      g_value_set_string (value, self->print_backs);
      break;

    case PROP_PRINT_LARGE:
      g_value_set_boolean (value, self->print_large);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_settings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VcSettings *self = VC_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_WINDOW_WIDTH:
      set_int (self, &self->window_width, g_value_get_int (value), prop_id);
      break;

    case PROP_WINDOW_HEIGHT:
      set_int (self, &self->window_height, g_value_get_int (value), prop_id);
      break;

    case PROP_WINDOW_MAXIMIZED:
      set_boolean (self, &self->window_maximized, g_value_get_boolean (value), prop_id);
      break;

    case PROP_RECENT_DECKS:
      {
        const char * const *decks = g_value_get_boxed (value);

        if (self->recent_decks != NULL && decks != NULL
            && g_strv_equal ((const char * const *)self->recent_decks, decks))
          break;
        g_strfreev (self->recent_decks);
        self->recent_decks = g_strdupv ((char **)decks);
        g_object_notify_by_pspec (object, pspec);
      }
      break;

    case PROP_COLOR_SCHEME:
      set_string (self, &self->color_scheme, g_value_get_string (value), prop_id);
      break;

    case PROP_PROJECTOR_SCREEN:
      set_string (self, &self->projector_screen, g_value_get_string (value), prop_id);
      break;

    case PROP_PROJECTOR_LIGHT:
      set_boolean (self, &self->projector_light, g_value_get_boolean (value), prop_id);
      break;

    case PROP_PROJECTOR_SHOW_TIMER:
      set_boolean (self, &self->projector_show_timer, g_value_get_boolean (value), prop_id);
      break;

    case PROP_STEP_CHIME:
      set_boolean (self, &self->step_chime, g_value_get_boolean (value), prop_id);
      break;

    case PROP_BOARD_INSTRUCTIONS:
      set_boolean (self, &self->board_instructions, g_value_get_boolean (value), prop_id);
      break;

    case PROP_PRINT_CARD_SIZE:
      set_string (self, &self->print_card_size, g_value_get_string (value), prop_id);
      break;

    case PROP_PRINT_PAPER:
      set_string (self, &self->print_paper, g_value_get_string (value), prop_id);
      break;

    case PROP_PRINT_BACKS:
      set_string (self, &self->print_backs, g_value_get_string (value), prop_id);
      break;

    case PROP_PRINT_LARGE:
      set_boolean (self, &self->print_large, g_value_get_boolean (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_settings_class_init (VcSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = vc_settings_finalize;
  object_class->get_property = vc_settings_get_property;
  object_class->set_property = vc_settings_set_property;

  /* The defaults are the schema's; these only cover the moment before the
   * stored values are read. */
  properties[PROP_WINDOW_WIDTH] =
    g_param_spec_int ("window-width", NULL, NULL, -1, G_MAXINT, 960, flags);
  properties[PROP_WINDOW_HEIGHT] =
    g_param_spec_int ("window-height", NULL, NULL, -1, G_MAXINT, 680, flags);
  properties[PROP_WINDOW_MAXIMIZED] =
    g_param_spec_boolean ("window-maximized", NULL, NULL, FALSE, flags);
  properties[PROP_RECENT_DECKS] =
    g_param_spec_boxed ("recent-decks", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_COLOR_SCHEME] =
    g_param_spec_string ("color-scheme", NULL, NULL, "default", flags);
  properties[PROP_PROJECTOR_SCREEN] =
    g_param_spec_string ("projector-screen", NULL, NULL, "", flags);
  properties[PROP_PROJECTOR_LIGHT] =
    g_param_spec_boolean ("projector-light", NULL, NULL, FALSE, flags);
  properties[PROP_PROJECTOR_SHOW_TIMER] =
    g_param_spec_boolean ("projector-show-timer", NULL, NULL, TRUE, flags);
  properties[PROP_STEP_CHIME] =
    g_param_spec_boolean ("step-chime", NULL, NULL, TRUE, flags);
  properties[PROP_BOARD_INSTRUCTIONS] =
    g_param_spec_boolean ("board-instructions", NULL, NULL, TRUE, flags);
  properties[PROP_PRINT_CARD_SIZE] =
    g_param_spec_string ("print-card-size", NULL, NULL, "poker", flags);
  properties[PROP_PRINT_PAPER] =
    g_param_spec_string ("print-paper", NULL, NULL, "", flags);
  properties[PROP_PRINT_BACKS] =
    g_param_spec_string ("print-backs", NULL, NULL, "none", flags);
  properties[PROP_PRINT_LARGE] =
    g_param_spec_boolean ("print-large", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vc_settings_init (VcSettings *self)
{
  self->settings = g_settings_new (SCHEMA_ID);

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    {
      const char *key = g_param_spec_get_name (properties[i]);

      g_settings_bind (self->settings, key, self, key, G_SETTINGS_BIND_DEFAULT);
    }
}

VcSettings *
vc_settings_new (void)
{
  return g_object_new (VC_TYPE_SETTINGS, NULL);
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
  return self->recent_decks != NULL ? g_strdupv (self->recent_decks) : g_new0 (char *, 1);
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
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *path = NULL;
  guint n = 1;

  g_return_if_fail (VC_IS_SETTINGS (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; self->recent_decks != NULL && self->recent_decks[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (self->recent_decks[i], path))
      {
        g_strv_builder_add (builder, self->recent_decks[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_object_set (self, "recent-decks", recent, NULL);
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
  return self->board_instructions;
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
  g_object_set (self, "board-instructions", expanded, NULL);
}
