/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-private.h: the layout of OtAnalysis and the steps that fill it. */
#pragma once

#include "analysis/ot-analysis.h"
#include "analysis/ot-analysis-input-private.h"

G_BEGIN_DECLS

struct _OtAnalysis
{
  OtAnalysisSettings  settings;
  guint               minimum;
  guint               n_submissions;
  GArray             *products;       /* OtProductAnalysis */
  OtPeriodiekFigures  periodiek;
  OtFigure            volume_total;
};

/* Statistics of one numeric field over the submissions that gave it; *reported is TRUE when
 * at least one did (kept inside the analysis, never published). */
OtFieldFigures *ot_analysis_compute_field     (const OtAnalysisInput   *input,
                                               const OtDisclosureRules *rules,
                                               int                      product_index,
                                               const OtCostField       *field,
                                               gboolean                *reported);
void            ot_analysis_compute_periodiek (const OtAnalysisInput   *input,
                                               const OtDisclosureRules *rules,
                                               OtPeriodiekFigures      *out);
/* The model cost price from the published medians; reported_mask has the catalogue bit of
 * every field at least one submission gave. */
void            ot_analysis_compute_model     (const OtAnalysisInput    *input,
                                               const OtAnalysisSettings *settings,
                                               int                       product_index,
                                               OtProductAnalysis        *product,
                                               guint64                   reported_mask);
void            ot_analysis_compute_volumes   (OtAnalysis            *analysis,
                                               const OtAnalysisInput *input);

G_END_DECLS
