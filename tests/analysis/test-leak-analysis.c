/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-leak-analysis.c: nothing of a provider leaves in the analysis exports (DESIGN.md rule 6). */
#include "config.h"

#include <math.h>
#include <string.h>
#include <zip.h>

#include "ot-error.h"
#include "analysis/ot-analysis-json.h"
#include "analysis/ot-analysis-report.h"
#include "analysis/ot-analysis-source.h"
#include "ot-analysis-pdf.h"
#include "ot-analysis-xlsx.h"
#include "ot-test-support.h"
#include "test-analysis-report-fixture.h"

static char *
cli_path (void)
{
  return g_build_filename (ot_test_build_dir (), "src", "cli", "overlegtafel-cli", NULL);
}

/* Runs overlegtafel-cli on the fixture's database; returns the exit status. */
static int
run_cli (ReportFixture *fx,
         char         **out,
         char         **err,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fx->consultation_id);
  int status = -1;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, cli_path ());
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (fx->db_path));
  g_ptr_array_add (argv, g_strdup ("analyse"));
  g_ptr_array_add (argv, g_strdup ("--consultation"));
  g_ptr_array_add (argv, g_strdup (id));
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* libxlsxwriter always writes these elements; they must stay empty. */
static void
assert_empty_element (const char *data,
                      const char *element)
{
  g_autofree char *open = g_strdup_printf ("<%s>", element);
  const char *at = strstr (data, open);

  if (at != NULL && at[strlen (open)] != '<')
    g_error ("<%s> is not empty", element);
}

/* Every part of the package, whatever its name: properties, strings, sheets, charts, rels. */
static void
assert_xlsx_clean (ReportFixture *fx,
                   const char    *path)
{
  int err = 0;
  zip_t *archive = zip_open (path, ZIP_RDONLY, &err);
  zip_int64_t n;
  gboolean saw_core = FALSE, saw_app = FALSE, saw_strings = FALSE, saw_chart = FALSE;

  g_assert_nonnull (archive);
  n = zip_get_num_entries (archive, 0);
  g_assert_cmpint (n, >, 5);
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (archive, i, 0);
      g_autofree char *where = g_strdup_printf ("XLSX part %s", name);
      zip_stat_t st;
      zip_file_t *file;
      g_autofree char *data = NULL;

      g_assert_cmpint (zip_stat_index (archive, i, 0, &st), ==, 0);
      g_assert_cmpuint (st.size, <, 16 * 1024 * 1024);
      data = g_malloc0 (st.size + 1);
      file = zip_fopen_index (archive, i, 0);
      g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
      zip_fclose (file);
      report_fixture_assert_clean (fx, data, where);
      /* No defined names, no comments, no hidden rows, columns or sheets. */
      g_assert_null (strstr (data, "definedName"));
      g_assert_null (strstr (data, "hidden=\"1\""));
      g_assert_null (strstr (data, "state=\"hidden\""));
      g_assert_null (strstr (data, "state=\"veryHidden\""));
      g_assert_null (strstr (name, "comments"));
      g_assert_null (strstr (name, "vmlDrawing"));
      if (g_str_equal (name, "docProps/core.xml"))
        {
          saw_core = TRUE;
          g_assert_nonnull (strstr (data, "<dc:title>Tariefanalyse"));
          assert_empty_element (data, "dc:creator");
          assert_empty_element (data, "cp:lastModifiedBy");
          assert_empty_element (data, "cp:keywords");
          assert_empty_element (data, "dc:description");
        }
      if (g_str_equal (name, "docProps/app.xml"))
        {
          saw_app = TRUE;
          assert_empty_element (data, "Company");
          assert_empty_element (data, "Manager");
        }
      saw_strings |= g_str_equal (name, "xl/sharedStrings.xml");
      saw_chart |= g_str_has_prefix (name, "xl/charts/chart");
    }
  zip_close (archive);
  g_assert_true (saw_core && saw_app && saw_strings && saw_chart);
}

static void
test_leak (void)
{
  ReportFixture fx;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAnalysisSource) source = NULL;
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(OtAnalysisReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *json = NULL;
  g_autofree char *xlsx = NULL;
  OtAnalysisSettings settings;

  /* Eight providers: below ten, so no figure may equal one provider's exact input. */
  report_fixture_init (&fx, 8, 5, NULL, FALSE);
  source = ot_analysis_source_load (fx.store, fx.consultation_id, 0, &error);
  g_assert_no_error (error);
  ot_analysis_source_init_settings (source, &settings);
  settings.proposal = OT_PROPOSAL_INDEX;
  settings.index_pct = 1.4;
  analysis = ot_analysis_source_run (source, &settings, &error);
  g_assert_no_error (error);
  report = ot_analysis_source_new_report (source, analysis);

  pdf = ot_analysis_render_pdf (report, &error);
  g_assert_no_error (error);
  pdf_text = report_fixture_pdf_text (pdf);
  g_assert_nonnull (strstr (pdf_text, "Mediaan"));
  report_fixture_assert_clean (&fx, pdf_text, "PDF text or metadata");
  g_assert_nonnull (strstr (pdf_text, "[author] \n"));
  g_assert_nonnull (strstr (pdf_text, "[keywords] \n"));
  /* The raw file too: an unused string could hide in an uncompressed object. */
  raw = g_strndup (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  for (char *p = raw; p < raw + g_bytes_get_size (pdf); p++)
    if (*p == '\0')
      *p = ' ';
  report_fixture_assert_clean (&fx, raw, "PDF bytes");

  xlsx = report_fixture_path (&fx, "analyse.xlsx");
  g_assert_true (ot_analysis_export_xlsx (report, xlsx, FALSE, &error));
  g_assert_no_error (error);
  assert_xlsx_clean (&fx, xlsx);

  json = ot_analysis_to_json (analysis, TRUE);
  report_fixture_assert_clean (&fx, json, "JSON");
  g_assert_null (strstr (json, "\"min\""));
  g_assert_null (strstr (json, "\"max\""));
  report_fixture_clear (&fx);
}

/* The same through the command line, as an adviser would run it. */
static void
test_cli (void)
{
  ReportFixture fx;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *bad = NULL;

  report_fixture_init (&fx, 8, 5, NULL, FALSE);
  g_assert_cmpint (run_cli (&fx, &out, &err, "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"suppressed\""));
  g_assert_nonnull (strstr (out, "\"median\""));
  g_assert_null (strstr (out, "\"min\""));
  g_assert_null (strstr (out, "\"max\""));
  report_fixture_assert_clean (&fx, out, "CLI JSON");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  pdf = report_fixture_path (&fx, "rapport.pdf");
  xlsx = report_fixture_path (&fx, "rapport.xlsx");
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", pdf, "--index", "1.4", NULL), ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", xlsx, NULL), ==, 0);
  assert_xlsx_clean (&fx, xlsx);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* No overwrite without --force. */
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", xlsx, NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", xlsx, "--force", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  bad = report_fixture_path (&fx, "rapport.docx");
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", bad, NULL), ==, 2);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  report_fixture_clear (&fx);
}

/* Four accepted rekentools where five were promised: refused, and no file at all. */
static void
test_refusal (void)
{
  ReportFixture fx;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;

  report_fixture_init (&fx, 4, 5, NULL, FALSE);
  pdf = report_fixture_path (&fx, "rapport.pdf");
  xlsx = report_fixture_path (&fx, "rapport.xlsx");
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", pdf, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "5"));
  g_assert_nonnull (strstr (err, "4"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&fx, &out, &err, "-o", xlsx, NULL), ==, 1);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&fx, &out, &err, "--json", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  report_fixture_clear (&fx);
}

static double
published_mean_wage (ReportFixture *fx,
                     guint         *n)
{
  g_autoptr(OtAnalysisSource) source = ot_analysis_source_load (fx->store, fx->consultation_id, 0, NULL);
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(OtAnalysisReport) report = NULL;
  OtAnalysisSettings settings;

  ot_analysis_source_init_settings (source, &settings);
  analysis = ot_analysis_source_run (source, &settings, NULL);
  report = ot_analysis_source_new_report (source, analysis);
  for (guint t = 0; t < ot_analysis_report_get_n_tables (report); t++)
    {
      const OtReportTable *table = ot_analysis_report_get_table (report, t);
      const OtReportCell *row;

      if (table->kind != OT_REPORT_TABLE_FIELDS || table->product != 0)
        continue;
      row = g_ptr_array_index (table->rows, 0);
      g_assert_cmpstr (row[0].text, ==, "Bruto uurloon (gemiddeld over de periodieken)");
      g_assert_cmpstr (table->headers[5], ==, "Gemiddelde");
      *n = (guint) row[1].value;
      return row[5].value;
    }
  g_assert_not_reached ();
}

/* Differencing between two published reports: one over eight providers, one after the eighth
 * withdrew. From the printed means, X ≈ 8·mean₈ − 7·mean₇. What the rules do:
 * - rounding to € 0,05 leaves each mean up to € 0,025 off, so the estimate can be up to
 *   (8 + 7) · 0,025 = € 0,375 from X, and the exact figure is never recovered;
 * - the threshold stops the chain at five providers: with four left there is no report.
 * What they do not do: stop an estimate within about € 0,40. Only a record of what was
 * published before could, and that is the adviser's call (see test-analysis.c). */
static void
test_differencing (void)
{
  ReportFixture eight, seven, four;
  guint n8 = 0, n7 = 0;
  double mean8, mean7, estimate, exact;

  report_fixture_init (&eight, 8, 5, NULL, FALSE);
  report_fixture_init (&seven, 7, 5, NULL, FALSE);
  /* The same first seven providers, with the same figures. */
  g_assert_cmpfloat (eight.wage_ho[6], ==, seven.wage_ho[6]);
  exact = eight.wage_ho[7];
  mean8 = published_mean_wage (&eight, &n8);
  mean7 = published_mean_wage (&seven, &n7);
  g_assert_cmpuint (n8, ==, 8);
  g_assert_cmpuint (n7, ==, 7);
  estimate = n8 * mean8 - n7 * mean7;
  g_test_message ("provider's wage %.7f, estimate from two reports %.4f", exact, estimate);
  g_assert_cmpfloat (estimate, !=, exact);
  g_assert_cmpfloat (fabs (estimate - exact), <=, 15 * 0.025 + 1e-9);

  report_fixture_init (&four, 4, 5, NULL, FALSE);
  {
    g_autoptr(OtAnalysisSource) source = ot_analysis_source_load (four.store, four.consultation_id, 0, NULL);
    g_autoptr(GError) error = NULL;
    OtAnalysisSettings settings;

    ot_analysis_source_init_settings (source, &settings);
    g_assert_null (ot_analysis_source_run (source, &settings, &error));
    g_assert_error (error, OT_ERROR, OT_ERROR_DISCLOSURE);
  }
  report_fixture_clear (&four);
  report_fixture_clear (&seven);
  report_fixture_clear (&eight);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/leak/exports", test_leak);
  g_test_add_func ("/analysis/leak/cli", test_cli);
  g_test_add_func ("/analysis/leak/refusal", test_refusal);
  g_test_add_func ("/analysis/leak/differencing", test_differencing);
  return g_test_run ();
}
