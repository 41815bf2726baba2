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
#include <string.h>

#include <glib/gi18n.h>

#include "value-cards-deck-formats.h"
#include "vc-deck-document.h"
#include "vc-deck-document-pictures.h"
#include "vc-deck-library.h"
#include "vc-deck-loader.h"
#include "vc-deck-pot.h"
#include "vc-deck-translations.h"
#include "vc-deck-problem.h"
#include "vc-print.h"
#include "vc-terminal-text.h"

static char *output_path;
static char *kind_name;
static char *title;
static char *definition;
static char *alt_text;
static char *caption;
static char *language;
static char *size_name;
static char *paper_name;
static char *backs_name;
static gboolean large_print;
static gboolean show_version;
static gboolean verbose;
static char **arguments;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
    N_("Write the template, or the new deck, to FILE"), N_("FILE") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name,
    N_("For “new”: values-game, dilemmas, questions or statements"), N_("KIND") },
  { "title", 0, 0, G_OPTION_ARG_STRING, &title,
    N_("For “new” and “copy”: the deck’s title"), N_("TITLE") },
  { "definition", 0, 0, G_OPTION_ARG_STRING, &definition,
    N_("For “add-word”: what the word means in your work"), N_("TEXT") },
  { "alt", 0, 0, G_OPTION_ARG_STRING, &alt_text,
    N_("For “add-picture”: what the picture shows, for those who cannot see it"), N_("TEXT") },
  { "caption", 0, 0, G_OPTION_ARG_STRING, &caption,
    N_("For “add-picture”: a short caption"), N_("TEXT") },
  { "language", 0, 0, G_OPTION_ARG_STRING, &language,
    N_("For “add-translation”: the language, if the file is not named after it, such as sv.po; "
       "for “print”: the language to print in"), N_("CODE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, &size_name,
    N_("For “print”: the card size, poker (63 × 88 mm), a6 or a5"), N_("SIZE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name,
    N_("For “print”: the paper, a4 or letter"), N_("PAPER") },
  { "backs", 0, 0, G_OPTION_ARG_STRING, &backs_name,
    N_("For “print”: none, long-edge or short-edge (two-sided), or fold"), N_("BACKS") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, &large_print,
    N_("For “print”: larger type and higher contrast"), NULL },
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

  return vc_tool_write_template (output_path, pot);
}

static void
print_error (const char   *file,
             const GError *error)
{
  g_autofree char *line = NULL;

  /* Translators: a file name, then what went wrong */
  line = g_strdup_printf (_("%s: %s"), file, error->message);
  print_safely (stderr, line);
}

static VcDeckDocument *
open_document (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  VcDeckDocument *doc = vc_deck_document_new_from_file (file, &error);

  if (doc == NULL)
    print_error (path, error);
  return doc;
}

/* Says whether a saved deck is ready to be played; work in progress is
 * saved too, and told so. */
static void
report_work_in_progress (VcDeckDocument *doc,
                         const char     *path)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  guint n_errors = 0;

  deck = vc_deck_document_check (doc, VC_DECK_LOAD_NO_TRANSLATE, &problems, NULL);
  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_severity (problem) != VC_DECK_SEVERITY_WARNING)
        n_errors++;
    }
  if (deck == NULL)
    {
      g_autofree char *line = NULL;

      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s: saved as work in progress; it has %u error. Run “value-cards-deck validate %s” to see it.",
                                           "%s: saved as work in progress; it has %u errors. Run “value-cards-deck validate %s” to see them.",
                                           n_errors),
                              path, n_errors, path);
      print_safely (stderr, line);
    }
}

/* Saves the document over its file. */
static int
save_document (VcDeckDocument *doc,
               const char     *path)
{
  g_autoptr(GError) error = NULL;

  if (!vc_deck_document_save (doc, NULL, &error))
    {
      print_error (path, error);
      return 1;
    }
  report_work_in_progress (doc, path);
  return 0;
}

static int
new_deck (char **files)
{
  static const struct { const char *name; VcDeckKind kind; } kinds[] = {
    { "values-game", VC_DECK_KIND_VALUES_GAME },
    { "dilemmas", VC_DECK_KIND_DILEMMAS },
    { "questions", VC_DECK_KIND_QUESTIONS },
    { "statements", VC_DECK_KIND_STATEMENTS },
  };
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = output_path ? output_path : files[0];
  gint kind = -1;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind_name, kinds[i].name) == 0)
      kind = kinds[i].kind;
  if (kind < 0)
    {
      g_printerr ("%s\n", _("Say what kind of deck with --kind: values-game, dilemmas, questions or statements."));
      return 2;
    }
  if (path == NULL)
    {
      g_printerr ("%s\n", _("Say where to save the new deck with -o FILE."));
      return 2;
    }

  file = g_file_new_for_commandline_arg (path);
  if (g_file_query_exists (file, NULL))
    {
      g_autofree char *line = g_strdup_printf (_("%s already exists. Choose another name; nothing was changed."), path);

      print_safely (stderr, line);
      return 1;
    }

  doc = vc_deck_document_new (kind, title);
  if (!vc_deck_document_save (doc, file, &error))
    {
      print_error (path, error);
      return 1;
    }
  report_work_in_progress (doc, path);
  return 0;
}

static int
copy_deck (char **args)
{
  g_autoptr(VcDeckDocument) original = NULL;
  g_autoptr(VcDeckDocument) copy = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (args[0] == NULL || args[1] != NULL || output_path == NULL)
    {
      g_printerr ("%s\n", _("Use: value-cards-deck copy FILE -o NEW-FILE [--title TITLE]"));
      return 2;
    }

  file = g_file_new_for_commandline_arg (output_path);
  if (g_file_query_exists (file, NULL))
    {
      g_autofree char *line = g_strdup_printf (_("%s already exists. Choose another name; nothing was changed."), output_path);

      print_safely (stderr, line);
      return 1;
    }
  if ((original = open_document (args[0])) == NULL)
    return 1;

  copy = vc_deck_document_new_copy (original, title, &error);
  if (copy == NULL)
    {
      print_error (args[0], error);
      return 1;
    }
  if (!vc_deck_document_save (copy, file, &error))
    {
      print_error (output_path, error);
      return 1;
    }
  report_work_in_progress (copy, output_path);
  return 0;
}

static int
format_decks (char **files)
{
  int status = 0;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(VcDeckDocument) doc = open_document (files[i]);
      g_autoptr(GError) error = NULL;

      if (doc == NULL || !vc_deck_document_save (doc, NULL, &error))
        {
          if (error != NULL)
            print_error (files[i], error);
          status = 1;
        }
    }
  return status;
}

static int
add_word (char **args)
{
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *item = NULL;
  g_autofree char *field = NULL;

  if (args[0] == NULL || args[1] == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n", _("Use: value-cards-deck add-word FILE WORD [--definition TEXT]"));
      return 2;
    }
  if ((doc = open_document (args[0])) == NULL)
    return 1;

  vc_deck_document_begin_step (doc, NULL);
  item = vc_deck_document_add (doc, "/values-game/words", -1, NULL, &error);
  if (item != NULL)
    {
      field = g_strconcat (item, "/id", NULL);
      vc_deck_document_set_id (doc, field, args[1], NULL);
      g_free (field);
      field = g_strconcat (item, "/word", NULL);
      vc_deck_document_set_string (doc, field, args[1], NULL);
      g_free (field);
      field = g_strconcat (item, "/definition", NULL);
      if (definition != NULL)
        vc_deck_document_set_string (doc, field, definition, NULL);
      else
        vc_deck_document_unset (doc, field, NULL);
    }
  vc_deck_document_end_step (doc);
  if (item == NULL)
    {
      if (vc_deck_document_get_node (doc, "/values-game/words") == NULL)
        {
          g_clear_error (&error);
          g_set_error_literal (&error, VC_DECK_ERROR, VC_DECK_ERROR_INVALID_VALUE,
                               _("Only a values game has value words. Make one with “value-cards-deck new --kind values-game”."));
        }
      print_error (args[0], error);
      return 1;
    }
  return save_document (doc, args[0]);
}

static int
add_picture (char **args)
{
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GFile) picture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *item = NULL;

  if (args[0] == NULL || args[1] == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n", _("Use: value-cards-deck add-picture FILE PICTURE --alt TEXT [--caption TEXT]"));
      return 2;
    }
  if ((doc = open_document (args[0])) == NULL)
    return 1;

  picture = g_file_new_for_commandline_arg (args[1]);
  item = vc_deck_document_add_picture (doc, picture, alt_text, caption, &error);
  if (item == NULL)
    {
      print_error (args[1], error);
      return 1;
    }
  return save_document (doc, args[0]);
}

static int
embed_images (char **files)
{
  int status = 0;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(VcDeckDocument) doc = open_document (files[i]);
      g_autoptr(GError) error = NULL;
      guint n = 0;

      if (doc == NULL)
        {
          status = 1;
          continue;
        }
      if (!vc_deck_document_embed_pictures (doc, &n, &error))
        {
          print_error (files[i], error);
          status = 1;
          continue;
        }
      if (save_document (doc, files[i]) != 0)
        status = 1;
      else
        {
          g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%s: %u picture put inside the deck",
                                                                "%s: %u pictures put inside the deck", n),
                                                   files[i], n);
          print_safely (stderr, line);
        }
    }
  return status;
}

static int
add_translation (char **args)
{
  g_autoptr(VcDeckDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *line = NULL;
  VcPoCounts counts;

  if (args[0] == NULL || args[1] == NULL || args[2] != NULL)
    {
      g_printerr ("%s\n", _("Use: value-cards-deck add-translation FILE LANGUAGE.po"));
      return 2;
    }
  if ((doc = open_document (args[0])) == NULL)
    return 1;

  if (language != NULL)
    lang = g_strdup (language);
  else
    {
      lang = g_path_get_basename (args[1]);
      if (g_str_has_suffix (lang, ".po"))
        lang[strlen (lang) - 3] = '\0';
    }

  if (!vc_deck_document_add_translation (doc, lang, args[1], &counts, &error))
    {
      print_error (args[1], error);
      return 1;
    }

  /* Translators: the first %s is a language code; then three counts */
  line = g_strdup_printf (_("%s: %u translated, %u to review (fuzzy, left out), %u not translated"),
                          lang, counts.n_translated, counts.n_fuzzy, counts.n_untranslated);
  print_safely (stdout, line);
  return save_document (doc, args[0]);
}

static int
list_translations (char **files)
{
  int status = 0;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(VcDeckDocument) doc = open_document (files[i]);
      g_autoptr(GPtrArray) languages = NULL;
      g_autoptr(GError) error = NULL;

      if (doc == NULL)
        {
          status = 1;
          continue;
        }
      languages = vc_deck_document_list_translations (doc, &error);
      if (languages == NULL)
        {
          print_error (files[i], error);
          status = 1;
          continue;
        }
      if (languages->len == 0)
        {
          g_autofree char *line = g_strdup_printf (_("%s: no translations inside the deck"), files[i]);

          print_safely (stdout, line);
        }
      for (guint j = 0; j < languages->len; j++)
        {
          VcTranslationStatus *lang = g_ptr_array_index (languages, j);
          g_autofree char *line = NULL;
          guint percent = lang->n_strings ? lang->n_translated * 100 / lang->n_strings : 100;

          /* Translators: "sv: 40 of 45 texts translated (88%), 5 missing, 2 out of date" */
          line = g_strdup_printf (_("%s: %u of %u texts translated (%u%%), %u missing, %u out of date"),
                                  lang->language, lang->n_translated, lang->n_strings, percent,
                                  lang->missing->len, lang->stale->len);
          print_safely (stdout, line);
          if (verbose)
            {
              for (guint k = 0; k < lang->missing->len; k++)
                {
                  g_autofree char *item = g_strdup_printf (_("  missing: %s"), (char *)g_ptr_array_index (lang->missing, k));

                  print_safely (stdout, item);
                }
              for (guint k = 0; k < lang->stale->len; k++)
                {
                  g_autofree char *item = g_strdup_printf (_("  out of date, the text has changed: %s"),
                                                           (char *)g_ptr_array_index (lang->stale, k));

                  print_safely (stdout, item);
                }
            }
        }
    }
  return status;
}

static int
print_cards (char **args)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(VcPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  VcPrintOptions options;

  if (args[0] == NULL || args[1] != NULL || output_path == NULL)
    {
      g_printerr ("%s\n", _("Use: value-cards-deck print FILE -o CARDS.pdf [--size poker|a6|a5] "
                             "[--paper a4|letter] [--backs none|long-edge|short-edge|fold] [--large-print] [--language CODE]"));
      return 2;
    }

  vc_print_options_init_default (&options);
  options.large_print = large_print;
  if ((size_name != NULL && !vc_print_size_from_string (size_name, &options.size)) ||
      (paper_name != NULL && !vc_print_paper_from_string (paper_name, &options.paper)) ||
      (backs_name != NULL && !vc_print_backs_from_string (backs_name, &options.backs)))
    {
      g_printerr ("%s\n", _("The size is poker, a6 or a5; the paper a4 or letter; the backs none, "
                             "long-edge, short-edge or fold."));
      return 2;
    }

  file = g_file_new_for_commandline_arg (args[0]);
  /* The built-in decks' drawings print as drawings; any other deck's
   * pictures are drawn by the picture helper, as in the app. */
  deck = vc_deck_load_file (file, vc_deck_library_get_load_flags (file), &problems, &error);
  if (deck == NULL)
    {
      print_error (args[0], error);
      return 1;
    }

  job = vc_print_job_new (deck, &options);
  if (vc_print_job_write_pdf (job, output_path, &error))
    {
      summary = vc_print_job_dup_summary (job);
      print_safely (stdout, summary);
    }
  else
    print_error (output_path, error);

  g_clear_object (&job);
  g_clear_object (&deck);
  vc_print_release_fonts ();
  return error == NULL ? 0 : 1;
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
  /* The language to print in, before anything is translated. */
  for (int i = 1; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--language"))
      g_setenv ("LANGUAGE", argv[i + 1], TRUE);
    else if (g_str_has_prefix (argv[i], "--language="))
      g_setenv ("LANGUAGE", argv[i] + strlen ("--language="), TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Make, check and translate Value Cards decks.\n"
                                  "\n"
                                  "Commands:\n"
                                  "  validate FILE…                 Report every problem of each deck; exit with 1 if any deck has errors\n"
                                  "  new --kind KIND -o FILE        Make a new deck: values-game, dilemmas, questions or statements\n"
                                  "  copy FILE -o NEW-FILE          Make your own copy of a deck, pictures and translations inside (--title TITLE)\n"
                                  "  add-word FILE WORD             Add a value word to a values game (--definition TEXT)\n"
                                  "  add-picture FILE PICTURE       Put a photo or drawing into a values game (--alt TEXT, --caption TEXT)\n"
                                  "  embed-images FILE…             Put the pictures a deck links to inside it, so it is one file\n"
                                  "  format FILE…                   Write decks again the one standard way\n"
                                  "  pot FILE…                      Write a gettext translation template (.pot) for the decks’ strings\n"
                                  "  add-translation FILE LANG.po   Put a translation inside the deck\n"
                                  "  translations FILE…             Show how much of each language is translated (-v lists what is left)\n"
                                  "  print FILE -o CARDS.pdf        Make a PDF of the cards to print and cut (--size, --paper, --backs, --large-print, --language)\n"
                                  "  check-formats FILE…            Check meeting formats; exit with 1 if any cannot be used\n"
                                  "  formats-pot FILE…              Write a gettext translation template (.pot) for the formats’ texts"));

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

  if (arguments != NULL && arguments[0] != NULL && g_str_equal (arguments[0], "new"))
    return new_deck (arguments + 1);

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
  if (g_str_equal (arguments[0], "copy"))
    return copy_deck (arguments + 1);
  if (g_str_equal (arguments[0], "format"))
    return format_decks (arguments + 1);
  if (g_str_equal (arguments[0], "add-word"))
    return add_word (arguments + 1);
  if (g_str_equal (arguments[0], "add-picture"))
    return add_picture (arguments + 1);
  if (g_str_equal (arguments[0], "embed-images"))
    return embed_images (arguments + 1);
  if (g_str_equal (arguments[0], "add-translation"))
    return add_translation (arguments + 1);
  if (g_str_equal (arguments[0], "translations"))
    return list_translations (arguments + 1);
  if (g_str_equal (arguments[0], "print"))
    return print_cards (arguments + 1);
  if (g_str_equal (arguments[0], "check-formats"))
    return vc_tool_check_formats (arguments + 1);
  if (g_str_equal (arguments[0], "formats-pot"))
    return vc_tool_write_formats_pot (arguments + 1, output_path);

  {
    g_autofree char *command = vc_deck_escape_for_terminal (arguments[0], -1);

    g_printerr (_("Unknown command “%s”. See “value-cards-deck --help” for the commands.\n"), command);
  }
  return 2;
}
