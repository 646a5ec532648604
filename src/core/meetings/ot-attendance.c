/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-attendance.c: one row of a meeting's attendance list: a person or a whole organisation, and their state. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include "ot-attendance.h"

/* Made by the store with g_object_new() and never changed afterwards: a change goes
 * through the store, which hands out fresh snapshots. The values live in OtRecord. */
struct _OtAttendance
{
  OtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (OtAttendance, ot_attendance, OT_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_PERSON_FUNCTION,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_STATE,
  PROP_ROLE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_attendance_class_init (OtAttendanceClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL, flags);
  properties[PROP_PERSON_FUNCTION] = g_param_spec_string ("person-function", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION_ID] = g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ORGANISATION_NAME] = g_param_spec_string ("organisation-name", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION_KIND] = g_param_spec_enum ("organisation-kind", NULL, NULL, OT_TYPE_ORGANISATION_KIND,
                        OT_ORGANISATION_KIND_GEMEENTE, flags);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, OT_TYPE_ATTENDANCE_STATE,
                        OT_ATTENDANCE_STATE_PRESENT, flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, OT_TYPE_ATTENDANCE_ROLE,
                        OT_ATTENDANCE_ROLE_NONE, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, 0, flags);

  ot_record_class_install_fields (OT_RECORD_CLASS (klass), properties, N_PROPS);
}

static void
ot_attendance_init (OtAttendance *self)
{
}

gint64
ot_attendance_get_id (OtAttendance *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ID);
}

gint64
ot_attendance_get_meeting_id (OtAttendance *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_MEETING_ID);
}

gint64
ot_attendance_get_person_id (OtAttendance *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_PERSON_ID);
}

const char *
ot_attendance_get_person_name (OtAttendance *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_PERSON_NAME);
}

const char *
ot_attendance_get_person_function (OtAttendance *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_PERSON_FUNCTION);
}

gint64
ot_attendance_get_organisation_id (OtAttendance *self)
{
  return ot_record_get_int64 (OT_RECORD (self), PROP_ORGANISATION_ID);
}

const char *
ot_attendance_get_organisation_name (OtAttendance *self)
{
  return ot_record_get_string (OT_RECORD (self), PROP_ORGANISATION_NAME);
}

OtOrganisationKind
ot_attendance_get_organisation_kind (OtAttendance *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_ORGANISATION_KIND);
}

OtAttendanceState
ot_attendance_get_state (OtAttendance *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_STATE);
}

OtAttendanceRole
ot_attendance_get_role (OtAttendance *self)
{
  return ot_record_get_enum (OT_RECORD (self), PROP_ROLE);
}

int
ot_attendance_get_position (OtAttendance *self)
{
  return ot_record_get_int (OT_RECORD (self), PROP_POSITION);
}
