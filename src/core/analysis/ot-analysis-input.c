/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-input.c: the accepted submissions of a consultation, as plain numbers. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "analysis/ot-analysis-input-private.h"
#include "analysis/ot-cost-field.h"
#include "analysis/ot-cost-model.h"

void
ot_analysis_settings_init (OtAnalysisSettings *settings)
{
  g_return_if_fail (settings != NULL);

  ot_disclosure_rules_init (&settings->rules);
  settings->proposal = OT_PROPOSAL_NONE;
  settings->index_pct = 0.0;
  settings->percentile = 50.0;
}

static void
clear_product (gpointer data)
{
  OtInputProduct *product = data;

  g_clear_pointer (&product->code, g_free);
  g_clear_pointer (&product->name, g_free);
}

static void
free_submission (gpointer data)
{
  OtInputSubmission *submission = data;

  g_free (submission->values);
  g_free (submission->periodiek);
  g_free (submission);
}

OtAnalysisInput *
ot_analysis_input_new (void)
{
  OtAnalysisInput *input = g_new0 (OtAnalysisInput, 1);

  input->products = g_array_new (FALSE, TRUE, sizeof (OtInputProduct));
  g_array_set_clear_func (input->products, clear_product);
  input->submissions = g_ptr_array_new_with_free_func (free_submission);
  ot_cost_field_get_all (&input->n_fields);
  return input;
}

void
ot_analysis_input_free (OtAnalysisInput *input)
{
  if (input == NULL)
    return;
  g_array_unref (input->products);
  g_ptr_array_unref (input->submissions);
  g_free (input);
}

int
ot_analysis_input_find_product (const OtAnalysisInput *input,
                                const char            *product_code)
{
  g_return_val_if_fail (input != NULL, -1);
  g_return_val_if_fail (product_code != NULL, -1);

  for (guint i = 0; i < input->products->len; i++)
    if (g_str_equal (g_array_index (input->products, OtInputProduct, i).code, product_code))
      return (int) i;
  return -1;
}

gboolean
ot_analysis_input_add_product (OtAnalysisInput *input,
                               const char      *code,
                               const char      *name,
                               GError         **error)
{
  OtInputProduct product = { NULL, NULL, NAN };

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (code != NULL && name != NULL, FALSE);
  g_return_val_if_fail (input->submissions->len == 0, FALSE);

  if (ot_analysis_input_find_product (input, code) >= 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The product “%s” is listed twice."), code);
      return FALSE;
    }
  if (input->products->len >= OT_ANALYSIS_MAX_PRODUCTS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("An analysis covers at most %d products."), OT_ANALYSIS_MAX_PRODUCTS);
      return FALSE;
    }
  product.code = g_strdup (code);
  product.name = g_strdup (name);
  g_array_append_val (input->products, product);
  return TRUE;
}

guint
ot_analysis_input_add_submission (OtAnalysisInput *input)
{
  OtInputSubmission *submission;
  gsize n_values;

  g_return_val_if_fail (input != NULL, 0);

  n_values = (gsize) (input->products->len + 1) * input->n_fields;
  submission = g_new0 (OtInputSubmission, 1);
  submission->values = g_new (double, n_values);
  for (gsize i = 0; i < n_values; i++)
    submission->values[i] = NAN;
  g_ptr_array_add (input->submissions, submission);
  return input->submissions->len - 1;
}

static double *
value_slot (const OtAnalysisInput *input,
            guint                  submission,
            int                    product_index,
            const OtCostField     *field)
{
  guint n_fields;
  const OtCostField *all = ot_cost_field_get_all (&n_fields);
  OtInputSubmission *entry = g_ptr_array_index (input->submissions, submission);
  guint row = product_index < 0 ? input->products->len : (guint) product_index;

  return &entry->values[(gsize) row * input->n_fields + (gsize) (field - all)];
}

static gboolean
check_target (OtAnalysisInput   *input,
              const char        *product_code,
              const OtCostField *field,
              const char        *key,
              int               *product_index,
              GError           **error)
{
  if (field == NULL || !ot_cost_field_is_numeric (field))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("“%s” is not a numeric field of the cost-price model."), key);
      return FALSE;
    }
  if ((product_code == NULL) != (field->scope == OT_COST_SCOPE_PROVIDER))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   product_code == NULL ? _("The field “%s” needs a product.")
                                        : _("The field “%s” applies to the provider as a whole, not to a product."),
                   key);
      return FALSE;
    }
  *product_index = product_code == NULL ? -1 : ot_analysis_input_find_product (input, product_code);
  if (product_code != NULL && *product_index < 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND,
                   _("The product “%s” is not part of this analysis."), product_code);
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_analysis_input_set_value (OtAnalysisInput *input,
                             guint            submission,
                             const char      *product_code,
                             const char      *key,
                             double           value,
                             GError         **error)
{
  const OtCostField *field;
  int product_index;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (submission < input->submissions->len, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  field = ot_cost_field_lookup (key);
  if (!check_target (input, product_code, field, key, &product_index, error))
    return FALSE;
  /* Every rule assumes non-negative magnitudes (shares of a total weight); the upper bound
   * keeps sums over a hostile file finite. */
  if (!isfinite (value) || value < 0.0 || value > OT_ANALYSIS_MAX_VALUE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The value of “%s” must be a number from zero to one billion."), key);
      return FALSE;
    }
  *value_slot (input, submission, product_index, field) = value;
  return TRUE;
}

gboolean
ot_analysis_input_set_periodiek (OtAnalysisInput *input,
                                 guint            submission,
                                 const double    *fte_per_step,
                                 guint            n_steps,
                                 GError         **error)
{
  OtInputSubmission *entry;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (submission < input->submissions->len, FALSE);
  g_return_val_if_fail (n_steps == 0 || fte_per_step != NULL, FALSE);

  if (n_steps > OT_ANALYSIS_MAX_STEPS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("A periodiek distribution has at most %d steps."), OT_ANALYSIS_MAX_STEPS);
      return FALSE;
    }
  for (guint i = 0; i < n_steps; i++)
    if (!isfinite (fte_per_step[i]) || fte_per_step[i] < 0.0 || fte_per_step[i] > OT_ANALYSIS_MAX_VALUE)
      {
        g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                     _("The FTE of a periodiek step must be a number from zero to one billion."));
        return FALSE;
      }
  entry = g_ptr_array_index (input->submissions, submission);
  g_free (entry->periodiek);
  entry->periodiek = g_memdup2 (fte_per_step, sizeof (double) * n_steps);
  entry->n_steps = n_steps;
  return TRUE;
}

gboolean
ot_analysis_input_set_tariff (OtAnalysisInput *input,
                              const char      *product_code,
                              double           amount,
                              GError         **error)
{
  int index;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (product_code != NULL, FALSE);

  index = ot_analysis_input_find_product (input, product_code);
  if (index < 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_NOT_FOUND,
                   _("The product “%s” is not part of this analysis."), product_code);
      return FALSE;
    }
  if (!isfinite (amount) || amount < 0.0 || amount > OT_ANALYSIS_MAX_VALUE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("A tariff must be an amount from zero to one billion."));
      return FALSE;
    }
  g_array_index (input->products, OtInputProduct, index).tariff = amount;
  return TRUE;
}

guint
ot_analysis_input_get_n_products (const OtAnalysisInput *input)
{
  g_return_val_if_fail (input != NULL, 0);
  return input->products->len;
}

guint
ot_analysis_input_get_n_submissions (const OtAnalysisInput *input)
{
  g_return_val_if_fail (input != NULL, 0);
  return input->submissions->len;
}

typedef struct
{
  const OtAnalysisInput *input;
  guint                  submission;
  int                    product_index;
} SlotReader;

static gboolean
read_slot_cb (const char *key,
              double     *value,
              gpointer    user_data)
{
  SlotReader *reader = user_data;
  const OtCostField *field = ot_cost_field_lookup (key);

  *value = *value_slot (reader->input, reader->submission, reader->product_index, field);
  return !isnan (*value);
}

double
ot_analysis_input_get_value (const OtAnalysisInput *input,
                             guint                  submission,
                             int                    product_index,
                             const char            *key)
{
  const OtCostField *field;
  double value;

  g_return_val_if_fail (input != NULL, NAN);
  g_return_val_if_fail (submission < input->submissions->len, NAN);
  g_return_val_if_fail (product_index < (int) input->products->len, NAN);

  field = ot_cost_field_lookup (key);
  g_return_val_if_fail (field != NULL && ot_cost_field_is_numeric (field), NAN);
  g_return_val_if_fail ((product_index < 0) == (field->scope == OT_COST_SCOPE_PROVIDER), NAN);

  value = *value_slot (input, submission, product_index, field);
  /* DESIGN.md: when productivity is not given, it is 1 − the five non-productive shares. */
  if (isnan (value) && g_str_equal (key, "productiviteit_pct"))
    {
      SlotReader reader = { input, submission, product_index };

      if (!ot_cost_model_derive_productivity (read_slot_cb, &reader, &value))
        value = NAN;
    }
  return value;
}
