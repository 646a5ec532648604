/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rekentool-import.c: importing free-form and third-party rekentools, deviations, duplicates and batches. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-error.h"
#include "ot-rekentool-fields.h"
#include "ot-test-support.h"
#include "rekentool-test-util.h"

static const char * const one_code[] = { "ho", NULL };
static const char * const one_name[] = { "Huishoudelijke ondersteuning", NULL };
static const char * const two_codes[] = { "ho", "hoplus", NULL };
static const char * const two_names[] = { "HO", "HO+", NULL };

/* A provider's own sheet: labels in its words, values beside or below them, units in between. */
static char *
write_free_form (RkFixture  *fx,
                 const char *name,
                 double      cost_price)
{
  char *path = rk_fixture_path (fx, name);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *lookup = workbook_add_worksheet (wb, "Tabellen");
  lxw_worksheet *intro = workbook_add_worksheet (wb, "Voorblad");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Onze kostprijs");

  /* A hidden lookup table comes first, but the visible sheet is what the provider filled in. */
  worksheet_write_string (lookup, 0, 0, "Bruto uurloon", NULL);
  worksheet_write_number (lookup, 0, 1, 99, NULL);
  worksheet_hide (lookup);
  worksheet_activate (intro);

  worksheet_write_string (intro, 0, 0, "Kostprijsberekening 2027, opgesteld door de controller", NULL);
  rk_write_free_form_rows (ws, "Zorggroep Noord", cost_price);
  worksheet_write_string (ws, 11, 0, "Reiskosten", NULL);
  worksheet_write_string (ws, 11, 1, "n.v.t.", NULL);
  worksheet_write_string (ws, 13, 0, "Aantal cliënten", NULL);
  worksheet_write_string (ws, 13, 1, "1.250", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static const OtRekentoolValue *
expect_value (OtRekentoolReport *report,
              const char        *product,
              const char        *key,
              double             number)
{
  const OtRekentoolValue *v = ot_rekentool_report_find_value (report, product, key);

  if (v == NULL)
    g_error ("%s not found", key);
  g_assert_true (v->has_number);
  g_assert_cmpfloat_with_epsilon (v->number, number, 1e-9);
  return v;
}

static void
test_labels_free_form (void)
{
  RkFixture fx = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  const OtRekentoolValue *v;

  rk_fixture_set_up (&fx, one_code, one_name);
  path = write_free_form (&fx, "eigen.xlsx", 45.0);
  report = ot_rekentool_import_file (fx.store, fx.consultation, path, NULL);
  g_assert_cmpstr (ot_rekentool_report_get_reason (report), ==, NULL);
  g_assert_cmpstr (ot_rekentool_report_get_provider (report), ==, "Zorggroep Noord");
  g_assert_cmpuint (ot_rekentool_report_get_template_version (report), ==, 0);

  v = expect_value (report, "ho", "bruto_uurloon", 24.75);
  g_assert_cmpint (v->source, ==, OT_REKENTOOL_SOURCE_LABEL);
  g_assert_cmpstr (v->detail, ==, "Bruto uurloon");
  g_assert_cmpstr (v->sheet, ==, "Onze kostprijs");
  g_assert_cmpstr (v->label_cell, ==, "A4");
  g_assert_cmpstr (v->cell, ==, "C4");
  expect_value (report, "ho", "ziekteverzuim_pct", 0.065);
  expect_value (report, "ho", "vakantiegeld_pct", 0.08);
  expect_value (report, "ho", "overhead_pct", 0.12);
  expect_value (report, "ho", "werkgeverslasten_pct", 0.25);
  v = expect_value (report, "ho", "productiviteit_pct", 0.8);
  g_assert_cmpstr (v->cell, ==, "A10");
  /* Dutch thousands separators in text. */
  expect_value (report, "ho", "uren_per_jaar", 12000);
  expect_value (report, NULL, "aantal_clienten", 1250);
  /* "n.v.t." beside a figure's label is no value. */
  g_assert_null (ot_rekentool_report_find_value (report, "ho", "reiskosten_per_uur"));
  g_assert_cmpint (ot_rekentool_report_get_submission_id (report), >, 0);
  rk_fixture_tear_down (&fx);
}

static void
test_labels_per_product_sheet (void)
{
  RkFixture fx = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  lxw_workbook *wb;
  const char *sheets[] = { "HO", "HO+" };

  rk_fixture_set_up (&fx, two_codes, two_names);
  path = rk_fixture_path (&fx, "twee.xlsx");
  wb = workbook_new (path);
  for (guint i = 0; i < 2; i++)
    {
      lxw_worksheet *ws = workbook_add_worksheet (wb, sheets[i]);

      worksheet_write_string (ws, 0, 0, "Uurloon", NULL);
      worksheet_write_number (ws, 0, 1, 20 + i, NULL);
    }
  workbook_close (wb);
  report = ot_rekentool_import_file (fx.store, fx.consultation, path,
                                     &(OtRekentoolOptions) { .organisation = "Zorg Twee" });
  g_assert_cmpstr (ot_rekentool_report_get_reason (report), ==, NULL);
  g_assert_cmpstr (ot_rekentool_report_get_provider (report), ==, "Zorg Twee");
  expect_value (report, "ho", "bruto_uurloon", 20);
  expect_value (report, "hoplus", "bruto_uurloon", 21);
  rk_fixture_tear_down (&fx);
}

static void
test_mapping (void)
{
  RkFixture fx = { 0 };
  g_autofree char *mapping_path = g_build_filename (ot_test_source_dir (), "data", "mappings",
                                                    "voorbeeld-kostprijsmodel-v3.mapping", NULL);
  g_autofree char *path = NULL;
  g_autofree char *bad = NULL;
  g_autoptr(OtRekentoolMapping) mapping = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  g_autoptr(GError) error = NULL;
  lxw_workbook *wb;
  lxw_worksheet *general, *calc;
  const OtRekentoolValue *v;

  rk_fixture_set_up (&fx, one_code, one_name);
  mapping = ot_rekentool_mapping_load (mapping_path, &error);
  g_assert_no_error (error);
  path = rk_fixture_path (&fx, "derde.xlsx");
  wb = workbook_new (path);
  general = workbook_add_worksheet (wb, "Algemeen");
  calc = workbook_add_worksheet (wb, "Berekening");
  /* Codes instead of labels: only the mapping knows what they are. */
  worksheet_write_string (general, 2, 1, "A01", NULL);
  worksheet_write_string (general, 2, 2, "Zorg Derde", NULL);
  worksheet_write_string (general, 3, 2, "vvt", NULL);
  worksheet_write_string (calc, 4, 1, "K01", NULL);
  worksheet_write_number (calc, 4, 3, 22.0, NULL);
  worksheet_write_number (calc, 5, 3, 0.08, NULL);
  worksheet_write_string (calc, 7, 3, "22,5%", NULL);
  worksheet_write_number (calc, 11, 3, 75, NULL);
  worksheet_write_number (calc, 16, 3, 40, NULL);
  workbook_close (wb);

  report = ot_rekentool_import_file (fx.store, fx.consultation, path, &(OtRekentoolOptions) { .mapping = mapping });
  g_assert_cmpstr (ot_rekentool_report_get_reason (report), ==, NULL);
  g_assert_cmpstr (ot_rekentool_report_get_provider (report), ==, "Zorg Derde");
  g_assert_cmpstr (ot_rekentool_report_find_value (report, NULL, "cao")->text, ==, "VVT");
  v = expect_value (report, "ho", "bruto_uurloon", 22.0);
  g_assert_cmpint (v->source, ==, OT_REKENTOOL_SOURCE_MAPPING);
  g_assert_cmpstr (v->sheet, ==, "Berekening");
  g_assert_cmpstr (v->cell, ==, "D5");
  g_assert_cmpstr (v->detail, ==, "Kostprijsmodel Wmo v3");
  expect_value (report, "ho", "werkgeverslasten_pct", 0.225);
  expect_value (report, "ho", "productiviteit_pct", 0.75);

  /* A mapping naming a field that is not one is refused whole. */
  bad = rk_fixture_path (&fx, "bad.mapping");
  g_file_set_contents (bad, "[Product]\nbruto_loon=Blad1!B2\n", -1, NULL);
  g_assert_null (ot_rekentool_mapping_load (bad, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  rk_fixture_tear_down (&fx);
}

static void
test_deviation (void)
{
  RkFixture fx = { 0 };
  g_autofree char *near = NULL;
  g_autofree char *far = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  g_autoptr(OtRekentoolReport) flagged = NULL;
  g_autoptr(OtRekentoolReport) lenient = NULL;
  const OtRekentoolValue *model;
  double expected;

  rk_fixture_set_up (&fx, one_code, one_name);
  /* 24.75 × 1.08 × 1.25 / 0.8 × 1.12: no other components. */
  expected = 24.75 * 1.08 * 1.25 / 0.8 * 1.12;
  near = write_free_form (&fx, "near.xlsx", expected * 1.04);
  far = write_free_form (&fx, "far.xlsx", expected * 1.2);
  report = ot_rekentool_read_file (fx.consultation, near, NULL);
  model = ot_rekentool_report_find_value (report, "ho", "model_kostprijs_per_uur");
  g_assert_nonnull (model);
  g_assert_cmpint (model->source, ==, OT_REKENTOOL_SOURCE_COMPUTED);
  g_assert_cmpfloat_with_epsilon (model->number, expected, 1e-9);
  g_assert_null (ot_rekentool_report_find_value (report, "ho", "kostprijs_per_uur")->warning);
  g_assert_cmpint (ot_rekentool_report_get_status (report), ==, OT_REKENTOOL_ACCEPTED);

  flagged = ot_rekentool_read_file (fx.consultation, far, NULL);
  g_assert_cmpint (ot_rekentool_report_get_status (flagged), ==, OT_REKENTOOL_ACCEPTED_WITH_WARNINGS);
  g_assert_nonnull (strstr (ot_rekentool_report_find_value (flagged, "ho", "kostprijs_per_uur")->warning,
                            "model cost price"));
  lenient = ot_rekentool_read_file (fx.consultation, far, &(OtRekentoolOptions) { .tolerance = 0.25 });
  g_assert_cmpint (ot_rekentool_report_get_status (lenient), ==, OT_REKENTOOL_ACCEPTED);
  rk_fixture_tear_down (&fx);
}

static void
test_range_warning (void)
{
  RkFixture fx = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  lxw_workbook *wb;
  lxw_worksheet *ws;
  const OtRekentoolValue *v;

  rk_fixture_set_up (&fx, one_code, one_name);
  path = rk_fixture_path (&fx, "range.xlsx");
  wb = workbook_new (path);
  ws = workbook_add_worksheet (wb, NULL);
  worksheet_write_string (ws, 0, 0, "Aanbieder", NULL);
  worksheet_write_string (ws, 0, 1, "Zorg Vreemd", NULL);
  worksheet_write_string (ws, 1, 0, "Uurloon", NULL);
  worksheet_write_number (ws, 1, 1, 95, NULL);
  worksheet_write_string (ws, 2, 0, "Overhead", NULL);
  worksheet_write_string (ws, 2, 1, "60%", NULL);
  workbook_close (wb);
  report = ot_rekentool_import_file (fx.store, fx.consultation, path, NULL);
  g_assert_cmpint (ot_rekentool_report_get_status (report), ==, OT_REKENTOOL_ACCEPTED_WITH_WARNINGS);
  v = expect_value (report, "ho", "bruto_uurloon", 95);
  g_assert_nonnull (strstr (v->warning, "plausible range of 10 to 60"));
  v = expect_value (report, "ho", "overhead_pct", 0.6);
  g_assert_nonnull (strstr (v->warning, "plausible range of 0 % to 50 %"));
  rk_fixture_tear_down (&fx);
}

static void
test_duplicates_and_replace (void)
{
  RkFixture fx = { 0 };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(OtRekentoolReport) a = NULL;
  g_autoptr(OtRekentoolReport) again = NULL;
  g_autoptr(OtRekentoolReport) newer = NULL;
  g_autoptr(OtRekentoolReport) replaced = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  rk_fixture_set_up (&fx, one_code, one_name);
  first = write_free_form (&fx, "v1.xlsx", 45);
  second = write_free_form (&fx, "v2.xlsx", 46);
  a = ot_rekentool_import_file (fx.store, fx.consultation, first, NULL);
  g_assert_cmpint (ot_rekentool_report_get_submission_id (a), >, 0);

  before = rk_db_checksum (fx.db_path);
  again = ot_rekentool_import_file (fx.store, fx.consultation, first, NULL);
  g_assert_cmpint (ot_rekentool_report_get_status (again), ==, OT_REKENTOOL_REJECTED);
  g_assert_cmpint (ot_rekentool_report_get_error_code (again), ==, OT_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (ot_rekentool_report_get_reason (again), "v1.xlsx"));
  g_assert_nonnull (strstr (ot_rekentool_report_get_reason (again), "already been imported"));
  newer = ot_rekentool_import_file (fx.store, fx.consultation, second, NULL);
  g_assert_cmpint (ot_rekentool_report_get_error_code (newer), ==, OT_ERROR_EXISTS);
  g_assert_nonnull (strstr (ot_rekentool_report_get_reason (newer), "Zorggroep Noord"));
  after = rk_db_checksum (fx.db_path);
  g_assert_cmpstr (before, ==, after);

  replaced = ot_rekentool_import_file (fx.store, fx.consultation, second, &(OtRekentoolOptions) { .replace = TRUE });
  g_assert_cmpint (ot_rekentool_report_get_status (replaced), ==, OT_REKENTOOL_ACCEPTED);
  g_assert_true (ot_rekentool_report_get_replaced (replaced));
  list = ot_store_list_submissions (fx.store, ot_consultation_get_id (fx.consultation), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(OtSubmission) s = g_list_model_get_item (list, 0);
    g_assert_cmpstr (ot_submission_get_file_name (s), ==, "v2.xlsx");
    g_assert_cmpstr (ot_submission_get_status (s), ==, "accepted");
  }
  rk_fixture_tear_down (&fx);
}

static void
test_report_json (void)
{
  RkFixture fx = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(OtRekentoolReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *o, *field;
  JsonArray *fields;

  rk_fixture_set_up (&fx, one_code, one_name);
  path = write_free_form (&fx, "json.xlsx", 60);
  report = ot_rekentool_import_file (fx.store, fx.consultation, path, NULL);
  node = ot_rekentool_report_to_json (report);
  o = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, "json.xlsx");
  g_assert_cmpstr (json_object_get_string_member (o, "status"), ==, "accepted_with_warnings");
  g_assert_true (json_object_get_null_member (o, "reason"));
  g_assert_cmpint (json_object_get_int_member (o, "submission_id"), ==, ot_rekentool_report_get_submission_id (report));
  fields = json_object_get_array_member (o, "fields");
  g_assert_cmpuint (json_array_get_length (fields), ==, ot_rekentool_report_get_n_values (report));
  field = json_array_get_object_element (fields, 1);
  g_assert_cmpstr (json_object_get_string_member (field, "source"), ==, "label");
  g_assert_cmpstr (json_object_get_string_member (field, "sheet"), ==, "Onze kostprijs");
  g_assert_true (json_object_has_member (field, "label_cell"));
  rk_fixture_tear_down (&fx);
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *reports;
  GError    *error;
  guint      progress_calls;
  guint      last_done;
} AsyncState;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpuint (total, ==, 3);
  g_assert_cmpuint (done, ==, state->last_done + 1);
  state->last_done = done;
  state->progress_calls++;
}

static void
batch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncState *state = user_data;

  state->reports = ot_rekentool_import_files_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_batch_async (void)
{
  RkFixture fx = { 0 };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *junk = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };
  const char *paths[4];

  rk_fixture_set_up (&fx, one_code, one_name);
  a = write_free_form (&fx, "a.xlsx", 45);
  b = write_free_form (&fx, "b.xlsx", 46);
  junk = rk_fixture_path (&fx, "junk.xlsx");
  g_file_set_contents (junk, "not a spreadsheet", -1, NULL);
  paths[0] = a, paths[1] = junk, paths[2] = b, paths[3] = NULL;
  state.loop = g_main_loop_new (NULL, FALSE);

  /* Cancelled before it ran: nothing stored. */
  before = rk_db_checksum (fx.db_path);
  g_cancellable_cancel (cancellable);
  ot_rekentool_import_files_async (fx.store, fx.consultation, paths, NULL, cancellable, progress_cb, &state, NULL,
                                   batch_done_cb, &state);
  g_main_loop_run (state.loop);
  g_assert_null (state.reports);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  after = rk_db_checksum (fx.db_path);
  g_assert_cmpstr (before, ==, after);

  /* One bad file does not stop the others; b.xlsx is the same provider, so it needs --replace. */
  state.progress_calls = state.last_done = 0;
  ot_rekentool_import_files_async (fx.store, fx.consultation, paths, &(OtRekentoolOptions) { .replace = TRUE },
                                   NULL, progress_cb, &state, NULL, batch_done_cb, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  /* Progress events are queued to this context before the result; let any stragglers run. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (state.progress_calls, ==, 3);
  g_assert_cmpuint (state.reports->len, ==, 3);
  g_assert_cmpint (ot_rekentool_report_get_status (g_ptr_array_index (state.reports, 0)), !=, OT_REKENTOOL_REJECTED);
  g_assert_cmpint (ot_rekentool_report_get_status (g_ptr_array_index (state.reports, 1)), ==, OT_REKENTOOL_REJECTED);
  g_assert_nonnull (strstr (ot_rekentool_report_get_reason (g_ptr_array_index (state.reports, 1)), "junk.xlsx"));
  g_assert_true (ot_rekentool_report_get_replaced (g_ptr_array_index (state.reports, 2)));
  g_ptr_array_unref (state.reports);
  g_main_loop_unref (state.loop);
  rk_fixture_tear_down (&fx);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rekentool/import/labels", test_labels_free_form);
  g_test_add_func ("/rekentool/import/labels-per-product", test_labels_per_product_sheet);
  g_test_add_func ("/rekentool/import/mapping", test_mapping);
  g_test_add_func ("/rekentool/import/deviation", test_deviation);
  g_test_add_func ("/rekentool/import/range", test_range_warning);
  g_test_add_func ("/rekentool/import/duplicates", test_duplicates_and_replace);
  g_test_add_func ("/rekentool/import/json", test_report_json);
  g_test_add_func ("/rekentool/import/batch-async", test_batch_async);
  return g_test_run ();
}
