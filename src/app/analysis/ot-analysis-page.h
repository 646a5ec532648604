/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-page.h: the tariff analysis of a consultation: the anonymised view and the adviser's confidential table. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"
#include "analysis/ot-analysis-report.h"

G_BEGIN_DECLS

#define OT_TYPE_ANALYSIS_PAGE (ot_analysis_page_get_type ())
G_DECLARE_FINAL_TYPE (OtAnalysisPage, ot_analysis_page, OT, ANALYSIS_PAGE, AdwBin)

void              ot_analysis_page_set_store        (OtAnalysisPage *self,
                                                     OtStore        *store);
/* 0 shows the empty state. Fewer accepted rekentools than the minimum show the refusal. */
void              ot_analysis_page_set_consultation (OtAnalysisPage *self,
                                                     gint64          consultation_id);
/* The report the anonymised view shows and the exports write; NULL when refused or empty. */
OtAnalysisReport *ot_analysis_page_get_report       (OtAnalysisPage *self);
/* Writes the report shown; the file chooser has already asked about overwriting. */
gboolean          ot_analysis_page_export           (OtAnalysisPage *self,
                                                     const char     *path,
                                                     GError        **error);

/* A window of its own with the analysis of @consultation_id, for a button on the consultation
 * page; transient for @parent (may be NULL). */
GtkWindow        *ot_analysis_page_present_window   (GtkWindow      *parent,
                                                     OtStore        *store,
                                                     gint64          consultation_id);

G_END_DECLS
