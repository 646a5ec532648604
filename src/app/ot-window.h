/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-window.h: the main window: sidebar of series and meetings, the meeting, actions and search views, and live mode. */
#pragma once

#include <adwaita.h>

#include "ot-application.h"
#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_WINDOW (ot_window_get_type ())
G_DECLARE_FINAL_TYPE (OtWindow, ot_window, OT, WINDOW, AdwApplicationWindow)

OtWindow   *ot_window_new               (OtApplication *app,
                                         OtStore       *store);
OtStore    *ot_window_get_store         (OtWindow      *self);
/* TRUE for "meeting", "actions", "search", "registry" and "live". */
gboolean    ot_window_is_view_name      (const char    *name);
void        ot_window_show_view         (OtWindow      *self,
                                         const char    *name);
const char *ot_window_get_view          (OtWindow      *self);
/* Shows a meeting, scrolled to @agenda_item_id when that is not 0. */
void        ot_window_show_meeting      (OtWindow      *self,
                                         gint64         meeting_id,
                                         gint64         agenda_item_id);
gint64      ot_window_get_meeting_id    (OtWindow      *self);
GtkWidget  *ot_window_get_sidebar       (OtWindow      *self);
GtkWidget  *ot_window_get_meeting_page  (OtWindow      *self);
GtkWidget  *ot_window_get_actions_page  (OtWindow      *self);
GtkWidget  *ot_window_get_search_page   (OtWindow      *self);
GtkWidget  *ot_window_get_registry_page (OtWindow      *self);
GtkWidget  *ot_window_get_live_page     (OtWindow      *self);
void        ot_window_add_toast         (OtWindow      *self,
                                         AdwToast      *toast);

G_END_DECLS
