/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-documents.c: documents attached to agenda items: attach from a file, open with the desktop's viewer. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ot-document-viewer.h"
#include "ot-meeting-page-private.h"

/* The store refuses larger files with a clear message; reading stops here before that. */
#define MAX_READ_SIZE (65 * 1024 * 1024)

static GBytes *
read_document (GFile       *file,
               char       **content_type,
               GError     **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);
  g_autofree char *contents = NULL;
  gsize length;

  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > MAX_READ_SIZE)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("“%s” is larger than 64 MB and cannot be attached."), name);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  *content_type = g_strdup (g_file_info_get_content_type (info));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
attach_document_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *name = NULL;
  const char *path;
  gint64 item_id;

  g_variant_get (parameter, "(x&s)", &item_id, &path);
  file = g_file_new_for_path (path);
  name = g_file_get_basename (file);
  content = read_document (file, &content_type, &error);
  if (content != NULL)
    {
      mime = g_content_type_get_mime_type (content_type);
      if (ot_store_add_document (self->store, self->meeting_id, item_id, name, name,
                                 mime != NULL ? mime : "application/octet-stream", content, &error) != 0)
        return;
    }
  ot_meeting_page_show_error (self, error);
}

/* PDFs are previewed in the app; other files go to the desktop's application. */
static void
open_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(OtDocument) document = NULL;
  g_autoptr(GListModel) documents = ot_store_list_documents (self->store, self->meeting_id, NULL);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  gint64 id = g_variant_get_int64 (parameter);
  const char *file_name;

  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents) && document == NULL; i++)
    {
      g_autoptr(OtDocument) candidate = g_list_model_get_item (documents, i);
      if (ot_document_get_id (candidate) == id)
        document = g_steal_pointer (&candidate);
    }
  if (document == NULL)
    return;
  content = ot_store_get_document_content (self->store, id, &error);
  file_name = ot_document_get_file_name (document);
  if (content != NULL && ot_document_viewer_can_show (ot_document_get_mime_type (document), file_name))
    {
      gtk_window_present (GTK_WINDOW (ot_document_viewer_new (parent, file_name, content)));
      return;
    }
  if (content == NULL || !ot_document_open_external (parent, file_name, content, &error))
    ot_meeting_page_show_error (self, error);
}

void
ot_meeting_page_documents_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.attach-document", "(xs)", attach_document_action);
  gtk_widget_class_install_action (widget_class, "meeting.open-document", "x", open_document_action);
}
