/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-live-page.h: live mode: the current agenda item large, its timer, and quick entry of the minutes. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_LIVE_PAGE (ot_live_page_get_type ())
G_DECLARE_FINAL_TYPE (OtLivePage, ot_live_page, OT, LIVE_PAGE, AdwBin)

void    ot_live_page_set_store          (OtLivePage *self,
                                         OtStore    *store);
void    ot_live_page_set_meeting        (OtLivePage *self,
                                         gint64      meeting_id);
/* The timer only runs while live mode is shown. */
void    ot_live_page_set_active         (OtLivePage *self,
                                         gboolean    active);
/* The agenda item shown now; 0 when there is none. */
gint64  ot_live_page_get_current_item   (OtLivePage *self);

G_END_DECLS
