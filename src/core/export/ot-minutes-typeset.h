/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-typeset.h: typesetting minutes as A4 pages, for PDF, preview and print. */
#pragma once

#include <gio/gio.h>

#include "ot-export-layout.h"
#include "ot-minutes-document.h"

G_BEGIN_DECLS

/* The page layout of @doc. Print with ot_export_layout_get_n_pages() and
 * ot_export_layout_render_page() from GtkPrintOperation's draw-page. */
OtExportLayout *ot_minutes_layout_new     (const OtMinutesDocument *doc);
/* The PDF bytes, e.g. for a poppler preview before saving. */
GBytes         *ot_minutes_render_pdf     (const OtMinutesDocument *doc,
                                           GError                 **error);
/* The same in a worker thread, for a preview that must not block the window. Takes
 * ownership of @doc, a value that no other thread touches. */
void            ot_minutes_render_pdf_async  (OtMinutesDocument       *doc,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
GBytes         *ot_minutes_render_pdf_finish (GAsyncResult            *result,
                                              GError                 **error);
/* Writes the PDF to @path safely; an existing file only with @force. */
gboolean        ot_minutes_export_pdf     (const OtMinutesDocument *doc,
                                           const char              *path,
                                           gboolean                 force,
                                           GError                 **error);

/* The PDF title and subject of @doc, shared with the XLSX properties. */
char           *ot_minutes_document_title   (const OtMinutesDocument *doc);
char           *ot_minutes_document_subject (const OtMinutesDocument *doc);

/* @text escaped for Pango markup, control characters blanked, long unbroken runs given
 * invisible break points. NULL gives "". */
char           *ot_minutes_escape         (const char *text);
/* Free text as paragraphs of escaped Pango markup: blank lines separate paragraphs, bullets
 * of any kind (including the private-use ones of extracted PDFs) become "•". */
GPtrArray      *ot_minutes_text_to_markup (const char *text);

G_END_DECLS
