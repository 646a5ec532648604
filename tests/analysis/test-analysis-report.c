/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis-report.c: the bridge from the store, and the PDF and XLSX reports read back. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <zip.h>

#include "ot-error.h"
#include "ot-store-consultations.h"
#include "analysis/ot-analysis-report.h"
#include "analysis/ot-analysis-source.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"
#include "ot-test-support.h"
#include "test-analysis-report-fixture.h"

static OtAnalysisReport *
make_report (ReportFixture *fx,
             OtProposalKind proposal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysisSource) source = ot_analysis_source_load (fx->store, fx->consultation_id, 0, &error);
  g_autoptr(OtAnalysis) analysis = NULL;
  OtAnalysisSettings settings;

  g_assert_no_error (error);
  ot_analysis_source_init_settings (source, &settings);
  settings.proposal = proposal;
  settings.index_pct = 1.4;
  analysis = ot_analysis_source_run (source, &settings, &error);
  g_assert_no_error (error);
  return ot_analysis_source_new_report (source, analysis);
}

static char *
zip_read (const char *path,
          const char *name)
{
  int err = 0;
  zip_t *archive = zip_open (path, ZIP_RDONLY, &err);
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_nonnull (archive);
  if (zip_stat (archive, name, 0, &st) != 0)
    {
      zip_close (archive);
      return NULL;
    }
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (archive, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  zip_close (archive);
  return data;
}

/* The store lists submissions by name; the input must not keep that or the import order. */
static void
test_source_order (void)
{
  ReportFixture a, b;
  g_autoptr(OtAnalysisSource) sa = NULL;
  g_autoptr(OtAnalysisSource) sb = NULL;
  const OtAnalysisInput *ia, *ib;
  gboolean sorted_by_wage = TRUE;

  report_fixture_init (&a, 8, 5, NULL, FALSE);
  report_fixture_init (&b, 8, 5, NULL, TRUE);
  sa = ot_analysis_source_load (a.store, a.consultation_id, 0, NULL);
  sb = ot_analysis_source_load (b.store, b.consultation_id, 0, NULL);
  g_assert_nonnull (sa);
  g_assert_nonnull (sb);
  ia = ot_analysis_source_get_input (sa);
  ib = ot_analysis_source_get_input (sb);
  g_assert_cmpuint (ot_analysis_input_get_n_submissions (ia), ==, 8);
  g_assert_cmpuint (ot_analysis_input_get_n_products (ia), ==, 2);
  g_assert_cmpuint (ot_analysis_source_get_minimum (sa), ==, 5);
  for (guint i = 0; i < 8; i++)
    {
      double wa = ot_analysis_input_get_value (ia, i, 0, "bruto_uurloon");

      g_assert_false (isnan (wa));
      g_assert_cmpfloat (wa, ==, ot_analysis_input_get_value (ib, i, 0, "bruto_uurloon"));
      g_assert_cmpfloat (ot_analysis_input_get_value (ia, i, 1, "overhead_pct"), ==,
                         ot_analysis_input_get_value (ib, i, 1, "overhead_pct"));
      if (i > 0 && wa < ot_analysis_input_get_value (ia, i - 1, 0, "bruto_uurloon"))
        sorted_by_wage = FALSE;
    }
  /* A hash order, not a sort on a figure either (which would still be a per-provider order). */
  g_assert_false (sorted_by_wage);
  /* The adviser's confidential view can still tell who is who, from the source alone. */
  for (guint i = 0; i < 8; i++)
    {
      const char *name_a = ot_analysis_source_get_provider_name (sa, i);
      const char *name_b = ot_analysis_source_get_provider_name (sb, i);

      g_assert_nonnull (name_a);
      g_assert_true (g_str_has_prefix (name_b, name_a));
      g_assert_true (g_str_has_suffix (name_b, " Anders"));
    }
  report_fixture_clear (&a);
  report_fixture_clear (&b);
}

static void
test_source_values (void)
{
  ReportFixture fx;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysisSource) source = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  const OtProductAnalysis *ho, *bg;
  const OtPeriodiekFigures *periodiek;
  OtAnalysisSettings settings;

  report_fixture_init (&fx, 8, 6, NULL, FALSE);
  source = ot_analysis_source_load (fx.store, fx.consultation_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ot_analysis_source_get_title (source), ==, "Wmo-tarieven 2027");
  g_assert_cmpuint (ot_analysis_source_get_minimum (source), ==, 6);
  ot_analysis_source_init_settings (source, &settings);
  g_assert_cmpuint (settings.rules.min_submissions, ==, 6);
  /* A caller cannot loosen the consultation's promise. */
  settings.rules.min_submissions = 3;
  analysis = ot_analysis_source_run (source, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_analysis_get_minimum (analysis), ==, 6);

  ho = ot_analysis_find_product (analysis, "ho");
  bg = ot_analysis_find_product (analysis, "bg");
  g_assert_cmpstr (ho->name, ==, "Hulp bij het huishouden");
  /* The region's own tariff from the tariff table, exactly; bg has none and uses the median. */
  g_assert_cmpfloat (ho->model.tariff_current.value, ==, 51.37);
  g_assert_cmpint (bg->model.tariff_current.suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpfloat (bg->model.tariff_current.value, ==,
                     ot_product_analysis_get_field (bg, "tarief_huidig")->stat[OT_STAT_MEDIAN].value);
  g_assert_cmpuint (ot_product_analysis_get_field (ho, "bruto_uurloon")->n, ==, 8);
  g_assert_true (ho->model.present);
  /* Periodiek steps stored as periodiek_trede_N fields come back as a table of ten steps. */
  periodiek = ot_analysis_get_periodiek (analysis);
  g_assert_cmpint (periodiek->suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpuint (periodiek->n_steps, ==, 10);
  g_assert_cmpuint (periodiek->n, ==, 8);
  report_fixture_clear (&fx);
}

static void
test_title_naming_a_provider (void)
{
  ReportFixture fx;
  g_autoptr(OtAnalysisSource) source = NULL;

  report_fixture_init (&fx, 5, 5, "Terugkoppeling aan zorggroep QUETZALCOATL en anderen", FALSE);
  source = ot_analysis_source_load (fx.store, fx.consultation_id, 0, NULL);
  g_assert_cmpstr (ot_analysis_source_get_title (source), ==, "Marktconsultatie");
  g_assert_true (ot_analysis_source_names_someone (source, "bartholomeus quackenbush"));
  g_assert_true (ot_analysis_source_names_someone (source, "zie rekentool_quetzal_final_v2"));
  g_assert_false (ot_analysis_source_names_someone (source, "Hulp bij het huishouden"));
  g_clear_pointer (&source, ot_analysis_source_free);

  /* A person with no part in the consultation, such as the adviser, is not named either. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OtConsultation) consultation = NULL;
    OtConsultationSpec spec = { 0 };
    static const char * const codes[] = { "ho", NULL };
    gint64 id;

    ot_store_add_person (fx.store, "Gerrit Adviseursma", 0, "inkoopadviseur", NULL, &error);
    g_assert_no_error (error);
    spec.title = "Tarieven 2027, opgesteld door Gerrit Adviseursma";
    spec.product_codes = codes;
    id = ot_store_add_consultation (fx.store, &spec, &error);
    g_assert_no_error (error);
    source = ot_analysis_source_load (fx.store, id, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ot_analysis_source_get_title (source), ==, "Marktconsultatie");
    g_clear_pointer (&source, ot_analysis_source_free);

    /* Control characters would make the XLSX invalid XML; a page holds 200 characters. */
    {
      g_autofree char *long_title = g_strnfill (500, 'x');
      g_autofree char *title = g_strconcat ("Tarieven\x01\x1f 2027 ", long_title, NULL);

      spec.title = title;
      id = ot_store_add_consultation (fx.store, &spec, &error);
      g_assert_no_error (error);
      source = ot_analysis_source_load (fx.store, id, 0, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (ot_analysis_source_get_title (source), "Tarieven   2027 xxx"));
      g_assert_cmpuint (g_utf8_strlen (ot_analysis_source_get_title (source), -1), ==, 200);
    }
  }
  report_fixture_clear (&fx);
}

static void
test_refusal (void)
{
  ReportFixture fx;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysisSource) source = NULL;
  OtAnalysisSettings settings;

  report_fixture_init (&fx, 4, 5, NULL, FALSE);
  source = ot_analysis_source_load (fx.store, fx.consultation_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_analysis_source_get_n_submissions (source), ==, 4);
  ot_analysis_source_init_settings (source, &settings);
  g_assert_null (ot_analysis_source_run (source, &settings, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_DISCLOSURE);
  report_fixture_clear (&fx);
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static void
test_report_tables (void)
{
  ReportFixture fx;
  g_autoptr(OtAnalysisReport) report = NULL;
  const OtReportTable *fields = NULL, *parts = NULL;
  const OtReportCell *row;

  report_fixture_init (&fx, 8, 5, NULL, FALSE);
  report = make_report (&fx, OT_PROPOSAL_INDEX);
  g_assert_cmpstr (ot_analysis_report_get_title (report), ==, "Tariefanalyse Wmo-tarieven 2027");
  for (guint t = 0; t < ot_analysis_report_get_n_tables (report); t++)
    {
      const OtReportTable *table = ot_analysis_report_get_table (report, t);

      if (table->kind == OT_REPORT_TABLE_FIELDS && fields == NULL)
        fields = table;
      if (table->kind == OT_REPORT_TABLE_PARTS)
        parts = table;
    }
  g_assert_nonnull (fields);
  g_assert_nonnull (parts);
  /* Eight submissions: no P10/P90 columns, and never a minimum or a maximum. */
  g_assert_cmpuint (fields->n_columns, ==, 7);
  g_assert_cmpstr (fields->headers[3], ==, "Mediaan");
  for (guint c = 0; c < fields->n_columns; c++)
    {
      g_assert_null (strstr (fields->headers[c], "Min"));
      g_assert_null (strstr (fields->headers[c], "Max"));
    }
  row = g_ptr_array_index (fields->rows, 0);
  g_assert_cmpstr (row[0].text, ==, "Bruto uurloon (gemiddeld over de periodieken)");
  g_assert_cmpstr (row[1].text, ==, "8");
  g_assert_true (g_str_has_prefix (row[3].text, "€ "));
  /* Euros are rounded to five cents. */
  g_assert_cmpfloat (fabs (round (row[3].value * 20) - row[3].value * 20), <, 1e-9);
  g_assert_cmpuint (parts->rows->len, ==, OT_COST_N_PARTS + 1);
  g_assert_cmpuint (parts->n_columns, ==, 3);

  /* bg: three providers gave an ORT (threshold), one delivers most hours (dominance). */
  for (guint t = 0; t < ot_analysis_report_get_n_tables (report); t++)
    {
      const OtReportTable *table = ot_analysis_report_get_table (report, t);

      if (table->kind == OT_REPORT_TABLE_FIELDS && table->product == 1)
        fields = table;
    }
  row = g_ptr_array_index (fields->rows, 3);
  g_assert_cmpstr (row[0].text, ==, "Onregelmatigheidstoeslag (ORT)");
  for (guint c = 1; c < fields->n_columns; c++)
    {
      g_assert_cmpstr (row[c].text, ==, "–¹");
      g_assert_cmpint (row[c].suppression, ==, OT_SUPPRESSION_TOO_FEW);
      g_assert_true (isnan (row[c].value));
    }
  row = g_ptr_array_index (fields->rows, 0);
  g_assert_cmpstr (row[6].text, ==, "–²");
  g_assert_cmpstr (fields->headers[6], ==, "Gewogen gem.");
  /* The parts of bg cannot all show when one is hidden. */
  row = g_ptr_array_index (parts->rows, OT_COST_PART_OPSLAGEN);
  g_assert_cmpint (row[2].suppression, !=, OT_SUPPRESSION_NONE);
  {
    g_autoptr(GPtrArray) notes = ot_analysis_report_get_footnotes (report);

    g_assert_cmpuint (notes->len, >=, 2);
    g_assert_cmpstr (g_ptr_array_index (notes, 0), ==, "¹ Niet getoond: te weinig rekentools voor dit cijfer.");
  }
  report_fixture_clear (&fx);
}

static void
test_pdf (void)
{
  ReportFixture fx;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  report_fixture_init (&fx, 8, 5, NULL, FALSE);
  report = make_report (&fx, OT_PROPOSAL_INDEX);
  pdf = ot_analysis_render_pdf (report, &error);
  g_assert_no_error (error);
  text = report_fixture_pdf_text (pdf);
  assert_has (text, "Wmo-tarieven 2027");
  assert_has (text, "Inleiding en methode");
  assert_has (text, "Toegepaste regels voor anonimiteit");
  assert_has (text, "ten minste 5 aanbieders");
  assert_has (text, "Kostprijscomponenten per product");
  assert_has (text, "Hulp bij het huishouden");
  assert_has (text, "Begeleiding individueel");
  assert_has (text, "Mediaan");
  assert_has (text, "Bruto uurloon");
  assert_has (text, "Modelkostprijs");
  assert_has (text, "€ 51,37");
  assert_has (text, "Huidig tarief van de regio");
  assert_has (text, "Huidig tarief (mediaan van de opgegeven tarieven)");
  assert_has (text, "1,4 % index");
  assert_has (text, "Periodiekverdeling");
  assert_has (text, "pagina 1 van ");
  assert_has (text, "–¹");
  assert_has (text, "Toelichting bij weggelaten cijfers");
  assert_has (text, "Niet getoond: te weinig rekentools voor dit cijfer.");
  assert_has (text, "[title] Tariefanalyse Wmo-tarieven 2027");
  assert_has (text, "[author] \n");
  assert_has (text, "[subject] Geanonimiseerde analyse");

  /* Written safely: a second export without force leaves the first alone. */
  path = report_fixture_path (&fx, "analyse.pdf");
  g_assert_true (ot_analysis_export_pdf (report, path, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (ot_analysis_export_pdf (report, path, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (ot_analysis_export_pdf (report, path, TRUE, &error));
  g_assert_no_error (error);
  report_fixture_clear (&fx);
}

static void
test_xlsx (void)
{
  ReportFixture fx;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *core = NULL;
  g_autofree char *chart = NULL;
  g_autofree char *sheet = NULL;

  report_fixture_init (&fx, 8, 5, NULL, FALSE);
  report = make_report (&fx, OT_PROPOSAL_INDEX);
  path = report_fixture_path (&fx, "analyse.xlsx");
  g_assert_true (ot_analysis_export_xlsx (report, path, FALSE, &error));
  g_assert_no_error (error);

  workbook = zip_read (path, "xl/workbook.xml");
  assert_has (workbook, "name=\"Analyse\"");
  assert_has (workbook, "name=\"Grafiek\"");
  assert_has (workbook, "name=\"Toelichting\"");
  g_assert_null (strstr (workbook, "definedName"));
  g_assert_null (strstr (workbook, "state=\"hidden\""));
  strings = zip_read (path, "xl/sharedStrings.xml");
  assert_has (strings, "Mediaan");
  assert_has (strings, "Bruto uurloon (gemiddeld over de periodieken)");
  assert_has (strings, "Drempel: een cijfer wordt alleen getoond als ten minste 5 aanbieders");
  core = zip_read (path, "docProps/core.xml");
  assert_has (core, "<dc:title>Tariefanalyse Wmo-tarieven 2027</dc:title>");
  /* libxlsxwriter writes the author element, empty when no author was set. */
  assert_has (core, "<dc:creator></dc:creator>");
  assert_has (core, "<cp:lastModifiedBy></cp:lastModifiedBy>");
  /* A native chart: a stacked column over the parts table on the Analyse sheet. */
  chart = zip_read (path, "xl/charts/chart1.xml");
  g_assert_nonnull (chart);
  assert_has (chart, "<c:barChart>");
  assert_has (chart, "<c:grouping val=\"stacked\"/>");
  assert_has (chart, "Analyse!$B$");
  /* Only ho has a complete model cost price: bg's hidden parts would shrink its stack. */
  assert_has (strings, "Gegevens voor de grafiek");
  g_assert_null (strstr (chart, "Analyse!$B$1:$C$"));
  sheet = zip_read (path, "xl/worksheets/sheet1.xml");
  g_assert_null (strstr (sheet, "hidden=\"1\""));
  g_assert_null (zip_read (path, "xl/comments1.xml"));

  g_assert_false (ot_analysis_export_xlsx (report, path, FALSE, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  report_fixture_clear (&fx);
}

/* Nothing but stated cost prices: no product has a model cost price, the chart has no data. */
static void
test_without_model (void)
{
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "leeg.xlsx", NULL);
  g_autofree char *strings = NULL;
  OtAnalysisSettings settings;

  g_assert_true (ot_analysis_input_add_product (input, "ho", "HO", NULL));
  for (guint s = 0; s < 5; s++)
    {
      ot_analysis_input_add_submission (input);
      g_assert_true (ot_analysis_input_set_value (input, s, "ho", "kostprijs_per_uur", 50.0 + s * 1.37, NULL));
    }
  ot_analysis_settings_init (&settings);
  analysis = ot_analysis_run (input, &settings, &error);
  g_assert_no_error (error);
  report = ot_analysis_report_new (analysis, NULL, NULL);
  g_assert_cmpstr (ot_analysis_report_get_consultation_title (report), ==, "Marktconsultatie");
  pdf = ot_analysis_render_pdf (report, &error);
  g_assert_no_error (error);
  g_assert_true (ot_analysis_export_xlsx (report, path, FALSE, &error));
  g_assert_no_error (error);
  strings = zip_read (path, "xl/sharedStrings.xml");
  assert_has (strings, "Van geen product wordt de hele modelkostprijs getoond.");
  {
    g_autofree char *workbook = zip_read (path, "xl/workbook.xml");

    assert_has (workbook, "name=\"Toelichting\"");
    g_assert_null (strstr (workbook, "Grafiek"));
  }
  ot_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/report/source-order", test_source_order);
  g_test_add_func ("/analysis/report/source-values", test_source_values);
  g_test_add_func ("/analysis/report/title-naming-a-provider", test_title_naming_a_provider);
  g_test_add_func ("/analysis/report/refusal", test_refusal);
  g_test_add_func ("/analysis/report/tables", test_report_tables);
  g_test_add_func ("/analysis/report/pdf", test_pdf);
  g_test_add_func ("/analysis/report/xlsx", test_xlsx);
  g_test_add_func ("/analysis/report/without-model", test_without_model);
  return g_test_run ();
}
