/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-fields.c: editing one text field in place, and knowing which meeting a row belongs to. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

typedef struct
{
  const char *table;
  const char *column;
  gboolean    required;       /* may not become empty */
  char        check;          /* 'd' date, 't' time, 0 none */
} FieldInfo;

/* Indexed by OtField. Only these columns can be written through ot_store_set_text(). */
static const FieldInfo fields[] = {
  [OT_FIELD_ORGANISATION_NAME]        = { "organisation", "name", TRUE, 0 },
  [OT_FIELD_ORGANISATION_SHORT_NAME]  = { "organisation", "short_name", FALSE, 0 },
  [OT_FIELD_PERSON_NAME]              = { "person", "name", TRUE, 0 },
  [OT_FIELD_PERSON_FUNCTION]          = { "person", "function", FALSE, 0 },
  [OT_FIELD_PERSON_EMAIL]             = { "person", "email", FALSE, 0 },
  [OT_FIELD_SERIES_NAME]              = { "series", "name", TRUE, 0 },
  [OT_FIELD_SERIES_DESCRIPTION]       = { "series", "description", FALSE, 0 },
  [OT_FIELD_MEETING_TITLE]            = { "meeting", "title", TRUE, 0 },
  [OT_FIELD_MEETING_DATE]             = { "meeting", "date", TRUE, 'd' },
  [OT_FIELD_MEETING_START_TIME]       = { "meeting", "start_time", FALSE, 't' },
  [OT_FIELD_MEETING_END_TIME]         = { "meeting", "end_time", FALSE, 't' },
  [OT_FIELD_MEETING_LOCATION]         = { "meeting", "location", FALSE, 0 },
  [OT_FIELD_AGENDA_ITEM_TITLE]        = { "agenda_item", "title", TRUE, 0 },
  [OT_FIELD_AGENDA_ITEM_NOTES]        = { "agenda_item", "notes", FALSE, 0 },
  [OT_FIELD_STATEMENT_TEXT]           = { "statement", "text", TRUE, 0 },
  [OT_FIELD_STATEMENT_SPEAKER_LABEL]  = { "statement", "speaker_label", FALSE, 0 },
  [OT_FIELD_DECISION_TEXT]            = { "decision", "text", TRUE, 0 },
  [OT_FIELD_ACTION_TEXT]              = { "action", "text", TRUE, 0 },
};

/* Indexed by OtRowKind. */
static const char *const row_tables[] = {
  [OT_ROW_ORGANISATION] = "organisation",
  [OT_ROW_PERSON]       = "person",
  [OT_ROW_SERIES]       = "series",
  [OT_ROW_MEETING]      = "meeting",
  [OT_ROW_ATTENDANCE]   = "attendance",
  [OT_ROW_AGENDA_ITEM]  = "agenda_item",
  [OT_ROW_STATEMENT]    = "statement",
  [OT_ROW_DECISION]     = "decision",
  [OT_ROW_ACTION]       = "action",
  [OT_ROW_DOCUMENT]     = "document",
};

const char *
ot_store_row_table (OtRowKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (row_tables), NULL);
  return row_tables[kind];
}

static OtRowKind
kind_of_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (row_tables); i++)
    if (g_str_equal (row_tables[i], table))
      return i;
  g_return_val_if_reached (OT_ROW_ORGANISATION);
}

gint64
ot_store_row_meeting (OtStore   *self,
                      OtRowKind  kind,
                      gint64     id)
{
  static const char *const queries[] = {
    [OT_ROW_MEETING]     = "SELECT id FROM meeting WHERE id = ?",
    [OT_ROW_ATTENDANCE]  = "SELECT meeting_id FROM attendance WHERE id = ?",
    [OT_ROW_AGENDA_ITEM] = "SELECT meeting_id FROM agenda_item WHERE id = ?",
    [OT_ROW_STATEMENT]   = "SELECT i.meeting_id FROM statement s JOIN agenda_item i ON i.id = s.agenda_item_id WHERE s.id = ?",
    [OT_ROW_DECISION]    = "SELECT i.meeting_id FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE d.id = ?",
    [OT_ROW_ACTION]      = "SELECT meeting_id FROM action WHERE id = ?",
    [OT_ROW_DOCUMENT]    = "SELECT meeting_id FROM document WHERE id = ?",
  };
  sqlite3_stmt *stmt;
  gint64 meeting_id = 0;

  if (kind >= G_N_ELEMENTS (queries) || queries[kind] == NULL)
    return 0;
  stmt = ot_store_prepare (self, queries[kind], NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    meeting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return meeting_id;
}

gboolean
ot_store_row_is_editable (OtStore    *self,
                          OtRowKind   kind,
                          gint64      id,
                          GError    **error)
{
  gint64 meeting_id;

  /* Registry rows and whole series or meetings are not part of any one set of minutes. */
  if (kind == OT_ROW_ORGANISATION || kind == OT_ROW_PERSON || kind == OT_ROW_SERIES || kind == OT_ROW_MEETING)
    return TRUE;
  meeting_id = ot_store_row_meeting (self, kind, id);
  if (meeting_id == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The item no longer exists."));
      return FALSE;
    }
  return ot_store_meeting_is_editable (self, meeting_id, error);
}

gboolean
ot_store_set_text (OtStore     *self,
                   OtField      field,
                   gint64       id,
                   const char  *text,
                   GError     **error)
{
  g_autofree char *sql = NULL;
  const FieldInfo *info;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (fields), FALSE);

  info = &fields[field];
  if (info->required && !ot_text_is_present (text))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("This field may not be empty."));
      return FALSE;
    }
  if ((info->check == 'd' && !ot_store_check_date (text, !info->required, error)) ||
      (info->check == 't' && !ot_store_check_time (text, error)))
    return FALSE;
  if (!ot_store_row_is_editable (self, kind_of_table (info->table), id, error))
    return FALSE;

  /* Table and column come from the fixed table above, never from the caller. */
  sql = g_strdup_printf ("UPDATE %s SET %s = ?2 WHERE id = ?1", info->table, info->column);
  stmt = ot_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (g_str_equal (info->column, "notes"))
    sqlite3_bind_text (stmt, 2, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
  else
    ot_bind_text_or_null (stmt, 2, text);
  return ot_store_update (self, stmt, info->table, error);
}
