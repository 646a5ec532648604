/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-leak-analysis-import.c: rekentool files imported the real way, then exported: no name or exact figure leaks. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "ot-rekentool-import.h"
#include "ot-store-consultations.h"
#include "ot-test-support.h"
#include "analysis/ot-analysis-json.h"
#include "analysis/ot-analysis-source.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"
#include "test-analysis-report-fixture.h"

#define N_PROVIDERS 7

static const char * const providers[N_PROVIDERS] = {
  "Zorggroep Quetzalcoatl", "Thuiszorg Xylofoonhof", "Stichting Wervelwind Zuidoost",
  "Begeleidingshuis Kwikstaartje", "Huishoudhulp Ypsilanti", "Zorgcoöperatie Fjordenlicht",
  "Welzijn Zandvoort-Ozon",
};
static const char * const directors[N_PROVIDERS] = {
  "Bartholomeus Quackenbush", "Wilhelmina Zevenbergen", "Xaviera Ooijevaar", "Theodorus Knipscheer",
  "Jozefien Brouwkuip", "Cornelis Vlierboom", "Philippa Dwarsligger",
};

static const struct
{
  const char *key;
  double      centre;
  double      spread;
  gboolean    fraction;
} fields[] = {
  { "bruto_uurloon", 23.5, 3.0, FALSE }, { "vakantiegeld_pct", 0.08, 0.004, TRUE },
  { "eindejaarsuitkering_pct", 0.083, 0.008, TRUE }, { "ort_pct", 0.05, 0.03, TRUE },
  { "werkgeverslasten_pct", 0.27, 0.04, TRUE }, { "overige_personeelskosten_per_uur", 1.6, 0.6, FALSE },
  { "productiviteit_pct", 0.72, 0.05, TRUE }, { "materiele_kosten_per_uur", 1.8, 0.8, FALSE },
  { "reiskosten_per_uur", 1.2, 0.5, FALSE }, { "overhead_pct", 0.14, 0.04, TRUE },
  { "risico_opslag_pct", 0.025, 0.01, TRUE }, { "tarief_huidig", 49.0, 2.5, FALSE },
  { "uren_per_jaar", 18000, 8000, FALSE },
};

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  lxw_row_t      row;
} Sheet;

static void
put_name (Sheet      *sheet,
          const char *name)
{
  g_autofree char *formula = g_strdup_printf ("=Rekentool!$B$%u", sheet->row + 1);

  worksheet_write_string (sheet->ws, sheet->row, 0, name + strlen ("ovt_"), NULL);
  workbook_define_name (sheet->wb, name, formula);
}

static void
put_text (Sheet      *sheet,
          const char *name,
          const char *text)
{
  put_name (sheet, name);
  worksheet_write_string (sheet->ws, sheet->row++, 1, text, NULL);
}

static void
put_number (Sheet      *sheet,
            const char *name,
            double      value)
{
  put_name (sheet, name);
  worksheet_write_number (sheet->ws, sheet->row++, 1, value, NULL);
}

static double
odd_value (GRand  *rand,
           double  centre,
           double  spread)
{
  return round ((centre + spread * g_rand_double_range (rand, -1, 1)) * 1e6) / 1e6 + 0.0000013;
}

/* A rekentool as our template would be after filling in: the template's defined names. */
static void
write_rekentool (ReportFixture *fx,
                 const char    *path,
                 guint          k)
{
  static const char * const products[] = { "ho", "bg" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (99 + k);
  Sheet sheet = { workbook_new (path), NULL, 0 };

  sheet.ws = workbook_add_worksheet (sheet.wb, "Rekentool");
  put_number (&sheet, "ovt_template_version", 1);
  put_text (&sheet, "ovt_aanbieder_naam", providers[k]);
  put_text (&sheet, "ovt_bestuurder_naam", directors[k]);
  put_text (&sheet, "ovt_cao", "VVT");
  for (guint step = 0; step < 8; step++)
    {
      g_autofree char *name = g_strdup_printf ("ovt_periodiek_trede_%u", step);
      double fte = odd_value (rand, 1.5, 1.0);

      put_number (&sheet, name, fte);
      g_array_append_val (fx->inputs, fte);
    }
  for (guint p = 0; p < G_N_ELEMENTS (products); p++)
    {
      double model_inputs = 0;

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_autofree char *name = g_strdup_printf ("ovt_%s_%s", products[p], fields[f].key);
          double value = odd_value (rand, fields[f].centre, fields[f].spread);

          put_number (&sheet, name, value);
          g_array_append_val (fx->inputs, value);
          if (fields[f].fraction)
            g_array_append_val (fx->fractions, value);
          model_inputs += value;
        }
      /* A stated cost price near what the model gives, so no file is refused for it. */
      {
        g_autofree char *name = g_strdup_printf ("ovt_%s_kostprijs_per_uur", products[p]);
        double stated = odd_value (rand, 52, 4);

        put_number (&sheet, name, stated);
        g_array_append_val (fx->inputs, stated);
      }
    }
  g_assert_cmpint (workbook_close (sheet.wb), ==, LXW_NO_ERROR);
}

static void
test_imported (void)
{
  static const char * const codes[] = { "ho", "bg", NULL };
  static const char * const names[] = { "Hulp bij het huishouden", "Begeleiding individueel", NULL };
  ReportFixture fx = { 0 };
  OtConsultationSpec spec = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(OtAnalysisSource) source = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *xlsx = NULL;
  OtAnalysisSettings settings;
  OtRekentoolOptions options = { 0 };
  int err = 0;
  zip_t *archive;

  fx.dir = ot_test_mkdtemp ();
  fx.db_path = g_build_filename (fx.dir, "test.db", NULL);
  fx.store = ot_store_open (fx.db_path, &error);
  g_assert_no_error (error);
  fx.secrets = g_ptr_array_new_with_free_func (g_free);
  fx.inputs = g_array_new (FALSE, FALSE, sizeof (double));
  fx.fractions = g_array_new (FALSE, FALSE, sizeof (double));
  spec.title = "Wmo-tarieven 2027";
  spec.product_codes = codes;
  spec.product_names = names;
  fx.consultation_id = ot_store_add_consultation (fx.store, &spec, &error);
  g_assert_no_error (error);
  consultation = ot_store_get_consultation (fx.store, fx.consultation_id, &error);
  g_assert_no_error (error);

  for (guint k = 0; k < N_PROVIDERS; k++)
    {
      g_autofree char *file = g_strdup_printf ("rekentool_quetzal_final_%u.xlsx", k);
      g_autofree char *path = report_fixture_path (&fx, file);
      g_autoptr(OtRekentoolReport) imported = NULL;

      write_rekentool (&fx, path, k);
      imported = ot_rekentool_import_file (fx.store, consultation, path, &options);
      if (ot_rekentool_report_get_status (imported) == OT_REKENTOOL_REJECTED)
        g_error ("%s refused: %s", file, ot_rekentool_report_get_reason (imported));
      g_ptr_array_add (fx.secrets, g_strdup (providers[k]));
      g_ptr_array_add (fx.secrets, g_strdup (directors[k]));
      g_ptr_array_add (fx.secrets, g_strdup (file));
      g_ptr_array_add (fx.secrets, g_strdup (path));
    }

  source = ot_analysis_source_load (fx.store, fx.consultation_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_analysis_source_get_n_submissions (source), ==, N_PROVIDERS);
  ot_analysis_source_init_settings (source, &settings);
  analysis = ot_analysis_source_run (source, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_product_analysis_get_field (ot_analysis_find_product (analysis, "bg"), "overhead_pct")->n, ==,
                    N_PROVIDERS);
  g_assert_cmpuint (ot_analysis_get_periodiek (analysis)->n_steps, ==, 8);
  report = ot_analysis_source_new_report (source, analysis);

  pdf = ot_analysis_render_pdf (report, &error);
  g_assert_no_error (error);
  pdf_text = report_fixture_pdf_text (pdf);
  g_assert_nonnull (strstr (pdf_text, "Modelkostprijs"));
  report_fixture_assert_clean (&fx, pdf_text, "PDF of imported rekentools");
  json = ot_analysis_to_json (analysis, FALSE);
  report_fixture_assert_clean (&fx, json, "JSON of imported rekentools");

  xlsx = report_fixture_path (&fx, "analyse.xlsx");
  g_assert_true (ot_analysis_export_xlsx (report, xlsx, FALSE, &error));
  g_assert_no_error (error);
  archive = zip_open (xlsx, ZIP_RDONLY, &err);
  g_assert_nonnull (archive);
  for (zip_int64_t i = 0; i < zip_get_num_entries (archive, 0); i++)
    {
      zip_stat_t st;
      zip_file_t *file;
      g_autofree char *data = NULL;
      g_autofree char *where = g_strdup_printf ("XLSX part %s", zip_get_name (archive, i, 0));

      g_assert_cmpint (zip_stat_index (archive, i, 0, &st), ==, 0);
      data = g_malloc0 (st.size + 1);
      file = zip_fopen_index (archive, i, 0);
      g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
      zip_fclose (file);
      report_fixture_assert_clean (&fx, data, where);
    }
  zip_close (archive);
  report_fixture_clear (&fx);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/leak/imported-rekentools", test_imported);
  return g_test_run ();
}
