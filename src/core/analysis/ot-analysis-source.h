/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-source.h: the bridge from a stored consultation to the anonymous input of an analysis. */
#pragma once

#include "ot-store.h"
#include "analysis/ot-analysis.h"
#include "analysis/ot-analysis-report.h"

G_BEGIN_DECLS

/* What an analysis of one consultation starts from. The input holds numbers only, in an order
 * made from the values themselves (a hash), so neither a name nor the order of import or of
 * the alphabet survives into a report. */
typedef struct _OtAnalysisSource OtAnalysisSource;

/* Reads the consultation's accepted submissions (status "accepted" or "warnings": a warning
 * flags a figure for the adviser, it does not reject the file), the region's tariffs in force
 * in @year (0: this year) and the names that must not appear in a report. */
OtAnalysisSource      *ot_analysis_source_load              (OtStore    *store,
                                                             gint64      consultation_id,
                                                             int         year,
                                                             GError    **error);
void                   ot_analysis_source_free              (OtAnalysisSource *self);

const OtAnalysisInput *ot_analysis_source_get_input         (const OtAnalysisSource *self);
guint                  ot_analysis_source_get_n_submissions (const OtAnalysisSource *self);
/* The consultation's minimum number of submissions (at least 3). */
guint                  ot_analysis_source_get_minimum       (const OtAnalysisSource *self);
/* The consultation's title, or a neutral one when the adviser's title names a provider (any
 * in the store, invited or not), a person or a submitted file. */
const char            *ot_analysis_source_get_title         (const OtAnalysisSource *self);
/* Default settings with the consultation's minimum. */
void                   ot_analysis_source_init_settings     (const OtAnalysisSource *self,
                                                             OtAnalysisSettings     *settings);
/* TRUE when @text contains a provider's, person's or file's name known to the consultation
 * (case and accents ignored). */
gboolean               ot_analysis_source_names_someone     (const OtAnalysisSource *self,
                                                             const char             *text);
/* CONFIDENTIAL (see ot-analysis-confidential.h): the provider behind submission @index of the
 * input, for the adviser's view marked "vertrouwelijk". Never pass it to an export. */
const char            *ot_analysis_source_get_provider_name (const OtAnalysisSource *self,
                                                             guint                   index);
/* The products whose region tariff was found in the tariff table, NULL-terminated. */
const char * const    *ot_analysis_source_get_tariff_codes  (const OtAnalysisSource *self);
/* The report of @analysis with this source's title and tariff codes. */
OtAnalysisReport      *ot_analysis_source_new_report        (const OtAnalysisSource *self,
                                                             OtAnalysis             *analysis);
/* Runs the analysis; refuses (OT_ERROR_DISCLOSURE) below the minimum. */
OtAnalysis            *ot_analysis_source_run               (const OtAnalysisSource   *self,
                                                             const OtAnalysisSettings *settings,
                                                             GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtAnalysisSource, ot_analysis_source_free)

G_END_DECLS
