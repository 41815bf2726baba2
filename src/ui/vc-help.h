/* vc-help.h
 *
 * Opens the user guide in the help viewer, or says how to get the viewer.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VC_HELP_URI "help:value-cards"

void vc_help_show (GtkWindow  *parent,
                   const char *uri);

G_END_DECLS
