/* vc-board.c
 *
 * The values game as a board: twelve words, twelve pictures, and the pairs
 * a group or a person makes of them.
 *
 * A pair is made by choosing a word and then a picture (or the other way
 * round) with the keyboard or the mouse, or by dragging a word onto a
 * picture. Its reason is typed at once in the list of pairs. Making,
 * removing and rewording a pair can be undone.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board-private.h"
#include "vc-image.h"

/* What the notes taken on the board itself are kept under. */
#define BOARD_PAGE_ID "board"

G_DEFINE_FINAL_TYPE (VcBoard, vc_board, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DECK,
  PROP_SESSION,
  PROP_CLOSING,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GParamSpec *properties[N_PROPS];

/* An empty reason is no reason, however it was stored. */
const char *
_vc_board_normalize_reason (const char *reason)
{
  return reason != NULL && reason[0] != '\0' ? reason : NULL;
}

const VcValueWord *
_vc_board_find_word (VcBoard    *self,
                     const char *id)
{
  return vc_deck_find_word (self->deck, id);
}

VcDeckImage *
_vc_board_find_image (VcBoard    *self,
                      const char *id)
{
  return vc_deck_find_image (self->deck, id);
}

const char *
_vc_board_word_name (VcBoard    *self,
                     const char *id)
{
  const VcValueWord *word = _vc_board_find_word (self, id);

  return word != NULL ? word->word : id;
}

const char *
_vc_board_picture_name (VcBoard    *self,
                        const char *id)
{
  VcDeckImage *image = _vc_board_find_image (self, id);

  if (image == NULL)
    return id;
  if (vc_deck_image_get_caption (image) != NULL)
    return vc_deck_image_get_caption (image);
  return vc_deck_image_get_alt (image);
}

/* Shows that a word or a picture waits for its other half: a word turns
 * into a coloured pill, a picture gets a check mark and a tinted card. */
static void
set_chosen (GtkWidget *button,
            gboolean   chosen)
{
  GtkWidget *badge = g_object_get_data (G_OBJECT (button), "vc-badge");
  GtkWidget *caption = g_object_get_data (G_OBJECT (button), "vc-caption");

  if (badge == NULL && chosen)
    gtk_widget_add_css_class (button, "suggested-action");
  else if (badge == NULL)
    gtk_widget_remove_css_class (button, "suggested-action");

  if (badge != NULL)
    {
      gtk_widget_set_visible (badge, chosen);
      if (chosen)
        gtk_widget_set_state_flags (button, GTK_STATE_FLAG_CHECKED, FALSE);
      else
        gtk_widget_unset_state_flags (button, GTK_STATE_FLAG_CHECKED);
    }

  if (caption != NULL && chosen)
    {
      gtk_widget_add_css_class (caption, "heading");
      gtk_widget_add_css_class (caption, "accent");
    }
  else if (caption != NULL)
    {
      gtk_widget_remove_css_class (caption, "heading");
      gtk_widget_remove_css_class (caption, "accent");
    }

  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               chosen ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                      : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

void
_vc_board_update_status (VcBoard *self)
{
  g_autofree char *text = NULL;

  if (self->selected_word != NULL)
    /* Translators: %s is a value word, such as “Dignity” */
    text = g_strdup_printf (_("“%s” is chosen. Now choose a picture for it."),
                            _vc_board_word_name (self, self->selected_word));
  else if (self->selected_picture != NULL)
    /* Translators: %s is a picture's caption, such as “Lunch together” */
    text = g_strdup_printf (_("“%s” is chosen. Now choose a word for it."),
                            _vc_board_picture_name (self, self->selected_picture));
  else
    text = g_strdup (_("Choose a word and a picture that belong together."));

  gtk_label_set_text (self->status_label, text);
}

void
_vc_board_refresh_selection (VcBoard *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->word_buttons);
  while (g_hash_table_iter_next (&iter, &key, &value))
    set_chosen (value, g_strcmp0 (key, self->selected_word) == 0);

  g_hash_table_iter_init (&iter, self->picture_buttons);
  while (g_hash_table_iter_next (&iter, &key, &value))
    set_chosen (value, g_strcmp0 (key, self->selected_picture) == 0);

  _vc_board_update_status (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
_vc_board_clear_selection (VcBoard *self)
{
  g_clear_pointer (&self->selected_word, g_free);
  g_clear_pointer (&self->selected_picture, g_free);
}

static void
on_session_changed (VcBoard *self)
{
  gboolean moved = _vc_board_sync_rows (self);

  /* Pairs changed elsewhere move the indexes the undo steps point at. */
  if (moved && self->changing == 0)
    _vc_board_clear_undo (self);
}

/* Actions */

static void
select_word_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _vc_board_select_word (VC_BOARD (widget), g_variant_get_string (parameter, NULL));
}

static void
select_picture_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _vc_board_select_picture (VC_BOARD (widget), g_variant_get_string (parameter, NULL));
}

static void
pair_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcBoard *self = VC_BOARD (widget);
  const char *word_id, *image_id;

  g_variant_get (parameter, "(&s&s)", &word_id, &image_id);
  if (_vc_board_find_word (self, word_id) == NULL || _vc_board_find_image (self, image_id) == NULL)
    return;

  _vc_board_make_pair (self, word_id, image_id);
}

static void
set_reason_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *reason;
  guint32 index;

  g_variant_get (parameter, "(u&s)", &index, &reason);
  _vc_board_set_reason (VC_BOARD (widget), index, reason, FALSE);
}

static void
remove_pair_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _vc_board_remove_pair (VC_BOARD (widget), g_variant_get_uint32 (parameter));
}

/* A pair's own button names it by its word and picture, which stay the
 * same as pairs before it come and go. */
static void
unpair_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VcBoard *self = VC_BOARD (widget);
  GPtrArray *pairs = vc_session_get_pairs (self->session);
  const char *word_id, *image_id;

  g_variant_get (parameter, "(&s&s)", &word_id, &image_id);
  for (guint i = 0; i < pairs->len; i++)
    {
      const VcPair *pair = g_ptr_array_index (pairs, i);

      if (g_strcmp0 (pair->word_id, word_id) == 0 && g_strcmp0 (pair->image_id, image_id) == 0)
        {
          _vc_board_remove_pair (self, i);
          return;
        }
    }
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _vc_board_undo (VC_BOARD (widget));
}

static void
draw_word_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _vc_board_draw (VC_BOARD (widget), FALSE);
}

static void
draw_picture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _vc_board_draw (VC_BOARD (widget), TRUE);
}

static void
on_instructions_expanded (VcBoard *self)
{
  vc_settings_set_board_instructions (self->settings,
                                      adw_expander_row_get_expanded (self->instructions_row));
}

/* The closing card */

static void
set_closing (VcBoard  *self,
             gboolean  closing)
{
  VcCard *card = vc_deck_get_closing (self->deck);

  closing = closing && card != NULL;
  if (closing == self->closing)
    return;

  /* The time the group spent on the board is the board's. */
  vc_meeting_panel_record_time (self->meeting_panel);

  self->closing = closing;
  gtk_stack_set_visible_child_name (self->board_stack, closing ? "closing" : "board");
  vc_meeting_panel_set_page (self->meeting_panel,
                             closing ? vc_card_get_id (card) : BOARD_PAGE_ID,
                             closing ? card : NULL);
  if (closing)
    {
      gtk_stack_set_visible_child_name (self->side_stack, "meeting");
      adw_flap_set_reveal_flap (self->flap, TRUE);
    }
  else
    _vc_board_focus_words (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSING]);
}

static void
show_closing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  set_closing (VC_BOARD (widget), TRUE);
}

static void
show_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_closing (VC_BOARD (widget), FALSE);
}

/* The same keys as for every other deck: Ctrl+T for the timer, Ctrl+R to
 * rotate the roles. */
static void
timer_toggle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcBoard *self = VC_BOARD (widget);

  /* In a format, the time that runs is the step's. */
  if (self->steps_panel != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->steps_panel), "steps.toggle", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.timer-toggle", NULL);
}

static void
rotate_roles_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcBoard *self = VC_BOARD (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->meeting_panel), "meeting.rotate-roles", NULL);
}

/* The board takes the keyboard when it comes, on its first word. */
static void
vc_board_map (GtkWidget *widget)
{
  VcBoard *self = VC_BOARD (widget);
  GtkRoot *root;
  GtkWidget *focus;

  GTK_WIDGET_CLASS (vc_board_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  focus = root ? gtk_root_get_focus (root) : NULL;
  if (!self->closing && (focus == NULL || !gtk_widget_is_ancestor (focus, widget)))
    _vc_board_focus_words (self);
}

static void
vc_board_constructed (GObject *object)
{
  VcBoard *self = (VcBoard *)object;
  const char *instructions;

  G_OBJECT_CLASS (vc_board_parent_class)->constructed (object);

  g_return_if_fail (VC_IS_DECK (self->deck));
  g_return_if_fail (VC_IS_SESSION (self->session));

  instructions = vc_deck_get_instructions (self->deck);
  gtk_label_set_text (self->instructions_label, instructions);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->instructions_row)),
                          instructions != NULL);

  _vc_board_add_words (self);
  _vc_board_add_pictures (self);
  _vc_board_sync_rows (self);

  /* Someone new to the game sees how to play, once; after that the words
   * and the pictures need the room, unless How to Play was opened again. */
  adw_expander_row_set_expanded (self->instructions_row,
                                 vc_settings_get_board_instructions (self->settings)
                                 && vc_session_get_pairs (self->session)->len == 0);
  vc_settings_set_board_instructions (self->settings, FALSE);
  g_signal_connect_object (self->instructions_row, "notify::expanded",
                           G_CALLBACK (on_instructions_expanded), self, G_CONNECT_SWAPPED);

  vc_meeting_panel_set_session (self->meeting_panel, self->deck, self->session);
  vc_meeting_panel_set_page (self->meeting_panel, BOARD_PAGE_ID, NULL);
  gtk_stack_page_set_title (self->meeting_page,
                            vc_session_get_kind (self->session) == VC_SESSION_KIND_MEETING
                              ? _("Timer and Roles") : _("Your Reflection"));
  if (vc_deck_get_closing (self->deck) != NULL)
    vc_card_view_show_card (self->closing_view, vc_deck_get_closing (self->deck), 0);

  g_signal_connect_object (self->session, "changed",
                           G_CALLBACK (on_session_changed), self, G_CONNECT_SWAPPED);

  _vc_board_refresh_selection (self);
}

static void
vc_board_dispose (GObject *object)
{
  VcBoard *self = (VcBoard *)object;

  self->toast = NULL;
  self->scroll_target = NULL;
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_handle_id (&self->fit_idle, g_source_remove);
  g_clear_pointer (&self->word_buttons, g_hash_table_unref);
  g_clear_pointer (&self->picture_buttons, g_hash_table_unref);
  if (self->steps_page != NULL)
    vc_board_set_run (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_BOARD);

  g_clear_object (&self->session);
  g_clear_object (&self->deck);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (vc_board_parent_class)->dispose (object);
}

static void
vc_board_finalize (GObject *object)
{
  VcBoard *self = (VcBoard *)object;

  g_clear_pointer (&self->selected_word, g_free);
  g_clear_pointer (&self->selected_picture, g_free);
  g_clear_pointer (&self->drawn_words, g_hash_table_unref);
  g_clear_pointer (&self->drawn_pictures, g_hash_table_unref);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (vc_board_parent_class)->finalize (object);
}

static void
vc_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VcBoard *self = VC_BOARD (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_CLOSING:
      g_value_set_boolean (value, self->closing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  VcBoard *self = VC_BOARD (object);

  switch (prop_id)
    {
    case PROP_DECK:
      self->deck = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_CLOSING:
      set_closing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_board_class_init (VcBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vc_board_constructed;
  object_class->dispose = vc_board_dispose;
  object_class->finalize = vc_board_finalize;
  object_class->get_property = vc_board_get_property;
  object_class->set_property = vc_board_set_property;

  /**
   * VcBoard::selection-changed:
   *
   * A word or a picture was chosen or drawn, or the choice let go of.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  properties[PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, VC_TYPE_DECK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, VC_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * VcBoard:closing:
   *
   * Whether the deck's closing card is shown in place of the board, with
   * the group's answers beside it.
   */
  properties[PROP_CLOSING] =
    g_param_spec_boolean ("closing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = vc_board_map;

  g_type_ensure (VC_TYPE_MEETING_PANEL);
  g_type_ensure (VC_TYPE_CARD_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-board.ui");
  gtk_widget_class_bind_template_child (widget_class, VcBoard, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, flap);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, instructions_row);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, status_label);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, words_flow);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, pictures_flow);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, pairs_button_content);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, pairs_list);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, side_stack);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, board_stack);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, meeting_page);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, meeting_panel);
  gtk_widget_class_bind_template_child (widget_class, VcBoard, closing_view);

  _vc_board_class_steps_init (widget_class);
  gtk_widget_class_install_action (widget_class, "board.select-word", "s", select_word_action);
  gtk_widget_class_install_action (widget_class, "board.select-picture", "s",
                                   select_picture_action);
  gtk_widget_class_install_action (widget_class, "board.pair", "(ss)", pair_action);
  gtk_widget_class_install_action (widget_class, "board.set-reason", "(us)", set_reason_action);
  gtk_widget_class_install_action (widget_class, "board.remove-pair", "u", remove_pair_action);
  gtk_widget_class_install_action (widget_class, "board.unpair", "(ss)", unpair_action);
  gtk_widget_class_install_action (widget_class, "board.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "board.draw-word", NULL, draw_word_action);
  gtk_widget_class_install_action (widget_class, "board.draw-picture", NULL, draw_picture_action);

  gtk_widget_class_install_action (widget_class, "board.show-closing", NULL, show_closing_action);
  gtk_widget_class_install_action (widget_class, "board.show-board", NULL, show_board_action);

  gtk_widget_class_install_action (widget_class, "board.timer-toggle", NULL, timer_toggle_action);
  gtk_widget_class_install_action (widget_class, "board.rotate-roles", NULL, rotate_roles_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "board.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "board.timer-toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "board.rotate-roles", NULL);

  _vc_board_class_init_keys (widget_class);
}

/* libadwaita 1.2 leaves the lists and rows that make up an expander row
 * without a name, and a screen reader reads them as “list item”: they are
 * named after the row's title, all but the rows it holds. */
static void
name_expander_parts (GtkWidget  *widget,
                     GtkWidget  *content,
                     const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child == content)
        continue;
      if (GTK_IS_LIST_BOX (child) || GTK_IS_LIST_BOX_ROW (child))
        {
          /* The title once: not the label and the title's label both. */
          gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                          -1);
        }
      name_expander_parts (child, content, title);
    }
}

static void
vc_board_init (VcBoard *self)
{
  GtkWidget *instructions_list;
  GtkWidget *content;
  const char *title;

  gtk_widget_init_template (GTK_WIDGET (self));

  instructions_list = gtk_widget_get_parent (GTK_WIDGET (self->instructions_row));
  content = gtk_widget_get_ancestor (GTK_WIDGET (self->instructions_label), GTK_TYPE_LIST_BOX_ROW);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->instructions_row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (instructions_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->instructions_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (content),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->instructions_label, NULL,
                                  -1);
  name_expander_parts (GTK_WIDGET (self->instructions_row), content, title);

  self->settings = vc_settings_new ();
  self->word_buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->picture_buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->drawn_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->drawn_pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo_steps = g_ptr_array_new_with_free_func (_vc_board_undo_step_free);

  _vc_board_update_undo (self);
}

/**
 * vc_board_new:
 * @deck: a values game deck
 * @session: the meeting or reflection the pairs belong to
 *
 * Returns: (transfer floating): a new board
 */
GtkWidget *
vc_board_new (VcDeck    *deck,
              VcSession *session)
{
  g_return_val_if_fail (VC_IS_DECK (deck), NULL);
  g_return_val_if_fail (VC_IS_SESSION (session), NULL);

  return g_object_new (VC_TYPE_BOARD, "deck", deck, "session", session, NULL);
}

/**
 * vc_board_get_deck:
 * @self: a #VcBoard
 *
 * Returns: (transfer none): the deck on the board
 */
VcDeck *
vc_board_get_deck (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->deck;
}

/**
 * vc_board_get_session:
 * @self: a #VcBoard
 *
 * Returns: (transfer none): the session the pairs are kept in
 */
VcSession *
vc_board_get_session (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->session;
}

/**
 * vc_board_get_selected_word:
 * @self: a #VcBoard
 *
 * Returns: (nullable): the id of the word chosen and waiting for a picture
 */
const char *
vc_board_get_selected_word (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->selected_word;
}

/**
 * vc_board_get_selected_picture:
 * @self: a #VcBoard
 *
 * Returns: (nullable): the id of the picture chosen and waiting for a word
 */
const char *
vc_board_get_selected_picture (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->selected_picture;
}

/**
 * vc_board_get_timer:
 * @self: a #VcBoard
 *
 * Returns: (transfer none): the timer of the exercise, for the room too
 */
VcTimer *
vc_board_get_timer (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return vc_meeting_panel_get_timer (self->meeting_panel);
}

/**
 * vc_board_get_closing:
 * @self: a #VcBoard
 *
 * Returns: whether the closing card is shown in place of the board
 */
gboolean
vc_board_get_closing (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), FALSE);
  return self->closing;
}

/**
 * vc_board_set_closing:
 * @self: a #VcBoard
 * @closing: whether to show the closing card
 *
 * Shows the deck's closing card, with a field for each of its questions,
 * or the board again. A deck without a closing card stays on the board.
 */
void
vc_board_set_closing (VcBoard  *self,
                      gboolean  closing)
{
  g_return_if_fail (VC_IS_BOARD (self));
  set_closing (self, closing);
}

/**
 * vc_board_get_closing_card:
 * @self: a #VcBoard
 *
 * Returns: (transfer none) (nullable): the closing card while it is shown
 */
VcCard *
vc_board_get_closing_card (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->closing ? vc_deck_get_closing (self->deck) : NULL;
}

/**
 * vc_board_get_meeting_panel:
 * @self: a #VcBoard
 *
 * Returns: (transfer none): the timer, roles and notes beside the board
 */
VcMeetingPanel *
vc_board_get_meeting_panel (VcBoard *self)
{
  g_return_val_if_fail (VC_IS_BOARD (self), NULL);
  return self->meeting_panel;
}

/**
 * vc_board_stop:
 * @self: a #VcBoard
 *
 * Records the time on the timer, as the meeting ends.
 */
void
vc_board_stop (VcBoard *self)
{
  g_return_if_fail (VC_IS_BOARD (self));
  vc_meeting_panel_record_time (self->meeting_panel);
  if (self->steps_panel != NULL)
    {
      vc_format_run_pause (vc_steps_panel_get_run (self->steps_panel));
      vc_steps_panel_record (self->steps_panel);
    }
}
