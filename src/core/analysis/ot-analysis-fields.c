/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-fields.c: per-field statistics and the pooled periodiek distribution. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <string.h>

#include "analysis/ot-analysis-private.h"
#include "analysis/ot-stats.h"

typedef struct
{
  GArray *values;
  GArray *weights;     /* uren_per_jaar of the same submission and product, NAN when absent */
} Sample;

static void
sample_collect (const OtAnalysisInput *input,
                int                    product_index,
                const OtCostField     *field,
                Sample                *sample)
{
  guint n = input->submissions->len;

  sample->values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  sample->weights = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      double value = ot_analysis_input_get_value (input, i, product_index, field->key);
      double weight = NAN;

      if (isnan (value))
        continue;
      if (product_index >= 0)
        weight = ot_analysis_input_get_value (input, i, product_index, "uren_per_jaar");
      g_array_append_val (sample->values, value);
      g_array_append_val (sample->weights, weight);
    }
}

static void
sample_clear (Sample *sample)
{
  g_clear_pointer (&sample->values, g_array_unref);
  g_clear_pointer (&sample->weights, g_array_unref);
}

static void
figure_show (OtFigure          *figure,
             double             value,
             const OtCostField *field)
{
  figure->present = TRUE;
  figure->suppression = OT_SUPPRESSION_NONE;
  figure->value = ot_disclosure_round (value, field->unit);
}

static void
figure_hide (OtFigure     *figure,
             OtSuppression reason)
{
  figure->present = TRUE;
  figure->suppression = reason;
  figure->value = NAN;
}

static void
set_quantiles (OtFieldFigures *out,
               const Sample   *sample)
{
  g_autofree double *sorted = g_memdup2 (sample->values->data, sizeof (double) * sample->values->len);
  gsize n = sample->values->len;

  ot_stats_sort (sorted, n);
  figure_show (&out->stat[OT_STAT_Q1], ot_stats_quantile_sorted (sorted, n, 0.25), out->field);
  figure_show (&out->stat[OT_STAT_MEDIAN], ot_stats_quantile_sorted (sorted, n, 0.50), out->field);
  figure_show (&out->stat[OT_STAT_Q3], ot_stats_quantile_sorted (sorted, n, 0.75), out->field);
  /* DESIGN.md rule 4: below ten submissions a decile sits too close to one provider's value. */
  if (n >= 10)
    {
      figure_show (&out->stat[OT_STAT_P10], ot_stats_quantile_sorted (sorted, n, 0.10), out->field);
      figure_show (&out->stat[OT_STAT_P90], ot_stats_quantile_sorted (sorted, n, 0.90), out->field);
    }
}

/* A mean times n is a sum: under the optional p % rule the runner-up could subtract its own
 * value from it and learn the largest. */
static void
set_mean (OtFieldFigures          *out,
          const Sample            *sample,
          const OtDisclosureRules *rules)
{
  const double *values = (const double *) sample->values->data;
  gsize n = sample->values->len;
  OtSuppression reason = OT_SUPPRESSION_NONE;

  if (rules->p_rule && ot_disclosure_fails_p_rule (rules->p_pct, values, n))
    reason = OT_SUPPRESSION_DOMINANCE;

  if (reason == OT_SUPPRESSION_NONE)
    figure_show (&out->stat[OT_STAT_MEAN], ot_stats_mean (values, n), out->field);
  else
    figure_hide (&out->stat[OT_STAT_MEAN], reason);
}

/* Only pairs with a positive weight count: a zero weight adds nothing to the figure, so
 * counting it towards the threshold would let one provider pass as five. */
static void
set_weighted_mean (OtFieldFigures          *out,
                   const Sample            *sample,
                   const OtDisclosureRules *rules)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) products = g_array_new (FALSE, FALSE, sizeof (double));
  OtSuppression reason;

  for (guint i = 0; i < sample->values->len; i++)
    {
      double w = g_array_index (sample->weights, double, i);
      double v = g_array_index (sample->values, double, i);
      double wv = w * v;

      if (!(w > 0.0))
        continue;
      g_array_append_val (values, v);
      g_array_append_val (weights, w);
      g_array_append_val (products, wv);
    }

  reason = ot_disclosure_check_magnitude (rules, (double *) weights->data, weights->len);
  if (reason == OT_SUPPRESSION_NONE && rules->p_rule
      && ot_disclosure_fails_p_rule (rules->p_pct, (double *) products->data, products->len))
    reason = OT_SUPPRESSION_DOMINANCE;

  if (reason == OT_SUPPRESSION_NONE)
    figure_show (&out->stat[OT_STAT_WEIGHTED_MEAN],
                 ot_stats_weighted_mean ((double *) values->data, (double *) weights->data,
                                         values->len),
                 out->field);
  else
    figure_hide (&out->stat[OT_STAT_WEIGHTED_MEAN], reason);
}

OtFieldFigures *
ot_analysis_compute_field (const OtAnalysisInput   *input,
                           const OtDisclosureRules *rules,
                           int                      product_index,
                           const OtCostField       *field,
                           gboolean                *reported)
{
  OtFieldFigures *out = g_new0 (OtFieldFigures, 1);
  Sample sample = { NULL, NULL };

  out->field = field;
  for (guint s = 0; s < OT_N_STATS; s++)
    out->stat[s].value = NAN;

  sample_collect (input, product_index, field, &sample);
  *reported = sample.values->len > 0;
  if (sample.values->len < ot_disclosure_get_minimum (rules))
    {
      out->suppression = OT_SUPPRESSION_TOO_FEW;
      sample_clear (&sample);
      return out;
    }

  out->n = sample.values->len;
  set_quantiles (out, &sample);
  set_mean (out, &sample, rules);
  if (product_index >= 0)
    set_weighted_mean (out, &sample, rules);
  sample_clear (&sample);
  return out;
}

void
ot_analysis_compute_periodiek (const OtAnalysisInput   *input,
                               const OtDisclosureRules *rules,
                               OtPeriodiekFigures      *out)
{
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *pooled = g_new0 (double, OT_ANALYSIS_MAX_STEPS);
  double grand_total = 0.0;
  guint n_steps = 0;

  for (guint i = 0; i < input->submissions->len; i++)
    {
      const OtInputSubmission *entry = g_ptr_array_index (input->submissions, i);
      double total = 0.0;

      for (guint s = 0; s < entry->n_steps; s++)
        total += entry->periodiek[s];
      if (!(total > 0.0))
        continue;
      for (guint s = 0; s < entry->n_steps; s++)
        pooled[s] += entry->periodiek[s];
      n_steps = MAX (n_steps, entry->n_steps);
      grand_total += total;
      g_array_append_val (totals, total);
    }

  memset (out, 0, sizeof *out);
  out->suppression = ot_disclosure_check_magnitude (rules, (double *) totals->data, totals->len);
  if (out->suppression != OT_SUPPRESSION_NONE)
    return;

  out->n = totals->len;
  out->n_steps = n_steps;
  out->share = g_new (double, n_steps);
  for (guint s = 0; s < n_steps; s++)
    out->share[s] = ot_disclosure_round (pooled[s] / grand_total, OT_COST_UNIT_FTE_PER_STEP);
}
