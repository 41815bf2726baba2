/* vc-plan-dialog.c
 *
 * Planning a meeting before it starts: the facilitator picks a format,
 * says how many take part and in how many groups, and sees how long each
 * step will take, and the whole meeting. A step's minutes can be changed
 * by hand; those steps then keep their minutes when the number of people
 * changes, until the format's times are restored.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-plan-dialog.h"

/* The longest a step may be planned, as the format files allow. */
#define MAX_STEP_MINUTES VC_FORMAT_MAX_MINUTES

typedef struct
{
  VcPlanDialog  *dialog;
  guint          index;
  AdwActionRow  *row;
  GtkSpinButton *spin;
} StepRow;

struct _VcPlanDialog
{
  AdwWindow             parent_instance;

  GtkWidget            *header_bar;
  AdwWindowTitle       *window_title;
  AdwComboRow          *format_row;
  GtkLabel             *description_label;
  AdwActionRow         *people_row;
  GtkSpinButton        *people_spin;
  AdwActionRow         *groups_row;
  GtkSpinButton        *groups_spin;
  AdwPreferencesGroup  *steps_group;
  GtkWidget            *restore_button;
  GtkWidget            *start_button;

  VcDeck               *deck;
  GPtrArray            *formats;
  VcFormatRun          *run;
  GPtrArray            *step_rows;   /* StepRow */

  /* What the facilitator asked for, kept when another format is chosen;
   * 0 for the format's own number. */
  guint                 people_wish;
  guint                 groups_wish;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (VcPlanDialog, vc_plan_dialog, ADW_TYPE_WINDOW)

enum {
  START,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VcFormat *
format_at (VcPlanDialog *self,
           guint         index)
{
  if (self->formats == NULL || index >= self->formats->len)
    return NULL;
  return g_ptr_array_index (self->formats, index);
}

/* Whole minutes, as the spin buttons show them. */
static int
round_minutes (gint64 seconds)
{
  return (int)CLAMP ((seconds + 30) / 60, 1, MAX_STEP_MINUTES);
}

/* How the format counts a step's time, for the people and groups there:
 * "2 min per person × 8". */
static char *
dup_rule_text (VcFormatRun *run,
               guint        index)
{
  const VcFormatStep *step = vc_format_get_step (vc_format_run_get_format (run), index);
  g_autofree char *each = vc_format_dup_minutes_label (step->seconds);
  guint people = vc_format_run_get_people (run);
  guint groups = vc_format_run_get_groups (run);
  guint turns = vc_format_run_get_n_turns (run, index);

  switch (step->per)
    {
    case VC_FORMAT_PER_PERSON:
      /* Translators: how a step's time is counted; %s is a length such as
       * “2 min”, %u the number of people: “2 min per person × 8” */
      return g_strdup_printf (ngettext ("%s per person × %u", "%s per person × %u", people),
                              each, people);
    case VC_FORMAT_PER_GROUP:
      /* Translators: how a step's time is counted; %s is a length such as
       * “6 min”, %u the number of groups: “6 min per group × 3” */
      return g_strdup_printf (ngettext ("%s per group × %u", "%s per group × %u", groups),
                              each, groups);
    case VC_FORMAT_PER_TURN:
      /* Translators: how a step's time is counted; %s is a length such as
       * “5 min”, %u the number of turns: “5 min per turn × 3” */
      return g_strdup_printf (ngettext ("%s per turn × %u", "%s per turn × %u", turns),
                              each, turns);
    case VC_FORMAT_PER_STEP:
    default:
      if (turns > 1)
        /* Translators: a step's time shared among turns; %s is a length
         * such as “10 min”, %u the number of turns */
        return g_strdup_printf (ngettext ("%s in all, over %u turn", "%s in all, over %u turns", turns),
                                each, turns);
      return g_steal_pointer (&each);
    }
}

static char *
dup_step_subtitle (VcFormatRun *run,
                   guint        index)
{
  const VcFormatStep *step;
  g_autofree char *rule = NULL;

  if (!vc_format_run_is_planned_changed (run, index))
    return dup_rule_text (run, index);

  step = vc_format_get_step (vc_format_run_get_format (run), index);
  rule = vc_format_dup_minutes_label (vc_format_step_plan_seconds (step, vc_format_run_get_people (run),
                                                                   vc_format_run_get_groups (run)));
  /* Translators: a step whose minutes the facilitator changed; %s is what
   * the format gives it, such as “16 min” */
  return g_strdup_printf (_("Changed from %s"), rule);
}

static void
update_steps (VcPlanDialog *self)
{
  g_autofree char *total = NULL;
  g_autofree char *description = NULL;
  gboolean changed = FALSE;

  if (self->run == NULL)
    return;

  self->updating = TRUE;
  for (guint i = 0; i < self->step_rows->len; i++)
    {
      StepRow *row = g_ptr_array_index (self->step_rows, i);
      g_autofree char *subtitle = dup_step_subtitle (self->run, i);

      adw_action_row_set_subtitle (row->row, subtitle);
      gtk_spin_button_set_value (row->spin, round_minutes (vc_format_run_get_planned (self->run, i)));
      changed |= vc_format_run_is_planned_changed (self->run, i);
    }
  self->updating = FALSE;

  total = vc_format_dup_minutes_label (vc_format_run_get_planned_total (self->run));
  /* Translators: the whole meeting's length as planned, such as “52 min” */
  description = g_strdup_printf (_("Planned length: %s"), total);
  adw_preferences_group_set_description (self->steps_group, description);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.restore", changed);
}

static void
on_step_minutes_changed (GtkSpinButton *spin,
                         StepRow       *row)
{
  VcPlanDialog *self = row->dialog;

  if (self->updating || self->run == NULL)
    return;
  vc_format_run_set_planned (self->run, row->index,
                             (gint64)gtk_spin_button_get_value_as_int (spin) * 60);
}

/* Enter in a number field starts the meeting, as anywhere else in the
 * dialog, once the number typed is taken. */
static void
activate_default_from (GtkSpinButton *spin)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  if (GTK_IS_TEXT (text))
    gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
}

static void
step_row_free (gpointer data)
{
  StepRow *row = data;

  g_signal_handlers_disconnect_by_data (row->spin, row);
  adw_preferences_group_remove (row->dialog->steps_group, GTK_WIDGET (row->row));
  g_free (row);
}

static void
rebuild_steps (VcPlanDialog *self)
{
  VcFormat *format = vc_format_run_get_format (self->run);

  g_ptr_array_set_size (self->step_rows, 0);
  for (guint i = 0; i < vc_format_get_n_steps (format); i++)
    {
      const VcFormatStep *step = vc_format_get_step (format, i);
      StepRow *row = g_new0 (StepRow, 1);
      g_autofree char *label = NULL;

      row->dialog = self;
      row->index = i;
      row->row = ADW_ACTION_ROW (adw_action_row_new ());
      /* Formats may be a person's own: their titles are text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), step->title);

      row->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, MAX_STEP_MINUTES, 1));
      gtk_spin_button_set_numeric (row->spin, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (row->spin), GTK_ALIGN_CENTER);
      /* Translators: what a screen reader says for the minutes of a step;
       * %s is the step's title */
      label = g_strdup_printf (_("Minutes for %s"), step->title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row->spin), _("Minutes"));
      activate_default_from (row->spin);
      adw_action_row_add_suffix (row->row, GTK_WIDGET (row->spin));
      adw_action_row_set_activatable_widget (row->row, GTK_WIDGET (row->spin));
      g_signal_connect (row->spin, "value-changed", G_CALLBACK (on_step_minutes_changed), row);

      adw_preferences_group_add (self->steps_group, GTK_WIDGET (row->row));
      g_ptr_array_add (self->step_rows, row);
    }
}

static void
set_spin_range (GtkSpinButton *spin,
                guint          min,
                guint          max,
                guint          value)
{
  max = MAX (min, max);
  gtk_spin_button_set_range (spin, MAX (min, 1), MAX (max, 1));
  gtk_spin_button_set_value (spin, CLAMP (value, min, max));
}

static void
on_run_changed (VcPlanDialog *self)
{
  update_steps (self);
}

/* A new run for the format chosen, for as many people as the facilitator
 * asked for if the format allows them. */
static void
use_format (VcPlanDialog *self,
            VcFormat     *format)
{
  guint min, dflt, max;
  guint people, groups = 1;

  self->updating = TRUE;
  vc_format_get_people_range (format, &min, &dflt, &max);
  set_spin_range (self->people_spin, min, max, self->people_wish ? self->people_wish : dflt);
  people = gtk_spin_button_get_value_as_int (self->people_spin);

  gtk_widget_set_visible (GTK_WIDGET (self->groups_row), vc_format_has_groups (format));
  if (vc_format_has_groups (format))
    {
      vc_format_get_groups_range (format, &min, &dflt, &max);
      set_spin_range (self->groups_spin, min, max, self->groups_wish ? self->groups_wish : dflt);
      groups = gtk_spin_button_get_value_as_int (self->groups_spin);
    }
  self->updating = FALSE;

  gtk_label_set_text (self->description_label, vc_format_get_description (format));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          vc_format_get_description (format) != NULL &&
                          vc_format_get_description (format)[0] != '\0');

  g_ptr_array_set_size (self->step_rows, 0);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->run);
  self->run = vc_format_run_new (format, people, groups);
  g_signal_connect_object (self->run, "changed", G_CALLBACK (on_run_changed), self, G_CONNECT_SWAPPED);

  rebuild_steps (self);
  update_steps (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start", TRUE);
}

static void
on_format_selected (VcPlanDialog *self)
{
  VcFormat *format = format_at (self, adw_combo_row_get_selected (self->format_row));

  if (format != NULL && (self->run == NULL || vc_format_run_get_format (self->run) != format))
    use_format (self, format);
}

static void
on_people_changed (VcPlanDialog *self)
{
  if (self->updating || self->run == NULL)
    return;
  self->people_wish = gtk_spin_button_get_value_as_int (self->people_spin);
  vc_format_run_set_people (self->run, self->people_wish);
}

static void
on_groups_changed (VcPlanDialog *self)
{
  if (self->updating || self->run == NULL)
    return;
  self->groups_wish = gtk_spin_button_get_value_as_int (self->groups_spin);
  vc_format_run_set_groups (self->run, self->groups_wish);
}

/* Actions */

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcPlanDialog *self = VC_PLAN_DIALOG (widget);

  if (self->run == NULL)
    return;
  for (guint i = 0; i < self->step_rows->len; i++)
    vc_format_run_set_planned (self->run, i, 0);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VcPlanDialog *self = VC_PLAN_DIALOG (widget);
  g_autoptr(VcFormatRun) run = NULL;

  if (self->run == NULL)
    return;

  /* A minutes field being typed in counts as typed. */
  for (guint i = 0; i < self->step_rows->len; i++)
    gtk_spin_button_update (((StepRow *)g_ptr_array_index (self->step_rows, i))->spin);
  gtk_spin_button_update (self->people_spin);
  gtk_spin_button_update (self->groups_spin);

  /* Whoever starts the meeting may close the dialog in the handler. */
  g_object_ref (self);
  run = g_object_ref (self->run);
  g_signal_emit (self, signals[START], 0, run);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

/* GObject */

static void
vc_plan_dialog_dispose (GObject *object)
{
  VcPlanDialog *self = VC_PLAN_DIALOG (object);

  if (self->step_rows != NULL)
    g_ptr_array_set_size (self->step_rows, 0);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_PLAN_DIALOG);

  g_clear_pointer (&self->step_rows, g_ptr_array_unref);
  g_clear_object (&self->run);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->formats, g_ptr_array_unref);

  G_OBJECT_CLASS (vc_plan_dialog_parent_class)->dispose (object);
}

static void
vc_plan_dialog_class_init (VcPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_plan_dialog_dispose;

  /**
   * VcPlanDialog::start:
   * @run: the format as planned, not yet started
   *
   * The facilitator asked to start the meeting. The dialog closes itself
   * afterwards: a handler that keeps @run takes a reference.
   */
  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, VC_TYPE_FORMAT_RUN);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, header_bar);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, people_row);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, people_spin);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, groups_row);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, groups_spin);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, steps_group);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, restore_button);
  gtk_widget_class_bind_template_child (widget_class, VcPlanDialog, start_button);

  gtk_widget_class_install_action (widget_class, "plan.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "plan.restore", NULL, restore_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
vc_plan_dialog_init (VcPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->step_rows = g_ptr_array_new_with_free_func (step_row_free);

  activate_default_from (self->people_spin);
  activate_default_from (self->groups_spin);
  g_signal_connect_object (self->people_spin, "value-changed", G_CALLBACK (on_people_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->groups_spin, "value-changed", G_CALLBACK (on_groups_changed), self,
                           G_CONNECT_SWAPPED);

  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.start", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.restore", FALSE);
}

/* The widest the dialog grows to show its whole header bar. */
#define MAX_FIT_WIDTH 900

/* With large text, or with the longer words of a translation, the title
 * between the two buttons would be cut off at the dialog's usual width:
 * the dialog starts as wide as its header bar needs. */
static void
fit_header_bar (VcPlanDialog *self)
{
  int natural, width, height;

  gtk_widget_measure (self->header_bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (natural > width)
    gtk_window_set_default_size (GTK_WINDOW (self), MIN (natural, MAX_FIT_WIDTH), height);
}

/**
 * vc_plan_dialog_new:
 * @parent: (nullable): the window the meeting is started from
 * @deck: the deck the meeting is about
 * @formats: (element-type VcFormat): the formats to offer, the one best
 *   for @deck first; the dialog keeps a reference
 * @people: how many take part, or 0 for each format's usual number
 *
 * Returns: (transfer none): a new dialog above @parent, with the first
 *   format chosen, not yet shown
 */
GtkWidget *
vc_plan_dialog_new (GtkWindow *parent,
                    VcDeck    *deck,
                    GPtrArray *formats,
                    guint      people)
{
  VcPlanDialog *self;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VC_IS_DECK (deck), NULL);
  g_return_val_if_fail (formats != NULL, NULL);

  self = g_object_new (VC_TYPE_PLAN_DIALOG,
                       "transient-for", parent,
                       /* Read as a dialog, not as “filler” */
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       NULL);
  self->deck = g_object_ref (deck);
  self->formats = g_ptr_array_ref (formats);
  self->people_wish = people;
  adw_window_title_set_subtitle (self->window_title, vc_deck_get_title (deck));

  for (guint i = 0; i < formats->len; i++)
    gtk_string_list_append (titles, vc_format_get_title (g_ptr_array_index (formats, i)));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (titles));
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (on_format_selected), self,
                           G_CONNECT_SWAPPED);
  on_format_selected (self);

  fit_header_bar (self);

  /* The keyboard starts at the choice of format, not at Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->format_row));
  return GTK_WIDGET (self);
}

/**
 * vc_plan_dialog_get_run:
 * @self: a #VcPlanDialog
 *
 * Returns: (transfer none) (nullable): the format as planned so far, or
 *   %NULL when there is no format to choose
 */
VcFormatRun *
vc_plan_dialog_get_run (VcPlanDialog *self)
{
  g_return_val_if_fail (VC_IS_PLAN_DIALOG (self), NULL);
  return self->run;
}

/**
 * vc_plan_dialog_select_format:
 * @self: a #VcPlanDialog
 * @format_id: a format's id
 *
 * Chooses the format with @format_id, as the facilitator would in the list.
 *
 * Returns: whether the dialog offers that format
 */
gboolean
vc_plan_dialog_select_format (VcPlanDialog *self,
                              const char   *format_id)
{
  g_return_val_if_fail (VC_IS_PLAN_DIALOG (self), FALSE);
  g_return_val_if_fail (format_id != NULL, FALSE);

  for (guint i = 0; i < self->formats->len; i++)
    if (g_strcmp0 (vc_format_get_id (g_ptr_array_index (self->formats, i)), format_id) == 0)
      {
        adw_combo_row_set_selected (self->format_row, i);
        return TRUE;
      }
  return FALSE;
}
