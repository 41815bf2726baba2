/* value-cards-deck-formats.c
 *
 * The deck tool's commands for meeting formats: checking them, and the
 * translation template of their texts.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "value-cards-deck-formats.h"
#include "vc-deck-pot.h"
#include "vc-format.h"
#include "vc-terminal-text.h"

static void
print_line (FILE       *stream,
            const char *line)
{
  g_autofree char *safe = vc_deck_escape_for_terminal (line, -1);

  if (stream == stderr)
    g_printerr ("%s\n", safe);
  else
    g_print ("%s\n", safe);
}

/**
 * vc_tool_check_formats:
 *
 * Reads each format file as the app does, and says what is wrong with it.
 *
 * Returns: the exit status: 1 if any format cannot be used
 */
int
vc_tool_check_formats (char **files)
{
  guint n_bad = 0;
  guint n_files = g_strv_length (files);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(VcFormat) format = vc_format_new_from_file (file, NULL, &error);

      if (format == NULL)
        {
          n_bad++;
          print_line (stderr, error->message);
        }
      else
        {
          g_autofree char *length = NULL;
          g_autofree char *line = NULL;
          guint people, groups;

          vc_format_get_people_range (format, NULL, &people, NULL);
          vc_format_get_groups_range (format, NULL, &groups, NULL);
          length = vc_format_dup_minutes_label (vc_format_plan_seconds (format, people, groups));
          /* Translators: a format's file, its number of steps, and how
           * long it takes with as many people as it is made for */
          line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s: %u step, %s with %u people",
                                               "%s: %u steps, %s with %u people",
                                               vc_format_get_n_steps (format)),
                                  files[i], vc_format_get_n_steps (format), length, people);
          print_line (stdout, line);
        }
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u format checked", "%u formats checked", n_files), n_files);
  g_printerr (", ");
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u with errors", "%u with errors", n_bad), n_bad);
  g_printerr ("\n");
  return n_bad > 0 ? 1 : 0;
}

/**
 * vc_tool_write_formats_pot:
 * @output: (nullable): where to write, or %NULL for standard output
 *
 * Writes the texts of the formats as a gettext template, each once, with
 * the files they come from.
 *
 * Returns: the exit status
 */
int
vc_tool_write_formats_pot (char       **files,
                           const char  *output)
{
  g_autoptr(GString) pot = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (pot,
                   "msgid \"\"\n"
                   "msgstr \"\"\n"
                   "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                   "\"Content-Transfer-Encoding: 8bit\\n\"\n");

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(VcFormat) format = vc_format_new_from_file (file, NULL, &error);
      g_auto(GStrv) strings = NULL;

      if (format == NULL)
        {
          print_line (stderr, error->message);
          return 1;
        }
      strings = vc_format_collect_strings (format);
      for (guint j = 0; strings[j] != NULL; j++)
        {
          g_autofree char *escaped = NULL;

          if (!g_hash_table_add (seen, g_strdup (strings[j])))
            continue;
          escaped = vc_deck_pot_escape (strings[j]);
          g_string_append_printf (pot, "\n#. Meeting format “%s”\n#: %s\n", vc_format_get_id (format), files[i]);
          if (strchr (strings[j], '{') != NULL)
            g_string_append (pot, "#. Keep {n}, {count} and {name} as they are.\n");
          g_string_append_printf (pot, "msgid %s\nmsgstr \"\"\n", escaped);
        }
    }

  return vc_tool_write_template (output, pot);
}

/**
 * vc_tool_write_template:
 * @output: (nullable): where to write, or %NULL for standard output
 *
 * Returns: the exit status: 1 if the template cannot be saved
 */
int
vc_tool_write_template (const char *output,
                        GString    *pot)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    {
      g_print ("%s", pot->str);
      return 0;
    }
  if (!g_file_set_contents (output, pot->str, pot->len, &error))
    {
      g_printerr (_("The template cannot be saved: %s\n"), error->message);
      return 1;
    }
  return 0;
}
