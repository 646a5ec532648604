/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting.c: one meeting of a series, with its status from planned through draft to approved minutes. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-meeting.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtMeeting
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtMeeting, ot_meeting, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERIES_ID,
  PROP_SERIES_NAME,
  PROP_SERIES_KIND,
  PROP_TITLE,
  PROP_DATE,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_LOCATION,
  PROP_CHAIR_ID,
  PROP_CHAIR_NAME,
  PROP_MINUTE_TAKER_ID,
  PROP_MINUTE_TAKER_NAME,
  PROP_STATUS,
  PROP_APPROVED_IN_ID,
  PROP_APPROVED_IN_DATE,
  PROP_APPROVAL_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_meeting_class_init (OtMeetingClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SERIES_ID] = g_param_spec_int64 ("series-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SERIES_NAME] = g_param_spec_string ("series-name", NULL, NULL, NULL, flags);
  properties[PROP_SERIES_KIND] = g_param_spec_enum ("series-kind", NULL, NULL, OT_TYPE_SERIES_KIND,
                        OT_SERIES_KIND_OVERLEGTAFEL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_START_TIME] = g_param_spec_string ("start-time", NULL, NULL, NULL, flags);
  properties[PROP_END_TIME] = g_param_spec_string ("end-time", NULL, NULL, NULL, flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_CHAIR_ID] = g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHAIR_NAME] = g_param_spec_string ("chair-name", NULL, NULL, NULL, flags);
  properties[PROP_MINUTE_TAKER_ID] = g_param_spec_int64 ("minute-taker-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MINUTE_TAKER_NAME] = g_param_spec_string ("minute-taker-name", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, OT_TYPE_MEETING_STATUS,
                        OT_MEETING_STATUS_PLANNED, flags);
  properties[PROP_APPROVED_IN_ID] = g_param_spec_int64 ("approved-in-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_APPROVED_IN_DATE] = g_param_spec_string ("approved-in-date", NULL, NULL, NULL, flags);
  properties[PROP_APPROVAL_NOTES] = g_param_spec_string ("approval-notes", NULL, NULL, NULL, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_meeting_init (OtMeeting *self)
{
}

gint64
ot_meeting_get_id (OtMeeting *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_meeting_get_series_id (OtMeeting *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_SERIES_ID);
}

const char *
ot_meeting_get_series_name (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_SERIES_NAME);
}

OtSeriesKind
ot_meeting_get_series_kind (OtMeeting *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_SERIES_KIND);
}

const char *
ot_meeting_get_title (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_TITLE);
}

const char *
ot_meeting_get_date (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_DATE);
}

const char *
ot_meeting_get_start_time (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_START_TIME);
}

const char *
ot_meeting_get_end_time (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_END_TIME);
}

const char *
ot_meeting_get_location (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_LOCATION);
}

gint64
ot_meeting_get_chair_id (OtMeeting *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_CHAIR_ID);
}

const char *
ot_meeting_get_chair_name (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_CHAIR_NAME);
}

gint64
ot_meeting_get_minute_taker_id (OtMeeting *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MINUTE_TAKER_ID);
}

const char *
ot_meeting_get_minute_taker_name (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_MINUTE_TAKER_NAME);
}

OtMeetingStatus
ot_meeting_get_status (OtMeeting *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_STATUS);
}

gint64
ot_meeting_get_approved_in_id (OtMeeting *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_APPROVED_IN_ID);
}

const char *
ot_meeting_get_approved_in_date (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_APPROVED_IN_DATE);
}

const char *
ot_meeting_get_approval_notes (OtMeeting *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_APPROVAL_NOTES);
}
