/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-series.h: a named track of meetings: an overlegtafel, a marktconsultatie or an ontwikkeltafel (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_SERIES (ot_series_get_type ())
G_DECLARE_FINAL_TYPE (OtSeries, ot_series, OT, SERIES, OtRecord)

gint64       ot_series_get_id (OtSeries *self);
const char * ot_series_get_name (OtSeries *self);
OtSeriesKind ot_series_get_kind (OtSeries *self);
const char * ot_series_get_description (OtSeries *self);
int          ot_series_get_n_meetings (OtSeries *self);

G_END_DECLS
