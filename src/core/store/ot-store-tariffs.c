/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-tariffs.c: the region's own tariffs per product and year. */
#define G_LOG_DOMAIN "ot-store"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-store-private.h"
#include "ot-store-tariffs.h"

gboolean
ot_store_set_tariff (OtStore    *self,
                     const char *product_code,
                     int         year,
                     double      amount,
                     double      index_pct,
                     gint64      consultation_id,
                     GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (product_code != NULL, FALSE);

  if (year < 2000 || year > 2100 || !(amount >= 0.0 && amount < 1e9))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("A tariff needs a year from 2000 to 2100 and an amount of zero or more."));
      return FALSE;
    }
  stmt = ot_store_prepare (self,
                           "INSERT INTO tariff (product_code, year, amount, index_pct, consultation_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (product_code, year) DO UPDATE SET amount = excluded.amount, "
                           "index_pct = excluded.index_pct, consultation_id = excluded.consultation_id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, product_code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_double (stmt, 3, amount);
  if (isfinite (index_pct))
    sqlite3_bind_double (stmt, 4, index_pct);
  else
    sqlite3_bind_null (stmt, 4);
  ot_bind_id_or_null (stmt, 5, consultation_id);
  /* An upsert: ot_store_insert's "new row id" would mean nothing when a year is replaced. */
  if (!ot_store_begin (self, error))
    return FALSE;
  if (!ot_store_step_done (self, stmt, error))
    {
      ot_store_rollback (self);
      return FALSE;
    }
  ot_store_touch (self, "tariff");
  return ot_store_commit (self, error);
}

gboolean
ot_store_get_current_tariff (OtStore    *self,
                             const char *product_code,
                             int         year,
                             double     *amount)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);
  g_return_val_if_fail (product_code != NULL && amount != NULL, FALSE);

  stmt = ot_store_prepare (self,
                           "SELECT amount FROM tariff WHERE product_code = ?1 AND year <= ?2 "
                           "ORDER BY year DESC LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, product_code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *amount = sqlite3_column_double (stmt, 0);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}
