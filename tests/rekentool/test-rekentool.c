/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rekentool.c: consultations, the template round trip through other spreadsheet writers, and the import rules. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-error.h"
#include "ot-rekentool-fields.h"
#include "ot-test-support.h"
#include "rekentool-test-util.h"

static const char * const two_codes[] = { "ho", "hoplus", NULL };
static const char * const two_names[] = { "HO", "HO+", NULL };
static const char * const one_code[] = { "ho", NULL };

/* ---- store ---- */

static void
test_consultation_rules (void)
{
  RkFixture fx = { 0 };
  g_autoptr(GError) error = NULL;
  const char * const bad_code[] = { "HO", NULL };
  OtConsultationSpec spec = { .title = "T", .product_codes = one_code };
  g_autoptr(OtConsultation) c = NULL;
  int days = 0;

  rk_fixture_set_up (&fx, two_codes, two_names);
  g_assert_cmpuint (ot_consultation_get_min_submissions (fx.consultation), ==, 5);
  g_assert_cmpuint (ot_consultation_get_n_products (fx.consultation), ==, 2);
  g_assert_cmpstr (ot_consultation_get_product (fx.consultation, 1)->name, ==, "HO+");
  g_assert_true (ot_consultation_days_to_deadline (fx.consultation, "2026-11-23", &days));
  g_assert_cmpint (days, ==, 8);

  spec.min_submissions = 2;
  g_assert_cmpint (ot_store_add_consultation (fx.store, &spec, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  spec.min_submissions = 3;
  spec.product_codes = bad_code;
  g_assert_cmpint (ot_store_add_consultation (fx.store, &spec, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  spec.product_codes = one_code;
  spec.deadline = "2026-13-01";
  g_assert_cmpint (ot_store_add_consultation (fx.store, &spec, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  spec.deadline = NULL;
  c = ot_store_get_consultation (fx.store, ot_store_add_consultation (fx.store, &spec, &error), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_consultation_get_min_submissions (c), ==, 3);
  g_assert_false (ot_consultation_days_to_deadline (c, "2026-11-23", &days));
  rk_fixture_tear_down (&fx);
}

static gint64
add_submission (RkFixture  *fx,
                gint64      org,
                const char *sha_char,
                const char *imported_at,
                gboolean    replace,
                GError    **error)
{
  g_autofree char *sha = g_strnfill (64, sha_char[0]);
  OtSubmissionValueSpec values[] = {
    { "ho", "bruto_uurloon", TRUE, 23.5, NULL, "name ovt_ho_bruto_uurloon ('HO'!B6)", NULL },
    { NULL, "aanbieder_naam", FALSE, 0, "Zorg BV", "name ovt_aanbieder_naam ('Aanbieder'!B5)", NULL },
    { "ho", "kostprijs_per_uur", TRUE, 99, NULL, "mapping", "far from the model" },
  };
  OtSubmissionSpec spec = { ot_consultation_get_id (fx->consultation), org, "zorg.xlsx", sha, 1, TRUE, "{}", imported_at };

  return ot_store_add_submission (fx->store, &spec, values, G_N_ELEMENTS (values), replace, error);
}

static void
test_invitations_and_submissions (void)
{
  RkFixture fx = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) invitations = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(OtInvitation) first = NULL;
  g_autoptr(OtSubmissionValue) v = NULL;
  g_autofree char *progress = NULL;
  OtInvitationCounts counts;
  gint64 cid, a, b, sub;

  rk_fixture_set_up (&fx, two_codes, two_names);
  cid = ot_consultation_get_id (fx.consultation);
  a = ot_store_add_organisation (fx.store, "Aanbieder A", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  b = ot_store_add_organisation (fx.store, "Aanbieder B", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ot_store_invite (fx.store, cid, a, &error), ==, ot_store_invite (fx.store, cid, a, &error));
  g_assert_cmpint (ot_store_invite (fx.store, cid, b, &error), >, 0);
  g_assert_true (ot_store_set_invitation_state (fx.store, cid, b, OT_INVITATION_DECLINED, &error));
  g_assert_no_error (error);

  /* After the deadline counts as late; values keep their source and warning. */
  sub = add_submission (&fx, a, "a", "2026-12-02T09:00:00Z", FALSE, &error);
  g_assert_no_error (error);
  invitations = ot_store_list_invitations (fx.store, cid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (invitations), ==, 2);
  first = g_list_model_get_item (invitations, 0);
  g_assert_cmpint (ot_invitation_get_state (first), ==, OT_INVITATION_LATE);
  g_assert_cmpint (ot_invitation_get_submission_id (first), ==, sub);
  /* B declined: no longer awaited, so the submission of A is one of one, not one of two. */
  ot_invitation_count (invitations, &counts);
  g_assert_cmpuint (counts.invited, ==, 2);
  g_assert_cmpuint (counts.declined, ==, 1);
  g_assert_cmpuint (counts.expected, ==, 1);
  g_assert_cmpuint (counts.submitted, ==, 1);
  progress = ot_invitation_describe_progress (invitations, 5);
  /* In any language: "1 of 1 … at least 5", never the "of 2" that counted B. */
  g_assert_nonnull (strstr (progress, "5"));
  g_assert_null (strchr (progress, '2'));
  values = ot_store_list_submission_values (fx.store, sub, &error);
  g_assert_cmpuint (g_list_model_get_n_items (values), ==, 3);
  v = g_list_model_get_item (values, 0);
  g_assert_null (ot_submission_value_get_product_code (v));
  g_assert_cmpstr (ot_submission_value_get_text (v), ==, "Zorg BV");
  g_clear_object (&v);
  v = g_list_model_get_item (values, 2);
  g_assert_cmpstr (ot_submission_value_get_warning (v), ==, "far from the model");

  /* The same file again, or a second file of the provider without confirming: refused. */
  g_assert_cmpint (ot_store_find_submission_by_hash (fx.store, cid, "0123"), ==, 0);
  g_assert_cmpint (add_submission (&fx, b, "a", NULL, FALSE, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (add_submission (&fx, a, "c", NULL, FALSE, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  g_clear_error (&error);
  /* Confirmed: replaced, on time this time. */
  sub = add_submission (&fx, a, "c", "2026-11-30T09:00:00Z", TRUE, &error);
  g_assert_no_error (error);
  g_clear_object (&invitations);
  g_clear_object (&first);
  invitations = ot_store_list_invitations (fx.store, cid, &error);
  first = g_list_model_get_item (invitations, 0);
  g_assert_cmpint (ot_invitation_get_state (first), ==, OT_INVITATION_SUBMITTED);
  g_clear_object (&values);
  values = ot_store_list_submissions (fx.store, cid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (values), ==, 1);
  g_assert_cmpint (ot_store_find_submission (fx.store, cid, a), ==, sub);
  rk_fixture_tear_down (&fx);
}

/* ---- reading numbers and labels ---- */

static void
test_invite_by_name (void)
{
  RkFixture fx = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OtOrganisation) added = NULL;
  gint64 cid, a, c;

  rk_fixture_set_up (&fx, two_codes, two_names);
  cid = ot_consultation_get_id (fx.consultation);
  a = ot_store_add_organisation (fx.store, "Aanbieder A", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_no_error (error);

  /* A known organisation is invited as it is, once; a new name becomes a provider. */
  g_assert_cmpint (ot_store_invite_by_name (fx.store, cid, "Aanbieder A", &error), ==,
                   ot_store_invite (fx.store, cid, a, &error));
  g_assert_cmpint (ot_store_invite_by_name (fx.store, cid, "Nieuwe Zorg BV", &error), >, 0);
  g_assert_no_error (error);
  c = ot_store_find_organisation (fx.store, "Nieuwe Zorg BV");
  g_assert_cmpint (c, >, 0);
  added = ot_store_get_organisation (fx.store, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ot_organisation_get_kind (added), ==, OT_ORGANISATION_KIND_AANBIEDER);
  rk_fixture_tear_down (&fx);
}

static void
test_percentages (void)
{
  static const struct { const char *text; double fraction; } cases[] = {
    { "8", 0.08 }, { "0.08", 0.08 }, { "8%", 0.08 }, { "8 %", 0.08 }, { "8,5", 0.085 }, { "8,5%", 0.085 },
    { "0,085", 0.085 }, { "12.5", 0.125 }, { "0,5%", 0.005 }, { " 25 ", 0.25 },
  };
  double v;
  gboolean percent;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (ot_rekentool_parse_number (cases[i].text, &v, &percent));
      g_assert_cmpfloat_with_epsilon (ot_rekentool_normalise_fraction (v, percent), cases[i].fraction, 1e-12);
    }
  g_assert_cmpfloat_with_epsilon (ot_rekentool_normalise_fraction (8, FALSE), 0.08, 1e-12);
  g_assert_cmpfloat_with_epsilon (ot_rekentool_normalise_fraction (0.08, FALSE), 0.08, 1e-12);
  g_assert_true (ot_rekentool_parse_number ("€ 1.234,50", &v, NULL));
  g_assert_cmpfloat (v, ==, 1234.5);
  g_assert_true (ot_rekentool_parse_number ("EUR 25,10", &v, NULL));
  g_assert_cmpfloat (v, ==, 25.1);
  g_assert_true (ot_rekentool_parse_number ("1,234.50", &v, NULL));
  g_assert_cmpfloat (v, ==, 1234.5);
  g_assert_false (ot_rekentool_parse_number ("n.v.t.", &v, NULL));
  g_assert_false (ot_rekentool_parse_number ("8% extra", &v, NULL));
  g_assert_false (ot_rekentool_parse_number ("", &v, NULL));
}

static void
test_labels (void)
{
  static const struct { const char *text; const char *key; } cases[] = {
    { "Ziekteverzuim", "ziekteverzuim_pct" }, { "verzuim %", "ziekteverzuim_pct" },
    { "ZIEKTEVERZUIM (%)", "ziekteverzuim_pct" }, { "Overhead (opslag)", "overhead_pct" },
    { "Bruto uurloon:", "bruto_uurloon" }, { "Bruto uurloon (€)", "bruto_uurloon" },
    { "Aantal cliënten", "aantal_clienten" }, { "aantal clienten", "aantal_clienten" },
    { "Materiële kosten per uur", "materiele_kosten_per_uur" }, { "Risico-opslag", "risico_opslag_pct" },
    { "Kostprijs per uur", "kostprijs_per_uur" }, { "Vakantiegeld pct", "vakantiegeld_pct" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const OtRekentoolField *field = ot_rekentool_field_for_label (cases[i].text);

      g_assert_nonnull (field);
      g_assert_cmpstr (field->key, ==, cases[i].key);
    }
  g_assert_null (ot_rekentool_field_for_label ("Toelichting op de berekening"));
  g_assert_null (ot_rekentool_field_for_label ("%"));
}

/* ---- the template round trip ---- */

typedef struct
{
  const char *name;
  const char *json;       /* what the provider types, as JSON */
  double      number;     /* what must come back; NAN for text */
  const char *text;
} Filled;

static const Filled filled[] = {
  { "ovt_aanbieder_naam", "\"Zorggroep Oost\"", NAN, "Zorggroep Oost" },
  { "ovt_cao", "\"GHZ\"", NAN, "GHZ" },
  { "ovt_fte_uitvoerend", "40.5", 40.5, NULL },
  { "ovt_aantal_clienten", "310", 310, NULL },
  { "ovt_periodiek_trede_0", "1.5", 1.5, NULL },
  { "ovt_periodiek_trede_7", "4", 4, NULL },
  { "ovt_periodiek_trede_15", "0.8", 0.8, NULL },
  { "ovt_bestuurder_naam", "\"A. de Vries\"", NAN, "A. de Vries" },
  { "ovt_bestuurder_functie", "\"Bestuurder\"", NAN, "Bestuurder" },
  { "ovt_bestuurder_datum", "\"date:2026-11-20\"", NAN, "2026-11-20" },
  { "ovt_ho_functieschaal", "\"FWG 35\"", NAN, "FWG 35" },
  { "ovt_ho_bruto_uurloon", "23.4", 23.4, NULL },
  { "ovt_ho_vakantiegeld_pct", "8", 0.08, NULL },
  { "ovt_ho_eindejaarsuitkering_pct", "\"8,33%\"", 0.0833, NULL },
  { "ovt_ho_ort_pct", "0.05", 0.05, NULL },
  { "ovt_ho_werkgeverslasten_pct", "\"24,5\"", 0.245, NULL },
  { "ovt_ho_overige_personeelskosten_per_uur", "1.25", 1.25, NULL },
  { "ovt_ho_verlof_pct", "0.11", 0.11, NULL },
  { "ovt_ho_ziekteverzuim_pct", "\"6%\"", 0.06, NULL },
  { "ovt_ho_scholing_pct", "2", 0.02, NULL },
  { "ovt_ho_overleg_pct", "0.04", 0.04, NULL },
  { "ovt_ho_reistijd_pct", "0.03", 0.03, NULL },
  { "ovt_ho_productiviteit_pct", "74", 0.74, NULL },
  { "ovt_ho_materiele_kosten_per_uur", "1.5", 1.5, NULL },
  { "ovt_ho_reiskosten_per_uur", "2.25", 2.25, NULL },
  { "ovt_ho_overhead_pct", "0.14", 0.14, NULL },
  { "ovt_ho_risico_opslag_pct", "3", 0.03, NULL },
  { "ovt_ho_kostprijs_per_uur", "62.5", 62.5, NULL },
  { "ovt_ho_tarief_huidig", "58.1", 58.1, NULL },
  { "ovt_ho_uren_per_jaar", "12000", 12000, NULL },
  { "ovt_hoplus_functieschaal", "\"FWG 40\"", NAN, "FWG 40" },
  { "ovt_hoplus_bruto_uurloon", "\"27,10\"", 27.1, NULL },
  { "ovt_hoplus_vakantiegeld_pct", "0.08", 0.08, NULL },
  { "ovt_hoplus_werkgeverslasten_pct", "0.245", 0.245, NULL },
  { "ovt_hoplus_productiviteit_pct", "0.7", 0.7, NULL },
  { "ovt_hoplus_overhead_pct", "14", 0.14, NULL },
  { "ovt_hoplus_kostprijs_per_uur", "59.5", 59.5, NULL },
};

static char *
write_values_json (RkFixture *fx)
{
  g_autoptr(GString) json = g_string_new ("{");
  g_autofree char *path = rk_fixture_path (fx, "values.json");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (filled); i++)
    g_string_append_printf (json, "%s\"%s\": %s", i > 0 ? ", " : "", filled[i].name, filled[i].json);
  g_string_append (json, "}");
  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Generates the template and fills it with openpyxl; NULL (test skipped) without openpyxl. */
static char *
make_filled_file (RkFixture  *fx,
                  const char *name)
{
  g_autofree char *template = rk_fixture_path (fx, "template.xlsx");
  g_autofree char *values = write_values_json (fx);
  g_autofree char *script = g_build_filename (ot_test_source_dir (), "tests", "rekentool", "fill-template.py", NULL);
  char *out = rk_fixture_path (fx, name);
  g_autoptr(GError) error = NULL;

  if (rk_python () == NULL)
    {
      g_test_skip ("python3-openpyxl is not installed");
      g_free (out);
      return NULL;
    }
  g_assert_true (ot_rekentool_template_write (fx->consultation, template, TRUE, &error));
  g_assert_no_error (error);
  rk_run ((const char *[]) { rk_python (), script, template, out, values, NULL });
  return out;
}

static void
assert_filled_values (OtRekentoolReport *report)
{
  for (guint i = 0; i < G_N_ELEMENTS (filled); i++)
    {
      const char *rest = filled[i].name + strlen ("ovt_");
      g_autofree char *product = NULL;
      const char *key = rest;
      const OtRekentoolValue *v;

      if (g_str_has_prefix (rest, "hoplus_"))
        product = g_strdup ("hoplus"), key = rest + strlen ("hoplus_");
      else if (g_str_has_prefix (rest, "ho_"))
        product = g_strdup ("ho"), key = rest + strlen ("ho_");
      v = ot_rekentool_report_find_value (report, product, key);
      if (v == NULL)
        g_error ("%s not imported", filled[i].name);
      g_assert_cmpint (v->source, ==, OT_REKENTOOL_SOURCE_NAME);
      g_assert_cmpstr (v->detail, ==, filled[i].name);
      if (isnan (filled[i].number))
        g_assert_cmpstr (v->text, ==, filled[i].text);
      else
        {
          g_assert_true (v->has_number);
          g_assert_cmpfloat_with_epsilon (v->number, filled[i].number, 1e-9);
        }
      g_assert_null (v->warning);
    }
}

static void
import_and_compare (RkFixture  *fx,
                    const char *path)
{
  g_autoptr(OtRekentoolReport) report = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  const OtRekentoolValue *model;

  report = ot_rekentool_import_file (fx->store, fx->consultation, path, NULL);
  if (ot_rekentool_report_get_status (report) == OT_REKENTOOL_REJECTED)
    g_error ("rejected: %s", ot_rekentool_report_get_reason (report));
  for (guint i = 0; i < ot_rekentool_report_get_n_values (report); i++)
    if (ot_rekentool_report_get_value (report, i)->warning != NULL)
      g_test_message ("%s: %s", ot_rekentool_report_get_value (report, i)->key,
                      ot_rekentool_report_get_value (report, i)->warning);
  g_assert_cmpint (ot_rekentool_report_get_status (report), ==, OT_REKENTOOL_ACCEPTED);
  g_assert_cmpuint (ot_rekentool_report_get_template_version (report), ==, OT_REKENTOOL_TEMPLATE_VERSION);
  g_assert_cmpstr (ot_rekentool_report_get_provider (report), ==, "Zorggroep Oost");
  assert_filled_values (report);
  model = ot_rekentool_report_find_value (report, "ho", "model_kostprijs_per_uur");
  g_assert_nonnull (model);
  g_assert_cmpfloat_with_epsilon (model->number, 62.474, 0.01);
  g_assert_nonnull (ot_rekentool_report_find_value (report, NULL, "bestuurdersverklaring"));

  /* Everything in the report is in the store, with its source. */
  stored = ot_store_list_submission_values (fx->store, ot_rekentool_report_get_submission_id (report), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, ot_rekentool_report_get_n_values (report));
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(OtSubmissionValue) sv = g_list_model_get_item (stored, i);
      const OtRekentoolValue *v = ot_rekentool_report_find_value (report, ot_submission_value_get_product_code (sv),
                                                                  ot_submission_value_get_field (sv));
      g_autofree char *source = ot_rekentool_value_describe_source (v);

      g_assert_nonnull (v);
      g_assert_cmpstr (ot_submission_value_get_source (sv), ==, source);
      if (v->has_number)
        g_assert_cmpfloat (ot_submission_value_get_number (sv), ==, v->number);
      else
        g_assert_cmpstr (ot_submission_value_get_text (sv), ==, v->text);
    }
}

static void
test_template_structure (void)
{
  RkFixture fx = { 0 };
  g_autofree char *template = NULL;
  g_autofree char *script = g_build_filename (ot_test_source_dir (), "tests", "rekentool", "check-template.py", NULL);
  g_autoptr(GError) error = NULL;

  if (rk_python () == NULL)
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  rk_fixture_set_up (&fx, two_codes, two_names);
  template = rk_fixture_path (&fx, "template.xlsx");
  g_assert_true (ot_rekentool_template_write (fx.consultation, template, TRUE, &error));
  g_assert_no_error (error);
  rk_run ((const char *[]) { rk_python (), script, template, "ho,hoplus", NULL });
  rk_fixture_tear_down (&fx);
}

static void
test_round_trip_openpyxl (void)
{
  RkFixture fx = { 0 };
  g_autofree char *path = NULL;

  rk_fixture_set_up (&fx, two_codes, two_names);
  if ((path = make_filled_file (&fx, "filled.xlsx")) != NULL)
    import_and_compare (&fx, path);
  rk_fixture_tear_down (&fx);
}

static void
test_round_trip_libreoffice (void)
{
  RkFixture fx = { 0 };
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = NULL;
  g_autofree char *outdir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *resaved = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  rk_fixture_set_up (&fx, two_codes, two_names);
  if ((path = make_filled_file (&fx, "filled.xlsx")) != NULL)
    {
      outdir = rk_fixture_path (&fx, "lo");
      profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", fx.dir);
      rk_run ((const char *[]) { soffice, profile, "--headless", "--norestore", "--convert-to", "xlsx",
                                 "--outdir", outdir, path, NULL });
      resaved = g_build_filename (outdir, "filled.xlsx", NULL);
      g_assert_true (g_file_test (resaved, G_FILE_TEST_IS_REGULAR));
      import_and_compare (&fx, resaved);
    }
  rk_fixture_tear_down (&fx);
}

static void
test_round_trip_gnumeric (void)
{
  RkFixture fx = { 0 };
  g_autofree char *ssconvert = g_find_program_in_path ("ssconvert");
  g_autofree char *path = NULL;
  g_autofree char *resaved = NULL;

  if (ssconvert == NULL)
    {
      g_test_skip ("Gnumeric (ssconvert) is not installed");
      return;
    }
  rk_fixture_set_up (&fx, two_codes, two_names);
  if ((path = make_filled_file (&fx, "filled.xlsx")) != NULL)
    {
      resaved = rk_fixture_path (&fx, "gnumeric.xlsx");
      rk_run ((const char *[]) { ssconvert, "--export-type=Gnumeric_Excel:xlsx2", path, resaved, NULL });
      import_and_compare (&fx, resaved);
    }
  rk_fixture_tear_down (&fx);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rekentool/store/consultation", test_consultation_rules);
  g_test_add_func ("/rekentool/store/submissions", test_invitations_and_submissions);
  g_test_add_func ("/rekentool/store/invite-by-name", test_invite_by_name);
  g_test_add_func ("/rekentool/read/percentages", test_percentages);
  g_test_add_func ("/rekentool/read/labels", test_labels);
  g_test_add_func ("/rekentool/template/structure", test_template_structure);
  g_test_add_func ("/rekentool/round-trip/openpyxl", test_round_trip_openpyxl);
  g_test_add_func ("/rekentool/round-trip/libreoffice", test_round_trip_libreoffice);
  g_test_add_func ("/rekentool/round-trip/gnumeric", test_round_trip_gnumeric);
  return g_test_run ();
}
