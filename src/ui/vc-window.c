/* vc-window.c
 *
 * The main window: the deck library, an opened deck, or its problems.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "vc-board.h"
#include "vc-deck-library.h"
#include "vc-deck-loader.h"
#include "vc-deck-view.h"
#include "vc-export.h"
#include "vc-journal-view.h"
#include "vc-player-view.h"
#include "vc-presentation.h"
#include "vc-problems-view.h"
#include "vc-session-describe.h"
#include "vc-session-row.h"
#include "vc-session-store.h"
#include "vc-summary-view.h"
#include "vc-ui-util.h"
#include "vc-window.h"

struct _VcWindow
{
  AdwApplicationWindow  parent_instance;

  GtkRevealer          *save_banner;
  GtkLabel             *save_banner_label;
  gboolean              quit_unsaved;

  VcDeckLibrary        *library;
  char                **recent;
  gboolean              library_started;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkStack             *library_stack;
  GtkSpinner           *spinner;
  AdwPreferencesGroup  *builtin_group;
  AdwPreferencesGroup  *user_group;
  GtkListBox           *builtin_list;
  GtkListBox           *user_list;
  VcDeckView           *deck_view;
  VcProblemsView       *problems_view;
  VcPlayerView         *player_view;
  GtkWidget            *board_page;
  AdwWindowTitle       *board_title;
  VcBoard              *board;
  VcSessionStore       *store;
  VcSummaryView        *summary_view;
  VcSession            *deleted;
  VcJournalView        *journal_view;
  /* A session just started, kept out of the store until something is
   * done in it, so that one opened and left at once is never listed. */
  VcSession            *pending;
  char                 *pending_state;
  AdwPreferencesGroup  *sessions_group;
  GtkListBox           *sessions_list;
  GSettings            *settings;
  VcPresentation       *presentation;
  gboolean              present_when_opened;
  gboolean              sessions_loaded;
};

G_DEFINE_FINAL_TYPE (VcWindow, vc_window, ADW_TYPE_APPLICATION_WINDOW)

static void show_deck     (VcWindow *self,
                           VcDeck   *deck);
static void load_sessions (VcWindow *self);

static VcSettings *
get_settings (VcWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app ? vc_application_get_settings (VC_APPLICATION (app)) : NULL;
}

/* The deck and problem pages are made when first needed, so that starting
 * the app builds only the library. */
static void
ensure_pages (VcWindow *self)
{
  AdwLeafletPage *page;

  if (self->deck_view != NULL)
    return;

  self->deck_view = g_object_new (VC_TYPE_DECK_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->deck_view));
  adw_leaflet_page_set_name (page, "deck");

  self->problems_view = g_object_new (VC_TYPE_PROBLEMS_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->problems_view));
  adw_leaflet_page_set_name (page, "problems");
}

static void
show_toast (VcWindow   *self,
            const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Says, until a save succeeds, that something typed is only in memory. */
static void
show_save_banner (VcWindow   *self,
                  const char *message)
{
  /* A save can end after the window's parts are gone. */
  if (self->save_banner == NULL)
    return;

  gtk_label_set_label (self->save_banner_label, message);
  gtk_revealer_set_reveal_child (self->save_banner, TRUE);
}

static gboolean
save_sessions (VcWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->player_view != NULL)
    vc_player_view_stop (self->player_view);

  /* A failed save keeps the session in memory and is tried again on the
   * next change; the person is told, so nothing is lost unknowingly. */
  if (!vc_session_store_flush (self->store, &error))
    {
      show_save_banner (self, error->message);
      return FALSE;
    }

  return TRUE;
}

static void
ensure_player (VcWindow *self)
{
  AdwLeafletPage *page;

  if (self->player_view != NULL)
    return;

  self->player_view = g_object_new (VC_TYPE_PLAYER_VIEW, NULL);
  page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->player_view));
  adw_leaflet_page_set_name (page, "player");
}

static GtkWidget *
board_finish_button (VcWindow *self)
{
  GtkWidget *header = gtk_widget_get_first_child (self->board_page);

  return g_object_get_data (G_OBJECT (header), "vc-finish");
}

/* A meeting ends as the deck ends it: with the closing card, then the
 * summary. */
static void
update_board_finish (VcWindow *self)
{
  GtkWidget *finish = board_finish_button (self);
  gboolean to_closing = !vc_board_get_closing (self->board)
                        && vc_deck_get_closing (vc_board_get_deck (self->board)) != NULL;

  gtk_button_set_label (GTK_BUTTON (finish), to_closing ? _("_Closing Card") : _("_Finish"));
  gtk_widget_set_tooltip_text (finish, to_closing ? _("Go On to the Closing Card")
                                                  : _("Finish and See the Summary"));
}

static void
on_board_finish_clicked (VcWindow *self)
{
  if (self->board == NULL)
    return;

  if (!vc_board_get_closing (self->board)
      && vc_deck_get_closing (vc_board_get_deck (self->board)) != NULL)
    {
      vc_board_set_closing (self->board, TRUE);
      return;
    }

  vc_board_stop (self->board);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.finish-session", NULL);
}

/* The values game is played on a board of its own, in a page made for
 * each session. */
static void
show_board (VcWindow  *self,
            VcDeck    *deck,
            VcSession *session)
{
  if (self->board_page == NULL)
    {
      AdwLeafletPage *page;
      GtkWidget *header = adw_header_bar_new ();
      GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");

      gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "win.go-back");
      gtk_widget_set_tooltip_text (back, _("Back to the Deck"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (back),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to the Deck"),
                                      -1);
      adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
      {
        GtkWidget *finish = gtk_button_new_with_mnemonic (_("_Finish"));

        g_signal_connect_swapped (finish, "clicked", G_CALLBACK (on_board_finish_clicked), self);
        gtk_widget_add_css_class (finish, "suggested-action");
        adw_header_bar_pack_end (ADW_HEADER_BAR (header), finish);
        g_object_set_data (G_OBJECT (header), "vc-finish", finish);
      }
      {
        GtkWidget *present = gtk_button_new_from_icon_name ("video-display-symbolic");

        gtk_actionable_set_action_name (GTK_ACTIONABLE (present), "win.present");
        gtk_actionable_set_action_target (GTK_ACTIONABLE (present), "b", FALSE);
        gtk_widget_set_tooltip_text (present, _("Present on a Projector"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (present),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Present on a Projector"),
                                        -1);
        adw_header_bar_pack_end (ADW_HEADER_BAR (header), present);
      }
      self->board_title = ADW_WINDOW_TITLE (adw_window_title_new (NULL, NULL));
      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->board_title));

      self->board_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_box_append (GTK_BOX (self->board_page), header);
      page = adw_leaflet_append (self->leaflet, self->board_page);
      adw_leaflet_page_set_name (page, "board");
    }

  if (self->board != NULL)
    gtk_box_remove (GTK_BOX (self->board_page), GTK_WIDGET (self->board));

  self->board = VC_BOARD (vc_board_new (deck, session));
  gtk_widget_set_vexpand (GTK_WIDGET (self->board), TRUE);
  gtk_box_append (GTK_BOX (self->board_page), GTK_WIDGET (self->board));
  g_signal_connect_object (self->board, "notify::closing",
                           G_CALLBACK (update_board_finish), self, G_CONNECT_SWAPPED);
  update_board_finish (self);
  adw_window_title_set_title (self->board_title, vc_deck_get_title (deck));
  adw_window_title_set_subtitle (self->board_title,
                                 vc_session_get_kind (session) == VC_SESSION_KIND_MEETING
                                   ? _("Meeting") : _("Reflection"));
  adw_leaflet_set_visible_child_name (self->leaflet, "board");
}

/* The names of the people last time, so a team need not type them again.
 * They are offered, not filled in: the last meeting may have been another
 * team's. */
static const char * const *
last_people (VcWindow  *self,
             VcSession *session,
             VcDeck    *deck)
{
  GListModel *sessions = vc_session_store_get_sessions (self->store);

  /* The names last used at any meeting, finished or not: the list is
   * newest first. */
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(VcSession) other = g_list_model_get_item (sessions, i);

      if (other != session &&
          vc_session_get_kind (other) == VC_SESSION_KIND_MEETING &&
          vc_session_get_people (other)[0] != NULL)
        return vc_session_get_people (other);
    }

  return NULL;
}

static void
stop_presenting (VcWindow *self)
{
  if (self->presentation != NULL)
    vc_presentation_stop (self->presentation);
}

static void
play_session (VcWindow  *self,
              VcDeck    *deck,
              VcSession *session)
{
  VcSession *previous = NULL;

  stop_presenting (self);

  if (vc_deck_get_kind (deck) == VC_DECK_KIND_VALUES_GAME)
    {
      show_board (self, deck, session);
      return;
    }

  if (vc_session_get_kind (session) == VC_SESSION_KIND_MEETING)
    previous = vc_session_store_find_previous (self->store, vc_deck_get_id (deck),
                                               VC_SESSION_KIND_MEETING, session);

  ensure_player (self);
  vc_player_view_play (self->player_view, deck, session);
  vc_player_view_set_carry_over (self->player_view,
                                 previous ? vc_session_get_carry_over (previous) : NULL);
  adw_leaflet_set_visible_child_name (self->leaflet, "player");
}

static char *
dup_state (VcSession *session)
{
  g_autoptr(JsonNode) node = vc_session_to_json (session);

  return json_to_string (node, FALSE);
}

/* Lets go of a session nothing was done in: it was never saved. */
static void
drop_pending (VcWindow *self)
{
  if (self->pending == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->pending, self);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->pending_state, g_free);
}

/* Something was typed or done: from now on the session is saved. */
static void
on_pending_changed (VcSession *session,
                    VcWindow  *self)
{
  g_autofree char *state = dup_state (session);

  if (g_strcmp0 (state, self->pending_state) == 0)
    return;

  g_object_ref (session);
  drop_pending (self);
  vc_session_store_add (self->store, session);
  g_object_unref (session);
}

static void
start_new_session (VcWindow      *self,
                   VcSessionKind  kind)
{
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;
  g_autoptr(VcSession) session = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) role_ids = NULL;
  g_auto(GStrv) offered = NULL;
  g_autofree char *path = NULL;
  GPtrArray *roles;

  if (deck == NULL)
    return;

  load_sessions (self);
  drop_pending (self);
  path = vc_deck_get_file (deck) ? g_file_get_path (vc_deck_get_file (deck)) : NULL;
  session = vc_session_new (kind, vc_deck_get_id (deck), vc_deck_get_version (deck), path);
  vc_session_set_deck_title (session, vc_deck_get_title (deck));

  roles = vc_deck_get_roles (deck);
  for (guint i = 0; i < roles->len; i++)
    g_strv_builder_add (builder, ((VcRole *)g_ptr_array_index (roles, i))->id);
  if (roles->len == 0)
    {
      g_strv_builder_add (builder, "coordinator");
      g_strv_builder_add (builder, "timekeeper");
      g_strv_builder_add (builder, "scribe");
    }
  role_ids = g_strv_builder_end (builder);
  vc_session_set_role_ids (session, (const char * const *)role_ids);

  if (kind == VC_SESSION_KIND_MEETING)
    offered = g_strdupv ((char **)last_people (self, session, deck));

  play_session (self, deck, session);

  if (offered != NULL && self->board != NULL
      && vc_board_get_session (self->board) == session)
    vc_meeting_panel_offer_names (vc_board_get_meeting_panel (self->board),
                                  (const char * const *)offered);
  else if (offered != NULL && self->player_view != NULL)
    vc_player_view_offer_people (self->player_view, (const char * const *)offered);

  /* Saved only once something is typed or done: a meeting opened and
   * left at its first page is no session. What the player set on the
   * way in (the first page) is part of the state it started with. */
  self->pending = g_object_ref (session);
  self->pending_state = dup_state (session);
  g_signal_connect (session, "changed", G_CALLBACK (on_pending_changed), self);
}

/* The newest session of @kind with the deck shown that was left unfinished. */
static VcSession *
find_unfinished (VcWindow      *self,
                 VcDeck        *deck,
                 VcSessionKind  kind)
{
  GListModel *sessions = vc_session_store_get_sessions (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (sessions, i);

      if (vc_session_get_kind (session) == kind && vc_session_get_ended (session) == NULL &&
          g_strcmp0 (vc_session_get_deck_id (session), vc_deck_get_id (deck)) == 0)
        return session;
    }

  return NULL;
}

static void
on_continue_response (AdwMessageDialog *dialog,
                      const char       *response,
                      VcWindow         *self)
{
  VcSession *session = g_object_get_data (G_OBJECT (dialog), "vc-session");
  VcSessionKind kind = vc_session_get_kind (session);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (deck == NULL)
    return;

  if (g_str_equal (response, "continue"))
    play_session (self, deck, session);
  else if (g_str_equal (response, "new"))
    start_new_session (self, kind);
}

/* Starting again with a deck whose last session was left half-way offers
 * to go on with it, rather than leaving it behind in silence. */
static void
start_session (VcWindow      *self,
               VcSessionKind  kind)
{
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;
  VcSession *unfinished;
  g_autofree char *started = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gboolean meeting = kind == VC_SESSION_KIND_MEETING;

  if (deck == NULL)
    return;

  load_sessions (self);
  unfinished = find_unfinished (self, deck, kind);
  if (unfinished == NULL)
    {
      start_new_session (self, kind);
      return;
    }

  started = g_date_time_format (vc_session_get_started (unfinished), "%Y-%m-%d %H:%M");
  progress = vc_session_dup_progress (unfinished, deck);
  if (meeting)
    /* Translators: the date and time an unfinished meeting started, and
     * how far it got, as “card 3 of 9” */
    body = g_strdup_printf (_("The meeting with this deck started %s was left unfinished (%s). "
                              "Continue it, or start a new one?"), started, progress);
  else
    /* Translators: the date and time an unfinished reflection started,
     * and how far it got, as “card 3 of 9” */
    body = g_strdup_printf (_("Your reflection with this deck started %s was left unfinished (%s). "
                              "Continue it, or start a new one?"), started, progress);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   meeting ? _("Continue the Unfinished Meeting?")
                                           : _("Continue Your Unfinished Reflection?"),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "new", meeting ? _("Start a _New Meeting") : _("Start a _New Reflection"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "vc-session", g_object_ref (unfinished), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_continue_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  start_session (VC_WINDOW (widget), VC_SESSION_KIND_MEETING);
}

static void
start_reflection_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  start_session (VC_WINDOW (widget), VC_SESSION_KIND_REFLECTION);
}

static void
show_summary (VcWindow  *self,
              VcSession *session,
              VcDeck    *deck)
{
  if (self->summary_view == NULL)
    {
      AdwLeafletPage *page;

      self->summary_view = g_object_new (VC_TYPE_SUMMARY_VIEW, NULL);
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->summary_view));
      adw_leaflet_page_set_name (page, "summary");
    }

  vc_summary_view_show (self->summary_view, session, deck);
  adw_leaflet_set_visible_child_name (self->leaflet, "summary");
}

static VcSession *
current_session (VcWindow *self)
{
  const char *page = vc_window_get_page (self);

  if (g_strcmp0 (page, "board") == 0 && self->board != NULL)
    return vc_board_get_session (self->board);
  if (g_strcmp0 (page, "player") == 0 && self->player_view != NULL)
    return vc_player_view_get_session (self->player_view);
  return NULL;
}

static void
finish_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = current_session (self);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (session == NULL)
    return;

  stop_presenting (self);
  if (self->player_view != NULL)
    vc_player_view_stop (self->player_view);
  vc_session_finish (session);
  save_sessions (self);
  show_summary (self, session, deck);
}

typedef struct
{
  VcWindow  *self;
  VcSession *session;
} ResumeRequest;

static void
on_resume_deck_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ResumeRequest *request = user_data;
  g_autoptr(VcWindow) self = request->self;
  g_autoptr(VcSession) session = request->session;
  g_autoptr(VcDeck) deck = vc_deck_load_finish (result, NULL, NULL);

  g_free (request);

  if (deck == NULL)
    {
      /* The deck has moved or changed: what was written can still be read. */
      show_summary (self, session, NULL);
      show_toast (self, _("The deck of this session cannot be opened; its summary is shown instead"));
      return;
    }

  show_deck (self, deck);
  if (vc_session_get_ended (session) != NULL)
    show_summary (self, session, deck);
  else
    play_session (self, deck, session);
}

static void
resume_session (VcWindow  *self,
                VcSession *session)
{
  const char *path = vc_session_get_deck_path (session);
  g_autoptr(GFile) file = NULL;
  ResumeRequest *request;

  if (path == NULL)
    {
      show_summary (self, session, NULL);
      return;
    }

  file = g_file_new_for_path (path);
  request = g_new0 (ResumeRequest, 1);
  request->self = g_object_ref (self);
  request->session = g_object_ref (session);
  vc_deck_load_async (file, vc_deck_library_get_load_flags (file), NULL, on_resume_deck_loaded, request);
}

static void
delete_session (VcWindow  *self,
                VcSession *session)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_object_ref (session);
  if (!vc_session_store_remove (self->store, session, &error))
    {
      show_toast (self, error->message);
      g_object_unref (session);
      return;
    }

  g_clear_object (&self->deleted);
  self->deleted = session;

  toast = adw_toast_new (_("The session is deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static VcSession *
find_session (VcWindow   *self,
              const char *id)
{
  GListModel *sessions = vc_session_store_get_sessions (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(VcSession) session = g_list_model_get_item (sessions, i);

      if (g_str_equal (vc_session_get_id (session), id))
        return session;
    }

  return NULL;
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = find_session (self, g_variant_get_string (parameter, NULL));

  if (session != NULL)
    delete_session (self, session);
}

static void
resume_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcSession *session = find_session (self, g_variant_get_string (parameter, NULL));

  if (session != NULL)
    resume_session (self, session);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted == NULL)
    return;

  if (!vc_session_store_restore (self->store, self->deleted, &error))
    show_toast (self, error->message);
  g_clear_object (&self->deleted);
}

/* The decks known, by id: the library's, with their titles in the app's
 * language. */
static GHashTable *
dup_known_decks (VcWindow *self)
{
  GHashTable *decks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  GListModel *lists[] = {
    vc_deck_library_get_builtin (self->library),
    vc_deck_library_get_user (self->library),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(VcDeckEntry) entry = g_list_model_get_item (lists[l], i);
        VcDeck *deck = vc_deck_entry_get_deck (entry);

        if (deck != NULL && !g_hash_table_contains (decks, vc_deck_get_id (deck)))
          g_hash_table_insert (decks, (gpointer)vc_deck_get_id (deck), g_object_ref (deck));
      }

  return decks;
}

static VcDeck *
find_known_deck (VcWindow   *self,
                 const char *deck_id)
{
  g_autoptr(GHashTable) decks = dup_known_decks (self);
  VcDeck *deck = g_hash_table_lookup (decks, deck_id);

  /* The library keeps its decks, so the pointer outlives the table. */
  return deck;
}

static GtkWidget *
create_session_row (gpointer item,
                    gpointer user_data)
{
  VcSession *session = item;
  VcWindow *self = user_data;

  return vc_session_row_new (session, find_known_deck (self, vc_session_get_deck_id (session)), NULL);
}

/* Rows made before the decks were read name them as saved; made again,
 * they name them as they read now. */
static void
rebind_sessions (VcWindow *self)
{
  if (self->store == NULL || vc_deck_library_is_loading (self->library))
    return;
  gtk_list_box_bind_model (self->sessions_list, vc_session_store_get_sessions (self->store),
                           create_session_row, self, NULL);
}

static void
update_sessions_state (VcWindow *self)
{
  GListModel *sessions;

  /* The store empties its list as the window goes away. */
  if (self->store == NULL)
    return;

  sessions = vc_session_store_get_sessions (self->store);

  gtk_widget_set_visible (GTK_WIDGET (self->sessions_group), g_list_model_get_n_items (sessions) > 0);
}

/* The journal: a person's reflections, newest first, searchable. */
static void
show_journal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GHashTable) decks = NULL;

  if (self->journal_view == NULL)
    {
      AdwLeafletPage *page;

      self->journal_view = g_object_new (VC_TYPE_JOURNAL_VIEW, NULL);
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->journal_view));
      adw_leaflet_page_set_name (page, "journal");
    }

  load_sessions (self);
  decks = dup_known_decks (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "journal");
  vc_journal_view_show (self->journal_view, self->store, decks);
}

static void
on_save_failed (VcSessionStore *store,
                VcSession      *session,
                GError         *error,
                VcWindow       *self)
{
  show_save_banner (self, error->message);
}

static void
on_session_saved (VcSessionStore *store,
                  VcSession      *session,
                  VcWindow       *self)
{
  g_autoptr(GPtrArray) unsaved = NULL;

  if (self->save_banner == NULL)
    return;

  unsaved = vc_session_store_dup_unsaved (store);
  if (unsaved->len == 0)
    gtk_revealer_set_reveal_child (self->save_banner, FALSE);
}

/* The notes that could not be saved, as text to paste somewhere safe. */
static void
copy_unsaved_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GPtrArray) unsaved = vc_session_store_dup_unsaved (self->store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < unsaved->len; i++)
    {
      g_autofree char *markdown = vc_export_markdown (g_ptr_array_index (unsaved, i), NULL);

      if (i > 0)
        g_string_append (text, "\n\n---\n\n");
      g_string_append (text, markdown);
    }

  if (text->len == 0)
    {
      show_toast (self, _("Everything is saved"));
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  show_toast (self, _("The notes are copied: paste them into a document or an e-mail to keep them"));
}

static void
on_unsaved_response (AdwMessageDialog *dialog,
                     const char       *response,
                     VcWindow         *self)
{
  if (g_str_equal (response, "copy"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.copy-unsaved", NULL);
  else if (g_str_equal (response, "quit"))
    {
      self->quit_unsaved = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Closing with notes that could not be saved asks first: they exist only
 * in this window, and would be gone. */
static void
ask_before_losing_notes (VcWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Notes Are Not Saved"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, "%s\n\n%s",
                                  gtk_label_get_label (self->save_banner_label),
                                  _("If you quit now, what you have written since the last save is lost. Copy the notes first to keep them in another document."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "copy", _("C_opy Notes"),
                                    "quit", _("_Quit Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "copy");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  show_toast (VC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_deck (VcWindow *self,
           VcDeck   *deck)
{
  ensure_pages (self);
  vc_deck_view_set_deck (self->deck_view, deck);
  adw_leaflet_set_visible_child_name (self->leaflet, "deck");
}

static void
show_problems (VcWindow   *self,
               GFile      *file,
               GListModel *problems)
{
  ensure_pages (self);
  vc_problems_view_set_problems (self->problems_view, file, problems);
  adw_leaflet_set_visible_child_name (self->leaflet, "problems");
}

static void
update_library_state (VcWindow *self)
{
  guint n_builtin = g_list_model_get_n_items (vc_deck_library_get_builtin (self->library));
  guint n_user = g_list_model_get_n_items (vc_deck_library_get_user (self->library));
  gboolean loading = !self->library_started || vc_deck_library_is_loading (self->library);

  gtk_widget_set_visible (GTK_WIDGET (self->builtin_group), n_builtin > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->user_group), n_user > 0);
  gtk_stack_set_visible_child_name (self->library_stack,
                                    n_builtin + n_user > 0 || loading ? "list" : "empty");
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  VcWindow      *self)
{
  VcDeckEntry *entry = g_object_get_data (G_OBJECT (row), "vc-entry");

  if (vc_deck_entry_get_deck (entry) != NULL)
    show_deck (self, vc_deck_entry_get_deck (entry));
  else
    show_problems (self, vc_deck_entry_get_file (entry), vc_deck_entry_get_problems (entry));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  VcDeckEntry *entry = item;
  g_autofree char *title = vc_deck_entry_dup_title (entry);
  g_autofree char *subtitle = vc_deck_entry_dup_subtitle (entry);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "vc-entry", g_object_ref (entry), g_object_unref);

  if (vc_deck_entry_get_deck (entry) == NULL)
    {
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Has problems"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  icon = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  return row;
}

typedef struct
{
  VcWindow *self;
  GFile    *file;
} OpenRequest;

static void
on_deck_opened (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OpenRequest *request = user_data;
  g_autoptr(VcWindow) self = request->self;
  g_autoptr(GFile) file = request->file;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VcDeck) deck = NULL;

  g_free (request);

  deck = vc_deck_load_finish (result, &problems, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (deck == NULL)
    {
      show_problems (self, file, problems);
      return;
    }

  vc_deck_library_add (self->library, file, deck);
  if (get_settings (self) != NULL)
    vc_settings_add_recent_deck (get_settings (self), file);
  show_deck (self, deck);

  if (self->present_when_opened)
    {
      self->present_when_opened = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.present", "b", TRUE);
    }
}

/**
 * vc_window_open_file:
 * @self: a #VcWindow
 * @file: a deck file
 *
 * Reads @file in the background and shows the deck, or its problems.
 */
void
vc_window_open_file (VcWindow *self,
                     GFile    *file)
{
  OpenRequest *request;

  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  request = g_new0 (OpenRequest, 1);
  request->self = g_object_ref (self);
  request->file = g_object_ref (file);
  vc_deck_load_async (file, vc_deck_library_get_load_flags (file), self->cancellable, on_deck_opened, request);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     VcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      vc_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  g_autoptr(GtkFileFilter) decks = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (decks, _("Decks"));
  gtk_file_filter_add_mime_type (decks, "application/x-value-cards-deck");
  gtk_file_filter_add_suffix (decks, "vcdeck");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open a Deck"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), decks);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static VcPresentation *
ensure_presentation (VcWindow *self)
{
  if (self->presentation == NULL)
    self->presentation = vc_presentation_new (GTK_WINDOW (self), self->settings);
  return self->presentation;
}

/* Presents the session in play, or starts a meeting with the deck shown
 * and presents it: from its first card, or from where the group is. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  gboolean from_start = g_variant_get_boolean (parameter);
  const char *page = vc_window_get_page (self);

  if (g_strcmp0 (page, "deck") == 0 && vc_deck_view_get_deck (self->deck_view) != NULL)
    {
      /* The room is waiting: no question before the cards show. */
      start_new_session (self, VC_SESSION_KIND_MEETING);
      page = vc_window_get_page (self);
      from_start = FALSE;
    }

  if (g_strcmp0 (page, "player") == 0)
    {
      if (vc_session_get_kind (vc_player_view_get_session (self->player_view)) != VC_SESSION_KIND_MEETING)
        {
          show_toast (self, _("A personal reflection is not shown on a projector"));
          return;
        }
      if (from_start)
        gtk_widget_activate_action (GTK_WIDGET (self->player_view), "player.first", NULL);
      vc_presentation_start_player (ensure_presentation (self), self->player_view);
    }
  else if (g_strcmp0 (page, "board") == 0 && self->board != NULL)
    vc_presentation_start_board (ensure_presentation (self), self->board);
  else
    show_toast (self, _("Open a deck to present it"));
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  stop_presenting (VC_WINDOW (widget));
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (APP_PATH "/ui/vc-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  vc_ui_relabel_keys (GTK_WIDGET (shortcuts));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* Leaving a session half-way is fine: it says so, and how to go on. */
static void
show_kept_toast (VcWindow  *self,
                 VcSession *session)
{
  AdwToast *toast;

  toast = adw_toast_new (vc_session_get_kind (session) == VC_SESSION_KIND_MEETING
                           ? _("The meeting is saved, to continue later")
                           : _("Your reflection is saved, to continue later"));
  adw_toast_set_button_label (toast, _("C_ontinue"));
  adw_toast_set_action_name (toast, "win.resume-session");
  adw_toast_set_action_target (toast, "s", vc_session_get_id (session));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);

  stop_presenting (self);

  /* From a session, back to its deck; the session is saved on the way,
   * and can be continued. */
  if (g_strcmp0 (vc_window_get_page (self), "player") == 0 ||
      g_strcmp0 (vc_window_get_page (self), "board") == 0)
    {
      VcSession *session = current_session (self);

      save_sessions (self);
      if (session != NULL && session != self->pending && vc_session_get_ended (session) == NULL)
        show_kept_toast (self, session);
      drop_pending (self);
      adw_leaflet_set_visible_child_name (self->leaflet, "deck");
      return;
    }

  if (g_strcmp0 (vc_window_get_page (self), "summary") == 0 && self->deck_view != NULL &&
      vc_deck_view_get_deck (self->deck_view) != NULL)
    {
      save_sessions (self);
      adw_leaflet_set_visible_child_name (self->leaflet, "deck");
      return;
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "library");
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VcWindow *self = VC_WINDOW (widget);
  VcDeck *deck = self->deck_view ? vc_deck_view_get_deck (self->deck_view) : NULL;

  if (deck != NULL)
    show_problems (self, vc_deck_get_file (deck), vc_deck_get_warnings (deck));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VcWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    vc_window_open_file (self, l->data);
  g_slist_free (files);

  return files != NULL;
}

/* The saved sessions are read once, after the first frame, or before a
 * session is started if that comes first, as with --present: a session
 * started before them would be lost from the list when they are read. */
static void
load_sessions (VcWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *set_aside;

  if (self->sessions_loaded)
    return;
  self->sessions_loaded = TRUE;

  if (!vc_session_store_load (self->store, &error))
    show_toast (self, error->message);

  /* A damaged session file is kept aside, never dropped in silence. */
  set_aside = vc_session_store_get_set_aside (self->store);
  if (set_aside->len > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u saved session was damaged and has been set aside",
                                                            "%u saved sessions were damaged and have been set aside",
                                                            set_aside->len),
                                               set_aside->len);

      show_toast (self, text);
    }
}

static void
on_after_paint (GdkFrameClock *clock,
                VcWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);

  /* Lets a benchmark see the first frame from outside the process. */
  if (g_getenv ("VALUE_CARDS_REPORT_FIRST_FRAME") != NULL)
    {
      fputs ("first-frame\n", stdout);
      fflush (stdout);
    }

  /* Reading decks competes with drawing for the processor, so the window
   * is shown first and the decks fill it in as they arrive. */
  if (!self->library_started)
    {
      self->library_started = TRUE;
      vc_deck_library_load (self->library, (const char * const *)self->recent);
      update_library_state (self);
      load_sessions (self);
    }
}

static void
vc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vc_window_parent_class)->realize (widget);

  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint), widget);
}

static gboolean
vc_window_close_request (GtkWindow *window)
{
  VcWindow *self = VC_WINDOW (window);
  VcSettings *settings = get_settings (self);

  stop_presenting (self);
  if (!save_sessions (self) && !self->quit_unsaved)
    {
      ask_before_losing_notes (self);
      return TRUE;
    }

  if (settings != NULL)
    {
      GSettings *gsettings = vc_settings_get_gsettings (settings);
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (gsettings, "window-width", width);
      g_settings_set_int (gsettings, "window-height", height);
      g_settings_set_boolean (gsettings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (vc_window_parent_class)->close_request (window);
}

/* Settings come from the application, which GObject sets only after
 * construction, so this runs from vc_window_new(). */
static void
vc_window_setup (VcWindow *self)
{
  VcSettings *settings = get_settings (self);
  g_autoptr(GFile) builtin_dir = vc_deck_library_dup_default_builtin_dir ();
  g_autoptr(GFile) user_dir = vc_deck_library_dup_default_user_dir ();
  if (settings != NULL)
    {
      GSettings *gsettings = vc_settings_get_gsettings (settings);

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (gsettings, "window-width"),
                                   g_settings_get_int (gsettings, "window-height"));
      if (g_settings_get_boolean (gsettings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      self->recent = vc_settings_dup_recent_decks (settings);
    }

  self->settings = settings != NULL ? g_object_ref (vc_settings_get_gsettings (settings))
                                    : g_settings_new (APP_ID);
  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    g_autoptr(GAction) light = g_settings_create_action (self->settings, "projector-light");
    g_autoptr(GAction) timer = g_settings_create_action (self->settings, "projector-show-timer");

    g_action_map_add_action (G_ACTION_MAP (group), light);
    g_action_map_add_action (G_ACTION_MAP (group), timer);
    gtk_widget_insert_action_group (GTK_WIDGET (self), "projector", G_ACTION_GROUP (group));
  }

  self->library = vc_deck_library_new (builtin_dir, user_dir);
  {
    g_autoptr(GFile) sessions_dir = vc_session_store_dup_default_dir ();

    self->store = vc_session_store_new (sessions_dir);
  }
  g_signal_connect_object (self->store, "save-failed", G_CALLBACK (on_save_failed), self, 0);
  g_signal_connect_object (self->store, "saved", G_CALLBACK (on_session_saved), self, 0);
  gtk_list_box_bind_model (self->sessions_list, vc_session_store_get_sessions (self->store),
                           create_session_row, self, NULL);
  g_signal_connect_object (vc_session_store_get_sessions (self->store), "items-changed",
                           G_CALLBACK (update_sessions_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::loading",
                           G_CALLBACK (rebind_sessions), self, G_CONNECT_SWAPPED);
  update_sessions_state (self);
  gtk_list_box_bind_model (self->builtin_list, vc_deck_library_get_builtin (self->library),
                           create_row, self, NULL);
  gtk_list_box_bind_model (self->user_list, vc_deck_library_get_user (self->library),
                           create_row, self, NULL);
  g_signal_connect_object (vc_deck_library_get_builtin (self->library), "items-changed",
                           G_CALLBACK (update_library_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vc_deck_library_get_user (self->library), "items-changed",
                           G_CALLBACK (update_library_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::loading",
                           G_CALLBACK (update_library_state), self, G_CONNECT_SWAPPED);

  update_library_state (self);
}

static void
vc_window_dispose (GObject *object)
{
  VcWindow *self = (VcWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  /* The room's window goes first, while the pages it shows are there. */
  if (self->presentation != NULL)
    g_object_run_dispose (G_OBJECT (self->presentation));
  g_clear_object (&self->presentation);

  gtk_widget_dispose_template (GTK_WIDGET (self), VC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  drop_pending (self);
  g_clear_object (&self->store);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->recent, g_strfreev);

  G_OBJECT_CLASS (vc_window_parent_class)->dispose (object);
}

static void
vc_window_class_init (VcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vc_window_dispose;
  widget_class->realize = vc_window_realize;
  window_class->close_request = vc_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/vc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, save_banner);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, save_banner_label);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, library_stack);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, builtin_group);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, user_group);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, user_list);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, VcWindow, sessions_list);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.copy-unsaved", NULL, copy_unsaved_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.start-meeting", NULL, start_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.start-reflection", NULL, start_reflection_action);
  gtk_widget_class_install_action (widget_class, "win.finish-session", NULL, finish_session_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.delete-session", "s", delete_session_action);
  gtk_widget_class_install_action (widget_class, "win.resume-session", "s", resume_session_action);
  gtk_widget_class_install_action (widget_class, "win.show-journal", NULL, show_journal_action);
  gtk_widget_class_install_action (widget_class, "win.present", "b", present_action);
  gtk_widget_class_install_action (widget_class, "win.stop-presenting", NULL, stop_presenting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
}

static void
vc_window_init (VcWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->builtin_list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self->user_list, "row-activated", G_CALLBACK (on_row_activated), self);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

VcWindow *
vc_window_new (VcApplication *application)
{
  VcWindow *self = g_object_new (VC_TYPE_WINDOW, "application", application, NULL);

  vc_window_setup (self);
  return self;
}

/**
 * vc_window_get_library:
 * @self: a #VcWindow
 *
 * Returns: (transfer none): the decks shown in the library
 */
/**
 * vc_window_get_sessions:
 * @self: a #VcWindow
 *
 * Returns: (transfer none): the saved sessions
 */
VcSessionStore *
vc_window_get_sessions (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * vc_window_get_summary:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the summary page, once shown
 */
VcSummaryView *
vc_window_get_summary (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->summary_view;
}

/**
 * vc_window_get_journal:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the journal page, once shown
 */
VcJournalView *
vc_window_get_journal (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->journal_view;
}

/**
 * vc_window_get_board:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the values game board in play
 */
VcBoard *
vc_window_get_board (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->board;
}

/**
 * vc_window_get_player:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the player, once a session started
 */
VcPlayerView *
vc_window_get_player (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->player_view;
}

VcDeckLibrary *
vc_window_get_library (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->library;
}

/**
 * vc_window_get_page:
 * @self: a #VcWindow
 *
 * Returns: "library", "deck" or "problems"
 */
const char *
vc_window_get_page (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return adw_leaflet_get_visible_child_name (self->leaflet);
}

/**
 * vc_window_present_file:
 * @self: a #VcWindow
 * @file: a deck file
 *
 * Opens @file, starts a meeting with it and presents it on the projector.
 */
void
vc_window_present_file (VcWindow *self,
                        GFile    *file)
{
  g_return_if_fail (VC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  self->present_when_opened = TRUE;
  vc_window_open_file (self, file);
}

/**
 * vc_window_get_presentation:
 * @self: a #VcWindow
 *
 * Returns: (transfer none) (nullable): the presentation, once one has
 *   been started
 */
VcPresentation *
vc_window_get_presentation (VcWindow *self)
{
  g_return_val_if_fail (VC_IS_WINDOW (self), NULL);
  return self->presentation;
}
