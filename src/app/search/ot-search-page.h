/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-page.h: full-text search across all meetings; a hit opens its meeting at its item. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_SEARCH_PAGE (ot_search_page_get_type ())
G_DECLARE_FINAL_TYPE (OtSearchPage, ot_search_page, OT, SEARCH_PAGE, AdwBin)

void        ot_search_page_set_store    (OtSearchPage *self,
                                         OtStore      *store);
void        ot_search_page_focus_entry  (OtSearchPage *self);
/* The hits (OtSearchHit) of the last search; action search.run ("s") searches at once. */
GListModel *ot_search_page_get_model    (OtSearchPage *self);

G_END_DECLS
