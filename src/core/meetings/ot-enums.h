/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-enums.h: the enumerations of the domain and their stable names in the store. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OT_ORGANISATION_KIND_GEMEENTE,
  OT_ORGANISATION_KIND_AANBIEDER,
  OT_ORGANISATION_KIND_REGIO,
  OT_ORGANISATION_KIND_OTHER,
} OtOrganisationKind;

GType       ot_organisation_kind_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_ORGANISATION_KIND (ot_organisation_kind_get_type ())
/* The stable name stored in the database, e.g. "gemeente". */
const char *ot_organisation_kind_to_string  (OtOrganisationKind value);
/* Returns FALSE when @text names no value. */
gboolean    ot_organisation_kind_from_string (const char *text, OtOrganisationKind *value);

typedef enum
{
  OT_SERIES_KIND_OVERLEGTAFEL,
  OT_SERIES_KIND_MARKTCONSULTATIE,
  OT_SERIES_KIND_ONTWIKKELTAFEL,
} OtSeriesKind;

GType       ot_series_kind_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_SERIES_KIND (ot_series_kind_get_type ())
/* The stable name stored in the database, e.g. "overlegtafel". */
const char *ot_series_kind_to_string  (OtSeriesKind value);
/* Returns FALSE when @text names no value. */
gboolean    ot_series_kind_from_string (const char *text, OtSeriesKind *value);

typedef enum
{
  OT_MEETING_STATUS_PLANNED,
  OT_MEETING_STATUS_DRAFT,
  OT_MEETING_STATUS_APPROVED,
} OtMeetingStatus;

GType       ot_meeting_status_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_MEETING_STATUS (ot_meeting_status_get_type ())
/* The stable name stored in the database, e.g. "planned". */
const char *ot_meeting_status_to_string  (OtMeetingStatus value);
/* Returns FALSE when @text names no value. */
gboolean    ot_meeting_status_from_string (const char *text, OtMeetingStatus *value);

typedef enum
{
  OT_ATTENDANCE_STATE_PRESENT,
  OT_ATTENDANCE_STATE_EXCUSED,
  OT_ATTENDANCE_STATE_ABSENT,
} OtAttendanceState;

GType       ot_attendance_state_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_ATTENDANCE_STATE (ot_attendance_state_get_type ())
/* The stable name stored in the database, e.g. "present". */
const char *ot_attendance_state_to_string  (OtAttendanceState value);
/* Returns FALSE when @text names no value. */
gboolean    ot_attendance_state_from_string (const char *text, OtAttendanceState *value);

typedef enum
{
  OT_ATTENDANCE_ROLE_NONE,
  OT_ATTENDANCE_ROLE_CHAIR,
  OT_ATTENDANCE_ROLE_MINUTE_TAKER,
  OT_ATTENDANCE_ROLE_GUEST,
} OtAttendanceRole;

GType       ot_attendance_role_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_ATTENDANCE_ROLE (ot_attendance_role_get_type ())
/* The stable name stored in the database, e.g. "none". */
const char *ot_attendance_role_to_string  (OtAttendanceRole value);
/* Returns FALSE when @text names no value. */
gboolean    ot_attendance_role_from_string (const char *text, OtAttendanceRole *value);

typedef enum
{
  OT_STATEMENT_KIND_QUESTION,
  OT_STATEMENT_KIND_ANSWER,
  OT_STATEMENT_KIND_REMARK,
} OtStatementKind;

GType       ot_statement_kind_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_STATEMENT_KIND (ot_statement_kind_get_type ())
/* The stable name stored in the database, e.g. "question". */
const char *ot_statement_kind_to_string  (OtStatementKind value);
/* Returns FALSE when @text names no value. */
gboolean    ot_statement_kind_from_string (const char *text, OtStatementKind *value);

typedef enum
{
  OT_DECISION_KIND_BESLUIT,
  OT_DECISION_KIND_AFSPRAAK,
} OtDecisionKind;

GType       ot_decision_kind_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_DECISION_KIND (ot_decision_kind_get_type ())
/* The stable name stored in the database, e.g. "besluit". */
const char *ot_decision_kind_to_string  (OtDecisionKind value);
/* Returns FALSE when @text names no value. */
gboolean    ot_decision_kind_from_string (const char *text, OtDecisionKind *value);

typedef enum
{
  OT_ACTION_STATUS_OPEN,
  OT_ACTION_STATUS_DONE,
  OT_ACTION_STATUS_DROPPED,
} OtActionStatus;

GType       ot_action_status_get_type    (void) G_GNUC_CONST;
#define OT_TYPE_ACTION_STATUS (ot_action_status_get_type ())
/* The stable name stored in the database, e.g. "open". */
const char *ot_action_status_to_string  (OtActionStatus value);
/* Returns FALSE when @text names no value. */
gboolean    ot_action_status_from_string (const char *text, OtActionStatus *value);

G_END_DECLS
