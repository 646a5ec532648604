/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-document-viewer.c: previews an attached PDF in the app (DESIGN: "PDFs are previewed in-app"). */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <poppler.h>

#include "ot-document-viewer.h"
#include "ot-pdf-page.h"

#define ZOOM_STEP 1.25
/* Room the scrolled page keeps at its sides, as in the .ui. */
#define PAGE_MARGINS 48

struct _OtDocumentViewer
{
  AdwWindow         parent_instance;

  /* template widgets */
  AdwWindowTitle   *window_title;
  GtkStack         *stack;
  GtkScrolledWindow *scrolled;
  OtPdfPage        *page;
  GtkLabel         *zoom_label;
  AdwStatusPage    *error_page;

  /* owned */
  char             *file_name;
  GBytes           *content;
  char             *error;
};

G_DEFINE_FINAL_TYPE (OtDocumentViewer, ot_document_viewer, ADW_TYPE_WINDOW)

static void
update_state (OtDocumentViewer *self)
{
  guint n = ot_pdf_page_get_n_pages (self->page);
  guint page = ot_pdf_page_get_page (self->page);
  double zoom = ot_pdf_page_get_zoom (self->page);
  g_autofree char *subtitle = NULL;
  g_autofree char *zoom_text = NULL;

  if (n > 0)
    subtitle = g_strdup_printf (_("Page %u of %u"), page + 1, n);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  /* Translators: the zoom level of the document preview, e.g. "125 %". */
  zoom_text = g_strdup_printf (_("%.0f %%"), zoom * 100);
  gtk_label_set_text (self->zoom_label, zoom_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.previous-page", n > 0 && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.next-page", n > 0 && page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-in", n > 0 && zoom < OT_PDF_PAGE_ZOOM_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-out", n > 0 && zoom > OT_PDF_PAGE_ZOOM_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "viewer.zoom-fit", n > 0);
}

static void
show_error (OtDocumentViewer *self,
            char             *message)
{
  g_free (self->error);
  self->error = message;
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_state (self);
}

static void
load (OtDocumentViewer *self)
{
  g_autoptr(GError) error = NULL;
  /* poppler-glib 22 has no autoptr for its types */
  PopplerDocument *document = poppler_document_new_from_bytes (self->content, NULL, &error);
  int default_width, default_height;

  if (document == NULL)
    {
      g_debug ("%s: %s", self->file_name, error->message);
      if (g_error_matches (error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        show_error (self, g_strdup_printf (_("“%s” is protected with a password and cannot be shown here."),
                                           self->file_name));
      else
        show_error (self, g_strdup_printf (_("“%s” cannot be shown: it is not a readable PDF document. The file may be damaged or incomplete."),
                                           self->file_name));
      return;
    }
  if (poppler_document_get_n_pages (document) <= 0)
    {
      g_object_unref (document);
      show_error (self, g_strdup_printf (_("“%s” cannot be shown: the PDF document has no pages."), self->file_name));
      return;
    }
  ot_pdf_page_set_document (self->page, document);
  g_object_unref (document);
  gtk_window_get_default_size (GTK_WINDOW (self), &default_width, &default_height);
  ot_pdf_page_set_zoom (self->page, ot_pdf_page_get_fit_zoom (self->page, default_width - PAGE_MARGINS - 16));
  gtk_stack_set_visible_child_name (self->stack, "page");
  update_state (self);
}

static void
go_to_page (OtDocumentViewer *self,
            guint             page)
{
  ot_pdf_page_set_page (self->page, page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  update_state (self);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);
  guint page = ot_pdf_page_get_page (self->page);

  if (page > 0)
    go_to_page (self, page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);

  go_to_page (self, ot_pdf_page_get_page (self->page) + 1);
}

/* 1-based, as a person counts pages. */
static void
go_to_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  guint page = g_variant_get_uint32 (parameter);

  go_to_page (OT_DOCUMENT_VIEWER (widget), page > 0 ? page - 1 : 0);
}

static void
set_zoom (OtDocumentViewer *self,
          double            zoom)
{
  ot_pdf_page_set_zoom (self->page, zoom);
  update_state (self);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);

  set_zoom (self, ot_pdf_page_get_zoom (self->page) * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);

  set_zoom (self, ot_pdf_page_get_zoom (self->page) / ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);
  int width = gtk_widget_get_width (GTK_WIDGET (self->scrolled));
  int height;

  if (width <= 0)
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  set_zoom (self, ot_pdf_page_get_fit_zoom (self->page, width - PAGE_MARGINS - 16));
}

static void
open_external_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (widget);
  g_autoptr(GError) error = NULL;

  if (!ot_document_open_external (gtk_window_get_transient_for (GTK_WINDOW (self)), self->file_name,
                                  self->content, &error))
    show_error (self, g_strdup (error->message));
}

static void
ot_document_viewer_finalize (GObject *object)
{
  OtDocumentViewer *self = OT_DOCUMENT_VIEWER (object);

  g_free (self->file_name);
  g_free (self->error);
  g_clear_pointer (&self->content, g_bytes_unref);
  G_OBJECT_CLASS (ot_document_viewer_parent_class)->finalize (object);
}

static void
ot_document_viewer_class_init (OtDocumentViewerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ot_document_viewer_finalize;
  g_type_ensure (OT_TYPE_PDF_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-document-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, stack);
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, scrolled);
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, page);
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, OtDocumentViewer, error_page);

  gtk_widget_class_install_action (widget_class, "viewer.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.go-to-page", "u", go_to_page_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "viewer.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "viewer.open-external", NULL, open_external_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "viewer.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "viewer.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "viewer.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "viewer.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "viewer.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_document_viewer_init (OtDocumentViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OtDocumentViewer *
ot_document_viewer_new (GtkWindow  *parent,
                        const char *file_name,
                        GBytes     *content)
{
  OtDocumentViewer *self;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (content != NULL, NULL);

  self = g_object_new (OT_TYPE_DOCUMENT_VIEWER, "transient-for", parent, NULL);
  self->file_name = g_strdup (file_name);
  self->content = g_bytes_ref (content);
  gtk_window_set_title (GTK_WINDOW (self), file_name);
  adw_window_title_set_title (self->window_title, file_name);
  load (self);
  return self;
}

const char *
ot_document_viewer_get_error (OtDocumentViewer *self)
{
  g_return_val_if_fail (OT_IS_DOCUMENT_VIEWER (self), NULL);
  return self->error;
}

guint
ot_document_viewer_get_page (OtDocumentViewer *self)
{
  g_return_val_if_fail (OT_IS_DOCUMENT_VIEWER (self), 0);
  return ot_pdf_page_get_page (self->page);
}

guint
ot_document_viewer_get_n_pages (OtDocumentViewer *self)
{
  g_return_val_if_fail (OT_IS_DOCUMENT_VIEWER (self), 0);
  return ot_pdf_page_get_n_pages (self->page);
}

double
ot_document_viewer_get_zoom (OtDocumentViewer *self)
{
  g_return_val_if_fail (OT_IS_DOCUMENT_VIEWER (self), 1.0);
  return ot_pdf_page_get_zoom (self->page);
}

gboolean
ot_document_viewer_can_show (const char *mime_type,
                             const char *file_name)
{
  if (g_strcmp0 (mime_type, "application/pdf") == 0)
    return TRUE;
  return file_name != NULL && g_str_has_suffix (file_name, ".pdf");
}

/* The desktop's application gets a private copy, so the database is never exposed as a path. */
gboolean
ot_document_open_external (GtkWindow   *parent,
                           const char  *file_name,
                           GBytes      *content,
                           GError     **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "overlegtafel", "documents", NULL);
  g_autofree char *safe_name = g_path_get_basename (file_name);
  g_autofree char *path = g_build_filename (dir, safe_name, NULL);
  g_autofree char *uri = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("“%s” cannot be opened: the folder “%s” cannot be created (%s)."),
                   safe_name, dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, g_bytes_get_data (content, NULL), g_bytes_get_size (content),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return FALSE;
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  return TRUE;
}
