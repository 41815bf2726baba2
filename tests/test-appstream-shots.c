/* test-appstream-shots.c
 *
 * The screenshots a software centre shows, made from the built-in decks at
 * one fixed size: the values game with pairs made, a dilemma presented with
 * the facilitator's window, a meeting in timed steps, the summary of a
 * finished meeting and a deck written in the editor. Each is saved as appstream-shots/NAME.png (NAME-sv.png in
 * Swedish) in the build folder, for build-aux/update-screenshots to copy
 * into data/screenshots. The shot list is checked against the metainfo,
 * and each committed screenshot against the shot that makes it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vc-deck-document.h"
#include "vc-editor-form.h"
#include "vc-editor-preview.h"
#include "vc-editor-window.h"
#include "vc-plan-dialog.h"
#include "vc-presentation.h"
#include "vc-projector.h"
#include "vc-window.h"
#include "ui-test.h"

/* The laptop the app is made to fit, the size of screen most often found
 * at a care workplace's meeting; near enough 16:9, the shape software
 * centres show screenshots in, and little larger than the 1248x702 that
 * Flathub's pages draw them at. */
#define SHOT_WIDTH 1366
#define SHOT_HEIGHT 768

/* What each screenshot shows, in the order of the metainfo. */
static const char * const shots[] = { "board", "present", "steps", "summary", "editor", NULL };

/* Why the shots cannot be made on this display, if they cannot. */
static char *too_small;

static gboolean
skip_if_too_small (void)
{
  if (too_small == NULL)
    return FALSE;
  g_test_skip (too_small);
  return TRUE;
}

static void
check_display (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle area;

  gdk_monitor_get_geometry (monitor, &area);
  /* GTK keeps a window inside its screen, and the frame takes some more. */
  if (area.width < SHOT_WIDTH + 32 || area.height < SHOT_HEIGHT + 32)
    too_small = g_strdup_printf ("the display is %dx%d, too small for a %dx%d window; "
                                 "meson runs this test on a display of its own with xvfb-run",
                                 area.width, area.height, SHOT_WIDTH, SHOT_HEIGHT);
}

static gboolean
is_swedish (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "sv");
}

/* What a group would write, in the language of the screenshot. */
static const char *
in_language (const char *english,
             const char *swedish)
{
  return is_swedish () ? swedish : english;
}

static char *
shot_file_name (const char *name)
{
  return is_swedish () ? g_strdup_printf ("%s-sv.png", name) : g_strdup_printf ("%s.png", name);
}

/* Makes the window's own size, frame included, give a picture of exactly
 * the shot's size, and saves it. */
static void
save_shot (GtkWidget  *window,
           const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "appstream-shots", NULL);
  g_autofree char *file = shot_file_name (name);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GdkTexture) texture = NULL;

  for (guint tries = 0; tries < 3; tries++)
    {
      int width, height;

      g_clear_object (&texture);
      texture = vc_test_render (window);
      width = gdk_texture_get_width (texture);
      height = gdk_texture_get_height (texture);
      if (width == SHOT_WIDTH && height == SHOT_HEIGHT)
        break;
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (window),
                                   width + SHOT_WIDTH - gdk_texture_get_width (texture),
                                   height + SHOT_HEIGHT - gdk_texture_get_height (texture));
      vc_test_settle (500);
    }
  g_assert_cmpint (gdk_texture_get_width (texture), ==, SHOT_WIDTH);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, SHOT_HEIGHT);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s", path);

  /* The one in data/screenshots was made by this shot, at this size. */
  {
    g_autofree char *committed_path = g_test_build_filename (G_TEST_DIST, "..", "data", "screenshots", file, NULL);
    g_autoptr(GFile) committed_file = g_file_new_for_path (committed_path);
    g_autoptr(GdkTexture) committed = NULL;
    g_autoptr(GError) error = NULL;

    committed = gdk_texture_new_from_file (committed_file, &error);
    if (committed == NULL)
      g_error ("%s: %s; run build-aux/update-screenshots", committed_path, error->message);
    g_assert_cmpint (gdk_texture_get_width (committed), ==, SHOT_WIDTH);
    g_assert_cmpint (gdk_texture_get_height (committed), ==, SHOT_HEIGHT);
  }
}

static VcWindow *
open_deck (const char *name)
{
  return vc_test_open_deck (name, SHOT_WIDTH + 10, SHOT_HEIGHT + 10);
}

static void
close_window (VcWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  vc_test_settle (200);
}

static gboolean
is_people_row (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), _("Who is here?")) == 0;
}

/* Names the people in the group as the facilitator would: typed into the
 * roles' field and applied. */
static void
type_people (GtkWidget  *window,
             const char *names)
{
  GtkWidget *row = vc_test_find (window, ADW_TYPE_ENTRY_ROW, is_people_row, NULL);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), names);
  g_signal_emit_by_name (row, "apply");
}

/* Nothing has the keyboard: no cursor or focus ring in the picture. */
static void
drop_focus (GtkWidget *window)
{
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  vc_test_settle (100);
}

static gint64 clock_ahead;

static gint64
clock_later (gpointer data)
{
  return g_get_monotonic_time () + clock_ahead;
}

static gboolean
is_expander (GtkWidget *widget,
             gpointer   data)
{
  return ADW_IS_EXPANDER_ROW (widget) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (widget));
}

/* The values game at a meeting, three pairs made and their reasons
 * written. */
static void
test_board (void)
{
  VcWindow *window;
  VcBoard *board;
  GPtrArray *pairs;
  GtkWidget *expander;
  struct { const char *word; const char *picture; const char *en; const char *sv; } made[] = {
    { "dignity", "coffee", "Time to sit down together, as equals.",
      "Tid att sitta ner tillsammans, som jämlikar." },
    { "self-determination", "door-key", "It is their home: we ring the bell and wait.",
      "Det är deras hem: vi ringer på och väntar." },
    { "privacy", "towel-door", "Knock, wait, and close the door behind you.",
      "Knacka, vänta och stäng dörren efter dig." },
  };

  if (skip_if_too_small ())
    return;
  window = open_deck ("values-game.vcdeck");

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "board");
  board = vc_window_get_board (window);

  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.pair", "(ss)",
                                                 made[i].word, made[i].picture));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (board), "board.set-reason", "(us)", i,
                                                 in_language (made[i].en, made[i].sv)));
    }
  pairs = vc_session_get_pairs (vc_board_get_session (board));
  g_assert_cmpuint (pairs->len, ==, G_N_ELEMENTS (made));

  /* The group knows the game by now: the rules folded away. */
  while ((expander = vc_test_find (GTK_WIDGET (board), ADW_TYPE_EXPANDER_ROW, is_expander, NULL)) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), FALSE);

  drop_focus (GTK_WIDGET (window));
  save_shot (GTK_WIDGET (window), "board");
  close_window (window);
}

/* A dilemma on the projector, seen from the facilitator's window: the card
 * as the room sees it, the next card, the timer, the roles and notes. */
static void
test_present (void)
{
  VcWindow *window;
  VcPresentation *presentation;
  VcPlayerView *player;
  VcSession *session;
  VcTimer *timer;

  if (skip_if_too_small ())
    return;
  window = open_deck ("workplace-dilemmas.vcdeck");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  vc_test_show_page (window, "player");
  presentation = vc_window_get_presentation (window);
  g_assert_true (vc_presentation_is_active (presentation));
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  type_people (GTK_WIDGET (window), "Aida, Mats, Leila, Jonas");
  g_assert_cmpuint (g_strv_length ((char **)vc_session_get_people (session)), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (player), "player.go-to", "u", 2);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 2);
  vc_player_view_set_notes_text (player, in_language ("Ask the person first. Tell the manager if it happens again.",
                                                      "Fråga personen först. Berätta för chefen om det händer igen."));
  /* Some minutes into the talk about the card. */
  timer = vc_player_view_get_timer (player);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.timer-toggle", NULL);
  g_assert_true (vc_timer_is_running (timer));
  vc_timer_set_clock (timer, clock_later, NULL);
  clock_ahead = (6 * 60 + 18) * G_USEC_PER_SEC;

  drop_focus (GTK_WIDGET (window));
  save_shot (GTK_WIDGET (window), "present");
  g_assert_cmpint (vc_timer_get_elapsed_seconds (timer), >=, 6 * 60 + 18);
  vc_timer_set_clock (timer, NULL, NULL);
  vc_presentation_stop (presentation);
  close_window (window);
}

/* Lets the meeting's clock run on by @seconds, as if that time had passed. */
static void
pass_time (gint64 seconds)
{
  clock_ahead += seconds * G_USEC_PER_SEC;
  vc_test_settle (300);
}

/* The good conversation in five steps, planned for five people, presented,
 * and come to the round where everyone speaks: the room and the
 * facilitator see the step, the time left and whose turn it is. */
static void
test_steps (void)
{
  VcWindow *window;
  g_autoptr(VcFormatRun) run = NULL;
  VcPlanDialog *dialog;
  VcPlayerView *player;
  GtkWidget *spin;
  GtkWidget *start;

  if (skip_if_too_small ())
    return;
  window = open_deck ("value-conflicts.vcdeck");

  clock_ahead = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-meeting", NULL));
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (TRUE)));
  dialog = vc_test_find_plan_dialog ();
  g_assert_true (vc_plan_dialog_select_format (dialog, "five-step-guide"));
  run = g_object_ref (vc_plan_dialog_get_run (dialog));
  /* How many are there: the dialog's first field. */
  spin = vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 5);
  vc_format_run_set_clock (run, clock_later, NULL);
  start = vc_test_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, vc_test_has_button_label, (gpointer)_("_Start Meeting"));
  g_assert_nonnull (start);
  g_signal_emit_by_name (start, "clicked");
  g_assert_true (vc_test_wait_until (vc_test_has_plan_dialog, GINT_TO_POINTER (FALSE)));

  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  g_assert_true (vc_player_view_get_run (player) == run);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "b", TRUE);
  g_assert_true (vc_presentation_is_active (vc_window_get_presentation (window)));

  /* Names, purpose and question on the introduction; the first card, and
   * thinking alone about it; then the round. */
  pass_time (4 * 60 + 40);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  g_assert_cmpuint (vc_player_view_get_position (player), ==, 1);
  pass_time (3 * 60 + 50);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  g_assert_cmpuint (vc_format_run_get_current_step (run), ==, 2);
  pass_time (100);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.step-next", NULL);
  g_assert_cmpuint (vc_format_run_get_current_turn (run), ==, 1);
  pass_time (50);

  drop_focus (GTK_WIDGET (window));
  save_shot (GTK_WIDGET (window), "steps");
  vc_presentation_stop (vc_window_get_presentation (window));
  close_window (window);
}

/* A finished meeting: notes on the cards discussed, the roles as they went
 * round, and what the group carries over to the next meeting. */
static void
test_summary (void)
{
  VcWindow *window;
  const char *people[] = { "Aida", "Mats", "Leila", NULL };
  VcPlayerView *player;
  VcSession *session;

  if (skip_if_too_small ())
    return;
  window = open_deck ("value-conflicts.vcdeck");

  vc_test_start_new (window, "win.start-meeting");
  vc_test_show_page (window, "player");
  player = vc_window_get_player (window);
  session = vc_player_view_get_session (player);
  vc_session_set_people (session, people);

  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, in_language ("Both matter. We ask the person what matters most to them today.",
                                                      "Båda är viktiga. Vi frågar personen vad som är viktigast i dag."));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.rotate-roles", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next", NULL);
  vc_player_view_set_notes_text (player, in_language ("We write down what we agreed, so the evening shift knows too.",
                                                      "Vi skriver ner det vi kom överens om, så att kvällspasset också vet."));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.finish-session", NULL);
  vc_test_show_page (window, "summary");
  g_assert_nonnull (vc_session_get_ended (session));
  vc_summary_view_set_carry_over_text (vc_window_get_summary (window),
                                       in_language ("Ask the manager about the rota\nTalk to the relatives' council in March",
                                                    "Fråga chefen om schemat\nPrata med anhörigrådet i mars"));

  drop_focus (GTK_WIDGET (window));
  save_shot (GTK_WIDGET (window), "summary");
  close_window (window);
}

static gboolean
is_checked (gpointer editor)
{
  return !vc_editor_window_is_checking (editor);
}

/* A team's own deck, written in the editor: a dilemma in two parts with a
 * question and a way to act, beside the card as the room will see it. */
static void
test_editor (void)
{
  g_autoptr(VcDeckDocument) document = NULL;
  VcEditorWindow *editor;
  VcEditorPreview *preview;
  GtkAdjustment *adjustment;
  GtkWidget *scroller;
  GtkWidget *field;

  if (skip_if_too_small ())
    return;

  document = vc_deck_document_new (VC_DECK_KIND_DILEMMAS, in_language ("Our Hard Days", "Våra svåra dagar"));
  editor = vc_editor_window_new (NULL, document);
  gtk_window_set_default_size (GTK_WINDOW (editor), SHOT_WIDTH + 10, SHOT_HEIGHT + 10);
  gtk_window_present (GTK_WINDOW (editor));
  vc_test_settle (200);

  vc_test_type_into_editor (editor, "/description",
             in_language ("Situations from our own unit, for the staff meeting.",
                          "Situationer från vår egen enhet, till arbetsplatsträffen."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-card", "s", "dilemma"));
  g_assert_cmpstr (vc_editor_window_get_selected (editor), ==, "/cards/0");
  vc_test_type_into_editor (editor, "/cards/0/title", in_language ("The locked door", "Den låsta dörren"));
  vc_test_type_into_editor (editor, "/cards/0/stages/0",
             in_language ("Ella, 88, wants to go for a walk in the evening, but the front door is locked at eight.",
                          "Ella, 88, vill gå på en promenad på kvällen, men ytterdörren låses klockan åtta."));
  vc_test_press_editor_button (editor, "/cards/0/stages", NULL);
  vc_test_type_into_editor (editor, "/cards/0/stages/1",
             in_language ("A colleague says it has always been like that, for everyone's safety.",
                          "En kollega säger att det alltid har varit så, för allas säkerhet."));
  vc_test_type_into_editor (editor, "/cards/0/questions/0", in_language ("Who decides when Ella may go out?",
                                                          "Vem bestämmer när Ella får gå ut?"));
  vc_test_press_editor_button (editor, "/cards/0/questions/0", _("Add Answer Options"));
  vc_test_type_into_editor (editor, "/cards/0/questions/0/options/0", "Ella");
  vc_test_type_into_editor (editor, "/cards/0/questions/0/options/1", in_language ("The staff", "Personalen"));
  vc_test_press_editor_button (editor, "/cards/0/questions/0/options", NULL);
  vc_test_type_into_editor (editor, "/cards/0/questions/0/options/2", in_language ("Her family", "Hennes familj"));
  vc_test_press_editor_button (editor, "/cards/0/actions", NULL);
  vc_test_type_into_editor (editor, "/cards/0/actions/0/text", in_language ("Go out with Ella, and ask her what she wants.",
                                                             "Gå ut med Ella och fråga vad hon vill."));
  g_assert_true (vc_test_wait_until (is_checked, editor));

  /* Back to the top of the card, its last part on the preview. */
  vc_editor_window_select (editor, "/cards/0");
  field = vc_editor_form_get_field (vc_editor_window_get_form (editor), "/cards/0/title");
  g_assert_nonnull (field);
  scroller = gtk_widget_get_ancestor (field, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  vc_test_settle (200);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  preview = vc_editor_window_get_preview (editor);
  vc_editor_preview_set_step (preview, vc_editor_preview_get_n_steps (preview) - 1);

  drop_focus (GTK_WIDGET (editor));
  save_shot (GTK_WIDGET (editor), "editor");
  gtk_window_destroy (GTK_WINDOW (editor));
  vc_test_settle (200);
}

/* Every shot is in the metainfo, at its size, in English and in Swedish,
 * and the metainfo shows no screenshot that is not made here. */
static void
test_listed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "io.github.vardegrund.ValueCards.metainfo.xml.in", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("<image( [^>]*)?>[^<]*/data/screenshots/([^<]*)</image>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  guint n_shots = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *attributes = g_match_info_fetch (match, 1);
      g_autofree char *file = g_match_info_fetch (match, 2);
      g_autofree char *size = g_strdup_printf ("width=\"%d\" height=\"%d\"", SHOT_WIDTH, SHOT_HEIGHT);

      if (strstr (attributes, size) == NULL)
        g_error ("%s is not listed at %dx%d in %s", file, SHOT_WIDTH, SHOT_HEIGHT, path);
      g_ptr_array_add (listed, g_steal_pointer (&file));
    }

  for (guint i = 0; shots[i] != NULL; i++, n_shots++)
    {
      g_autofree char *english = g_strdup_printf ("%s.png", shots[i]);
      g_autofree char *swedish = g_strdup_printf ("%s-sv.png", shots[i]);
      guint index;

      g_assert_true (g_ptr_array_find_with_equal_func (listed, english, g_str_equal, &index));
      /* In the metainfo's order, each English image before its Swedish one. */
      g_assert_cmpuint (index, ==, 2 * i);
      g_assert_true (g_ptr_array_find_with_equal_func (listed, swedish, g_str_equal, &index));
      g_assert_cmpuint (index, ==, 2 * i + 1);
    }
  g_assert_cmpuint (listed->len, ==, 2 * n_shots);
}

int
main (int   argc,
      char *argv[])
{
  vc_test_ui_init (&argc, &argv);
  check_display ();

  g_test_add_func ("/appstream/listed", test_listed);
  g_test_add_func ("/appstream/board", test_board);
  g_test_add_func ("/appstream/present", test_present);
  g_test_add_func ("/appstream/steps", test_steps);
  g_test_add_func ("/appstream/summary", test_summary);
  g_test_add_func ("/appstream/editor", test_editor);

  return g_test_run ();
}
