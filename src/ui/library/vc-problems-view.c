/* vc-problems-view.c
 *
 * Lists what is wrong with a deck, where, and how to fix it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-deck-problem.h"
#include "vc-problems-view.h"

struct _VcProblemsView
{
  GtkBox               parent_instance;

  GFile               *file;

  AdwStatusPage       *status;
  AdwPreferencesGroup *errors_group;
  AdwPreferencesGroup *warnings_group;
  GtkListBox          *errors_list;
  GtkListBox          *warnings_list;
  GtkWidget           *more_box;
  GtkWidget           *fix_button;
  GtkLabel            *more_label;
  GListModel          *problems;
  GArray              *order;     /* indices into problems, errors first */
  guint                n_items;
  guint                n_rows;
};

G_DEFINE_FINAL_TYPE (VcProblemsView, vc_problems_view, GTK_TYPE_BOX)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A wrapping label with no minimum width is measured at one character a
 * line, which makes a page of a few hundred problems take seconds to lay
 * out; a row's labels get the minimum that vc_ui_label_new() gives. */
static void
set_label_widths (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    gtk_label_set_width_chars (GTK_LABEL (widget), 40);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_label_widths (child);
}

static GtkWidget *
create_row (VcDeckProblem *problem)
{
  g_autofree char *location = NULL;
  const char *hint = vc_deck_problem_get_hint (problem);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* A JSON syntax error says its line and column in its message already. */
  if (vc_deck_problem_get_code (problem) != VC_DECK_ERROR_SYNTAX)
    location = vc_deck_problem_get_location (problem);

  if (location != NULL && hint != NULL)
    /* Translators: where a problem is, then how to fix it */
    subtitle = g_strdup_printf (C_("problem location and hint", "%s — %s"), location, hint);
  else
    subtitle = g_strdup (location ? location : hint);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vc_deck_problem_get_message (problem));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  set_label_widths (row);

  return row;
}

/* Rows of wrapping text take a few milliseconds each to lay out, so they
 * are made a batch at a time: the page appears at once. */
#define PROBLEMS_PER_BATCH 20

static void
show_more_problems (VcProblemsView *self)
{
  guint end = MIN (self->n_items, self->n_rows + PROBLEMS_PER_BATCH);
  g_autofree char *text = NULL;

  for (guint i = self->n_rows; i < end; i++)
    {
      guint index = g_array_index (self->order, guint, i);
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (self->problems, index);
      gboolean is_error = vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR;

      gtk_list_box_append (is_error ? self->errors_list : self->warnings_list,
                           create_row (problem));
    }
  self->n_rows = end;

  gtk_widget_set_visible (self->more_box, self->n_rows < self->n_items);
  /* Translators: "Showing 25 of 201 problems." */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Showing %u of %u problem.",
                                       "Showing %u of %u problems.", self->n_items),
                          self->n_rows, self->n_items);
  gtk_label_set_text (self->more_label, text);
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcProblemsView *self = VC_PROBLEMS_VIEW (widget);

  if (self->problems != NULL)
    show_more_problems (self);
}

/* Whether the file is not a deck that can be opened to be fixed: not
 * there, not text, or not JSON. */
static gboolean
is_unreadable (GListModel *problems)
{
  guint n = g_list_model_get_n_items (problems);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      switch ((int)vc_deck_problem_get_code (problem))
        {
        case VC_DECK_ERROR_IO:
        case VC_DECK_ERROR_NOT_REGULAR:
        case VC_DECK_ERROR_TOO_LARGE:
        case VC_DECK_ERROR_INVALID_UTF8:
        case VC_DECK_ERROR_TOO_DEEP:
        case VC_DECK_ERROR_SYNTAX:
        case VC_DECK_ERROR_NOT_FOUND:
          return TRUE;
        default:
          break;
        }
    }
  return FALSE;
}

/**
 * vc_problems_view_set_problems:
 * @self: a #VcProblemsView
 * @file: (nullable): the deck file
 * @problems: a #GListModel of #VcDeckProblem
 *
 * Shows @problems, errors first.
 */
void
vc_problems_view_set_problems (VcProblemsView *self,
                               GFile          *file,
                               GListModel     *problems)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  guint n_errors = 0, n_warnings = 0;
  gboolean not_found = FALSE;
  gboolean fixable;
  gboolean cut = FALSE;

  g_return_if_fail (VC_IS_PROBLEMS_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (problems));

  g_set_object (&self->file, file);
  g_set_object (&self->problems, problems);

  clear_list (self->errors_list);
  clear_list (self->warnings_list);
  self->n_rows = 0;
  g_array_set_size (self->order, 0);

  /* The loader lists the first problems and sums up the rest in a last one;
   * a list from anywhere else is cut the same way, so that the page never
   * holds more rows than a person can read. */
  self->n_items = MIN (g_list_model_get_n_items (problems), VC_DECK_MAX_PROBLEMS + 2);
  for (guint i = 0; i < self->n_items; i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
      gboolean is_error = vc_deck_problem_get_severity (problem) == VC_DECK_SEVERITY_ERROR;

      if (vc_deck_problem_get_code (problem) == VC_DECK_ERROR_TOO_MANY &&
          vc_deck_problem_get_path (problem) == NULL)
        cut = TRUE;
      if (is_error && vc_deck_problem_get_code (problem) == VC_DECK_ERROR_NOT_FOUND)
        not_found = TRUE;
      if (is_error)
        {
          g_array_insert_val (self->order, n_errors, i);
          n_errors++;
        }
      else
        {
          g_array_append_val (self->order, i);
          n_warnings++;
        }
    }

  show_more_problems (self);

  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), n_errors > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), n_warnings > 0);

  name = file ? g_file_get_basename (file) : g_strdup (_("The deck"));
  if (not_found)
    {
      /* A file that is not there cannot be fixed in a text editor. */
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("“%s” Cannot Be Found"), name);
      description = g_strdup (_("The file was moved, renamed or deleted. Open it from where it is now, or choose another deck."));
      adw_status_page_set_icon_name (self->status, "dialog-question-symbolic");
    }
  else if (n_errors > 0 && cut)
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("“%s” Cannot Be Opened"), name);
      description = g_strdup_printf (_("It has more than %u problems to fix before it can be played."),
                                     (guint)VC_DECK_MAX_PROBLEMS);
      adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
    }
  else if (n_errors > 0)
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("“%s” Cannot Be Opened"), name);
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "It has %u problem to fix before it can be played.",
                                                  "It has %u problems to fix before it can be played.",
                                                  n_errors),
                                     n_errors);
      adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
    }
  else
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("Warnings for “%s”"), name);
      description = g_strdup (_("The deck can be used as it is. These points are worth fixing for the next version."));
      adw_status_page_set_icon_name (self->status, "dialog-information-symbolic");
    }
  adw_status_page_set_title (self->status, title);
  adw_status_page_set_description (self->status, description);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.reload", file != NULL);
  /* Only a deck that is there, and is JSON at all, can be fixed in the
   * editor; a file that is not a deck at all is left alone. */
  fixable = file != NULL && !not_found && !is_unreadable (problems);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.fix", fixable);
  gtk_widget_set_visible (self->fix_button, fixable);
}

/**
 * vc_problems_view_get_n_rows:
 * @self: a #VcProblemsView
 *
 * Returns: how many problems are listed so far
 */
guint
vc_problems_view_get_n_rows (VcProblemsView *self)
{
  g_return_val_if_fail (VC_IS_PROBLEMS_VIEW (self), 0);
  return self->n_rows;
}

/* Hands the deck's file to the window's @action. */
static void
activate_with_file (VcProblemsView *self,
                    const char     *action)
{
  g_autofree char *uri = NULL;

  if (self->file == NULL)
    return;

  uri = g_file_get_uri (self->file);
  gtk_widget_activate_action (GTK_WIDGET (self), action, "s", uri);
}

static void
fix_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  activate_with_file (VC_PROBLEMS_VIEW (widget), "win.edit-file");
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* Whoever shows the view opens decks: it is asked, not reached for. */
  activate_with_file (VC_PROBLEMS_VIEW (widget), "win.open-file");
}

static void
vc_problems_view_dispose (GObject *object)
{
  VcProblemsView *self = (VcProblemsView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_PROBLEMS_VIEW);
  g_clear_object (&self->file);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->order, g_array_unref);

  G_OBJECT_CLASS (vc_problems_view_parent_class)->dispose (object);
}

static void
vc_problems_view_class_init (VcProblemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_problems_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-problems-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, status);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, fix_button);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, errors_group);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, errors_list);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, more_box);
  gtk_widget_class_bind_template_child (widget_class, VcProblemsView, more_label);

  gtk_widget_class_install_action (widget_class, "problems.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "problems.fix", NULL, fix_action);
  gtk_widget_class_install_action (widget_class, "problems.more", NULL, more_action);
}

static void
vc_problems_view_init (VcProblemsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
}
