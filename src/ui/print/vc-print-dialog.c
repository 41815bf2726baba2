/* vc-print-dialog.c
 *
 * Printing a deck as cards to cut: the size of the cards, the paper, the
 * backs and large print; a preview of the sheets as they come out; and
 * the way to the printer, through the desktop's print dialog, or to a PDF
 * file for those who print elsewhere.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vc-print-dialog.h"

/* Room around the paper in the preview, for its shadow. */
#define PREVIEW_MARGIN 24

struct _VcPrintDialog
{
  AdwWindow             parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkLabel             *hint_label;
  AdwComboRow          *size_row;
  AdwComboRow          *paper_row;
  AdwComboRow          *backs_row;
  GtkSwitch            *large_switch;
  GtkDrawingArea       *preview;
  GtkLabel             *page_label;
  GtkWidget            *print_button;

  VcDeck               *deck;
  VcPrintOptions        options;
  VcPrintJob           *job;
  char                 *summary;
  guint                 page;
  guint                 rebuild_id;
  gboolean              setting_rows;

  /* The page as last drawn at the size shown, so that the window can be
   * drawn again without laying out the cards again. */
  cairo_surface_t      *page_surface;
  guint                 surface_page;
  int                   surface_width;
  int                   surface_height;

  GtkPrintOperation    *operation;
  GtkFileChooserNative *chooser;
  char                 *print_to_file;
};

G_DEFINE_FINAL_TYPE (VcPrintDialog, vc_print_dialog, ADW_TYPE_WINDOW)

/* What was chosen the last time something was printed or saved, and the
 * print dialog's settings (printer, copies, file) from then, for as long
 * as the app runs. */
static VcPrintOptions    last_options;
static gboolean          have_last_options;
static GtkPrintSettings *last_settings;

/**
 * vc_print_paper_for_locale:
 *
 * Returns: US Letter where the locale's paper is a North American one,
 *   as in the United States, Canada and Mexico, and A4 elsewhere
 */
VcPrintPaper
vc_print_paper_for_locale (void)
{
  const char *name = gtk_paper_size_get_default ();

  /* GTK reads the locale's paper and names it; "na_letter" and
   * "na_legal" are both printed on Letter. */
  if (name != NULL && g_str_has_prefix (name, "na_"))
    return VC_PRINT_PAPER_LETTER;
  return VC_PRINT_PAPER_A4;
}

/**
 * vc_print_dup_file_name:
 * @deck: a deck
 *
 * Returns: (transfer full): the name, without ".pdf", of a file of
 *   @deck's cards, safe to use as a file name
 */
char *
vc_print_dup_file_name (VcDeck *deck)
{
  const char *title;
  g_autofree char *shortened = NULL;
  g_autoptr(GString) safe = NULL;

  g_return_val_if_fail (VC_IS_DECK (deck), NULL);

  title = vc_deck_get_title (deck);
  if (title == NULL || title[0] == '\0')
    title = _("Deck");

  /* A title can be long and hold anything; a file name cannot. */
  shortened = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 80));
  safe = g_string_new (NULL);
  for (const char *p = shortened; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (safe, '-');
      else if (c == '.' && safe->len == 0)
        continue;
      else
        g_string_append_unichar (safe, c);
    }
  g_strstrip (safe->str);
  if (safe->str[0] == '\0')
    g_string_assign (safe, _("Deck"));

  /* Translators: the name of the PDF file of a deck's printed cards,
   * without ".pdf"; %s is the deck's title */
  return g_strdup_printf (_("%s – cards"), safe->str);
}

/* Two pages to a sheet when the backs are printed on the other side. */
static guint
pages_per_sheet (VcPrintJob *job)
{
  guint sheets = vc_print_job_get_n_sheets (job);

  return sheets > 0 && vc_print_job_get_n_pages (job) == 2 * sheets ? 2 : 1;
}

static guint
n_pages (VcPrintDialog *self)
{
  return self->job != NULL ? vc_print_job_get_n_pages (self->job) : 0;
}

static void
update_actions (VcPrintDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean idle = self->operation == NULL && self->chooser == NULL;
  guint n = n_pages (self);

  gtk_widget_action_set_enabled (widget, "print.print", idle && n > 0);
  gtk_widget_action_set_enabled (widget, "print.save-pdf", idle && n > 0);
  gtk_widget_action_set_enabled (widget, "print.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (widget, "print.next-page", self->page + 1 < n);
}

static char *
dup_page_text (VcPrintDialog *self,
               gboolean       for_preview)
{
  guint n = n_pages (self);
  guint per_sheet;
  guint sheet;

  if (n == 0)
    return g_strdup (_("Nothing to print"));

  per_sheet = pages_per_sheet (self->job);
  sheet = self->page / per_sheet + 1;
  if (per_sheet == 1)
    {
      if (for_preview)
        /* Translators: what the preview of the sheets shows, for a screen reader */
        return g_strdup_printf (_("Preview of sheet %u"), sheet);
      /* Translators: the sheet shown in the preview, as "Sheet 2 of 6" */
      return g_strdup_printf (_("Sheet %u of %u"), sheet, vc_print_job_get_n_sheets (self->job));
    }

  if (self->page % 2 == 0)
    {
      if (for_preview)
        /* Translators: what the preview shows, for a screen reader; %u is the number of a sheet of paper */
        return g_strdup_printf (_("Preview of sheet %u, front"), sheet);
      /* Translators: the page shown in the preview, as "Page 3 of 12 (front of sheet 2)" */
      return g_strdup_printf (_("Page %u of %u (front of sheet %u)"), self->page + 1, n, sheet);
    }

  if (for_preview)
    /* Translators: what the preview shows, for a screen reader; %u is the number of a sheet of paper */
    return g_strdup_printf (_("Preview of sheet %u, back"), sheet);
  /* Translators: the page shown in the preview, as "Page 4 of 12 (back of sheet 2)" */
  return g_strdup_printf (_("Page %u of %u (back of sheet %u)"), self->page + 1, n, sheet);
}

static void
update_page (VcPrintDialog *self)
{
  g_autofree char *text = dup_page_text (self, FALSE);
  g_autofree char *description = dup_page_text (self, TRUE);

  gtk_label_set_text (self->page_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_clear_pointer (&self->page_surface, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
  update_actions (self);
}

static const char *
backs_hint (VcPrintBacks backs)
{
  switch (backs)
    {
    case VC_PRINT_BACKS_LONG_EDGE:
    case VC_PRINT_BACKS_SHORT_EDGE:
      return _("For a printer that prints on both sides of the paper. If the backs come out "
               "upside down, choose the other edge.");
    case VC_PRINT_BACKS_FOLD:
      return _("Each card is printed with its back beside it: cut out the pair, fold it "
               "along the middle and glue the halves together.");
    case VC_PRINT_BACKS_NONE:
    default:
      return _("Cut the cards apart along the marks. Thick paper makes cards that last.");
    }
}

static void
rebuild (VcPrintDialog *self)
{
  guint sheet = 0;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  /* The same sheet stays in view when its pages change. */
  if (self->job != NULL)
    sheet = self->page / pages_per_sheet (self->job);

  g_clear_object (&self->job);
  self->job = vc_print_job_new (self->deck, &self->options);

  g_clear_pointer (&self->summary, g_free);
  self->summary = vc_print_job_dup_summary (self->job);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_label_set_text (self->hint_label, backs_hint (self->options.backs));

  self->page = sheet * pages_per_sheet (self->job);
  if (self->page >= n_pages (self))
    self->page = n_pages (self) > 0 ? n_pages (self) - 1 : 0;
  update_page (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  VcPrintDialog *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The sheets are laid out again once the choice is made and the rows
 * have been drawn: a large deck takes a moment, and choosing should not. */
static void
queue_rebuild (VcPrintDialog *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_cb, self, NULL);
}

static void
flush_rebuild (VcPrintDialog *self)
{
  if (self->rebuild_id != 0 || self->job == NULL)
    rebuild (self);
}

static void
set_rows (VcPrintDialog *self)
{
  self->setting_rows = TRUE;
  adw_combo_row_set_selected (self->size_row, self->options.size);
  adw_combo_row_set_selected (self->paper_row, self->options.paper);
  adw_combo_row_set_selected (self->backs_row, self->options.backs);
  gtk_switch_set_active (self->large_switch, self->options.large_print);
  self->setting_rows = FALSE;
}

static void
on_option_changed (VcPrintDialog *self)
{
  if (self->setting_rows)
    return;

  self->options.size = adw_combo_row_get_selected (self->size_row);
  self->options.paper = adw_combo_row_get_selected (self->paper_row);
  self->options.backs = adw_combo_row_get_selected (self->backs_row);
  self->options.large_print = gtk_switch_get_active (self->large_switch);
  queue_rebuild (self);
}

/* The preview */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* A soft shadow below the paper: faint layers, darker where they overlap
 * near its edge. */
static void
draw_shadow (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height)
{
  for (int i = 10; i >= 1; i--)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, 0.03);
      rounded_rectangle (cr, x - i, y - i + 4, width + 2 * i, height + 2 * i, i + 2);
      cairo_fill (cr);
    }
  /* An edge, so that the paper stands out on a light window too. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, x - 0.5, y - 0.5, width + 1, height + 1);
  cairo_stroke (cr);
}

static void
ensure_page_surface (VcPrintDialog *self,
                     int            width,
                     int            height,
                     int            scale_factor)
{
  double page_width, page_height;
  cairo_t *cr;

  if (self->page_surface != NULL && self->surface_page == self->page &&
      self->surface_width == width && self->surface_height == height &&
      cairo_image_surface_get_width (self->page_surface) == width * scale_factor)
    return;

  g_clear_pointer (&self->page_surface, cairo_surface_destroy);
  self->page_surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                   width * scale_factor, height * scale_factor);
  cairo_surface_set_device_scale (self->page_surface, scale_factor, scale_factor);
  self->surface_page = self->page;
  self->surface_width = width;
  self->surface_height = height;

  vc_print_job_get_page_size (self->job, &page_width, &page_height);
  cr = cairo_create (self->page_surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / page_width, height / page_height);
  vc_print_job_draw_page (self->job, cr, self->page);
  cairo_destroy (cr);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  VcPrintDialog *self = user_data;
  double page_width, page_height, scale;
  int paper_width, paper_height, x, y;

  if (n_pages (self) == 0)
    return;

  vc_print_job_get_page_size (self->job, &page_width, &page_height);
  scale = MIN ((width - 2.0 * PREVIEW_MARGIN) / page_width,
               (height - 2.0 * PREVIEW_MARGIN) / page_height);
  paper_width = (int)floor (page_width * scale);
  paper_height = (int)floor (page_height * scale);
  if (paper_width < 8 || paper_height < 8)
    return;
  x = (width - paper_width) / 2;
  y = (height - paper_height) / 2;

  draw_shadow (cr, x, y, paper_width, paper_height);
  ensure_page_surface (self, paper_width, paper_height,
                       gtk_widget_get_scale_factor (GTK_WIDGET (area)));
  cairo_set_source_surface (cr, self->page_surface, x, y);
  cairo_paint (cr);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcPrintDialog *self = VC_PRINT_DIALOG (widget);

  if (self->page > 0)
    vc_print_dialog_set_page (self, self->page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VcPrintDialog *self = VC_PRINT_DIALOG (widget);

  vc_print_dialog_set_page (self, self->page + 1);
}

/* Telling what went wrong */

static void
show_error (VcPrintDialog *self,
            const char    *heading,
            const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remember_options (VcPrintDialog *self)
{
  last_options = self->options;
  have_last_options = TRUE;
}

/* Printing */

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              VcPrintJob        *job)
{
  vc_print_job_draw_page (job, gtk_print_context_get_cairo_context (context), page);
}

/* Where "Print to File" puts the cards: the folder chosen last time, or
 * the Documents folder. */
static char *
dup_output_dir (GtkPrintSettings *settings)
{
  const char *uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
  const char *documents;

  if (uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *path = parent ? g_file_get_path (parent) : NULL;

      if (path != NULL && g_file_test (path, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&path);
    }

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  return g_strdup (documents != NULL ? documents : g_get_home_dir ());
}

/**
 * vc_print_dialog_new_operation:
 * @self: a #VcPrintDialog
 *
 * Sets up printing the sheets as they are chosen now: their paper and
 * its orientation, the sides, no scaling, and a file name for printing
 * to a file. "Print…" runs it.
 *
 * Returns: (transfer full): a print operation, not yet run
 */
GtkPrintOperation *
vc_print_dialog_new_operation (VcPrintDialog *self)
{
  VcPrintJob *job;
  GtkPrintOperation *operation;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  GtkPageOrientation orientation;

  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);

  job = vc_print_dialog_get_job (self);
  orientation = vc_print_job_get_landscape (job) ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                 : GTK_PAGE_ORIENTATION_PORTRAIT;
  paper = gtk_paper_size_new (vc_print_paper_to_gtk_name (self->options.paper));

  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, orientation);

  settings = last_settings != NULL ? gtk_print_settings_copy (last_settings) : gtk_print_settings_new ();
  gtk_print_settings_set_paper_size (settings, paper);
  gtk_print_settings_set_orientation (settings, orientation);

  /* GTK names the two ways of printing on both sides as CUPS does:
   * HORIZONTAL is "DuplexNoTumble", IPP's "two-sided-long-edge", and
   * VERTICAL is "DuplexTumble", "two-sided-short-edge". These, like our
   * choices, name an edge of the sheet of paper itself, not of what is
   * printed on it: a sheet laid out landscape still turns over on its
   * long edge for "long edge", so the orientation does not swap them.
   * The print job lays out the backs for that turn. */
  switch (self->options.backs)
    {
    case VC_PRINT_BACKS_LONG_EDGE:
      gtk_print_settings_set_duplex (settings, GTK_PRINT_DUPLEX_HORIZONTAL);
      break;
    case VC_PRINT_BACKS_SHORT_EDGE:
      gtk_print_settings_set_duplex (settings, GTK_PRINT_DUPLEX_VERTICAL);
      break;
    case VC_PRINT_BACKS_NONE:
    case VC_PRINT_BACKS_FOLD:
    default:
      gtk_print_settings_set_duplex (settings, GTK_PRINT_DUPLEX_SIMPLEX);
      break;
    }

  /* Cards are cut to size: nothing may shrink them, not a scale, not
   * several pages to a side, not the printer fitting them to its paper.
   * A range of pages from last time belongs to another deck. */
  gtk_print_settings_set_scale (settings, 100.0);
  gtk_print_settings_set_number_up (settings, 1);
  gtk_print_settings_set_print_pages (settings, GTK_PRINT_PAGES_ALL);
  gtk_print_settings_set_page_set (settings, GTK_PAGE_SET_ALL);
  gtk_print_settings_set (settings, "cups-fit-to-page", "false");
  gtk_print_settings_set (settings, "cups-print-scaling", "none");

  name = vc_print_dup_file_name (self->deck);
  file_name = g_strconcat (name, ".pdf", NULL);
  dir = dup_output_dir (settings);
  path = g_build_filename (dir, file_name, NULL);
  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
  if (uri != NULL)
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, vc_print_job_get_n_pages (job));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (job), (GClosureNotify)(void (*) (void))g_object_unref, 0);

  return operation;
}

static void
print_finished (VcPrintDialog           *self,
                GtkPrintOperation       *operation,
                GtkPrintOperationResult  result,
                const GError            *error)
{
  /* "done" and the end of a run that was not in the background can both
   * say so; the first tells. */
  if (self->operation != operation)
    return;
  g_clear_object (&self->operation);
  update_actions (self);

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      remember_options (self);
      gtk_window_close (GTK_WINDOW (self));
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      show_error (self, _("The Cards Could Not Be Printed"),
                  error != NULL ? error->message
                                : _("Check that the printer is on and connected, then try again."));
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               VcPrintDialog           *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  print_finished (self, operation, result, error);
}

/* Runs the operation: in the print dialog, or, given a file, straight
 * into it as the dialog's "Print to File" would. */
static GtkPrintOperationResult
run_operation (VcPrintDialog  *self,
               const char     *path,
               GError        **error)
{
  g_autoptr(VcPrintDialog) keep = g_object_ref (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;

  flush_rebuild (self);
  if (self->operation != NULL || n_pages (self) == 0)
    return GTK_PRINT_OPERATION_RESULT_CANCEL;

  operation = vc_print_dialog_new_operation (self);
  self->operation = g_object_ref (operation);
  update_actions (self);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);

  if (path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_WINDOW (self), &local_error);
    }
  else
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                        GTK_WINDOW (self), &local_error);
    }

  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    print_finished (self, operation, result, local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return result;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VcPrintDialog *self = VC_PRINT_DIALOG (widget);

  run_operation (self, self->print_to_file, NULL);
}

/* Saving a PDF */

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  VcPrintDialog   *self)
{
  g_autoptr(VcPrintDialog) keep = g_object_ref (self);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  update_actions (self);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("The PDF Could Not Be Saved"),
                  _("The place chosen is not a folder on this computer. Choose another one."));
      return;
    }

  /* The ending that tells other apps what the file is. */
  if (!g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
    {
      char *with_ending = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = with_ending;
    }

  if (!vc_print_dialog_save_pdf (self, path, &error))
    {
      show_error (self, _("The PDF Could Not Be Saved"), error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VcPrintDialog *self = VC_PRINT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (self->chooser != NULL || self->operation != NULL)
    return;

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");

  self->chooser = gtk_file_chooser_native_new (_("Save the Cards as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (documents != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  name = vc_print_dup_file_name (self->deck);
  file_name = g_strconcat (name, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_save_response), self, 0);
  update_actions (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The window */

static void
vc_print_dialog_dispose (GObject *object)
{
  VcPrintDialog *self = VC_PRINT_DIALOG (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* A print under way goes on: it holds its own sheets. */
  if (self->operation != NULL)
    g_signal_handlers_disconnect_by_data (self->operation, self);
  g_clear_object (&self->operation);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_PRINT_DIALOG);

  g_clear_pointer (&self->page_surface, cairo_surface_destroy);
  g_clear_object (&self->job);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->print_to_file, g_free);

  G_OBJECT_CLASS (vc_print_dialog_parent_class)->dispose (object);
}

static void
vc_print_dialog_class_init (VcPrintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_print_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-print-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, backs_row);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, large_switch);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, VcPrintDialog, print_button);

  gtk_widget_class_install_action (widget_class, "print.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "print.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "print.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "print.next-page", NULL, next_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "print.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "print.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "print.next-page", NULL);
}

static GListModel *
new_labels (const char *(*to_label) (int),
            int          n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, to_label (i));
  return G_LIST_MODEL (list);
}

static const char *
size_label (int size)
{
  return vc_print_size_to_label (size);
}

static const char *
paper_label (int paper)
{
  return vc_print_paper_to_label (paper);
}

static const char *
backs_label (int backs)
{
  return vc_print_backs_to_label (backs);
}

static void
vc_print_dialog_init (VcPrintDialog *self)
{
  g_autoptr(GListModel) sizes = new_labels (size_label, VC_PRINT_SIZE_A5 + 1);
  g_autoptr(GListModel) papers = new_labels (paper_label, VC_PRINT_PAPER_LETTER + 1);
  g_autoptr(GListModel) backs = new_labels (backs_label, VC_PRINT_BACKS_FOLD + 1);

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  adw_combo_row_set_model (self->size_row, sizes);
  adw_combo_row_set_model (self->paper_row, papers);
  adw_combo_row_set_model (self->backs_row, backs);

  if (have_last_options)
    self->options = last_options;
  else
    {
      vc_print_options_init_default (&self->options);
      self->options.paper = vc_print_paper_for_locale ();
    }
  set_rows (self);

  g_signal_connect_object (self->size_row, "notify::selected", G_CALLBACK (on_option_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paper_row, "notify::selected", G_CALLBACK (on_option_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->backs_row, "notify::selected", G_CALLBACK (on_option_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->large_switch, "notify::active", G_CALLBACK (on_option_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);

  /* Enter prints; the keyboard starts at the first choice, not at Cancel. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->print_button);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->size_row));
  update_actions (self);
}

/**
 * vc_print_dialog_new:
 * @parent: (nullable): the window printing is asked for from
 * @deck: the deck to print
 *
 * Returns: (transfer none): a new dialog, above @parent, not yet shown
 */
VcPrintDialog *
vc_print_dialog_new (GtkWindow *parent,
                     VcDeck    *deck)
{
  VcPrintDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VC_IS_DECK (deck), NULL);

  self = g_object_new (VC_TYPE_PRINT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->deck = g_object_ref (deck);
  gtk_label_set_text (self->title_label, vc_deck_get_title (deck));

  /* Larger on a large screen, where the sheets are easier to read; it
   * always fits the window it comes from. */
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (parent));
      int height = gtk_widget_get_height (GTK_WIDGET (parent));

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   CLAMP (width * 4 / 5, 720, 1280),
                                   CLAMP (height * 7 / 8, 520, 900));
    }

  rebuild (self);
  return self;
}

VcDeck *
vc_print_dialog_get_deck (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);
  return self->deck;
}

void
vc_print_dialog_get_options (VcPrintDialog  *self,
                             VcPrintOptions *options)
{
  g_return_if_fail (VC_IS_PRINT_DIALOG (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
}

/**
 * vc_print_dialog_set_options:
 * @self: a #VcPrintDialog
 * @options: what to print
 *
 * Chooses @options in the dialog, as a person would one by one.
 */
void
vc_print_dialog_set_options (VcPrintDialog        *self,
                             const VcPrintOptions *options)
{
  g_return_if_fail (VC_IS_PRINT_DIALOG (self));
  g_return_if_fail (options != NULL);

  self->options = *options;
  set_rows (self);
  queue_rebuild (self);
}

/**
 * vc_print_dialog_get_job:
 * @self: a #VcPrintDialog
 *
 * Returns: (transfer none): the sheets for the choices made so far
 */
VcPrintJob *
vc_print_dialog_get_job (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);

  flush_rebuild (self);
  return self->job;
}

guint
vc_print_dialog_get_page (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), 0);

  flush_rebuild (self);
  return self->page;
}

/**
 * vc_print_dialog_set_page:
 * @self: a #VcPrintDialog
 * @page: a page, from 0
 *
 * Shows @page in the preview, or the last one there is.
 */
void
vc_print_dialog_set_page (VcPrintDialog *self,
                          guint          page)
{
  guint n;

  g_return_if_fail (VC_IS_PRINT_DIALOG (self));

  flush_rebuild (self);
  n = n_pages (self);
  page = n > 0 ? MIN (page, n - 1) : 0;
  if (page == self->page)
    return;
  self->page = page;
  update_page (self);
}

/**
 * vc_print_dialog_get_preview:
 * @self: a #VcPrintDialog
 *
 * Returns: (transfer none): the widget the sheet is drawn in
 */
GtkWidget *
vc_print_dialog_get_preview (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);
  return GTK_WIDGET (self->preview);
}

/**
 * vc_print_dialog_dup_page_text:
 * @self: a #VcPrintDialog
 *
 * Returns: (transfer full): what the dialog says about the page shown,
 *   such as "Sheet 2 of 6"
 */
char *
vc_print_dialog_dup_page_text (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);

  flush_rebuild (self);
  return g_strdup (gtk_label_get_text (self->page_label));
}

/**
 * vc_print_dialog_get_summary:
 * @self: a #VcPrintDialog
 *
 * Returns: what is printed, as the dialog says it: "48 cards on 6 sheets"
 */
const char *
vc_print_dialog_get_summary (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), NULL);

  flush_rebuild (self);
  return gtk_label_get_text (self->summary_label);
}

/**
 * vc_print_dialog_save_pdf:
 * @self: a #VcPrintDialog
 * @path: where to save
 * @error: return location for an error
 *
 * Saves the sheets as chosen to a PDF file at @path, as "Save as PDF…"
 * does with the file chosen.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
vc_print_dialog_save_pdf (VcPrintDialog  *self,
                          const char     *path,
                          GError        **error)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!vc_print_job_write_pdf (vc_print_dialog_get_job (self), path, error))
    return FALSE;
  remember_options (self);
  return TRUE;
}

/**
 * vc_print_dialog_run_to_file:
 * @self: a #VcPrintDialog
 * @path: a PDF file to write
 * @error: return location for an error
 *
 * Runs the same print operation as "Print…", into @path instead of a
 * printer, without asking. Closes the dialog as printing does.
 *
 * Returns: %TRUE if the sheets were printed into @path
 */
gboolean
vc_print_dialog_run_to_file (VcPrintDialog  *self,
                             const char     *path,
                             GError        **error)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return run_operation (self, path, error) == GTK_PRINT_OPERATION_RESULT_APPLY;
}

/**
 * vc_print_dialog_set_print_to_file:
 * @self: a #VcPrintDialog
 * @path: (nullable): a PDF file
 *
 * Makes "Print…" print into @path without asking, where a test has no
 * printer and no one to choose one.
 */
void
vc_print_dialog_set_print_to_file (VcPrintDialog *self,
                                   const char    *path)
{
  g_return_if_fail (VC_IS_PRINT_DIALOG (self));

  g_free (self->print_to_file);
  self->print_to_file = g_strdup (path);
}
