/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-actions-page.h: the actions overview: all actions across meetings, filtered and sorted by due date. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_ACTIONS_PAGE (ot_actions_page_get_type ())
G_DECLARE_FINAL_TYPE (OtActionsPage, ot_actions_page, OT, ACTIONS_PAGE, AdwBin)

void        ot_actions_page_set_store    (OtActionsPage *self,
                                          OtStore       *store);
/* The actions shown now (OtAction), after the filters. */
GListModel *ot_actions_page_get_model    (OtActionsPage *self);
void        ot_actions_page_set_filters  (OtActionsPage *self,
                                          gboolean       open_only,
                                          gboolean       overdue_only,
                                          const char    *owner);

G_END_DECLS
