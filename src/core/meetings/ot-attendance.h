/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-attendance.h: one row of a meeting's attendance list: a person or a whole organisation, and their state (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_ATTENDANCE (ot_attendance_get_type ())
G_DECLARE_FINAL_TYPE (OtAttendance, ot_attendance, OT, ATTENDANCE, OtRecord)

gint64       ot_attendance_get_id (OtAttendance *self);
gint64       ot_attendance_get_meeting_id (OtAttendance *self);
gint64       ot_attendance_get_person_id (OtAttendance *self);
const char * ot_attendance_get_person_name (OtAttendance *self);
const char * ot_attendance_get_person_function (OtAttendance *self);
gint64       ot_attendance_get_organisation_id (OtAttendance *self);
const char * ot_attendance_get_organisation_name (OtAttendance *self);
OtOrganisationKind ot_attendance_get_organisation_kind (OtAttendance *self);
OtAttendanceState ot_attendance_get_state (OtAttendance *self);
OtAttendanceRole ot_attendance_get_role (OtAttendance *self);
int          ot_attendance_get_position (OtAttendance *self);

G_END_DECLS
