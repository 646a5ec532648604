/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-hit.h: one full-text search hit, pointing at a meeting and an agenda item (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_SEARCH_HIT (ot_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (OtSearchHit, ot_search_hit, OT, SEARCH_HIT, OtRecord)

gint64       ot_search_hit_get_meeting_id (OtSearchHit *self);
gint64       ot_search_hit_get_agenda_item_id (OtSearchHit *self);
gint64       ot_search_hit_get_source_id (OtSearchHit *self);
const char * ot_search_hit_get_source (OtSearchHit *self);
const char * ot_search_hit_get_snippet (OtSearchHit *self);
const char * ot_search_hit_get_meeting_title (OtSearchHit *self);
const char * ot_search_hit_get_meeting_date (OtSearchHit *self);
const char * ot_search_hit_get_series_name (OtSearchHit *self);

G_END_DECLS
