/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-sidebar.h: the sidebar listing every series with its meetings, newest first. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_SIDEBAR (ot_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (OtSidebar, ot_sidebar, OT, SIDEBAR, AdwBin)

/* Emits "meeting-selected" (gint64 meeting id) when the user picks a meeting. */
void    ot_sidebar_set_store             (OtSidebar *self,
                                          OtStore   *store);
void    ot_sidebar_select_meeting        (OtSidebar *self,
                                          gint64     meeting_id);
/* The newest meeting of the first series that has one; 0 when there is none. */
gint64  ot_sidebar_get_first_meeting_id  (OtSidebar *self);
/* The tree, flattened as shown: GtkTreeListRow items holding OtSeries or OtMeeting. */
GListModel *ot_sidebar_get_model         (OtSidebar *self);

G_END_DECLS
