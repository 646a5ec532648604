/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-format.h: how the app shows dates and the domain's enumerations, translated. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/* "12 March 2024" from "2024-03-12"; a copy of @iso when it is not a date. */
char       *ot_format_date              (const char *iso);
/* "Tuesday 12 March 2024". */
char       *ot_format_date_long         (const char *iso);
/* Today as YYYY-MM-DD, local time. */
char       *ot_format_today_iso         (void);

const char *ot_format_meeting_status    (OtMeetingStatus    status);
const char *ot_format_attendance_state  (OtAttendanceState  state);
const char *ot_format_attendance_role   (OtAttendanceRole   role);
const char *ot_format_statement_kind    (OtStatementKind    kind);
const char *ot_format_decision_kind     (OtDecisionKind     kind);
const char *ot_format_action_status     (OtActionStatus     status);
const char *ot_format_series_kind       (OtSeriesKind       kind);
const char *ot_format_organisation_kind (OtOrganisationKind kind);

G_END_DECLS
