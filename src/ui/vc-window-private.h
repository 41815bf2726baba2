/* vc-window-private.h
 *
 * What the parts of the main window share: its fields, and the functions
 * one part offers the others.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n.h>

#include "vc-board.h"
#include "vc-board-page.h"
#include "vc-deck-library.h"
#include "vc-deck-loader.h"
#include "vc-deck-row.h"
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

G_BEGIN_DECLS

struct _VcWindow
{
  AdwApplicationWindow  parent_instance;

  GtkRevealer          *save_banner;
  GtkLabel             *save_banner_label;
  gboolean              quit_unsaved;

  VcDeckLibrary        *library;
  char                **recent;
  gboolean              library_started;
  guint                 spinner_id;     /* shows the spinner if reading takes long */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkStack             *library_stack;
  GtkSpinner           *spinner;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  /* The library's pages, built when first shown */
  AdwStatusPage        *empty_status;
  GtkWidget            *list_page;
  AdwPreferencesGroup  *builtin_group;
  AdwPreferencesGroup  *user_group;
  GtkListBox           *builtin_list;
  GtkListBox           *user_list;
  AdwPreferencesGroup  *drafts_group;
  GtkListBox           *drafts_list;
  VcDeckView           *deck_view;
  VcProblemsView       *problems_view;
  VcPlayerView         *player_view;
  VcBoardPage          *board_page;
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
  VcSettings           *settings;
  VcPresentation       *presentation;
  GPtrArray            *formats;        /* VcFormat, read when first needed */
  VcFormatRun          *planned_run;    /* planned, for the session starting */
  gboolean              present_when_opened;
  gboolean              sessions_loaded;
};

/* vc-window.c */
VcSettings     *_vc_window_get_settings         (VcWindow       *self);
void            _vc_window_ensure_pages         (VcWindow       *self);
void            _vc_window_ensure_player        (VcWindow       *self);
void            _vc_window_show_toast           (VcWindow       *self,
                                                 const char     *text);
void            _vc_window_stop_presenting      (VcWindow       *self);
VcPresentation *_vc_window_ensure_presentation  (VcWindow       *self);

/* vc-window-actions.c */
void            _vc_window_class_actions_init   (GtkWidgetClass *widget_class);

/* vc-window-play.c */
void            _vc_window_start_session        (VcWindow       *self,
                                                 VcSessionKind   kind);
void            _vc_window_start_new_session    (VcWindow       *self,
                                                 VcSessionKind   kind);
void            _vc_window_resume_session       (VcWindow       *self,
                                                 VcSession      *session);
VcSession      *_vc_window_current_session      (VcWindow       *self);
void            _vc_window_drop_pending         (VcWindow       *self);
void            _vc_window_show_summary         (VcWindow       *self,
                                                 VcSession      *session,
                                                 VcDeck         *deck);

/* vc-window-formats.c */
void            _vc_window_class_formats_init   (GtkWidgetClass *widget_class);
GPtrArray      *_vc_window_get_formats          (VcWindow       *self);
void            _vc_window_attach_format        (VcWindow       *self,
                                                 VcDeck         *deck,
                                                 VcSession      *session);

/* vc-window-sessions.c */
void            _vc_window_sessions_init        (VcWindow       *self);
void            _vc_window_sessions_bind_list   (VcWindow       *self);
void            _vc_window_load_sessions        (VcWindow       *self);
gboolean        _vc_window_save_sessions        (VcWindow       *self);
VcSession      *_vc_window_find_session         (VcWindow       *self,
                                                 const char     *id);
void            _vc_window_delete_session       (VcWindow       *self,
                                                 VcSession      *session);
GHashTable     *_vc_window_dup_known_decks      (VcWindow       *self);
void            _vc_window_ask_before_losing_notes (VcWindow    *self);

/* vc-window-edit.c */
void            _vc_window_class_edit_init      (GtkWidgetClass *widget_class);
void            _vc_window_update_deck_editable (VcWindow       *self,
                                                 VcDeck         *deck);
void            _vc_window_update_drafts        (VcWindow       *self);

/* vc-window-library.c */
void            _vc_window_library_init         (VcWindow       *self);
void            _vc_window_ensure_library_page  (VcWindow       *self);
void            _vc_window_forget_library_page  (VcWindow       *self);
void            _vc_window_update_library_state (VcWindow       *self);
void            _vc_window_show_deck            (VcWindow       *self,
                                                 VcDeck         *deck);
void            _vc_window_show_problems        (VcWindow       *self,
                                                 GFile          *file,
                                                 GListModel     *problems);

G_END_DECLS
