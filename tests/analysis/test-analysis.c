/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis.c: the analysis end to end: statistics, rules, the model, JSON and leaks. */
#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "ot-error.h"
#include "analysis/ot-analysis.h"
#include "analysis/ot-analysis-json.h"
#include "analysis/ot-analysis-confidential.h"

static const char * const product_codes[] = { "ho", "bg" };
static const char * const product_names[] = { "Hulp bij het huishouden", "Begeleiding individueel" };

typedef struct
{
  OtAnalysisInput *input;
  GArray          *recorded;   /* every number put in, for the leak checks */
} Fixture;

static void
fixture_clear (Fixture *fx)
{
  g_clear_pointer (&fx->input, ot_analysis_input_free);
  g_clear_pointer (&fx->recorded, g_array_unref);
}

static void
put (Fixture    *fx,
     guint       submission,
     const char *product,
     const char *key,
     double      value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ot_analysis_input_set_value (fx->input, submission, product, key, value, &error));
  g_assert_no_error (error);
  g_array_append_val (fx->recorded, value);
}

/* Plausible, distinctive values: six decimals, so no rounded figure can equal one. */
static void
fill_product (Fixture    *fx,
              guint       s,
              const char *code,
              guint       p)
{
  put (fx, s, code, "bruto_uurloon", 22.123456 + 1.371937 * s + 2.5 * p);
  put (fx, s, code, "vakantiegeld_pct", 0.080123 + 0.000311 * s);
  put (fx, s, code, "eindejaarsuitkering_pct", 0.083317);
  put (fx, s, code, "werkgeverslasten_pct", 0.251234 + 0.003117 * s);
  put (fx, s, code, "overige_personeelskosten_per_uur", 1.234567 + 0.1 * s);
  put (fx, s, code, "verlof_pct", 0.081234);
  put (fx, s, code, "ziekteverzuim_pct", 0.051234 + 0.002111 * s);
  put (fx, s, code, "scholing_pct", 0.021111);
  put (fx, s, code, "overleg_pct", 0.031234);
  put (fx, s, code, "reistijd_pct", 0.021234);
  put (fx, s, code, "materiele_kosten_per_uur", 1.512345 + 0.2 * s);
  put (fx, s, code, "reiskosten_per_uur", 0.912345);
  put (fx, s, code, "overhead_pct", 0.121234 + 0.005 * s);
  put (fx, s, code, "risico_opslag_pct", 0.021234);
  put (fx, s, code, "kostprijs_per_uur", 48.123456 + 1.4 * s + 3 * p);
  put (fx, s, code, "tarief_huidig", 47.123457 + 0.31 * s);
  put (fx, s, code, "uren_per_jaar", 1000.123 + 100 * s + 500 * p);
}

static void
fixture_init (Fixture *fx,
              guint    n,
              guint    n_products)
{
  fx->input = ot_analysis_input_new ();
  fx->recorded = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint p = 0; p < n_products; p++)
    g_assert_true (ot_analysis_input_add_product (fx->input, product_codes[p], product_names[p], NULL));
  for (guint s = 0; s < n; s++)
    {
      g_assert_cmpuint (ot_analysis_input_add_submission (fx->input), ==, s);
      for (guint p = 0; p < n_products; p++)
        fill_product (fx, s, product_codes[p], p);
      put (fx, s, NULL, "fte_uitvoerend", 10.5 + s);
      put (fx, s, NULL, "aantal_clienten", 31 + 3 * s);
    }
}

static OtAnalysis *
run (Fixture            *fx,
     OtAnalysisSettings *settings)
{
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings defaults;
  OtAnalysis *analysis;

  if (settings == NULL)
    {
      ot_analysis_settings_init (&defaults);
      settings = &defaults;
    }
  analysis = ot_analysis_run (fx->input, settings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  return analysis;
}

static const OtFieldFigures *
field_of (OtAnalysis *analysis,
          const char *product,
          const char *key)
{
  const OtProductAnalysis *p = ot_analysis_find_product (analysis, product);

  g_assert_nonnull (p);
  return ot_product_analysis_get_field (p, key);
}

static void
test_refusal (void)
{
  Fixture fx = { 0 };
  OtAnalysisSettings settings;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;

  ot_analysis_settings_init (&settings);
  fixture_init (&fx, 4, 1);
  g_assert_null (ot_analysis_run (fx.input, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_DISCLOSURE);
  g_assert_nonnull (strstr (error->message, "at least 5"));
  g_clear_error (&error);

  ot_analysis_input_add_submission (fx.input);
  fill_product (&fx, 4, "ho", 0);
  analysis = ot_analysis_run (fx.input, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_analysis_get_n_submissions (analysis), ==, 5);
  fixture_clear (&fx);

  /* A minimum below 3 is taken as 3. */
  settings.rules.min_submissions = 1;
  fixture_init (&fx, 2, 1);
  g_assert_null (ot_analysis_run (fx.input, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_DISCLOSURE);
  g_clear_error (&error);
  fixture_clear (&fx);
  fixture_init (&fx, 3, 1);
  g_clear_pointer (&analysis, ot_analysis_unref);
  analysis = run (&fx, &settings);
  g_assert_cmpuint (ot_analysis_get_minimum (analysis), ==, 3);

  /* Dominance limits looser than DESIGN.md's are taken as DESIGN.md's; stricter ones stay. */
  settings.rules.dominance_one = 0.9;
  settings.rules.dominance_two = 0.4;
  g_clear_pointer (&analysis, ot_analysis_unref);
  analysis = run (&fx, &settings);
  g_assert_cmpfloat (ot_analysis_get_settings (analysis)->rules.dominance_one, ==, OT_DISCLOSURE_MAX_DOMINANCE_ONE);
  g_assert_cmpfloat (ot_analysis_get_settings (analysis)->rules.dominance_two, ==, 0.4);
  ot_disclosure_rules_init (&settings.rules);

  /* Nonsense settings are refused, not turned into NaN figures. */
  settings.percentile = NAN;
  g_assert_null (ot_analysis_run (fx.input, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  ot_analysis_settings_init (&settings);
  settings.rules.dominance_one = 0;
  g_assert_null (ot_analysis_run (fx.input, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  ot_analysis_settings_init (&settings);
  settings.rules.p_pct = INFINITY;
  g_assert_null (ot_analysis_run (fx.input, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  fixture_clear (&fx);
}

static void
test_hand_computed (void)
{
  const double wages[] = { 20, 22, 24, 26, 28 };
  const double hours[] = { 100, 150, 100, 100, 200 };
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings settings;
  const OtFieldFigures *f;

  ot_analysis_settings_init (&settings);
  g_assert_true (ot_analysis_input_add_product (input, "ho", "HO", NULL));
  for (guint s = 0; s < 10; s++)
    {
      ot_analysis_input_add_submission (input);
      /* Values 1 … 10: P10 = 1.9, Q1 = 3.25, median 5.5, Q3 = 7.75, P90 = 9.1 (type 7). */
      g_assert_true (ot_analysis_input_set_value (input, s, "ho", "materiele_kosten_per_uur", 10 - s, NULL));
      if (s < 5)
        {
          g_assert_true (ot_analysis_input_set_value (input, s, "ho", "bruto_uurloon", wages[s], NULL));
          g_assert_true (ot_analysis_input_set_value (input, s, "ho", "uren_per_jaar", hours[s], NULL));
        }
    }
  analysis = ot_analysis_run (input, &settings, &error);
  g_assert_no_error (error);

  f = field_of (analysis, "ho", "bruto_uurloon");
  g_assert_cmpint (f->suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpuint (f->n, ==, 5);
  g_assert_cmpfloat (f->stat[OT_STAT_Q1].value, ==, 22);
  g_assert_cmpfloat (f->stat[OT_STAT_MEDIAN].value, ==, 24);
  g_assert_cmpfloat (f->stat[OT_STAT_Q3].value, ==, 26);
  g_assert_cmpfloat (f->stat[OT_STAT_MEAN].value, ==, 24);
  /* 15900 / 650 = 24.4615… → 24.45 */
  g_assert_cmpfloat (f->stat[OT_STAT_WEIGHTED_MEAN].value, ==, 24.45);
  g_assert_false (f->stat[OT_STAT_P10].present);
  g_assert_false (f->stat[OT_STAT_P90].present);

  f = field_of (analysis, "ho", "materiele_kosten_per_uur");
  g_assert_cmpuint (f->n, ==, 10);
  g_assert_cmpfloat (f->stat[OT_STAT_P10].value, ==, 1.9);
  g_assert_cmpfloat (f->stat[OT_STAT_Q1].value, ==, 3.25);
  g_assert_cmpfloat (f->stat[OT_STAT_MEDIAN].value, ==, 5.5);
  g_assert_cmpfloat (f->stat[OT_STAT_Q3].value, ==, 7.75);
  g_assert_cmpfloat (f->stat[OT_STAT_P90].value, ==, 9.1);
  g_assert_cmpfloat (f->stat[OT_STAT_MEAN].value, ==, 5.5);
  /* Only five of the ten have a weight. */
  g_assert_cmpint (f->stat[OT_STAT_WEIGHTED_MEAN].suppression, ==, OT_SUPPRESSION_NONE);
  /* (10·100 + 9·150 + 8·100 + 7·100 + 6·200) / 650 = 7.769… → 7.75 */
  g_assert_cmpfloat (f->stat[OT_STAT_WEIGHTED_MEAN].value, ==, 7.75);
}

static void
test_field_threshold_and_model (void)
{
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  const OtProductAnalysis *ho;
  const OtFieldFigures *ort;

  fixture_init (&fx, 8, 1);
  /* No submission gives ORT: the model counts it as absent and is shown in full. */
  analysis = run (&fx, NULL);
  ho = ot_analysis_find_product (analysis, "ho");
  g_assert_true (ho->model.present);
  g_assert_cmpint (ho->model.total.suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_true (isfinite (ho->model.total.value));
  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    g_assert_cmpint (ho->model.part[p].suppression, ==, OT_SUPPRESSION_NONE);
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* n = minimum − 1 give ORT: the field is hidden, with every part computed from it. */
  for (guint s = 0; s < 4; s++)
    put (&fx, s, "ho", "ort_pct", 0.101234 + 0.01 * s);
  analysis = run (&fx, NULL);
  ort = field_of (analysis, "ho", "ort_pct");
  g_assert_cmpint (ort->suppression, ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_cmpuint (ort->n, ==, 0);
  for (guint s = 0; s < OT_N_STATS; s++)
    {
      g_assert_false (ort->stat[s].present);
      g_assert_true (isnan (ort->stat[s].value));
    }
  ho = ot_analysis_find_product (analysis, "ho");
  g_assert_cmpint (ho->model.total.suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (ho->model.part[OT_COST_PART_OPSLAGEN].suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (ho->model.part[OT_COST_PART_RISICO].suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (ho->model.part[OT_COST_PART_LOON].suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (ho->model.part[OT_COST_PART_MATERIEEL].suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (ho->model.part[OT_COST_PART_REIS].suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_true (isnan (ho->model.total.value));
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* n = minimum: shown, and so is the model. */
  put (&fx, 4, "ho", "ort_pct", 0.141234);
  analysis = run (&fx, NULL);
  ort = field_of (analysis, "ho", "ort_pct");
  g_assert_cmpint (ort->suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpuint (ort->n, ==, 5);
  ho = ot_analysis_find_product (analysis, "ho");
  g_assert_cmpint (ho->model.total.suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (ho->model.part[OT_COST_PART_OPSLAGEN].suppression, ==, OT_SUPPRESSION_NONE);
  fixture_clear (&fx);
}

static void
test_model_from_medians (void)
{
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  const OtProductAnalysis *ho;
  double sum = 0, expected;

  fixture_init (&fx, 5, 1);
  analysis = run (&fx, NULL);
  ho = ot_analysis_find_product (analysis, "ho");
  /* The median submission is s = 2 for every component (all rise with s); productivity is
   * derived: 1 − (0.081234 + 0.055456 + 0.021111 + 0.031234 + 0.021234) = 0.789731. */
  {
    double bruto = 24.85, surcharges = 0.081 + 0.083, charges = 0.257, other = 1.45;
    double productivity = 0.79, direct;

    direct = (bruto * (1 + surcharges) * (1 + charges) + other) / productivity + 1.9 + 0.9;
    expected = direct * (1 + 0.131) * (1 + 0.021);
  }
  g_assert_cmpfloat_with_epsilon (ho->model.total.value, expected, 0.026);
  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    sum += ho->model.part[p].value;
  /* Parts are rounded one by one. */
  g_assert_cmpfloat_with_epsilon (sum, ho->model.total.value, 0.05 * OT_COST_N_PARTS);
  g_assert_cmpfloat (ho->model.stated_median.value, ==, 50.9);   /* 48.123456 + 2.8 → 50.90 */
  g_assert_cmpint (field_of (analysis, "ho", "productiviteit_pct")->n, ==, 5);
  g_assert_cmpfloat (field_of (analysis, "ho", "productiviteit_pct")->stat[OT_STAT_MEDIAN].value, ==, 0.79);
  fixture_clear (&fx);
}

static void
set_hours (Fixture      *fx,
           const char   *product,
           const double *hours,
           guint         n)
{
  for (guint s = 0; s < n; s++)
    put (fx, s, product, "uren_per_jaar", hours[s]);
}

static void
test_dominance_and_secondary (void)
{
  const double dominant[] = { 1225, 5100, 1225, 1225, 1225 };     /* one provider: 51 % */
  const double two[] = { 466, 4600, 467, 4000, 467 };              /* two providers: 86 % */
  const double balanced[] = { 10000, 10000, 10000, 10000, 10000 };
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  const OtProductAnalysis *ho, *bg;

  fixture_init (&fx, 5, 2);
  set_hours (&fx, "ho", dominant, 5);
  set_hours (&fx, "bg", balanced, 5);
  analysis = run (&fx, NULL);
  ho = ot_analysis_find_product (analysis, "ho");
  bg = ot_analysis_find_product (analysis, "bg");

  g_assert_cmpint (field_of (analysis, "ho", "bruto_uurloon")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_cmpint (field_of (analysis, "ho", "bruto_uurloon")->stat[OT_STAT_MEDIAN].suppression,
                   ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (field_of (analysis, "bg", "bruto_uurloon")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_NONE);
  /* Hours are a size figure: no spread, only the volume, under dominance. */
  g_assert_null (field_of (analysis, "ho", "uren_per_jaar"));
  g_assert_cmpint (ho->volume.suppression, ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_true (isnan (ho->volume.value));
  /* The regional total is safe and shown, so total − bg would give ho: bg goes too. */
  g_assert_cmpint (ot_analysis_get_volume_total (analysis)->suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpfloat (ot_analysis_get_volume_total (analysis)->value, ==, 60000);
  g_assert_cmpint (bg->volume.suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_true (isnan (bg->volume.value));
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* Two providers with 86 % of the weight. */
  set_hours (&fx, "ho", two, 5);
  analysis = run (&fx, NULL);
  g_assert_cmpint (field_of (analysis, "ho", "kostprijs_per_uur")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_cmpint (ot_analysis_find_product (analysis, "ho")->volume.suppression,
                   ==, OT_SUPPRESSION_DOMINANCE);
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* Balanced everywhere: everything shown. */
  set_hours (&fx, "ho", balanced, 5);
  analysis = run (&fx, NULL);
  g_assert_cmpint (ot_analysis_find_product (analysis, "ho")->volume.suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (ot_analysis_find_product (analysis, "bg")->volume.suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpfloat (ot_analysis_find_product (analysis, "bg")->volume.value, ==, 50000);
  fixture_clear (&fx);
}

static void
test_p_rule (void)
{
  const double hours[] = { 60, 480, 60, 340, 60 };   /* 48 %, 82 %: no dominance; R = 180 */
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  OtAnalysisSettings settings;

  ot_analysis_settings_init (&settings);
  fixture_init (&fx, 5, 1);
  set_hours (&fx, "ho", hours, 5);

  analysis = run (&fx, &settings);
  g_assert_cmpint (field_of (analysis, "ho", "bruto_uurloon")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_NONE);
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* p = 40: the runner-up estimates the largest weight (480) within 180 < 192. */
  settings.rules.p_rule = TRUE;
  settings.rules.p_pct = 40;
  analysis = run (&fx, &settings);
  g_assert_cmpint (field_of (analysis, "ho", "bruto_uurloon")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_cmpint (ot_analysis_find_product (analysis, "ho")->volume.suppression,
                   ==, OT_SUPPRESSION_DOMINANCE);
  g_clear_pointer (&analysis, ot_analysis_unref);

  settings.rules.p_pct = 30;    /* 144 < 180: safe */
  analysis = run (&fx, &settings);
  g_assert_cmpint (field_of (analysis, "ho", "bruto_uurloon")->stat[OT_STAT_WEIGHTED_MEAN].suppression,
                   ==, OT_SUPPRESSION_NONE);
  fixture_clear (&fx);
}

static void
test_periodiek (void)
{
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  const OtPeriodiekFigures *pd;
  const double tables[5][3] = { { 1, 1, 0 }, { 0, 2, 2 }, { 1, 0, 1 }, { 2, 1, 1 }, { 0, 1, 1 } };

  fixture_init (&fx, 5, 1);
  for (guint s = 0; s < 4; s++)
    g_assert_true (ot_analysis_input_set_periodiek (fx.input, s, tables[s], 3, NULL));
  analysis = run (&fx, NULL);
  pd = ot_analysis_get_periodiek (analysis);
  g_assert_cmpint (pd->suppression, ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_null (pd->share);
  g_assert_cmpuint (pd->n, ==, 0);
  g_clear_pointer (&analysis, ot_analysis_unref);

  g_assert_true (ot_analysis_input_set_periodiek (fx.input, 4, tables[4], 3, NULL));
  analysis = run (&fx, NULL);
  pd = ot_analysis_get_periodiek (analysis);
  /* Pooled FTE per step: 4, 5, 5 of 14. */
  g_assert_cmpint (pd->suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpuint (pd->n_steps, ==, 3);
  g_assert_cmpfloat (pd->share[0], ==, 0.286);
  g_assert_cmpfloat (pd->share[1], ==, 0.357);
  g_assert_cmpfloat (pd->share[2], ==, 0.357);
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* One provider with most of the staff. */
  g_assert_true (ot_analysis_input_set_periodiek (fx.input, 0, (double[]) { 10, 10, 0 }, 3, NULL));
  analysis = run (&fx, NULL);
  g_assert_cmpint (ot_analysis_get_periodiek (analysis)->suppression, ==, OT_SUPPRESSION_DOMINANCE);
  fixture_clear (&fx);
}

static void
test_proposal (void)
{
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  OtAnalysisSettings settings;
  const OtModelFigures *model;

  ot_analysis_settings_init (&settings);
  fixture_init (&fx, 8, 2);
  g_assert_true (ot_analysis_input_set_tariff (fx.input, "ho", 60.0, NULL));

  settings.proposal = OT_PROPOSAL_INDEX;
  settings.index_pct = 1.4;
  analysis = run (&fx, &settings);
  model = &ot_analysis_find_product (analysis, "ho")->model;
  g_assert_cmpfloat (model->tariff_current.value, ==, 60.0);
  g_assert_cmpfloat (model->tariff_proposed.value, ==, 60.84);
  /* Without a regional tariff, the providers' median current tariff: 47.123457 + 0.31 × 3.5. */
  model = &ot_analysis_find_product (analysis, "bg")->model;
  g_assert_cmpfloat (model->tariff_current.value, ==, 48.2);
  g_assert_cmpfloat (model->tariff_proposed.value, ==, 48.87);
  g_clear_pointer (&analysis, ot_analysis_unref);

  settings.proposal = OT_PROPOSAL_PERCENTILE;
  settings.percentile = 50;
  analysis = run (&fx, &settings);
  model = &ot_analysis_find_product (analysis, "ho")->model;
  g_assert_cmpfloat (model->tariff_proposed.value, ==, 53.0);    /* 48.123456 + 1.4 × 3.5 → 53.02 */
  g_clear_pointer (&analysis, ot_analysis_unref);

  /* P90 of eight is almost the highest cost price. */
  settings.percentile = 90;
  analysis = run (&fx, &settings);
  model = &ot_analysis_find_product (analysis, "ho")->model;
  g_assert_cmpint (model->tariff_proposed.suppression, ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_true (isnan (model->tariff_proposed.value));
  fixture_clear (&fx);
}

static void
test_input_errors (void)
{
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(GError) error = NULL;
  double steps[OT_ANALYSIS_MAX_STEPS + 1] = { 0 };
  const struct { const char *product; const char *key; double value; int code; } cases[] = {
    { "ho", "nonsense", 1, OT_ERROR_INVALID },
    { "ho", "cao", 1, OT_ERROR_INVALID },
    { "ho", "periodiek_verdeling", 1, OT_ERROR_INVALID },
    { "ho", "fte_uitvoerend", 1, OT_ERROR_INVALID },
    { NULL, "bruto_uurloon", 1, OT_ERROR_INVALID },
    { "xx", "bruto_uurloon", 1, OT_ERROR_NOT_FOUND },
    { "ho", "bruto_uurloon", -1, OT_ERROR_INVALID },
    { "ho", "bruto_uurloon", NAN, OT_ERROR_INVALID },
    { "ho", "bruto_uurloon", INFINITY, OT_ERROR_INVALID },
    { "ho", "uren_per_jaar", 1e300, OT_ERROR_INVALID },
  };

  g_assert_true (ot_analysis_input_add_product (input, "ho", "HO", NULL));
  g_assert_false (ot_analysis_input_add_product (input, "ho", "HO", &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  ot_analysis_input_add_submission (input);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (ot_analysis_input_set_value (input, 0, cases[i].product, cases[i].key,
                                                   cases[i].value, &error));
      g_assert_error (error, OT_ERROR, cases[i].code);
      g_clear_error (&error);
    }
  g_assert_false (ot_analysis_input_set_periodiek (input, 0, steps, G_N_ELEMENTS (steps), &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_clear_error (&error);
  steps[1] = -2;
  g_assert_false (ot_analysis_input_set_periodiek (input, 0, steps, 3, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ot_analysis_input_set_tariff (input, "xx", 50, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (isnan (ot_analysis_input_get_value (input, 0, 0, "productiviteit_pct")));
}

/* Walks the JSON: no "min"/"max" key anywhere, a hidden figure has no number and no n, and
 * collects every number for the leak check. */
static void
check_json_node (JsonNode *node,
                 GArray   *numbers)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      gboolean suppressed = json_object_has_member (object, "suppressed")
                            && json_object_get_boolean_member (object, "suppressed");

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *child = json_object_get_member (object, name);
          g_autofree char *lower = g_ascii_strdown (name, -1);

          g_assert_cmpstr (lower, !=, "min");
          g_assert_cmpstr (lower, !=, "max");
          g_assert_cmpstr (lower, !=, "minimum");
          g_assert_cmpstr (lower, !=, "maximum");
          if (suppressed)
            {
              g_assert_true (g_strv_contains ((const char *[]) { "suppressed", "reason", "key", "label", "unit", NULL }, name));
              g_assert_false (JSON_NODE_HOLDS_VALUE (child) && json_node_get_value_type (child) != G_TYPE_STRING
                              && json_node_get_value_type (child) != G_TYPE_BOOLEAN);
            }
          check_json_node (child, numbers);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        check_json_node (json_array_get_element (array, i), numbers);
    }
  else if (JSON_NODE_HOLDS_VALUE (node)
           && (json_node_get_value_type (node) == G_TYPE_DOUBLE
               || json_node_get_value_type (node) == G_TYPE_INT64))
    {
      double value = json_node_get_double (node);
      g_array_append_val (numbers, value);
    }
}

static void
assert_no_leak (const char *json,
                GArray     *recorded)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  check_json_node (json_parser_get_root (parser), numbers);
  g_assert_cmpuint (numbers->len, >, 50);

  for (guint i = 0; i < recorded->len; i++)
    {
      double input = g_array_index (recorded, double, i);
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint j = 0; j < numbers->len; j++)
        g_assert_cmpfloat (g_array_index (numbers, double, j), !=, input);
      g_ascii_formatd (text, sizeof text, "%.6f", input);
      g_assert_null (strstr (json, text));
    }
  /* Printed as rounded, with no binary noise. */
  g_assert_null (strstr (json, "00000000"));
  g_assert_null (strstr (json, "99999999"));
}

static void
test_json (void)
{
  Fixture fx = { 0 };
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autofree char *json = NULL;
  g_autofree char *compact = NULL;
  OtAnalysisSettings settings;
  const double dominant[] = { 1225.123, 9100.123, 1225.321, 1225.231, 1225.312, 1225.132, 1225.213 };

  ot_analysis_settings_init (&settings);
  settings.proposal = OT_PROPOSAL_INDEX;
  settings.index_pct = 1.4;
  /* Seven submissions: fewer than ten, so no value may show up as such. */
  fixture_init (&fx, 7, 2);
  put (&fx, 0, "ho", "bruto_uurloon", 37.123456);
  for (guint s = 0; s < 4; s++)
    put (&fx, s, "bg", "ort_pct", 0.101234 + 0.01 * s);
  set_hours (&fx, "ho", dominant, 7);
  analysis = run (&fx, &settings);

  json = ot_analysis_to_json (analysis, TRUE);
  compact = ot_analysis_to_json (analysis, FALSE);
  if (g_test_verbose ())
    g_printerr ("%s", json);
  assert_no_leak (json, fx.recorded);
  assert_no_leak (compact, fx.recorded);
  g_assert_null (strstr (json, "\"min\""));
  g_assert_null (strstr (json, "\"max\""));
  g_assert_null (strstr (json, "p10"));
  /* The hidden ORT field and the dominated figures carry a reason class. */
  g_assert_nonnull (strstr (compact, "\"key\":\"ort_pct\",\"label\":\"Onregelmatigheidstoeslag (ORT)\","
                                     "\"unit\":\"fraction\",\"suppressed\":true,\"reason\":\"too_few_submissions\"}"));
  g_assert_nonnull (strstr (compact, "\"weighted_mean\":{\"suppressed\":true,\"reason\":\"dominance\"}"));
  g_assert_nonnull (strstr (compact, "\"reason\":\"secondary\""));
  g_assert_nonnull (strstr (compact, "\"tariff_proposed\":"));
  g_assert_nonnull (strstr (compact, "\"submissions\":7"));
  fixture_clear (&fx);
}

/* Differencing: a second export without provider X (n − 1 submissions) next to the first.
 * Exactly, X = n·mean(n) − (n − 1)·mean(n − 1). What the rules do and do not stop:
 * - rounding: each mean is off by up to half a step (0.025 for euros), so the estimate of X
 *   is off by up to (2n − 1) · 0.025; X's exact figure is not recovered;
 * - the threshold keeps both exports at n ≥ 5, so no export shows X on its own;
 * - they do NOT stop an approximate recovery: with n = 6 the estimate lands within
 *   about ±0.28 of X. Preventing that needs a record of earlier publications (refuse an export
 *   whose submissions differ from an earlier one by fewer than the threshold), which lives
 *   with the store, not here; the adviser decides what to publish twice. */
static void
test_reconstruction (void)
{
  const double x = 37.123456;
  Fixture with = { 0 }, without = { 0 };
  g_autoptr(OtAnalysis) a = NULL;
  g_autoptr(OtAnalysis) b = NULL;
  double estimate;

  fixture_init (&with, 6, 1);
  put (&with, 5, "ho", "bruto_uurloon", x);
  fixture_init (&without, 5, 1);
  a = run (&with, NULL);
  b = run (&without, NULL);

  estimate = 6 * field_of (a, "ho", "bruto_uurloon")->stat[OT_STAT_MEAN].value
             - 5 * field_of (b, "ho", "bruto_uurloon")->stat[OT_STAT_MEAN].value;
  g_assert_cmpfloat (estimate, !=, x);
  g_assert_cmpfloat (fabs (estimate - x), <=, 11 * 0.025 + 1e-9);
  g_assert_cmpfloat (fabs (estimate - x), >, 1e-6);

  /* With one provider fewer still (n = 4) there is no second export at all. */
  {
    Fixture four = { 0 };
    g_autoptr(GError) error = NULL;
    OtAnalysisSettings settings;

    ot_analysis_settings_init (&settings);
    fixture_init (&four, 4, 1);
    g_assert_null (ot_analysis_run (four.input, &settings, &error));
    g_assert_error (error, OT_ERROR, OT_ERROR_DISCLOSURE);
    fixture_clear (&four);
  }
  fixture_clear (&with);
  fixture_clear (&without);
}

static void
test_confidential_outliers (void)
{
  /* Sorted 10 … 14, 30 and 1: Q1 = 10.5, Q3 = 13.5 (type 7, n = 7), fences 6 and 18. */
  const double wages[] = { 12, 30, 10, 13, 1, 11, 14 };
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(GArray) outliers = NULL;
  g_autoptr(GError) error = NULL;
  const OtConfidentialOutlier *o;
  double low, high;

  g_assert_true (ot_analysis_input_add_product (input, "ho", "HO", NULL));
  for (guint s = 0; s < G_N_ELEMENTS (wages); s++)
    {
      ot_analysis_input_add_submission (input);
      g_assert_true (ot_analysis_input_set_value (input, s, "ho", "bruto_uurloon", wages[s], NULL));
    }
  ot_analysis_input_add_submission (input);     /* gave no wage */
  outliers = ot_confidential_flag_outliers (input, "ho", "bruto_uurloon", &low, &high, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (low, ==, 6.0);
  g_assert_cmpfloat (high, ==, 18.0);
  g_assert_cmpuint (outliers->len, ==, 2);
  o = &g_array_index (outliers, OtConfidentialOutlier, 0);
  g_assert_cmpuint (o->submission, ==, 1);
  g_assert_cmpfloat (o->value, ==, 30);
  g_assert_cmpint (o->side, ==, OT_CONFIDENTIAL_OUTLIER_HIGH);
  o = &g_array_index (outliers, OtConfidentialOutlier, 1);
  g_assert_cmpuint (o->submission, ==, 4);
  g_assert_cmpint (o->side, ==, OT_CONFIDENTIAL_OUTLIER_LOW);
  g_clear_pointer (&outliers, g_array_unref);

  /* Three values: no quartiles worth the name, no flags. */
  outliers = ot_confidential_flag_outliers (input, "ho", "overhead_pct", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outliers->len, ==, 0);
  g_clear_pointer (&outliers, g_array_unref);

  g_assert_null (ot_confidential_flag_outliers (input, "xx", "bruto_uurloon", NULL, NULL, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ot_confidential_flag_outliers (input, "ho", "cao", NULL, NULL, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/refusal", test_refusal);
  g_test_add_func ("/analysis/hand-computed", test_hand_computed);
  g_test_add_func ("/analysis/field-threshold-and-model", test_field_threshold_and_model);
  g_test_add_func ("/analysis/model-from-medians", test_model_from_medians);
  g_test_add_func ("/analysis/dominance-and-secondary", test_dominance_and_secondary);
  g_test_add_func ("/analysis/p-rule", test_p_rule);
  g_test_add_func ("/analysis/periodiek", test_periodiek);
  g_test_add_func ("/analysis/proposal", test_proposal);
  g_test_add_func ("/analysis/input-errors", test_input_errors);
  g_test_add_func ("/analysis/json", test_json);
  g_test_add_func ("/analysis/reconstruction", test_reconstruction);
  g_test_add_func ("/analysis/confidential-outliers", test_confidential_outliers);
  return g_test_run ();
}
