/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-analysis.c: times the anonymised analysis of 100 generated submissions over 2 products. */
#include "config.h"

#include <stdlib.h>

#include "analysis/ot-analysis.h"
#include "analysis/ot-analysis-chart.h"
#include "analysis/ot-analysis-json.h"

static const char * const keys[] = {
  "bruto_uurloon", "vakantiegeld_pct", "eindejaarsuitkering_pct", "ort_pct", "werkgeverslasten_pct",
  "overige_personeelskosten_per_uur", "verlof_pct", "ziekteverzuim_pct", "scholing_pct",
  "overleg_pct", "reistijd_pct", "materiele_kosten_per_uur", "reiskosten_per_uur", "overhead_pct",
  "risico_opslag_pct", "kostprijs_per_uur", "tarief_huidig", "uren_per_jaar",
};
/* Plausible centre and spread per key, in the same order. */
static const double centre[] = { 24, 0.08, 0.083, 0.06, 0.27, 1.5, 0.09, 0.06, 0.02, 0.04, 0.03,
                                 2, 1, 0.13, 0.02, 55, 52, 20000 };
static const double spread[] = { 4, 0.005, 0.005, 0.04, 0.04, 0.8, 0.02, 0.02, 0.01, 0.01, 0.01,
                                 1, 0.5, 0.05, 0.01, 8, 3, 15000 };

static OtAnalysisInput *
generate (guint n_submissions)
{
  static const char * const codes[] = { "ho", "bg" };
  OtAnalysisInput *input = ot_analysis_input_new ();
  GRand *rand = g_rand_new_with_seed (20261123);

  ot_analysis_input_add_product (input, "ho", "Hulp bij het huishouden", NULL);
  ot_analysis_input_add_product (input, "bg", "Begeleiding individueel", NULL);
  for (guint s = 0; s < n_submissions; s++)
    {
      double periodiek[12];

      ot_analysis_input_add_submission (input);
      for (guint p = 0; p < G_N_ELEMENTS (codes); p++)
        for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
          ot_analysis_input_set_value (input, s, codes[p], keys[k],
                                       centre[k] + spread[k] * g_rand_double_range (rand, -1, 1), NULL);
      for (guint i = 0; i < G_N_ELEMENTS (periodiek); i++)
        periodiek[i] = g_rand_double_range (rand, 0, 3);
      ot_analysis_input_set_periodiek (input, s, periodiek, G_N_ELEMENTS (periodiek), NULL);
    }
  ot_analysis_input_set_tariff (input, "ho", 52.0, NULL);
  g_rand_free (rand);
  return input;
}

static void
run_once (const OtAnalysisInput     *input,
          const OtAnalysisSettings  *settings,
          cairo_t                   *cr,
          gint64                    *analyse_us,
          gint64                    *json_us,
          gint64                    *charts_us)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autofree char *json = NULL;
  cairo_rectangle_t area = { 0, 0, 760, 420 };
  gint64 t0 = g_get_monotonic_time (), t1, t2;

  analysis = ot_analysis_run (input, settings, &error);
  if (analysis == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  t1 = g_get_monotonic_time ();
  json = ot_analysis_to_json (analysis, TRUE);
  t2 = g_get_monotonic_time ();
  ot_analysis_draw_cost_bars (cr, &area, analysis);
  ot_analysis_draw_box_plot (cr, &area, analysis, "bruto_uurloon");
  ot_analysis_draw_box_plot (cr, &area, analysis, "kostprijs_per_uur");
  *charts_us += g_get_monotonic_time () - t2;
  *analyse_us += t1 - t0;
  *json_us += t2 - t1;
}

int
main (int   argc,
      char *argv[])
{
  guint64 runs = 50;
  g_autoptr(OtAnalysisInput) input = NULL;
  OtAnalysisSettings settings;
  gint64 analyse_us = 0, json_us = 0, charts_us = 0, generate_us;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (argc > 2 || (argc == 2 && !g_ascii_string_to_unsigned (argv[1], 10, 1, 100000, &runs, NULL)))
    {
      g_printerr ("usage: %s [RUNS=50]\n", argv[0]);
      return 2;
    }
  generate_us = g_get_monotonic_time ();
  input = generate (100);
  generate_us = g_get_monotonic_time () - generate_us;

  ot_analysis_settings_init (&settings);
  settings.proposal = OT_PROPOSAL_INDEX;
  settings.index_pct = 1.4;
  settings.rules.p_rule = TRUE;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 760, 420);
  cr = cairo_create (surface);
  for (guint64 i = 0; i < runs; i++)
    run_once (input, &settings, cr, &analyse_us, &json_us, &charts_us);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_print ("100 submissions, 2 products, %" G_GUINT64_FORMAT " runs\n", runs);
  g_print ("generate input: %.2f ms (once)\n", generate_us / 1000.0);
  g_print ("analysis:       %.3f ms per run\n", analyse_us / 1000.0 / runs);
  g_print ("json:           %.3f ms per run\n", json_us / 1000.0 / runs);
  g_print ("3 charts:       %.3f ms per run\n", charts_us / 1000.0 / runs);
  return 0;
}
