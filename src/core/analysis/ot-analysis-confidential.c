/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-confidential.c: outlier flags for the adviser's confidential view. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "analysis/ot-analysis-confidential.h"
#include "analysis/ot-cost-field.h"
#include "analysis/ot-stats.h"

static gboolean
check_field (const OtAnalysisInput *input,
             const char            *product_code,
             const char            *key,
             int                   *product_index,
             GError               **error)
{
  const OtCostField *field = ot_cost_field_lookup (key);

  if (field == NULL || !ot_cost_field_is_numeric (field) || field->scope != OT_COST_SCOPE_PRODUCT)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("“%s” is not a numeric product field of the cost-price model."), key);
      return FALSE;
    }
  *product_index = ot_analysis_input_find_product (input, product_code);
  if (*product_index < 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND,
                   _("The product “%s” is not part of this analysis."), product_code);
      return FALSE;
    }
  return TRUE;
}

GArray *
ot_confidential_flag_outliers (const OtAnalysisInput *input,
                               const char            *product_code,
                               const char            *key,
                               double                *lower_fence,
                               double                *upper_fence,
                               GError               **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *outliers;
  guint n = 0;
  double q1, q3, low = NAN, high = NAN;
  int product_index;

  g_return_val_if_fail (input != NULL && product_code != NULL && key != NULL, NULL);

  if (!check_field (input, product_code, key, &product_index, error))
    return NULL;

  outliers = g_array_new (FALSE, FALSE, sizeof (OtConfidentialOutlier));
  n = ot_analysis_input_get_n_submissions (input);
  for (guint s = 0; s < n; s++)
    {
      double value = ot_analysis_input_get_value (input, s, product_index, key);

      if (!isnan (value))
        g_array_append_val (values, value);
    }
  if (values->len >= 4)
    {
      ot_stats_sort ((double *) values->data, values->len);
      q1 = ot_stats_quantile_sorted ((double *) values->data, values->len, 0.25);
      q3 = ot_stats_quantile_sorted ((double *) values->data, values->len, 0.75);
      low = q1 - 1.5 * (q3 - q1);
      high = q3 + 1.5 * (q3 - q1);
      for (guint s = 0; s < n; s++)
        {
          OtConfidentialOutlier outlier = { s, ot_analysis_input_get_value (input, s, product_index, key), 0 };

          if (isnan (outlier.value) || (outlier.value >= low && outlier.value <= high))
            continue;
          outlier.side = outlier.value < low ? OT_CONFIDENTIAL_OUTLIER_LOW : OT_CONFIDENTIAL_OUTLIER_HIGH;
          g_array_append_val (outliers, outlier);
        }
    }
  if (lower_fence != NULL)
    *lower_fence = low;
  if (upper_fence != NULL)
    *upper_fence = high;
  return outliers;
}
