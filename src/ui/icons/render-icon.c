/* render-icon.c
 *
 * Draws the app's icon at one size in pixels, for the PNGs built with the app.
 *
 * On X11 the window's icon is handed to the window manager as pixels, at
 * every size the icon theme has. With only the SVG, that meant starting
 * librsvg (some 5 MB of code) before the first frame; with a PNG at each
 * of those sizes, a PNG is all GTK reads.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>
#include <librsvg/rsvg.h>

int
main (int   argc,
      char *argv[])
{
  GError *error = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  int size;

  if (argc != 4 || (size = atoi (argv[2])) <= 0 || size > 1024)
    {
      fprintf (stderr, "Usage: %s ICON.svg SIZE OUTPUT.png\n", argv[0]);
      return EXIT_FAILURE;
    }

  handle = rsvg_handle_new_from_file (argv[1], &error);
  if (handle == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  if (!rsvg_handle_render_document (handle, cr, &(RsvgRectangle) { 0, 0, size, size }, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, argv[3]);
  cairo_surface_destroy (surface);
  g_object_unref (handle);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[3], cairo_status_to_string (status));
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
