/* vc-board-grids.c
 *
 * The words and the pictures of the values game board, and moving through
 * them with the keyboard.
 *
 * Each grid is one stop for Tab; inside it the arrow keys move, Enter or
 * Space chooses, and choosing moves on to the other grid, so a word and a
 * picture are paired in a few key presses. Ctrl+1 and Ctrl+2 jump to the
 * words and to the pictures from anywhere on the board.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-board-private.h"
#include "vc-image.h"

/* Moving through a grid */

static GtkWidget *
button_of (GtkWidget *child)
{
  return gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
}

/* The child whose button is the grid's stop for Tab. */
static GtkWidget *
current_child (GtkFlowBox *flow)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (flow));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_FLOW_BOX_CHILD (child) && gtk_widget_get_focusable (button_of (child)))
      return child;

  return NULL;
}

static void
make_current (GtkFlowBox *flow,
              GtkWidget  *child,
              gboolean    focus)
{
  GtkWidget *old = current_child (flow);

  gtk_widget_set_focusable (button_of (child), TRUE);
  if (focus)
    gtk_widget_grab_focus (button_of (child));
  if (old != NULL && old != child)
    gtk_widget_set_focusable (button_of (old), FALSE);
}

/**
 * _vc_board_make_current:
 * @self: a #VcBoard
 * @button: a word's or a picture's button
 * @focus: whether to give it the keyboard too
 *
 * Makes @button its grid's stop for Tab, as when it is drawn or clicked.
 */
void
_vc_board_make_current (VcBoard   *self,
                        GtkWidget *button,
                        gboolean   focus)
{
  GtkWidget *child = gtk_widget_get_parent (button);
  GtkWidget *flow = child ? gtk_widget_get_parent (child) : NULL;

  if (GTK_IS_FLOW_BOX (flow))
    make_current (GTK_FLOW_BOX (flow), child, focus);
}

static void
focus_grid (GtkFlowBox *flow)
{
  GtkWidget *child = current_child (flow);

  if (child == NULL)
    child = gtk_widget_get_first_child (GTK_WIDGET (flow));
  if (child != NULL)
    make_current (flow, child, TRUE);
}

void
_vc_board_focus_words (VcBoard *self)
{
  focus_grid (self->words_flow);
}

void
_vc_board_focus_pictures (VcBoard *self)
{
  focus_grid (self->pictures_flow);
}

/* The nearest child in the row above or below, by where it is drawn, so
 * that rows of words of different lengths still move as the eye does. */
static GtkWidget *
child_in_next_row (GtkFlowBox *flow,
                   GtkWidget  *from,
                   gboolean    down)
{
  graphene_rect_t here;
  GtkWidget *best = NULL;
  float best_row = 0, best_dx = 0;

  if (!gtk_widget_compute_bounds (from, GTK_WIDGET (flow), &here))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (flow));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t there;
      float row, dx;

      if (child == from || !gtk_widget_compute_bounds (child, GTK_WIDGET (flow), &there))
        continue;

      row = there.origin.y;
      if (down ? row < here.origin.y + here.size.height : row + there.size.height > here.origin.y)
        continue;

      dx = fabsf ((there.origin.x + there.size.width / 2) - (here.origin.x + here.size.width / 2));
      if (best == NULL
          || (down ? row < best_row : row > best_row)
          || (row == best_row && dx < best_dx))
        {
          best = child;
          best_row = row;
          best_dx = dx;
        }
    }

  return best;
}

/* Tab leaves the grid as a whole. A flow box would make every child a
 * stop, so the board says where Tab goes: from the words to the pictures
 * and back, from the pictures on to the side panel, and from the words
 * back to How to Play or the buttons above. */
static gboolean
focus_into (GtkWidget        *widget,
            GtkDirectionType  direction)
{
  return widget != NULL && gtk_widget_get_mapped (widget)
         && gtk_widget_child_focus (widget, direction);
}

static void
leave_grid (VcBoard    *self,
            GtkFlowBox *flow,
            gboolean    backward)
{
  GtkWidget *side = gtk_widget_get_parent (GTK_WIDGET (self->side_stack));
  GtkWidget *instructions = gtk_widget_get_ancestor (GTK_WIDGET (self->instructions_row),
                                                     GTK_TYPE_LIST_BOX);
  GtkWidget *toolbar = gtk_widget_get_parent (GTK_WIDGET (self->status_label));

  if (flow == self->words_flow && !backward)
    _vc_board_focus_pictures (self);
  else if (flow == self->pictures_flow && backward)
    _vc_board_focus_words (self);
  else if (backward)
    {
      if (!focus_into (instructions, GTK_DIR_TAB_BACKWARD))
        focus_into (toolbar, GTK_DIR_TAB_BACKWARD);
    }
  else if (!focus_into (side, GTK_DIR_TAB_FORWARD))
    focus_into (toolbar, GTK_DIR_TAB_FORWARD);
}

static gboolean
on_grid_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkFlowBox            *flow)
{
  GtkWidget *from = current_child (flow);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (flow)) == GTK_TEXT_DIR_RTL;
  GtkWidget *to = NULL;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || from == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      leave_grid (VC_BOARD (gtk_widget_get_ancestor (GTK_WIDGET (flow), VC_TYPE_BOARD)), flow,
                  keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      to = rtl ? gtk_widget_get_next_sibling (from) : gtk_widget_get_prev_sibling (from);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      to = rtl ? gtk_widget_get_prev_sibling (from) : gtk_widget_get_next_sibling (from);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      to = child_in_next_row (flow, from, FALSE);
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      to = child_in_next_row (flow, from, TRUE);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      to = gtk_widget_get_first_child (GTK_WIDGET (flow));
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      to = gtk_widget_get_last_child (GTK_WIDGET (flow));
      break;

    default:
      return FALSE;
    }

  if (to != NULL && GTK_IS_FLOW_BOX_CHILD (to))
    make_current (flow, to, TRUE);
  else
    gtk_widget_error_bell (GTK_WIDGET (flow));

  return TRUE;
}

static void
add_keys (GtkFlowBox *flow)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_grid_key_pressed), flow, 0);
  gtk_widget_add_controller (GTK_WIDGET (flow), keys);
}

static void
focus_words_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _vc_board_focus_words (VC_BOARD (widget));
}

static void
focus_pictures_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _vc_board_focus_pictures (VC_BOARD (widget));
}

void
_vc_board_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.focus-words", NULL, focus_words_action);
  gtk_widget_class_install_action (widget_class, "board.focus-pictures", NULL,
                                   focus_pictures_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "board.focus-words", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, GDK_CONTROL_MASK,
                                       "board.focus-words", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "board.focus-pictures", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_2, GDK_CONTROL_MASK,
                                       "board.focus-pictures", NULL);
}

/* Dragging a word onto a picture */

static GdkContentProvider *
on_word_drag_prepare (GtkDragSource *source,
                      double         x,
                      double         y,
                      const char    *word_id)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, word_id);
}

static void
on_word_drag_begin (GtkDragSource *source,
                    GdkDrag       *drag,
                    GtkWidget     *button)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (button);

  gtk_drag_source_set_icon (source, paintable,
                            gtk_widget_get_width (button) / 2,
                            gtk_widget_get_height (button) / 2);
}

static gboolean
on_picture_drop (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 VcBoard       *self)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *image_id = g_object_get_data (G_OBJECT (button), "vc-id");
  const char *word_id;

  if (!G_VALUE_HOLDS_STRING (value))
    return FALSE;

  /* Only the board's own words pair; other text dropped here is ignored. */
  word_id = g_value_get_string (value);
  if (_vc_board_find_word (self, word_id) == NULL)
    return FALSE;

  _vc_board_make_pair (self, word_id, image_id);
  return TRUE;
}

/* Building the board */

/* As many pictures to a row as leave each one big enough to recognise from
 * across a table, and at most half of them, so that both rows on a laptop’s
 * screen show with the words above them. */
static gboolean
fit_pictures (gpointer data)
{
  VcBoard *self = data;
  int width = gtk_widget_get_width (GTK_WIDGET (self->pictures_flow));
  guint columns = CLAMP (width / 135, 3, 6);

  self->fit_idle = 0;

  if (width > 0 && gtk_flow_box_get_min_children_per_line (self->pictures_flow) != columns)
    {
      gtk_flow_box_set_min_children_per_line (self->pictures_flow, columns);
      gtk_flow_box_set_max_children_per_line (self->pictures_flow, columns);
    }

  return G_SOURCE_REMOVE;
}

/* The width is known while the board is laid out, and the grid can only
 * change after that. */
static void
on_board_width_changed (VcBoard *self)
{
  if (self->fit_idle == 0)
    self->fit_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_pictures, self, NULL);
}

static void
add_flow_child (GtkFlowBox *flow,
                GtkWidget  *widget)
{
  gtk_flow_box_append (flow, widget);

  /* The button inside takes the keyboard, and only the grid's current one
   * is a stop for Tab: the arrow keys move between the others. */
  gtk_widget_set_focusable (gtk_widget_get_parent (widget), FALSE);
  gtk_widget_set_focusable (widget,
                            gtk_widget_get_prev_sibling (gtk_widget_get_parent (widget)) == NULL);
}

void
_vc_board_add_words (VcBoard *self)
{
  GPtrArray *words = vc_deck_get_words (self->deck);

  for (guint i = 0; i < words->len; i++)
    {
      const VcValueWord *word = g_ptr_array_index (words, i);
      GtkWidget *button = gtk_button_new_with_label (word->word);
      GtkDragSource *source = gtk_drag_source_new ();

      gtk_widget_add_css_class (button, "vc-word-chip");
      gtk_widget_set_tooltip_text (button, word->definition);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "board.select-word");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_string (word->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, word->word,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, word->definition,
                                      -1);

      gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
      g_signal_connect (source, "prepare", G_CALLBACK (on_word_drag_prepare), word->id);
      g_signal_connect (source, "drag-begin", G_CALLBACK (on_word_drag_begin), button);
      gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (source));

      g_hash_table_insert (self->word_buttons, g_strdup (word->id), button);
      add_flow_child (self->words_flow, button);
    }

  add_keys (self->words_flow);
}

void
_vc_board_add_pictures (VcBoard *self)
{
  GListModel *images = vc_deck_get_images (self->deck);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      const char *id = vc_deck_image_get_id (image);
      const char *caption = vc_deck_image_get_caption (image);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *overlay = gtk_overlay_new ();
      GtkWidget *picture = vc_image_new (image);
      GtkWidget *badge, *check;
      GtkDropTarget *target;

      gtk_widget_add_css_class (picture, "vc-picture");
      gtk_widget_set_hexpand (picture, TRUE);
      gtk_overlay_set_child (GTK_OVERLAY (overlay), picture);
      gtk_box_append (GTK_BOX (box), overlay);

      /* Drawn like a button so that the accent colour fills it; the card
       * itself is what is pressed, and says it is chosen. */
      check = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (check), 32);
      badge = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (badge), check);
      gtk_widget_add_css_class (badge, "circular");
      gtk_widget_add_css_class (badge, "suggested-action");
      gtk_widget_set_halign (badge, GTK_ALIGN_END);
      gtk_widget_set_valign (badge, GTK_ALIGN_START);
      gtk_widget_set_margin_top (badge, 8);
      gtk_widget_set_margin_end (badge, 8);
      gtk_widget_set_can_target (badge, FALSE);
      gtk_widget_set_focusable (badge, FALSE);
      gtk_widget_set_visible (badge, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_overlay_add_overlay (GTK_OVERLAY (overlay), badge);
      g_object_set_data (G_OBJECT (button), "vc-badge", badge);

      if (caption != NULL)
        {
          GtkWidget *label = gtk_label_new (caption);

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
          gtk_widget_set_margin_top (label, 8);
          gtk_widget_set_margin_bottom (label, 8);
          gtk_widget_set_margin_start (label, 6);
          gtk_widget_set_margin_end (label, 6);
          gtk_widget_set_vexpand (label, TRUE);
          gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
          gtk_box_append (GTK_BOX (box), label);
          g_object_set_data (G_OBJECT (button), "vc-caption", label);
        }

      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "card");
      gtk_widget_set_overflow (button, GTK_OVERFLOW_HIDDEN);
      gtk_widget_set_tooltip_text (button, vc_deck_image_get_alt (image));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "board.select-picture");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      caption ? caption : vc_deck_image_get_alt (image),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      vc_deck_image_get_alt (image),
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "vc-id", g_strdup (id), g_free);

      target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);
      g_signal_connect_object (target, "drop", G_CALLBACK (on_picture_drop), self, 0);
      gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (target));

      g_hash_table_insert (self->picture_buttons, g_strdup (id), button);
      add_flow_child (self->pictures_flow, button);
    }

  add_keys (self->pictures_flow);

  /* Laying out the board sets the scroller's adjustments, whatever changed. */
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->board_scroller), "changed",
                           G_CALLBACK (on_board_width_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->board_scroller), "changed",
                           G_CALLBACK (on_board_width_changed), self, G_CONNECT_SWAPPED);
}
