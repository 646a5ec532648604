/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-actions.c: action items, their follow-up from meeting to meeting and the overview. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

#define ACTION_COLUMNS \
  "a.id, a.meeting_id, m.title, m.date, m.series_id, s.name, a.agenda_item_id, a.position, a.text," \
  " a.owner_person_id, a.owner_organisation_id, a.owner_text, coalesce(p.name, o.name, a.owner_text)," \
  " coalesce(o.name, po.name), a.due_date, a.status, a.closed_in_id, a.last_reviewed_in_id"
#define ACTION_FROM \
  " FROM action a JOIN meeting m ON m.id = a.meeting_id JOIN series s ON s.id = m.series_id" \
  " LEFT JOIN person p ON p.id = a.owner_person_id" \
  " LEFT JOIN organisation o ON o.id = a.owner_organisation_id" \
  " LEFT JOIN organisation po ON po.id = p.organisation_id"

static OtAction *
action_from_row (sqlite3_stmt *stmt)
{
  OtActionStatus status = OT_ACTION_STATUS_OPEN;

  ot_action_status_from_string (ot_column_text (stmt, 15), &status);
  return g_object_new (OT_TYPE_ACTION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "meeting-id", sqlite3_column_int64 (stmt, 1),
                       "meeting-title", ot_column_text (stmt, 2),
                       "meeting-date", ot_column_text (stmt, 3),
                       "series-id", sqlite3_column_int64 (stmt, 4),
                       "series-name", ot_column_text (stmt, 5),
                       "agenda-item-id", sqlite3_column_int64 (stmt, 6),
                       "position", sqlite3_column_int (stmt, 7),
                       "text", ot_column_text (stmt, 8),
                       "owner-person-id", sqlite3_column_int64 (stmt, 9),
                       "owner-organisation-id", sqlite3_column_int64 (stmt, 10),
                       "owner-text", ot_column_text (stmt, 11),
                       "owner", ot_column_text (stmt, 12),
                       "owner-organisation-name", ot_column_text (stmt, 13),
                       "due-date", ot_column_text (stmt, 14),
                       "status", status,
                       "closed-in-id", sqlite3_column_int64 (stmt, 16),
                       "last-reviewed-in-id", sqlite3_column_int64 (stmt, 17),
                       NULL);
}

gint64
ot_store_add_action (OtStore     *self,
                     gint64       meeting_id,
                     gint64       agenda_item_id,
                     const char  *text,
                     gint64       owner_person_id,
                     gint64       owner_organisation_id,
                     const char  *owner_text,
                     const char  *due_date,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (text))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An action needs a text."));
      return 0;
    }
  if (!ot_store_check_date (due_date, TRUE, error) || !ot_store_meeting_is_editable (self, meeting_id, error))
    return 0;
  if (agenda_item_id > 0 && ot_store_item_meeting (self, agenda_item_id) != meeting_id)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("The agenda item belongs to another meeting."));
      return 0;
    }
  stmt = ot_store_prepare (self,
                           "INSERT INTO action (meeting_id, agenda_item_id, text, owner_person_id,"
                           " owner_organisation_id, owner_text, due_date, position)"
                           " VALUES (?1, ?2, trim(?3), ?4, ?5, ?6, ?7,"
                           " (SELECT coalesce(max(position), -1) + 1 FROM action WHERE meeting_id = ?1))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ot_bind_id_or_null (stmt, 2, agenda_item_id);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
  ot_bind_id_or_null (stmt, 4, owner_person_id);
  ot_bind_id_or_null (stmt, 5, owner_organisation_id);
  ot_bind_text_or_null (stmt, 6, owner_text);
  ot_bind_text_or_null (stmt, 7, due_date);
  return ot_store_insert (self, stmt, "action", error);
}

OtAction *
ot_store_get_action (OtStore  *self,
                     gint64    id,
                     GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT " ACTION_COLUMNS ACTION_FROM " WHERE a.id = ?", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) action_from_row, _("action"), id, error);
}

gboolean
ot_store_set_action_due (OtStore     *self,
                         gint64       id,
                         const char  *due_date,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_check_date (due_date, TRUE, error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE action SET due_date = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ot_bind_text_or_null (stmt, 2, due_date);
  return ot_store_update (self, stmt, "action", error);
}

gboolean
ot_store_set_action_owner (OtStore     *self,
                           gint64       id,
                           gint64       owner_person_id,
                           gint64       owner_organisation_id,
                           const char  *owner_text,
                           GError     **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "UPDATE action SET owner_person_id = ?2, owner_organisation_id = ?3,"
                                         " owner_text = ?4 WHERE id = ?1",
                                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ot_bind_id_or_null (stmt, 2, owner_person_id);
  ot_bind_id_or_null (stmt, 3, owner_organisation_id);
  ot_bind_text_or_null (stmt, 4, owner_text);
  return ot_store_update (self, stmt, "action", error);
}

/* Follow-up happens in a meeting that is still being minuted; the action's own meeting may
 * long be approved, which is why only @in_meeting_id is checked. */
gboolean
ot_store_set_action_status (OtStore         *self,
                            gint64           id,
                            OtActionStatus   status,
                            gint64           in_meeting_id,
                            GError         **error)
{
  sqlite3_stmt *stmt;

  if (status != OT_ACTION_STATUS_OPEN && in_meeting_id <= 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An action is closed in a meeting."));
      return FALSE;
    }
  if (in_meeting_id > 0 && !ot_store_meeting_is_editable (self, in_meeting_id, error))
    return FALSE;
  stmt = ot_store_prepare (self,
                           "UPDATE action SET status = ?2, closed_in_id = ?3,"
                           " last_reviewed_in_id = coalesce(?4, last_reviewed_in_id) WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ot_action_status_to_string (status), -1, SQLITE_STATIC);
  ot_bind_id_or_null (stmt, 3, status == OT_ACTION_STATUS_OPEN ? 0 : in_meeting_id);
  ot_bind_id_or_null (stmt, 4, in_meeting_id);
  return ot_store_update (self, stmt, "action", error);
}

gboolean
ot_store_keep_action_open (OtStore  *self,
                           gint64    id,
                           gint64    in_meeting_id,
                           GError  **error)
{
  return ot_store_set_action_status (self, id, OT_ACTION_STATUS_OPEN, in_meeting_id, error);
}

GListModel *
ot_store_list_meeting_actions (OtStore  *self,
                               gint64    meeting_id,
                               GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " ACTION_COLUMNS ACTION_FROM
                                         " WHERE a.meeting_id = ? ORDER BY a.position, a.id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return ot_store_collect (self, stmt, OT_TYPE_ACTION, (OtRowReader) action_from_row, error);
}

GListModel *
ot_store_list_previous_actions (OtStore  *self,
                                gint64    meeting_id,
                                GError  **error)
{
  /* Seen from this meeting, an action of an earlier meeting was still on the list if it is
   * open now, was closed here, or was closed only in a later meeting. That keeps the list
   * of an old meeting the same after later meetings close its actions. */
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " ACTION_COLUMNS ACTION_FROM
                                         " JOIN meeting cur ON cur.id = ?1"
                                         " LEFT JOIN meeting closer ON closer.id = a.closed_in_id"
                                         " WHERE m.series_id = cur.series_id AND m.id <> cur.id"
                                         "  AND (m.date < cur.date OR (m.date = cur.date AND m.id < cur.id))"
                                         "  AND (a.status = 'open' OR a.closed_in_id = cur.id"
                                         "       OR closer.date > cur.date)"
                                         " ORDER BY m.date, a.position, a.id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return ot_store_collect (self, stmt, OT_TYPE_ACTION, (OtRowReader) action_from_row, error);
}

GListModel *
ot_store_list_actions (OtStore               *self,
                       const OtActionFilter  *filter,
                       GError               **error)
{
  static const OtActionFilter no_filter = { 0 };
  /* The owner text is a plain substring: LIKE's wildcards in it are escaped. */
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " ACTION_COLUMNS ACTION_FROM
                                         " WHERE (?1 = 0 OR a.status = 'open')"
                                         "  AND (?2 IS NULL OR (a.status = 'open' AND a.due_date < ?2))"
                                         "  AND (?3 IS NULL OR coalesce(p.name, o.name, a.owner_text) LIKE"
                                         "   '%' || replace(replace(replace(?3, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\')"
                                         "  AND (?4 IS NULL OR a.owner_organisation_id = ?4 OR p.organisation_id = ?4)"
                                         "  AND (?5 IS NULL OR m.series_id = ?5)"
                                         " ORDER BY a.due_date IS NULL, a.due_date, m.date, a.position, a.id",
                                         error);
  if (stmt == NULL)
    return NULL;
  if (filter == NULL)
    filter = &no_filter;
  sqlite3_bind_int (stmt, 1, filter->open_only ? 1 : 0);
  ot_bind_text_or_null (stmt, 2, filter->overdue_on);
  ot_bind_text_or_null (stmt, 3, filter->owner);
  ot_bind_id_or_null (stmt, 4, filter->organisation_id);
  ot_bind_id_or_null (stmt, 5, filter->series_id);
  return ot_store_collect (self, stmt, OT_TYPE_ACTION, (OtRowReader) action_from_row, error);
}

guint
ot_store_count_overdue_actions (OtStore    *self,
                                const char *today)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT count(*) FROM action WHERE status = 'open' AND due_date < ?",
                                         NULL);
  guint count = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}
