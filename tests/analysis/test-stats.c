/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-stats.c: quantiles, means, the field catalogue and the model cost price formula. */
#include "config.h"

#include <math.h>

#include "ot-error.h"
#include "analysis/ot-cost-field.h"
#include "analysis/ot-cost-model.h"
#include "analysis/ot-stats.h"

#define EPS 1e-9

static void
test_quantile_type7 (void)
{
  const double five[] = { 1, 2, 3, 4, 5 };
  const double four[] = { 10, 20, 40, 80 };
  double six[] = { 3.1, 1.2, 5.5, 2.0, 4.4, 9.9 };

  /* Hand-computed: h = (n − 1) p, interpolate between x[⌊h⌋] and x[⌊h⌋ + 1]. */
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 5, 0.25), 2.0, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 5, 0.50), 3.0, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 5, 0.75), 4.0, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 5, 0.10), 1.4, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 5, 0.90), 4.6, EPS);

  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (four, 4, 0.25), 17.5, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (four, 4, 0.50), 30.0, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (four, 4, 0.75), 50.0, EPS);

  ot_stats_sort (six, G_N_ELEMENTS (six));
  g_assert_cmpfloat (six[0], ==, 1.2);
  g_assert_cmpfloat (six[5], ==, 9.9);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (six, 6, 0.25), 2.275, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (six, 6, 0.50), 3.75, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (six, 6, 0.75), 5.225, EPS);

  g_assert_cmpfloat_with_epsilon (ot_stats_quantile_sorted (five, 1, 0.75), 1.0, EPS);
  g_assert_true (isnan (ot_stats_quantile_sorted (five, 0, 0.5)));
  g_assert_true (isnan (ot_stats_quantile_sorted (five, 5, 1.5)));
  g_assert_true (isnan (ot_stats_quantile_sorted (five, 5, NAN)));
}

static void
test_means (void)
{
  const double values[] = { 10, 20, 40, 80 };
  const double weights[] = { 1, 1, 1, 5 };
  const double zero[] = { 0, 0, 0, 0 };

  g_assert_cmpfloat_with_epsilon (ot_stats_mean (values, 4), 37.5, EPS);
  g_assert_cmpfloat_with_epsilon (ot_stats_weighted_mean (values, weights, 4), 58.75, EPS);
  g_assert_true (isnan (ot_stats_weighted_mean (values, zero, 4)));
  g_assert_true (isnan (ot_stats_mean (values, 0)));
}

static void
test_catalogue (void)
{
  const char * const keys[] = {
    "cao", "functieschaal", "bruto_uurloon", "vakantiegeld_pct", "eindejaarsuitkering_pct",
    "ort_pct", "werkgeverslasten_pct", "overige_personeelskosten_per_uur", "verlof_pct",
    "ziekteverzuim_pct", "scholing_pct", "overleg_pct", "reistijd_pct", "productiviteit_pct",
    "materiele_kosten_per_uur", "reiskosten_per_uur", "overhead_pct", "risico_opslag_pct",
    "kostprijs_per_uur", "tarief_huidig", "uren_per_jaar", "fte_uitvoerend", "aantal_clienten",
    "periodiek_verdeling", "bestuurdersverklaring",
  };
  guint n_fields, n_components = 0;
  const OtCostField *all = ot_cost_field_get_all (&n_fields);
  const OtCostField *field;

  g_assert_cmpuint (n_fields, ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      field = ot_cost_field_lookup (keys[i]);
      g_assert_nonnull (field);
      g_assert_cmpstr (field->key, ==, keys[i]);
      g_assert_true (g_utf8_validate (field->label, -1, NULL));
      g_assert_cmpuint (strlen (field->label), >, 2);
    }
  for (guint i = 0; i < n_fields; i++)
    if (all[i].model_component)
      {
        n_components++;
        g_assert_true (ot_cost_field_is_numeric (&all[i]));
        g_assert_cmpint (all[i].scope, ==, OT_COST_SCOPE_PRODUCT);
      }
  g_assert_cmpuint (n_components, ==, 16);
  g_assert_null (ot_cost_field_lookup ("kostprijs"));

  field = ot_cost_field_lookup ("ort_pct");
  g_assert_cmpint (field->unit, ==, OT_COST_UNIT_FRACTION);
  g_assert_true (ot_cost_field_is_plausible (field, 0.3));
  g_assert_false (ot_cost_field_is_plausible (field, 8.0));
  g_assert_false (ot_cost_field_is_plausible (field, NAN));
  field = ot_cost_field_lookup ("cao");
  g_assert_false (ot_cost_field_is_numeric (field));
  g_assert_cmpstr (field->choices[0], ==, "VVT");
  field = ot_cost_field_lookup ("periodiek_verdeling");
  g_assert_cmpstr (ot_cost_unit_to_string (field->unit), ==, "fte_per_step");
  g_assert_cmpint (field->scope, ==, OT_COST_SCOPE_PROVIDER);
  g_assert_true (ot_cost_field_is_plausible (ot_cost_field_lookup ("uren_per_jaar"), 1e6));
  g_assert_cmpint (ot_cost_field_lookup ("bestuurdersverklaring")->unit, ==, OT_COST_UNIT_TEXT);
}

static gboolean
table_cb (const char *key,
          double     *value,
          gpointer    user_data)
{
  GHashTable *table = user_data;
  double *found = g_hash_table_lookup (table, key);

  if (found == NULL)
    return FALSE;
  *value = *found;
  return TRUE;
}

static GHashTable *
example_components (gboolean with_productivity)
{
  static double bruto = 20, vak = 0.08, eind = 0.02, ort = 0.10, wgl = 0.25, overige = 1.0;
  static double prod = 0.8, mat = 2, reis = 1, overhead = 0.1, risico = 0.02;
  static double verlof = 0.08, ziekte = 0.05, scholing = 0.02, overleg = 0.03, reistijd = 0.02;
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (table, "bruto_uurloon", &bruto);
  g_hash_table_insert (table, "vakantiegeld_pct", &vak);
  g_hash_table_insert (table, "eindejaarsuitkering_pct", &eind);
  g_hash_table_insert (table, "ort_pct", &ort);
  g_hash_table_insert (table, "werkgeverslasten_pct", &wgl);
  g_hash_table_insert (table, "overige_personeelskosten_per_uur", &overige);
  g_hash_table_insert (table, "materiele_kosten_per_uur", &mat);
  g_hash_table_insert (table, "reiskosten_per_uur", &reis);
  g_hash_table_insert (table, "overhead_pct", &overhead);
  g_hash_table_insert (table, "risico_opslag_pct", &risico);
  if (with_productivity)
    g_hash_table_insert (table, "productiviteit_pct", &prod);
  else
    {
      g_hash_table_insert (table, "verlof_pct", &verlof);
      g_hash_table_insert (table, "ziekteverzuim_pct", &ziekte);
      g_hash_table_insert (table, "scholing_pct", &scholing);
      g_hash_table_insert (table, "overleg_pct", &overleg);
      g_hash_table_insert (table, "reistijd_pct", &reistijd);
    }
  return table;
}

static void
assert_example_breakdown (const OtCostBreakdown *out)
{
  /* By hand: paid = 20 × 1.2 × 1.25 + 1 = 31; productive = 31 / 0.8 = 38.75;
   * direct = 41.75; total = 41.75 × 1.1 × 1.02 = 46.8435. */
  const double parts[OT_COST_N_PARTS] = { 20, 4, 7, 7.75, 2, 1, 4.175, 0.9185 };
  double sum = 0;

  g_assert_cmpfloat_with_epsilon (out->total, 46.8435, EPS);
  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    {
      g_assert_cmpfloat_with_epsilon (out->part[p], parts[p], EPS);
      sum += out->part[p];
    }
  g_assert_cmpfloat_with_epsilon (sum, out->total, EPS);
}

static void
test_model_given_productivity (void)
{
  g_autoptr(GHashTable) table = example_components (TRUE);
  g_autoptr(GError) error = NULL;
  OtCostBreakdown out;

  g_assert_true (ot_cost_model_compute (table_cb, table, &out, &error));
  g_assert_no_error (error);
  g_assert_false (out.productivity_derived);
  assert_example_breakdown (&out);
  /* The dependencies a disclosure rule relies on. */
  g_assert_cmpuint (out.part_inputs[OT_COST_PART_LOON], ==, ot_cost_field_bit ("bruto_uurloon"));
  g_assert_true (out.part_inputs[OT_COST_PART_OPSLAGEN] & ot_cost_field_bit ("ort_pct"));
  g_assert_false (out.part_inputs[OT_COST_PART_LOON] & ot_cost_field_bit ("ort_pct"));
  g_assert_cmpuint (out.part_inputs[OT_COST_PART_MATERIEEL], ==,
                    ot_cost_field_bit ("materiele_kosten_per_uur"));
  g_assert_true (out.part_inputs[OT_COST_PART_OVERHEAD] & ot_cost_field_bit ("reiskosten_per_uur"));
  g_assert_false (out.part_inputs[OT_COST_PART_OVERHEAD] & ot_cost_field_bit ("risico_opslag_pct"));
  g_assert_true (out.total_inputs & ot_cost_field_bit ("risico_opslag_pct"));
  g_assert_true (out.total_inputs & ot_cost_field_bit ("productiviteit_pct"));
}

static void
test_model_derived_productivity (void)
{
  g_autoptr(GHashTable) table = example_components (FALSE);
  g_autoptr(GError) error = NULL;
  OtCostBreakdown out;

  g_assert_true (ot_cost_model_compute (table_cb, table, &out, &error));
  g_assert_no_error (error);
  g_assert_true (out.productivity_derived);
  g_assert_cmpfloat_with_epsilon (out.productivity, 0.8, EPS);
  assert_example_breakdown (&out);
  g_assert_true (out.total_inputs & ot_cost_field_bit ("verlof_pct"));
}

static void
test_model_errors (void)
{
  g_autoptr(GHashTable) table = example_components (TRUE);
  g_autoptr(GError) error = NULL;
  static double bad = 0.0;
  OtCostBreakdown out;

  g_hash_table_insert (table, "productiviteit_pct", &bad);
  g_assert_false (ot_cost_model_compute (table_cb, table, &out, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);

  g_hash_table_remove (table, "productiviteit_pct");
  g_assert_false (ot_cost_model_compute (table_cb, table, &out, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);

  g_hash_table_insert (table, "productiviteit_pct", &(double) { 0.8 });
  g_hash_table_remove (table, "bruto_uurloon");
  g_assert_false (ot_cost_model_compute (table_cb, table, &out, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_assert_cmpstr (ot_cost_part_to_string (OT_COST_PART_RISICO), ==, "risico");
  g_assert_cmpstr (ot_cost_part_get_label (OT_COST_PART_LOON), ==, "Loon");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/stats/quantile-type7", test_quantile_type7);
  g_test_add_func ("/analysis/stats/means", test_means);
  g_test_add_func ("/analysis/catalogue", test_catalogue);
  g_test_add_func ("/analysis/model/given-productivity", test_model_given_productivity);
  g_test_add_func ("/analysis/model/derived-productivity", test_model_derived_productivity);
  g_test_add_func ("/analysis/model/errors", test_model_errors);
  return g_test_run ();
}
