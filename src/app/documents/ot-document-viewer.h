/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-document-viewer.h: a window previewing an attached PDF, page by page, with zoom. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OT_TYPE_DOCUMENT_VIEWER (ot_document_viewer_get_type ())
G_DECLARE_FINAL_TYPE (OtDocumentViewer, ot_document_viewer, OT, DOCUMENT_VIEWER, AdwWindow)

/* Shows @content (a PDF) named @file_name; a file poppler cannot read shows why instead. */
OtDocumentViewer *ot_document_viewer_new         (GtkWindow        *parent,
                                                  const char       *file_name,
                                                  GBytes           *content);
/* NULL while a page is shown, else the message on the error page. */
const char       *ot_document_viewer_get_error   (OtDocumentViewer *self);
guint             ot_document_viewer_get_page    (OtDocumentViewer *self);
guint             ot_document_viewer_get_n_pages (OtDocumentViewer *self);
double            ot_document_viewer_get_zoom    (OtDocumentViewer *self);

/* Whether a document should be previewed in the app rather than by the desktop. */
gboolean          ot_document_viewer_can_show    (const char       *mime_type,
                                                  const char       *file_name);

/* Hands a private copy of @content to the desktop's application for @file_name. */
gboolean          ot_document_open_external      (GtkWindow        *parent,
                                                  const char       *file_name,
                                                  GBytes           *content,
                                                  GError          **error);

G_END_DECLS
