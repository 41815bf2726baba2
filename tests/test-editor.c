/* test-editor.c
 *
 * The deck editor as someone writing a deck uses it: its actions, its
 * fields and its keys, the preview of the room's screen, the problems
 * it points at, and the file it saves, played afterwards.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ui-test.h"
#include "vc-deck-loader.h"
#include "vc-deck-problem.h"
#include "vc-deck-translations.h"
#include "vc-deck-draft.h"
#include "vc-editor-window.h"

static char *
decks_file (const char *name)
{
  return g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), name, NULL);
}

static VcEditorWindow *
open_editor (VcDeckDocument *document,
             int             width,
             int             height)
{
  VcEditorWindow *window = vc_editor_window_new (NULL, document);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  vc_test_settle (200);
  return window;
}

static gboolean
checked (gpointer window)
{
  return !vc_editor_window_is_checking (window);
}

static void
wait_checked (VcEditorWindow *window)
{
  g_assert_true (vc_test_wait_until (checked, window));
}

static void
activate (VcEditorWindow *window,
          const char     *action,
          GVariant       *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
}

static void
press_icon (VcEditorWindow *window,
            const char     *path,
            const char     *icon)
{
  const char *wanted[] = { path, NULL };
  g_autoptr(GPtrArray) buttons = vc_test_find_all (GTK_WIDGET (vc_editor_window_get_form (window)),
                                                   GTK_TYPE_BUTTON, vc_test_is_editor_button, wanted);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), icon) == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        vc_test_settle (50);
        return;
      }
  g_assert_not_reached ();
}

static GtkWidget *
outline_row (VcEditorWindow *window,
             const char     *path)
{
  GtkListBox *outline = vc_editor_window_get_outline (window);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (outline, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "vc-path"), path) == 0)
      return GTK_WIDGET (row);
  return NULL;
}

static const char *
outline_title (VcEditorWindow *window,
               const char     *path)
{
  GtkWidget *row = outline_row (window, path);

  g_assert_nonnull (row);
  return gtk_label_get_text (g_object_get_data (G_OBJECT (row), "vc-title"));
}

typedef struct
{
  VcEditorWindow *window;
  const char     *path;
  const char     *title;
} TitleWait;

static gboolean
outline_shows (gpointer data)
{
  TitleWait *wait = data;

  return g_strcmp0 (outline_title (wait->window, wait->path), wait->title) == 0;
}

/* The outline follows typing a moment later, not in the same frame. */
static void
wait_outline_title (VcEditorWindow *window,
                    const char     *path,
                    const char     *title)
{
  TitleWait wait = { window, path, title };

  vc_test_wait_until (outline_shows, &wait);
  g_assert_cmpstr (outline_title (window, path), ==, title);
}

static gboolean
has_label (GtkWidget *widget,
           gpointer   text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("vc-editor-XXXXXX", NULL);

  return g_build_filename (dir, name, NULL);
}

static void
screenshot (VcEditorWindow *window,
            const char     *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  vc_test_save_screenshot (GTK_WIDGET (window), name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  vc_test_save_screenshot (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* A unit's own values game, from nothing: three words, two photos, saved,
 * opened again and played. */
static void
test_values_game (void)
{
  static const char *words[][2] = {
    { "Dignity", "We see the whole person, also on a hard day." },
    { "Trust", "We do what we said we would do." },
    { "Self-determination", "The person decides about their own day." },
  };
  static const char *pictures[][2] = {
    { "garden.svg", "A garden with a bench under a tree" },
    { "hands.svg", "Two hands holding each other" },
  };
  g_autoptr(VcDeckDocument) document = vc_deck_document_new (VC_DECK_KIND_VALUES_GAME, "Our Unit’s Values");
  g_autofree char *path = temp_path ("our-values.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(VcDeck) deck = NULL;
  VcEditorWindow *window = open_editor (document, 1920, 1080);
  VcEditorPreview *preview = vc_editor_window_get_preview (window);
  VcWindow *player;
  g_autofree char *title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *item = g_strdup_printf ("/values-game/words/%u", i);
      g_autofree char *word = g_strconcat (item, "/word", NULL);
      g_autofree char *definition = g_strconcat (item, "/definition", NULL);

      activate (window, "editor.add-word", NULL);
      g_assert_cmpstr (vc_editor_window_get_selected (window), ==, item);
      vc_test_type_into_editor (window, word, words[i][0]);
      vc_test_type_into_editor (window, definition, words[i][1]);
      g_assert_cmpstr (vc_deck_document_get_string (document, word), ==, words[i][0]);
      /* The room's screen shows the word as it is typed. */
      g_assert_cmpstr (vc_editor_preview_get_mode (preview), ==, "words");
      g_assert_nonnull (vc_test_find (vc_editor_preview_get_screen (preview), GTK_TYPE_LABEL,
                                      has_label, (gpointer)words[i][0]));
      wait_outline_title (window, item, words[i][0]);
    }
  screenshot (window, "editor-word");

  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autofree char *picture_path = decks_file (pictures[i][0]);
      g_autofree char *in_images = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "images",
                                                     pictures[i][0], NULL);
      g_autoptr(GFile) picture = g_file_new_for_path (in_images);
      g_autofree char *uri = g_file_get_uri (picture);

      activate (window, "editor.add-picture-file", g_variant_new ("(ss)", uri, pictures[i][1]));
    }
  g_assert_cmpuint (vc_deck_document_get_length (document, "/values-game/images"), ==, 2);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/values-game/images/1/alt"), ==, pictures[1][1]);

  /* A photo dropped from Files is described before it goes in. */
  {
    g_autofree char *in_images = g_build_filename (g_getenv ("VALUE_CARDS_DECKS_DIR"), "images", "meal.svg", NULL);
    g_autoptr(GFile) picture = g_file_new_for_path (in_images);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    GSList list = { picture, NULL };
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;
    GtkWindow *dialog;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_list (&list));
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
    g_value_unset (&value);
    g_assert_true (accepted);

    dialog = vc_test_find_dialog ();
    g_assert_nonnull (dialog);
    vc_test_save_screenshot (GTK_WIDGET (dialog), "editor-describe-picture");
    gtk_editable_set_text (GTK_EDITABLE (vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL, NULL)),
                           "A meal shared at a table");
    vc_test_answer_dialog ("add");
    gtk_window_destroy (dialog);
    g_assert_cmpuint (vc_deck_document_get_length (document, "/values-game/images"), ==, 3);
    g_assert_cmpstr (vc_deck_document_get_string (document, "/values-game/images/2/alt"), ==,
                     "A meal shared at a table");
    activate (window, "editor.remove-picture", g_variant_new_uint32 (2));
    g_assert_cmpuint (vc_deck_document_get_length (document, "/values-game/images"), ==, 2);
  }
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/values-game/images");
  wait_checked (window);
  g_assert_nonnull (vc_editor_window_get_deck (window));
  g_assert_nonnull (vc_editor_form_get_field (vc_editor_window_get_form (window), "/values-game/images/1/alt"));
  screenshot (window, "editor-pictures");

  /* The board as the room sees it, with the words and pictures so far. */
  vc_editor_window_select (window, "/values-game");
  g_assert_cmpstr (vc_editor_preview_get_mode (preview), ==, "board");
  screenshot (window, "editor-board");

  /* Saved, the title loses its mark of unsaved changes. */
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_true (g_str_has_prefix (title, "•"));
  vc_editor_window_set_save_file (window, file);
  activate (window, "editor.save", NULL);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (vc_deck_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* The one file is the whole deck: read again, and played. */
  deck = vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, &problems, NULL);
  g_assert_nonnull (deck);
  g_assert_cmpuint (vc_deck_get_words (deck)->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (vc_deck_get_images (deck)), ==, 2);

  player = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (player), 1366, 768);
  gtk_window_present (GTK_WINDOW (player));

  /* "Try It" plays the deck as it is in the editor, in the library's
   * window, without saving it. */
  vc_test_type_into_editor (window, "/title", "Our Unit’s Values, Tried");
  activate (window, "editor.try-it", NULL);
  vc_test_settle (200);
  g_assert_nonnull (vc_window_get_board (player));
  g_assert_true (vc_deck_document_get_modified (document));
  vc_test_save_screenshot (GTK_WIDGET (player), "editor-try-it");
  activate (window, "editor.undo", NULL);

  vc_window_open_file (player, file);
  vc_test_show_page (player, "deck");
  vc_test_start_new (player, "win.start-meeting");
  vc_test_settle (200);
  g_assert_nonnull (vc_window_get_board (player));

  g_assert_null (vc_test_find_dialog ());
  gtk_window_destroy (GTK_WINDOW (player));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dilemma with every part a dilemma can have, made with the form's
 * buttons, and stepped through on the preview. */
static void
test_dilemma (void)
{
  g_autoptr(VcDeckDocument) document = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, "Hard Days");
  VcEditorWindow *window = open_editor (document, 1366, 768);
  VcEditorPreview *preview = vc_editor_window_get_preview (window);
  JsonNode *node;

  activate (window, "editor.add-card", g_variant_new_string ("dilemma"));
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/0");

  vc_test_type_into_editor (window, "/cards/0/title", "The locked door");
  /* The preview follows the key press at once, before anything else runs. */
  g_assert_nonnull (vc_test_find (GTK_WIDGET (vc_editor_preview_get_card_view (preview)), GTK_TYPE_LABEL,
                                  has_label, "1. The locked door"));
  g_assert_cmpstr (outline_title (window, "/cards/0"), !=, "The locked door");
  wait_outline_title (window, "/cards/0", "The locked door");

  vc_test_type_into_editor (window, "/cards/0/stages/0", "Ella wants to go out, but her door is locked at night.");
  vc_test_press_editor_button (window, "/cards/0/stages", NULL);
  vc_test_type_into_editor (window, "/cards/0/stages/1", "A colleague says it has always been like that.");
  vc_test_press_editor_button (window, "/cards/0/stages/0", _("Add Questions for This Part"));
  node = vc_deck_document_get_node (document, "/cards/0/stages/0");
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  vc_test_type_into_editor (window, "/cards/0/stages/0/questions/0", "What do you think is going on?");

  vc_test_type_into_editor (window, "/cards/0/questions/0", "Who decides when Ella may go out?");
  vc_test_press_editor_button (window, "/cards/0/questions/0", _("Add Answer Options"));
  node = vc_deck_document_get_node (document, "/cards/0/questions/0/options");
  g_assert_nonnull (node);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
  vc_test_type_into_editor (window, "/cards/0/questions/0/options/0", "Ella");
  vc_test_type_into_editor (window, "/cards/0/questions/0/options/1", "The staff");
  vc_test_press_editor_button (window, "/cards/0/questions/0/options", NULL);
  vc_test_type_into_editor (window, "/cards/0/questions/0/options/2", "Her family");

  vc_test_press_editor_button (window, "/cards/0/actions", NULL);
  vc_test_type_into_editor (window, "/cards/0/actions/0/text", "Talk with Ella about what she wants.");
  vc_test_press_editor_button (window, "/cards/0/actions", NULL);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/actions/1/label"), ==, "B");
  vc_test_press_editor_button (window, "/cards/0/tags", NULL);
  vc_test_type_into_editor (window, "/cards/0/tags/0", "självbestämmande");
  vc_test_type_into_editor (window, "/cards/0/facilitator-notes", "Let everyone speak before the second part.");

  /* A list reorders with its buttons. */
  press_icon (window, "/cards/0/questions/0/options/2", "go-up-symbolic");
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/questions/0/options/1"), ==, "Her family");
  wait_checked (window);
  g_assert_cmpuint (vc_deck_problems_count (vc_editor_window_get_problems (window), VC_DECK_SEVERITY_ERROR), ==, 0);

  /* Stepped through on the preview, at both shapes of projector. */
  g_assert_cmpuint (vc_editor_preview_get_n_steps (preview), ==, 2);
  vc_editor_preview_set_step (preview, 1);
  g_assert_cmpuint (vc_editor_preview_get_step (preview), ==, 1);
  screenshot (window, "editor-dilemma");
  vc_editor_preview_set_wide (preview, FALSE);
  vc_editor_preview_set_light (preview, TRUE);
  vc_editor_preview_set_step (preview, vc_editor_preview_get_n_steps (preview) - 1);
  screenshot (window, "editor-dilemma-4-3-light");
  vc_editor_preview_set_wide (preview, TRUE);
  vc_editor_preview_set_light (preview, FALSE);

  /* A change to the second part is seen at the second part. */
  vc_editor_preview_set_step (preview, 1);
  vc_test_type_into_editor (window, "/cards/0/stages/1", "A colleague says the door has always been locked.");
  g_assert_cmpuint (vc_editor_preview_get_step (preview), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remove_from_list (void)
{
  g_autoptr(VcDeckDocument) document = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, "Lists");
  VcEditorWindow *window = open_editor (document, 1366, 768);
  const char *wanted[] = { "/cards/0/questions/0", NULL };
  GtkWidget *remove = NULL;
  GPtrArray *buttons;

  activate (window, "editor.add-card", g_variant_new_string ("dilemma"));
  buttons = vc_test_find_all (GTK_WIDGET (vc_editor_window_get_form (window)), GTK_TYPE_BUTTON,
                              vc_test_is_editor_button, wanted);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), "user-trash-symbolic") == 0)
      remove = g_ptr_array_index (buttons, i);
  g_ptr_array_unref (buttons);
  g_assert_nonnull (remove);

  /* The last question of an optional list takes the list with it: an
   * empty list is an error in a deck. */
  g_signal_emit_by_name (remove, "clicked");
  g_assert_null (vc_deck_document_get_node (document, "/cards/0/questions"));
  activate (window, "editor.undo", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards/0/questions"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Deleting, bringing back and moving cards, with the keys' actions. */
static void
test_undo_and_reorder (void)
{
  g_autofree char *path = decks_file ("workplace-dilemmas.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = vc_deck_document_new_from_file (file, NULL);
  VcEditorWindow *window = open_editor (document, 1366, 768);
  guint n = vc_deck_document_get_length (document, "/cards");
  g_autofree char *first = g_strdup (vc_deck_document_get_string (document, "/cards/0/title"));
  g_autofree char *second = g_strdup (vc_deck_document_get_string (document, "/cards/1/title"));
  g_autofree char *last = g_strdup_printf ("/cards/%u", n - 1);
  GMenuModel *menu;

  vc_editor_window_select (window, "/cards/0");
  activate (window, "editor.move-down", NULL);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/1/title"), ==, first);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/title"), ==, second);
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/1");
  g_assert_cmpstr (outline_title (window, "/cards/0"), ==, second);
  activate (window, "editor.move-up", NULL);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/title"), ==, first);

  vc_editor_window_select (window, "/cards/1");
  activate (window, "editor.delete", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards"), ==, n - 1);
  g_assert_null (outline_row (window, last));
  /* The card that took its place is the one shown. */
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/1");

  /* The menu says what undo will do. */
  vc_test_settle (50);
  g_assert_nonnull (vc_deck_document_get_undo_label (document));
  menu = vc_editor_window_get_undo_menu (window);
  {
    g_autofree char *label = NULL;

    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_nonnull (strstr (label, vc_deck_document_get_undo_label (document)));
  }

  activate (window, "editor.undo", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards"), ==, n);
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/1/title"), ==, second);
  vc_test_settle (50);
  g_assert_nonnull (outline_row (window, last));
  activate (window, "editor.redo", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards"), ==, n - 1);
  activate (window, "editor.undo", NULL);

  /* A card dragged onto another in the outline takes its place. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (outline_row (window, "/cards/0"));
    g_autofree char *third = g_strdup (vc_deck_document_get_string (document, "/cards/2/title"));
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "/cards/2");
    g_signal_emit_by_name (target, "drop", &value, 5.0, 5.0, &accepted);
    g_value_unset (&value);
    g_assert_true (accepted);
    g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/title"), ==, third);
    g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/1/title"), ==, first);
    g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/0");
    activate (window, "editor.undo", NULL);
    g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/0/title"), ==, first);
  }

  /* Ctrl+D makes a copy right after, and shows it. */
  vc_editor_window_select (window, "/cards/2");
  activate (window, "editor.duplicate", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards"), ==, n + 1);
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/3");
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/3/title"), ==,
                   vc_deck_document_get_string (document, "/cards/2/title"));
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/3/id"), !=,
                   vc_deck_document_get_string (document, "/cards/2/id"));

  /* Closing with changes asks first; "Cancel" keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  vc_test_answer_dialog ("cancel");
  vc_test_settle (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static int
find_problem (VcEditorWindow *window,
              VcDeckError     code,
              const char     *path)
{
  GListModel *problems = vc_editor_window_get_problems (window);

  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);

      if (vc_deck_problem_get_code (problem) == code &&
          (path == NULL || g_strcmp0 (vc_deck_problem_get_path (problem), path) == 0))
        return (int)i;
    }
  return -1;
}

/* A deck with errors opens, shows where they are, and is fixed. */
static void
test_fix_broken (void)
{
  static const char broken[] =
    "{\n"
    "  \"format-version\": 1,\n"
    "  \"id\": \"local.broken\",\n"
    "  \"version\": \"1\",\n"
    "  \"kind\": \"dilemmas\",\n"
    "  \"title\": \"Broken\",\n"
    "  \"description\": \"A deck with a card to fix.\",\n"
    "  \"source-language\": \"en\",\n"
    "  \"authors\": [\"Test\"],\n"
    "  \"license\": \"CC0-1.0\",\n"
    "  \"audience\": [\"staff-meeting\"],\n"
    "  \"cards\": [\n"
    "    { \"id\": \"one\", \"kind\": \"question\", \"text\": \"Is this fine?\" },\n"
    "    { \"id\": \"one\", \"kind\": \"dilemma\", \"stages\": [\"Something happens.\"], \"questions\": [\"What now?\"] }\n"
    "  ]\n"
    "}\n";
  g_autofree char *path = temp_path ("broken.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = NULL;
  VcEditorWindow *window;
  GListModel *problems;
  GtkWidget *row;
  GtkWidget *field;
  int found = -1;
  int index;

  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  document = vc_deck_document_new_from_file (file, NULL);
  g_assert_nonnull (document);
  window = open_editor (document, 1366, 768);
  wait_checked (window);

  problems = vc_editor_window_get_problems (window);
  g_assert_nonnull (problems);
  g_assert_cmpuint (vc_deck_problems_count (problems, VC_DECK_SEVERITY_ERROR), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(VcDeckProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *pointer = vc_deck_problem_dup_pointer (problem);

      if (g_str_has_prefix (pointer, "/cards/1") && found < 0)
        found = (int)i;
    }
  g_assert_cmpint (found, >=, 0);

  /* The outline marks the card, and the problem leads to it. */
  row = outline_row (window, "/cards/1");
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "vc-problem")));
  vc_test_save_screenshot (GTK_WIDGET (window), "editor-problems");
  activate (window, "editor.show-problem", g_variant_new_uint32 ((guint)found));
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/cards/1");
  field = vc_editor_form_get_field (vc_editor_window_get_form (window), "/cards/1/title");
  g_assert_nonnull (field);
  vc_test_settle (50);
  screenshot (window, "editor-problem-shown");

  vc_test_type_into_editor (window, "/cards/1/title", "The second card");
  wait_checked (window);

  /* The plain fixes: an id of its own for a card that has another's, an
   * ending for a deck without one, and a story too long for a 1024×768
   * projector cut in two. */
  g_assert_cmpuint (vc_deck_problems_count (vc_editor_window_get_problems (window), VC_DECK_SEVERITY_ERROR), ==, 1);
  index = find_problem (window, VC_DECK_ERROR_DUPLICATE_ID, NULL);
  g_assert_cmpint (index, >=, 0);
  activate (window, "editor.fix-problem", g_variant_new_uint32 ((guint)index));
  g_assert_cmpstr (vc_deck_document_get_string (document, "/cards/1/id"), !=, "one");
  wait_checked (window);
  g_assert_cmpuint (vc_deck_problems_count (vc_editor_window_get_problems (window), VC_DECK_SEVERITY_ERROR), ==, 0);
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (outline_row (window, "/cards/1")),
                                                            "vc-problem")));

  index = find_problem (window, VC_DECK_ERROR_MISSING_FIELD, "$.closing");
  g_assert_cmpint (index, >=, 0);
  activate (window, "editor.fix-problem", g_variant_new_uint32 ((guint)index));
  g_assert_nonnull (vc_deck_document_get_node (document, "/closing"));
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/closing");

  {
    GString *story = g_string_new (NULL);

    for (guint i = 0; i < 32; i++)
      g_string_append_printf (story, "%sThis is sentence number %u of a story that goes on and on.", i ? " " : "", i + 1);
    g_assert_true (vc_deck_document_set_string (document, "/cards/1/stages/0", story->str, NULL));
    g_string_free (story, TRUE);
  }
  wait_checked (window);
  index = find_problem (window, VC_DECK_ERROR_TEXT_TOO_LONG, "$.cards[1]");
  g_assert_cmpint (index, >=, 0);
  activate (window, "editor.fix-problem", g_variant_new_uint32 ((guint)index));
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards/1/stages"), ==, 2);
  g_assert_true (g_str_has_suffix (vc_deck_document_get_string (document, "/cards/1/stages/0"), "."));
  g_assert_true (g_str_has_prefix (vc_deck_document_get_string (document, "/cards/1/stages/1"), "This is"));
  activate (window, "editor.undo", NULL);
  g_assert_cmpuint (vc_deck_document_get_length (document, "/cards/1/stages"), ==, 1);

  activate (window, "editor.save", NULL);
  g_assert_nonnull (vc_deck_load_file (file, VC_DECK_LOAD_DEFAULT, NULL, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A deck translated in the editor, field by field, and from a .po file. */
static void
test_translations (void)
{
  static const char po[] =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Language: fi\\n\"\n"
    "\n"
    "msgid \"Kind Words\"\n"
    "msgstr \"Ystävällisiä sanoja\"\n";
  g_autoptr(VcDeckDocument) document = vc_deck_document_new (VC_DECK_KIND_QUESTIONS, "Kind Words");
  g_autofree char *po_path = temp_path ("fi.po");
  VcEditorWindow *window = open_editor (document, 1366, 768);
  g_autoptr(VcCatalog) catalog = NULL;
  GtkWidget *form = GTK_WIDGET (vc_editor_window_get_form (window));

  /* The deck is written in English whatever the app speaks. */
  g_assert_true (vc_deck_document_set_string (document, "/source-language", "en", NULL));
  activate (window, "editor.add-card", g_variant_new_string ("question"));
  vc_test_type_into_editor (window, "/cards/0/text", "What did someone say that helped you?");

  vc_editor_window_select (window, "/translations");
  activate (window, "editor.add-language", g_variant_new_string ("sv"));
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/translations/sv");
  g_assert_nonnull (outline_row (window, "/translations/sv"));

  /* The texts in the order of the deck: the title comes first. */
  g_assert_nonnull (vc_test_find (form, GTK_TYPE_LABEL, has_label, "Kind Words"));
  vc_test_type_into_editor (window, "/translations/sv/0", "Vänliga ord");
  catalog = vc_deck_document_dup_catalog (document, "sv");
  g_assert_cmpstr (vc_catalog_lookup (catalog, "Kind Words"), ==, "Vänliga ord");
  screenshot (window, "editor-translation");

  /* The card changes: its translation is shown as changed since. */
  {
    guint index = 0;
    g_autoptr(GPtrArray) entries = vc_deck_document_dup_translation_entries (document, "sv", NULL);
    g_autofree char *field = NULL;
    g_autofree char *was = NULL;

    for (guint i = 0; i < entries->len; i++)
      if (g_str_has_prefix (((VcTranslationEntry *)g_ptr_array_index (entries, i))->msgid, "What did someone"))
        index = i;
    field = g_strdup_printf ("/translations/sv/%u", index);
    vc_test_type_into_editor (window, field, "Vad sa någon som hjälpte dig?");

    vc_editor_window_select (window, "/cards/0/text");
    vc_test_type_into_editor (window, "/cards/0/text", "What did someone say that helped you today?");
    vc_editor_window_select (window, "/translations/sv");
    g_assert_nonnull (vc_test_find (form, GTK_TYPE_LABEL, has_label, "What did someone say that helped you today?"));
    /* Translators: %s is a text as it was before it was changed */
    was = g_strdup_printf (_("Changed since it was translated. It was: “%s”"), "What did someone say that helped you?");
    g_assert_nonnull (vc_test_find (form, GTK_TYPE_LABEL, has_label, was));
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (vc_editor_form_get_field (vc_editor_window_get_form (window), field)));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      /* The old translation is there to be checked. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_assert_cmpstr (text, ==, "Vad sa någon som hjälpte dig?");
    }
  }

  /* A .po file from a translation tool comes in by its language. */
  g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
  activate (window, "editor.import-translation-file", g_variant_new_string (po_path));
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/translations/fi");
  vc_editor_window_select (window, "/translations");
  screenshot (window, "editor-languages");

  gtk_window_destroy (GTK_WINDOW (window));
}

static VcEditorWindow *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (VC_IS_EDITOR_WINDOW (toplevel))
        return VC_EDITOR_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
has_visible_action (GtkWidget *widget,
                    gpointer   action)
{
  return vc_test_has_action (widget, action) && gtk_widget_is_visible (widget);
}

static gboolean
user_deck_listed (gpointer data)
{
  VcWindow *window = data;

  return g_list_model_get_n_items (vc_deck_library_get_user (vc_window_get_library (window))) > 0;
}

/* The ways in from the library: one's own copy of a deck that comes with
 * the app, a new deck, and a deck with problems. */
static void
test_from_library (void)
{
  VcWindow *window = vc_test_open_deck ("workplace-dilemmas.vcdeck", 1366, 768);
  g_autofree char *path = temp_path ("our-dilemmas.vcdeck");
  g_autofree char *broken = temp_path ("broken.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  VcEditorWindow *editor;
  GtkWindow *dialog;

  /* A deck that comes with the app is never changed in place. */
  g_assert_nonnull (vc_test_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_visible_action, "win.copy-deck"));
  g_assert_null (vc_test_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_visible_action, "win.edit-deck"));
  vc_test_save_screenshot (GTK_WIDGET (window), "editor-from-library");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-deck", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_null (vc_deck_document_get_file (vc_editor_window_get_document (editor)));
  {
    g_autofree char *deck_path = decks_file ("workplace-dilemmas.vcdeck");
    g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
    g_autoptr(VcDeck) original = vc_deck_load_file (deck_file, VC_DECK_LOAD_TRUSTED, NULL, NULL);
    g_autofree char *expected = g_strdup_printf (_("%s, Our Version"), vc_deck_get_title (original));

    g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/title"), ==, expected);
  }
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/id"), !=,
                   "se.vardegrund.workplace-dilemmas");

  /* Saved, the copy joins the library as the user's own deck. */
  vc_editor_window_set_save_file (editor, file);
  activate (editor, "editor.save", NULL);
  g_assert_true (g_file_query_exists (file, NULL));
  vc_window_deck_saved (window, file);
  g_assert_true (vc_test_wait_until (user_deck_listed, window));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A new deck: its kind and title asked for first. */
  g_assert_null (vc_test_find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-deck", NULL));
  dialog = vc_test_find_dialog ();
  g_assert_nonnull (dialog);
  vc_test_save_screenshot (GTK_WIDGET (dialog), "editor-new-deck");
  gtk_editable_set_text (GTK_EDITABLE (vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL, NULL)), "Our Values");
  vc_test_answer_dialog ("create");
  gtk_window_destroy (dialog);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/title"), ==, "Our Values");
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/kind"), ==, "values-game");
  vc_deck_document_set_autosave (vc_editor_window_get_document (editor), FALSE);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A deck with problems offers to fix them in the editor. */
  g_assert_true (g_file_set_contents (broken, "{\"format-version\": 1, \"kind\": \"questions\"}", -1, NULL));
  vc_window_open_file (window, broken_file);
  vc_test_show_page (window, "problems");
  g_assert_nonnull (vc_test_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_visible_action, "problems.fix"));
  vc_test_save_screenshot (GTK_WIDGET (window), "editor-fix-in-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-file", "s", g_file_get_uri (broken_file)));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (g_file_equal (vc_deck_document_get_file (vc_editor_window_get_document (editor)), broken_file));
  wait_checked (editor);
  g_assert_cmpuint (vc_deck_problems_count (vc_editor_window_get_problems (editor), VC_DECK_SEVERITY_ERROR), >, 0);
  screenshot (editor, "editor-broken");

  /* What has no field is added by the problem's own button. */
  for (const char * const *member = (const char * const[]) { "$.id", "$.version", NULL }; *member != NULL; member++)
    {
      int index = find_problem (editor, VC_DECK_ERROR_MISSING_FIELD, *member);

      g_assert_cmpint (index, >=, 0);
      activate (editor, "editor.fix-problem", g_variant_new_uint32 ((guint)index));
      wait_checked (editor);
      g_assert_cmpint (find_problem (editor, VC_DECK_ERROR_MISSING_FIELD, *member), <, 0);
    }
  g_assert_true (g_str_has_prefix (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/id"), "local."));

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
draft_written (gpointer document)
{
  const char *path = vc_deck_document_get_draft_path (document);

  return path != NULL && g_file_test (path, G_FILE_TEST_EXISTS);
}

typedef struct
{
  VcWindow   *window;
  const char *draft;
} DraftWait;

static gboolean
opens_draft (GtkWidget *widget,
             gpointer   draft)
{
  GVariant *target;

  if (!vc_test_has_action (widget, "win.open-draft"))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), draft) == 0;
}

static gboolean
draft_listed (gpointer data)
{
  DraftWait *wait = data;
  GtkWidget *row = vc_test_find (GTK_WIDGET (wait->window), GTK_TYPE_LIST_BOX_ROW, opens_draft, (gpointer)wait->draft);

  return row != NULL && gtk_widget_is_visible (row);
}

/* Work not saved when the app stopped comes back: a deck never saved from
 * the library, and a saved deck when it is opened again. */
static void
test_drafts (void)
{
  g_autoptr(VcDeckDocument) fresh = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, "Never Saved");
  g_autofree char *path = temp_path ("saved.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) saved = vc_deck_document_new (VC_DECK_KIND_QUESTIONS, "Saved Before");
  g_autofree char *draft = NULL;
  VcEditorWindow *editor = open_editor (fresh, 1366, 768);
  VcWindow *window;
  GtkWidget *row;

  vc_test_type_into_editor (editor, "/title", "Never Saved, With Changes");
  g_assert_true (vc_test_wait_until (draft_written, fresh));
  draft = g_strdup (vc_deck_document_get_draft_path (fresh));
  /* As if the app had stopped: the window goes without being closed. */
  gtk_window_destroy (GTK_WINDOW (editor));

  window = vc_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  {
    DraftWait wait = { window, draft };

    g_assert_true (vc_test_wait_until (draft_listed, &wait));
  }
  vc_test_save_screenshot (GTK_WIDGET (window), "editor-unsaved-in-library");
  row = vc_test_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, opens_draft, draft);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-draft",
                                                     gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row))));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/title"), ==,
                   "Never Saved, With Changes");
  g_assert_cmpstr (vc_deck_document_get_draft_path (vc_editor_window_get_document (editor)), ==, draft);
  vc_deck_document_set_autosave (vc_editor_window_get_document (editor), FALSE);
  vc_deck_document_discard_draft (vc_editor_window_get_document (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A saved deck: its changes come back when it is edited again, and
   * "Discard Them" goes back to the file. */
  g_assert_true (vc_deck_document_save (saved, file, NULL));
  editor = vc_editor_window_open (NULL, file, NULL);
  g_assert_nonnull (editor);
  vc_test_type_into_editor (editor, "/title", "Saved Before, Changed After");
  g_assert_true (vc_test_wait_until (draft_written, vc_editor_window_get_document (editor)));
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = vc_editor_window_open (NULL, file, NULL);
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/title"), ==,
                   "Saved Before, Changed After");
  g_assert_true (vc_deck_document_get_modified (vc_editor_window_get_document (editor)));
  vc_test_settle (100);
  screenshot (editor, "editor-draft-restored");
  activate (editor, "editor.discard-draft", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (vc_deck_document_get_string (vc_editor_window_get_document (editor), "/title"), ==, "Saved Before");
  g_assert_false (vc_deck_document_get_modified (vc_editor_window_get_document (editor)));

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pages that are not a card or a word. */
static void
test_pages (void)
{
  g_autofree char *path = decks_file ("workplace-dilemmas.vcdeck");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(VcDeckDocument) document = vc_deck_document_new_from_file (file, NULL);
  VcEditorWindow *window = open_editor (document, 1366, 768);

  screenshot (window, "editor-details");
  vc_editor_window_select (window, "/roles");
  g_assert_nonnull (vc_editor_form_get_field (vc_editor_window_get_form (window), "/roles/0/name"));
  screenshot (window, "editor-roles");
  vc_editor_window_select (window, "/introduction");
  wait_checked (window);
  vc_editor_window_select (window, "/introduction/purpose");
  g_assert_cmpstr (vc_editor_window_get_selected (window), ==, "/introduction");
  screenshot (window, "editor-introduction");
  vc_editor_window_select (window, "/closing");
  g_assert_nonnull (vc_editor_form_get_field (vc_editor_window_get_form (window), "/closing/questions/0"));
  screenshot (window, "editor-closing");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);

  g_test_add_func ("/editor/values-game", test_values_game);
  g_test_add_func ("/editor/dilemma", test_dilemma);
  g_test_add_func ("/editor/remove-from-list", test_remove_from_list);
  g_test_add_func ("/editor/undo-and-reorder", test_undo_and_reorder);
  g_test_add_func ("/editor/fix-broken", test_fix_broken);
  g_test_add_func ("/editor/pages", test_pages);
  g_test_add_func ("/editor/translations", test_translations);
  g_test_add_func ("/editor/from-library", test_from_library);
  g_test_add_func ("/editor/drafts", test_drafts);

  return g_test_run ();
}
