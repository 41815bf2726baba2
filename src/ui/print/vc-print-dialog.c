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

#include "vc-print-dialog-private.h"

/* Room around the paper in the preview, for its shadow. */
#define PREVIEW_MARGIN 24


G_DEFINE_FINAL_TYPE (VcPrintDialog, vc_print_dialog, ADW_TYPE_WINDOW)


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

guint
vc_print_dialog_n_pages (VcPrintDialog *self)
{
  return self->job != NULL ? vc_print_job_get_n_pages (self->job) : 0;
}

void
vc_print_dialog_update_actions (VcPrintDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean idle = self->operation == NULL && self->chooser == NULL;
  guint n = vc_print_dialog_n_pages (self);

  gtk_widget_action_set_enabled (widget, "print.print", idle && n > 0);
  gtk_widget_action_set_enabled (widget, "print.save-pdf", idle && n > 0);
  gtk_widget_action_set_enabled (widget, "print.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (widget, "print.next-page", self->page + 1 < n);
}

static char *
dup_page_text (VcPrintDialog *self,
               gboolean       for_preview)
{
  guint n = vc_print_dialog_n_pages (self);
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
  vc_print_dialog_update_actions (self);
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
  if (self->page >= vc_print_dialog_n_pages (self))
    self->page = vc_print_dialog_n_pages (self) > 0 ? vc_print_dialog_n_pages (self) - 1 : 0;
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

void
vc_print_dialog_flush_rebuild (VcPrintDialog *self)
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
      vc_print_rounded_rectangle (cr, x - i, y - i + 4, width + 2 * i, height + 2 * i, i + 2);
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

  if (vc_print_dialog_n_pages (self) == 0)
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

  gtk_widget_class_install_action (widget_class, "print.print", NULL, vc_print_dialog_print_action);
  gtk_widget_class_install_action (widget_class, "print.save-pdf", NULL, vc_print_dialog_save_pdf_action);
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

  vc_print_dialog_recall_options (&self->options);
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
  vc_print_dialog_update_actions (self);
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
                       /* Read as a dialog, not as “filler” */
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
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

  vc_print_dialog_flush_rebuild (self);
  return self->job;
}

guint
vc_print_dialog_get_page (VcPrintDialog *self)
{
  g_return_val_if_fail (VC_IS_PRINT_DIALOG (self), 0);

  vc_print_dialog_flush_rebuild (self);
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

  vc_print_dialog_flush_rebuild (self);
  n = vc_print_dialog_n_pages (self);
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

  vc_print_dialog_flush_rebuild (self);
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

  vc_print_dialog_flush_rebuild (self);
  return gtk_label_get_text (self->summary_label);
}
