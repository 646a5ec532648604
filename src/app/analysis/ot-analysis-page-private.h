/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-page-private.h: the views of the analysis page, built from a source and its report. */
#pragma once

#include "analysis/ot-analysis-source.h"
#include "ot-analysis-page.h"

G_BEGIN_DECLS

/* Fills @box with exactly what the exports contain: text, tables and the cairo charts. */
void ot_analysis_page_build_anonymised   (GtkBox                 *box,
                                          const OtAnalysisReport *report);
/* Fills @box with the per-provider table, marked "vertrouwelijk", outliers flagged. */
void ot_analysis_page_build_confidential (GtkBox                 *box,
                                          const OtAnalysisSource *source,
                                          OtAnalysis             *analysis);
void ot_analysis_page_clear_box          (GtkBox                 *box);

G_END_DECLS
