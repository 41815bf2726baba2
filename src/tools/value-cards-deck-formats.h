/* value-cards-deck-formats.h
 *
 * The deck tool's commands for meeting formats.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int vc_tool_check_formats     (char       **files);
int vc_tool_write_formats_pot (char       **files,
                               const char  *output);

int vc_tool_write_template    (const char  *output,
                               GString     *pot);

G_END_DECLS
