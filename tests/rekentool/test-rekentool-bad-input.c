/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rekentool-bad-input.c: every kind of bad file is refused with a one-line message naming it, and the database stays exactly as it was. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-error.h"
#include "ot-rekentool-fields.h"
#include "ot-test-support.h"
#include "rekentool-test-util.h"

static const char * const one_code[] = { "ho", NULL };
static const char * const one_name[] = { "HO", NULL };

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG  "http://schemas.openxmlformats.org/package/2006/relationships"

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
  "</Types>";
static const char root_rels[] =
  "<Relationships xmlns=\"" NS_PKG "\"><Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
static const char workbook_rels[] =
  "<Relationships xmlns=\"" NS_PKG "\"><Relationship Id=\"rId1\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
static const char workbook[] =
  "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

/* A hand-made workbook around @sheet_xml (and @workbook_xml, when not the plain one). */
static void
write_raw_xlsx (const char *path,
                const char *workbook_xml,
                const char *sheet_xml,
                gsize       sheet_len)
{
  RkZipEntry entries[] = {
    { "[Content_Types].xml", content_types, 0 },
    { "_rels/.rels", root_rels, 0 },
    { "xl/workbook.xml", workbook_xml != NULL ? workbook_xml : workbook, 0 },
    { "xl/_rels/workbook.xml.rels", workbook_rels, 0 },
    { "xl/worksheets/sheet1.xml", sheet_xml, sheet_len },
    { NULL, NULL, 0 },
  };

  rk_write_zip (path, entries);
}

static void
write_bytes (const char *path,
             const void *data,
             gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);
}

/* An OLE compound file as Office writes for encrypted workbooks and old .xls: the magic,
 * then a directory entry naming the stream in UTF-16LE. */
static void
write_ole (const char *path,
           const char *stream)
{
  static const guint8 magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  g_autofree guint8 *data = g_malloc0 (2048);

  memcpy (data, magic, sizeof magic);
  for (gsize i = 0; stream[i] != '\0'; i++)
    data[1024 + 2 * i] = (guint8) stream[i];
  write_bytes (path, data, 2048);
}

static void
write_truncated (RkFixture  *fx,
                 const char *path)
{
  g_autofree char *whole = rk_fixture_path (fx, "whole.xlsx");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (ot_rekentool_template_write (fx->consultation, whole, TRUE, &error));
  g_assert_true (g_file_get_contents (whole, &contents, &len, &error));
  write_bytes (path, contents, len / 2);
}

static void
write_ods (const char *path)
{
  RkZipEntry entries[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet", 0 },
    { "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>", 0 },
    { NULL, NULL, 0 },
  };

  rk_write_zip (path, entries);
}

static void
write_bomb (const char *path)
{
  gsize n = 16 * 1024 * 1024;
  g_autoptr(GString) sheet = g_string_sized_new (n + 200);

  g_string_append (sheet, "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>");
  for (gsize i = 0; i < n; i++)
    g_string_append_c (sheet, ' ');
  g_string_append (sheet, "</sheetData></worksheet>");
  write_raw_xlsx (path, NULL, sheet->str, sheet->len);
}

static void
write_xxe (const char *path)
{
  static const char evil[] =
    "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheets><sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

  write_raw_xlsx (path, evil, "<worksheet xmlns=\"" NS_MAIN "\"><sheetData/></worksheet>", 0);
}

static void
write_million_rows (const char *path)
{
  g_autoptr(GString) sheet = g_string_sized_new (48 * 1000 * 1000);

  g_string_append (sheet, "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>");
  for (guint r = 1; r <= 1000000; r++)
    g_string_append_printf (sheet, "<row r=\"%u\"><c><v>%u</v></c></row>", r, (r * 7919u) % 100003u);
  g_string_append (sheet, "</sheetData></worksheet>");
  write_raw_xlsx (path, NULL, sheet->str, sheet->len);
}

static void
write_wrong_version (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Toelichting");

  worksheet_write_number (ws, 0, 1, 99, NULL);
  worksheet_write_number (ws, 1, 1, 23.5, NULL);
  workbook_define_name (wb, "ovt_template_version", "=Toelichting!$B$1");
  workbook_define_name (wb, "ovt_ho_bruto_uurloon", "=Toelichting!$B$2");
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
write_other_consultation (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);

  worksheet_write_number (ws, 0, 1, OT_REKENTOOL_TEMPLATE_VERSION, NULL);
  worksheet_write_number (ws, 1, 1, 999, NULL);
  worksheet_write_number (ws, 2, 1, 23.5, NULL);
  workbook_define_name (wb, "ovt_template_version", "=Sheet1!$B$1");
  workbook_define_name (wb, "ovt_consultation", "=Sheet1!$B$2");
  workbook_define_name (wb, "ovt_ho_bruto_uurloon", "=Sheet1!$B$3");
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
write_no_fields (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "Boodschappen");

  worksheet_write_string (ws, 0, 0, "Melk", NULL);
  worksheet_write_number (ws, 0, 1, 2, NULL);
  worksheet_write_string (ws, 1, 0, "Brood", NULL);
  worksheet_write_number (ws, 1, 1, 1, NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
write_no_provider (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);

  worksheet_write_string (ws, 0, 0, "Uurloon", NULL);
  worksheet_write_number (ws, 0, 1, 23.5, NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

static void
write_good (const char *path)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, NULL);

  worksheet_write_string (ws, 0, 0, "Naam aanbieder", NULL);
  worksheet_write_string (ws, 0, 1, "Zorg Goed", NULL);
  worksheet_write_string (ws, 1, 0, "Uurloon", NULL);
  worksheet_write_number (ws, 1, 1, 23.5, NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

typedef struct
{
  const char *file;
  int         code;
  const char *words;      /* what the reason must say */
} BadCase;

static const BadCase cases[] = {
  { "not-a-zip.xlsx", OT_ERROR_BAD_FILE, "is not an XLSX workbook" },
  { "truncated.xlsx", OT_ERROR_BAD_FILE, "zip" },
  { "encrypted.xlsx", OT_ERROR_UNSUPPORTED, "password-protected" },
  { "old.xls", OT_ERROR_UNSUPPORTED, "old Excel workbook (.xls)" },
  { "sheet.ods", OT_ERROR_UNSUPPORTED, "OpenDocument spreadsheet (.ods)" },
  { "bomb.xlsx", OT_ERROR_LIMIT, "zip bomb" },
  { "xxe.xlsx", OT_ERROR_BAD_FILE, "entities" },
  { "million-rows.xlsx", OT_ERROR_LIMIT, "more than 250000 filled cells" },
  { "empty.xlsx", OT_ERROR_BAD_FILE, "is empty" },
  { "wrong-version.xlsx", OT_ERROR_UNSUPPORTED, "template version 99" },
  { "other-consultation.xlsx", OT_ERROR_INVALID, "another consultation (number 999)" },
  { "no-fields.xlsx", OT_ERROR_INVALID, "no recognisable rekentool fields" },
  { "no-provider.xlsx", OT_ERROR_INVALID, "does not name the provider" },
};

static void
make_corpus (RkFixture *fx)
{
  g_autofree char *p = NULL;

#define PATH(name) (g_free (p), p = rk_fixture_path (fx, name))
  write_bytes (PATH ("not-a-zip.xlsx"), "Dit is geen spreadsheet.\n", 25);
  write_truncated (fx, PATH ("truncated.xlsx"));
  write_ole (PATH ("encrypted.xlsx"), "EncryptedPackage");
  write_ole (PATH ("old.xls"), "Workbook");
  write_ods (PATH ("sheet.ods"));
  write_bomb (PATH ("bomb.xlsx"));
  write_xxe (PATH ("xxe.xlsx"));
  write_million_rows (PATH ("million-rows.xlsx"));
  write_bytes (PATH ("empty.xlsx"), "", 0);
  write_wrong_version (PATH ("wrong-version.xlsx"));
  write_other_consultation (PATH ("other-consultation.xlsx"));
  write_no_fields (PATH ("no-fields.xlsx"));
  write_no_provider (PATH ("no-provider.xlsx"));
  write_good (PATH ("good.xlsx"));
#undef PATH
}

static void
assert_refused (OtRekentoolReport *report,
                const BadCase     *c)
{
  const char *reason = ot_rekentool_report_get_reason (report);

  g_test_message ("%s: %s", c->file, reason);
  g_assert_cmpint (ot_rekentool_report_get_status (report), ==, OT_REKENTOOL_REJECTED);
  g_assert_nonnull (reason);
  g_assert_null (strchr (reason, '\n'));
  g_assert_nonnull (strstr (reason, c->file));
  if (strstr (reason, c->words) == NULL)
    g_error ("%s: “%s” does not say “%s”", c->file, reason, c->words);
  g_assert_cmpint (ot_rekentool_report_get_error_code (report), ==, c->code);
  g_assert_cmpint (ot_rekentool_report_get_submission_id (report), ==, 0);
}

static void
test_each_file (void)
{
  RkFixture fx = { 0 };
  g_autofree char *before = NULL;

  rk_fixture_set_up (&fx, one_code, one_name);
  make_corpus (&fx);
  before = rk_db_checksum (fx.db_path);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = rk_fixture_path (&fx, cases[i].file);
      g_autoptr(OtRekentoolReport) report = ot_rekentool_import_file (fx.store, fx.consultation, path, NULL);
      g_autofree char *after = NULL;

      assert_refused (report, &cases[i]);
      after = rk_db_checksum (fx.db_path);
      g_assert_cmpstr (before, ==, after);
    }
  rk_fixture_tear_down (&fx);
}

/* In one batch the good file goes in and every bad one is refused on its own. */
static void
test_batch (void)
{
  RkFixture fx = { 0 };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GListModel) submissions = NULL;
  g_autoptr(GError) error = NULL;
  guint good_at = G_N_ELEMENTS (cases) / 2;

  rk_fixture_set_up (&fx, one_code, one_name);
  make_corpus (&fx);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (i == good_at)
        g_ptr_array_add (paths, rk_fixture_path (&fx, "good.xlsx"));
      g_ptr_array_add (paths, rk_fixture_path (&fx, cases[i].file));
    }
  g_ptr_array_add (paths, NULL);
  reports = ot_rekentool_import_files (fx.store, fx.consultation, (const char * const *) paths->pdata, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (reports->len, ==, G_N_ELEMENTS (cases) + 1);
  for (guint i = 0, c = 0; i < reports->len; i++)
    {
      if (i == good_at)
        {
          g_assert_cmpint (ot_rekentool_report_get_status (g_ptr_array_index (reports, i)), ==, OT_REKENTOOL_ACCEPTED);
          continue;
        }
      assert_refused (g_ptr_array_index (reports, i), &cases[c++]);
    }
  submissions = ot_store_list_submissions (fx.store, ot_consultation_get_id (fx.consultation), &error);
  g_assert_cmpuint (g_list_model_get_n_items (submissions), ==, 1);
  rk_fixture_tear_down (&fx);
}

/* Random sheets of labels and odd values: the reader never crashes, every figure it keeps is
 * finite, and every file is either accepted or refused with a reason naming it. */
static void
test_random_sheets (void)
{
  static const char * const labels[] = {
    "Bruto uurloon", "verzuim %", "Overhead (opslag)", "Productiviteit", "Kostprijs per uur", "Vakantiegeld",
    "Naam aanbieder", "Cao", "Datum", "Uren per jaar", "Trede 3", "Risico", "HO", "Toelichting", "",
  };
  static const char * const texts[] = {
    "8%", "8,5", "0,085", "1.234,50", "€ 25", "EUR 25", "12.000", "n.v.t.", "", " ", "%", "-5", "1e308",
    "inf", "NaN", "99999999999999999999", "8%%", "−3", "1,2,3", "23-11-2026", "2026-02-30", "VVT", "anders",
    "\xe2\x80\xaf" "12", "((", "=SUM(A1)",
  };
  static const double numbers[] = { 0, -1, 1, 8, 0.08, 100, 1e300, -1e300, 45000, 0.5, 1e-300 };
  RkFixture fx = { 0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint accepted = 0;

  rk_fixture_set_up (&fx, (const char * const[]) { "ho", "hoplus", NULL }, (const char * const[]) { "HO", "HO+", NULL });
  for (guint round = 0; round < 60; round++)
    {
      g_autofree char *name = g_strdup_printf ("random-%u.xlsx", round);
      g_autofree char *path = rk_fixture_path (&fx, name);
      g_autoptr(OtRekentoolReport) report = NULL;
      lxw_workbook *wb = workbook_new (path);
      guint n_sheets = 1 + g_rand_int_range (rand, 0, 3);

      for (guint s = 0; s < n_sheets; s++)
        {
          const char *sheet_names[] = { "HO", "HO+", "Blad", "ho" };
          g_autofree char *sheet_name = g_strdup_printf ("%s%u", sheet_names[g_rand_int_range (rand, 0, 4)], s);
          lxw_worksheet *ws = workbook_add_worksheet (wb, s == 0 && g_rand_boolean (rand) ? "HO" : sheet_name);

          for (guint c = 0; c < 40; c++)
            {
              guint row = g_rand_int_range (rand, 0, 12), col = g_rand_int_range (rand, 0, 6);

              if (g_rand_int_range (rand, 0, 3) == 0)
                worksheet_write_string (ws, row, col, labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))], NULL);
              else if (g_rand_boolean (rand))
                worksheet_write_string (ws, row, col, texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))], NULL);
              else
                worksheet_write_number (ws, row, col, numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))], NULL);
            }
        }
      g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
      report = ot_rekentool_read_file (fx.consultation, path, &(OtRekentoolOptions) { .organisation = "Zorg Random" });
      if (ot_rekentool_report_get_status (report) == OT_REKENTOOL_REJECTED)
        {
          g_assert_nonnull (strstr (ot_rekentool_report_get_reason (report), name));
          continue;
        }
      accepted++;
      for (guint i = 0; i < ot_rekentool_report_get_n_values (report); i++)
        {
          const OtRekentoolValue *v = ot_rekentool_report_get_value (report, i);

          g_assert_true (v->has_number || v->text != NULL);
          if (v->has_number)
            g_assert_true (isfinite (v->number));
        }
      g_assert_true (ot_rekentool_commit (fx.store, fx.consultation, report,
                                          &(OtRekentoolOptions) { .organisation = "Zorg Random", .replace = TRUE })
                     || ot_rekentool_report_get_error_code (report) == OT_ERROR_CONSTRAINT);
    }
  g_test_message ("%u of 60 random sheets accepted", accepted);
  g_assert_cmpuint (accepted, >, 20);
  rk_fixture_tear_down (&fx);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rekentool/bad-input/each", test_each_file);
  g_test_add_func ("/rekentool/bad-input/batch", test_batch);
  g_test_add_func ("/rekentool/bad-input/random-sheets", test_random_sheets);
  return g_test_run ();
}
