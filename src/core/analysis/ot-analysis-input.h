/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-input.h: the accepted submissions of a consultation, as plain numbers. */
#pragma once

#include <glib.h>

#include "analysis/ot-disclosure.h"

G_BEGIN_DECLS

/* A submission is known only by the index ot_analysis_input_add_submission() hands out: no
 * provider, person or file name enters the analysis, so none can leak out of it. */
typedef struct _OtAnalysisInput OtAnalysisInput;

typedef enum
{
  OT_PROPOSAL_NONE,
  OT_PROPOSAL_INDEX,          /* current tariff × (1 + index_pct / 100) */
  OT_PROPOSAL_PERCENTILE,     /* a percentile of the stated cost prices */
} OtProposalKind;

typedef struct
{
  OtDisclosureRules rules;
  OtProposalKind    proposal;
  double            index_pct;        /* e.g. 1.4 for the 1.4 % price index */
  double            percentile;       /* 0–100, e.g. 50 for the median cost price */
} OtAnalysisSettings;

#define OT_ANALYSIS_MAX_PRODUCTS 64
#define OT_ANALYSIS_MAX_STEPS    64
#define OT_ANALYSIS_MAX_VALUE    1e9

void             ot_analysis_settings_init        (OtAnalysisSettings *settings);

OtAnalysisInput *ot_analysis_input_new            (void);
void             ot_analysis_input_free           (OtAnalysisInput    *input);
/* Products come first: adding one after a submission is a programmer error. */
gboolean         ot_analysis_input_add_product    (OtAnalysisInput    *input,
                                                   const char         *code,
                                                   const char         *name,
                                                   GError            **error);
guint            ot_analysis_input_add_submission (OtAnalysisInput    *input);
/* product_code is NULL for a provider-level field. Values are numbers of the catalogue's
 * numeric fields, fractions as fractions; negative or non-finite values are refused. */
gboolean         ot_analysis_input_set_value      (OtAnalysisInput    *input,
                                                   guint               submission,
                                                   const char         *product_code,
                                                   const char         *key,
                                                   double              value,
                                                   GError            **error);
/* FTE per step of the salary scale, lowest step first. */
gboolean         ot_analysis_input_set_periodiek  (OtAnalysisInput    *input,
                                                   guint               submission,
                                                   const double       *fte_per_step,
                                                   guint               n_steps,
                                                   GError            **error);
/* The region's own current tariff for a product (public, not a provider's figure). */
gboolean         ot_analysis_input_set_tariff     (OtAnalysisInput    *input,
                                                   const char         *product_code,
                                                   double              amount,
                                                   GError            **error);
guint            ot_analysis_input_get_n_products    (const OtAnalysisInput *input);
guint            ot_analysis_input_get_n_submissions (const OtAnalysisInput *input);
/* The value as the analysis sees it (productiviteit_pct derived when not given); NAN when
 * absent. product_index is -1 for provider-level fields. */
double           ot_analysis_input_get_value      (const OtAnalysisInput *input,
                                                   guint                  submission,
                                                   int                    product_index,
                                                   const char            *key);
int              ot_analysis_input_find_product   (const OtAnalysisInput *input,
                                                   const char            *product_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtAnalysisInput, ot_analysis_input_free)

G_END_DECLS
