/* vc-player-view.c
 *
 * Plays a deck of discussion cards, for a group or for one person.
 *
 * A deck is played as a row of pages: its introduction, its cards, and its
 * closing card. Each page is revealed in steps: the parts of a dilemma one
 * at a time, then its questions, all at once or one by one. Beside the card
 * are the timer, the roles and the scribe's notes (or the person's own
 * reflection), which go into the session as they are typed.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-player-view-private.h"

G_DEFINE_FINAL_TYPE (VcPlayerView, vc_player_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ONE_BY_ONE,
  PROP_SHOW_PANEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PAGE_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VcCard *
current_card (VcPlayerView *self)
{
  if (self->pages == NULL || self->position >= self->pages->len)
    return NULL;
  return g_ptr_array_index (self->pages, self->position);
}

/**
 * vc_player_view_get_current_id:
 * @self: a #VcPlayerView
 *
 * Returns: (nullable): the id of the card shown, or "introduction"
 */
const char *
vc_player_view_get_current_id (VcPlayerView *self)
{
  VcCard *card;

  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);

  if (self->pages == NULL)
    return NULL;
  card = current_card (self);
  return card ? vc_card_get_id (card) : INTRODUCTION_ID;
}

static gboolean
is_meeting (VcPlayerView *self)
{
  return self->session != NULL &&
         vc_session_get_kind (self->session) == VC_SESSION_KIND_MEETING;
}

static guint
card_minutes (VcPlayerView *self,
              VcCard       *card)
{
  guint minutes = card ? vc_card_get_minutes (card) : 0;

  return minutes > 0 ? minutes : vc_deck_get_minutes_per_card (self->deck);
}

/* The time spent on a card goes into the session when the group leaves it;
 * the introduction's is not counted. */
void
_vc_player_view_record_time (VcPlayerView *self)
{
  VcTimer *timer = vc_meeting_panel_get_timer (self->meeting_panel);
  VcCard *card = current_card (self);
  gint64 elapsed;

  if (timer == NULL || self->session == NULL)
    return;

  elapsed = vc_timer_get_elapsed_seconds (timer);
  if (card != NULL && elapsed > 0)
    vc_session_add_seconds (self->session, vc_card_get_id (card), elapsed);

  vc_meeting_panel_reset_timer (self->meeting_panel);
}

static void
update_turn (VcPlayerView *self)
{
  const char * const *people = self->session ? vc_session_get_people (self->session) : NULL;
  guint n_people = people ? g_strv_length ((char **)people) : 0;
  VcCard *card = current_card (self);
  g_autofree char *text = NULL;
  guint n_drawn = 0;

  /* In a deck of questions to draw, people take turns in the order named. */
  if (card == NULL || n_people == 0 || vc_deck_get_kind (self->deck) != VC_DECK_KIND_QUESTIONS ||
      vc_card_get_kind (card) != VC_CARD_KIND_QUESTION)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->turn_label), FALSE);
      return;
    }

  /* Turns go round in the order the people were named, one per card drawn. */
  if (self->draw_mode)
    {
      VcDrawPile pile = _vc_player_view_draw_pile (self);

      if (vc_draw_pile_is_drawn (&pile, self->position))
        n_drawn = self->position - pile.first;
    }
  for (guint i = 0; !self->draw_mode && i < self->pages->len; i++)
    {
      VcCard *page = g_ptr_array_index (self->pages, i);

      if (page != NULL && page != card && vc_session_is_drawn (self->session, vc_card_get_id (page)))
        n_drawn++;
    }

  /* Translators: %s is a person's name */
  text = g_strdup_printf (_("%s’s turn"), people[n_drawn % n_people]);
  gtk_label_set_text (self->turn_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->turn_label), TRUE);
}

guint
_vc_player_view_n_steps (VcPlayerView *self)
{
  return vc_card_view_count_steps (current_card (self), self->one_by_one);
}

/* Everything about the page shown but the card itself and the notes. */
static void
update_view (VcPlayerView *self)
{
  VcCard *card = current_card (self);
  guint n = self->pages->len;
  g_autofree char *progress = NULL;
  gboolean last_step;

  g_clear_handle_id (&self->update_id, g_source_remove);

  if (card == NULL)
    progress = g_strdup (_("Introduction"));
  else if (card == vc_deck_get_closing (self->deck))
    progress = g_strdup (_("Closing card"));
  else
    /* Translators: where the group is in the deck, "Card 3 of 14" */
    progress = g_strdup_printf (_("Card %u of %u"),
                                self->position + (vc_deck_get_introduction (self->deck) ? 0 : 1),
                                vc_deck_get_n_cards (self->deck));
  gtk_label_set_text (self->progress_label, progress);
  adw_window_title_set_subtitle (self->window_title, progress);

  last_step = self->step + 1 >= _vc_player_view_n_steps (self);
  gtk_button_set_label (self->next_button,
                        !last_step ? _("_Show More")
                        : self->position + 1 < n ? _("_Next") : _("_Finish"));

  update_turn (self);

  /* What the last meeting wanted to come back to opens this one. */
  gtk_widget_set_visible (self->carry_box, self->carry_over != NULL && self->position == 0);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  if (self->presenting && self->pane_pages_stale)
    vc_presenter_pane_set_pages (self->presenter_pane, self->deck, self->pages);
  self->pane_pages_stale = FALSE;
  if (self->presenting)
    vc_presenter_pane_set_position (self->presenter_pane, self->position,
                                    card ? _vc_player_view_n_steps (self) - 1 - self->step : 0);
}

static gboolean
update_view_idle (gpointer data)
{
  VcPlayerView *self = data;

  self->update_id = 0;
  update_view (self);
  return G_SOURCE_REMOVE;
}

/* The card in the facilitator's own card view, which is out of sight while
 * presenting. */
static void
show_card_view (VcPlayerView *self)
{
  VcCard *card = current_card (self);

  if (card != NULL)
    vc_card_view_show_card_at_step (self->card_view, card, vc_player_view_get_card_number (self),
                                    self->step, self->one_by_one);
  else
    vc_card_view_show_introduction (self->card_view, vc_deck_get_introduction (self->deck));
  self->card_view_stale = FALSE;
}

void
_vc_player_view_show_page (VcPlayerView *self)
{
  VcCard *card = current_card (self);

  self->step = card != NULL ? MIN (self->step, _vc_player_view_n_steps (self) - 1) : 0;

  /* The room's screen is asked to draw first, before anything changes in
   * the facilitator's window (the session's row in the library follows
   * the session, too): both windows are drawn by the same thread, and the
   * frame asked for first is drawn first. */
  g_signal_emit (self, signals[PAGE_SHOWN], 0);

  if (self->session != NULL)
    {
      vc_session_set_current_card (self->session, vc_player_view_get_current_id (self));
      vc_session_set_current_stage (self->session, self->step);
    }

  /* While presenting, the facilitator follows the card in the room's
   * picture, and the own card view is brought up to date when the
   * presentation ends. */
  if (self->presenting)
    self->card_view_stale = TRUE;
  else
    show_card_view (self);

  vc_meeting_panel_set_timer_duration (self->meeting_panel, card_minutes (self, card) * 60);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.previous",
                                 self->position > 0 || self->step > 0);
  vc_page_row_mark_current (self->jump_list, self->position);

  /* The notes field follows the card at once, so that nothing typed goes
   * to the wrong card; a group answers its closing card's questions one
   * by one, for the summary... */
  vc_meeting_panel_set_page (self->meeting_panel, vc_player_view_get_current_id (self),
                             card != NULL && vc_card_get_kind (card) == VC_CARD_KIND_CLOSING
                               ? card : NULL);

  /* ...and the rest of the facilitator's view once the room's frame is
   * drawn. */
  if (self->presenting)
    {
      if (self->update_id == 0)
        self->update_id = g_idle_add_full (G_PRIORITY_LOW, update_view_idle, self, NULL);
    }
  else
    update_view (self);
}

/**
 * vc_player_view_update_now:
 * @self: a #VcPlayerView
 *
 * While presenting, the facilitator's view beside the card (the pane's
 * next card, progress, buttons) follows the card once the room's frame is
 * drawn; this brings it up to date at once, as the room's frame is.
 */
void
vc_player_view_update_now (VcPlayerView *self)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));

  if (self->update_id != 0)
    update_view (self);
}

void
_vc_player_view_go_to (VcPlayerView *self,
       guint         position,
       guint         step)
{
  if (position >= self->pages->len)
    return;

  if (position != self->position)
    _vc_player_view_record_time (self);

  if (self->draw_mode)
    {
      VcDrawPile pile = _vc_player_view_draw_pile (self);

      if (vc_draw_pile_draw (&pile, &position))
        _vc_player_view_refresh_page_titles (self);
    }
  self->position = position;
  self->step = step;
  _vc_player_view_show_page (self);
}

/**
 * vc_player_view_play:
 * @self: a #VcPlayerView
 * @deck: the deck
 * @session: the meeting or reflection, new or continued
 *
 * Starts playing @deck where @session left off.
 */
void
vc_player_view_play (VcPlayerView *self,
                     VcDeck       *deck,
                     VcSession    *session)
{
  const char *current;

  g_return_if_fail (VC_IS_PLAYER_VIEW (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (VC_IS_SESSION (session));

  vc_player_view_stop (self);
  /* A format belongs to one meeting; the window sets the next one's. */
  vc_player_view_set_run (self, NULL);

  g_set_object (&self->deck, deck);
  g_set_object (&self->session, session);
  _vc_player_view_build_pages (self);
  self->draw_mode = vc_deck_get_kind (deck) == VC_DECK_KIND_QUESTIONS;
  if (self->draw_mode)
    {
      VcDrawPile pile = _vc_player_view_draw_pile (self);

      vc_draw_pile_arrange (&pile);
    }
  /* Shuffling would mix up the order the cards were drawn in. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.shuffle", !self->draw_mode);
  _vc_player_view_rebuild_jump_list (self);

  vc_meeting_panel_set_session (self->meeting_panel, deck, session);

  adw_window_title_set_title (self->window_title, vc_deck_get_title (deck));
  /* A reflection is one person's own, never shown to a room. */
  gtk_widget_set_visible (self->present_button, is_meeting (self) && !self->presenting);
  /* Notes for whoever leads the talk are no help to a person alone. */
  vc_card_view_set_show_notes (self->card_view, is_meeting (self));
  vc_card_view_set_reflection (self->card_view, !is_meeting (self));
  vc_meeting_panel_set_notes_label (self->meeting_panel,
                                    is_meeting (self) ? _("_Notes for This Card")
                                                      : _("_Your Reflection"));

  /* Continue where the session was left. */
  self->position = 0;
  self->step = 0;
  current = vc_session_get_current_card (session);
  for (guint i = 0; current != NULL && i < self->pages->len; i++)
    if (g_strcmp0 (current, g_ptr_array_index (self->pages, i)
                            ? vc_card_get_id (g_ptr_array_index (self->pages, i))
                            : INTRODUCTION_ID) == 0)
      {
        self->position = i;
        self->step = vc_session_get_current_stage (session);
      }

  _vc_player_view_show_page (self);
}

/**
 * vc_player_view_set_carry_over:
 * @self: a #VcPlayerView
 * @items: (nullable): items carried over from the last meeting
 *
 * Shows @items above the first page, for the group to start with.
 */
void
vc_player_view_set_carry_over (VcPlayerView       *self,
                               const char * const *items)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (VC_IS_PLAYER_VIEW (self));

  g_clear_pointer (&self->carry_over, g_strfreev);
  if (items != NULL && items[0] != NULL)
    self->carry_over = g_strdupv ((char **)items);

  for (guint i = 0; self->carry_over && self->carry_over[i]; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", self->carry_over[i]);
  gtk_label_set_text (self->carry_label, text->str);
  gtk_widget_set_visible (self->carry_box, self->carry_over != NULL && self->position == 0);
}

/**
 * vc_player_view_stop:
 * @self: a #VcPlayerView
 *
 * Records the time spent on the card shown and lets go of the session.
 */
void
vc_player_view_stop (VcPlayerView *self)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));

  _vc_player_view_record_time (self);
  /* The meeting's clock stops with it, so the summary's times stay true. */
  if (self->steps_panel != NULL)
    {
      vc_format_run_pause (vc_steps_panel_get_run (self->steps_panel));
      vc_steps_panel_record (self->steps_panel);
    }
}

static void
on_flap_revealed (VcPlayerView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PANEL]);
}

static void
vc_player_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VcPlayerView *self = VC_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONE_BY_ONE:
      g_value_set_boolean (value, self->one_by_one);
      break;

    case PROP_SHOW_PANEL:
      g_value_set_boolean (value, self->flap != NULL && adw_flap_get_reveal_flap (self->flap));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_player_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VcPlayerView *self = VC_PLAYER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ONE_BY_ONE:
      if (self->one_by_one != g_value_get_boolean (value))
        {
          self->one_by_one = g_value_get_boolean (value);
          if (self->pages != NULL)
            _vc_player_view_show_page (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_PANEL:
      /* The flap tells when it changes, also when it folds by itself. */
      if (self->flap != NULL)
        adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_player_view_dispose (GObject *object)
{
  VcPlayerView *self = (VcPlayerView *)object;

  if (self->session != NULL)
    vc_player_view_stop (self);
  g_clear_handle_id (&self->update_id, g_source_remove);
  vc_player_view_set_run (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_PLAYER_VIEW);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->carry_over, g_strfreev);

  G_OBJECT_CLASS (vc_player_view_parent_class)->dispose (object);
}

static void
vc_player_view_class_init (VcPlayerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_player_view_dispose;
  object_class->get_property = vc_player_view_get_property;
  object_class->set_property = vc_player_view_set_property;

  properties[PROP_ONE_BY_ONE] =
    g_param_spec_boolean ("one-by-one", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_PANEL] =
    g_param_spec_boolean ("show-panel", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VC_TYPE_CARD_VIEW);
  g_type_ensure (VC_TYPE_CLOSING_ANSWERS);
  g_type_ensure (VC_TYPE_PRESENTER_PANE);
  g_type_ensure (VC_TYPE_MEETING_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-player-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, window_title);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, jump_button);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, jump_list);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, flap);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, turn_label);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, carry_box);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, carry_label);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, card_view);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, meeting_panel);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, steps_box);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, step_banner);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, step_heading);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, step_instruction);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, next_button);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, presenter_pane);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, present_button);
  gtk_widget_class_bind_template_child (widget_class, VcPlayerView, stop_button);

  /**
   * VcPlayerView::page-shown:
   *
   * A page, or more of it, is shown: for the projector to show it too.
   */
  signals[PAGE_SHOWN] = g_signal_new ("page-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);


  _vc_player_view_class_actions_init (widget_class);
  _vc_player_view_class_steps_init (widget_class);
}

static void
vc_player_view_init (VcPlayerView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->jump_list, "row-activated", G_CALLBACK (_vc_player_view_on_jump_row_activated), self);
  g_signal_connect_swapped (self->meeting_panel, "people-changed", G_CALLBACK (update_turn), self);
  g_signal_connect_swapped (self->meeting_panel, "people-changed",
                            G_CALLBACK (_vc_player_view_steps_people_changed), self);
  g_signal_connect_swapped (self->presenter_pane, "jump", G_CALLBACK (_vc_player_view_on_presenter_jump), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self);
  vc_card_view_set_large (self->card_view, TRUE);
}

VcSession *
vc_player_view_get_session (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->session;
}

/**
 * vc_player_view_get_timer:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none) (nullable): the timer of the card shown
 */
VcTimer *
vc_player_view_get_timer (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return vc_meeting_panel_get_timer (self->meeting_panel);
}

guint
vc_player_view_get_position (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), 0);
  return self->position;
}

guint
vc_player_view_get_n_positions (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), 0);
  return self->pages ? self->pages->len : 0;
}

/**
 * vc_player_view_set_notes_text:
 * @self: a #VcPlayerView
 * @text: text to put in the notes field, as if typed
 */
void
vc_player_view_set_notes_text (VcPlayerView *self,
                               const char   *text)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));

  vc_meeting_panel_set_notes_text (self->meeting_panel, text);
}

/**
 * vc_player_view_set_answer_text:
 * @self: a #VcPlayerView
 * @question: which question of the closing card
 * @text: the answer, as if typed
 */
void
vc_player_view_set_answer_text (VcPlayerView *self,
                                guint         question,
                                const char   *text)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));
  g_return_if_fail (question < vc_meeting_panel_get_n_answers (self->meeting_panel));

  vc_meeting_panel_set_answer_text (self->meeting_panel, question, text);
}

/**
 * vc_player_view_get_closing_answers:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none): the fields for the closing card's answers
 */
VcClosingAnswers *
vc_player_view_get_closing_answers (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return vc_meeting_panel_get_closing_answers (self->meeting_panel);
}

/**
 * vc_player_view_get_jump_list:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none): the list of pages to go to
 */
GtkListBox *
vc_player_view_get_jump_list (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->jump_list;
}

/**
 * vc_player_view_get_turn:
 * @self: a #VcPlayerView
 *
 * Returns: (nullable): who is to answer the card drawn, as shown, or %NULL
 */
const char *
vc_player_view_get_turn (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->turn_label)))
    return NULL;
  return gtk_label_get_text (self->turn_label);
}

/**
 * vc_player_view_get_deck:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none) (nullable): the deck played
 */
VcDeck *
vc_player_view_get_deck (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->deck;
}

/**
 * vc_player_view_get_current_card:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none) (nullable): the card shown, or %NULL for the
 *   deck's introduction
 */
VcCard *
vc_player_view_get_current_card (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return current_card (self);
}

/**
 * vc_player_view_get_card_number:
 * @self: a #VcPlayerView
 *
 * Returns: the number the card shown has in the deck, or 0 for none
 */
guint
vc_player_view_get_card_number (VcPlayerView *self)
{
  VcCard *card;

  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), 0);

  card = current_card (self);
  if (card == NULL || card == vc_deck_get_closing (self->deck))
    return 0;
  return self->position + (vc_deck_get_introduction (self->deck) ? 0 : 1);
}

/**
 * vc_player_view_peek_next_card:
 * @self: a #VcPlayerView
 * @number: (out): the number the card has in the deck, or 0 for none
 *
 * Tells which card "Next" shows, when it goes on to another card known
 * now: not when it reveals more of the card shown, ends the session, or
 * draws a card at random.
 *
 * Returns: (transfer none) (nullable): that card, shown from its start
 */
VcCard *
vc_player_view_peek_next_card (VcPlayerView *self,
                               guint        *number)
{
  VcCard *card;

  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  *number = 0;
  if (self->pages == NULL || self->draw_mode || self->position + 1 >= self->pages->len ||
      self->step + 1 < _vc_player_view_n_steps (self))
    return NULL;

  card = g_ptr_array_index (self->pages, self->position + 1);
  if (card != NULL && card != vc_deck_get_closing (self->deck))
    *number = self->position + 1 + (vc_deck_get_introduction (self->deck) ? 0 : 1);
  return card;
}

/**
 * vc_player_view_get_step:
 * @self: a #VcPlayerView
 *
 * Returns: how much of the card shown is revealed, from 0
 */
guint
vc_player_view_get_step (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), 0);
  return self->step;
}

gboolean
vc_player_view_get_one_by_one (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), FALSE);
  return self->one_by_one;
}

/**
 * vc_player_view_set_presenting:
 * @self: a #VcPlayerView
 * @preview: (nullable): a live picture of what the room sees, or %NULL
 *   when the presentation ends
 *
 * While presenting, the card is shown in the room, and the player shows
 * the facilitator a small copy of it, the card that comes next, the deck's
 * notes and every card to jump to, beside the timer, roles and notes.
 */
void
vc_player_view_set_presenting (VcPlayerView *self,
                               GdkPaintable *preview)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));

  self->presenting = preview != NULL;
  vc_presenter_pane_set_preview (self->presenter_pane, preview);
  gtk_widget_set_visible (self->present_button, !self->presenting && is_meeting (self));
  gtk_widget_set_visible (self->stop_button, self->presenting);
  gtk_stack_set_visible_child_name (self->content_stack, self->presenting ? "presenter" : "card");

  if (self->presenting && self->pages != NULL)
    {
      vc_presenter_pane_set_pages (self->presenter_pane, self->deck, self->pages);
      _vc_player_view_show_page (self);
    }
  else if (!self->presenting && self->card_view_stale)
    show_card_view (self);

  /* The timer, roles and notes belong beside the room's card. */
  if (self->presenting)
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

gboolean
vc_player_view_get_presenting (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), FALSE);
  return self->presenting;
}

/**
 * vc_player_view_get_presenter_pane:
 * @self: a #VcPlayerView
 *
 * Returns: (transfer none): the facilitator's pane shown while presenting
 */
VcPresenterPane *
vc_player_view_get_presenter_pane (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return self->presenter_pane;
}

/**
 * vc_player_view_offer_people:
 * @self: a #VcPlayerView
 * @names: (nullable): the people at the last meeting, or %NULL
 *
 * Offers @names for the roles, for the facilitator to take or leave;
 * nothing is filled in until they are taken.
 */
void
vc_player_view_offer_people (VcPlayerView       *self,
                             const char * const *names)
{
  g_return_if_fail (VC_IS_PLAYER_VIEW (self));
  vc_meeting_panel_offer_names (self->meeting_panel, names);
}

/**
 * vc_player_view_get_offered_people:
 * @self: a #VcPlayerView
 *
 * Returns: (nullable): the names offered and not yet taken
 */
const char * const *
vc_player_view_get_offered_people (VcPlayerView *self)
{
  g_return_val_if_fail (VC_IS_PLAYER_VIEW (self), NULL);
  return vc_meeting_panel_get_offered_names (self->meeting_panel);
}
