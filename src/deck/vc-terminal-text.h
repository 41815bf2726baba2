/* vc-terminal-text.h
 *
 * Text from a deck, made safe to print on a terminal.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  vc_deck_char_is_hidden_control (gunichar    c);
char     *vc_deck_escape_for_terminal    (const char *text,
                                          gssize      length);

G_END_DECLS
