/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-documents.c: files attached to meetings and agenda items, kept inside the database. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"

/* Attachments travel with the database file, so a backup is complete; this caps one file. */
#define MAX_DOCUMENT_SIZE (64 * 1024 * 1024)

static OtDocument *
document_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (OT_TYPE_DOCUMENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "meeting-id", sqlite3_column_int64 (stmt, 1),
                       "agenda-item-id", sqlite3_column_int64 (stmt, 2),
                       "title", ot_column_text (stmt, 3),
                       "file-name", ot_column_text (stmt, 4),
                       "mime-type", ot_column_text (stmt, 5),
                       "sha256", ot_column_text (stmt, 6),
                       "size", sqlite3_column_int (stmt, 7),
                       NULL);
}

gint64
ot_store_add_document (OtStore     *self,
                       gint64       meeting_id,
                       gint64       agenda_item_id,
                       const char  *title,
                       const char  *file_name,
                       const char  *mime_type,
                       GBytes      *content,
                       GError     **error)
{
  g_autofree char *sha256 = NULL;
  sqlite3_stmt *stmt;
  gsize size;
  gconstpointer data;

  g_return_val_if_fail (content != NULL, 0);

  data = g_bytes_get_data (content, &size);
  if (size > MAX_DOCUMENT_SIZE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("“%s” is larger than 64 MB and cannot be attached."), file_name);
      return 0;
    }
  if (!ot_store_meeting_is_editable (self, meeting_id, error))
    return 0;
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  stmt = ot_store_prepare (self,
                           "INSERT INTO document (meeting_id, agenda_item_id, title, file_name, mime_type,"
                           " sha256, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  ot_bind_id_or_null (stmt, 2, agenda_item_id);
  sqlite3_bind_text (stmt, 3, ot_text_is_present (title) ? title : file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, file_name, -1, SQLITE_TRANSIENT);
  ot_bind_text_or_null (stmt, 5, mime_type);
  sqlite3_bind_text (stmt, 6, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob64 (stmt, 7, data, size, SQLITE_STATIC);
  return ot_store_insert (self, stmt, "document", error);
}

GListModel *
ot_store_list_documents (OtStore  *self,
                         gint64    meeting_id,
                         GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT id, meeting_id, agenda_item_id, title, file_name, mime_type, sha256,"
                                         " length(content) FROM document WHERE meeting_id = ? ORDER BY title, id",
                                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return ot_store_collect (self, stmt, OT_TYPE_DOCUMENT, (OtRowReader) document_from_row, error);
}

GBytes *
ot_store_get_document_content (OtStore  *self,
                               gint64    id,
                               GError  **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, "SELECT content FROM document WHERE id = ?", error);
  GBytes *bytes = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  else
    g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND, _("The document no longer exists."));
  sqlite3_reset (stmt);
  return bytes;
}
