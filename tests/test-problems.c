/* test-problems.c
 *
 * What a person sees of a broken deck, in English and in Swedish: problems
 * listed with their places in words, a deck file that is gone, a picture
 * that is missing shown as a placeholder, and a dilemma's parts shown with
 * their own questions.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ui-test.h"
#include "vc-card-view.h"
#include "vc-deck-loader.h"
#include "vc-image.h"
#include "vc-problems-view.h"
#include "vc-projector.h"
#include "vc-window.h"

static gboolean
is_swedish (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "sv");
}

static char *
data_path (const char *folder,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
}

/* Every row's title and subtitle under @widget, one line each. */
static void
collect_rows (GtkWidget *widget,
              GString   *text)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s | %s\n",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, text);
}

static char *
dup_rows (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_rows (widget, text);
  return g_string_free (text, FALSE);
}

static void
collect_status (GtkWidget  *widget,
                GString    *text)
{
  if (ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s | %s\n",
                            adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                            adw_status_page_get_description (ADW_STATUS_PAGE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_status (child, text);
}

static char *
dup_status (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_status (widget, text);
  return g_string_free (text, FALSE);
}

static VcWindow *
new_window (int width,
            int height)
{
  VcWindow *window = vc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (300);

  return window;
}

static void
open_path (VcWindow   *window,
           const char *path,
           const char *page)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  vc_window_open_file (window, file);
  vc_test_show_page (window, page);
  vc_test_settle (300);
}

/* Places are said in words, counted from one, in the user's language; the
 * JSON parser's English is never shown as it is. */
static void
test_problems_in_words (void)
{
  g_autofree char *title = data_path ("broken", "dilemma-missing-title.vcdeck");
  g_autofree char *definition = data_path ("broken", "definition-missing.vcdeck");
  g_autofree char *syntax = data_path ("broken", "not-json.vcdeck");
  g_autofree char *rows = NULL;
  VcWindow *window = new_window (1366, 768);

  open_path (window, title, "problems");
  rows = dup_rows (GTK_WIDGET (window));
  g_test_message ("%s", rows);
  g_assert_nonnull (strstr (rows, is_swedish () ? "| Kort 1, rubriken — " : "| Card 1, its title — "));
  g_assert_null (strstr (rows, "$."));
  vc_test_save_screenshot (GTK_WIDGET (window), "problems-in-words");
  g_clear_pointer (&rows, g_free);

  open_path (window, definition, "problems");
  rows = dup_rows (GTK_WIDGET (window));
  g_assert_nonnull (strstr (rows, is_swedish () ? "| Värdeord 1 (”Dignity”), definitionen — "
                                                : "| Value word 1 (“Dignity”), its definition — "));
  g_clear_pointer (&rows, g_free);

  open_path (window, syntax, "problems");
  rows = dup_rows (GTK_WIDGET (window));
  g_test_message ("%s", rows);
  g_assert_nonnull (strstr (rows, is_swedish () ? "Filen är inte giltig JSON på rad 1, kolumn "
                                                : "The file is not valid JSON at line 1, column "));
  g_assert_null (strstr (rows, "Parse error"));
  g_assert_null (strstr (rows, "unexpected"));
  vc_test_save_screenshot (GTK_WIDGET (window), "problems-syntax");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* What JSON does not allow, though json-glib would take it, is shown with
 * its place and in the user's language. */
static void
test_problems_strict_json (void)
{
  g_autofree char *duplicate = data_path ("broken", "duplicate-member.vcdeck");
  g_autofree char *escape = data_path ("broken", "invalid-escape.vcdeck");
  g_autofree char *rows = NULL;
  VcWindow *window = new_window (1366, 768);

  open_path (window, duplicate, "problems");
  rows = dup_rows (GTK_WIDGET (window));
  g_test_message ("%s", rows);
  g_assert_nonnull (strstr (rows, is_swedish () ? "”title” förekommer två gånger i samma objekt."
                                                : "“title” appears twice in the same object."));
  vc_test_save_screenshot (GTK_WIDGET (window), "problems-duplicate-member");
  g_clear_pointer (&rows, g_free);

  open_path (window, escape, "problems");
  rows = dup_rows (GTK_WIDGET (window));
  g_test_message ("%s", rows);
  g_assert_nonnull (strstr (rows, is_swedish () ? "Filen är inte giltig JSON på rad 6, kolumn 18: en text innehåller \\x, "
                                                : "The file is not valid JSON at line 6, column 18: a text contains \\x, "));
  vc_test_save_screenshot (GTK_WIDGET (window), "problems-invalid-escape");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
}

/* A deck file that is gone cannot be fixed in a text editor. */
static void
test_not_found (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "moved-away.vcdeck", NULL);
  g_autofree char *status = NULL;
  VcWindow *window = new_window (1366, 768);

  open_path (window, path, "problems");
  status = dup_status (GTK_WIDGET (window));
  g_test_message ("%s", status);
  g_assert_nonnull (strstr (status, is_swedish () ? "”moved-away.vcdeck” hittas inte" : "“moved-away.vcdeck” Cannot Be Found"));
  g_assert_nonnull (strstr (status, is_swedish () ? "flyttats" : "moved"));
  g_assert_null (strstr (status, is_swedish () ? "textredigerare" : "text editor"));
  vc_test_save_screenshot (GTK_WIDGET (window), "problems-not-found");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
  g_rmdir (dir);
}

static void
find_images (GtkWidget *widget,
             GPtrArray *images)
{
  if (VC_IS_IMAGE (widget))
    g_ptr_array_add (images, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    find_images (child, images);
}

/* How much of @widget is drawn, and how much of its middle, as a share of
 * the pixels that are not transparent. */
static void
measure_drawn (GtkWidget *widget,
               double    *all,
               double    *middle)
{
  static guint n_measured;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guint8 *pixels = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = 0, n_middle = 0, drawn = 0, drawn_middle = 0;

  g_assert_cmpint (width, >, 20);
  g_assert_cmpint (height, >, 20);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  {
    /* A close-up for a person to look at, beside the window's screenshots. */
    g_autofree char *name = g_strdup_printf ("screenshot-missing-picture-%u-%s.png", n_measured++, g_get_language_names ()[0]);
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);

    g_assert_true (gdk_texture_save_to_png (texture, png));
  }
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean in_middle = x > width / 4 && x < width * 3 / 4 && y > height / 4 && y < height * 3 / 4;
        gboolean is_drawn = pixels[(y * width + x) * 4 + 3] > 0;

        n++;
        drawn += is_drawn;
        if (in_middle)
          {
            n_middle++;
            drawn_middle += is_drawn;
          }
      }

  *all = (double)drawn / n;
  *middle = (double)drawn_middle / n_middle;
}

/* A copy of the values game with one of its twelve pictures left behind. */
static char *
copy_values_game_without (const char *dir,
                          const char *left_out)
{
  const char *decks = g_getenv ("VALUE_CARDS_DECKS_DIR");
  g_autofree char *source_images = g_build_filename (decks, "images", NULL);
  g_autofree char *images = g_build_filename (dir, "images", NULL);
  g_autofree char *source = g_build_filename (decks, "values-game.vcdeck", NULL);
  g_autofree char *deck = g_build_filename (dir, "values-game.vcdeck", NULL);
  g_autoptr(GDir) listing = g_dir_open (source_images, 0, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  const char *name;

  g_assert_nonnull (listing);
  g_assert_cmpint (g_mkdir (images, 0755), ==, 0);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (source_images, name, NULL);
      g_autofree char *to = g_build_filename (images, name, NULL);
      g_autofree char *svg = NULL;

      if (g_str_equal (name, left_out))
        continue;
      g_assert_true (g_file_get_contents (from, &svg, &length, NULL));
      g_assert_true (g_file_set_contents (to, svg, length, NULL));
    }

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (deck, contents, length, NULL));

  return g_steal_pointer (&deck);
}

static void
remove_copy (const char *dir)
{
  g_autofree char *images = g_build_filename (dir, "images", NULL);
  g_autofree char *deck = g_build_filename (dir, "values-game.vcdeck", NULL);
  g_autoptr(GDir) listing = g_dir_open (images, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (images, name, NULL);

      g_unlink (path);
    }
  g_rmdir (images);
  g_unlink (deck);
  g_rmdir (dir);
}

/* One missing picture of twelve: the deck opens, warns, and shows a
 * placeholder where the picture would be, never an empty hole. */
static void
test_missing_picture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-test-XXXXXX", NULL);
  g_autofree char *path = copy_values_game_without (dir, "coffee.svg");
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  g_autofree char *rows = NULL;
  GtkWidget *missing = NULL;
  GtkWidget *present = NULL;
  double all, middle;
  VcWindow *window = new_window (1366, 768);

  open_path (window, path, "deck");

  find_images (GTK_WIDGET (window), images);
  g_assert_cmpuint (images->len, ==, 12);
  for (guint i = 0; i < images->len; i++)
    {
      VcDeckImage *image = vc_image_get_image (g_ptr_array_index (images, i));

      if (vc_deck_image_is_missing (image))
        {
          g_assert_null (missing);
          missing = g_ptr_array_index (images, i);
        }
      else
        present = g_ptr_array_index (images, i);
    }
  g_assert_nonnull (missing);
  g_assert_nonnull (present);

  /* It says what the picture shows and which file is missing. */
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (missing),
                            is_swedish () ? "Bilden saknas: images/coffee.svg" : "Picture missing: images/coffee.svg"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (missing),
                            vc_deck_image_get_alt (vc_image_get_image (VC_IMAGE (missing)))));

  /* A frame all round and an icon and words in the middle. */
  vc_test_settle (300);
  measure_drawn (missing, &all, &middle);
  g_test_message ("placeholder: %.0f%% drawn, %.0f%% of its middle", all * 100, middle * 100);
  g_assert_cmpfloat (all, >, 0.99);
  g_assert_cmpfloat (middle, >, 0.99);
  vc_test_save_screenshot (GTK_WIDGET (window), "deck-missing-picture");

  /* As small as a thumbnail on the board, it still draws its frame. */
  {
    GtkWidget *small_window = gtk_window_new ();
    GtkWidget *small = vc_image_new (vc_image_get_image (VC_IMAGE (missing)));

    vc_image_set_height (VC_IMAGE (small), 40);
    gtk_widget_set_halign (small, GTK_ALIGN_CENTER);
    gtk_widget_set_valign (small, GTK_ALIGN_CENTER);
    gtk_window_set_child (GTK_WINDOW (small_window), small);
    gtk_window_present (GTK_WINDOW (small_window));
    vc_test_settle (300);
    measure_drawn (small, &all, &middle);
    g_assert_cmpfloat (all, >, 0.99);
    g_assert_cmpfloat (middle, >, 0.2);
    gtk_window_destroy (GTK_WINDOW (small_window));
  }

  /* Its warning is one click away, with the place in words. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  vc_test_show_page (window, "problems");
  vc_test_settle (300);
  rows = dup_rows (GTK_WIDGET (window));
  g_test_message ("%s", rows);
  g_assert_nonnull (strstr (rows, is_swedish () ? "Bilden ”images/coffee.svg” finns inte." : "The picture “images/coffee.svg” does not exist."));
  g_assert_nonnull (strstr (rows, is_swedish () ? "| Bild 1 (”Fika i dagrummet”), filen — "
                                                : "| Picture 1 (“Coffee in the day room”), its file — "));
  vc_test_save_screenshot (GTK_WIDGET (window), "warnings-missing-picture");

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (300);
  remove_copy (dir);
}

/* The text of the labels a person sees: a hidden part of a card, built
 * ahead for a later step, is not shown. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static char *
dup_labels (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, text);
  return g_string_free (text, FALSE);
}

/* The first part of a two-part dilemma shows its own question only; the
 * second part brings the rest, one by one if the group wants. */
static void
test_card_view_parts (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window, *view;
  VcCard *card;

  deck = vc_deck_load_file (file, 0, NULL, &error);
  g_assert_no_error (error);
  card = vc_deck_find_card (deck, "a-familiar-name");
  first = vc_card_dup_questions_for_stage (card, 0);
  second = vc_card_dup_questions_for_stage (card, 1);
  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpuint (second->len, ==, 3);

  window = gtk_window_new ();
  view = vc_card_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 900);
  gtk_window_present (GTK_WINDOW (window));

  /* All at once: two steps, one per part. */
  vc_card_view_show_card_at_step (VC_CARD_VIEW (view), card, 5, 0, FALSE);
  g_assert_cmpuint (vc_card_view_get_n_steps (VC_CARD_VIEW (view), FALSE), ==, 2);
  text = dup_labels (view);
  g_assert_nonnull (strstr (text, vc_card_get_stages (card)[0]));
  g_assert_nonnull (strstr (text, ((VcQuestion *)g_ptr_array_index (first, 0))->text));
  g_assert_null (strstr (text, vc_card_get_stages (card)[1]));
  for (guint i = 0; i < second->len; i++)
    g_assert_null (strstr (text, ((VcQuestion *)g_ptr_array_index (second, i))->text));
  vc_test_settle (300);
  vc_test_save_screenshot (window, "card-part-1");
  g_clear_pointer (&text, g_free);

  vc_card_view_set_step (VC_CARD_VIEW (view), 1, FALSE);
  text = dup_labels (view);
  g_assert_nonnull (strstr (text, vc_card_get_stages (card)[1]));
  g_assert_nonnull (strstr (text, ((VcQuestion *)g_ptr_array_index (first, 0))->text));
  for (guint i = 0; i < second->len; i++)
    g_assert_nonnull (strstr (text, ((VcQuestion *)g_ptr_array_index (second, i))->text));
  vc_test_settle (300);
  vc_test_save_screenshot (window, "card-part-2");
  g_clear_pointer (&text, g_free);

  /* One by one: part 1 and its question, then part 2 and one more
   * question at a time. */
  vc_card_view_set_step (VC_CARD_VIEW (view), 0, TRUE);
  g_assert_cmpuint (vc_card_view_get_n_steps (VC_CARD_VIEW (view), TRUE), ==, 1 + 3);
  vc_card_view_set_step (VC_CARD_VIEW (view), 2, TRUE);
  text = dup_labels (view);
  g_assert_nonnull (strstr (text, ((VcQuestion *)g_ptr_array_index (second, 1))->text));
  g_assert_null (strstr (text, ((VcQuestion *)g_ptr_array_index (second, 2))->text));
  g_clear_pointer (&text, g_free);

  /* A dilemma in one part keeps its questions coming after its story. */
  card = vc_deck_find_card (deck, "the-present");
  if (card != NULL && g_strv_length ((char **)vc_card_get_stages (card)) == 1)
    {
      vc_card_view_show_card_at_step (VC_CARD_VIEW (view), card, 1, 0, TRUE);
      g_assert_cmpuint (vc_card_view_get_n_steps (VC_CARD_VIEW (view), TRUE), ==,
                        MAX (1, vc_card_get_questions (card)->len));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (100);
}

/* The room sees each part of a two-part dilemma with its own questions. */
static void
test_projector_parts (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "workplace-dilemmas.vcdeck", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autofree char *text = NULL;
  VcProjector *projector;
  VcCard *card;

  deck = vc_deck_load_file (file, 0, NULL, &error);
  g_assert_no_error (error);
  card = vc_deck_find_card (deck, "a-familiar-name");
  second = vc_card_dup_questions_for_stage (card, 1);

  projector = vc_projector_new ();
  gtk_window_set_default_size (GTK_WINDOW (projector), 1920, 1080);
  gtk_window_present (GTK_WINDOW (projector));

  vc_projector_show_card (projector, card, 5, 0, FALSE);
  vc_test_settle (500);
  text = dup_labels (GTK_WIDGET (projector));
  g_assert_null (strstr (text, ((VcQuestion *)g_ptr_array_index (second, 0))->text));
  vc_test_save_screenshot (GTK_WIDGET (projector), "projector-part-1");
  g_clear_pointer (&text, g_free);

  vc_projector_show_card (projector, card, 5, 1, FALSE);
  vc_test_settle (500);
  text = dup_labels (GTK_WIDGET (projector));
  g_assert_nonnull (strstr (text, ((VcQuestion *)g_ptr_array_index (second, 0))->text));
  vc_test_save_screenshot (GTK_WIDGET (projector), "projector-part-2");

  gtk_window_destroy (GTK_WINDOW (projector));
  vc_test_settle (100);
}

/* Once the deck is fixed, the problems page reads it again and shows the
 * deck, through the window that shows the page. */
static void
test_reload_after_fix (void)
{
  g_autofree char *broken = data_path ("broken", "not-json.vcdeck");
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "..", "data", "decks",
                                                 "workplace-dilemmas.vcdeck", NULL);
  g_autofree char *dir = g_dir_make_tmp ("vc-problems-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "being-fixed.vcdeck", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  GtkWidget *view;
  VcWindow *window = new_window (1366, 768);

  g_assert_true (g_file_get_contents (broken, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  open_path (window, path, "problems");
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  view = vc_test_find (GTK_WIDGET (window), VC_TYPE_PROBLEMS_VIEW, NULL, NULL);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "problems.reload", NULL));
  vc_test_show_page (window, "deck");
  g_assert_cmpstr (vc_window_get_page (window), ==, "deck");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/problems/in-words", test_problems_in_words);
  g_test_add_func ("/problems/not-found", test_not_found);
  g_test_add_func ("/problems/strict-json", test_problems_strict_json);
  g_test_add_func ("/problems/missing-picture", test_missing_picture);
  g_test_add_func ("/problems/reload-after-fix", test_reload_after_fix);
  g_test_add_func ("/card-view/parts", test_card_view_parts);
  g_test_add_func ("/card-view/projector", test_projector_parts);

  return g_test_run ();
}
