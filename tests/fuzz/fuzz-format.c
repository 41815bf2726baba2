/* fuzz-format.c
 *
 * libFuzzer target: feeds arbitrary bytes to the reader of meeting formats,
 * and plans and words whatever it accepts, as the app would.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "vc-deck-error.h"
#include "vc-format.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const guint counts[] = { 1, 2, 4, 13, VC_FORMAT_MAX_COUNT };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VcFormat) format = vc_format_new_from_data ((const char *)data, size, NULL, &error);
  g_autoptr(GHashTable) ids = NULL;
  g_auto(GStrv) strings = NULL;
  guint min, dflt, max;

  /* Refused with a message, or read whole: never both, never neither. */
  g_assert ((format == NULL) != (error == NULL));
  if (format == NULL)
    {
      g_assert (error->domain == VC_DECK_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL) && error->message[0] != '\0');
      return 0;
    }

  g_assert (vc_format_get_n_steps (format) >= 1);
  g_assert (vc_format_get_n_steps (format) <= VC_FORMAT_MAX_STEPS);
  vc_format_get_people_range (format, &min, &dflt, &max);
  g_assert (min <= dflt && dflt <= max && max <= VC_FORMAT_MAX_COUNT);

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < vc_format_get_n_steps (format); i++)
    {
      const VcFormatStep *step = vc_format_get_step (format, i);

      g_assert (g_hash_table_add (ids, step->id));
      g_assert (step->seconds >= 1 && step->seconds <= VC_FORMAT_MAX_MINUTES * 60);
      g_assert (g_utf8_validate (step->instruction, -1, NULL));

      /* Every plan the app can make stays within its bounds, and every
       * turn's text can be worded. */
      for (guint p = 0; p < G_N_ELEMENTS (counts); p++)
        {
          guint n_turns = vc_format_step_count_turns (step, counts[p], counts[G_N_ELEMENTS (counts) - 1 - p]);
          gint64 seconds = vc_format_step_plan_seconds (step, counts[p], counts[G_N_ELEMENTS (counts) - 1 - p]);
          g_autofree char *first = vc_format_step_dup_turn_text (step, 0, n_turns, NULL);
          g_autofree char *last = vc_format_step_dup_turn_text (step, n_turns - 1, n_turns, "{n}%s");

          g_assert (n_turns >= 1 && n_turns <= VC_FORMAT_MAX_COUNT);
          g_assert (seconds >= step->seconds);
          g_assert (seconds <= (gint64)VC_FORMAT_MAX_MINUTES * 60 * VC_FORMAT_MAX_COUNT);
          g_assert ((first == NULL) == (step->turns == VC_FORMAT_TURNS_NONE));
          g_assert (first == NULL || g_utf8_validate (first, -1, NULL));
          g_assert (last == NULL || g_utf8_validate (last, -1, NULL));
        }
    }

  /* What goes to translators: the title and description at least, each
   * text once, none empty. */
  strings = vc_format_collect_strings (format);
  g_assert (g_strv_length (strings) >= 2);
  for (guint i = 0; strings[i] != NULL; i++)
    g_assert (strings[i][0] != '\0' && g_utf8_validate (strings[i], -1, NULL));
  return 0;
}
