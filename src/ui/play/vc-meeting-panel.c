/* vc-meeting-panel.c
 *
 * What frames a meeting beside the cards: the exercise timer, who holds
 * which role, and the scribe's notes or the closing card's answers.
 *
 * Everything typed goes into the session at once. The names of the people
 * at the last meeting are offered, never filled in unasked: another team
 * may use the same computer.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-closing-answers.h"
#include "vc-meeting-panel.h"
#include "vc-ui-util.h"

struct _VcMeetingPanel
{
  GtkBox           parent_instance;

  VcDeck          *deck;
  VcSession       *session;
  VcTimer         *timer;
  char            *page_id;
  char           **offered;
  GPtrArray       *role_rows;
  guint            tick_id;
  gboolean         showed_running;
  gulong           notes_handler;

  GtkWidget       *timer_box;
  gboolean         steps_timed;     /* the meeting's format keeps the time */
  GtkLabel        *timer_label;
  GtkButton       *timer_button;
  AdwPreferencesGroup *roles_group;
  AdwActionRow    *offer_row;
  AdwEntryRow     *people_row;
  VcClosingAnswers *answers;
  GtkWidget       *notes_box;
  GtkLabel        *notes_title;
  GtkTextView     *notes_view;
};

G_DEFINE_FINAL_TYPE (VcMeetingPanel, vc_meeting_panel, GTK_TYPE_BOX)

enum {
  PEOPLE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_meeting (VcMeetingPanel *self)
{
  return self->session != NULL
         && vc_session_get_kind (self->session) == VC_SESSION_KIND_MEETING;
}

static void
update_timer (VcMeetingPanel *self)
{
  g_autofree char *text = NULL;
  VcTimerState state;
  gboolean running;

  if (self->timer == NULL)
    return;

  text = vc_timer_format_remaining (self->timer);
  state = vc_timer_get_state (self->timer);
  running = vc_timer_is_running (self->timer);

  gtk_label_set_text (self->timer_label, text);
  if (state == VC_TIMER_STATE_LOW)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "warning");
  if (state == VC_TIMER_STATE_OVERTIME)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");

  /* A tooltip asks the display where the pointer is: only on a change. */
  if (running != self->showed_running)
    {
      self->showed_running = running;
      gtk_button_set_icon_name (self->timer_button,
                                running ? "media-playback-pause-symbolic"
                                        : "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->timer_button),
                                   running ? _("Pause the Timer") : _("Start the Timer"));
    }
}

static gboolean
on_tick (gpointer data)
{
  update_timer (data);
  return G_SOURCE_CONTINUE;
}

static void
set_ticking (VcMeetingPanel *self,
             gboolean        ticking)
{
  if (ticking && self->tick_id == 0)
    self->tick_id = g_timeout_add (250, on_tick, self);
  else if (!ticking)
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

static const char *
role_name (VcMeetingPanel *self,
           const char     *role_id)
{
  GPtrArray *roles = vc_deck_get_roles (self->deck);

  for (guint i = 0; i < roles->len; i++)
    {
      const VcRole *role = g_ptr_array_index (roles, i);

      if (g_strcmp0 (role->id, role_id) == 0)
        return role->name;
    }

  /* The roles a group has when its deck names none. */
  if (g_str_equal (role_id, "coordinator"))
    return _("Coordinator");
  if (g_str_equal (role_id, "timekeeper"))
    return _("Timekeeper");
  if (g_str_equal (role_id, "scribe"))
    return _("Scribe");
  return role_id;
}

static void
update_roles (VcMeetingPanel *self)
{
  const char * const *role_ids;

  for (guint i = 0; i < self->role_rows->len; i++)
    adw_preferences_group_remove (self->roles_group, g_ptr_array_index (self->role_rows, i));
  g_ptr_array_set_size (self->role_rows, 0);

  if (self->session == NULL)
    return;

  role_ids = vc_session_get_role_ids (self->session);
  for (guint i = 0; role_ids != NULL && role_ids[i] != NULL; i++)
    {
      const char *holder = vc_session_get_holder (self->session, role_ids[i]);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), role_name (self, role_ids[i]));
      /* Translators: shown when nobody has been named for a role yet */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), holder ? holder : _("Nobody yet"));
      adw_preferences_group_add (self->roles_group, row);
      g_ptr_array_add (self->role_rows, row);
    }
}

static void
show_people (VcMeetingPanel *self)
{
  const char * const *people = self->session ? vc_session_get_people (self->session) : NULL;
  g_autofree char *joined = NULL;

  if (people != NULL && people[0] != NULL)
    joined = g_strjoinv (", ", (char **)people);
  gtk_editable_set_text (GTK_EDITABLE (self->people_row), joined ? joined : "");
}

static void
update_offer (VcMeetingPanel *self)
{
  const char * const *people = self->session ? vc_session_get_people (self->session) : NULL;
  gboolean offer = self->offered != NULL && is_meeting (self)
                   && (people == NULL || people[0] == NULL);

  if (offer)
    {
      g_autofree char *joined = g_strjoinv (", ", self->offered);

      adw_action_row_set_subtitle (self->offer_row, joined);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->offer_row), offer);
}

static void
set_people_from_text (VcMeetingPanel *self,
                      const char     *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) people = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  people = g_strv_builder_end (builder);
  vc_session_set_people (self->session, (const char * const *)people);
  update_roles (self);
  update_offer (self);
  g_signal_emit (self, signals[PEOPLE_CHANGED], 0);
}

static void
on_people_applied (AdwEntryRow    *row,
                   VcMeetingPanel *self)
{
  if (self->session != NULL)
    set_people_from_text (self, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
load_notes (VcMeetingPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = self->session && self->page_id
                      ? vc_session_get_notes (self->session, self->page_id) : NULL;

  g_signal_handler_block (buffer, self->notes_handler);
  gtk_text_buffer_set_text (buffer, notes ? notes : "", -1);
  g_signal_handler_unblock (buffer, self->notes_handler);
}

static void
on_notes_changed (GtkTextBuffer  *buffer,
                  VcMeetingPanel *self)
{
  g_autofree char *text = NULL;

  if (self->session == NULL || self->page_id == NULL)
    return;

  text = vc_ui_dup_buffer_text (buffer);
  vc_session_set_notes (self->session, self->page_id, text);
}

/* Actions */

static void
timer_toggle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  if (self->timer == NULL)
    return;

  if (vc_timer_is_running (self->timer))
    vc_timer_pause (self->timer);
  else
    vc_timer_start (self->timer);
  set_ticking (self, vc_timer_is_running (self->timer));
  update_timer (self);
}

static void
timer_reset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  if (self->timer == NULL)
    return;

  vc_timer_reset (self->timer);
  set_ticking (self, FALSE);
  update_timer (self);
}

static void
timer_add_minute_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  if (self->timer == NULL)
    return;

  vc_timer_add_minute (self->timer);
  update_timer (self);
}

static void
rotate_roles_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  if (self->session == NULL)
    return;

  vc_session_rotate_roles (self->session);
  update_roles (self);
  g_signal_emit (self, signals[PEOPLE_CHANGED], 0);
}

static void
use_offered_names_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  if (self->session == NULL || self->offered == NULL)
    return;

  vc_session_set_people (self->session, (const char * const *)self->offered);
  g_clear_pointer (&self->offered, g_strfreev);
  show_people (self);
  update_roles (self);
  update_offer (self);
  g_signal_emit (self, signals[PEOPLE_CHANGED], 0);
}

static void
dismiss_offered_names_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  VcMeetingPanel *self = VC_MEETING_PANEL (widget);

  g_clear_pointer (&self->offered, g_strfreev);
  update_offer (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->people_row));
}

/* GObject */

static void
vc_meeting_panel_dispose (GObject *object)
{
  VcMeetingPanel *self = (VcMeetingPanel *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_MEETING_PANEL);

  g_clear_pointer (&self->role_rows, g_ptr_array_unref);
  g_clear_object (&self->timer);
  g_clear_object (&self->session);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (vc_meeting_panel_parent_class)->dispose (object);
}

static void
vc_meeting_panel_finalize (GObject *object)
{
  VcMeetingPanel *self = (VcMeetingPanel *)object;

  g_clear_pointer (&self->page_id, g_free);
  g_clear_pointer (&self->offered, g_strfreev);

  G_OBJECT_CLASS (vc_meeting_panel_parent_class)->finalize (object);
}

static void
vc_meeting_panel_class_init (VcMeetingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_meeting_panel_dispose;
  object_class->finalize = vc_meeting_panel_finalize;

  /**
   * VcMeetingPanel::people-changed:
   *
   * The people in the group, or who holds which role, changed here.
   */
  signals[PEOPLE_CHANGED] = g_signal_new ("people-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  g_type_ensure (VC_TYPE_CLOSING_ANSWERS);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-meeting-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, timer_box);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, timer_label);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, timer_button);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, roles_group);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, offer_row);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, people_row);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, answers);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, notes_box);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, notes_title);
  gtk_widget_class_bind_template_child (widget_class, VcMeetingPanel, notes_view);

  gtk_widget_class_install_action (widget_class, "meeting.timer-toggle", NULL, timer_toggle_action);
  gtk_widget_class_install_action (widget_class, "meeting.timer-reset", NULL, timer_reset_action);
  gtk_widget_class_install_action (widget_class, "meeting.timer-add-minute", NULL,
                                   timer_add_minute_action);
  gtk_widget_class_install_action (widget_class, "meeting.rotate-roles", NULL, rotate_roles_action);
  gtk_widget_class_install_action (widget_class, "meeting.use-offered-names", NULL,
                                   use_offered_names_action);
  gtk_widget_class_install_action (widget_class, "meeting.dismiss-offered-names", NULL,
                                   dismiss_offered_names_action);
}

static void
vc_meeting_panel_init (VcMeetingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->role_rows = g_ptr_array_new ();
  self->notes_handler = g_signal_connect (gtk_text_view_get_buffer (self->notes_view), "changed",
                                          G_CALLBACK (on_notes_changed), self);
  g_signal_connect (self->people_row, "apply", G_CALLBACK (on_people_applied), self);
}

/**
 * vc_meeting_panel_new:
 *
 * Returns: (transfer floating): a panel with nothing to show yet
 */
GtkWidget *
vc_meeting_panel_new (void)
{
  return g_object_new (VC_TYPE_MEETING_PANEL, NULL);
}

/**
 * vc_meeting_panel_set_session:
 * @self: a #VcMeetingPanel
 * @deck: the deck played
 * @session: the meeting or reflection
 *
 * Shows the timer and the roles for a meeting; a person reflecting alone
 * has neither, only the notes, which become their reflection.
 */
void
vc_meeting_panel_set_session (VcMeetingPanel *self,
                              VcDeck         *deck,
                              VcSession      *session)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (VC_IS_SESSION (session));

  g_set_object (&self->deck, deck);
  g_set_object (&self->session, session);
  g_clear_pointer (&self->offered, g_strfreev);

  g_clear_object (&self->timer);
  self->timer = vc_timer_new (vc_deck_get_minutes_per_card (deck) * 60);
  set_ticking (self, FALSE);
  self->showed_running = TRUE;
  update_timer (self);

  gtk_widget_set_visible (self->timer_box, is_meeting (self) && !self->steps_timed);
  gtk_widget_set_visible (GTK_WIDGET (self->roles_group), is_meeting (self));
  gtk_label_set_text_with_mnemonic (self->notes_title,
                                    is_meeting (self) ? _("_Notes") : _("_Your Reflection"));
  vc_closing_answers_set_title (self->answers,
                                is_meeting (self) ? _("The Group’s Answers") : _("Your Answers"));

  show_people (self);
  update_roles (self);
  update_offer (self);
  load_notes (self);
}

/**
 * vc_meeting_panel_get_timer:
 * @self: a #VcMeetingPanel
 *
 * Returns: (transfer none) (nullable): the exercise timer
 */
VcTimer *
vc_meeting_panel_get_timer (VcMeetingPanel *self)
{
  g_return_val_if_fail (VC_IS_MEETING_PANEL (self), NULL);
  return self->timer;
}

/**
 * vc_meeting_panel_set_page:
 * @self: a #VcMeetingPanel
 * @page_id: (nullable): what the notes are kept under
 * @closing: (nullable): the closing card, when it is the page shown
 *
 * The closing card takes the group's answers to its questions, one field
 * each, in place of free notes.
 */
void
vc_meeting_panel_set_page (VcMeetingPanel *self,
                           const char     *page_id,
                           VcCard         *closing)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));
  g_return_if_fail (closing == NULL || VC_IS_CARD (closing));

  if (g_strcmp0 (page_id, self->page_id) != 0)
    {
      g_free (self->page_id);
      self->page_id = g_strdup (page_id);
    }
  load_notes (self);

  vc_closing_answers_show (self->answers, self->session != NULL ? closing : NULL, self->session);
  gtk_widget_set_visible (GTK_WIDGET (self->answers),
                          vc_closing_answers_get_n_questions (self->answers) > 0);
  gtk_widget_set_visible (self->notes_box, vc_closing_answers_get_n_questions (self->answers) == 0);
}

/**
 * vc_meeting_panel_record_time:
 * @self: a #VcMeetingPanel
 *
 * Adds the time on the timer to the page shown, and sets the timer back
 * for the next exercise.
 */
void
vc_meeting_panel_record_time (VcMeetingPanel *self)
{
  gint64 elapsed;

  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  if (self->timer == NULL || self->session == NULL)
    return;

  elapsed = vc_timer_get_elapsed_seconds (self->timer);
  if (self->page_id != NULL && elapsed > 0)
    vc_session_add_seconds (self->session, self->page_id, elapsed);

  vc_meeting_panel_reset_timer (self);
}

/**
 * vc_meeting_panel_reset_timer:
 * @self: a #VcMeetingPanel
 *
 * Stops the timer and sets it back, without counting the time.
 */
void
vc_meeting_panel_reset_timer (VcMeetingPanel *self)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  if (self->timer == NULL)
    return;

  vc_timer_reset (self->timer);
  set_ticking (self, FALSE);
  update_timer (self);
}

/**
 * vc_meeting_panel_set_timer_duration:
 * @self: a #VcMeetingPanel
 * @seconds: how long the exercise shown takes
 */
void
vc_meeting_panel_set_timer_duration (VcMeetingPanel *self,
                                     gint64          seconds)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  if (self->timer == NULL)
    return;

  vc_timer_set_duration (self->timer, seconds);
  update_timer (self);
}

/**
 * vc_meeting_panel_set_notes_label:
 * @self: a #VcMeetingPanel
 * @label: the heading of the notes field, with a mnemonic
 */
void
vc_meeting_panel_set_notes_label (VcMeetingPanel *self,
                                  const char     *label)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));
  g_return_if_fail (label != NULL);

  gtk_label_set_text_with_mnemonic (self->notes_title, label);
}

/**
 * vc_meeting_panel_offer_names:
 * @self: a #VcMeetingPanel
 * @names: (nullable): the people at the last meeting, in their order
 *
 * Offers @names for the roles, for the facilitator to take or leave. Only
 * offered while nobody has been named in this meeting.
 */
void
vc_meeting_panel_offer_names (VcMeetingPanel     *self,
                              const char * const *names)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  g_clear_pointer (&self->offered, g_strfreev);
  if (names != NULL && names[0] != NULL)
    self->offered = g_strdupv ((char **)names);
  update_offer (self);
}

/**
 * vc_meeting_panel_get_offered_names:
 * @self: a #VcMeetingPanel
 *
 * Returns: (nullable): the names offered and not yet taken or dismissed
 */
const char * const *
vc_meeting_panel_get_offered_names (VcMeetingPanel *self)
{
  g_return_val_if_fail (VC_IS_MEETING_PANEL (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->offer_row)))
    return NULL;
  return (const char * const *)self->offered;
}

/**
 * vc_meeting_panel_set_notes_text:
 * @self: a #VcMeetingPanel
 * @text: text for the notes field, as if typed
 */
void
vc_meeting_panel_set_notes_text (VcMeetingPanel *self,
                                 const char     *text)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), text, -1);
}

/**
 * vc_meeting_panel_set_answer_text:
 * @self: a #VcMeetingPanel
 * @question: which question of the closing card
 * @text: the answer, as if typed
 */
void
vc_meeting_panel_set_answer_text (VcMeetingPanel *self,
                                  guint           question,
                                  const char     *text)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));
  g_return_if_fail (question < vc_closing_answers_get_n_questions (self->answers));

  vc_closing_answers_set_text (self->answers, question, text);
}

/**
 * vc_meeting_panel_get_n_answers:
 * @self: a #VcMeetingPanel
 *
 * Returns: how many answer fields are shown, one per closing question
 */
guint
vc_meeting_panel_get_n_answers (VcMeetingPanel *self)
{
  g_return_val_if_fail (VC_IS_MEETING_PANEL (self), 0);
  return vc_closing_answers_get_n_questions (self->answers);
}

/**
 * vc_meeting_panel_get_closing_answers:
 * @self: a #VcMeetingPanel
 *
 * Returns: (transfer none): the fields for the closing card's answers
 */
VcClosingAnswers *
vc_meeting_panel_get_closing_answers (VcMeetingPanel *self)
{
  g_return_val_if_fail (VC_IS_MEETING_PANEL (self), NULL);
  return self->answers;
}

/**
 * vc_meeting_panel_set_steps_timed:
 * @steps_timed: whether the meeting's format keeps the time
 *
 * Hides the card's timer while the steps of a format are timed, so that
 * the facilitator sees one countdown, the one the room sees.
 */
void
vc_meeting_panel_set_steps_timed (VcMeetingPanel *self,
                                  gboolean        steps_timed)
{
  g_return_if_fail (VC_IS_MEETING_PANEL (self));

  self->steps_timed = !!steps_timed;
  gtk_widget_set_visible (self->timer_box, is_meeting (self) && !self->steps_timed);
}
