/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-registry.c: organisations and people, including merging duplicates. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

#define ORGANISATION_COLUMNS "o.id, o.name, o.short_name, o.kind"
#define PERSON_COLUMNS "p.id, p.name, p.organisation_id, o.name, p.function, p.email"

static OtOrganisation *
organisation_from_row (sqlite3_stmt *stmt)
{
  OtOrganisationKind kind = OT_ORGANISATION_KIND_OTHER;

  ot_organisation_kind_from_string (ot_column_text (stmt, 3), &kind);
  return g_object_new (OT_TYPE_ORGANISATION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", ot_column_text (stmt, 1),
                       "short-name", ot_column_text (stmt, 2),
                       "kind", kind,
                       NULL);
}

static OtPerson *
person_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (OT_TYPE_PERSON,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", ot_column_text (stmt, 1),
                       "organisation-id", sqlite3_column_int64 (stmt, 2),
                       "organisation-name", ot_column_text (stmt, 3),
                       "function", ot_column_text (stmt, 4),
                       "email", ot_column_text (stmt, 5),
                       NULL);
}

/* Runs @stmt (already bound) and collects its rows into a list of snapshots. */
GListModel *
ot_store_collect (OtStore       *self,
                  sqlite3_stmt  *stmt,
                  GType          item_type,
                  OtRowReader    reader,
                  GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (item_type);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = reader (stmt);
      g_list_store_append (list, item);
    }
  if (rc != SQLITE_DONE)
    {
      ot_store_fail (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gpointer
ot_store_collect_one (OtStore       *self,
                      sqlite3_stmt  *stmt,
                      OtRowReader    reader,
                      const char    *what,
                      gint64         id,
                      GError       **error)
{
  gpointer item = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    item = reader (stmt);
  else if (rc == SQLITE_DONE)
    {
      /* The number as text: xgettext cannot read G_GINT64_FORMAT inside a message. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("There is no %s with number %s."), what, number);
    }
  else
    ot_store_fail (self, error);
  sqlite3_reset (stmt);
  return item;
}

gint64
ot_store_insert (OtStore       *self,
                 sqlite3_stmt  *stmt,
                 const char    *table,
                 GError       **error)
{
  gint64 id;

  if (!ot_store_begin (self, error))
    return 0;
  if (!ot_store_step_done (self, stmt, error))
    {
      ot_store_rollback (self);
      return 0;
    }
  id = sqlite3_last_insert_rowid (ot_store_get_db (self));
  ot_store_touch (self, table);
  if (!ot_store_commit (self, error))
    return 0;
  return id;
}

gboolean
ot_store_update (OtStore       *self,
                 sqlite3_stmt  *stmt,
                 const char    *table,
                 GError       **error)
{
  if (!ot_store_begin (self, error))
    return FALSE;
  if (!ot_store_step_done (self, stmt, error))
    {
      ot_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (ot_store_get_db (self)) == 0)
    {
      ot_store_rollback (self);
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The item to change no longer exists."));
      return FALSE;
    }
  ot_store_touch (self, table);
  return ot_store_commit (self, error);
}

gint64
ot_store_add_organisation (OtStore             *self,
                           const char          *name,
                           const char          *short_name,
                           OtOrganisationKind   kind,
                           GError             **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), 0);

  if (!ot_text_is_present (name))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An organisation needs a name."));
      return 0;
    }
  stmt = ot_store_prepare (self, "INSERT INTO organisation (name, short_name, kind) VALUES (trim(?1), ?2, ?3)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  ot_bind_text_or_null (stmt, 2, short_name);
  sqlite3_bind_text (stmt, 3, ot_organisation_kind_to_string (kind), -1, SQLITE_STATIC);
  return ot_store_insert (self, stmt, "organisation", error);
}

OtOrganisation *
ot_store_get_organisation (OtStore  *self,
                           gint64    id,
                           GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT " ORGANISATION_COLUMNS " FROM organisation o WHERE o.id = ?", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) organisation_from_row, _("organisation"), id, error);
}

static gint64
single_id (OtStore      *self,
           sqlite3_stmt *stmt)
{
  gint64 id = 0;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      /* A second row makes the match ambiguous. */
      if (sqlite3_step (stmt) == SQLITE_ROW)
        id = 0;
    }
  sqlite3_reset (stmt);
  return id;
}

gint64
ot_store_find_organisation (OtStore    *self,
                            const char *name)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (name))
    return 0;
  stmt = ot_store_prepare (self,
                           "SELECT id FROM organisation WHERE name = trim(?1) COLLATE NOCASE"
                           " UNION SELECT id FROM organisation WHERE short_name = trim(?1) COLLATE NOCASE"
                           "   AND NOT EXISTS (SELECT 1 FROM organisation WHERE name = trim(?1) COLLATE NOCASE)",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return single_id (self, stmt);
}

GListModel *
ot_store_list_organisations (OtStore  *self,
                             int       kind,
                             GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " ORGANISATION_COLUMNS " FROM organisation o"
                                         " WHERE ?1 IS NULL OR o.kind = ?1 ORDER BY o.name COLLATE NOCASE",
                                         error);
  if (stmt == NULL)
    return NULL;
  if (kind >= 0)
    sqlite3_bind_text (stmt, 1, ot_organisation_kind_to_string (kind), -1, SQLITE_STATIC);
  return ot_store_collect (self, stmt, OT_TYPE_ORGANISATION, (OtRowReader) organisation_from_row, error);
}

gboolean
ot_store_set_organisation_kind (OtStore             *self,
                                gint64               id,
                                OtOrganisationKind   kind,
                                GError             **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "UPDATE organisation SET kind = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ot_organisation_kind_to_string (kind), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "organisation", error);
}

/* Every column that refers to an organisation, for merging. Attendance of a whole organisation
 * that both had in one meeting would collide, so the duplicate's row is dropped first. */
static const char *const organisation_references[] = {
  "DELETE FROM attendance WHERE organisation_id = ?2 AND person_id IS NULL"
  " AND meeting_id IN (SELECT meeting_id FROM attendance WHERE organisation_id = ?1 AND person_id IS NULL)",
  "DELETE FROM invitation WHERE organisation_id = ?2"
  " AND consultation_id IN (SELECT consultation_id FROM invitation WHERE organisation_id = ?1)",
  "UPDATE person SET organisation_id = ?1 WHERE organisation_id = ?2",
  "UPDATE attendance SET organisation_id = ?1 WHERE organisation_id = ?2",
  "UPDATE agenda_item SET submitted_by_id = ?1 WHERE submitted_by_id = ?2",
  "UPDATE statement SET speaker_organisation_id = ?1 WHERE speaker_organisation_id = ?2",
  "UPDATE action SET owner_organisation_id = ?1 WHERE owner_organisation_id = ?2",
  "UPDATE invitation SET organisation_id = ?1 WHERE organisation_id = ?2",
  "UPDATE submission SET organisation_id = ?1 WHERE organisation_id = ?2",
  "DELETE FROM organisation WHERE id = ?2",
};

static const char *const person_references[] = {
  "DELETE FROM attendance WHERE person_id = ?2"
  " AND meeting_id IN (SELECT meeting_id FROM attendance WHERE person_id = ?1)",
  "UPDATE attendance SET person_id = ?1 WHERE person_id = ?2",
  "UPDATE meeting SET chair_id = ?1 WHERE chair_id = ?2",
  "UPDATE meeting SET minute_taker_id = ?1 WHERE minute_taker_id = ?2",
  "UPDATE agenda_item SET presenter_id = ?1 WHERE presenter_id = ?2",
  "UPDATE statement SET speaker_person_id = ?1 WHERE speaker_person_id = ?2",
  "UPDATE action SET owner_person_id = ?1 WHERE owner_person_id = ?2",
  "DELETE FROM person WHERE id = ?2",
};

static gboolean
merge (OtStore            *self,
       const char *const  *statements,
       gsize               n_statements,
       const char         *table,
       gint64              keep_id,
       gint64              duplicate_id,
       GError            **error)
{
  if (keep_id == duplicate_id)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("An entry cannot be merged with itself."));
      return FALSE;
    }
  if (!ot_store_begin (self, error))
    return FALSE;
  for (gsize i = 0; i < n_statements; i++)
    {
      sqlite3_stmt *stmt = ot_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, keep_id);
      sqlite3_bind_int64 (stmt, 2, duplicate_id);
      if (!ot_store_step_done (self, stmt, error))
        goto fail;
    }
  /* The last statement deletes the duplicate; nothing deleted means it did not exist. */
  if (sqlite3_changes (ot_store_get_db (self)) == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The entry to merge no longer exists."));
      goto fail;
    }
  ot_store_touch (self, table);
  ot_store_touch (self, "attendance");
  ot_store_touch (self, "action");
  return ot_store_commit (self, error);

fail:
  ot_store_rollback (self);
  return FALSE;
}

gboolean
ot_store_merge_organisations (OtStore  *self,
                              gint64    keep_id,
                              gint64    duplicate_id,
                              GError  **error)
{
  return merge (self, organisation_references, G_N_ELEMENTS (organisation_references),
                "organisation", keep_id, duplicate_id, error);
}

gint64
ot_store_add_person (OtStore     *self,
                     const char  *name,
                     gint64       organisation_id,
                     const char  *function,
                     const char  *email,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (name))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A person needs a name."));
      return 0;
    }
  stmt = ot_store_prepare (self,
                           "INSERT INTO person (name, organisation_id, function, email) VALUES (trim(?1), ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  ot_bind_id_or_null (stmt, 2, organisation_id);
  ot_bind_text_or_null (stmt, 3, function);
  ot_bind_text_or_null (stmt, 4, email);
  return ot_store_insert (self, stmt, "person", error);
}

OtPerson *
ot_store_get_person (OtStore  *self,
                     gint64    id,
                     GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " PERSON_COLUMNS " FROM person p"
                                         " LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) person_from_row, _("person"), id, error);
}

gint64
ot_store_find_person (OtStore    *self,
                      const char *name)
{
  sqlite3_stmt *stmt;

  if (!ot_text_is_present (name))
    return 0;
  stmt = ot_store_prepare (self, "SELECT id FROM person WHERE name = trim(?1) COLLATE NOCASE", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return single_id (self, stmt);
}

GListModel *
ot_store_list_people (OtStore  *self,
                      gint64    organisation_id,
                      GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT " PERSON_COLUMNS " FROM person p"
                                         " LEFT JOIN organisation o ON o.id = p.organisation_id"
                                         " WHERE ?1 IS NULL OR p.organisation_id = ?1"
                                         " ORDER BY p.name COLLATE NOCASE",
                                         error);
  if (stmt == NULL)
    return NULL;
  ot_bind_id_or_null (stmt, 1, organisation_id);
  return ot_store_collect (self, stmt, OT_TYPE_PERSON, (OtRowReader) person_from_row, error);
}

gboolean
ot_store_set_person_organisation (OtStore  *self,
                                  gint64    id,
                                  gint64    organisation_id,
                                  GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "UPDATE person SET organisation_id = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ot_bind_id_or_null (stmt, 2, organisation_id);
  return ot_store_update (self, stmt, "person", error);
}

gboolean
ot_store_merge_people (OtStore  *self,
                       gint64    keep_id,
                       gint64    duplicate_id,
                       GError  **error)
{
  return merge (self, person_references, G_N_ELEMENTS (person_references),
                "person", keep_id, duplicate_id, error);
}
