/* minimal-window.c
 *
 * The least a libadwaita application can show, as a yardstick for the start-up of Value Cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#define BENCH_APP_ID "io.github.vardegrund.ValueCards.BenchMinimal"

/* The same size as the Value Cards window on first start. */
#define DEFAULT_WIDTH  960
#define DEFAULT_HEIGHT 680

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  fputs ("first-frame\n", stdout);
  fflush (stdout);
}

static void
on_realize (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_title (GTK_WINDOW (window), "Minimal Window");
  gtk_window_set_default_size (GTK_WINDOW (window), DEFAULT_WIDTH, DEFAULT_HEIGHT);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new (BENCH_APP_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
