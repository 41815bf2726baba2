/* test-widgets.c
 *
 * The small widgets the pages are built from, each on its own: the card
 * view reveals a card step by step, the image draws its picture, the scale
 * bin enlarges what it holds with the screen, and the deck view lists a
 * deck's cards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "ui-test.h"
#include "vc-card-view.h"
#include "vc-deck-loader.h"
#include "vc-deck-view.h"
#include "vc-image.h"
#include "vc-memory.h"
#include "vc-scale-bin.h"
#include "vc-ui-util.h"

static VcDeck *
load_deck (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VcDeck *deck = vc_deck_load_file (file, VC_DECK_LOAD_TRUSTED, NULL, &error);

  g_assert_no_error (error);
  return deck;
}

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);
  return window;
}

/* Every label shown under @widget, one per line; with @parts, every box
 * too, and the style and indent of each, to compare what two views show. */
static void
collect_text (GtkWidget *widget,
              GString   *text,
              gboolean   parts)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (parts && (GTK_IS_LABEL (widget) || GTK_IS_BOX (widget)))
    {
      g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);
      g_autofree char *joined = g_strjoinv (" ", classes);

      g_string_append_printf (text, "%s [%s] +%d ", G_OBJECT_TYPE_NAME (widget), joined,
                              gtk_widget_get_margin_start (widget));
      if (!GTK_IS_LABEL (widget))
        g_string_append_c (text, '\n');
    }
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text, parts);
}

static char *
dup_text (GtkWidget *widget,
          gboolean   parts)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text, parts);
  return g_string_free (text, FALSE);
}

/* How many colours a render has, up to @most. */
static guint
count_colours (GdkTexture *texture,
               guint       most)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *data = g_new (guint32, width * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, (guint8 *)data, width * 4);
  for (int i = 0; i < width * height && g_hash_table_size (colours) < most; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (data[i] + 1));

  return g_hash_table_size (colours);
}

/* A dilemma shows its title first, and more of itself at each step. */
static void
test_card_view (void)
{
  g_autoptr(VcDeck) deck = load_deck ("workplace-dilemmas.vcdeck");
  g_autoptr(VcCard) card = NULL;
  VcCardView *view = VC_CARD_VIEW (vc_card_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view), 1024, 768);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_steps = 0;

  /* The first card told in parts, or with its questions one by one. */
  for (guint i = 0; i < vc_deck_get_n_cards (deck); i++)
    {
      g_clear_object (&card);
      card = g_list_model_get_item (vc_deck_get_cards (deck), i);
      vc_card_view_show_card_at_step (view, card, i + 1, 0, TRUE);
      n_steps = vc_card_view_get_n_steps (view, TRUE);
      if (n_steps > 1)
        break;
    }
  g_assert_cmpuint (n_steps, >, 1);
  vc_test_settle (100);
  first = dup_text (GTK_WIDGET (view), FALSE);
  g_assert_nonnull (strstr (first, vc_card_get_title (card)));

  vc_card_view_set_step (view, n_steps - 1, TRUE);
  vc_test_settle (100);
  last = dup_text (GTK_WIDGET (view), FALSE);
  g_test_message ("first step:\n%s\nlast step:\n%s", first, last);
  g_assert_cmpuint (strlen (last), >, strlen (first));
  g_assert_nonnull (strstr (last, vc_card_get_title (card)));
  vc_test_save_screenshot (window, "widget-card-view");

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
first_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = GTK_IS_LABEL (child) ? child : first_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* A view going from card to card shows each one exactly as a new view
 * would, whatever the card before it, and keeps the labels it can. */
static void
test_card_view_reuse (void)
{
  const char *deck_names[] = { "workplace-dilemmas.vcdeck", "value-conflicts.vcdeck",
                               "good-conversation.vcdeck", "ethical-guidelines.vcdeck" };
  VcCardView *view = VC_CARD_VIEW (vc_card_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view), 1024, 768);
  guint n_compared = 0;
  guint n_kept = 0;

  for (guint large = 0; large <= 1; large++)
    for (guint d = 0; d < G_N_ELEMENTS (deck_names); d++)
      {
        g_autoptr(VcDeck) deck = load_deck (deck_names[d]);
        GListModel *cards = vc_deck_get_cards (deck);
        guint n_cards = g_list_model_get_n_items (cards);

        vc_card_view_set_large (view, large);
        for (guint i = 0; i <= n_cards + 1; i++)
          {
            g_autoptr(VcCard) card = i < n_cards ? g_list_model_get_item (cards, i) : NULL;
            VcCardView *fresh = VC_CARD_VIEW (vc_card_view_new ());
            GtkWidget *label_before = first_label (GTK_WIDGET (view));
            g_autofree char *shown = NULL;
            g_autofree char *expected = NULL;

            g_object_ref_sink (fresh);
            vc_card_view_set_large (fresh, large);

            /* After the cards, the introduction, and then the first card
             * again, coming from it. */
            if (card == NULL && i == n_cards && vc_deck_get_introduction (deck) == NULL)
              continue;
            if (card == NULL && i == n_cards)
              {
                vc_card_view_show_introduction (view, vc_deck_get_introduction (deck));
                vc_card_view_show_introduction (fresh, vc_deck_get_introduction (deck));
              }
            else
              {
                if (card == NULL)
                  card = g_list_model_get_item (cards, 0);
                vc_card_view_show_card_at_step (view, card, i + 1, i % 3, i % 2 == 0);
                vc_card_view_show_card_at_step (fresh, card, i + 1, i % 3, i % 2 == 0);
              }

            shown = dup_text (GTK_WIDGET (view), TRUE);
            expected = dup_text (GTK_WIDGET (fresh), TRUE);
            g_assert_cmpstr (shown, ==, expected);
            n_compared++;
            n_kept += label_before != NULL && first_label (GTK_WIDGET (view)) == label_before;
            g_object_unref (fresh);
          }
      }

  g_test_message ("%u cards compared, the first label kept in %u", n_compared, n_kept);
  g_assert_cmpuint (n_compared, >, 40);
  /* A card's title is a label of the same style from card to card. */
  g_assert_cmpuint (n_kept, >, n_compared / 2);
  vc_test_settle (100);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A picture draws itself at the size it is given, in its colours. */
static void
test_image (void)
{
  g_autoptr(VcDeck) deck = load_deck ("values-game.vcdeck");
  g_autoptr(VcDeckImage) picture = g_list_model_get_item (vc_deck_get_images (deck), 0);
  GtkWidget *image = vc_image_new (picture);
  GtkWidget *window;
  g_autoptr(GdkTexture) render = NULL;

  gtk_widget_set_size_request (image, 320, 240);
  window = show_in_window (image, 320, 240);
  g_assert_true (vc_image_get_image (VC_IMAGE (image)) == picture);
  render = vc_test_render (image);
  g_assert_cmpint (gdk_texture_get_width (render), >=, 320);
  g_assert_cmpuint (count_colours (render, 32), >=, 16);
  vc_test_save_screenshot (window, "widget-image");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The room's screen is laid out for 720 lines and enlarged to fill more:
 * by the height it is given, whatever the screen the test runs on. */
static void
test_scale_bin (void)
{
  double scales[2];
  const int heights[2] = { 720, 960 };

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *bin = vc_scale_bin_new ();
      GtkWidget *label = gtk_label_new ("Dignity");
      GtkWidget *window;
      int height;

      g_object_set (bin, "child", label, NULL);
      g_assert_true (vc_scale_bin_get_child (VC_SCALE_BIN (bin)) == label);
      window = show_in_window (bin, heights[i] * 4 / 3, heights[i]);
      height = gtk_widget_get_height (bin);
      scales[i] = vc_scale_bin_get_scale (VC_SCALE_BIN (bin));
      g_test_message ("scale at %d lines: %.2f", height, scales[i]);
      g_assert_cmpint (height, >, 0);
      g_assert_cmpfloat_with_epsilon (scales[i], MAX (1.0, height / 720.0), 0.01);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_assert_cmpfloat (scales[1], >, scales[0]);
}

/* A card shorter than the room's screen sits in its middle, at its own
 * height; a long one is made smaller to fit, never cut. */
static void
test_scale_bin_center (void)
{
  const char *texts[2] = {
    "Dignity",
    NULL,
  };
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (long_text, "Everyone who works here is treated with dignity and respect. ");
  texts[1] = long_text->str;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GtkWidget *bin = vc_scale_bin_new ();
      GtkWidget *label = vc_ui_label_new (texts[i], NULL);
      GtkWidget *window;
      graphene_rect_t bounds;
      double top, bottom;

      g_object_set (bin, "child", label, "center", TRUE, NULL);
      window = show_in_window (bin, 1280, 960);
      g_assert_true (gtk_widget_compute_bounds (label, bin, &bounds));
      top = bounds.origin.y;
      bottom = gtk_widget_get_height (bin) - (bounds.origin.y + bounds.size.height);
      g_test_message ("%s text: %.0f above, %.0f below", i == 0 ? "short" : "long", top, bottom);
      g_assert_cmpfloat (top, >=, -1.0);
      g_assert_cmpfloat (bottom, >=, -1.0);
      g_assert_cmpfloat (fabs (top - bottom), <=, 2.0 * vc_scale_bin_get_scale (VC_SCALE_BIN (bin)));
      if (i == 0)
        g_assert_cmpfloat (top, >, gtk_widget_get_height (bin) / 3.0);
      else
        g_assert_cmpfloat (bounds.size.height, >, gtk_widget_get_height (bin) * 0.6);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A deck's page lists every card, under the deck's title. */
static void
test_deck_view (void)
{
  g_autoptr(VcDeck) deck = load_deck ("value-conflicts.vcdeck");
  VcDeckView *view = g_object_new (VC_TYPE_DECK_VIEW, NULL);
  GtkWidget *window = show_in_window (GTK_WIDGET (view), 1366, 768);
  g_autofree char *text = NULL;

  vc_deck_view_set_deck (view, deck);
  vc_test_settle (200);
  g_assert_true (vc_deck_view_get_deck (view) == deck);
  g_assert_cmpuint (vc_deck_view_get_n_cards_shown (view), ==, vc_deck_get_n_cards (deck));
  text = dup_text (GTK_WIDGET (view), FALSE);
  g_assert_nonnull (strstr (text, vc_deck_get_title (deck)));
  for (guint i = 0; i < vc_deck_get_n_cards (deck); i++)
    {
      g_autoptr(VcCard) card = g_list_model_get_item (vc_deck_get_cards (deck), i);

      g_assert_nonnull (strstr (text, vc_card_get_title (card)));
    }
  vc_test_save_screenshot (window, "widget-deck-view");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_default_icon (gpointer data)
{
  return gtk_window_get_default_icon_name () != NULL;
}

/* The app's icon waits until the first window has drawn its first frame,
 * and then every window has it, also one that was already open. */
static void
test_icon_after_first_frame (void)
{
  const char *icon = "io.github.vardegrund.ValueCards";
  GtkWidget *earlier = gtk_window_new ();
  GtkWidget *first = gtk_window_new ();
  GtkWidget *later, *gone;

  gtk_window_set_default_icon_name (NULL);
  gtk_window_present (GTK_WINDOW (earlier));
  vc_test_settle (100);

  vc_ui_set_icon_after_first_frame (GTK_WINDOW (first), icon);
  gtk_window_set_default_size (GTK_WINDOW (first), 320, 200);

  /* GTK draws a window's icon when it realizes it: nothing to draw yet. */
  gtk_widget_realize (first);
  g_assert_null (gtk_window_get_default_icon_name ());
  g_assert_null (gtk_window_get_icon_name (GTK_WINDOW (first)));

  gtk_window_present (GTK_WINDOW (first));
  g_assert_true (vc_test_wait_until (has_default_icon, NULL));
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, icon);
  g_assert_cmpstr (gtk_window_get_icon_name (GTK_WINDOW (first)), ==, icon);
  g_assert_cmpstr (gtk_window_get_icon_name (GTK_WINDOW (earlier)), ==, icon);

  /* A window opened after it takes the default icon as it is realized. */
  later = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (later));
  vc_test_settle (100);
  g_assert_null (gtk_window_get_icon_name (GTK_WINDOW (later)));
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, icon);

  /* A first window that goes before it is drawn leaves the icon to the rest. */
  gtk_window_set_default_icon_name (NULL);
  gone = gtk_window_new ();
  vc_ui_set_icon_after_first_frame (GTK_WINDOW (gone), icon);
  gtk_widget_realize (gone);
  g_assert_null (gtk_window_get_default_icon_name ());
  gtk_window_destroy (GTK_WINDOW (gone));
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, icon);

  gtk_window_destroy (GTK_WINDOW (later));
  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (earlier));
  gtk_window_set_default_icon_name (NULL);
}

/* The memory cairo shares with the X server for the frames, as mapped
 * into this process. */
static gboolean
has_frame_memory (gpointer data)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "/SYSV") != NULL;
}

static gboolean
has_no_frame_memory (gpointer data)
{
  return !has_frame_memory (data);
}

static void
on_frame_painted (GdkFrameClock *clock,
                  gint64        *painted)
{
  *painted = g_get_monotonic_time ();
}

static gboolean
painted_since (gpointer data)
{
  gint64 *painted = data;

  return painted[0] >= painted[1];
}

/* Changes the window's text, and waits until the change is on the
 * screen: a frame that draws part of the window, as most do. */
static gint64
draw_change (GtkWidget *window,
             gint64    *painted)
{
  GtkLabel *label = GTK_LABEL (gtk_window_get_child (GTK_WINDOW (window)));

  painted[1] = g_get_monotonic_time ();
  gtk_label_set_text (label, g_str_equal (gtk_label_get_text (label), "Respekt") ? "Delaktighet" : "Respekt");
  g_assert_true (vc_test_wait_until (painted_since, painted));
  return painted[0];
}

/* Under X11 the frames reach the screen through memory shared with the X
 * server. It stays while frames follow each other, and goes back to the
 * system once the windows have been still for half a second, unless a
 * presentation keeps it. */
static void
test_frame_memory (void)
{
  GtkWidget *window;
  gint64 painted[2] = { 0, 0 };
  gint64 last;
#ifdef GDK_WINDOWING_X11
  gboolean x11 = GDK_IS_X11_DISPLAY (gdk_display_get_default ());
#else
  gboolean x11 = FALSE;
#endif

  if (!x11)
    {
      g_test_skip ("Frames go through shared memory only under X11");
      return;
    }

  vc_memory_watch_windows ();

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Respekt"));
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_frame_painted), painted);
  painted[1] = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vc_test_wait_until (painted_since, painted));

  draw_change (window, painted);
  if (!has_frame_memory (NULL))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("This X server shares no memory with the app");
      return;
    }

  /* A frame every tenth of a second for a second and a half. */
  for (guint i = 0; i < 15; i++)
    {
      draw_change (window, painted);
      g_assert_true (has_frame_memory (NULL));
      vc_test_settle (100);
      g_assert_true (has_frame_memory (NULL));
    }

  /* Then nothing: the memory goes back, and not before half a second. */
  last = draw_change (window, painted);
  g_assert_true (vc_test_wait_until (has_no_frame_memory, NULL));
  g_assert_cmpint (g_get_monotonic_time () - last, >=, 450 * G_TIME_SPAN_MILLISECOND);

  /* The next frame is drawn as any other, and the memory comes back for it. */
  draw_change (window, painted);
  g_assert_true (has_frame_memory (NULL));
  g_assert_true (vc_test_wait_until (has_no_frame_memory, NULL));

  /* While the room sees the cards, the memory stays for the next one. */
  vc_memory_keep_frames (TRUE);
  draw_change (window, painted);
  vc_test_settle (1500);
  g_assert_true (has_frame_memory (NULL));
  vc_memory_keep_frames (FALSE);
  g_assert_true (vc_test_wait_until (has_no_frame_memory, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/widgets/card-view", test_card_view);
  g_test_add_func ("/ui/widgets/card-view-reuse", test_card_view_reuse);
  g_test_add_func ("/ui/widgets/image", test_image);
  g_test_add_func ("/ui/widgets/scale-bin", test_scale_bin);
  g_test_add_func ("/ui/widgets/scale-bin-center", test_scale_bin_center);
  g_test_add_func ("/ui/widgets/deck-view", test_deck_view);
  g_test_add_func ("/ui/widgets/frame-memory", test_frame_memory);
  /* Last: GTK 4.8 goes on laying out a window realized and destroyed
   * before it was shown, as this test's last window is, after the window
   * is freed, at the next turn of the main loop. */
  g_test_add_func ("/ui/widgets/icon-after-first-frame", test_icon_after_first_frame);

  return g_test_run ();
}
