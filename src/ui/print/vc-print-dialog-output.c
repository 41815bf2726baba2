/* vc-print-dialog-output.c
 *
 * Where the Print Cards dialog's sheets go: GTK's print operation, with
 * the paper, sides and file name set from the choices, or a PDF saved
 * where the person chooses; and what went wrong, if anything.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vc-print-dialog-private.h"
#include "vc-settings.h"

/* The print dialog's settings (printer, copies, file) from the last time
 * something was printed, for as long as the app runs. The choices of card
 * size, paper and backs are kept in the app's settings. */
static GtkPrintSettings *last_settings;

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

/* What was chosen is chosen again next time, once something came of it. */
static void
remember_options (VcPrintDialog *self)
{
  g_autoptr(VcSettings) settings = vc_settings_new ();

  g_object_set (settings,
                "print-card-size", vc_print_size_to_string (self->options.size),
                "print-paper", vc_print_paper_to_string (self->options.paper),
                "print-backs", vc_print_backs_to_string (self->options.backs),
                "print-large", self->options.large_print,
                NULL);
}

/**
 * vc_print_dialog_recall_options:
 *
 * The choices of the last print or save. A paper never chosen is the
 * locale's.
 *
 * Returns: %TRUE if something was printed or saved before
 */
gboolean
vc_print_dialog_recall_options (VcPrintOptions *options)
{
  g_autoptr(VcSettings) settings = vc_settings_new ();
  g_autofree char *size = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *backs = NULL;

  g_object_get (settings,
                "print-card-size", &size,
                "print-paper", &paper,
                "print-backs", &backs,
                "print-large", &options->large_print,
                NULL);
  if (!vc_print_paper_from_string (paper, &options->paper))
    options->paper = vc_print_paper_for_locale ();
  if (!vc_print_size_from_string (size, &options->size))
    options->size = VC_PRINT_SIZE_POKER;
  if (!vc_print_backs_from_string (backs, &options->backs))
    options->backs = VC_PRINT_BACKS_NONE;

  return paper != NULL && *paper != '\0';
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
  vc_print_dialog_update_actions (self);

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

  vc_print_dialog_flush_rebuild (self);
  if (self->operation != NULL || vc_print_dialog_n_pages (self) == 0)
    return GTK_PRINT_OPERATION_RESULT_CANCEL;

  operation = vc_print_dialog_new_operation (self);
  self->operation = g_object_ref (operation);
  vc_print_dialog_update_actions (self);
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

void
vc_print_dialog_print_action (GtkWidget  *widget,
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
  vc_print_dialog_update_actions (self);

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

void
vc_print_dialog_save_pdf_action (GtkWidget  *widget,
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
  vc_print_dialog_update_actions (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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
