/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-consultations.c: consultations, invitations, submissions and submission values. */
#define G_LOG_DOMAIN "ot-store"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ot-error.h"
#include "ot-consultation-private.h"
#include "ot-store-consultations.h"
#include "ot-store-private.h"

#define CONSULTATION_COLUMNS \
  "c.id, c.title, c.series_id, c.meeting_id, c.deadline, c.min_submissions, c.template_version, c.created_at"
#define INVITATION_COLUMNS \
  "i.id, i.consultation_id, i.organisation_id, o.name, i.state, s.id, s.imported_at"
#define SUBMISSION_COLUMNS \
  "s.id, s.consultation_id, s.organisation_id, o.name, s.file_name, s.sha256, s.imported_at," \
  " s.template_version, s.status, s.report"

static OtConsultation *
consultation_from_row (sqlite3_stmt *stmt)
{
  return ot_consultation_new (sqlite3_column_int64 (stmt, 0),
                              ot_column_text (stmt, 1),
                              sqlite3_column_int64 (stmt, 2),
                              sqlite3_column_int64 (stmt, 3),
                              ot_column_text (stmt, 4),
                              (guint) sqlite3_column_int (stmt, 5),
                              (guint) sqlite3_column_int (stmt, 6),
                              ot_column_text (stmt, 7));
}

static OtInvitation *
invitation_from_row (sqlite3_stmt *stmt)
{
  OtInvitationState state = OT_INVITATION_INVITED;

  ot_invitation_state_from_string (ot_column_text (stmt, 4), &state);
  return ot_invitation_new (sqlite3_column_int64 (stmt, 0),
                            sqlite3_column_int64 (stmt, 1),
                            sqlite3_column_int64 (stmt, 2),
                            ot_column_text (stmt, 3),
                            state,
                            sqlite3_column_int64 (stmt, 5),
                            ot_column_text (stmt, 6));
}

static OtSubmission *
submission_from_row (sqlite3_stmt *stmt)
{
  return ot_submission_new (sqlite3_column_int64 (stmt, 0),
                            sqlite3_column_int64 (stmt, 1),
                            sqlite3_column_int64 (stmt, 2),
                            ot_column_text (stmt, 3),
                            ot_column_text (stmt, 4),
                            ot_column_text (stmt, 5),
                            ot_column_text (stmt, 6),
                            (guint) sqlite3_column_int (stmt, 7),
                            ot_column_text (stmt, 8),
                            ot_column_text (stmt, 9));
}

static OtSubmissionValue *
value_from_row (sqlite3_stmt *stmt)
{
  gboolean has_number = sqlite3_column_type (stmt, 3) != SQLITE_NULL;

  return ot_submission_value_new (sqlite3_column_int64 (stmt, 0),
                                  ot_column_text (stmt, 1),
                                  ot_column_text (stmt, 2),
                                  has_number,
                                  has_number ? sqlite3_column_double (stmt, 3) : 0.0,
                                  ot_column_text (stmt, 4),
                                  ot_column_text (stmt, 5),
                                  ot_column_text (stmt, 6));
}

/* ---- Consultations ---- */

static gboolean
check_product_code (const char  *code,
                    GError     **error)
{
  gsize len = code != NULL ? strlen (code) : 0;

  if (len == 0 || len > 24 || !g_ascii_islower (code[0]))
    goto bad;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (code[i]) && !g_ascii_isdigit (code[i]) && code[i] != '_')
      goto bad;
  return TRUE;

bad:
  g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
               _("“%s” is not a valid product code: use up to 24 lowercase letters, digits or “_”, starting with a letter."),
               code != NULL ? code : "");
  return FALSE;
}

static gboolean
check_consultation_spec (const OtConsultationSpec  *spec,
                         GError                   **error)
{
  if (!ot_text_is_present (spec->title))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A consultation needs a title."));
      return FALSE;
    }
  if (spec->min_submissions != 0 && spec->min_submissions < OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The minimum number of submissions must be at least %d."), OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR);
      return FALSE;
    }
  if (spec->product_codes == NULL || spec->product_codes[0] == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A consultation asks for at least one product."));
      return FALSE;
    }
  for (guint i = 0; spec->product_codes[i] != NULL; i++)
    {
      if (!check_product_code (spec->product_codes[i], error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_str_equal (spec->product_codes[i], spec->product_codes[j]))
          {
            g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("The product code “%s” appears twice."),
                         spec->product_codes[i]);
            return FALSE;
          }
    }
  return ot_store_check_date (spec->deadline, TRUE, error);
}

static gboolean
insert_products (OtStore                   *self,
                 gint64                     consultation_id,
                 const OtConsultationSpec  *spec,
                 GError                   **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "INSERT INTO consultation_product (consultation_id, code, name, position)"
                                         " VALUES (?1, ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; spec->product_codes[i] != NULL; i++)
    {
      const char *name = spec->product_names != NULL ? spec->product_names[i] : NULL;

      sqlite3_bind_int64 (stmt, 1, consultation_id);
      sqlite3_bind_text (stmt, 2, spec->product_codes[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, ot_text_is_present (name) ? name : spec->product_codes[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, (int) i);
      if (ot_store_insert (self, stmt, "consultation_product", error) == 0)
        return FALSE;
    }
  return TRUE;
}

gint64
ot_store_add_consultation (OtStore                   *self,
                           const OtConsultationSpec  *spec,
                           GError                   **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (spec != NULL, 0);

  if (!check_consultation_spec (spec, error))
    return 0;
  if (!ot_store_begin (self, error))
    return 0;
  stmt = ot_store_prepare (self,
                           "INSERT INTO consultation (title, series_id, meeting_id, deadline, min_submissions)"
                           " VALUES (trim(?1), ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, spec->title, -1, SQLITE_TRANSIENT);
  ot_bind_id_or_null (stmt, 2, spec->series_id);
  ot_bind_id_or_null (stmt, 3, spec->meeting_id);
  ot_bind_text_or_null (stmt, 4, spec->deadline);
  sqlite3_bind_int (stmt, 5, spec->min_submissions != 0 ? (int) spec->min_submissions
                                                       : OT_CONSULTATION_DEFAULT_MIN_SUBMISSIONS);
  id = ot_store_insert (self, stmt, "consultation", error);
  if (id == 0 || !insert_products (self, id, spec, error))
    goto fail;
  if (!ot_store_commit (self, error))
    return 0;
  return id;

fail:
  ot_store_rollback (self);
  return 0;
}

static gboolean
read_products (OtStore         *self,
               OtConsultation  *consultation,
               GError         **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT code, name FROM consultation_product"
                                         " WHERE consultation_id = ? ORDER BY position, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ot_consultation_get_id (consultation));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ot_consultation_add_product (consultation, ot_column_text (stmt, 0), ot_column_text (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return ot_store_fail (self, error);
  return TRUE;
}

OtConsultation *
ot_store_get_consultation (OtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(OtConsultation) consultation = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self, "SELECT " CONSULTATION_COLUMNS " FROM consultation c WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  consultation = ot_store_collect_one (self, stmt, (OtRowReader) consultation_from_row, _("consultation"), id, error);
  if (consultation == NULL || !read_products (self, consultation, error))
    return NULL;
  return g_steal_pointer (&consultation);
}

GListModel *
ot_store_list_consultations (OtStore  *self,
                             GError  **error)
{
  g_autoptr(GListModel) list = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self, "SELECT " CONSULTATION_COLUMNS " FROM consultation c ORDER BY c.created_at DESC, c.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  list = ot_store_collect (self, stmt, OT_TYPE_CONSULTATION, (OtRowReader) consultation_from_row, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtConsultation) consultation = g_list_model_get_item (list, i);

      if (!read_products (self, consultation, error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

/* ---- Invitations ---- */

static gint64
find_invitation (OtStore *self,
                 gint64   consultation_id,
                 gint64   organisation_id)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "SELECT id FROM invitation WHERE consultation_id = ? AND organisation_id = ?",
                                         NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gint64
ot_store_invite (OtStore  *self,
                 gint64    consultation_id,
                 gint64    organisation_id,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);

  id = find_invitation (self, consultation_id, organisation_id);
  if (id != 0)
    return id;
  stmt = ot_store_prepare (self, "INSERT INTO invitation (consultation_id, organisation_id) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  return ot_store_insert (self, stmt, "invitation", error);
}

gint64
ot_store_invite_by_name (OtStore     *self,
                         gint64       consultation_id,
                         const char  *name,
                         GError     **error)
{
  gint64 organisation_id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  organisation_id = ot_store_find_organisation (self, name);
  if (organisation_id == 0)
    organisation_id = ot_store_add_organisation (self, name, NULL, OT_ORGANISATION_KIND_AANBIEDER, error);
  if (organisation_id == 0)
    return 0;
  return ot_store_invite (self, consultation_id, organisation_id, error);
}

gboolean
ot_store_set_invitation_state (OtStore            *self,
                               gint64              consultation_id,
                               gint64              organisation_id,
                               OtInvitationState   state,
                               GError            **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), FALSE);

  stmt = ot_store_prepare (self, "UPDATE invitation SET state = ?3 WHERE consultation_id = ?1 AND organisation_id = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  sqlite3_bind_text (stmt, 3, ot_invitation_state_to_string (state), -1, SQLITE_STATIC);
  return ot_store_update (self, stmt, "invitation", error);
}

GListModel *
ot_store_list_invitations (OtStore  *self,
                           gint64    consultation_id,
                           GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self,
                           "SELECT " INVITATION_COLUMNS " FROM invitation i"
                           " JOIN organisation o ON o.id = i.organisation_id"
                           " LEFT JOIN submission s ON s.consultation_id = i.consultation_id"
                           "  AND s.organisation_id = i.organisation_id"
                           " WHERE i.consultation_id = ? ORDER BY o.name COLLATE NOCASE, i.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  return ot_store_collect (self, stmt, OT_TYPE_INVITATION, (OtRowReader) invitation_from_row, error);
}

/* ---- Submissions ---- */

static gint64
lookup_id (OtStore    *self,
           const char *sql,
           gint64      a,
           const char *text,
           gint64      b)
{
  sqlite3_stmt *stmt = ot_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, a);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, b);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gint64
ot_store_find_submission_by_hash (OtStore    *self,
                                  gint64      consultation_id,
                                  const char *sha256)
{
  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (sha256 != NULL, 0);

  return lookup_id (self, "SELECT id FROM submission WHERE consultation_id = ?1 AND sha256 = lower(?2)",
                    consultation_id, sha256, 0);
}

gint64
ot_store_find_submission (OtStore *self,
                          gint64   consultation_id,
                          gint64   organisation_id)
{
  g_return_val_if_fail (OT_IS_STORE (self), 0);

  return lookup_id (self, "SELECT id FROM submission WHERE consultation_id = ?1 AND organisation_id = ?2",
                    consultation_id, NULL, organisation_id);
}

static gboolean
check_submission_spec (const OtSubmissionSpec  *spec,
                       GError                 **error)
{
  gsize len = spec->sha256 != NULL ? strlen (spec->sha256) : 0;

  if (len != 64)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A submission needs the SHA-256 of its file."));
      return FALSE;
    }
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isxdigit (spec->sha256[i]))
      {
        g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A submission needs the SHA-256 of its file."));
        return FALSE;
      }
  if (!ot_text_is_present (spec->file_name))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("A submission needs the name of its file."));
      return FALSE;
    }
  return TRUE;
}

/* Refuses a file already on record and, unless replacing, a second submission of the provider;
 * when replacing, removes the earlier one (its values go with it). */
static gboolean
clear_the_way (OtStore                 *self,
               const OtSubmissionSpec  *spec,
               gboolean                 replace,
               GError                 **error)
{
  gint64 by_hash = ot_store_find_submission_by_hash (self, spec->consultation_id, spec->sha256);
  gint64 earlier = ot_store_find_submission (self, spec->consultation_id, spec->organisation_id);
  sqlite3_stmt *stmt;

  if (by_hash != 0)
    {
      g_autoptr(OtSubmission) other = ot_store_get_submission (self, by_hash, NULL);

      g_set_error (error, OT_ERROR, OT_ERROR_CONSTRAINT,
                   _("The file “%s” has already been imported, as the submission of %s."),
                   spec->file_name, other != NULL ? ot_submission_get_organisation_name (other) : "?");
      return FALSE;
    }
  if (earlier == 0)
    return TRUE;
  if (!replace)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_EXISTS,
                   _("The file “%s” is from a provider that has already submitted; confirm to replace the earlier submission."),
                   spec->file_name);
      return FALSE;
    }
  stmt = ot_store_prepare (self, "DELETE FROM submission WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, earlier);
  if (!ot_store_step_done (self, stmt, error))
    return FALSE;
  ot_store_touch (self, "submission");
  return TRUE;
}

static gint64
insert_submission_row (OtStore                 *self,
                       const OtSubmissionSpec  *spec,
                       GError                 **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "INSERT INTO submission (consultation_id, organisation_id, file_name, sha256,"
                                         " imported_at, template_version, status, report)"
                                         " VALUES (?1, ?2, ?3, lower(?4),"
                                         " coalesce(?5, strftime('%Y-%m-%dT%H:%M:%SZ','now')), ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, spec->consultation_id);
  sqlite3_bind_int64 (stmt, 2, spec->organisation_id);
  sqlite3_bind_text (stmt, 3, spec->file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, spec->sha256, -1, SQLITE_TRANSIENT);
  ot_bind_text_or_null (stmt, 5, spec->imported_at);
  if (spec->template_version != 0)
    sqlite3_bind_int (stmt, 6, (int) spec->template_version);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, spec->has_warnings ? "warnings" : "accepted", -1, SQLITE_STATIC);
  ot_bind_text_or_null (stmt, 8, spec->report);
  return ot_store_insert (self, stmt, "submission", error);
}

static gboolean
insert_values (OtStore                      *self,
               gint64                        submission_id,
               const OtSubmissionValueSpec  *values,
               guint                         n_values,
               GError                      **error)
{
  sqlite3_stmt *stmt = ot_store_prepare (self,
                                         "INSERT INTO submission_value (submission_id, product_code, field,"
                                         " value_num, value_text, source, warning)"
                                         " VALUES (?1, coalesce(?2, ''), ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    {
      const OtSubmissionValueSpec *v = &values[i];

      sqlite3_bind_int64 (stmt, 1, submission_id);
      ot_bind_text_or_null (stmt, 2, v->product_code);
      sqlite3_bind_text (stmt, 3, v->field, -1, SQLITE_TRANSIENT);
      if (v->has_number)
        sqlite3_bind_double (stmt, 4, v->number);
      else
        sqlite3_bind_null (stmt, 4);
      if (v->text != NULL)
        sqlite3_bind_text (stmt, 5, v->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 5);
      sqlite3_bind_text (stmt, 6, v->source != NULL ? v->source : "", -1, SQLITE_TRANSIENT);
      ot_bind_text_or_null (stmt, 7, v->warning);
      if (!ot_store_step_done (self, stmt, error))
        return FALSE;
    }
  ot_store_touch (self, "submission_value");
  return TRUE;
}

/* Submitted after the deadline's day (in UTC, as imported_at is) counts as late. */
static gboolean
mark_invitation (OtStore  *self,
                 gint64    consultation_id,
                 gint64    organisation_id,
                 gint64    submission_id,
                 GError  **error)
{
  sqlite3_stmt *stmt;

  if (ot_store_invite (self, consultation_id, organisation_id, error) == 0)
    return FALSE;
  stmt = ot_store_prepare (self,
                           "UPDATE invitation SET state ="
                           " (SELECT CASE WHEN c.deadline IS NOT NULL AND substr(s.imported_at, 1, 10) > c.deadline"
                           "  THEN 'late' ELSE 'submitted' END"
                           "  FROM submission s JOIN consultation c ON c.id = s.consultation_id WHERE s.id = ?3)"
                           " WHERE consultation_id = ?1 AND organisation_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  sqlite3_bind_int64 (stmt, 3, submission_id);
  return ot_store_update (self, stmt, "invitation", error);
}

gint64
ot_store_add_submission (OtStore                      *self,
                         const OtSubmissionSpec       *spec,
                         const OtSubmissionValueSpec  *values,
                         guint                         n_values,
                         gboolean                      replace,
                         GError                      **error)
{
  gint64 id;

  g_return_val_if_fail (OT_IS_STORE (self), 0);
  g_return_val_if_fail (spec != NULL, 0);
  g_return_val_if_fail (values != NULL || n_values == 0, 0);

  if (!check_submission_spec (spec, error))
    return 0;
  if (!ot_store_begin (self, error))
    return 0;
  if (!clear_the_way (self, spec, replace, error))
    goto fail;
  id = insert_submission_row (self, spec, error);
  if (id == 0 || !insert_values (self, id, values, n_values, error)
      || !mark_invitation (self, spec->consultation_id, spec->organisation_id, id, error))
    goto fail;
  if (!ot_store_commit (self, error))
    return 0;
  return id;

fail:
  ot_store_rollback (self);
  return 0;
}

OtSubmission *
ot_store_get_submission (OtStore  *self,
                         gint64    id,
                         GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self,
                           "SELECT " SUBMISSION_COLUMNS " FROM submission s"
                           " JOIN organisation o ON o.id = s.organisation_id WHERE s.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return ot_store_collect_one (self, stmt, (OtRowReader) submission_from_row, _("submission"), id, error);
}

GListModel *
ot_store_list_submissions (OtStore  *self,
                           gint64    consultation_id,
                           GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self,
                           "SELECT " SUBMISSION_COLUMNS " FROM submission s"
                           " JOIN organisation o ON o.id = s.organisation_id"
                           " WHERE s.consultation_id = ? ORDER BY o.name COLLATE NOCASE, s.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, consultation_id);
  return ot_store_collect (self, stmt, OT_TYPE_SUBMISSION, (OtRowReader) submission_from_row, error);
}

GListModel *
ot_store_list_submission_values (OtStore  *self,
                                 gint64    submission_id,
                                 GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (OT_IS_STORE (self), NULL);

  stmt = ot_store_prepare (self,
                           "SELECT v.submission_id, v.product_code, v.field, v.value_num, v.value_text, v.source, v.warning"
                           " FROM submission_value v JOIN submission s ON s.id = v.submission_id"
                           " LEFT JOIN consultation_product p ON p.consultation_id = s.consultation_id"
                           "  AND p.code = v.product_code"
                           " WHERE v.submission_id = ?"
                           " ORDER BY v.product_code <> '', p.position, v.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission_id);
  return ot_store_collect (self, stmt, OT_TYPE_SUBMISSION_VALUE, (OtRowReader) value_from_row, error);
}
