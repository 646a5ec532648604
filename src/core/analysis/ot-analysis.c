/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis.c: runs the anonymised tariff analysis over an OtAnalysisInput. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "analysis/ot-analysis-private.h"

G_DEFINE_BOXED_TYPE (OtAnalysis, ot_analysis, ot_analysis_ref, ot_analysis_unref)

static void
clear_product (gpointer data)
{
  OtProductAnalysis *product = data;

  g_clear_pointer ((char **) &product->code, g_free);
  g_clear_pointer ((char **) &product->name, g_free);
  g_clear_pointer (&product->fields, g_ptr_array_unref);
}

static void
clear_analysis (gpointer data)
{
  OtAnalysis *analysis = data;

  g_clear_pointer (&analysis->products, g_array_unref);
  g_clear_pointer (&analysis->periodiek.share, g_free);
}

OtAnalysis *
ot_analysis_ref (OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  return g_atomic_rc_box_acquire (analysis);
}

void
ot_analysis_unref (OtAnalysis *analysis)
{
  if (analysis != NULL)
    g_atomic_rc_box_release_full (analysis, clear_analysis);
}

/* Size figures (hours, counts) are published only as dominance-checked totals, never as a
 * spread: a provider's size points at the provider, and with whole numbers every quartile of a
 * small sample is some provider's exact figure, which rounding cannot blur. */
static gboolean
has_published_spread (const OtCostField *field)
{
  return ot_cost_field_is_numeric (field)
         && field->unit != OT_COST_UNIT_HOURS && field->unit != OT_COST_UNIT_COUNT;
}

static GPtrArray *
compute_fields (const OtAnalysisInput   *input,
                const OtDisclosureRules *rules,
                int                      product_index,
                guint64                 *reported_mask)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  guint n_fields;
  const OtCostField *all = ot_cost_field_get_all (&n_fields);

  *reported_mask = 0;
  for (guint f = 0; f < n_fields; f++)
    {
      gboolean reported = FALSE;

      if (all[f].scope != OT_COST_SCOPE_PRODUCT || !has_published_spread (&all[f]))
        continue;
      g_ptr_array_add (fields, ot_analysis_compute_field (input, rules, product_index, &all[f],
                                                          &reported));
      if (reported)
        *reported_mask |= ot_cost_field_bit (all[f].key);
    }
  return fields;
}

static void
compute_products (OtAnalysis            *analysis,
                  const OtAnalysisInput *input)
{
  for (guint p = 0; p < input->products->len; p++)
    {
      const OtInputProduct *entry = &g_array_index (input->products, OtInputProduct, p);
      OtProductAnalysis *product;
      guint64 reported_mask;

      g_array_set_size (analysis->products, p + 1);
      product = &g_array_index (analysis->products, OtProductAnalysis, p);
      product->code = g_strdup (entry->code);
      product->name = g_strdup (entry->name);
      product->fields = compute_fields (input, &analysis->settings.rules, (int) p, &reported_mask);
      ot_analysis_compute_model (input, &analysis->settings, (int) p, product, reported_mask);
    }
}

static gboolean
check_settings (const OtAnalysisSettings *settings,
                GError                  **error)
{
  const OtDisclosureRules *rules = &settings->rules;

  if (!(rules->dominance_one > 0.0 && rules->dominance_one <= 1.0)
      || !(rules->dominance_two > 0.0 && rules->dominance_two <= 1.0))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The dominance limits must lie above 0 %% and at most 100 %%."));
      return FALSE;
    }
  if (!(rules->p_pct >= 0.0 && rules->p_pct <= 100.0))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The p of the p %% rule must lie between 0 and 100."));
      return FALSE;
    }
  if (!(settings->index_pct > -100.0 && settings->index_pct <= 100.0)
      || !(settings->percentile >= 0.0 && settings->percentile <= 100.0))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The index must lie between −100 %% and 100 %%, and the percentile between 0 and 100."));
      return FALSE;
    }
  return TRUE;
}

OtAnalysis *
ot_analysis_run (const OtAnalysisInput    *input,
                 const OtAnalysisSettings *settings,
                 GError                  **error)
{
  g_autoptr(OtAnalysis) analysis = NULL;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_settings (settings, error))
    return NULL;

  analysis = g_atomic_rc_box_new0 (OtAnalysis);
  analysis->settings = *settings;
  /* Whoever filled in the rules, the figures leave under rules at least as strict as DESIGN.md's. */
  ot_disclosure_rules_enforce_floors (&analysis->settings.rules);
  analysis->minimum = analysis->settings.rules.min_submissions;
  analysis->n_submissions = input->submissions->len;

  if (analysis->n_submissions < analysis->minimum)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_DISCLOSURE,
                   ngettext ("The analysis needs at least %u accepted submission, so that no figure can be traced back to a provider; there are %u.",
                             "The analysis needs at least %u accepted submissions, so that no figure can be traced back to a provider; there are %u.",
                             analysis->minimum),
                   analysis->minimum, analysis->n_submissions);
      return NULL;
    }

  analysis->products = g_array_new (FALSE, TRUE, sizeof (OtProductAnalysis));
  g_array_set_clear_func (analysis->products, clear_product);
  compute_products (analysis, input);
  ot_analysis_compute_periodiek (input, &analysis->settings.rules, &analysis->periodiek);
  ot_analysis_compute_volumes (analysis, input);
  return g_steal_pointer (&analysis);
}

guint
ot_analysis_get_n_submissions (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, 0);
  return analysis->n_submissions;
}

guint
ot_analysis_get_minimum (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, 0);
  return analysis->minimum;
}

const OtAnalysisSettings *
ot_analysis_get_settings (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  return &analysis->settings;
}

guint
ot_analysis_get_n_products (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, 0);
  return analysis->products->len;
}

const OtProductAnalysis *
ot_analysis_get_product (const OtAnalysis *analysis,
                         guint             index)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (index < analysis->products->len, NULL);
  return &g_array_index (analysis->products, OtProductAnalysis, index);
}

const OtProductAnalysis *
ot_analysis_find_product (const OtAnalysis *analysis,
                          const char       *code)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint p = 0; p < analysis->products->len; p++)
    {
      const OtProductAnalysis *product = &g_array_index (analysis->products, OtProductAnalysis, p);

      if (g_str_equal (product->code, code))
        return product;
    }
  return NULL;
}

static const OtFieldFigures *
find_field (GPtrArray  *fields,
            const char *key)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const OtFieldFigures *figures = g_ptr_array_index (fields, i);

      if (g_str_equal (figures->field->key, key))
        return figures;
    }
  return NULL;
}

const OtFieldFigures *
ot_product_analysis_get_field (const OtProductAnalysis *product,
                               const char              *key)
{
  g_return_val_if_fail (product != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return find_field (product->fields, key);
}

const OtPeriodiekFigures *
ot_analysis_get_periodiek (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  return &analysis->periodiek;
}

const OtFigure *
ot_analysis_get_volume_total (const OtAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, NULL);
  return &analysis->volume_total;
}

const char *
ot_stat_to_string (OtStat stat)
{
  static const char * const names[OT_N_STATS] = {
    "q1", "median", "q3", "mean", "weighted_mean", "p10", "p90",
  };

  g_return_val_if_fail (stat < OT_N_STATS, NULL);
  return names[stat];
}
