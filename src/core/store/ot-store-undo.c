/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-undo.c: deleting a row with everything that depends on it, and putting it all back. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

/* A deletion is recorded as a GVariant of type (a(sasav)a(ssxax)):
 *  - the deleted rows, parents before children: table, column names, values
 *    (a NULL value is stored as an empty "mv" maybe);
 *  - the references that ON DELETE SET NULL cleared: table, column, old value, row ids.
 * The foreign keys are read from the schema, so a table added later is covered too. */
#define RECORD_TYPE "(a(sasav)a(ssxax))"

typedef struct
{
  GVariantBuilder rows;
  GVariantBuilder refs;
} Capture;

static GVariant *
column_value (sqlite3_stmt *stmt,
              int           i)
{
  GVariant *value = NULL;

  switch (sqlite3_column_type (stmt, i))
    {
    case SQLITE_INTEGER:
      value = g_variant_new_int64 (sqlite3_column_int64 (stmt, i));
      break;
    case SQLITE_FLOAT:
      value = g_variant_new_double (sqlite3_column_double (stmt, i));
      break;
    case SQLITE_TEXT:
      value = g_variant_new_string ((const char *) sqlite3_column_text (stmt, i));
      break;
    case SQLITE_BLOB:
      value = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, sqlite3_column_blob (stmt, i),
                                         sqlite3_column_bytes (stmt, i), 1);
      break;
    default:
      break;
    }
  return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, value != NULL ? g_variant_new_variant (value) : NULL);
}

static gboolean capture_rows (OtStore *self, Capture *capture, const char *table,
                              const char *column, gint64 value, guint depth, GError **error);

/* Follows every foreign key that points at @table. */
static gboolean
capture_dependants (OtStore     *self,
                    Capture     *capture,
                    const char  *table,
                    gint64       id,
                    guint        depth,
                    GError     **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_schema m,"
                                         " pragma_foreign_key_list(m.name) f"
                                         " WHERE m.type = 'table' AND f.\"table\" = ?1 ORDER BY m.name, f.id",
                                         error);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (links, g_strdup (ot_column_text (stmt, 0)));
      g_ptr_array_add (links, g_strdup (ot_column_text (stmt, 1)));
      g_ptr_array_add (links, g_strdup (ot_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < links->len; i += 3)
    {
      const char *child = links->pdata[i], *column = links->pdata[i + 1], *on_delete = links->pdata[i + 2];

      if (g_str_equal (on_delete, "CASCADE"))
        {
          if (!capture_rows (self, capture, child, column, id, depth + 1, error))
            return FALSE;
        }
      else if (g_str_equal (on_delete, "SET NULL"))
        {
          g_autofree char *sql = g_strdup_printf ("SELECT id FROM \"%s\" WHERE \"%s\" = ?", child, column);
          sqlite3_stmt *ids = ot_store_prepare (self, sql, error);
          GVariantBuilder list;

          if (ids == NULL)
            return FALSE;
          g_variant_builder_init (&list, G_VARIANT_TYPE ("ax"));
          sqlite3_bind_int64 (ids, 1, id);
          while (sqlite3_step (ids) == SQLITE_ROW)
            g_variant_builder_add (&list, "x", sqlite3_column_int64 (ids, 0));
          sqlite3_reset (ids);
          g_variant_builder_add (&capture->refs, "(ssxax)", child, column, id, &list);
        }
    }
  return TRUE;
}

static gboolean
capture_rows (OtStore     *self,
              Capture     *capture,
              const char  *table,
              const char  *column,
              gint64       value,
              guint        depth,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE \"%s\" = ?", table, column);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  if (depth > 16)
    return TRUE;
  stmt = ot_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, value);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GVariantBuilder names, values;
      int n = sqlite3_column_count (stmt);

      g_variant_builder_init (&names, G_VARIANT_TYPE ("as"));
      g_variant_builder_init (&values, G_VARIANT_TYPE ("av"));
      for (int i = 0; i < n; i++)
        {
          g_variant_builder_add (&names, "s", sqlite3_column_name (stmt, i));
          g_variant_builder_add (&values, "v", column_value (stmt, i));
          if (g_str_equal (sqlite3_column_name (stmt, i), "id"))
            {
              gint64 id = sqlite3_column_int64 (stmt, i);
              g_array_append_val (ids, id);
            }
        }
      g_variant_builder_add (&capture->rows, "(sasav)", table, &names, &values);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    if (!capture_dependants (self, capture, table, g_array_index (ids, gint64, i), depth, error))
      return FALSE;
  return TRUE;
}

GBytes *
ot_store_delete (OtStore    *self,
                 OtRowKind   kind,
                 gint64      id,
                 GError    **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GVariant) record = NULL;
  const char *table = ot_store_row_table (kind);
  sqlite3_stmt *stmt;
  Capture capture;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  if (!ot_store_row_is_editable (self, kind, id, error))
    return NULL;
  g_variant_builder_init (&capture.rows, G_VARIANT_TYPE ("a(sasav)"));
  g_variant_builder_init (&capture.refs, G_VARIANT_TYPE ("a(ssxax)"));
  if (!ot_store_begin (self, error))
    goto fail_clear;
  if (!capture_rows (self, &capture, table, "id", id, 0, error))
    goto fail_rollback;

  sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?", table);
  stmt = ot_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail_rollback;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ot_store_step_done (self, stmt, error))
    goto fail_rollback;
  if (sqlite3_changes (ot_store_get_db (self)) == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The item no longer exists."));
      goto fail_rollback;
    }
  ot_store_touch (self, table);
  record = g_variant_ref_sink (g_variant_new ("(a(sasav)a(ssxax))", &capture.rows, &capture.refs));
  if (!ot_store_commit (self, error))
    return NULL;
  return g_variant_get_data_as_bytes (record);

fail_rollback:
  ot_store_rollback (self);
fail_clear:
  g_variant_builder_clear (&capture.rows);
  g_variant_builder_clear (&capture.refs);
  return NULL;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            GVariant     *maybe)
{
  g_autoptr(GVariant) boxed = g_variant_get_maybe (maybe);
  g_autoptr(GVariant) value = boxed != NULL ? g_variant_get_variant (boxed) : NULL;

  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    sqlite3_bind_double (stmt, index, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
  else
    {
      gsize size;
      gconstpointer data = g_variant_get_fixed_array (value, &size, 1);
      sqlite3_bind_blob64 (stmt, index, data, size, SQLITE_TRANSIENT);
    }
}

static gboolean
restore_row (OtStore   *self,
             GVariant  *row,
             GError   **error)
{
  g_autoptr(GVariant) names = g_variant_get_child_value (row, 1);
  g_autoptr(GVariant) values = g_variant_get_child_value (row, 2);
  g_autoptr(GString) sql = g_string_new ("INSERT INTO \"");
  const char *table;
  gsize n = g_variant_n_children (names);
  sqlite3_stmt *stmt;

  g_variant_get_child (row, 0, "&s", &table);
  g_string_append_printf (sql, "%s\" (", table);
  for (gsize i = 0; i < n; i++)
    {
      const char *name;
      g_variant_get_child (names, i, "&s", &name);
      g_string_append_printf (sql, "%s\"%s\"", i ? ", " : "", name);
    }
  g_string_append (sql, ") VALUES (");
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (sql, "%s?", i ? ", " : "");
  g_string_append (sql, ")");

  stmt = ot_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) boxed = g_variant_get_child_value (values, i);
      g_autoptr(GVariant) maybe = g_variant_get_variant (boxed);
      bind_value (stmt, i + 1, maybe);
    }
  if (!ot_store_step_done (self, stmt, error))
    return FALSE;
  ot_store_touch (self, table);
  return TRUE;
}

static gboolean
restore_reference (OtStore   *self,
                   GVariant  *ref,
                   GError   **error)
{
  g_autoptr(GVariant) ids = NULL;
  g_autofree char *sql = NULL;
  const char *table, *column;
  gint64 value;
  sqlite3_stmt *stmt;

  g_variant_get (ref, "(&s&sx@ax)", &table, &column, &value, &ids);
  sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ?2 WHERE id = ?1 AND \"%s\" IS NULL", table, column, column);
  stmt = ot_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (gsize i = 0; i < g_variant_n_children (ids); i++)
    {
      gint64 id;
      g_variant_get_child (ids, i, "x", &id);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, value);
      if (!ot_store_step_done (self, stmt, error))
        return FALSE;
    }
  ot_store_touch (self, table);
  return TRUE;
}

gboolean
ot_store_undo_delete (OtStore   *self,
                      GBytes    *record_bytes,
                      GError   **error)
{
  g_autoptr(GVariant) record = NULL;
  g_autoptr(GVariant) rows = NULL;
  g_autoptr(GVariant) refs = NULL;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (record_bytes != NULL, FALSE);

  record = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (RECORD_TYPE), record_bytes, FALSE));
  rows = g_variant_get_child_value (record, 0);
  refs = g_variant_get_child_value (record, 1);

  if (!ot_store_begin (self, error))
    return FALSE;
  /* Restored rows may point at each other in any order (a meeting approved in a later one of
   * the same series, an action closed in another meeting), so the foreign keys are checked
   * when the whole set is back, at commit. */
  if (sqlite3_exec (ot_store_get_db (self), "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
    {
      ot_store_fail (self, error);
      goto fail;
    }
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);
      if (!restore_row (self, row, error))
        goto fail;
    }
  for (gsize i = 0; i < g_variant_n_children (refs); i++)
    {
      g_autoptr(GVariant) ref = g_variant_get_child_value (refs, i);
      if (!restore_reference (self, ref, error))
        goto fail;
    }
  return ot_store_commit (self, error);

fail:
  ot_store_rollback (self);
  g_prefix_error (error, _("The deletion could not be undone: "));
  return FALSE;
}
