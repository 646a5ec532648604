/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-import.c: storing checked rekentools, one file at a time, in batches and off the main thread. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-rekentool-import.h"
#include "ot-rekentool-report-private.h"

static void
reject (OtRekentoolReport *report,
        GError            *error)
{
  ot_rekentool_report_reject (report, error);
  g_error_free (error);
}

static gint64
provider_id (OtStore     *store,
             const char  *name,
             GError     **error)
{
  gint64 id = ot_store_find_organisation (store, name);

  if (id != 0)
    return id;
  return ot_store_add_organisation (store, name, NULL, OT_ORGANISATION_KIND_AANBIEDER, error);
}

static char *
report_json_text (OtRekentoolReport *report)
{
  g_autoptr(JsonNode) node = ot_rekentool_report_to_json (report);

  return json_to_string (node, FALSE);
}

static gint64
store_submission (OtStore                  *store,
                  OtConsultation           *consultation,
                  OtRekentoolReport        *report,
                  gint64                    organisation_id,
                  gboolean                  replace,
                  GError                  **error)
{
  guint n = ot_rekentool_report_get_n_values (report);
  g_autofree OtSubmissionValueSpec *values = g_new0 (OtSubmissionValueSpec, MAX (n, 1));
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *json = report_json_text (report);
  OtSubmissionSpec spec = { 0 };

  for (guint i = 0; i < n; i++)
    {
      const OtRekentoolValue *v = ot_rekentool_report_get_value (report, i);
      char *source = ot_rekentool_value_describe_source (v);

      g_ptr_array_add (sources, source);
      values[i] = (OtSubmissionValueSpec) { v->product_code, v->key, v->has_number, v->number,
                                            v->text, source, v->warning };
    }
  spec.consultation_id = ot_consultation_get_id (consultation);
  spec.organisation_id = organisation_id;
  spec.file_name = ot_rekentool_report_get_file_name (report);
  spec.sha256 = ot_rekentool_report_get_sha256 (report);
  spec.template_version = ot_rekentool_report_get_template_version (report);
  spec.has_warnings = ot_rekentool_report_get_status (report) == OT_REKENTOOL_ACCEPTED_WITH_WARNINGS;
  spec.report = json;
  return ot_store_add_submission (store, &spec, values, n, replace, error);
}

gboolean
ot_rekentool_commit (OtStore                  *store,
                     OtConsultation           *consultation,
                     OtRekentoolReport        *report,
                     const OtRekentoolOptions *options)
{
  gint64 consultation_id, org, earlier = 0, id;
  gboolean replace = options != NULL && options->replace;
  GError *error = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), FALSE);
  g_return_val_if_fail (OT_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (OT_IS_REKENTOOL_REPORT (report), FALSE);

  if (ot_rekentool_report_get_status (report) == OT_REKENTOOL_REJECTED)
    return FALSE;
  consultation_id = ot_consultation_get_id (consultation);
  if (ot_store_find_submission_by_hash (store, consultation_id, ot_rekentool_report_get_sha256 (report)) != 0)
    {
      reject (report, g_error_new (OT_ERROR, OT_ERROR_CONSTRAINT,
                                   _("The file “%s” has already been imported into this consultation."),
                                   ot_rekentool_report_get_file_name (report)));
      return FALSE;
    }
  if (!ot_store_begin (store, &error))
    {
      reject (report, error);
      return FALSE;
    }
  org = provider_id (store, ot_rekentool_report_get_provider (report), &error);
  if (org != 0)
    earlier = ot_store_find_submission (store, consultation_id, org);
  if (org != 0 && earlier != 0 && !replace)
    error = g_error_new (OT_ERROR, OT_ERROR_EXISTS,
                         _("The file “%s” was not imported: %s has already submitted a rekentool. Confirm to replace it (--replace)."),
                         ot_rekentool_report_get_file_name (report), ot_rekentool_report_get_provider (report));
  id = (org != 0 && error == NULL) ? store_submission (store, consultation, report, org, replace, &error) : 0;
  if (id == 0 || !ot_store_commit (store, &error))
    {
      if (id == 0)
        ot_store_rollback (store);
      reject (report, error);
      return FALSE;
    }
  ot_rekentool_report_set_submission (report, id, earlier != 0);
  return TRUE;
}

OtRekentoolReport *
ot_rekentool_import_file (OtStore                  *store,
                          OtConsultation           *consultation,
                          const char               *path,
                          const OtRekentoolOptions *options)
{
  OtRekentoolReport *report;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  report = ot_rekentool_read_file (consultation, path, options);
  ot_rekentool_commit (store, consultation, report, options);
  return report;
}

GPtrArray *
ot_rekentool_import_files (OtStore                  *store,
                           OtConsultation           *consultation,
                           const char * const       *paths,
                           const OtRekentoolOptions *options,
                           OtRekentoolProgressFunc   progress,
                           gpointer                  progress_data,
                           GCancellable             *cancellable)
{
  GPtrArray *reports = g_ptr_array_new_with_free_func (g_object_unref);
  guint total;

  g_return_val_if_fail (OT_IS_STORE (store), reports);
  g_return_val_if_fail (paths != NULL, reports);

  total = g_strv_length ((char **) paths);
  for (guint i = 0; i < total && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_ptr_array_add (reports, ot_rekentool_import_file (store, consultation, paths[i], options));
      if (progress != NULL)
        progress (i + 1, total, progress_data);
    }
  return reports;
}

/* ---- off the main thread ---- */

typedef struct
{
  OtStore                *store;
  OtConsultation         *consultation;
  GStrv                   paths;
  char                   *organisation;
  OtRekentoolOptions      options;
  OtRekentoolProgressFunc progress;
  gpointer                progress_data;
  GDestroyNotify          progress_data_free;
  GMainContext           *context;
  GPtrArray              *reports;
} BatchData;

typedef struct
{
  GTask *task;     /* keeps the BatchData alive until the event has run */
  guint  done;
  guint  total;
} ProgressEvent;

static void
batch_data_free (gpointer p)
{
  BatchData *data = p;

  g_clear_object (&data->store);
  g_clear_object (&data->consultation);
  g_strfreev (data->paths);
  g_free (data->organisation);
  g_clear_pointer (&data->options.mapping, ot_rekentool_mapping_unref);
  if (data->progress_data_free != NULL)
    data->progress_data_free (data->progress_data);
  g_main_context_unref (data->context);
  g_clear_pointer (&data->reports, g_ptr_array_unref);
  g_free (data);
}

static gboolean
emit_progress_cb (gpointer user_data)
{
  ProgressEvent *event = user_data;
  BatchData *data = g_task_get_task_data (event->task);

  data->progress (event->done, event->total, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_event_free (gpointer user_data)
{
  ProgressEvent *event = user_data;

  g_object_unref (event->task);
  g_free (event);
}

static void
queue_progress (GTask *task,
                guint  done,
                guint  total)
{
  BatchData *data = g_task_get_task_data (task);
  ProgressEvent *event;

  if (data->progress == NULL)
    return;
  event = g_new (ProgressEvent, 1);
  *event = (ProgressEvent) { g_object_ref (task), done, total };
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, emit_progress_cb, event, progress_event_free);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BatchData *data = task_data;
  guint total = g_strv_length (data->paths);
  GPtrArray *reports = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < total; i++)
    {
      if (g_task_return_error_if_cancelled (task))
        {
          g_ptr_array_unref (reports);
          return;
        }
      g_ptr_array_add (reports, ot_rekentool_read_file (data->consultation, data->paths[i], &data->options));
      queue_progress (task, i + 1, total);
    }
  g_task_return_pointer (task, reports, (GDestroyNotify) g_ptr_array_unref);
}

void
ot_rekentool_import_files_async (OtStore                  *store,
                                 OtConsultation           *consultation,
                                 const char * const       *paths,
                                 const OtRekentoolOptions *options,
                                 GCancellable             *cancellable,
                                 OtRekentoolProgressFunc   progress,
                                 gpointer                  progress_data,
                                 GDestroyNotify            progress_data_free,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  BatchData *data;

  g_return_if_fail (OT_IS_STORE (store));
  g_return_if_fail (OT_IS_CONSULTATION (consultation));
  g_return_if_fail (paths != NULL);

  data = g_new0 (BatchData, 1);
  data->store = g_object_ref (store);
  data->consultation = g_object_ref (consultation);
  data->paths = g_strdupv ((char **) paths);
  if (options != NULL)
    data->options = *options;
  data->organisation = g_strdup (data->options.organisation);
  data->options.organisation = data->organisation;
  if (data->options.mapping != NULL)
    ot_rekentool_mapping_ref (data->options.mapping);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_free = progress_data_free;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ot_rekentool_import_files_async);
  g_task_set_task_data (task, data, batch_data_free);
  /* Errors about cancelling must not race the reports: check once, in the thread. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, read_thread);
}

GPtrArray *
ot_rekentool_import_files_finish (GAsyncResult  *result,
                                  GError       **error)
{
  GTask *task = G_TASK (result);
  BatchData *data = g_task_get_task_data (task);
  GPtrArray *reports;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  reports = g_task_propagate_pointer (task, error);
  if (reports == NULL)
    return NULL;
  /* The store belongs to this thread: the checked files are written here, each on its own. */
  for (guint i = 0; i < reports->len; i++)
    ot_rekentool_commit (data->store, data->consultation, g_ptr_array_index (reports, i), &data->options);
  return reports;
}
