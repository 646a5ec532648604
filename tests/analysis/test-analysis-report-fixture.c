/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis-report-fixture.c: a temporary store holding a consultation with generated rekentools. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <poppler.h>

#include "ot-store-consultations.h"
#include "ot-store-tariffs.h"
#include "ot-test-support.h"
#include "test-analysis-report-fixture.h"

static const char * const providers[] = {
  "Zorggroep Quetzalcoatl", "Thuiszorg Xylofoonhof", "Stichting Wervelwind Zuidoost",
  "Begeleidingshuis Kwikstaartje", "Huishoudhulp Ypsilanti", "Zorgcoöperatie Fjordenlicht",
  "Welzijn Zandvoort-Ozon", "Dienstverlening Gravenzwaan", "Thuishulp Oranjebitter",
  "Zorgkring Mauritsveld", "Stichting Nachtegaalhof", "Helpende Handen Pijlstaart",
};
static const char * const directors[] = {
  "Bartholomeus Quackenbush", "Wilhelmina Zevenbergen", "Xaviera Ooijevaar", "Theodorus Knipscheer",
  "Jozefien Brouwkuip", "Cornelis Vlierboom", "Philippa Dwarsligger", "Ignatius Pannekoek",
  "Rosalinde Kwakernaak", "Evert Wolkenkrabber", "Gijsbertha Zonnedauw", "Aurelius Tiktak",
};

/* Catalogue keys with a plausible centre and spread (DESIGN.md ranges). */
static const struct
{
  const char *key;
  double      centre;
  double      spread;
  gboolean    fraction;
} product_fields[] = {
  { "bruto_uurloon", 23.5, 3.5, FALSE },
  { "vakantiegeld_pct", 0.08, 0.004, TRUE },
  { "eindejaarsuitkering_pct", 0.083, 0.01, TRUE },
  { "ort_pct", 0.05, 0.04, TRUE },
  { "werkgeverslasten_pct", 0.27, 0.05, TRUE },
  { "overige_personeelskosten_per_uur", 1.6, 0.8, FALSE },
  { "verlof_pct", 0.1, 0.02, TRUE },
  { "ziekteverzuim_pct", 0.065, 0.02, TRUE },
  { "scholing_pct", 0.02, 0.01, TRUE },
  { "overleg_pct", 0.04, 0.015, TRUE },
  { "reistijd_pct", 0.035, 0.015, TRUE },
  { "materiele_kosten_per_uur", 1.8, 1.0, FALSE },
  { "reiskosten_per_uur", 1.2, 0.6, FALSE },
  { "overhead_pct", 0.14, 0.05, TRUE },
  { "risico_opslag_pct", 0.025, 0.012, TRUE },
  { "kostprijs_per_uur", 52.0, 7.0, FALSE },
  { "tarief_huidig", 49.0, 3.0, FALSE },
  { "uren_per_jaar", 18000, 9000, FALSE },
};

static double
six_decimals (GRand  *rand,
              double  centre,
              double  spread)
{
  double value = centre + spread * g_rand_double_range (rand, -1.0, 1.0);

  /* Never a round number: each value must be recognisable if it leaks. */
  return round (value * 1e6) / 1e6 + 0.0000013;
}

static void
add_number (ReportFixture *fx,
            GArray        *values,
            const char    *product,
            const char    *key,
            double         number,
            gboolean       fraction)
{
  OtSubmissionValueSpec spec = { 0 };

  spec.product_code = product;
  spec.field = g_intern_string (key);
  spec.has_number = TRUE;
  spec.number = number;
  spec.source = "name:ovt_test";
  g_array_append_val (values, spec);
  g_array_append_val (fx->inputs, number);
  if (fraction)
    g_array_append_val (fx->fractions, number);
}

static void
add_text (GArray     *values,
          const char *key,
          const char *text)
{
  OtSubmissionValueSpec spec = { 0 };

  spec.field = key;
  spec.text = g_intern_string (text);
  spec.source = "name:ovt_test";
  g_array_append_val (values, spec);
}

static GArray *
generate_values (ReportFixture *fx,
                 GRand         *rand,
                 guint          k)
{
  static const char * const products[] = { "ho", "bg" };
  GArray *values = g_array_new (FALSE, TRUE, sizeof (OtSubmissionValueSpec));

  add_text (values, "aanbieder_naam", providers[k]);
  add_text (values, "bestuurder_naam", directors[k]);
  add_text (values, "cao", "VVT");
  add_number (fx, values, NULL, "fte_uitvoerend", six_decimals (rand, 40, 30), FALSE);
  add_number (fx, values, NULL, "aantal_clienten", round (300 + 200 * g_rand_double (rand)), FALSE);
  /* A whole number such as 412 would also match unrelated text; counts are never shown anyway. */
  g_array_remove_index (fx->inputs, fx->inputs->len - 1);
  for (guint step = 0; step < 10; step++)
    {
      g_autofree char *key = g_strdup_printf ("periodiek_trede_%u", step);

      add_number (fx, values, NULL, key, six_decimals (rand, 1.5, 1.2), FALSE);
    }
  for (guint p = 0; p < G_N_ELEMENTS (products); p++)
    for (guint f = 0; f < G_N_ELEMENTS (product_fields); f++)
      {
        const char *key = product_fields[f].key;
        double value = six_decimals (rand, product_fields[f].centre * (p == 1 ? 1.1 : 1.0), product_fields[f].spread);

        /* For bg, only three providers know their ORT, and the first delivers most hours:
         * the report must hide those figures and say why. */
        if (p == 1 && g_str_equal (key, "ort_pct") && k >= 3)
          continue;
        if (p == 1 && g_str_equal (key, "uren_per_jaar") && k == 0)
          value = 900000.123457;
        if (p == 0 && g_str_equal (key, "bruto_uurloon"))
          fx->wage_ho[k] = value;
        add_number (fx, values, products[p], key, value, product_fields[f].fraction);
      }
  return values;
}

static void
add_submission (ReportFixture *fx,
                GRand         *rand,
                guint          k,
                gboolean       reverse)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) values = generate_values (fx, rand, k);
  g_autofree char *name = g_strdup_printf ("%s%s", providers[k], reverse ? " Anders" : "");
  g_autofree char *file = g_strdup_printf ("rekentool_%s_final_v%u.xlsx", reverse ? "omgekeerd" : "quetzal", k);
  g_autofree char *email = g_strdup_printf ("directie.quetzal%u@example.org", k);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, file, -1);
  OtSubmissionSpec spec = { 0 };
  gint64 org;

  org = ot_store_add_organisation (fx->store, name, NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_no_error (error);
  ot_store_add_person (fx->store, directors[k], org, "Bestuurder", email, &error);
  g_assert_no_error (error);
  spec.consultation_id = fx->consultation_id;
  spec.organisation_id = org;
  spec.file_name = file;
  spec.sha256 = sha;
  spec.template_version = 1;
  ot_store_add_submission (fx->store, &spec, (OtSubmissionValueSpec *) values->data, values->len, FALSE, &error);
  g_assert_no_error (error);

  g_ptr_array_add (fx->secrets, g_strdup (name));
  g_ptr_array_add (fx->secrets, g_strdup (directors[k]));
  g_ptr_array_add (fx->secrets, g_strdup (file));
  g_ptr_array_add (fx->secrets, g_strdup (email));
  g_ptr_array_add (fx->secrets, g_strdup (sha));
}

void
report_fixture_init (ReportFixture *fx,
                     guint          n_submissions,
                     guint          min_submissions,
                     const char    *title,
                     gboolean       reverse)
{
  static const char * const codes[] = { "ho", "bg", NULL };
  static const char * const names[] = { "Hulp bij het huishouden", "Begeleiding individueel", NULL };
  g_autoptr(GError) error = NULL;
  OtConsultationSpec spec = { 0 };
  GRand **rands;

  g_assert_cmpuint (n_submissions, <=, G_N_ELEMENTS (providers));
  memset (fx, 0, sizeof *fx);
  fx->dir = ot_test_mkdtemp ();
  fx->db_path = g_build_filename (fx->dir, "test.db", NULL);
  fx->store = ot_store_open (fx->db_path, &error);
  g_assert_no_error (error);
  fx->secrets = g_ptr_array_new_with_free_func (g_free);
  fx->inputs = g_array_new (FALSE, FALSE, sizeof (double));
  fx->fractions = g_array_new (FALSE, FALSE, sizeof (double));

  spec.title = title != NULL ? title : "Wmo-tarieven 2027";
  spec.min_submissions = min_submissions;
  spec.product_codes = codes;
  spec.product_names = names;
  fx->consultation_id = ot_store_add_consultation (fx->store, &spec, &error);
  g_assert_no_error (error);
  g_assert_true (ot_store_set_tariff (fx->store, "ho", 2000, 51.37, NAN, fx->consultation_id, &error));
  g_assert_no_error (error);

  /* One generator per provider, so the reversed import stores the very same figures. */
  rands = g_new (GRand *, n_submissions);
  for (guint k = 0; k < n_submissions; k++)
    rands[k] = g_rand_new_with_seed (4711 + k);
  for (guint i = 0; i < n_submissions; i++)
    {
      guint k = reverse ? n_submissions - 1 - i : i;

      add_submission (fx, rands[k], k, reverse);
    }
  for (guint k = 0; k < n_submissions; k++)
    g_rand_free (rands[k]);
  g_free (rands);
}

void
report_fixture_clear (ReportFixture *fx)
{
  g_clear_object (&fx->store);
  ot_test_rmdir (fx->dir);
  g_clear_pointer (&fx->dir, g_free);
  g_clear_pointer (&fx->db_path, g_free);
  g_clear_pointer (&fx->secrets, g_ptr_array_unref);
  g_clear_pointer (&fx->inputs, g_array_unref);
  g_clear_pointer (&fx->fractions, g_array_unref);
}

char *
report_fixture_path (ReportFixture *fx,
                     const char    *name)
{
  return g_build_filename (fx->dir, name, NULL);
}

static void
append_meta (GString    *out,
             const char *label,
             char       *value)
{
  g_string_append_printf (out, "\n[%s] %s", label, value != NULL ? value : "");
  g_free (value);
}

char *
report_fixture_pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  /* poppler-glib 22 declares no autoptr cleanups. */
  PopplerDocument *doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_object_unref (page);
      g_string_append (out, text);
      g_string_append_c (out, '\n');
    }
  append_meta (out, "title", poppler_document_get_title (doc));
  append_meta (out, "author", poppler_document_get_author (doc));
  append_meta (out, "subject", poppler_document_get_subject (doc));
  append_meta (out, "keywords", poppler_document_get_keywords (doc));
  append_meta (out, "creator", poppler_document_get_creator (doc));
  append_meta (out, "producer", poppler_document_get_producer (doc));
  g_object_unref (doc);
  return g_string_free (out, FALSE);
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static void
assert_absent (const char *haystack,
               const char *needle,
               const char *where)
{
  if (contains_folded (haystack, needle))
    g_error ("%s leaks “%s”", where, needle);
}

/* Every way a report could print an exact input: with a point or a comma, as a percentage. */
static void
assert_number_absent (const char *haystack,
                      double      value,
                      gboolean    fraction,
                      const char *where)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *six = g_strdup_printf ("%.6f", value);
  g_autofree char *seven = g_strdup_printf ("%.7f", value);

  assert_absent (haystack, g_ascii_dtostr (buffer, sizeof buffer, value), where);
  assert_absent (haystack, six, where);
  assert_absent (haystack, seven, where);
  assert_absent (haystack, g_strdelimit (six, ".", ','), where);
  assert_absent (haystack, g_strdelimit (seven, ".", ','), where);
  if (fraction)
    {
      g_autofree char *pct = g_strdup_printf ("%.4f", value * 100.0);

      assert_absent (haystack, pct, where);
      assert_absent (haystack, g_strdelimit (pct, ".", ','), where);
    }
}

void
report_fixture_assert_clean (ReportFixture *fx,
                             const char    *haystack,
                             const char    *where)
{
  for (guint i = 0; i < fx->secrets->len; i++)
    assert_absent (haystack, g_ptr_array_index (fx->secrets, i), where);
  /* Distinctive fragments, in case a name were cut or re-cased. */
  assert_absent (haystack, "quetzal", where);
  assert_absent (haystack, "Quackenbush", where);
  for (guint i = 0; i < fx->inputs->len; i++)
    assert_number_absent (haystack, g_array_index (fx->inputs, double, i), FALSE, where);
  for (guint i = 0; i < fx->fractions->len; i++)
    assert_number_absent (haystack, g_array_index (fx->fractions, double, i), TRUE, where);
}
