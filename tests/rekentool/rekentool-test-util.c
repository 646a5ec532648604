/* SPDX-License-Identifier: GPL-3.0-or-later */
/* rekentool-test-util.c: fixtures shared by the rekentool tests: stores, consultations, workbooks, checksums. */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <zip.h>

#include "ot-test-support.h"
#include "rekentool-test-util.h"

void
rk_fixture_set_up (RkFixture          *fx,
                   const char * const *codes,
                   const char * const *names)
{
  g_autoptr(GError) error = NULL;
  OtConsultationSpec spec = { 0 };
  gint64 id;

  fx->dir = ot_test_mkdtemp ();
  fx->db_path = g_build_filename (fx->dir, "test.db", NULL);
  fx->store = ot_store_open (fx->db_path, &error);
  g_assert_no_error (error);
  spec.title = "Marktconsultatie Wmo 2027";
  spec.deadline = "2026-12-01";
  spec.product_codes = codes;
  spec.product_names = names;
  id = ot_store_add_consultation (fx->store, &spec, &error);
  g_assert_no_error (error);
  fx->consultation = ot_store_get_consultation (fx->store, id, &error);
  g_assert_no_error (error);
}

void
rk_fixture_tear_down (RkFixture *fx)
{
  g_clear_object (&fx->consultation);
  g_clear_object (&fx->store);
  ot_test_rmdir (fx->dir);
  g_clear_pointer (&fx->dir, g_free);
  g_clear_pointer (&fx->db_path, g_free);
}

char *
rk_fixture_path (RkFixture  *fx,
                 const char *name)
{
  return g_build_filename (fx->dir, name, NULL);
}

static void
hash_table_rows (sqlite3    *db,
                 const char *table,
                 GChecksum  *sum)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_checksum_update (sum, (const guchar *) table, -1);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const void *blob = sqlite3_column_blob (stmt, c);
          int len = sqlite3_column_bytes (stmt, c);
          char type = (char) ('0' + sqlite3_column_type (stmt, c));

          g_checksum_update (sum, (const guchar *) &type, 1);
          if (blob != NULL)
            g_checksum_update (sum, blob, len);
          g_checksum_update (sum, (const guchar *) "|", 1);
        }
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  sqlite3_finalize (stmt);
}

char *
rk_db_checksum (const char *db_path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 5);
  for (guint i = 0; i < tables->len; i++)
    hash_table_rows (db, g_ptr_array_index (tables, i), sum);
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (sum));
}

void
rk_write_zip (const char       *path,
              const RkZipEntry *entries)
{
  int err = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &err);

  g_assert_nonnull (zip);
  for (const RkZipEntry *e = entries; e->name != NULL; e++)
    {
      gsize len = e->len != 0 ? e->len : strlen (e->content);
      zip_source_t *src = zip_source_buffer (zip, e->content, len, 0);

      g_assert_nonnull (src);
      g_assert_cmpint (zip_file_add (zip, e->name, src, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
}

const char *
rk_python (void)
{
  static char *python = NULL;
  static gboolean looked = FALSE;

  if (!looked)
    {
      const char *candidates[] = { "/usr/bin/python3", "python3" };

      looked = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (candidates) && python == NULL; i++)
        {
          g_autofree char *path = g_find_program_in_path (candidates[i]);
          const char *argv[] = { path, "-c", "import openpyxl", NULL };
          int status = -1;

          if (path != NULL && g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                            NULL, NULL, NULL, NULL, &status, NULL)
              && g_spawn_check_wait_status (status, NULL))
            python = g_steal_pointer (&path);
        }
    }
  return python;
}

void
rk_run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s %s", argv[0], out, err);
}

void
rk_write_free_form_rows (lxw_worksheet *ws,
                         const char    *provider,
                         double         cost_price)
{
  worksheet_write_string (ws, 0, 0, "Kostprijsopbouw", NULL);
  worksheet_write_string (ws, 2, 0, "Naam organisatie", NULL);
  worksheet_write_string (ws, 2, 1, provider, NULL);
  worksheet_write_string (ws, 3, 0, "Bruto uurloon", NULL);
  worksheet_write_string (ws, 3, 1, "€", NULL);
  worksheet_write_number (ws, 3, 2, 24.75, NULL);
  worksheet_write_string (ws, 4, 0, "Ziekteverzuim %", NULL);
  worksheet_write_string (ws, 4, 1, "6,5", NULL);
  worksheet_write_string (ws, 5, 0, "VAKANTIEGELD", NULL);
  worksheet_write_number (ws, 5, 1, 8, NULL);
  worksheet_write_string (ws, 6, 0, "Overhead (opslag)", NULL);
  worksheet_write_number (ws, 6, 1, 0.12, NULL);
  worksheet_write_string (ws, 7, 0, "Sociale lasten", NULL);
  worksheet_write_string (ws, 7, 1, "25%", NULL);
  worksheet_write_string (ws, 8, 0, "Productiviteit", NULL);
  worksheet_write_number (ws, 9, 0, 0.8, NULL);
  worksheet_write_string (ws, 10, 0, "Kostprijs per uur", NULL);
  worksheet_write_number (ws, 10, 1, cost_price, NULL);
  worksheet_write_string (ws, 12, 0, "Uren per jaar", NULL);
  worksheet_write_string (ws, 12, 1, "12.000", NULL);
}
