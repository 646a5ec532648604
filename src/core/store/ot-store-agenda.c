/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-agenda.c: agenda items with automatic numbering, and the statements and decisions under them. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

#define ITEM_COLUMNS \
  "i.id, i.meeting_id, i.parent_id, i.position, i.title, i.submitted_by_id, sub.name," \
  " i.presenter_id, pres.name, i.planned_minutes, i.notes, i.is_addition"
#define ITEM_FROM \
  " FROM agenda_item i LEFT JOIN organisation sub ON sub.id = i.submitted_by_id" \
  " LEFT JOIN person pres ON pres.id = i.presenter_id"

#define STATEMENT_COLUMNS \
  "st.id, st.agenda_item_id, st.position, st.speaker_person_id, st.speaker_organisation_id," \
  " st.speaker_label, coalesce(p.name, o.name, st.speaker_label), st.kind, st.text"

static OtAgendaItem *
item_from_row_numbered (sqlite3_stmt *stmt,
                        const char   *number)
{
  return g_object_new (OT_TYPE_AGENDA_ITEM,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "meeting-id", sqlite3_column_int64 (stmt, 1),
                       "parent-id", sqlite3_column_int64 (stmt, 2),
                       "position", sqlite3_column_int (stmt, 3),
                       "number", number,
                       "title", ot_column_text (stmt, 4),
                       "submitted-by-id", sqlite3_column_int64 (stmt, 5),
                       "submitted-by-name", ot_column_text (stmt, 6),
                       "presenter-id", sqlite3_column_int64 (stmt, 7),
                       "presenter-name", ot_column_text (stmt, 8),
                       "planned-minutes", sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9),
                       "notes", ot_column_text (stmt, 10),
                       "is-addition", sqlite3_column_int (stmt, 11) != 0,
                       NULL);
}

static OtStatement *
statement_from_row (sqlite3_stmt *stmt)
{
  OtStatementKind kind = OT_STATEMENT_KIND_REMARK;

  ot_statement_kind_from_string (ot_column_text (stmt, 7), &kind);
  return g_object_new (OT_TYPE_STATEMENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "agenda-item-id", sqlite3_column_int64 (stmt, 1),
                       "position", sqlite3_column_int (stmt, 2),
                       "speaker-person-id", sqlite3_column_int64 (stmt, 3),
                       "speaker-organisation-id", sqlite3_column_int64 (stmt, 4),
                       "speaker-label", ot_column_text (stmt, 5),
                       "speaker", ot_column_text (stmt, 6),
                       "kind", kind,
                       "text", ot_column_text (stmt, 8),
                       NULL);
}

static OtDecision *
decision_from_row (sqlite3_stmt *stmt)
{
  OtDecisionKind kind = OT_DECISION_KIND_AFSPRAAK;

  ot_decision_kind_from_string (ot_column_text (stmt, 3), &kind);
  return g_object_new (OT_TYPE_DECISION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "agenda-item-id", sqlite3_column_int64 (stmt, 1),
                       "position", sqlite3_column_int (stmt, 2),
                       "kind", kind,
                       "text", ot_column_text (stmt, 4),
                       NULL);
}

gint64
ot_store_item_meeting (OtStore *self,
                       gint64   agenda_item_id)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT meeting_id FROM agenda_item WHERE id = ?", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gint64
ot_store_add_agenda_item (OtStore     *self,
                          gint64       meeting_id,
                          gint64       parent_id,
                          const char  *title,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (title))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An agenda item needs a title."));
      return 0;
    }
  if (!ot_store_meeting_is_editable (self, meeting_id, error))
    return 0;
  if (parent_id > 0)
    {
      g_autoptr(OtAgendaItem) parent = ot_store_get_agenda_item (self, parent_id, error);

      if (parent == NULL)
        return 0;
      if (ot_agenda_item_get_parent_id (parent) != 0 || ot_agenda_item_get_meeting_id (parent) != meeting_id)
        {
          g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                       _("Agenda items nest one level deep: a sub-item cannot have sub-items."));
          return 0;
        }
    }
  stmt = ot_store_prepare (self,
                           "INSERT INTO agenda_item (meeting_id, parent_id, title, position) VALUES (?1, ?2, trim(?3),"
                           " (SELECT coalesce(max(position), -1) + 1 FROM agenda_item"
                           "  WHERE meeting_id = ?1 AND parent_id IS ?2))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ot_bind_id_or_null (stmt, 2, parent_id);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_TRANSIENT);
  return ot_store_insert (self, stmt, "agenda_item", error);
}

OtAgendaItem *
ot_store_get_agenda_item (OtStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_autoptr(GListModel) agenda = NULL;
  gint64 meeting_id = ot_store_item_meeting (self, id);

  /* The number depends on the siblings, so the item is read as part of its agenda. */
  if (meeting_id != 0 && (agenda = ot_store_list_agenda (self, meeting_id, error)) != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
        {
          g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
          if (ot_agenda_item_get_id (item) == id)
            return g_steal_pointer (&item);
        }
    }
  if (error != NULL && *error == NULL)
    g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The agenda item no longer exists."));
  return NULL;
}

GListModel *
ot_store_list_agenda (OtStore  *self,
                      gint64    meeting_id,
                      GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (OT_TYPE_AGENDA_ITEM);
  sqlite3_stmt *stmt;
  guint top = 0, sub = 0;
  int rc;

  /* Reading order: each top-level item, then its sub-items. */
  stmt = ot_store_prepare (self,
                           "SELECT " ITEM_COLUMNS ITEM_FROM
                           " LEFT JOIN agenda_item par ON par.id = i.parent_id"
                           " WHERE i.meeting_id = ?"
                           " ORDER BY coalesce(par.position, i.position), coalesce(par.id, i.id),"
                           "  i.parent_id IS NOT NULL, i.position, i.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *number = NULL;
      g_autoptr(OtAgendaItem) item = NULL;

      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        {
          top++;
          sub = 0;
          number = g_strdup_printf ("%u", top);
        }
      else
        number = g_strdup_printf ("%u.%u", top, ++sub);
      item = item_from_row_numbered (stmt, number);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ot_store_fail (self, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static GArray *
sibling_ids (OtStore *self,
             gint64   meeting_id,
             gint64   parent_id,
             gint64   except_id,
             GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT id FROM agenda_item WHERE meeting_id = ?1 AND parent_id IS ?2"
                                         " AND id <> ?3 ORDER BY position, id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ot_bind_id_or_null (stmt, 2, parent_id);
  sqlite3_bind_int64 (stmt, 3, except_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}

gboolean
ot_store_move_agenda_item (OtStore  *self,
                           gint64    id,
                           gint64    parent_id,
                           guint     position,
                           GError  **error)
{
  g_autoptr(GArray) siblings = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self, id, error);
  sqlite3_stmt *stmt;
  gint64 meeting_id;

  if (item == NULL)
    return FALSE;
  meeting_id = ot_agenda_item_get_meeting_id (item);
  if (!ot_store_meeting_is_editable (self, meeting_id, error))
    return FALSE;
  if (parent_id == id)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An agenda item cannot be placed under itself."));
      return FALSE;
    }
  siblings = sibling_ids (self, meeting_id, parent_id, id, error);
  if (siblings == NULL)
    return FALSE;
  position = MIN (position, siblings->len);
  g_array_insert_val (siblings, position, id);

  if (!ot_store_begin (self, error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE agenda_item SET parent_id = ?2, position = ?3 WHERE id = ?1", error);
  for (guint i = 0; stmt != NULL && i < siblings->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (siblings, gint64, i));
      ot_bind_id_or_null (stmt, 2, parent_id);
      sqlite3_bind_int (stmt, 3, i);
      if (!ot_store_step_done (self, stmt, NULL))
        {
          ot_store_rollback (self);
          g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                       _("Agenda items nest one level deep: an item with sub-items cannot become a sub-item."));
          return FALSE;
        }
    }
  if (stmt == NULL)
    {
      ot_store_rollback (self);
      return FALSE;
    }
  ot_store_touch (self, "agenda_item");
  return ot_store_commit (self, error);
}

gboolean
ot_store_set_agenda_item_details (OtStore   *self,
                                  gint64     id,
                                  gint64     submitted_by_id,
                                  gint64     presenter_id,
                                  int        planned_minutes,
                                  gboolean   is_addition,
                                  GError   **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, ot_store_item_meeting (self, id), error))
    return FALSE;
  if (planned_minutes > 1440)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An agenda item cannot be planned for more than a day."));
      return FALSE;
    }
  stmt = ot_store_prepare (self,
                           "UPDATE agenda_item SET submitted_by_id = ?2, presenter_id = ?3, planned_minutes = ?4,"
                           " is_addition = ?5 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ot_bind_id_or_null (stmt, 2, submitted_by_id);
  ot_bind_id_or_null (stmt, 3, presenter_id);
  if (planned_minutes < 0)
    sqlite3_bind_null (stmt, 4);
  else
    sqlite3_bind_int (stmt, 4, planned_minutes);
  sqlite3_bind_int (stmt, 5, is_addition ? 1 : 0);
  return ot_store_update (self, stmt, "agenda_item", error);
}

gint64
ot_store_add_statement (OtStore          *self,
                        gint64            agenda_item_id,
                        gint64            speaker_person_id,
                        gint64            speaker_organisation_id,
                        const char       *speaker_label,
                        OtStatementKind   kind,
                        const char       *text,
                        GError          **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (text))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A statement needs a text."));
      return 0;
    }
  if (!ot_store_meeting_is_editable (self, ot_store_item_meeting (self, agenda_item_id), error))
    return 0;
  stmt = ot_store_prepare (self,
                           "INSERT INTO statement (agenda_item_id, speaker_person_id, speaker_organisation_id,"
                           " speaker_label, kind, text, position) VALUES (?1, ?2, ?3, ?4, ?5, trim(?6),"
                           " (SELECT coalesce(max(position), -1) + 1 FROM statement WHERE agenda_item_id = ?1))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  ot_bind_id_or_null (stmt, 2, speaker_person_id);
  ot_bind_id_or_null (stmt, 3, speaker_organisation_id);
  ot_bind_text_or_null (stmt, 4, speaker_label);
  sqlite3_bind_text (stmt, 5, ot_statement_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, text, -1, SQLITE_TRANSIENT);
  return ot_store_insert (self, stmt, "statement", error);
}

GListModel *
ot_store_list_statements (OtStore  *self,
                          gint64    agenda_item_id,
                          GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " STATEMENT_COLUMNS " FROM statement st"
                                         " LEFT JOIN person p ON p.id = st.speaker_person_id"
                                         " LEFT JOIN organisation o ON o.id = st.speaker_organisation_id"
                                         " WHERE st.agenda_item_id = ? ORDER BY st.position, st.id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  return ot_store_collect (self, stmt, OT_TYPE_STATEMENT, (OtRowReader) statement_from_row, error);
}

gboolean
ot_store_set_statement_kind (OtStore          *self,
                             gint64            id,
                             OtStatementKind   kind,
                             GError          **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, ot_store_row_meeting (self, OT_ROW_STATEMENT, id), error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE statement SET kind = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ot_statement_kind_to_string (kind), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "statement", error);
}

gint64
ot_store_add_decision (OtStore         *self,
                       gint64           agenda_item_id,
                       OtDecisionKind   kind,
                       const char      *text,
                       GError         **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (text))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A decision needs a text."));
      return 0;
    }
  if (!ot_store_meeting_is_editable (self, ot_store_item_meeting (self, agenda_item_id), error))
    return 0;
  stmt = ot_store_prepare (self,
                           "INSERT INTO decision (agenda_item_id, kind, text, position) VALUES (?1, ?2, trim(?3),"
                           " (SELECT coalesce(max(position), -1) + 1 FROM decision WHERE agenda_item_id = ?1))",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  sqlite3_bind_text (stmt, 2, ot_decision_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
  return ot_store_insert (self, stmt, "decision", error);
}

GListModel *
ot_store_list_decisions (OtStore  *self,
                         gint64    agenda_item_id,
                         GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT id, agenda_item_id, position, kind, text FROM decision"
                                         " WHERE agenda_item_id = ? ORDER BY position, id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, agenda_item_id);
  return ot_store_collect (self, stmt, OT_TYPE_DECISION, (OtRowReader) decision_from_row, error);
}

gboolean
ot_store_set_decision_kind (OtStore         *self,
                            gint64           id,
                            OtDecisionKind   kind,
                            GError         **error)
{
  sqlite3_stmt *stmt;

  if (!ot_store_meeting_is_editable (self, ot_store_row_meeting (self, OT_ROW_DECISION, id), error))
    return FALSE;
  stmt = ot_store_prepare (self, "UPDATE decision SET kind = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ot_decision_kind_to_string (kind), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "decision", error);
}
