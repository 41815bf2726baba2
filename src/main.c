/* main.c
 *
 * Starts Value Cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VcApplication) app = NULL;
  const char *localedir = g_getenv ("VALUE_CARDS_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
