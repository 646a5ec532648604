/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-search.c: full-text search over notes, statements, decisions and actions of all meetings. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-search-snippet.h"
#include "ot-store-private.h"

static const char *const source_names[] = { "item", "statement", "decision", "action" };

static OtSearchHit *
hit_from_row (sqlite3_stmt *stmt)
{
  gint64 rowid = sqlite3_column_int64 (stmt, 2);

  return g_object_new (OT_TYPE_SEARCH_HIT,
                       "meeting-id", sqlite3_column_int64 (stmt, 0),
                       "agenda-item-id", sqlite3_column_int64 (stmt, 1),
                       "source-id", rowid / 4,
                       "source", source_names[rowid % 4],
                       "snippet", ot_column_text (stmt, 3),
                       "meeting-title", ot_column_text (stmt, 4),
                       "meeting-date", ot_column_text (stmt, 5),
                       "series-name", ot_column_text (stmt, 6),
                       NULL);
}

/* Turns what a user typed into an FTS5 query that cannot be a syntax error: every word
 * becomes a quoted prefix term, and all must match. */
char *
ot_store_search_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \t\n\r", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GString) word = g_string_new (NULL);

      for (const char *p = words[i]; *p != '\0'; p++)
        if (*p != '"')
          g_string_append_c (word, *p);
      if (word->len == 0)
        continue;
      g_string_append_printf (query, "%s\"%s\"*", query->len ? " " : "", word->str);
    }
  return g_string_free (g_steal_pointer (&query), FALSE);
}

GListModel *
ot_store_search (OtStore     *self,
                 const char  *text,
                 guint        limit,
                 GError     **error)
{
  g_autofree char *query = ot_store_search_query (text);
  sqlite3_stmt *stmt;

  if (*query == '\0')
    return G_LIST_MODEL (g_list_store_new (OT_TYPE_SEARCH_HIT));
  /* Rank and cut in the full-text index first, then join: joining first lets SQLite walk
   * every meeting and probe the index for each. */
  stmt = ot_store_prepare (self,
                           "SELECT h.meeting_id, h.agenda_item_id, h.rowid, h.snip, m.title, m.date, s.name"
                           " FROM (SELECT rowid, meeting_id, agenda_item_id, rank,"
                           "        snippet(search_index, 2, '" OT_SNIPPET_START "', '" OT_SNIPPET_END "', '…', 12) AS snip"
                           "       FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2) h"
                           " JOIN meeting m ON m.id = h.meeting_id JOIN series s ON s.id = m.series_id"
                           " ORDER BY h.rank",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit > 0 ? (int) limit : 100);
  return ot_store_collect (self, stmt, OT_TYPE_SEARCH_HIT, (OtRowReader) hit_from_row, error);
}
