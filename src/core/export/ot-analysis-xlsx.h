/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-xlsx.h: the anonymised tariff analysis as a workbook with a native chart. */
#pragma once

#include "analysis/ot-analysis-report.h"

G_BEGIN_DECLS

/* Sheets "Analyse" (the tables), "Grafiek" (a stacked column chart of the model cost price
 * per part, of the products whose model cost price is shown whole; left out when there is
 * none) and "Toelichting" (method, rules, footnotes). The document properties hold a title
 * and a subject only; there are no defined names, comments or hidden rows. Writes to @path
 * safely; an existing file only with @force. */
gboolean ot_analysis_export_xlsx (const OtAnalysisReport *report,
                                  const char             *path,
                                  gboolean                force,
                                  GError                **error);

G_END_DECLS
