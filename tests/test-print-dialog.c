/* test-print-dialog.c
 *
 * The Print Cards dialog as someone printing a deck uses it: opened from
 * the deck's page and from the editor, its choices changing the sheets
 * and what it says about them, the preview drawn, a PDF saved, and the
 * print operation run into a file.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ui-test.h"
#include "vc-deck-document.h"
#include "vc-deck-draft.h"
#include "vc-deck-loader.h"
#include "vc-deck-view.h"
#include "vc-editor-window.h"
#include "vc-print-dialog.h"

static gboolean
is_english (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "en");
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-print-XXXXXX", NULL);

  return g_build_filename (dir, name, NULL);
}

static VcPrintDialog *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (VC_IS_PRINT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return VC_PRINT_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
has_print_dialog (gpointer data)
{
  return find_print_dialog () != NULL;
}

static VcPrintDialog *
wait_print_dialog (void)
{
  g_assert_true (vc_test_wait_until (has_print_dialog, NULL));
  vc_test_settle (200);
  return find_print_dialog ();
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Closes @dialog as Escape and Cancel do, and checks that nothing keeps
 * it alive afterwards. */
static void
close_dialog (VcPrintDialog *dialog)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (vc_test_wait_until (is_gone, &weak));
}

/* Whether @widget has a key, such as "<Control>p", for @action. */
/* How many colours the preview shows where the sheet is, in a rendering
 * of the whole dialog: paper, cut marks and text make many; a preview
 * that draws nothing makes one. */
static void
check_preview_drawn (VcPrintDialog *dialog)
{
  GtkWidget *preview = vc_print_dialog_get_preview (dialog);
  g_autoptr(GdkTexture) texture = vc_test_render (GTK_WIDGET (dialog));
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guint8 *data = g_malloc (stride * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  graphene_rect_t bounds;
  guint white = 0, dark = 0, total = 0;

  g_assert_true (gtk_widget_compute_bounds (preview, GTK_WIDGET (dialog), &bounds));
  g_assert_cmpfloat (bounds.size.width, >=, 200);
  g_assert_cmpfloat (bounds.size.height, >=, 200);

  gdk_texture_download (texture, data, stride);
  for (int y = (int)bounds.origin.y; y < (int)(bounds.origin.y + bounds.size.height) && y < height; y++)
    for (int x = (int)bounds.origin.x; x < (int)(bounds.origin.x + bounds.size.width) && x < width; x++)
      {
        const guint8 *p = data + y * stride + x * 4;
        guint32 colour = p[0] | p[1] << 8 | p[2] << 16;
        double luminance = (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;

        g_hash_table_add (colours, GUINT_TO_POINTER (colour));
        white += luminance > 0.997;
        dark += luminance < 0.5;
        total++;
      }

  g_test_message ("preview: %u colours, %.1f%% white, %.2f%% dark",
                  g_hash_table_size (colours), 100.0 * white / total, 100.0 * dark / total);
  g_assert_cmpuint (g_hash_table_size (colours), >, 10);
  /* A sheet of paper takes a good part of the preview, with print on it;
   * the window around it is not white. */
  g_assert_cmpfloat ((double)white / total, >, 0.1);
  g_assert_cmpuint (dark, >, 0);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *pages;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return 0;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static gboolean
have_pdfinfo (void)
{
  g_autofree char *found = g_find_program_in_path ("pdfinfo");

  return found != NULL;
}

static void
assert_is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
}

static gboolean
has_text (GtkWidget *widget,
          gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

typedef struct
{
  GtkLabel *label;
  char     *before;
} LabelWait;

static gboolean
label_changed (gpointer data)
{
  LabelWait *wait = data;

  return g_strcmp0 (gtk_label_get_text (wait->label), wait->before) != 0;
}

/* Chooses in a row as a person does, and waits for the dialog to say
 * what it makes of it. */
static void
choose (VcPrintDialog *dialog,
        const char    *row_title,
        guint          item)
{
  AdwComboRow *row = NULL;
  g_autoptr(GPtrArray) rows = vc_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL, NULL);
  LabelWait wait;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GString) title = g_string_new (adw_preferences_row_get_title (rows->pdata[i]));

      /* Without the underline of the access key. */
      g_string_replace (title, "_", "", 0);
      if (g_strcmp0 (title->str, row_title) == 0)
        row = rows->pdata[i];
    }
  g_assert_nonnull (row);
  g_assert_cmpuint (item, <, g_list_model_get_n_items (adw_combo_row_get_model (row)));

  /* The summary is told apart by its text, which then changes. */
  wait.before = g_strdup (vc_print_dialog_get_summary (dialog));
  wait.label = GTK_LABEL (vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, has_text, wait.before));
  g_assert_nonnull (wait.label);
  adw_combo_row_set_selected (row, item);
  /* The sheets are laid out again in a moment, not while choosing. */
  g_assert_true (vc_test_wait_until (label_changed, &wait));
  g_free (wait.before);
}

static void
screenshot (GtkWidget  *window,
            const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  vc_test_save_screenshot (window, name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  vc_test_save_screenshot (window, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The dialog fits the smallest screen the app is made for. */
static void
check_fits (VcPrintDialog *dialog,
            int            screen_width,
            int            screen_height)
{
  int min_width, min_height;

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 1366);
  g_assert_cmpint (min_height, <=, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, screen_width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, screen_height);
}

/* The values game: words and pictures, each printed as a card. */
static void
test_values_game (void)
{
  VcWindow *window = vc_test_open_deck ("values-game.vcdeck", 1366, 768);
  VcDeck *deck = vc_deck_view_get_deck (VC_DECK_VIEW (vc_test_find (GTK_WIDGET (window), VC_TYPE_DECK_VIEW,
                                                                      NULL, NULL)));
  VcPrintDialog *dialog;
  VcPrintJob *job;
  VcPrintOptions options;
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (vc_print_dialog_get_deck (dialog) == deck);

  /* Playing cards, no backs, unless someone chose otherwise before. */
  vc_print_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.size, ==, VC_PRINT_SIZE_POKER);
  g_assert_cmpint (options.backs, ==, VC_PRINT_BACKS_NONE);
  g_assert_cmpint (options.paper, ==, vc_print_paper_for_locale ());

  job = vc_print_dialog_get_job (dialog);
  g_assert_nonnull (job);
  g_assert_cmpuint (vc_print_job_get_n_pages (job), >, 0);
  g_assert_cmpuint (vc_print_job_get_n_cards (job), >, 0);
  g_assert_cmpstr (vc_print_dialog_get_summary (dialog), !=, "");
  text = vc_print_dialog_dup_page_text (dialog);
  if (is_english ())
    {
      g_autofree char *expected = g_strdup_printf ("Sheet 1 of %u", vc_print_job_get_n_sheets (job));

      g_assert_cmpstr (text, ==, expected);
    }

  check_fits (dialog, 1366, 768);
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-values-game");

  /* Escape and Ctrl+P are the dialog's. */
  g_assert_true (vc_test_has_shortcut (GTK_WIDGET (dialog), "Escape", "window.close"));
  g_assert_true (vc_test_has_shortcut (GTK_WIDGET (dialog), "<Control>p", "print.print"));

  close_dialog (dialog);

  /* In the library, there is no deck to print: the window says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL));
  vc_test_show_page (window, "library");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  vc_test_settle (200);
  g_assert_null (find_print_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dilemmas: long texts, the sizes and the backs. */
static void
test_dilemmas (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  VcPrintDialog *dialog;
  VcPrintJob *job;
  guint poker_pages, a5_pages, two_sided_pages;
  g_autofree char *poker_summary = NULL;
  g_autofree char *text = NULL;
  int small_width;
  const char *size_title = is_english () ? "Card Size" : NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  small_width = gtk_widget_get_width (GTK_WIDGET (dialog));
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-dilemmas");

  job = vc_print_dialog_get_job (dialog);
  poker_pages = vc_print_job_get_n_pages (job);
  poker_summary = g_strdup (vc_print_dialog_get_summary (dialog));

  /* Larger cards, two to a sheet: more sheets, and the dialog says so. */
  if (size_title != NULL)
    choose (dialog, size_title, VC_PRINT_SIZE_A5);
  else
    {
      VcPrintOptions options;

      vc_print_dialog_get_options (dialog, &options);
      options.size = VC_PRINT_SIZE_A5;
      vc_print_dialog_set_options (dialog, &options);
    }
  job = vc_print_dialog_get_job (dialog);
  a5_pages = vc_print_job_get_n_pages (job);
  g_assert_cmpint (vc_print_job_get_options (job)->size, ==, VC_PRINT_SIZE_A5);
  g_assert_cmpuint (a5_pages, >, poker_pages);
  g_assert_cmpstr (vc_print_dialog_get_summary (dialog), !=, poker_summary);
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-dilemmas-a5");

  /* Backs on the other side: a page more for every sheet. */
  if (is_english ())
    choose (dialog, "Backs", VC_PRINT_BACKS_LONG_EDGE);
  else
    {
      VcPrintOptions options;

      vc_print_dialog_get_options (dialog, &options);
      options.backs = VC_PRINT_BACKS_LONG_EDGE;
      vc_print_dialog_set_options (dialog, &options);
    }
  job = vc_print_dialog_get_job (dialog);
  two_sided_pages = vc_print_job_get_n_pages (job);
  g_assert_cmpuint (two_sided_pages, ==, 2 * vc_print_job_get_n_sheets (job));
  g_assert_cmpuint (two_sided_pages, >, a5_pages);

  /* The next page is the back of the first sheet. */
  g_assert_cmpuint (vc_print_dialog_get_page (dialog), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "print.next-page", NULL));
  g_assert_cmpuint (vc_print_dialog_get_page (dialog), ==, 1);
  text = vc_print_dialog_dup_page_text (dialog);
  if (is_english ())
    {
      g_autofree char *expected = g_strdup_printf ("Page 2 of %u (back of sheet 1)", two_sided_pages);

      g_assert_cmpstr (text, ==, expected);
    }
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-dilemmas-back");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "print.previous-page", NULL));
  g_assert_cmpuint (vc_print_dialog_get_page (dialog), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "print.previous-page", NULL) &&
                  vc_print_dialog_get_page (dialog) != 0);

  /* Large print: the same sheets, or more, never fewer. */
  {
    VcPrintOptions options;

    vc_print_dialog_get_options (dialog, &options);
    options.large_print = TRUE;
    options.backs = VC_PRINT_BACKS_NONE;
    options.size = VC_PRINT_SIZE_POKER;
    vc_print_dialog_set_options (dialog, &options);
    job = vc_print_dialog_get_job (dialog);
    g_assert_true (vc_print_job_get_options (job)->large_print);
    g_assert_cmpuint (vc_print_job_get_n_pages (job), >=, poker_pages);
    check_preview_drawn (dialog);
    screenshot (GTK_WIDGET (dialog), "print-dilemmas-large");
  }

  close_dialog (dialog);
  gtk_window_destroy (GTK_WINDOW (window));

  /* On a large screen, the dialog and its preview grow with the window. */
  window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1920, 1080);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  g_test_message ("window %d×%d, dialog %d×%d",
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
                  gtk_widget_get_width (GTK_WIDGET (dialog)), gtk_widget_get_height (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), >=, small_width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, gtk_widget_get_width (GTK_WIDGET (window)));
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-dilemmas-1920");
  close_dialog (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Save as PDF…", with the file a person would choose. */
static void
test_save_pdf (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  g_autofree char *path = temp_path ("cards.pdf");
  g_autofree char *bad = temp_path ("no-such-folder/cards.pdf");
  g_autoptr(GError) error = NULL;
  VcPrintDialog *dialog;

  VcPrintOptions chosen = { VC_PRINT_SIZE_A6, VC_PRINT_PAPER_LETTER, VC_PRINT_BACKS_FOLD, TRUE };
  VcPrintOptions again;
  g_autoptr(GSettings) stored = g_settings_new (SCHEMA_ID);
  g_autofree char *stored_size = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  vc_print_dialog_set_options (dialog, &chosen);

  g_assert_true (vc_print_dialog_save_pdf (dialog, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);

  /* What was saved is what the next dialog opens with, and it is kept in
   * the app's settings for the next time the app starts. */
  stored_size = g_settings_get_string (stored, "print-card-size");
  g_assert_cmpstr (stored_size, ==, "a6");
  g_assert_true (g_settings_get_boolean (stored, "print-large"));
  close_dialog (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  vc_print_dialog_get_options (dialog, &again);
  g_assert_cmpint (again.size, ==, VC_PRINT_SIZE_A6);
  g_assert_cmpint (again.paper, ==, VC_PRINT_PAPER_LETTER);
  g_assert_cmpint (again.backs, ==, VC_PRINT_BACKS_FOLD);
  g_assert_true (again.large_print);
  /* The others start from where they always do. */
  g_settings_reset (stored, "print-card-size");
  g_settings_reset (stored, "print-paper");
  g_settings_reset (stored, "print-backs");
  g_settings_reset (stored, "print-large");
  if (have_pdfinfo ())
    g_assert_cmpuint (pdf_pages (path), ==, vc_print_job_get_n_pages (vc_print_dialog_get_job (dialog)));

  /* A folder that is not there: an error to show, not a crash. */
  g_assert_false (vc_print_dialog_save_pdf (dialog, bad, &error));
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);

  close_dialog (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* "Print…": the same operation, into a file where there is no printer. */
static void
test_print_operation (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  g_autofree char *path = temp_path ("printed.pdf");
  g_autofree char *action_path = temp_path ("printed-by-action.pdf");
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;
  GtkPageSetup *setup;
  VcPrintDialog *dialog;
  VcPrintOptions options;
  VcPrintJob *job;
  guint n_pages;
  gpointer weak;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  vc_print_dialog_get_options (dialog, &options);
  options.backs = VC_PRINT_BACKS_LONG_EDGE;
  options.paper = VC_PRINT_PAPER_A4;
  vc_print_dialog_set_options (dialog, &options);
  job = vc_print_dialog_get_job (dialog);
  n_pages = vc_print_job_get_n_pages (job);

  /* What the operation asks of the printer. */
  operation = vc_print_dialog_new_operation (dialog);
  settings = gtk_print_operation_get_print_settings (operation);
  setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpint (gtk_print_settings_get_duplex (settings), ==, GTK_PRINT_DUPLEX_HORIZONTAL);
  g_assert_cmpfloat (gtk_print_settings_get_scale (settings), ==, 100.0);
  g_assert_cmpint (gtk_print_settings_get_number_up (settings), ==, 1);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, "iso_a4");
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==,
                   vc_print_job_get_landscape (job) ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                    : GTK_PAGE_ORIENTATION_PORTRAIT);
  g_assert_true (g_str_has_suffix (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI), ".pdf"));
  if (is_english ())
    g_assert_true (g_str_has_suffix (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI),
                                     "%E2%80%93%20cards.pdf"));
  g_clear_object (&operation);

  /* Short edge is the other duplex. */
  options.backs = VC_PRINT_BACKS_SHORT_EDGE;
  vc_print_dialog_set_options (dialog, &options);
  operation = vc_print_dialog_new_operation (dialog);
  g_assert_cmpint (gtk_print_settings_get_duplex (gtk_print_operation_get_print_settings (operation)), ==,
                   GTK_PRINT_DUPLEX_VERTICAL);
  g_clear_object (&operation);
  options.backs = VC_PRINT_BACKS_LONG_EDGE;
  vc_print_dialog_set_options (dialog, &options);

  /* Run into a file: every page printed, and the dialog closes as after
   * printing. */
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (vc_print_dialog_run_to_file (dialog, path, &error));
  g_assert_no_error (error);
  assert_is_pdf (path);
  if (have_pdfinfo ())
    g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  else
    g_test_message ("pdfinfo is not installed: the pages are not counted");
  g_assert_true (vc_test_wait_until (is_gone, &weak));

  /* Ctrl+P's action, through the same way, with the choices of last time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-deck", NULL));
  dialog = wait_print_dialog ();
  vc_print_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.backs, ==, VC_PRINT_BACKS_LONG_EDGE);
  vc_print_dialog_set_print_to_file (dialog, action_path);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "print.print", NULL));
  g_assert_true (vc_test_wait_until (is_gone, &weak));
  assert_is_pdf (action_path);
  if (have_pdfinfo ())
    g_assert_cmpuint (pdf_pages (action_path), ==, n_pages);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (action_path);
}

/* The editor prints the deck as it is written, saved or not. */
static void
test_from_editor (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "drawing-questions.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = vc_deck_document_new_from_file (file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) card = NULL;
  g_autofree char *inserted = NULL;
  VcEditorWindow *editor;
  VcPrintDialog *dialog;
  guint n_cards;

  g_assert_nonnull (document);
  n_cards = vc_deck_document_get_length (document, "/cards");
  editor = vc_editor_window_new (NULL, document);
  gtk_window_set_default_size (GTK_WINDOW (editor), 1366, 768);
  gtk_window_present (GTK_WINDOW (editor));
  vc_test_settle (200);

  g_assert_true (vc_test_has_shortcut (GTK_WIDGET (editor), "<Control>p", "editor.print"));

  /* A card added and not saved is printed too. */
  card = json_from_string ("{\"id\": \"printed-only\", \"kind\": \"question\", "
                           "\"text\": \"What would you print?\"}", &error);
  g_assert_no_error (error);
  inserted = vc_deck_document_insert (document, "/cards", -1, card, &error);
  g_assert_nonnull (inserted);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.print", NULL));
  dialog = wait_print_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_assert_cmpuint (vc_deck_get_n_cards (vc_print_dialog_get_deck (dialog)), ==, n_cards + 1);
  g_assert_nonnull (vc_deck_find_card (vc_print_dialog_get_deck (dialog), "printed-only"));
  check_preview_drawn (dialog);
  screenshot (GTK_WIDGET (dialog), "print-from-editor");
  close_dialog (dialog);

  vc_deck_document_set_autosave (document, FALSE);
  vc_deck_document_discard_draft (document);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A file name from any title. */
static void
test_file_name (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = vc_deck_document_new_from_file (file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autofree char *name = NULL;

  g_assert_nonnull (document);
  g_assert_true (vc_deck_document_set_string (document, "/title", "../Us/Them: a\ttest", &error));
  g_assert_no_error (error);
  deck = vc_deck_document_check (document, VC_DECK_LOAD_DEFAULT, NULL, NULL);
  g_assert_nonnull (deck);
  name = vc_print_dup_file_name (deck);
  g_test_message ("file name: %s", name);
  g_assert_null (strchr (name, '/'));
  g_assert_null (strchr (name, '\t'));
  g_assert_false (name[0] == '.');
  if (is_english ())
    g_assert_cmpstr (name, ==, "-Us-Them- a-test – cards");
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/print-dialog/values-game", test_values_game);
  g_test_add_func ("/print-dialog/dilemmas", test_dilemmas);
  g_test_add_func ("/print-dialog/save-pdf", test_save_pdf);
  g_test_add_func ("/print-dialog/print-operation", test_print_operation);
  g_test_add_func ("/print-dialog/from-editor", test_from_editor);
  g_test_add_func ("/print-dialog/file-name", test_file_name);

  return g_test_run ();
}
