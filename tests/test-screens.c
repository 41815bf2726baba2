/* test-screens.c
 *
 * Which screen is the projector, on descriptions of the screens that
 * laptops and meeting rooms have.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vc-screens.h"

#define LAPTOP(connector)    { connector, "LG Display", "0x06ED", 0, 0, 1920, 1200 }
#define PROJECTOR(connector) { connector, "BenQ", "MW550", 1920, 0, 1280, 800 }

static void
test_builtin (void)
{
  static const VcScreenInfo builtin[] = {
    LAPTOP ("eDP-1"), LAPTOP ("eDP-1-1"), LAPTOP ("LVDS1"), LAPTOP ("DSI-1"), LAPTOP ("edp-2"),
  };
  static const VcScreenInfo external[] = {
    PROJECTOR ("HDMI-1"), PROJECTOR ("DP-2"), PROJECTOR ("VGA-1"), PROJECTOR ("Meta-0"),
    PROJECTOR ("XWAYLAND1"), PROJECTOR (NULL), PROJECTOR ("DVI-I-1"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    g_assert_true (vc_screen_is_builtin (&builtin[i]));
  for (guint i = 0; i < G_N_ELEMENTS (external); i++)
    g_assert_false (vc_screen_is_builtin (&external[i]));
}

static void
test_laptop_and_projector (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1"), PROJECTOR ("HDMI-1") };

  /* Whichever screen the facilitator's window is on, or none known. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 0, NULL), ==, 1);
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 1, NULL), ==, 1);
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, VC_SCREEN_NONE, ""), ==, 1);

  /* The other order, as a system may list them. */
  screens[0] = (VcScreenInfo) PROJECTOR ("HDMI-1");
  screens[1] = (VcScreenInfo) LAPTOP ("eDP-1");
  screens[1].x = 1280;
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 1, NULL), ==, 0);
}

static void
test_two_external (void)
{
  VcScreenInfo screens[] = { PROJECTOR ("DP-1"), PROJECTOR ("HDMI-1") };

  screens[0].x = 0;

  /* A desktop computer with two monitors: the one the window is not on. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 0, NULL), ==, 1);
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 1, NULL), ==, 0);

  /* Nothing to tell them apart: the facilitator is asked. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, VC_SCREEN_NONE, NULL), ==, VC_SCREEN_NONE);
}

static void
test_laptop_and_two_external (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1"), PROJECTOR ("HDMI-1"), PROJECTOR ("DP-2") };

  screens[2].x = 3200;

  /* The window on one external screen: the other external one. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 1, NULL), ==, 2);
  /* The window on the laptop: two candidates, so the facilitator chooses. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 0, NULL), ==, VC_SCREEN_NONE);
}

static void
test_remembered (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1"), PROJECTOR ("HDMI-1"), PROJECTOR ("DP-2") };
  g_autofree char *key = NULL;
  g_autofree char *other_key = NULL;

  screens[2].x = 3200;
  screens[2].manufacturer = "Epson";
  screens[2].model = "EB-X51";

  key = vc_screen_dup_key (&screens[2]);
  g_assert_true (vc_screen_matches_key (&screens[2], key));
  g_assert_false (vc_screen_matches_key (&screens[1], key));
  g_assert_false (vc_screen_matches_key (&screens[1], NULL));
  g_assert_false (vc_screen_matches_key (&screens[1], ""));

  /* The projector chosen last time wins over the rules. */
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 0, key), ==, 2);
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 2, key), ==, 2);

  /* Another projector on the same connector is another screen. */
  screens[2].model = "EB-W06";
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 1, key), ==, 2);
  g_assert_cmpint (vc_screens_choose_projector (screens, 3, 0, key), ==, VC_SCREEN_NONE);
  other_key = vc_screen_dup_key (&screens[2]);
  g_assert_cmpstr (key, !=, other_key);
}

static void
test_one_screen (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1") };

  g_assert_cmpint (vc_screens_choose_projector (screens, 1, 0, NULL), ==, VC_SCREEN_NONE);
  g_assert_cmpint (vc_screens_choose_projector (screens, 0, VC_SCREEN_NONE, NULL), ==, VC_SCREEN_NONE);
  g_assert_cmpint (vc_screens_other (screens, 1, 0, 0), ==, VC_SCREEN_NONE);
}

static void
test_mirrored (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1"), PROJECTOR ("HDMI-1") };

  g_assert_false (vc_screens_are_mirrored (screens, 2));

  /* Mirrored: the same part of the desktop on both. The room would see
   * the facilitator's notes, so there is no projector to choose. */
  screens[1].x = 0;
  screens[1].width = 1920;
  screens[1].height = 1200;
  g_assert_true (vc_screens_are_mirrored (screens, 2));
  g_assert_cmpint (vc_screens_choose_projector (screens, 2, 0, NULL), ==, VC_SCREEN_NONE);
}

static void
test_swap (void)
{
  VcScreenInfo screens[] = { LAPTOP ("eDP-1"), PROJECTOR ("HDMI-1"), PROJECTOR ("DP-2") };

  /* The projector goes to the facilitator's screen... */
  g_assert_cmpint (vc_screens_other (screens, 2, 1, 0), ==, 0);
  g_assert_cmpint (vc_screens_other (screens, 2, 0, 1), ==, 1);
  /* ...or, when that is not known, to the next screen round. */
  g_assert_cmpint (vc_screens_other (screens, 2, 1, VC_SCREEN_NONE), ==, 0);
  g_assert_cmpint (vc_screens_other (screens, 3, 2, 2), ==, 0);
  g_assert_cmpint (vc_screens_other (screens, 3, 0, VC_SCREEN_NONE), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/screens/builtin", test_builtin);
  g_test_add_func ("/screens/laptop-and-projector", test_laptop_and_projector);
  g_test_add_func ("/screens/two-external", test_two_external);
  g_test_add_func ("/screens/laptop-and-two-external", test_laptop_and_two_external);
  g_test_add_func ("/screens/remembered", test_remembered);
  g_test_add_func ("/screens/one-screen", test_one_screen);
  g_test_add_func ("/screens/mirrored", test_mirrored);
  g_test_add_func ("/screens/swap", test_swap);

  return g_test_run ();
}
