/* vc-room-board.c
 *
 * The values game's board as the room sees it on the projector.
 *
 * All twelve pictures and all twelve words share the screen, and the pairs
 * made so far are marked on it: a paired picture carries its word on a band
 * and the pair's number in a yellow badge, and a paired word is drawn in the
 * same yellow. The board is laid out for the screen it is on: the pictures
 * in a grid beside or above the words, whichever leaves both pictures and
 * words larger. A word is never broken inside itself: the words share one
 * size, the largest at which the longest of them fits its cell, and they
 * wrap only between words.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "vc-image.h"
#include "vc-room-board.h"
#include "vc-room-layout.h"

/* In the pixels of the layout, which the projector enlarges. */
#define MARGIN      20.0
#define HEADING_GAP 14.0

typedef struct
{
  GtkWidget *label;
  char      *id;
  GArray    *tokens;    /* widths of the space-separated parts, at 1 px */
  gboolean   paired;
} Word;

typedef struct
{
  GtkWidget *image;
  GtkWidget *banner;
  GtkWidget *badge;
  char      *id;
  char      *mark;
  GStrv      word_ids;
  double     aspect;
  double     banner_size;
} Picture;

struct _VcRoomBoard
{
  GtkWidget   parent_instance;

  GtkWidget  *heading;

  VcDeck     *deck;
  GPtrArray  *words;
  GPtrArray  *pictures;

  gboolean    measured;
  VcRoomMetrics metrics;
  double      word_size;
  double      badge_size;

  VcRoomPlan  plan;
  gboolean    planned;
  double      planned_width;
  double      planned_height;
};

G_DEFINE_FINAL_TYPE (VcRoomBoard, vc_room_board, GTK_TYPE_WIDGET)

static void
word_free (gpointer data)
{
  Word *word = data;

  gtk_widget_unparent (word->label);
  g_clear_pointer (&word->tokens, g_array_unref);
  g_free (word->id);
  g_free (word);
}

static void
picture_free (gpointer data)
{
  Picture *picture = data;

  gtk_widget_unparent (picture->image);
  gtk_widget_unparent (picture->banner);
  gtk_widget_unparent (picture->badge);
  g_free (picture->id);
  g_free (picture->mark);
  g_strfreev (picture->word_ids);
  g_free (picture);
}

/* Sizes text in pixels of the layout, over whatever the style sheet says. */
static void
set_text_size (GtkWidget *label,
               double     size)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute ((int)(size * PANGO_SCALE)));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

/* Measures the words once, at 100 px, in the font the style gives them. */
static void
measure_words (VcRoomBoard *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  PangoRectangle logical;

  self->measured = TRUE;
  self->metrics.longest_token = 1;
  if (self->words->len == 0)
    return;

  layout = gtk_widget_create_pango_layout (((Word *)g_ptr_array_index (self->words, 0))->label, NULL);
  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (100 * PANGO_SCALE));
  pango_layout_set_attributes (layout, attrs);

  self->metrics.space_width = text_width (layout, " ") / 100;
  pango_layout_set_text (layout, "Åg", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  self->metrics.line_height = (double)logical.height / PANGO_SCALE / 100;

  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = g_ptr_array_index (self->words, i);
      const char *text = gtk_label_get_text (GTK_LABEL (word->label));
      g_auto(GStrv) parts = g_strsplit (text, " ", -1);

      g_array_set_size (word->tokens, 0);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          double width;

          if (parts[j][0] == '\0')
            continue;
          width = text_width (layout, parts[j]) / 100;
          g_array_append_val (word->tokens, width);
          self->metrics.longest_token = MAX (self->metrics.longest_token, width);
        }
    }
}

static void
allocate_at (GtkWidget *child,
             double     x,
             double     y,
             double     width,
             double     height)
{
  gtk_widget_allocate (child, MAX (0, (int)width), MAX (0, (int)height), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((int)x, (int)y)));
}

/* Measured before it is given a place, as GTK expects of every widget. */
static void
measure_and_allocate (GtkWidget *child,
                      double     x,
                      double     y,
                      double     width,
                      double     height)
{
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, MAX (0, (int)width), NULL, NULL, NULL, NULL);
  allocate_at (child, x, y, width, height);
}

static void
allocate_picture (VcRoomBoard *self,
                  Picture     *picture,
                  double       x,
                  double       y,
                  double       tile_width,
                  double       tile_height)
{
  double width = MIN (tile_width, tile_height * picture->aspect);
  double height = width / picture->aspect;
  int banner_height = 0, badge_width = 0, badge_height = 0;

  /* The picture's own shape, centred in its tile, carries the marks. */
  x += (tile_width - width) / 2;
  y += (tile_height - height) / 2;
  measure_and_allocate (picture->image, x, y, width, height);

  if (gtk_widget_get_visible (picture->banner))
    {
      gtk_widget_measure (picture->banner, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_measure (picture->banner, GTK_ORIENTATION_VERTICAL, (int)width,
                          NULL, &banner_height, NULL, NULL);
      banner_height = MIN (banner_height, (int)height);
      allocate_at (picture->banner, x, y + height - banner_height, width, banner_height);
    }

  if (gtk_widget_get_visible (picture->badge))
    {
      gtk_widget_measure (picture->badge, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &badge_width, NULL, NULL);
      gtk_widget_measure (picture->badge, GTK_ORIENTATION_VERTICAL, -1, NULL, &badge_height, NULL, NULL);
      badge_width = MIN (MAX (badge_width, badge_height), (int)width);
      allocate_at (picture->badge, x + 6, y + 6, badge_width, badge_height);
    }
}

static Word *
find_word (VcRoomBoard *self,
           const char  *id)
{
  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = g_ptr_array_index (self->words, i);

      if (g_strcmp0 (word->id, id) == 0)
        return word;
    }

  return NULL;
}

/* A paired picture's words as large as its width lets the longest of them
 * be, up to a size that leaves the picture seen. */
static double
banner_size (VcRoomBoard *self,
             Picture     *picture,
             double       picture_height)
{
  /* With the room a word has in the board's grid to spare. */
  double width = (picture_height * picture->aspect - 12) * 0.93;
  double longest = 1;

  for (guint i = 0; picture->word_ids != NULL && picture->word_ids[i] != NULL; i++)
    {
      Word *word = find_word (self, picture->word_ids[i]);

      for (guint j = 0; word != NULL && j < word->tokens->len; j++)
        longest = MAX (longest, g_array_index (word->tokens, double, j));
    }

  return MAX (1, MIN (picture_height * 0.17, width / longest));
}

static void
apply_sizes (VcRoomBoard *self,
             double       word_size,
             double       picture_height)
{
  double badge_size = picture_height * 0.15;

  /* Setting a size asks for a new layout: only when it changed. */
  if (ABS (word_size - self->word_size) > 0.25)
    {
      self->word_size = word_size;
      for (guint i = 0; i < self->words->len; i++)
        set_text_size (((Word *)g_ptr_array_index (self->words, i))->label, word_size);
    }
  for (guint i = 0; i < self->pictures->len; i++)
    {
      Picture *picture = g_ptr_array_index (self->pictures, i);
      double size = banner_size (self, picture, picture_height);

      if (ABS (size - picture->banner_size) > 0.25)
        {
          picture->banner_size = size;
          set_text_size (picture->banner, size);
        }
      if (ABS (badge_size - self->badge_size) > 0.25)
        set_text_size (picture->badge, badge_size);
    }
  self->badge_size = badge_size;
}

static void
vc_room_board_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  VcRoomBoard *self = VC_ROOM_BOARD (widget);
  double x = MARGIN, y = MARGIN, area_width, area_height;
  double grid_width, grid_height, words_x, words_y, words_width, words_height;
  double cell_width, cell_height, tile_width, region_gap;
  int heading_height = 0;
  VcRoomPlan plan;

  gtk_widget_measure (self->heading, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
  gtk_widget_measure (self->heading, GTK_ORIENTATION_VERTICAL, MAX (0, width - 2 * MARGIN),
                      NULL, &heading_height, NULL, NULL);
  allocate_at (self->heading, x, y, width - 2 * MARGIN, heading_height);
  y += heading_height + HEADING_GAP;

  area_width = width - 2 * MARGIN;
  area_height = height - y - MARGIN;
  if ((self->words->len == 0 && self->pictures->len == 0) || area_width <= 0 || area_height <= 0)
    return;

  if (!self->measured)
    measure_words (self);

  /* Planning tries many layouts: once for each size of screen. */
  if (!self->planned || self->planned_width != area_width || self->planned_height != area_height)
    {
      self->plan = vc_room_layout_plan (&self->metrics, area_width, area_height);
      self->planned = TRUE;
      self->planned_width = area_width;
      self->planned_height = area_height;
    }
  plan = self->plan;
  vc_room_layout_picture_grid_size (&self->metrics, &plan, &grid_width, &grid_height);
  region_gap = self->pictures->len > 0 && self->words->len > 0 ? VC_ROOM_REGION_GAP : 0;

  /* The words take what the pictures leave, and the two are centred
   * together. */
  if (plan.side_by_side)
    {
      words_width = area_width - grid_width - region_gap;
      words_height = area_height;
      plan.word_size = vc_room_layout_fit_words (&self->metrics, words_width, words_height, plan.word_columns);
      words_x = x + grid_width + region_gap;
      words_y = y;
      y += (area_height - grid_height) / 2;
    }
  else
    {
      words_width = area_width;
      words_height = area_height - grid_height - region_gap;
      plan.word_size = vc_room_layout_fit_words (&self->metrics, words_width, words_height, plan.word_columns);
      words_x = x;
      words_y = y + grid_height + region_gap;
      x += (area_width - grid_width) / 2;
    }

  apply_sizes (self, plan.word_size, plan.picture_height);

  tile_width = plan.picture_height * self->metrics.aspect;
  for (guint i = 0; i < self->pictures->len; i++)
    allocate_picture (self, g_ptr_array_index (self->pictures, i),
                      x + (i % plan.picture_columns) * (tile_width + VC_ROOM_PICTURE_GAP),
                      y + (i / plan.picture_columns) * (plan.picture_height + VC_ROOM_PICTURE_GAP),
                      tile_width, plan.picture_height);

  vc_room_layout_word_cell (&self->metrics, words_width, words_height, plan.word_columns,
                            &cell_width, &cell_height);
  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = g_ptr_array_index (self->words, i);
      int box_width = 0, box_height = 0;

      /* A word's box is as large as its lines, centred in its cell. */
      gtk_widget_measure (word->label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &box_width, NULL, NULL);
      box_width = MIN (box_width, (int)cell_width);
      gtk_widget_measure (word->label, GTK_ORIENTATION_VERTICAL, box_width, NULL, &box_height, NULL, NULL);
      box_height = MIN (box_height, (int)cell_height);
      allocate_at (word->label,
                   words_x + (i % plan.word_columns) * (cell_width + VC_ROOM_WORD_GAP_X) + (cell_width - box_width) / 2,
                   words_y + (i / plan.word_columns) * (cell_height + VC_ROOM_WORD_GAP_Y) + (cell_height - box_height) / 2,
                   box_width, box_height);
    }
}

static void
vc_room_board_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* It makes the most of any space: it asks for none. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 720;
}

static void
vc_room_board_dispose (GObject *object)
{
  VcRoomBoard *self = VC_ROOM_BOARD (object);

  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);
  g_clear_pointer (&self->metrics.tokens, g_ptr_array_unref);
  g_clear_object (&self->deck);
  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_ROOM_BOARD);

  G_OBJECT_CLASS (vc_room_board_parent_class)->dispose (object);
}

static void
vc_room_board_class_init (VcRoomBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vc_room_board_dispose;
  widget_class->measure = vc_room_board_measure;
  widget_class->size_allocate = vc_room_board_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-room-board.ui");
  gtk_widget_class_bind_template_child (widget_class, VcRoomBoard, heading);

  gtk_widget_class_set_css_name (widget_class, "vc-room-board");
}

static void
vc_room_board_init (VcRoomBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->words = g_ptr_array_new_with_free_func (word_free);
  self->pictures = g_ptr_array_new_with_free_func (picture_free);
  self->metrics.tokens = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->metrics.aspect = 4.0 / 3.0;
  self->metrics.space_width = 0.3;
  self->metrics.line_height = 1.2;
  self->metrics.longest_token = 1;
}

GtkWidget *
vc_room_board_new (void)
{
  return g_object_new (VC_TYPE_ROOM_BOARD, NULL);
}

static GtkWidget *
mark_label_new (VcRoomBoard *self,
                const char  *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_visible (label, FALSE);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return label;
}

static void
set_deck (VcRoomBoard *self,
          VcDeck      *deck)
{
  GPtrArray *words = vc_deck_get_words (deck);
  GListModel *images = vc_deck_get_images (deck);

  g_set_object (&self->deck, deck);
  g_ptr_array_set_size (self->words, 0);
  g_ptr_array_set_size (self->pictures, 0);
  g_ptr_array_set_size (self->metrics.tokens, 0);
  self->metrics.aspect = 0;
  self->measured = FALSE;
  self->planned = FALSE;
  self->word_size = self->badge_size = 0;

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
      Picture *picture = g_new0 (Picture, 1);
      double width, height;

      picture->id = g_strdup (vc_deck_image_get_id (image));
      vc_deck_image_get_size (image, &width, &height);
      picture->aspect = width > 0 && height > 0 ? width / height : 4.0 / 3.0;
      self->metrics.aspect = MAX (self->metrics.aspect, picture->aspect);
      picture->image = vc_image_new (image);
      /* Nothing pops up on the room's screen. */
      gtk_widget_set_has_tooltip (picture->image, FALSE);
      gtk_widget_set_parent (picture->image, GTK_WIDGET (self));
      picture->banner = mark_label_new (self, "vc-room-banner");
      picture->badge = mark_label_new (self, "vc-room-badge");
      g_ptr_array_add (self->pictures, picture);
    }

  self->metrics.n_pictures = self->pictures->len;
  if (self->metrics.aspect <= 0)
    self->metrics.aspect = 4.0 / 3.0;

  for (guint i = 0; i < words->len; i++)
    {
      const VcValueWord *value = g_ptr_array_index (words, i);
      Word *word = g_new0 (Word, 1);

      word->id = g_strdup (value->id);
      word->tokens = g_array_new (FALSE, FALSE, sizeof (double));
      g_ptr_array_add (self->metrics.tokens, g_array_ref (word->tokens));
      word->label = mark_label_new (self, "vc-room-word");
      gtk_label_set_text (GTK_LABEL (word->label), value->word);
      gtk_widget_set_visible (word->label, TRUE);
      g_ptr_array_add (self->words, word);
    }
}

/**
 * vc_room_board_show:
 * @self: a #VcRoomBoard
 * @deck: a values game
 * @session: the pairs made so far
 *
 * Shows the deck's words and pictures, with the pairs made so far marked.
 */
void
vc_room_board_show (VcRoomBoard *self,
                    VcDeck      *deck,
                    VcSession   *session)
{
  GPtrArray *pairs;

  g_return_if_fail (VC_IS_ROOM_BOARD (self));
  g_return_if_fail (VC_IS_DECK (deck));
  g_return_if_fail (VC_IS_SESSION (session));

  if (self->deck != deck)
    set_deck (self, deck);

  pairs = vc_session_get_pairs (session);
  for (guint i = 0; i < self->words->len; i++)
    {
      Word *word = g_ptr_array_index (self->words, i);

      word->paired = FALSE;
      for (guint j = 0; !word->paired && j < pairs->len; j++)
        word->paired = g_strcmp0 (((VcPair *)g_ptr_array_index (pairs, j))->word_id, word->id) == 0;
      if (word->paired)
        gtk_widget_add_css_class (word->label, "vc-room-paired");
      else
        gtk_widget_remove_css_class (word->label, "vc-room-paired");
    }

  for (guint i = 0; i < self->pictures->len; i++)
    {
      Picture *picture = g_ptr_array_index (self->pictures, i);
      g_autoptr(GString) words = g_string_new (NULL);
      g_autoptr(GString) numbers = g_string_new (NULL);
      g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

      /* A picture may go with more than one word: it carries them all. */
      for (guint j = 0; j < pairs->len; j++)
        {
          const VcPair *pair = g_ptr_array_index (pairs, j);
          const VcValueWord *word;

          if (g_strcmp0 (pair->image_id, picture->id) != 0)
            continue;
          word = vc_deck_find_word (deck, pair->word_id);
          g_strv_builder_add (ids, pair->word_id);
          if (words->len > 0)
            {
              g_string_append (words, "\n");
              g_string_append (numbers, ", ");
            }
          g_string_append (words, word != NULL ? word->word : pair->word_id);
          g_string_append_printf (numbers, "%u", j + 1);
        }

      g_free (picture->mark);
      picture->mark = words->len > 0 ? g_strdup (words->str) : NULL;
      g_strfreev (picture->word_ids);
      picture->word_ids = g_strv_builder_end (ids);
      gtk_label_set_text (GTK_LABEL (picture->banner), words->str);
      gtk_label_set_text (GTK_LABEL (picture->badge), numbers->str);
      gtk_widget_set_visible (picture->banner, words->len > 0);
      gtk_widget_set_visible (picture->badge, words->len > 0);
    }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

guint
vc_room_board_get_n_words (VcRoomBoard *self)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), 0);
  return self->words->len;
}

guint
vc_room_board_get_n_pictures (VcRoomBoard *self)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), 0);
  return self->pictures->len;
}

/**
 * vc_room_board_get_word_label:
 * @self: a #VcRoomBoard
 * @index: a word's place in the deck
 *
 * Returns: (transfer none): the label that shows the word
 */
GtkLabel *
vc_room_board_get_word_label (VcRoomBoard *self,
                              guint        index)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), NULL);
  g_return_val_if_fail (index < self->words->len, NULL);

  return GTK_LABEL (((Word *)g_ptr_array_index (self->words, index))->label);
}

/**
 * vc_room_board_get_picture:
 * @self: a #VcRoomBoard
 * @index: a picture's place in the deck
 *
 * Returns: (transfer none): the widget that draws the picture
 */
GtkWidget *
vc_room_board_get_picture (VcRoomBoard *self,
                           guint        index)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), NULL);
  g_return_val_if_fail (index < self->pictures->len, NULL);

  return ((Picture *)g_ptr_array_index (self->pictures, index))->image;
}

/**
 * vc_room_board_get_picture_mark:
 * @self: a #VcRoomBoard
 * @index: a picture's place in the deck
 *
 * Returns: (nullable): the words shown on the picture, one a line, or
 *   %NULL while it is in no pair
 */
const char *
vc_room_board_get_picture_mark (VcRoomBoard *self,
                                guint        index)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), NULL);
  g_return_val_if_fail (index < self->pictures->len, NULL);

  return ((Picture *)g_ptr_array_index (self->pictures, index))->mark;
}

gboolean
vc_room_board_get_word_paired (VcRoomBoard *self,
                               guint        index)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), FALSE);
  g_return_val_if_fail (index < self->words->len, FALSE);

  return ((Word *)g_ptr_array_index (self->words, index))->paired;
}

/**
 * vc_room_board_get_word_size:
 * @self: a #VcRoomBoard
 *
 * Returns: the size of the words, in pixels before the projector
 *   enlarges them
 */
double
vc_room_board_get_word_size (VcRoomBoard *self)
{
  g_return_val_if_fail (VC_IS_ROOM_BOARD (self), 0);
  return self->word_size;
}
