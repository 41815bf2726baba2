/* test-room-board.c
 *
 * The values game's board as the room sees it on a projector: every word
 * and every picture at 16:9 and at 4:3, pictures really drawn, words never
 * broken inside themselves, pairs marked, definitions shown, and nothing
 * popping up on the room's screen. Screenshots go into the build folder.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vc-deck-loader.h"
#include "vc-projector.h"
#include "vc-room-board.h"
#include "vc-room-layout.h"
#include "ui-test.h"

typedef struct
{
  int width;
  int height;
} Size;

static const Size sizes[] = {
  { 1920, 1080 },
  { 1024, 768 },
};

static char *
deck_path (void)
{
  return g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "values-game.vcdeck", NULL);
}

static VcDeck *
load_values_game (void)
{
  g_autofree char *path = deck_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* The values game with its words replaced by @words, untranslated: the
 * long words of a Swedish value foundation, whatever the catalog says. */
static VcDeck *
load_with_words (const char * const *words)
{
  g_autofree char *path = deck_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  JsonArray *array;
  VcDeck *deck;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  array = json_object_get_array_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                                       "values-game"),
                                        "words");
  for (guint i = 0; words[i] != NULL && i < json_array_get_length (array); i++)
    json_object_set_string_member (json_array_get_object_element (array, i), "word", words[i]);

  text = json_to_string (json_parser_get_root (parser), FALSE);
  bytes = g_bytes_new (text, strlen (text));
  deck = vc_deck_load_bytes (bytes, dir, VC_DECK_LOAD_NO_TRANSLATE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static VcSession *
new_session (VcDeck *deck)
{
  return vc_session_new (VC_SESSION_KIND_MEETING, vc_deck_get_id (deck), vc_deck_get_version (deck), NULL);
}

/* The size of a projector's screen, made smaller, in the same shape, if
 * the test's display cannot show a window that large. */
static Size
fit_display (const Size *size)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle area;
  double scale;

  gdk_monitor_get_geometry (monitor, &area);
  scale = MIN (1.0, MIN ((double)area.width / size->width, (double)area.height / size->height));
  if (scale < 1.0)
    g_test_message ("The display is %dx%d: a %dx%d screen is tested at %.0f%%",
                    area.width, area.height, size->width, size->height, scale * 100);
  return (Size) { (int)(size->width * scale), (int)(size->height * scale) };
}

static VcProjector *
open_projector (const Size *wanted)
{
  VcProjector *projector = vc_projector_new ();
  Size fitted = fit_display (wanted);
  const Size *size = &fitted;

  gtk_window_set_default_size (GTK_WINDOW (projector), size->width, size->height);
  gtk_window_present (GTK_WINDOW (projector));
  g_assert_true (vc_test_wait_until (is_mapped, projector));
  return projector;
}

static void
screenshot (VcProjector *projector,
            const Size  *size,
            const char  *what)
{
  g_autofree char *name = g_strdup_printf ("room-board-%dx%d-%s", size->width, size->height, what);

  vc_test_settle (200);
  vc_test_save_screenshot (GTK_WIDGET (projector), name);
}

/* What the room's window shows now, as pixels. */
static GdkTexture *
render (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  int width = 0, height = 0;

  /* A window still waiting for its size draws nothing; wait for a frame. */
  for (guint tries = 0; node == NULL && tries < 50; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      vc_test_settle (200);
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* How many different colours a grid of points in @area has: a picture
 * drawn has many, an empty or one-coloured area one or two. */
static guint
count_colours (const guchar          *pixels,
               gsize                  stride,
               int                    texture_width,
               int                    texture_height,
               const graphene_rect_t *area)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  for (int j = 1; j < 20; j++)
    for (int i = 1; i < 20; i++)
      {
        int x = (int)(area->origin.x + area->size.width * i / 20);
        int y = (int)(area->origin.y + area->size.height * j / 20);
        guint32 pixel;

        g_assert_true (x >= 0 && y >= 0 && x < texture_width && y < texture_height);
        memcpy (&pixel, pixels + y * stride + x * 4, 4);
        g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
      }

  return g_hash_table_size (colours);
}

/* Every line of a word starts where a word starts: nothing was broken
 * inside a word, and nothing was cut short. */
static void
check_word_unbroken (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  PangoRectangle logical;

  g_assert_false (pango_layout_is_ellipsized (layout));
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      if (line->start_index > 0 && text[line->start_index - 1] != ' ')
        {
          g_test_message ("“%s” breaks inside a word, before “%s”", text, text + line->start_index);
          g_assert_not_reached ();
        }
    }

  /* Nor does it run out of its box. */
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  g_assert_cmpint (logical.width, <=, gtk_widget_get_width (GTK_WIDGET (label)));
}

static void
check_board (VcProjector *projector,
             const Size  *size)
{
  VcRoomBoard *board = vc_projector_get_room_board (projector);
  g_autoptr(GdkTexture) texture = render (GTK_WIDGET (projector));
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize)width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  double scale = vc_projector_get_text_scale (projector);
  graphene_rect_t areas[24];
  guint n = 0;

  g_assert_cmpint (width, ==, size->width);
  g_assert_cmpint (height, ==, size->height);
  gdk_texture_download (texture, pixels, stride);
  g_assert_cmpstr (vc_projector_get_mode (projector), ==, "board");

  /* Twelve words and twelve pictures. */
  g_assert_cmpuint (vc_room_board_get_n_words (board) + vc_room_board_get_n_pictures (board), ==, 24);

  for (guint i = 0; i < vc_room_board_get_n_pictures (board); i++)
    {
      GtkWidget *picture = vc_room_board_get_picture (board, i);
      graphene_rect_t *area = &areas[n++];

      g_assert_true (gtk_widget_get_mapped (picture));
      g_assert_true (gtk_widget_compute_bounds (picture, GTK_WIDGET (projector), area));
      /* Large enough to see from the back of the room... */
      g_assert_cmpfloat (area->size.height, >=, size->height / 8.0);
      /* ...and really drawn. */
      g_assert_cmpuint (count_colours (pixels, stride, width, height, area), >=, 6);
    }

  for (guint i = 0; i < vc_room_board_get_n_words (board); i++)
    {
      GtkLabel *label = vc_room_board_get_word_label (board, i);
      graphene_rect_t *area = &areas[n++];

      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (label), GTK_WIDGET (projector), area));
      check_word_unbroken (label);
    }

  /* The words are large on the screen, one size for all. */
  g_assert_cmpfloat (vc_room_board_get_word_size (board) * scale, >=, size->height / 40.0);

  /* Everything is on the screen, and nothing covers anything else. */
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (areas[i].origin.x, >=, 0);
      g_assert_cmpfloat (areas[i].origin.y, >=, 0);
      g_assert_cmpfloat (areas[i].origin.x + areas[i].size.width, <=, size->width + 0.5);
      g_assert_cmpfloat (areas[i].origin.y + areas[i].size.height, <=, size->height + 0.5);
      for (guint j = i + 1; j < n; j++)
        {
          graphene_rect_t overlap;

          if (graphene_rect_intersection (&areas[i], &areas[j], &overlap))
            g_assert_cmpfloat (overlap.size.width * overlap.size.height, <, 1);
        }
    }
}

static void
test_board_sizes (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(VcSession) session = new_session (deck);
      Size size = fit_display (&sizes[s]);
      VcProjector *projector = open_projector (&size);

      vc_projector_show_board (projector, deck, session);
      check_board (projector, &size);
      screenshot (projector, &size, "start");

      vc_projector_set_light (projector, TRUE);
      check_board (projector, &size);
      screenshot (projector, &size, "start-light");
      gtk_window_destroy (GTK_WINDOW (projector));
    }
}

static gboolean
contains_line (const char *lines,
               const char *line)
{
  g_auto(GStrv) parts = g_strsplit (lines, "\n", -1);

  return g_strv_contains ((const char * const *)parts, line);
}

/* Pairs made so far are marked on the board: the word on its picture, the
 * word itself in the pairs' colour. */
static void
test_board_pairs (void)
{
  static const struct { const char *word, *picture; } made[] = {
    { "respect", "eye-level" },
    { "participation", "door-key" },
    { "dignity", "eye-level" },
  };
  g_autoptr(VcDeck) deck = load_values_game ();
  GPtrArray *words = vc_deck_get_words (deck);
  GListModel *images = vc_deck_get_images (deck);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(VcSession) session = new_session (deck);
      Size size = fit_display (&sizes[s]);
      VcProjector *projector = open_projector (&size);
      VcRoomBoard *board = vc_projector_get_room_board (projector);

      vc_projector_show_board (projector, deck, session);
      for (guint i = 0; i < G_N_ELEMENTS (made); i++)
        vc_session_add_pair (session, made[i].word, made[i].picture, NULL);
      vc_projector_show_board (projector, deck, session);

      for (guint i = 0; i < words->len; i++)
        {
          const VcValueWord *word = g_ptr_array_index (words, i);
          gboolean paired = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (made); k++)
            paired |= g_str_equal (made[k].word, word->id);
          g_assert_cmpint (vc_room_board_get_word_paired (board, i), ==, paired);
          g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (vc_room_board_get_word_label (board, i)),
                                                     "vc-room-paired"), ==, paired);
        }

      for (guint i = 0; i < g_list_model_get_n_items (images); i++)
        {
          g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);
          const char *mark = vc_room_board_get_picture_mark (board, i);
          guint expected = 0;

          for (guint k = 0; k < G_N_ELEMENTS (made); k++)
            if (g_str_equal (made[k].picture, vc_deck_image_get_id (image)))
              {
                g_assert_nonnull (mark);
                g_assert_true (contains_line (mark, vc_deck_find_word (deck, made[k].word)->word));
                expected++;
              }
          if (expected == 0)
            g_assert_null (mark);
          else
            {
              g_auto(GStrv) lines = g_strsplit (mark, "\n", -1);

              g_assert_cmpuint (g_strv_length (lines), ==, expected);
            }
        }

      check_board (projector, &size);
      screenshot (projector, &size, "3-pairs");

      /* A pair taken back is no longer marked. */
      vc_session_remove_pair (session, 1);
      vc_projector_show_board (projector, deck, session);
      for (guint i = 0; i < g_list_model_get_n_items (images); i++)
        {
          g_autoptr(VcDeckImage) image = g_list_model_get_item (images, i);

          if (g_str_equal (vc_deck_image_get_id (image), "door-key"))
            g_assert_null (vc_room_board_get_picture_mark (board, i));
        }

      vc_projector_set_light (projector, TRUE);
      vc_projector_show_board (projector, deck, session);
      screenshot (projector, &size, "2-pairs-light");
      gtk_window_destroy (GTK_WINDOW (projector));
    }
}

/* Long words, as a Swedish value foundation has them, stay whole. */
static void
test_board_long_words (void)
{
  static const char * const words[] = {
    "Självbestämmande",
    "Individuell anpassning",
    "Kroppslig integritet",
    "Delaktighet",
    "Meningsfullhet",
    "Personcentrerad omsorg",
    "Trygghet",
    "Värdighet",
    "Välbefinnande",
    "Gott bemötande",
    "Valfrihet",
    "Respekt",
    NULL
  };
  g_autoptr(VcDeck) deck = load_with_words (words);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(VcSession) session = new_session (deck);
      Size size = fit_display (&sizes[s]);
      VcProjector *projector = open_projector (&size);
      VcRoomBoard *board = vc_projector_get_room_board (projector);

      vc_projector_show_board (projector, deck, session);
      check_board (projector, &size);
      g_assert_cmpstr (gtk_label_get_text (vc_room_board_get_word_label (board, 0)), ==, "Självbestämmande");
      screenshot (projector, &size, "long-words");
      gtk_window_destroy (GTK_WINDOW (projector));
    }
}

/* The facilitator shows the room a word's definition. */
static void
test_definition (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  const VcValueWord *word = vc_deck_find_word (deck, "self-determination");

  g_assert_nonnull (word);
  g_assert_nonnull (word->definition);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(VcSession) session = new_session (deck);
      Size size = fit_display (&sizes[s]);
      VcProjector *projector = open_projector (&size);

      vc_projector_show_board (projector, deck, session);
      g_assert_false (vc_test_shows_label (GTK_WIDGET (projector), word->definition));
      vc_projector_show_definition (projector, deck, word->id);
      vc_test_settle (100);
      g_assert_cmpstr (vc_projector_get_mode (projector), ==, "definition");
      g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), word->word));
      g_assert_true (vc_test_shows_label (GTK_WIDGET (projector), word->definition));
      screenshot (projector, &size, "definition");

      /* A picture drawn, large. */
      vc_projector_show_drawn (projector, deck, NULL, "garden");
      g_assert_cmpstr (vc_projector_get_mode (projector), ==, "drawn");
      screenshot (projector, &size, "drawn-picture");
      gtk_window_destroy (GTK_WINDOW (projector));
    }
}

/* Where the pointer rests on the room's screen, nothing answers it: no
 * tooltip can pop up, and nothing takes the keyboard focus. */
static void
check_nothing_pops_up (VcProjector *projector,
                       GtkWidget   *picture)
{
  graphene_rect_t area;
  GtkWidget *picked;

  g_assert_true (gtk_widget_compute_bounds (picture, GTK_WIDGET (projector), &area));
  picked = gtk_widget_pick (GTK_WIDGET (projector),
                            area.origin.x + area.size.width / 2,
                            area.origin.y + area.size.height / 2,
                            GTK_PICK_DEFAULT);
  for (GtkWidget *w = picked; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_assert_false (gtk_widget_get_has_tooltip (w));
      g_assert_null (gtk_widget_get_tooltip_text (w));
    }
  g_assert_null (gtk_root_get_focus (GTK_ROOT (projector)));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_no_tooltips (void)
{
  g_autoptr(VcDeck) deck = load_values_game ();
  g_autoptr(VcSession) session = new_session (deck);
  Size size = fit_display (&sizes[0]);
  VcProjector *projector = open_projector (&size);
  VcRoomBoard *board = vc_projector_get_room_board (projector);

  vc_projector_show_board (projector, deck, session);
  vc_test_settle (200);
  for (guint i = 0; i < vc_room_board_get_n_pictures (board); i++)
    check_nothing_pops_up (projector, vc_room_board_get_picture (board, i));

  /* A picture shown large, too. */
  vc_projector_show_drawn (projector, deck, "dignity", "coffee");
  vc_test_settle (200);
  check_nothing_pops_up (projector, find_type (GTK_WIDGET (projector), g_type_from_name ("VcImage")));

  gtk_window_destroy (GTK_WINDOW (projector));
}

/* The layout alone: whatever the words, each part of each word fits its
 * cell on one line, the lines fit the cell's height, and the pictures
 * and words fit the screen. */
static void
test_layout (void)
{
  static const double widths[][3] = {
    { 5.0, 0, 0 },     /* one part, 5 em wide at 1 px */
    { 11.0, 0, 0 },
    { 6.0, 7.5, 0 },
    { 4.0, 4.0, 4.0 },
    { 30.0, 0, 0 },    /* a very long word, which must shrink them all */
  };
  static const struct { double width, height; } areas[] = {
    { 1240, 628 },     /* 16:9, laid out 720 high */
    { 920, 628 },      /* 4:3 */
  };

  for (guint with_long = 0; with_long < 2; with_long++)
    for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
      {
        VcRoomMetrics metrics = { 0 };
        VcRoomPlan plan;
        double grid_width, grid_height, cell_width, cell_height, words_width, words_height;

        metrics.tokens = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
        metrics.space_width = 0.3;
        metrics.line_height = 1.17;
        metrics.n_pictures = 12;
        metrics.aspect = 4.0 / 3.0;
        for (guint i = 0; i < 12; i++)
          {
            guint kind = with_long && i == 5 ? 4 : i % 4;
            GArray *tokens = g_array_new (FALSE, FALSE, sizeof (double));

            for (guint j = 0; j < 3 && widths[kind][j] > 0; j++)
              {
                g_array_append_val (tokens, widths[kind][j]);
                metrics.longest_token = MAX (metrics.longest_token, widths[kind][j]);
              }
            g_ptr_array_add (metrics.tokens, tokens);
          }

        plan = vc_room_layout_plan (&metrics, areas[a].width, areas[a].height);
        g_assert_cmpfloat (plan.picture_height, >, 0);
        vc_room_layout_picture_grid_size (&metrics, &plan, &grid_width, &grid_height);
        g_assert_cmpfloat (grid_width, <=, areas[a].width);
        g_assert_cmpfloat (grid_height, <=, areas[a].height);

        words_width = plan.side_by_side ? areas[a].width - grid_width - VC_ROOM_REGION_GAP : areas[a].width;
        words_height = plan.side_by_side ? areas[a].height : areas[a].height - grid_height - VC_ROOM_REGION_GAP;
        plan.word_size = vc_room_layout_fit_words (&metrics, words_width, words_height, plan.word_columns);
        g_assert_cmpfloat (plan.word_size, >, 0);
        vc_room_layout_word_cell (&metrics, words_width, words_height, plan.word_columns,
                                  &cell_width, &cell_height);
        for (guint i = 0; i < metrics.tokens->len; i++)
          {
            GArray *tokens = g_ptr_array_index (metrics.tokens, i);
            guint lines = vc_room_layout_count_lines (&metrics, tokens, plan.word_size,
                                                      cell_width - 2 * VC_ROOM_WORD_PADDING);

            for (guint j = 0; j < tokens->len; j++)
              g_assert_cmpfloat (g_array_index (tokens, double, j) * plan.word_size, <=,
                                 cell_width - 2 * VC_ROOM_WORD_PADDING);
            g_assert_cmpfloat (lines * metrics.line_height * plan.word_size, <=, cell_height);
          }

        /* Without the long word, neither words nor pictures are small. */
        if (!with_long)
          {
            g_assert_cmpfloat (plan.word_size, >=, 20);
            g_assert_cmpfloat (plan.picture_height, >=, 100);
          }
        g_ptr_array_unref (metrics.tokens);
      }
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/room-board/layout", test_layout);
  g_test_add_func ("/room-board/sizes", test_board_sizes);
  g_test_add_func ("/room-board/pairs", test_board_pairs);
  g_test_add_func ("/room-board/long-words", test_board_long_words);
  g_test_add_func ("/room-board/definition", test_definition);
  g_test_add_func ("/room-board/no-tooltips", test_no_tooltips);

  return g_test_run ();
}
