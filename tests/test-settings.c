/* test-settings.c
 *
 * The preferences object: one property per stored key, each starting from
 * the stored value and kept in step with it both ways, and the list of
 * recent decks kept short and newest first.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "vc-settings.h"

static GSettings *
stored_settings (void)
{
  return g_settings_new (SCHEMA_ID);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Every key has its property, and every property its key, with the value
 * stored. */
static void
test_every_key (void)
{
  g_autoptr(GSettings) stored = stored_settings ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(VcSettings) settings = vc_settings_new ();
  g_auto(GStrv) keys = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_object_get (stored, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (settings), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, g_strv_length (keys));

  for (guint i = 0; keys[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (settings), keys[i]);
      g_autoptr(GVariant) value = g_settings_get_value (stored, keys[i]);
      g_auto(GValue) property = G_VALUE_INIT;
      g_autofree char *printed = g_variant_print (value, FALSE);

      g_test_message ("%s = %s", keys[i], printed);
      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_READWRITE);
      g_value_init (&property, pspec->value_type);
      g_object_get_property (G_OBJECT (settings), keys[i], &property);

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        g_assert_cmpint (g_value_get_boolean (&property), ==, g_variant_get_boolean (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        g_assert_cmpint (g_value_get_int (&property), ==, g_variant_get_int32 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        g_assert_cmpstr (g_value_get_string (&property), ==, g_variant_get_string (value, NULL));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
        {
          g_autofree const char **strv = g_variant_get_strv (value, NULL);

          g_assert_true (g_strv_equal (g_value_get_boxed (&property), strv));
        }
      else
        g_assert_not_reached ();
    }
}

/* A property set is stored; a key stored elsewhere shows in the property
 * and says so once. */
static void
test_both_ways (void)
{
  g_autoptr(GSettings) stored = stored_settings ();
  g_autoptr(VcSettings) settings = vc_settings_new ();
  g_autofree char *screen = NULL;
  gboolean light;
  guint notified = 0;

  g_object_set (settings, "projector-screen", "HDMI-1|LG 27", "window-width", 1234, NULL);
  screen = g_settings_get_string (stored, "projector-screen");
  g_assert_cmpstr (screen, ==, "HDMI-1|LG 27");
  g_assert_cmpint (g_settings_get_int (stored, "window-width"), ==, 1234);

  g_object_get (settings, "projector-light", &light, NULL);
  g_signal_connect (settings, "notify::projector-light", G_CALLBACK (count_notify), &notified);
  g_settings_set_boolean (stored, "projector-light", !light);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (settings, "projector-light", &light, NULL);
  g_assert_cmpint (light, ==, g_settings_get_boolean (stored, "projector-light"));

  /* The same value again is no change. */
  g_object_set (settings, "projector-light", light, NULL);
  g_assert_cmpuint (notified, ==, 1);

  g_settings_set_boolean (stored, "board-instructions", FALSE);
  g_assert_false (vc_settings_get_board_instructions (settings));
  vc_settings_set_board_instructions (settings, TRUE);
  g_assert_true (g_settings_get_boolean (stored, "board-instructions"));

  g_settings_set_string (stored, "color-scheme", "force-dark");
  g_assert_cmpstr (vc_settings_get_color_scheme (settings), ==, "force-dark");
  g_settings_reset (stored, "color-scheme");
  g_assert_cmpstr (vc_settings_get_color_scheme (settings), ==, "default");
}

/* A deck opened again moves to the front rather than being listed twice,
 * and the list keeps the twelve newest. */
static void
test_recent_decks (void)
{
  g_autoptr(GSettings) stored = stored_settings ();
  g_autoptr(VcSettings) settings = vc_settings_new ();
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) kept = NULL;

  g_settings_reset (stored, "recent-decks");
  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *name = g_strdup_printf ("/decks/deck-%u.vcdeck", i);
      g_autoptr(GFile) file = g_file_new_for_path (name);

      vc_settings_add_recent_deck (settings, file);
    }
  {
    g_autoptr(GFile) again = g_file_new_for_path ("/decks/deck-10.vcdeck");

    vc_settings_add_recent_deck (settings, again);
  }

  recent = vc_settings_dup_recent_decks (settings);
  g_assert_cmpuint (g_strv_length (recent), ==, 12);
  g_assert_cmpstr (recent[0], ==, "/decks/deck-10.vcdeck");
  g_assert_cmpstr (recent[1], ==, "/decks/deck-14.vcdeck");
  g_assert_cmpstr (recent[11], ==, "/decks/deck-3.vcdeck");
  for (guint i = 1; recent[i] != NULL; i++)
    g_assert_cmpstr (recent[i], !=, "/decks/deck-10.vcdeck");

  kept = g_settings_get_strv (stored, "recent-decks");
  g_assert_true (g_strv_equal ((const char * const *)kept, (const char * const *)recent));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/every-key", test_every_key);
  g_test_add_func ("/settings/both-ways", test_both_ways);
  g_test_add_func ("/settings/recent-decks", test_recent_decks);

  return g_test_run ();
}
