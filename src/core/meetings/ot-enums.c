/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-enums.c: the enumerations of the domain; their nicks are the values stored in the database. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include <string.h>

#include "ot-enums.h"

G_DEFINE_ENUM_TYPE (OtOrganisationKind, ot_organisation_kind,
  G_DEFINE_ENUM_VALUE (OT_ORGANISATION_KIND_GEMEENTE, "gemeente"),
  G_DEFINE_ENUM_VALUE (OT_ORGANISATION_KIND_AANBIEDER, "aanbieder"),
  G_DEFINE_ENUM_VALUE (OT_ORGANISATION_KIND_REGIO, "regio"),
  G_DEFINE_ENUM_VALUE (OT_ORGANISATION_KIND_OTHER, "other"))

const char *
ot_organisation_kind_to_string (OtOrganisationKind value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_ORGANISATION_KIND), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_organisation_kind_from_string (const char *text, OtOrganisationKind *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_ORGANISATION_KIND), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtSeriesKind, ot_series_kind,
  G_DEFINE_ENUM_VALUE (OT_SERIES_KIND_OVERLEGTAFEL, "overlegtafel"),
  G_DEFINE_ENUM_VALUE (OT_SERIES_KIND_MARKTCONSULTATIE, "marktconsultatie"),
  G_DEFINE_ENUM_VALUE (OT_SERIES_KIND_ONTWIKKELTAFEL, "ontwikkeltafel"))

const char *
ot_series_kind_to_string (OtSeriesKind value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_SERIES_KIND), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_series_kind_from_string (const char *text, OtSeriesKind *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_SERIES_KIND), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtMeetingStatus, ot_meeting_status,
  G_DEFINE_ENUM_VALUE (OT_MEETING_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (OT_MEETING_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (OT_MEETING_STATUS_APPROVED, "approved"))

const char *
ot_meeting_status_to_string (OtMeetingStatus value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_MEETING_STATUS), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_meeting_status_from_string (const char *text, OtMeetingStatus *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_MEETING_STATUS), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtAttendanceState, ot_attendance_state,
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_STATE_PRESENT, "present"),
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_STATE_EXCUSED, "excused"),
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_STATE_ABSENT, "absent"))

const char *
ot_attendance_state_to_string (OtAttendanceState value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_ATTENDANCE_STATE), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_attendance_state_from_string (const char *text, OtAttendanceState *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_ATTENDANCE_STATE), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtAttendanceRole, ot_attendance_role,
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_ROLE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_ROLE_CHAIR, "chair"),
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_ROLE_MINUTE_TAKER, "minute-taker"),
  G_DEFINE_ENUM_VALUE (OT_ATTENDANCE_ROLE_GUEST, "guest"))

const char *
ot_attendance_role_to_string (OtAttendanceRole value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_ATTENDANCE_ROLE), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_attendance_role_from_string (const char *text, OtAttendanceRole *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_ATTENDANCE_ROLE), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtStatementKind, ot_statement_kind,
  G_DEFINE_ENUM_VALUE (OT_STATEMENT_KIND_QUESTION, "question"),
  G_DEFINE_ENUM_VALUE (OT_STATEMENT_KIND_ANSWER, "answer"),
  G_DEFINE_ENUM_VALUE (OT_STATEMENT_KIND_REMARK, "remark"))

const char *
ot_statement_kind_to_string (OtStatementKind value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_STATEMENT_KIND), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_statement_kind_from_string (const char *text, OtStatementKind *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_STATEMENT_KIND), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtDecisionKind, ot_decision_kind,
  G_DEFINE_ENUM_VALUE (OT_DECISION_KIND_BESLUIT, "besluit"),
  G_DEFINE_ENUM_VALUE (OT_DECISION_KIND_AFSPRAAK, "afspraak"))

const char *
ot_decision_kind_to_string (OtDecisionKind value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_DECISION_KIND), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_decision_kind_from_string (const char *text, OtDecisionKind *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_DECISION_KIND), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

G_DEFINE_ENUM_TYPE (OtActionStatus, ot_action_status,
  G_DEFINE_ENUM_VALUE (OT_ACTION_STATUS_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (OT_ACTION_STATUS_DONE, "done"),
  G_DEFINE_ENUM_VALUE (OT_ACTION_STATUS_DROPPED, "dropped"))

const char *
ot_action_status_to_string (OtActionStatus value)
{
  GEnumValue *ev = g_enum_get_value (g_type_class_ref (OT_TYPE_ACTION_STATUS), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ot_action_status_from_string (const char *text, OtActionStatus *value)
{
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (g_type_class_ref (OT_TYPE_ACTION_STATUS), text);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

