/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-meetings.c: series, meetings, their status cycle and attendance. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ot-error.h"
#include "ot-store-private.h"

#define SERIES_COLUMNS \
  "s.id, s.name, s.kind, s.description, (SELECT count(*) FROM meeting m WHERE m.series_id = s.id)"

#define MEETING_COLUMNS \
  "m.id, m.series_id, s.name, s.kind, m.title, m.date, m.start_time, m.end_time, m.location," \
  " m.chair_id, chair.name, m.minute_taker_id, taker.name, m.status, m.approved_in_id," \
  " approver.date, m.approval_notes"
#define MEETING_FROM \
  " FROM meeting m JOIN series s ON s.id = m.series_id" \
  " LEFT JOIN person chair ON chair.id = m.chair_id" \
  " LEFT JOIN person taker ON taker.id = m.minute_taker_id" \
  " LEFT JOIN meeting approver ON approver.id = m.approved_in_id"

#define ATTENDANCE_COLUMNS \
  "a.id, a.meeting_id, a.person_id, p.name, p.function, coalesce(a.organisation_id, p.organisation_id)," \
  " o.name, o.kind, a.state, a.role, a.position"
#define ATTENDANCE_FROM \
  " FROM attendance a LEFT JOIN person p ON p.id = a.person_id" \
  " LEFT JOIN organisation o ON o.id = coalesce(a.organisation_id, p.organisation_id)"

static OtSeries *
series_from_row (sqlite3_stmt *stmt)
{
  OtSeriesKind kind = OT_SERIES_KIND_OVERLEGTAFEL;

  ot_series_kind_from_string (ot_column_text (stmt, 2), &kind);
  return g_object_new (OT_TYPE_SERIES,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", ot_column_text (stmt, 1),
                       "kind", kind,
                       "description", ot_column_text (stmt, 3),
                       "n-meetings", sqlite3_column_int (stmt, 4),
                       NULL);
}

static OtMeeting *
meeting_from_row (sqlite3_stmt *stmt)
{
  OtSeriesKind kind = OT_SERIES_KIND_OVERLEGTAFEL;
  OtMeetingStatus status = OT_MEETING_STATUS_PLANNED;

  ot_series_kind_from_string (ot_column_text (stmt, 3), &kind);
  ot_meeting_status_from_string (ot_column_text (stmt, 13), &status);
  return g_object_new (OT_TYPE_MEETING,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "series-id", sqlite3_column_int64 (stmt, 1),
                       "series-name", ot_column_text (stmt, 2),
                       "series-kind", kind,
                       "title", ot_column_text (stmt, 4),
                       "date", ot_column_text (stmt, 5),
                       "start-time", ot_column_text (stmt, 6),
                       "end-time", ot_column_text (stmt, 7),
                       "location", ot_column_text (stmt, 8),
                       "chair-id", sqlite3_column_int64 (stmt, 9),
                       "chair-name", ot_column_text (stmt, 10),
                       "minute-taker-id", sqlite3_column_int64 (stmt, 11),
                       "minute-taker-name", ot_column_text (stmt, 12),
                       "status", status,
                       "approved-in-id", sqlite3_column_int64 (stmt, 14),
                       "approved-in-date", ot_column_text (stmt, 15),
                       "approval-notes", ot_column_text (stmt, 16),
                       NULL);
}

static OtAttendance *
attendance_from_row (sqlite3_stmt *stmt)
{
  OtOrganisationKind kind = OT_ORGANISATION_KIND_OTHER;
  OtAttendanceState state = OT_ATTENDANCE_STATE_PRESENT;
  OtAttendanceRole role = OT_ATTENDANCE_ROLE_NONE;

  ot_organisation_kind_from_string (ot_column_text (stmt, 7), &kind);
  ot_attendance_state_from_string (ot_column_text (stmt, 8), &state);
  ot_attendance_role_from_string (ot_column_text (stmt, 9), &role);
  return g_object_new (OT_TYPE_ATTENDANCE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "meeting-id", sqlite3_column_int64 (stmt, 1),
                       "person-id", sqlite3_column_int64 (stmt, 2),
                       "person-name", ot_column_text (stmt, 3),
                       "person-function", ot_column_text (stmt, 4),
                       "organisation-id", sqlite3_column_int64 (stmt, 5),
                       "organisation-name", ot_column_text (stmt, 6),
                       "organisation-kind", kind,
                       "state", state,
                       "role", role,
                       "position", sqlite3_column_int (stmt, 10),
                       NULL);
}

gint64
ot_store_add_series (OtStore       *self,
                     const char    *name,
                     OtSeriesKind   kind,
                     const char    *description,
                     GError       **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (name))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A series needs a name."));
      return 0;
    }
  stmt = ot_store_prepare (self, "INSERT INTO series (name, kind, description) VALUES (trim(?1), ?2, ?3)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ot_series_kind_to_string (kind), -1, SQLITE_STATIC);
  ot_bind_text_or_null (stmt, 3, description);
  return ot_store_insert (self, stmt, "series", error);
}

OtSeries *
ot_store_get_series (OtStore  *self,
                     gint64    id,
                     GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT " SERIES_COLUMNS " FROM series s WHERE s.id = ?", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) series_from_row, _("series"), id, error);
}

GListModel *
ot_store_list_series (OtStore  *self,
                      GError  **error)
{
  /* The series with the most recent meeting first, as a chair looks for the current one. */
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " SERIES_COLUMNS " FROM series s"
                                         " ORDER BY (SELECT max(date) FROM meeting m WHERE m.series_id = s.id) DESC NULLS LAST,"
                                         " s.name COLLATE NOCASE",
                                         error);
  if (stmt == NULL)
    return NULL;
  return ot_store_collect (self, stmt, OT_TYPE_SERIES, (OtRowReader) series_from_row, error);
}

static gboolean
valid_date (const char *date)
{
  int y, m, d;
  char tail;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || strlen (date) != 10)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

static gboolean
valid_time (const char *time)
{
  int h, m;
  char tail;

  if (time == NULL || *time == '\0')
    return TRUE;
  return strlen (time) == 5 && sscanf (time, "%2d:%2d%c", &h, &m, &tail) == 2 &&
         h >= 0 && h < 24 && m >= 0 && m < 60;
}

gboolean
ot_store_check_date (const char  *date,
                     gboolean     optional,
                     GError     **error)
{
  if ((date == NULL || *date == '\0') && optional)
    return TRUE;
  if (!valid_date (date))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("“%s” is not a valid date; use the form YYYY-MM-DD."), date != NULL ? date : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_store_check_time (const char  *time,
                     GError     **error)
{
  if (!valid_time (time))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("“%s” is not a valid time; use the form HH:MM."), time);
      return FALSE;
    }
  return TRUE;
}

gint64
ot_store_add_meeting (OtStore     *self,
                      gint64       series_id,
                      const char  *title,
                      const char  *date,
                      const char  *start_time,
                      const char  *end_time,
                      const char  *location,
                      gint64       chair_id,
                      gint64       minute_taker_id,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (title))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A meeting needs a title."));
      return 0;
    }
  if (!ot_store_check_date (date, FALSE, error) || !ot_store_check_time (start_time, error) ||
      !ot_store_check_time (end_time, error))
    return 0;
  stmt = ot_store_prepare (self,
                           "INSERT INTO meeting (series_id, title, date, start_time, end_time, location,"
                           " chair_id, minute_taker_id) VALUES (?1, trim(?2), ?3, ?4, ?5, ?6, ?7, ?8)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, series_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  ot_bind_text_or_null (stmt, 4, start_time);
  ot_bind_text_or_null (stmt, 5, end_time);
  ot_bind_text_or_null (stmt, 6, location);
  ot_bind_id_or_null (stmt, 7, chair_id);
  ot_bind_id_or_null (stmt, 8, minute_taker_id);
  return ot_store_insert (self, stmt, "meeting", error);
}

OtMeeting *
ot_store_get_meeting (OtStore  *self,
                      gint64    id,
                      GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT " MEETING_COLUMNS MEETING_FROM " WHERE m.id = ?", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) meeting_from_row, _("meeting"), id, error);
}

GListModel *
ot_store_list_meetings (OtStore  *self,
                        gint64    series_id,
                        GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " MEETING_COLUMNS MEETING_FROM
                                         " WHERE ?1 IS NULL OR m.series_id = ?1"
                                         " ORDER BY m.date DESC, m.start_time DESC, m.id DESC",
                                         error);
  if (stmt == NULL)
    return NULL;
  ot_bind_id_or_null (stmt, 1, series_id);
  return ot_store_collect (self, stmt, OT_TYPE_MEETING, (OtRowReader) meeting_from_row, error);
}

gint64
ot_store_get_previous_meeting (OtStore *self,
                               gint64   meeting_id)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT prev.id FROM meeting cur JOIN meeting prev"
                                         " ON prev.series_id = cur.series_id AND prev.id <> cur.id"
                                         " AND (prev.date < cur.date OR (prev.date = cur.date AND prev.id < cur.id))"
                                         " WHERE cur.id = ? ORDER BY prev.date DESC, prev.id DESC LIMIT 1",
                                         NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
ot_store_meeting_is_editable (OtStore  *self,
                              gint64    meeting_id,
                              GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT status, title FROM meeting WHERE id = ?", error);
  gboolean editable = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The meeting no longer exists."));
  else if (g_strcmp0 (ot_column_text (stmt, 0), "approved") == 0)
    g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                 _("The minutes of “%s” are approved and cannot be changed. Reopen them first."),
                 ot_column_text (stmt, 1));
  else
    editable = TRUE;
  sqlite3_reset (stmt);
  return editable;
}

gboolean
ot_store_set_meeting_status (OtStore          *self,
                             gint64            id,
                             OtMeetingStatus   status,
                             GError          **error)
{
  sqlite3_stmt *stmt;

  if (status == OT_MEETING_STATUS_APPROVED)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("Minutes are approved in a later meeting; use approval instead."));
      return FALSE;
    }
  if (!ot_store_meeting_is_editable (self, id, error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE meeting SET status = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ot_meeting_status_to_string (status), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "meeting", error);
}

gboolean
ot_store_set_meeting_people (OtStore  *self,
                             gint64    id,
                             gint64    chair_id,
                             gint64    minute_taker_id,
                             GError  **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, id, error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE meeting SET chair_id = ?2, minute_taker_id = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ot_bind_id_or_null (stmt, 2, chair_id);
  ot_bind_id_or_null (stmt, 3, minute_taker_id);
  return ot_store_update (self, stmt, "meeting", error);
}

gboolean
ot_store_approve_meeting (OtStore     *self,
                          gint64       meeting_id,
                          gint64       approved_in_id,
                          const char  *amendments,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (meeting_id == approved_in_id)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("Minutes cannot be approved in their own meeting."));
      return FALSE;
    }
  if (!ot_store_meeting_is_editable (self, meeting_id, error))
    return FALSE;
  /* Minutes are approved at a later meeting of the same series, never at an earlier one. */
  stmt = ot_store_prepare (self,
                           "UPDATE meeting SET status = 'approved', approved_in_id = ?2, approval_notes = ?3"
                           " WHERE id = ?1 AND EXISTS (SELECT 1 FROM meeting later, meeting this"
                           "  WHERE later.id = ?2 AND this.id = ?1 AND later.series_id = this.series_id"
                           "  AND later.date >= this.date)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, approved_in_id);
  ot_bind_text_or_null (stmt, 3, amendments);
  if (!ot_store_update (self, stmt, "meeting", NULL))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("Minutes can only be approved in a later meeting of the same series."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_store_reopen_meeting (OtStore  *self,
                         gint64    meeting_id,
                         GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "UPDATE meeting SET status = 'draft', approved_in_id = NULL"
                                         " WHERE id = ?1 AND status = 'approved'",
                                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return ot_store_update (self, stmt, "meeting", error);
}

static const char *
role_to_db (OtAttendanceRole role)
{
  return role == OT_ATTENDANCE_ROLE_NONE ? NULL : ot_attendance_role_to_string (role);
}

gint64
ot_store_add_attendance (OtStore            *self,
                         gint64              meeting_id,
                         gint64              person_id,
                         gint64              organisation_id,
                         OtAttendanceState   state,
                         OtAttendanceRole    role,
                         GError            **error)
{
  sqlite3_stmt *stmt;

  if (person_id <= 0 && organisation_id <= 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("Attendance needs a person or an organisation."));
      return 0;
    }
  if (!ot_store_meeting_is_editable (self, meeting_id, error))
    return 0;
  stmt = ot_store_prepare (self,
                           "INSERT INTO attendance (meeting_id, person_id, organisation_id, state, role, position)"
                           " VALUES (?1, ?2, ?3, ?4, ?5,"
                           "  (SELECT coalesce(max(position), -1) + 1 FROM attendance WHERE meeting_id = ?1))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ot_bind_id_or_null (stmt, 2, person_id);
  ot_bind_id_or_null (stmt, 3, organisation_id);
  sqlite3_bind_text (stmt, 4, ot_attendance_state_to_string (state), -1, SQLITE_STATIC);
  ot_bind_text_or_null (stmt, 5, role_to_db (role));
  return ot_store_insert (self, stmt, "attendance", error);
}

static gint64
attendance_meeting (OtStore *self,
                    gint64   attendance_id)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT meeting_id FROM attendance WHERE id = ?", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, attendance_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gboolean
ot_store_set_attendance_state (OtStore            *self,
                               gint64              attendance_id,
                               OtAttendanceState   state,
                               GError            **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, attendance_meeting (self, attendance_id), error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE attendance SET state = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, attendance_id);
  sqlite3_bind_text (stmt, 2, ot_attendance_state_to_string (state), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "attendance", error);
}

gboolean
ot_store_set_attendance_role (OtStore           *self,
                              gint64             attendance_id,
                              OtAttendanceRole   role,
                              GError           **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, attendance_meeting (self, attendance_id), error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE attendance SET role = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, attendance_id);
  ot_bind_text_or_null (stmt, 2, role_to_db (role));
  return ot_store_update (self, stmt, "attendance", error);
}

GListModel *
ot_store_list_attendance (OtStore  *self,
                          gint64    meeting_id,
                          GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " ATTENDANCE_COLUMNS ATTENDANCE_FROM
                                         " WHERE a.meeting_id = ?"
                                         " ORDER BY CASE a.state WHEN 'present' THEN 0 WHEN 'excused' THEN 1 ELSE 2 END,"
                                         " a.position, o.name COLLATE NOCASE, p.name COLLATE NOCASE",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return ot_store_collect (self, stmt, OT_TYPE_ATTENDANCE, (OtRowReader) attendance_from_row, error);
}

void
ot_store_count_attendance (OtStore *self,
                           gint64   meeting_id,
                           guint    counts[3])
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT state, count(*) FROM attendance WHERE meeting_id = ? GROUP BY state",
                                         NULL);
  counts[0] = counts[1] = counts[2] = 0;
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      OtAttendanceState state;

      if (ot_attendance_state_from_string (ot_column_text (stmt, 0), &state))
        counts[state] = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
}
