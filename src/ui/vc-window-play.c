/* vc-window-play.c
 *
 * Starting, continuing and finishing a meeting or a reflection in the main window.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-window-private.h"

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

      self->board_page = VC_BOARD_PAGE (vc_board_page_new ());
      page = adw_leaflet_append (self->leaflet, GTK_WIDGET (self->board_page));
      adw_leaflet_page_set_name (page, "board");
    }

  self->board = VC_BOARD (vc_board_new (deck, session));
  vc_board_page_set_board (self->board_page, self->board);
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
play_session (VcWindow  *self,
              VcDeck    *deck,
              VcSession *session)
{
  VcSession *previous = NULL;

  _vc_window_stop_presenting (self);

  if (vc_deck_get_kind (deck) == VC_DECK_KIND_VALUES_GAME)
    {
      show_board (self, deck, session);
      _vc_window_attach_format (self, deck, session);
      return;
    }

  if (vc_session_get_kind (session) == VC_SESSION_KIND_MEETING)
    previous = vc_session_store_find_previous (self->store, vc_deck_get_id (deck),
                                               VC_SESSION_KIND_MEETING, session);

  _vc_window_ensure_player (self);
  vc_player_view_play (self->player_view, deck, session);
  vc_player_view_set_carry_over (self->player_view,
                                 previous ? vc_session_get_carry_over (previous) : NULL);
  _vc_window_attach_format (self, deck, session);
  adw_leaflet_set_visible_child_name (self->leaflet, "player");
}

static char *
dup_state (VcSession *session)
{
  g_autoptr(JsonNode) node = vc_session_to_json (session);

  return json_to_string (node, FALSE);
}

/* Lets go of a session nothing was done in: it was never saved. */
void
_vc_window_drop_pending (VcWindow *self)
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
  _vc_window_drop_pending (self);
  vc_session_store_add (self->store, session);
  g_object_unref (session);
}

void
_vc_window_start_new_session (VcWindow      *self,
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

  _vc_window_load_sessions (self);
  _vc_window_drop_pending (self);
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
    _vc_window_start_new_session (self, kind);
}

/* Starting again with a deck whose last session was left half-way offers
 * to go on with it, rather than leaving it behind in silence. */
void
_vc_window_start_session (VcWindow      *self,
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

  _vc_window_load_sessions (self);
  unfinished = find_unfinished (self, deck, kind);
  if (unfinished == NULL)
    {
      _vc_window_start_new_session (self, kind);
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

void
_vc_window_show_summary (VcWindow  *self,
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

VcSession *
_vc_window_current_session (VcWindow *self)
{
  const char *page = vc_window_get_page (self);

  if (g_strcmp0 (page, "board") == 0 && self->board != NULL)
    return vc_board_get_session (self->board);
  if (g_strcmp0 (page, "player") == 0 && self->player_view != NULL)
    return vc_player_view_get_session (self->player_view);
  return NULL;
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
      _vc_window_show_summary (self, session, NULL);
      _vc_window_show_toast (self, _("The deck of this session cannot be opened; its summary is shown instead"));
      return;
    }

  _vc_window_show_deck (self, deck);
  if (vc_session_get_ended (session) != NULL)
    _vc_window_show_summary (self, session, deck);
  else
    play_session (self, deck, session);
}

void
_vc_window_resume_session (VcWindow  *self,
                VcSession *session)
{
  const char *path = vc_session_get_deck_path (session);
  g_autoptr(GFile) file = NULL;
  ResumeRequest *request;

  if (path == NULL)
    {
      _vc_window_show_summary (self, session, NULL);
      return;
    }

  file = g_file_new_for_path (path);
  request = g_new0 (ResumeRequest, 1);
  request->self = g_object_ref (self);
  request->session = g_object_ref (session);
  vc_deck_load_async (file, vc_deck_library_get_load_flags (file), NULL, on_resume_deck_loaded, request);
}
