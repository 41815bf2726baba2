/* vc-deck-view.c
 *
 * Shows an opened deck: what it is for, and everything on its cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-card-view.h"
#include "vc-deck-view.h"
#include "vc-image.h"
#include "vc-ui-util.h"

struct _VcDeckView
{
  GtkBox          parent_instance;

  VcDeck         *deck;

  AdwWindowTitle *window_title;
  GtkWidget      *warnings_button;
  GtkWidget      *edit_button;
  GtkWidget      *copy_button;
  GtkScrolledWindow *scroller;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *facts_label;
  GtkLabel       *description_label;
  GtkBox         *content_box;
  GtkWidget      *meeting_button;
  GtkWidget      *plan_button;
  GtkWidget      *reflection_button;

  GtkWidget      *last_card;    /* the cards go after this */
  GtkWidget      *more_box;
  GtkLabel       *more_label;
  guint           n_shown;
};

G_DEFINE_FINAL_TYPE (VcDeckView, vc_deck_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DECK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_group (const char *title,
            const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

static void
add_introduction (VcDeckView *self)
{
  const VcIntroduction *intro = vc_deck_get_introduction (self->deck);
  GtkWidget *view;

  if (intro == NULL)
    return;

  view = vc_card_view_new ();
  vc_card_view_show_introduction (VC_CARD_VIEW (view), intro);
  gtk_box_append (self->content_box, view);
}

static void
add_roles (VcDeckView *self)
{
  GPtrArray *roles = vc_deck_get_roles (self->deck);
  GtkWidget *group;

  if (roles->len == 0)
    return;

  group = make_group (_("Roles"), _("Share these out in each group"));
  for (guint i = 0; i < roles->len; i++)
    {
      const VcRole *role = g_ptr_array_index (roles, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), role->name);
      if (role->description)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role->description);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->content_box, group);
}

static void
add_values_game (VcDeckView *self)
{
  GPtrArray *words = vc_deck_get_words (self->deck);
  GListModel *images = vc_deck_get_images (self->deck);
  GtkWidget *group, *flow;


  if (vc_deck_get_kind (self->deck) != VC_DECK_KIND_VALUES_GAME)
    return;

  gtk_box_append (self->content_box, vc_ui_label_new (vc_deck_get_instructions (self->deck), NULL));

  gtk_box_append (self->content_box, vc_ui_label_new (_("Pictures"), "heading"));
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *picture = vc_image_new (image);
      const char *text;

      gtk_widget_add_css_class (picture, "vc-picture");
      gtk_box_append (GTK_BOX (box), picture);
      if (vc_deck_image_get_caption (image) != NULL)
        {
          GtkWidget *caption = vc_ui_label_new (vc_deck_image_get_caption (image), "caption");

          gtk_label_set_xalign (GTK_LABEL (caption), 0.5);
          gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
          gtk_box_append (GTK_BOX (box), caption);
        }
      gtk_flow_box_append (GTK_FLOW_BOX (flow), box);
      /* The tile takes the keyboard focus: it is read as its picture. */
      text = vc_deck_image_get_caption (image) != NULL ? vc_deck_image_get_caption (image)
                                                        : vc_deck_image_get_alt (image);
      if (text != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                        -1);
    }
  gtk_box_append (self->content_box, flow);

  group = make_group (_("Value Words"), NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const VcValueWord *word = g_ptr_array_index (words, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), word->word);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), word->definition);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->content_box, group);
}

/* A card view is a few dozen widgets, so a deck of thousands of cards shows
 * them a batch at a time: the page appears at once, whatever the deck. */
#define CARDS_PER_BATCH 50

static void
update_more (VcDeckView *self)
{
  guint n = g_list_model_get_n_items (vc_deck_get_cards (self->deck));
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->more_box, self->n_shown < n);
  /* Translators: "Showing 100 of 2000 cards." */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Showing %u of %u card.",
                                       "Showing %u of %u cards.", n),
                          self->n_shown, n);
  gtk_label_set_text (self->more_label, text);
}

static void
show_more_cards (VcDeckView *self)
{
  GListModel *cards = vc_deck_get_cards (self->deck);
  guint n = g_list_model_get_n_items (cards);
  guint end = MIN (n, self->n_shown + CARDS_PER_BATCH);

  for (guint i = self->n_shown; i < end; i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (cards, i);
      GtkWidget *view = vc_card_view_new ();

      vc_card_view_show_card (VC_CARD_VIEW (view), card, i + 1);
      gtk_box_insert_child_after (self->content_box, view, self->last_card);
      self->last_card = view;
    }
  self->n_shown = end;
  update_more (self);
}

static void
more_cards_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VcDeckView *self = VC_DECK_VIEW (widget);

  if (self->deck != NULL)
    show_more_cards (self);
}

static void
add_cards (VcDeckView *self)
{
  VcCard *closing = vc_deck_get_closing (self->deck);
  guint n = g_list_model_get_n_items (vc_deck_get_cards (self->deck));
  GtkWidget *button;

  self->n_shown = 0;
  self->last_card = gtk_widget_get_last_child (GTK_WIDGET (self->content_box));
  if (n > 0)
    {
      self->last_card = vc_ui_label_new (_("Cards"), "title-2");
      gtk_box_append (self->content_box, self->last_card);
    }

  self->more_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (self->more_box, GTK_ALIGN_CENTER);
  self->more_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->more_label), "dim-label");
  gtk_box_append (GTK_BOX (self->more_box), GTK_WIDGET (self->more_label));
  button = gtk_button_new_with_mnemonic (_("Show _More Cards"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "deck-view.more-cards");
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (self->more_box), button);
  gtk_box_append (self->content_box, self->more_box);

  show_more_cards (self);

  if (closing != NULL)
    {
      GtkWidget *view = vc_card_view_new ();

      vc_card_view_show_card (VC_CARD_VIEW (view), closing, 0);
      gtk_box_append (self->content_box, view);
    }
}

/**
 * vc_deck_view_get_n_cards_shown:
 * @self: a #VcDeckView
 *
 * Returns: how many of the deck's cards the page shows so far
 */
guint
vc_deck_view_get_n_cards_shown (VcDeckView *self)
{
  g_return_val_if_fail (VC_IS_DECK_VIEW (self), 0);
  return self->n_shown;
}

static char *
dup_facts (VcDeck *deck)
{
  g_autoptr(GString) facts = g_string_new (vc_deck_kind_to_label (vc_deck_get_kind (deck)));
  g_autofree char *size = vc_deck_dup_size_label (deck);
  VcDeckAudience audience = vc_deck_get_audience (deck);
  guint minutes = vc_deck_get_minutes_per_card (deck);

  g_string_append_printf (facts, " · %s", size);
  if (vc_deck_get_kind (deck) != VC_DECK_KIND_VALUES_GAME)
    {
      g_string_append (facts, " · ");
      g_string_append_printf (facts, g_dngettext (GETTEXT_PACKAGE, "%u minute per card",
                                                  "%u minutes per card", minutes), minutes);
    }

  if (audience == (VC_DECK_AUDIENCE_STAFF_MEETING | VC_DECK_AUDIENCE_REFLECTION))
    g_string_append_printf (facts, " · %s", _("For staff meetings and for reflecting alone"));
  else if (audience & VC_DECK_AUDIENCE_STAFF_MEETING)
    g_string_append_printf (facts, " · %s", _("For staff meetings"));
  else if (audience & VC_DECK_AUDIENCE_REFLECTION)
    g_string_append_printf (facts, " · %s", _("For reflecting alone"));

  return g_string_free (g_steal_pointer (&facts), FALSE);
}

static void
rebuild (VcDeckView *self)
{
  GtkWidget *child;
  g_autofree char *facts = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box))) != NULL)
    gtk_box_remove (self->content_box, child);

  if (self->deck == NULL)
    return;

  facts = dup_facts (self->deck);
  adw_window_title_set_title (self->window_title, vc_deck_get_title (self->deck));
  adw_window_title_set_subtitle (self->window_title,
                                 vc_deck_kind_to_label (vc_deck_get_kind (self->deck)));
  gtk_label_set_text (self->title_label, vc_deck_get_title (self->deck));
  gtk_label_set_text (self->subtitle_label, vc_deck_get_subtitle (self->deck));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), vc_deck_get_subtitle (self->deck) != NULL);
  gtk_label_set_text (self->facts_label, facts);
  gtk_label_set_text (self->description_label, vc_deck_get_description (self->deck));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), vc_deck_get_description (self->deck) != NULL);

  /* Offer only what the deck is made for. */
  gtk_widget_set_visible (self->meeting_button,
                          vc_deck_get_audience (self->deck) & VC_DECK_AUDIENCE_STAFF_MEETING);
  gtk_widget_set_visible (self->reflection_button,
                          vc_deck_get_audience (self->deck) & VC_DECK_AUDIENCE_REFLECTION);
  /* A format runs a meeting, or a reflection in the guide's steps. */
  gtk_widget_set_visible (self->plan_button, vc_deck_get_audience (self->deck) != 0);

  gtk_widget_set_visible (self->warnings_button,
                          g_list_model_get_n_items (vc_deck_get_warnings (self->deck)) > 0);

  add_introduction (self);
  add_roles (self);
  add_values_game (self);
  add_cards (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
vc_deck_view_dispose (GObject *object)
{
  VcDeckView *self = (VcDeckView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_DECK_VIEW);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (vc_deck_view_parent_class)->dispose (object);
}

static void
vc_deck_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VcDeckView *self = VC_DECK_VIEW (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_deck_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VcDeckView *self = VC_DECK_VIEW (object);

  switch (prop_id)
    {
    case PROP_DECK:
      vc_deck_view_set_deck (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vc_deck_view_class_init (VcDeckViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_deck_view_dispose;
  object_class->get_property = vc_deck_view_get_property;
  object_class->set_property = vc_deck_view_set_property;

  properties[PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, VC_TYPE_DECK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-deck-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, window_title);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, warnings_button);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, copy_button);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, scroller);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, title_label);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, facts_label);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, description_label);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, content_box);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, meeting_button);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, plan_button);
  gtk_widget_class_bind_template_child (widget_class, VcDeckView, reflection_button);

  gtk_widget_class_install_action (widget_class, "deck-view.more-cards", NULL, more_cards_action);
}

static void
vc_deck_view_init (VcDeckView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vc_deck_view_get_deck:
 * @self: a #VcDeckView
 *
 * Returns: (transfer none) (nullable): the deck shown
 */
VcDeck *
vc_deck_view_get_deck (VcDeckView *self)
{
  g_return_val_if_fail (VC_IS_DECK_VIEW (self), NULL);
  return self->deck;
}

void
vc_deck_view_set_deck (VcDeckView *self,
                       VcDeck     *deck)
{
  g_return_if_fail (VC_IS_DECK_VIEW (self));
  g_return_if_fail (!deck || VC_IS_DECK (deck));

  if (!g_set_object (&self->deck, deck))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECK]);
}

/**
 * vc_deck_view_set_editable:
 * @self: a #VcDeckView
 * @editable: whether the deck is the user's own, to change in place
 * @copyable: whether it comes with the app, to change a copy of
 */
void
vc_deck_view_set_editable (VcDeckView *self,
                           gboolean    editable,
                           gboolean    copyable)
{
  g_return_if_fail (VC_IS_DECK_VIEW (self));

  gtk_widget_set_visible (self->edit_button, editable);
  gtk_widget_set_visible (self->copy_button, copyable);
}
