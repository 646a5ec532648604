/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-export.c: one call from a meeting in the store to a saved PDF or XLSX, as the CLI and the app use it. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-minutes-export.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-qa.h"
#include "ot-minutes-xlsx.h"

gboolean
ot_export_format_from_string (const char     *text,
                              OtExportFormat *format)
{
  if (g_strcmp0 (text, "pdf") == 0)
    *format = OT_EXPORT_FORMAT_PDF;
  else if (g_strcmp0 (text, "xlsx") == 0)
    *format = OT_EXPORT_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

gboolean
ot_minutes_export (OtStore                       *store,
                   gint64                         meeting_id,
                   const OtMinutesExportOptions  *options,
                   const char                    *path,
                   char                        ***unsure,
                   GError                       **error)
{
  g_autoptr(OtMinutesDocument) doc = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL && path != NULL, FALSE);

  doc = ot_minutes_document_new_from_store (store, meeting_id, error);
  if (doc == NULL)
    return FALSE;
  if (options->is_public)
    {
      words = ot_minutes_document_make_public (doc, store, options->attendance, options->extra_names, error);
      if (words == NULL)
        return FALSE;
    }
  else
    {
      ot_minutes_document_set_attendance_mode (doc, options->attendance);
      doc->author = g_strdup (options->author);
    }

  if (options->format == OT_EXPORT_FORMAT_XLSX
      ? !ot_minutes_export_xlsx (doc, path, options->force, error)
      : !ot_minutes_export_pdf (doc, path, options->force, error))
    return FALSE;
  if (unsure != NULL)
    *unsure = g_steal_pointer (&words);
  return TRUE;
}

gboolean
ot_minutes_export_qa (OtStore          *store,
                      gint64            series_id,
                      gint64            meeting_id,
                      gboolean          include_remarks,
                      OtExportFormat    format,
                      gboolean          force,
                      char           ***unsure,
                      const char       *path,
                      GError          **error)
{
  g_autoptr(OtMinutesQa) qa = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), FALSE);

  qa = meeting_id > 0 ? ot_minutes_qa_new_from_meeting (store, meeting_id, include_remarks, error)
                      : ot_minutes_qa_new_from_series (store, series_id, include_remarks, error);
  if (qa == NULL)
    return FALSE;
  if (format == OT_EXPORT_FORMAT_XLSX
      ? !ot_minutes_qa_export_xlsx (qa, path, force, error)
      : !ot_minutes_qa_export_pdf (qa, path, force, error))
    return FALSE;
  if (unsure != NULL)
    *unsure = g_strdupv (qa->unsure);
  return TRUE;
}
