/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-window-private.h: the window's parts shared by ot-window.c and ot-window-actions.c. */
#pragma once

#include "ot-window.h"
#include "ot-sidebar.h"

G_BEGIN_DECLS

struct _OtWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *mode_stack;
  AdwLeaflet      *leaflet;
  GtkWidget       *sidebar_pane;
  GtkWidget       *content_pane;
  OtSidebar       *sidebar;
  AdwViewStack    *view_stack;
  AdwViewStackPage *actions_stack_page;
  GtkStack        *meeting_stack;
  AdwStatusPage   *empty_page;
  GtkWidget       *empty_button;
  GtkWidget       *meeting_page;
  GtkWidget       *actions_page;
  GtkWidget       *search_page;
  GtkWidget       *registry_page;
  GtkWidget       *live_page;

  /* owned references */
  OtStore         *store;
  GSettings       *settings;
  GPtrArray       *undo_toasts;     /* AdwToast, each holding the record of one delete */
  gint64           meeting_id;
};

/* ot-window-actions.c */
void ot_window_install_actions     (OtWindow *self);
void ot_window_update_actions      (OtWindow *self);
void ot_window_update_empty_state  (OtWindow *self);

G_END_DECLS
