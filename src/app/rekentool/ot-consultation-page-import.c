/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page-import.c: the template's file chooser, importing dropped or chosen rekentools with progress, cancel and a report. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-widget-window.h"
#include "ot-consultation-page-private.h"
#include "ot-error.h"
#include "ot-rekentool-template.h"
#include "ot-settings.h"

static void
show_error (OtConsultationPage *self,
            const char         *heading,
            const char         *message)
{
  GtkWidget *dialog = adw_message_dialog_new (ot_widget_get_window (GTK_WIDGET (self)), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the import report ---- */

static const char *
status_label (OtRekentoolStatus status)
{
  switch (status)
    {
    case OT_REKENTOOL_ACCEPTED:
      return _("Accepted");
    case OT_REKENTOOL_ACCEPTED_WITH_WARNINGS:
      return _("Accepted with warnings");
    case OT_REKENTOOL_REJECTED:
    default:
      return _("Rejected");
    }
}

static GtkWidget *
report_row (OtRekentoolReport *report)
{
  OtRekentoolStatus status = ot_rekentool_report_get_status (report);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gtk_label_new (status_label (status));
  g_autofree char *subtitle = NULL;

  if (status == OT_REKENTOOL_REJECTED)
    subtitle = g_strdup (ot_rekentool_report_get_reason (report));
  else
    {
      guint n_warnings = ot_rekentool_report_get_n_warnings (report);
      g_autofree char *values = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u value", "%u values",
                                                              ot_rekentool_report_get_n_values (report)),
                                                 ot_rekentool_report_get_n_values (report));
      g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings),
                                                   n_warnings);

      /* TRANSLATORS: the provider, then "12 values", then "1 warning". */
      subtitle = g_strdup_printf (_("%s: %s, %s"), ot_rekentool_report_get_provider (report), values, warnings);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_rekentool_report_get_file_name (report));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (badge, status == OT_REKENTOOL_REJECTED ? "error"
                                   : status == OT_REKENTOOL_ACCEPTED ? "success" : "warning");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  return row;
}

static void
show_reports (OtConsultationPage *self)
{
  GtkWidget *child;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->reports));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_list))) != NULL)
    gtk_list_box_remove (self->report_list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtRekentoolReport) report = g_list_model_get_item (G_LIST_MODEL (self->reports), i);
      gtk_list_box_append (self->report_list, report_row (report));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->report_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->report_heading), n > 0);
}

/* ---- the batch ---- */

static void start_batch (OtConsultationPage *self, const char * const *paths, gboolean replace);

static void
replace_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     OtConsultationPage *self)
{
  GStrv paths = g_object_get_data (G_OBJECT (dialog), "paths");

  if (g_str_equal (response, "replace") && self->cancellable == NULL)
    start_batch (self, (const char * const *) paths, TRUE);
}

/* DESIGN: a provider's earlier submission is only replaced when the adviser says so. */
static void
ask_to_replace (OtConsultationPage *self,
                GPtrArray          *reports)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  GtkWidget *dialog;
  guint n = 0;

  for (guint i = 0; i < reports->len; i++)
    if (ot_rekentool_report_get_error_code (g_ptr_array_index (reports, i)) == OT_ERROR_EXISTS)
      {
        g_strv_builder_add (builder, ot_rekentool_report_get_path (g_ptr_array_index (reports, i)));
        n++;
      }
  if (n == 0)
    return;
  paths = g_strv_builder_end (builder);
  dialog = adw_message_dialog_new (ot_widget_get_window (GTK_WIDGET (self)), _("Replace Earlier Submissions?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u file comes from a provider that has already submitted. Replace the earlier submission with it?",
                                               "%u files come from providers that have already submitted. Replace their earlier submissions?",
                                               n), n);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Earlier"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "paths", g_steal_pointer (&paths), (GDestroyNotify) g_strfreev);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  OtConsultationPage *self = user_data;
  g_autofree char *text = g_strdup_printf (_("Read %u of %u files"), done, total);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
batch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OtConsultationPage) self = user_data;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  reports = ot_rekentool_import_files_finish (result, &error);
  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  ot_consultation_page_update_actions (self);
  if (reports == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Import Failed"), error->message);
      return;
    }
  g_list_store_splice (self->reports, 0, g_list_model_get_n_items (G_LIST_MODEL (self->reports)),
                       reports->pdata, reports->len);
  show_reports (self);
  ot_consultation_page_refresh (self);
  ask_to_replace (self, reports);
}

static void
start_batch (OtConsultationPage *self,
             const char * const *paths,
             gboolean            replace)
{
  OtRekentoolOptions options = { .replace = replace, .tolerance = ot_settings_get_cost_price_tolerance () };

  if (self->consultation == NULL || self->cancellable != NULL || paths == NULL || paths[0] == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Reading files…"));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  ot_consultation_page_update_actions (self);
  ot_rekentool_import_files_async (self->store, self->consultation, paths, &options, self->cancellable,
                                   progress_cb, g_object_ref (self), g_object_unref,
                                   batch_done_cb, g_object_ref (self));
}

void
ot_consultation_page_import_files (OtConsultationPage *self,
                                   GListModel         *files)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;

  g_return_if_fail (OT_IS_CONSULTATION_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  paths = g_strv_builder_end (builder);
  start_batch (self, (const char * const *) paths, FALSE);
}

void
ot_consultation_page_cancel_import (OtConsultationPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* ---- drag and drop ---- */

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         OtConsultationPage *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  if (self->consultation == NULL || self->cancellable != NULL)
    return FALSE;
  for (GSList *l = list; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  ot_consultation_page_import_files (self, G_LIST_MODEL (files));
  return TRUE;
}

void
ot_consultation_page_setup_import (OtConsultationPage *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* ---- file choosers ---- */

static GtkFileFilter *
xlsx_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (.xlsx)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  return filter;
}

static void
open_response_cb (GtkNativeDialog    *native,
                  int                 response,
                  OtConsultationPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      ot_consultation_page_import_files (self, files);
    }
  g_object_unref (native);
}

void
ot_consultation_page_choose_files (OtConsultationPage *self)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (_("Import Rekentools"), ot_widget_get_window (GTK_WIDGET (self)),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  g_autoptr(GtkFileFilter) filter = xlsx_filter ();

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_response_cb (GtkNativeDialog    *native,
                  int                 response,
                  OtConsultationPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->consultation != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL || !ot_rekentool_template_write (self->consultation, path, TRUE, &error))
        show_error (self, _("Template Not Saved"), error != NULL ? error->message : _("Choose a local folder."));
    }
  g_object_unref (native);
}

void
ot_consultation_page_save_template (OtConsultationPage *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = xlsx_filter ();
  g_autofree char *name = NULL;

  if (self->consultation == NULL)
    return;
  native = gtk_file_chooser_native_new (_("Save Rekentool Template"), ot_widget_get_window (GTK_WIDGET (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  name = g_strdup_printf ("rekentool-%" G_GINT64_FORMAT ".xlsx", ot_consultation_get_id (self->consultation));
  ot_settings_apply_export_folder (GTK_FILE_CHOOSER (native));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
