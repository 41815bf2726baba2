/* vc-summary-view.c
 *
 * What a session came to, ready to mail or print.
 *
 * Shows the session's summary formatted, as a GNOME app shows text: the
 * same blocks that are mailed as Markdown and printed as a PDF, each a
 * label styled for what it is, its text set as plain text, never as
 * markup. Lets the group write down what to carry over
 * to the next meeting, and saves the summary as Markdown or as a PDF laid
 * out for A4.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-export.h"
#include "vc-file-launcher.h"
#include "vc-summary-view.h"
#include "vc-ui-util.h"

struct _VcSummaryView
{
  GtkBox                parent_instance;

  VcSession            *session;
  VcDeck               *deck;
  char                 *text;
  GtkFileChooserNative *chooser;
  gulong                carry_handler;

  AdwWindowTitle       *window_title;
  GtkWidget            *carry_box;
  GtkTextView          *carry_view;
  GtkBox               *summary_box;
};

G_DEFINE_FINAL_TYPE (VcSummaryView, vc_summary_view, GTK_TYPE_BOX)

/* What people wrote is set as plain text: never read as markup or as
 * Markdown. */
static GtkWidget *
new_block_label (VcExportBlock *block)
{
  GtkWidget *label;
  g_autofree char *item = NULL;

  if (block->kind == VC_EXPORT_BLOCK_ITEM)
    item = g_strdup_printf ("•\u2002%s", block->text);
  label = gtk_label_new (item != NULL ? item : block->text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);

  switch (block->kind)
    {
    case VC_EXPORT_BLOCK_TITLE:
      gtk_widget_add_css_class (label, "title-2");
      break;

    case VC_EXPORT_BLOCK_HEADING:
      gtk_widget_add_css_class (label, "title-4");
      gtk_widget_set_margin_top (label, 18);
      break;

    case VC_EXPORT_BLOCK_SUBHEADING:
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 12);
      break;

    case VC_EXPORT_BLOCK_LABEL:
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 6);
      break;

    case VC_EXPORT_BLOCK_ITEM:
      gtk_widget_set_margin_start (label, 12);
      break;

    case VC_EXPORT_BLOCK_QUOTE:
      {
        PangoAttrList *attrs = pango_attr_list_new ();

        pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
        gtk_label_set_attributes (GTK_LABEL (label), attrs);
        pango_attr_list_unref (attrs);
        gtk_widget_set_margin_start (label, 24);
      }
      break;

    case VC_EXPORT_BLOCK_PARAGRAPH:
    default:
      break;
    }

  return label;
}

static void
show_blocks (VcSummaryView *self)
{
  g_autoptr(GPtrArray) blocks = vc_export_dup_blocks (self->session, self->deck);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_box_remove (self->summary_box, child);

  for (guint i = 0; i < blocks->len; i++)
    gtk_box_append (self->summary_box, new_block_label (g_ptr_array_index (blocks, i)));
}

static void
refresh (VcSummaryView *self)
{
  g_free (self->text);
  self->text = vc_export_markdown (self->session, self->deck);
  show_blocks (self);
}

static void
on_carry_changed (GtkTextBuffer *buffer,
                  VcSummaryView *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) items = NULL;

  if (self->session == NULL)
    return;

  text = vc_ui_dup_buffer_text (buffer);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  items = g_strv_builder_end (builder);
  vc_session_set_carry_over (self->session, (const char * const *)items);
  refresh (self);
}

/**
 * vc_summary_view_show:
 * @self: a #VcSummaryView
 * @session: a session
 * @deck: (nullable): its deck, if it can still be read
 */
void
vc_summary_view_show (VcSummaryView *self,
                      VcSession     *session,
                      VcDeck        *deck)
{
  const char * const *items;
  GtkTextBuffer *buffer;
  g_autofree char *joined = NULL;

  g_return_if_fail (VC_IS_SUMMARY_VIEW (self));
  g_return_if_fail (VC_IS_SESSION (session));

  g_set_object (&self->session, session);
  g_set_object (&self->deck, deck);

  /* The deck's title as it reads now, in the language of the app. */
  adw_window_title_set_subtitle (self->window_title,
                                 deck != NULL ? vc_deck_get_title (deck)
                                              : vc_session_get_deck_title (session));
  /* A person reflecting alone plans no next meeting. */
  gtk_widget_set_visible (self->carry_box,
                          vc_session_get_kind (session) == VC_SESSION_KIND_MEETING);

  items = vc_session_get_carry_over (session);
  joined = items ? g_strjoinv ("\n", (char **)items) : g_strdup ("");
  buffer = gtk_text_view_get_buffer (self->carry_view);
  g_signal_handler_block (buffer, self->carry_handler);
  gtk_text_buffer_set_text (buffer, joined, -1);
  g_signal_handler_unblock (buffer, self->carry_handler);

  refresh (self);
}

/**
 * vc_summary_view_get_text:
 * @self: a #VcSummaryView
 *
 * Returns: (nullable): the summary as Markdown
 */
const char *
vc_summary_view_get_text (VcSummaryView *self)
{
  g_return_val_if_fail (VC_IS_SUMMARY_VIEW (self), NULL);
  return self->text;
}

/**
 * vc_summary_view_dup_shown_text:
 * @self: a #VcSummaryView
 *
 * Returns: (transfer full): the summary as shown on screen, without its
 *   formatting
 */
char *
vc_summary_view_dup_shown_text (VcSummaryView *self)
{
  GString *text;

  g_return_val_if_fail (VC_IS_SUMMARY_VIEW (self), NULL);

  text = g_string_new (NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box)); child;
       child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));

  return g_string_free (text, FALSE);
}

/**
 * vc_summary_view_set_carry_over_text:
 * @self: a #VcSummaryView
 * @text: items for the next meeting, one per line, as if typed
 */
void
vc_summary_view_set_carry_over_text (VcSummaryView *self,
                                     const char    *text)
{
  g_return_if_fail (VC_IS_SUMMARY_VIEW (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->carry_view), text, -1);
}

/**
 * vc_summary_view_save:
 * @self: a #VcSummaryView
 * @file: where to save
 * @pdf: %TRUE for a PDF laid out for A4, %FALSE for Markdown
 * @error: return location for an error
 *
 * Returns: %TRUE if the summary was saved whole
 */
gboolean
vc_summary_view_save (VcSummaryView  *self,
                      GFile          *file,
                      gboolean        pdf,
                      GError        **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (VC_IS_SUMMARY_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a folder on this computer."));
      return FALSE;
    }

  if (pdf)
    return vc_export_pdf (self->session, self->deck, path, error);

  /* Written beside the target and renamed over it, so a full disk never
   * leaves half a file. */
  return g_file_set_contents_full (path, self->text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

static gboolean
save_as (GtkWidget  *widget,
         GFile      *file,
         gpointer    user_data,
         GError    **error)
{
  return vc_summary_view_save (VC_SUMMARY_VIEW (widget), file, GPOINTER_TO_INT (user_data), error);
}

static void
save (VcSummaryView *self,
      gboolean       pdf)
{
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *date = NULL;

  if (self->session == NULL)
    return;

  started = g_date_time_ref (vc_session_get_started (self->session));
  date = g_date_time_format (started, "%Y-%m-%d");
  /* Translators: a file name; %s is a date */
  name = g_strdup_printf (pdf ? _("Summary %s.pdf") : _("Summary %s.md"), date);

  vc_file_launcher_ask_save (GTK_WIDGET (self), &self->chooser,
                             pdf ? _("Save as PDF") : _("Save as Markdown"), name,
                             _("The summary is saved"), save_as, GINT_TO_POINTER (pdf));
}

static void
save_markdown_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  save (VC_SUMMARY_VIEW (widget), FALSE);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  save (VC_SUMMARY_VIEW (widget), TRUE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcSummaryView *self = VC_SUMMARY_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->text);
  if (root != NULL)
    gtk_widget_activate_action (GTK_WIDGET (root), "win.toast", "s", _("The summary is copied"));
}

static void
vc_summary_view_dispose (GObject *object)
{
  VcSummaryView *self = (VcSummaryView *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_SUMMARY_VIEW);

  g_clear_object (&self->session);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (vc_summary_view_parent_class)->dispose (object);
}

static void
vc_summary_view_class_init (VcSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_summary_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcSummaryView, window_title);
  gtk_widget_class_bind_template_child (widget_class, VcSummaryView, carry_box);
  gtk_widget_class_bind_template_child (widget_class, VcSummaryView, carry_view);
  gtk_widget_class_bind_template_child (widget_class, VcSummaryView, summary_box);

  gtk_widget_class_install_action (widget_class, "summary.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "summary.save-markdown", NULL, save_markdown_action);
  gtk_widget_class_install_action (widget_class, "summary.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "summary.save-pdf", NULL);
}

static void
vc_summary_view_init (VcSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->carry_handler = g_signal_connect (gtk_text_view_get_buffer (self->carry_view), "changed",
                                          G_CALLBACK (on_carry_changed), self);
}
