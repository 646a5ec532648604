/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-analysis-report.c: times reading 100 stored rekentools, the analysis and both reports. */
#include "config.h"

#include <stdlib.h>

#include "ot-store-consultations.h"
#include "ot-test-support.h"
#include "analysis/ot-analysis-report.h"
#include "analysis/ot-analysis-source.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"

static const struct
{
  const char *key;
  double      centre;
  double      spread;
} fields[] = {
  { "bruto_uurloon", 24, 4 }, { "vakantiegeld_pct", 0.08, 0.005 }, { "eindejaarsuitkering_pct", 0.083, 0.005 },
  { "ort_pct", 0.06, 0.04 }, { "werkgeverslasten_pct", 0.27, 0.04 }, { "overige_personeelskosten_per_uur", 1.5, 0.8 },
  { "verlof_pct", 0.09, 0.02 }, { "ziekteverzuim_pct", 0.06, 0.02 }, { "scholing_pct", 0.02, 0.01 },
  { "overleg_pct", 0.04, 0.01 }, { "reistijd_pct", 0.03, 0.01 }, { "materiele_kosten_per_uur", 2, 1 },
  { "reiskosten_per_uur", 1, 0.5 }, { "overhead_pct", 0.13, 0.05 }, { "risico_opslag_pct", 0.02, 0.01 },
  { "kostprijs_per_uur", 55, 8 }, { "tarief_huidig", 52, 3 }, { "uren_per_jaar", 20000, 15000 },
};

static void
add_value (GArray     *values,
           const char *product,
           const char *key,
           double      number)
{
  OtSubmissionValueSpec spec = { 0 };

  spec.product_code = product;
  spec.field = g_intern_string (key);
  spec.has_number = TRUE;
  spec.number = number;
  spec.source = "bench";
  g_array_append_val (values, spec);
}

static gint64
fill_store (OtStore *store,
            guint    n_submissions)
{
  static const char * const codes[] = { "ho", "bg", NULL };
  static const char * const names[] = { "Hulp bij het huishouden", "Begeleiding individueel", NULL };
  OtConsultationSpec spec = { "Benchmark", 0, 0, NULL, 5, codes, names };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_consultation (store, &spec, &error);

  g_assert_no_error (error);
  for (guint s = 0; s < n_submissions; s++)
    {
      g_autofree char *name = g_strdup_printf ("Aanbieder %u", s);
      g_autofree char *file = g_strdup_printf ("rekentool_%u.xlsx", s);
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, file, -1);
      g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (OtSubmissionValueSpec));
      OtSubmissionSpec sub = { id, 0, file, sha, 1, FALSE, NULL, NULL };

      sub.organisation_id = ot_store_add_organisation (store, name, NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
      g_assert_no_error (error);
      for (guint step = 0; step < 12; step++)
        {
          g_autofree char *key = g_strdup_printf ("periodiek_trede_%u", step);

          add_value (values, NULL, key, g_rand_double_range (rand, 0, 3));
        }
      for (guint p = 0; codes[p] != NULL; p++)
        for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
          add_value (values, codes[p], fields[f].key,
                     fields[f].centre + fields[f].spread * g_rand_double_range (rand, -1, 1));
      ot_store_add_submission (store, &sub, (OtSubmissionValueSpec *) values->data, values->len, FALSE, &error);
      g_assert_no_error (error);
    }
  return id;
}

typedef struct
{
  gint64 load, analyse, pdf, xlsx;
} Times;

static void
run_once (OtStore    *store,
          gint64      id,
          const char *xlsx_path,
          Times      *times)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysisSource) source = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  OtAnalysisSettings settings;
  gint64 t0 = g_get_monotonic_time (), t1, t2, t3, t4;

  source = ot_analysis_source_load (store, id, 0, &error);
  t1 = g_get_monotonic_time ();
  ot_analysis_source_init_settings (source, &settings);
  settings.proposal = OT_PROPOSAL_INDEX;
  settings.index_pct = 1.4;
  analysis = ot_analysis_source_run (source, &settings, &error);
  report = ot_analysis_source_new_report (source, analysis);
  t2 = g_get_monotonic_time ();
  pdf = ot_analysis_render_pdf (report, &error);
  t3 = g_get_monotonic_time ();
  if (pdf == NULL || !ot_analysis_export_xlsx (report, xlsx_path, TRUE, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  t4 = g_get_monotonic_time ();
  times->load += t1 - t0;
  times->analyse += t2 - t1;
  times->pdf += t3 - t2;
  times->xlsx += t4 - t3;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 20;
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "bench.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = ot_store_open (db, &error);
  Times times = { 0 }, warm = { 0 };
  gint64 id;

  g_assert_no_error (error);
  runs = MAX (runs, 1);
  id = fill_store (store, 100);
  run_once (store, id, xlsx, &warm);   /* fonts and statement cache */
  for (guint i = 0; i < runs; i++)
    run_once (store, id, xlsx, &times);
  g_print ("100 submissions, 2 products, mean of %u runs:\n", runs);
  g_print ("  read from store   %6.1f ms\n", times.load / 1000.0 / runs);
  g_print ("  analysis + model  %6.1f ms\n", times.analyse / 1000.0 / runs);
  g_print ("  PDF report        %6.1f ms\n", times.pdf / 1000.0 / runs);
  g_print ("  XLSX report       %6.1f ms\n", times.xlsx / 1000.0 / runs);
  g_print ("  total             %6.1f ms\n", (times.load + times.analyse + times.pdf + times.xlsx) / 1000.0 / runs);
  g_clear_object (&store);
  ot_test_rmdir (dir);
  return 0;
}
