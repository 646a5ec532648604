/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-series.c: a named track of meetings: an overlegtafel, a marktconsultatie or an ontwikkeltafel. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-series.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtSeries
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtSeries, ot_series, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_N_MEETINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_series_class_init (OtSeriesClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OT_TYPE_SERIES_KIND,
                        OT_SERIES_KIND_OVERLEGTAFEL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_N_MEETINGS] = g_param_spec_int ("n-meetings", NULL, NULL, -1, G_MAXINT, 0, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_series_init (OtSeries *self)
{
}

gint64
ot_series_get_id (OtSeries *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

const char *
ot_series_get_name (OtSeries *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_NAME);
}

OtSeriesKind
ot_series_get_kind (OtSeries *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_KIND);
}

const char *
ot_series_get_description (OtSeries *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_DESCRIPTION);
}

int
ot_series_get_n_meetings (OtSeries *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_N_MEETINGS);
}
