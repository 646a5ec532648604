/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-chart.h: charts of the anonymised analysis, drawn with cairo for window and PDF. */
#pragma once

#include <cairo.h>

#include "analysis/ot-analysis.h"

G_BEGIN_DECLS

/* Both draw only what the analysis shows: a hidden figure is a labelled gap, never a shape
 * whose size would give the number away. They draw inside area and leave cr as they found it. */

/* One horizontal box per product for a numeric field: box Q1–Q3, a line at the median,
 * whiskers P10–P90 only from ten submissions, no outlier dots. */
void ot_analysis_draw_box_plot   (cairo_t                 *cr,
                                  const cairo_rectangle_t *area,
                                  const OtAnalysis        *analysis,
                                  const char              *field_key);
/* One stacked bar per product of the model cost price by part, with the current tariff as a
 * dashed line and a legend in Dutch. */
void ot_analysis_draw_cost_bars  (cairo_t                 *cr,
                                  const cairo_rectangle_t *area,
                                  const OtAnalysis        *analysis);
/* A figure in Dutch notation: "€ 37,10", "8,3 %", "1.235". */
char *ot_analysis_format_value   (double                   value,
                                  OtCostUnit               unit);

G_END_DECLS
