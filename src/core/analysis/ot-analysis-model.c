/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-model.c: the model cost price from the medians, tariffs and volumes. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>

#include "analysis/ot-analysis-private.h"
#include "analysis/ot-stats.h"

typedef struct
{
  const OtProductAnalysis *product;
  guint64                  reported_mask;
  guint64                  hidden_mask;    /* inputs the model used whose median is hidden */
} MedianReader;

static void
figure_set (OtFigure     *figure,
            double        value,
            OtSuppression reason)
{
  figure->present = TRUE;
  figure->suppression = reason;
  figure->value = reason == OT_SUPPRESSION_NONE ? value : NAN;
}

/* The model reads the published (rounded) medians, so it tells a reader nothing the table does
 * not. A component nobody gave counts as absent; one that some gave but whose median is hidden
 * is marked, and every part computed from it is hidden too. */
static gboolean
read_median_cb (const char *key,
                double     *value,
                gpointer    user_data)
{
  MedianReader *reader = user_data;
  const OtFieldFigures *figures = ot_product_analysis_get_field (reader->product, key);
  guint64 bit = ot_cost_field_bit (key);
  const OtFigure *median;

  if (figures == NULL || (reader->reported_mask & bit) == 0)
    return FALSE;
  median = &figures->stat[OT_STAT_MEDIAN];
  if (figures->suppression != OT_SUPPRESSION_NONE || median->suppression != OT_SUPPRESSION_NONE)
    {
      reader->hidden_mask |= bit;
      /* Any stand-in will do: the parts it feeds are hidden. A productivity of 1 keeps the
       * formula defined. */
      *value = g_str_equal (key, "productiviteit_pct") ? 1.0 : 0.0;
      return TRUE;
    }
  *value = median->value;
  return TRUE;
}

static void
compute_breakdown (OtProductAnalysis *product,
                   guint64            reported_mask)
{
  MedianReader reader = { product, reported_mask, 0 };
  OtModelFigures *model = &product->model;
  OtCostBreakdown breakdown;
  OtCell parts[OT_COST_N_PARTS];
  OtCell total;

  if (!ot_cost_model_compute (read_median_cb, &reader, &breakdown, NULL))
    return;

  model->present = TRUE;
  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    {
      parts[p].value = ot_disclosure_round (breakdown.part[p], OT_COST_UNIT_EUR_PER_HOUR);
      parts[p].suppression = (breakdown.part_inputs[p] & reader.hidden_mask) != 0
                             ? OT_SUPPRESSION_SECONDARY : OT_SUPPRESSION_NONE;
    }
  /* The total is a formula of the shown medians: with one input hidden it would give that
   * input back by solving the formula, so it goes whenever any input is hidden. */
  total.value = ot_disclosure_round (breakdown.total, OT_COST_UNIT_EUR_PER_HOUR);
  total.suppression = (breakdown.total_inputs & reader.hidden_mask) != 0
                      ? OT_SUPPRESSION_SECONDARY : OT_SUPPRESSION_NONE;
  ot_disclosure_protect_sum (parts, OT_COST_N_PARTS, &total, TRUE);

  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    figure_set (&model->part[p], parts[p].value, parts[p].suppression);
  figure_set (&model->total, total.value, total.suppression);
}

static void
copy_median (OtFigure             *figure,
             const OtFieldFigures *figures,
             gboolean              reported)
{
  if (figures == NULL || !reported)
    return;
  if (figures->suppression != OT_SUPPRESSION_NONE)
    figure_set (figure, NAN, figures->suppression);
  else
    *figure = figures->stat[OT_STAT_MEDIAN];
}

static void
compute_tariffs (const OtAnalysisInput    *input,
                 const OtAnalysisSettings *settings,
                 int                       product_index,
                 OtProductAnalysis        *product,
                 guint64                   reported_mask)
{
  const OtInputProduct *entry = &g_array_index (input->products, OtInputProduct, product_index);
  OtModelFigures *model = &product->model;

  copy_median (&model->stated_median, ot_product_analysis_get_field (product, "kostprijs_per_uur"),
               (reported_mask & ot_cost_field_bit ("kostprijs_per_uur")) != 0);
  /* The region's own tariff is public and shown exactly; without it the providers' median
   * tariff stands in, under the same rules as any other median. */
  if (!isnan (entry->tariff))
    figure_set (&model->tariff_current, entry->tariff, OT_SUPPRESSION_NONE);
  else
    copy_median (&model->tariff_current, ot_product_analysis_get_field (product, "tarief_huidig"),
                 (reported_mask & ot_cost_field_bit ("tarief_huidig")) != 0);
}

static void
propose_by_index (const OtAnalysisSettings *settings,
                  OtModelFigures           *model)
{
  double amount;

  if (!model->tariff_current.present)
    return;
  if (model->tariff_current.suppression != OT_SUPPRESSION_NONE)
    {
      figure_set (&model->tariff_proposed, NAN, OT_SUPPRESSION_SECONDARY);
      return;
    }
  amount = model->tariff_current.value * (1.0 + settings->index_pct / 100.0);
  figure_set (&model->tariff_proposed, round (amount * 100.0) / 100.0, OT_SUPPRESSION_NONE);
}

/* A percentile far from the middle of a small sample is nearly the extreme value, i.e. one
 * provider's figure: outside the quartiles it needs the ten submissions deciles need. */
static void
propose_by_percentile (const OtAnalysisInput    *input,
                       const OtAnalysisSettings *settings,
                       int                       product_index,
                       OtModelFigures           *model)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  double p = CLAMP (settings->percentile, 0.0, 100.0) / 100.0;
  gboolean central = p >= 0.25 && p <= 0.75;

  for (guint i = 0; i < input->submissions->len; i++)
    {
      double value = ot_analysis_input_get_value (input, i, product_index, "kostprijs_per_uur");

      if (!isnan (value))
        g_array_append_val (values, value);
    }
  if (values->len < ot_disclosure_get_minimum (&settings->rules) || (!central && values->len < 10))
    {
      figure_set (&model->tariff_proposed, NAN, OT_SUPPRESSION_TOO_FEW);
      return;
    }
  ot_stats_sort ((double *) values->data, values->len);
  figure_set (&model->tariff_proposed,
              ot_disclosure_round (ot_stats_quantile_sorted ((double *) values->data, values->len, p),
                                   OT_COST_UNIT_EUR_PER_HOUR),
              OT_SUPPRESSION_NONE);
}

void
ot_analysis_compute_model (const OtAnalysisInput    *input,
                           const OtAnalysisSettings *settings,
                           int                       product_index,
                           OtProductAnalysis        *product,
                           guint64                   reported_mask)
{
  OtModelFigures *model = &product->model;

  model->total.value = model->stated_median.value = NAN;
  model->tariff_current.value = model->tariff_proposed.value = NAN;
  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    model->part[p].value = NAN;

  compute_breakdown (product, reported_mask);
  compute_tariffs (input, settings, product_index, product, reported_mask);
  if (settings->proposal == OT_PROPOSAL_INDEX)
    propose_by_index (settings, model);
  else if (settings->proposal == OT_PROPOSAL_PERCENTILE)
    propose_by_percentile (input, settings, product_index, model);
}

static void
volume_cell (const OtAnalysisInput   *input,
             const OtDisclosureRules *rules,
             int                      product_index,
             OtCell                  *cell)
{
  g_autoptr(GArray) hours = g_array_new (FALSE, FALSE, sizeof (double));
  double sum = 0.0;

  for (guint i = 0; i < input->submissions->len; i++)
    {
      double total = 0.0;
      gboolean any = FALSE;

      /* product_index −1 stands for all products: one contribution per submission. */
      for (guint p = 0; p < input->products->len; p++)
        {
          double value;

          if (product_index >= 0 && (int) p != product_index)
            continue;
          value = ot_analysis_input_get_value (input, i, (int) p, "uren_per_jaar");
          if (!isnan (value))
            {
              total += value;
              any = TRUE;
            }
        }
      if (any)
        {
          g_array_append_val (hours, total);
          sum += total;
        }
    }
  cell->suppression = ot_disclosure_check_magnitude (rules, (double *) hours->data, hours->len);
  cell->value = ot_disclosure_round (sum, OT_COST_UNIT_HOURS);
}

/* Hours per product add up to the regional total: hiding one product's volume means hiding a
 * second one (or the total). */
void
ot_analysis_compute_volumes (OtAnalysis            *analysis,
                             const OtAnalysisInput *input)
{
  guint n_products = analysis->products->len;
  g_autofree OtCell *cells = g_new0 (OtCell, n_products);
  OtCell total;

  for (guint p = 0; p < n_products; p++)
    volume_cell (input, &analysis->settings.rules, (int) p, &cells[p]);
  volume_cell (input, &analysis->settings.rules, -1, &total);
  ot_disclosure_protect_sum (cells, n_products, &total, FALSE);

  for (guint p = 0; p < n_products; p++)
    {
      OtProductAnalysis *product = &g_array_index (analysis->products, OtProductAnalysis, p);
      figure_set (&product->volume, cells[p].value, cells[p].suppression);
    }
  figure_set (&analysis->volume_total, total.value, total.suppression);
}
