/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-export.c: the meeting's exports: minutes through the preview dialog, and the questions and answers as a nota van inlichtingen. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-widget-window.h"
#include "ot-export-dialog.h"
#include "ot-settings.h"
#include "ot-meeting-page-private.h"
#include "export/ot-minutes-export.h"

static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  OtExportDialog *dialog;

  if (self->meeting_id == 0)
    return;
  dialog = ot_export_dialog_new (ot_widget_get_window (GTK_WIDGET (self)), self->store, self->meeting_id);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The chosen name decides the format, so a user who types “.xlsx” gets a workbook. */
static OtExportFormat
format_of (const char *path)
{
  return g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX")
         ? OT_EXPORT_FORMAT_XLSX : OT_EXPORT_FORMAT_PDF;
}

gboolean
ot_meeting_page_export_qa_to (OtMeetingPage *self,
                              const char    *path,
                              GError       **error)
{
  g_auto(GStrv) unsure = NULL;

  /* The file chooser has already asked about replacing an existing file. */
  return ot_minutes_export_qa (self->store, 0, self->meeting_id, FALSE, format_of (path),
                               TRUE, &unsure, path, error);
}

static void
qa_response_cb (GtkNativeDialog *native,
                int              response,
                OtMeetingPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Choose a folder on this computer."));
      else
        ot_meeting_page_export_qa_to (self, path, &error);
      if (error != NULL)
        ot_meeting_page_show_error (self, error);
    }
  g_object_unref (native);
}

static void
export_qa_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx = gtk_file_filter_new ();

  if (self->meeting_id == 0)
    return;
  native = gtk_file_chooser_native_new (_("Export Questions and Answers"), ot_widget_get_window (GTK_WIDGET (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (xlsx, _("Spreadsheet (XLSX)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), xlsx);
  ot_settings_apply_export_folder (GTK_FILE_CHOOSER (native));
  /* Translators: the file name proposed for the questions and answers of a meeting. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("nota-van-inlichtingen.pdf"));
  g_signal_connect_object (native, "response", G_CALLBACK (qa_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
ot_meeting_page_export_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.export", NULL, export_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-qa", NULL, export_qa_action);
}
