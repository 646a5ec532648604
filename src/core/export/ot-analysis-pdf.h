/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-pdf.h: the anonymised tariff analysis as a Dutch A4 PDF report. */
#pragma once

#include "analysis/ot-analysis-report.h"

G_BEGIN_DECLS

/* The PDF's metadata holds a title and a subject only: no author, and a creator that names
 * the application, not a person. */
GBytes   *ot_analysis_render_pdf (const OtAnalysisReport *report,
                                  GError                **error);
/* Writes the PDF to @path safely; an existing file only with @force. */
gboolean  ot_analysis_export_pdf (const OtAnalysisReport *report,
                                  const char             *path,
                                  gboolean                force,
                                  GError                **error);

G_END_DECLS
