/* value-cards-deck.c
 *
 * The command-line tool for deck authors: check decks and write their
 * translation templates, with the same code the app uses to read them.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "value-cards-deck"

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "vc-deck-loader.h"
#include "vc-deck-pot.h"
#include "vc-deck-problem.h"
#include "vc-terminal-text.h"

static char *output_path;
static gboolean show_version;
static gboolean verbose;
static char **arguments;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
    N_("Write the template to FILE instead of the standard output"), N_("FILE") },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
    N_("Give the JSON path of each problem as well, such as $.cards[2].title"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, &show_version,
    N_("Show the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &arguments,
    NULL, N_("COMMAND FILE…") },
  { NULL }
};

/* A deck, or a file's name, could otherwise write escape sequences to
 * the terminal: colours, a window title, or a carriage return and a line
 * that says all is well. */
static void
print_safely (FILE       *stream,
              const char *line)
{
  g_autofree char *safe = vc_deck_escape_for_terminal (line, -1);

  if (stream == stderr)
    g_printerr ("%s\n", safe);
  else
    g_print ("%s\n", safe);
}

static int
validate (char **files)
{
  guint n_bad = 0;
  guint n_warnings = 0;
  guint n_files = g_strv_length (files);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(VcDeck) deck = NULL;

      deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);
      if (deck == NULL)
        n_bad++;

      for (guint j = 0; j < g_list_model_get_n_items (problems); j++)
        {
          g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, j);
          g_autofree char *line = verbose ? vc_deck_problem_format_with_path (problem, files[i])
                                          : vc_deck_problem_format (problem, files[i]);

          if (vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_WARNING)
            n_warnings++;
          print_safely (stdout, line);
        }
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u deck checked", "%u decks checked", n_files), n_files);
  g_printerr (", ");
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u with errors", "%u with errors", n_bad), n_bad);
  g_printerr (", ");
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  g_printerr ("\n");

  return n_bad > 0 ? 1 : 0;
}

static int
write_pot (char **files)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) pot = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(VcDeck) deck = NULL;

      deck = vc_deck_load_file (file, VC_DECK_LOAD_NO_TRANSLATE | VC_DECK_LOAD_COLLECT_STRINGS,
                                &problems, &error);
      if (deck == NULL)
        {
          g_autofree char *reason = NULL;

          /* Translators: %s is a file name, then the reason */
          reason = g_strdup_printf (_("%s cannot be read: %s"), files[i], error->message);
          print_safely (stderr, reason);
          for (guint j = 0; j < g_list_model_get_n_items (problems); j++)
            {
              g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, j);
              g_autofree char *line = vc_deck_problem_format (problem, files[i]);

              print_safely (stderr, line);
            }
          return 1;
        }

      if (pot == NULL)
        {
          g_autofree char *header = vc_deck_pot_build (deck, files[i]);

          pot = g_string_new (header);
        }
      else
        vc_deck_pot_append (deck, files[i], pot, seen);

      /* Strings of the first deck went in through the header call. */
      if (i == 0)
        {
          GPtrArray *strings = vc_deck_get_strings (deck);

          for (guint j = 0; j < strings->len; j++)
            g_hash_table_add (seen, g_strdup (((VcDeckString *)g_ptr_array_index (strings, j))->msgid));
        }
    }

  if (output_path == NULL)
    {
      g_print ("%s", pot->str);
      return 0;
    }

  if (!g_file_set_contents (output_path, pot->str, pot->len, &error))
    {
      g_printerr (_("The template cannot be saved: %s\n"), error->message);
      return 1;
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("VALUE_CARDS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Check Value Cards decks and write their translation templates.\n"
                                  "\n"
                                  "Commands:\n"
                                  "  validate FILE…   Report every problem of each deck; exit with 1 if any deck has errors\n"
                                  "  pot FILE…        Write a gettext translation template (.pot) for the decks’ strings"));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (show_version)
    {
      g_print ("value-cards-deck %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (arguments == NULL || arguments[0] == NULL || arguments[1] == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  if (g_str_equal (arguments[0], "validate"))
    return validate (arguments + 1);
  if (g_str_equal (arguments[0], "pot"))
    return write_pot (arguments + 1);

  {
    g_autofree char *command = vc_deck_escape_for_terminal (arguments[0], -1);

    g_printerr (_("Unknown command “%s”. Use “validate” or “pot”.\n"), command);
  }
  return 2;
}
