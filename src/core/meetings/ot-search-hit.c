/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-hit.c: one full-text search hit, pointing at a meeting and an agenda item. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-search-hit.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtSearchHit
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtSearchHit, ot_search_hit, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_SOURCE_ID,
  PROP_SOURCE,
  PROP_SNIPPET,
  PROP_MEETING_TITLE,
  PROP_MEETING_DATE,
  PROP_SERIES_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_search_hit_class_init (OtSearchHitClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGENDA_ITEM_ID] = g_param_spec_int64 ("agenda-item-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SOURCE_ID] = g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_SNIPPET] = g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  properties[PROP_MEETING_TITLE] = g_param_spec_string ("meeting-title", NULL, NULL, NULL, flags);
  properties[PROP_MEETING_DATE] = g_param_spec_string ("meeting-date", NULL, NULL, NULL, flags);
  properties[PROP_SERIES_NAME] = g_param_spec_string ("series-name", NULL, NULL, NULL, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_search_hit_init (OtSearchHit *self)
{
}

gint64
ot_search_hit_get_meeting_id (OtSearchHit *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MEETING_ID);
}

gint64
ot_search_hit_get_agenda_item_id (OtSearchHit *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_AGENDA_ITEM_ID);
}

gint64
ot_search_hit_get_source_id (OtSearchHit *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SOURCE_ID);
}

const char *
ot_search_hit_get_source (OtSearchHit *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SOURCE);
}

const char *
ot_search_hit_get_snippet (OtSearchHit *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SNIPPET);
}

const char *
ot_search_hit_get_meeting_title (OtSearchHit *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MEETING_TITLE);
}

const char *
ot_search_hit_get_meeting_date (OtSearchHit *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MEETING_DATE);
}

const char *
ot_search_hit_get_series_name (OtSearchHit *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SERIES_NAME);
}
