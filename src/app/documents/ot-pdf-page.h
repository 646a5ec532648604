/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-pdf-page.h: a widget that draws one page of a PDF document at a zoom factor. */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

#define OT_TYPE_PDF_PAGE (ot_pdf_page_get_type ())
G_DECLARE_FINAL_TYPE (OtPdfPage, ot_pdf_page, OT, PDF_PAGE, GtkWidget)

GtkWidget       *ot_pdf_page_new          (void);
/* @document may be NULL for nothing to draw; the page number is kept within the document. */
void             ot_pdf_page_set_document (OtPdfPage       *self,
                                           PopplerDocument *document);
PopplerDocument *ot_pdf_page_get_document (OtPdfPage       *self);
guint            ot_pdf_page_get_n_pages  (OtPdfPage       *self);
/* 0-based; out-of-range numbers are clamped to the document. */
void             ot_pdf_page_set_page     (OtPdfPage       *self,
                                           guint            page);
guint            ot_pdf_page_get_page     (OtPdfPage       *self);
/* 1.0 draws a PDF point as one pixel; clamped to OT_PDF_PAGE_ZOOM_MIN … OT_PDF_PAGE_ZOOM_MAX. */
void             ot_pdf_page_set_zoom     (OtPdfPage       *self,
                                           double           zoom);
double           ot_pdf_page_get_zoom     (OtPdfPage       *self);
/* The zoom at which the current page is @width pixels wide. */
double           ot_pdf_page_get_fit_zoom (OtPdfPage       *self,
                                           int              width);

#define OT_PDF_PAGE_ZOOM_MIN 0.25
#define OT_PDF_PAGE_ZOOM_MAX 4.0

G_END_DECLS
