/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-private.h: statement cache and error mapping shared by the store's query files. */
#pragma once

#include <sqlite3.h>

#include "ot-store.h"

G_BEGIN_DECLS

sqlite3      *ot_store_get_db        (OtStore     *self);
/* A prepared statement, cached by its SQL text and reset for reuse. Owned by the store. */
sqlite3_stmt *ot_store_prepare       (OtStore     *self,
                                      const char  *sql,
                                      GError     **error);
/* Sets @error from the database's last error, in words a user can read. Returns FALSE. */
gboolean      ot_store_fail          (OtStore     *self,
                                      GError     **error);
/* Runs a statement that returns no rows; resets it. */
gboolean      ot_store_step_done     (OtStore      *self,
                                      sqlite3_stmt *stmt,
                                      GError      **error);
/* Records that @table changed, so "changed" is emitted at the outermost commit. */
void          ot_store_touch         (OtStore     *self,
                                      const char  *table);

/* Binding helpers: NULL, 0 ids and empty strings become SQL NULL where the column allows it. */
void          ot_bind_text_or_null   (sqlite3_stmt *stmt, int index, const char *text);
void          ot_bind_id_or_null     (sqlite3_stmt *stmt, int index, gint64 id);
/* Column helpers; text columns are copied, since the row goes away at the next step. */
const char   *ot_column_text         (sqlite3_stmt *stmt, int index);

/* Validation shared by the query files: dates are YYYY-MM-DD, times HH:MM. */
gboolean      ot_store_check_date    (const char *date, gboolean optional, GError **error);
gboolean      ot_store_check_time    (const char *time, GError **error);

/* The meeting an agenda item, or any row kind, belongs to; 0 when unknown. */
gint64        ot_store_item_meeting  (OtStore *self, gint64 agenda_item_id);
gint64        ot_store_row_meeting   (OtStore *self, OtRowKind kind, gint64 id);

/* The table behind a row kind, and whether the row's minutes may still change. */
const char   *ot_store_row_table     (OtRowKind kind);
gboolean      ot_store_row_is_editable (OtStore *self, OtRowKind kind, gint64 id, GError **error);
/* The FTS5 query for what a user typed. */
char         *ot_store_search_query  (const char *text);

/* TRUE when @text has something besides white space. */
gboolean      ot_text_is_present     (const char *text);

/* Builds a snapshot object from the current row of a query. */
typedef gpointer (*OtRowReader) (sqlite3_stmt *stmt);

/* Steps through a bound query and returns its rows as a list of @item_type snapshots. */
GListModel   *ot_store_collect       (OtStore       *self,
                                      sqlite3_stmt  *stmt,
                                      GType          item_type,
                                      OtRowReader    reader,
                                      GError       **error);
/* The single row of a bound query; a missing row is OT_ERROR_NOT_FOUND naming @what. */
gpointer      ot_store_collect_one   (OtStore       *self,
                                      sqlite3_stmt  *stmt,
                                      OtRowReader    reader,
                                      const char    *what,
                                      gint64         id,
                                      GError       **error);
/* Runs a bound INSERT as one change; returns the new row's id, or 0 with @error set. */
gint64        ot_store_insert        (OtStore       *self,
                                      sqlite3_stmt  *stmt,
                                      const char    *table,
                                      GError       **error);
/* Runs a bound UPDATE as one change; a statement that changed no row is OT_ERROR_NOT_FOUND. */
gboolean      ot_store_update        (OtStore       *self,
                                      sqlite3_stmt  *stmt,
                                      const char    *table,
                                      GError       **error);

G_END_DECLS
