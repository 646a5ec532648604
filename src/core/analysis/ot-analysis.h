/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis.h: the anonymised tariff analysis: statistics after disclosure control. */
#pragma once

#include <glib-object.h>

#include "analysis/ot-analysis-input.h"
#include "analysis/ot-cost-field.h"
#include "analysis/ot-cost-model.h"
#include "analysis/ot-disclosure.h"

G_BEGIN_DECLS

/* Everything in an OtAnalysis may leave the app: figures are rounded, hidden figures carry
 * only a reason class, and there is no minimum, no maximum and no per-provider order. */
typedef struct _OtAnalysis OtAnalysis;

typedef enum
{
  OT_STAT_Q1,
  OT_STAT_MEDIAN,
  OT_STAT_Q3,
  OT_STAT_MEAN,
  OT_STAT_WEIGHTED_MEAN,      /* weighted by uren_per_jaar */
  OT_STAT_P10,                /* deciles only from 10 submissions up */
  OT_STAT_P90,
  OT_N_STATS
} OtStat;

/* One published number. When present is FALSE the figure does not apply (P10 below 10
 * submissions, a weighted mean of a provider-level field); otherwise it is either shown
 * (suppression NONE, value rounded) or hidden (value NAN, a reason class). */
typedef struct
{
  gboolean      present;
  OtSuppression suppression;
  double        value;
} OtFigure;

typedef struct
{
  const OtCostField *field;
  /* TOO_FEW when fewer submissions than the minimum gave this field: then n is 0 and no
   * statistic is present. */
  OtSuppression      suppression;
  guint              n;
  OtFigure           stat[OT_N_STATS];
} OtFieldFigures;

typedef struct
{
  gboolean       present;            /* FALSE when the medians give no model (no wage) */
  OtFigure       total;
  OtFigure       part[OT_COST_N_PARTS];
  OtFigure       stated_median;      /* median of kostprijs_per_uur */
  OtFigure       tariff_current;
  OtFigure       tariff_proposed;
} OtModelFigures;

typedef struct
{
  const char     *code;
  const char     *name;
  /* OtFieldFigures of the numeric product fields in catalogue order, except the size figure
   * uren_per_jaar, which is published only as the volume total. */
  GPtrArray      *fields;
  OtModelFigures  model;             /* the model cost price from the median components */
  OtFigure        volume;            /* Σ uren_per_jaar */
} OtProductAnalysis;

typedef struct
{
  OtSuppression suppression;
  guint         n;                   /* contributors; 0 when suppressed */
  guint         n_steps;
  double       *share;               /* pooled share of FTE per step, rounded; NULL when hidden */
} OtPeriodiekFigures;

GType                    ot_analysis_get_type             (void) G_GNUC_CONST;
/* Refuses (OT_ERROR_DISCLOSURE) when fewer submissions than the minimum were accepted. */
OtAnalysis              *ot_analysis_run                  (const OtAnalysisInput    *input,
                                                           const OtAnalysisSettings *settings,
                                                           GError                  **error);
OtAnalysis              *ot_analysis_ref                  (OtAnalysis *analysis);
void                     ot_analysis_unref                (OtAnalysis *analysis);

guint                    ot_analysis_get_n_submissions    (const OtAnalysis *analysis);
/* The threshold applied, after clamping to at least 3. */
guint                    ot_analysis_get_minimum          (const OtAnalysis *analysis);
const OtAnalysisSettings *ot_analysis_get_settings        (const OtAnalysis *analysis);
guint                    ot_analysis_get_n_products       (const OtAnalysis *analysis);
const OtProductAnalysis *ot_analysis_get_product          (const OtAnalysis *analysis,
                                                           guint             index);
const OtProductAnalysis *ot_analysis_find_product         (const OtAnalysis *analysis,
                                                           const char       *code);
const OtFieldFigures    *ot_product_analysis_get_field    (const OtProductAnalysis *product,
                                                           const char              *key);
const OtPeriodiekFigures *ot_analysis_get_periodiek       (const OtAnalysis *analysis);
/* Σ uren_per_jaar over all products. */
const OtFigure          *ot_analysis_get_volume_total     (const OtAnalysis *analysis);
/* "q1", "median", "q3", "mean", "weighted_mean", "p10", "p90". */
const char              *ot_stat_to_string                (OtStat stat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtAnalysis, ot_analysis_unref)

G_END_DECLS
