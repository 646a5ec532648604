/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting.h: one meeting of a series, with its status from planned through draft to approved minutes (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_MEETING (ot_meeting_get_type ())
G_DECLARE_FINAL_TYPE (OtMeeting, ot_meeting, OT, MEETING, OtRecord)

gint64       ot_meeting_get_id (OtMeeting *self);
gint64       ot_meeting_get_series_id (OtMeeting *self);
const char * ot_meeting_get_series_name (OtMeeting *self);
OtSeriesKind ot_meeting_get_series_kind (OtMeeting *self);
const char * ot_meeting_get_title (OtMeeting *self);
const char * ot_meeting_get_date (OtMeeting *self);
const char * ot_meeting_get_start_time (OtMeeting *self);
const char * ot_meeting_get_end_time (OtMeeting *self);
const char * ot_meeting_get_location (OtMeeting *self);
gint64       ot_meeting_get_chair_id (OtMeeting *self);
const char * ot_meeting_get_chair_name (OtMeeting *self);
gint64       ot_meeting_get_minute_taker_id (OtMeeting *self);
const char * ot_meeting_get_minute_taker_name (OtMeeting *self);
OtMeetingStatus ot_meeting_get_status (OtMeeting *self);
gint64       ot_meeting_get_approved_in_id (OtMeeting *self);
const char * ot_meeting_get_approved_in_date (OtMeeting *self);
const char * ot_meeting_get_approval_notes (OtMeeting *self);

G_END_DECLS
