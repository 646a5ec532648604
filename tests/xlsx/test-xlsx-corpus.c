/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-xlsx-corpus.c: the XLSX reader over every file of the shared real-world corpus, hostile ones included. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-error.h"
#include "ot-test-support.h"
#include "xlsx/ot-xlsx.h"

#define MAX_SECONDS_PER_FILE 2.0

/* Files that must be refused, by base name, with the error code they must get
 * (-1: any code). Listed as hostile or broken in the corpus README, or found so. */
static const struct { const char *name; int code; } refused[] = {
  { "54764.xlsx", OT_ERROR_BAD_FILE },              /* billion laughs */
  { "54764-2.xlsx", OT_ERROR_BAD_FILE },
  { "poc-xmlbomb.xlsx", OT_ERROR_BAD_FILE },
  { "poc-xmlbomb-empty.xlsx", OT_ERROR_BAD_FILE },
  { "poc-shared-strings.xlsx", OT_ERROR_LIMIT },    /* a 1 MB string */
  { "protect.xlsx", OT_ERROR_UNSUPPORTED },          /* encrypted */
  { "protected_sha512.xlsx", OT_ERROR_UNSUPPORTED },
  { "60320-protected.xlsx", OT_ERROR_UNSUPPORTED },
  { "extenxls_pwd123.xlsx", OT_ERROR_UNSUPPORTED },
  { "protected_passtika.xlsx", OT_ERROR_UNSUPPORTED },
  { "58616.xlsx", OT_ERROR_UNSUPPORTED },
  { "pass_protected.xlsx", OT_ERROR_UNSUPPORTED },
  { "xlsx-corrupted.xlsx", OT_ERROR_BAD_FILE },
  { "invalid.xlsx", OT_ERROR_BAD_FILE },
  { "duplicate-filename.xlsx", OT_ERROR_BAD_FILE },
  { "duplicate-filename-case-insensitive.xlsx", OT_ERROR_BAD_FILE },
  { "issue252.xlsx", OT_ERROR_BAD_FILE },
};

static gboolean
must_be_refused (const char *base,
                 int        *code)
{
  *code = -1;
  if (g_str_has_prefix (base, "clusterfuzz-") || g_str_has_prefix (base, "crash-"))
    return TRUE;
  if (g_str_has_suffix (base, ".ods"))
    {
      *code = OT_ERROR_UNSUPPORTED;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    if (g_str_equal (base, refused[i].name))
      {
        *code = refused[i].code;
        return TRUE;
      }
  return FALSE;
}

static void
collect_files (const char *dir,
               GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, files);
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

/* Touch every value the way a caller would, so that a bad pointer shows under ASan. */
static gsize
walk_cells (OtXlsxWorkbook *wb)
{
  gsize n = 0;

  for (guint i = 0; i < ot_xlsx_workbook_get_n_sheets (wb); i++)
    {
      OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (wb, i);

      g_assert_true (g_utf8_validate (ot_xlsx_sheet_get_name (sheet), -1, NULL));
      for (guint c = 0; c < ot_xlsx_sheet_get_n_cells (sheet); c++, n++)
        {
          const OtXlsxCell *cell = ot_xlsx_sheet_get_cell (sheet, c);
          g_autofree char *ref = ot_xlsx_cell_dup_ref (cell);
          g_autofree char *iso = NULL;

          g_assert_true (ot_xlsx_sheet_lookup (sheet, cell->row, cell->col) != NULL);
          if (cell->type == OT_XLSX_CELL_STRING || cell->type == OT_XLSX_CELL_ERROR)
            g_assert_true (g_utf8_validate (cell->string, -1, NULL));
          if (cell->type == OT_XLSX_CELL_DATE)
            iso = ot_xlsx_serial_to_iso8601 (cell->number, ot_xlsx_workbook_get_date1904 (wb));
          if (cell->type == OT_XLSX_CELL_NUMBER)
            g_assert_true (isfinite (cell->number));
        }
    }
  return n;
}

static void
test_every_file (void)
{
  g_autofree char *root = g_build_filename (ot_test_shared_dir (), "corpus", "xlsx", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n_read = 0, n_refused = 0;
  gsize n_cells = 0;
  double slowest = 0;
  g_autofree char *slowest_path = NULL;

  collect_files (root, files);
  g_assert_cmpuint (files->len, >=, 400);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OtXlsxWorkbook) wb = NULL;
      gint64 start = g_get_monotonic_time ();
      double seconds;
      int code;

      wb = ot_xlsx_workbook_open (path, &error);
      if (wb != NULL && ot_xlsx_workbook_load_all (wb, &error))
        n_cells += walk_cells (wb);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      if (seconds > MAX_SECONDS_PER_FILE)
        g_error ("%s took %.2f s", path, seconds);
      if (seconds > slowest)
        {
          slowest = seconds;
          g_free (slowest_path);
          slowest_path = g_strdup (path);
        }

      if (must_be_refused (base, &code))
        {
          if (error == NULL)
            g_error ("%s should have been refused", path);
          g_assert_true (error->domain == OT_ERROR);
          if (code >= 0 && error->code != code)
            g_error ("%s: refused with code %d, not %d: %s", path, error->code, code, error->message);
          g_assert_nonnull (strstr (error->message, base));
          n_refused++;
        }
      else if (error != NULL)
        g_error ("%s should read, but: %s", path, error->message);
      else
        n_read++;
    }
  g_test_message ("%u files read (%" G_GSIZE_FORMAT " cells), %u refused; slowest %.3f s: %s",
                  n_read, n_cells, n_refused, slowest, slowest_path);
}

/* ---- files whose values openpyxl showed us ---- */

static OtXlsxWorkbook *
open_corpus (const char *relative)
{
  g_autofree char *path = g_build_filename (ot_test_shared_dir (), "corpus", "xlsx", relative, NULL);
  g_autoptr(GError) error = NULL;
  OtXlsxWorkbook *wb = ot_xlsx_workbook_open (path, &error);

  g_assert_no_error (error);
  return wb;
}

static void
assert_value (OtXlsxWorkbook *wb,
              const char     *sheet,
              const char     *ref,
              OtXlsxCellType  type,
              const char     *text)
{
  g_autoptr(GError) error = NULL;
  OtXlsxCell value;
  g_autofree char *shown = NULL;

  g_assert_true (ot_xlsx_workbook_get_value (wb, sheet, ref, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value.type, ==, type);
  if (type == OT_XLSX_CELL_DATE)
    shown = ot_xlsx_serial_to_iso8601 (value.number, ot_xlsx_workbook_get_date1904 (wb));
  else if (type == OT_XLSX_CELL_NUMBER || type == OT_XLSX_CELL_BOOLEAN)
    shown = g_strdup_printf ("%g", value.number);
  else
    shown = g_strdup (value.string);
  g_assert_cmpstr (shown, ==, text);
}

static void
test_dates (void)
{
  g_autoptr(OtXlsxWorkbook) wb = open_corpus ("calamine/tests/date.xlsx");
  g_autoptr(OtXlsxWorkbook) wb1904 = open_corpus ("calamine/tests/date_1904.xlsx");
  g_autoptr(OtXlsxWorkbook) iso = open_corpus ("calamine/tests/date_iso.xlsx");

  g_assert_false (ot_xlsx_workbook_get_date1904 (wb));
  assert_value (wb, "Sheet1", "A1", OT_XLSX_CELL_DATE, "2021-01-01");
  assert_value (wb, "Sheet1", "A2", OT_XLSX_CELL_DATE, "2021-01-02");
  assert_value (wb, "Sheet1", "A3", OT_XLSX_CELL_DATE, "1900-01-10T15:10:10");
  assert_value (wb, "Sheet1", "B1", OT_XLSX_CELL_NUMBER, "15");
  g_assert_true (ot_xlsx_workbook_get_date1904 (wb1904));
  assert_value (wb1904, "Sheet1", "A1", OT_XLSX_CELL_DATE, "2021-01-01");
  assert_value (wb1904, "Sheet1", "A2", OT_XLSX_CELL_DATE, "2021-01-02");
  assert_value (iso, "Sheet", "A1", OT_XLSX_CELL_DATE, "2021-01-01");
  assert_value (iso, "Sheet", "A2", OT_XLSX_CELL_DATE, "2021-01-01T10:10:10");
}

static void
test_hidden_sheets (void)
{
  g_autoptr(OtXlsxWorkbook) any = open_corpus ("calamine/tests/any_sheets.xlsx");
  g_autoptr(OtXlsxWorkbook) two = open_corpus ("poi/test-data/spreadsheet/TwoSheetsOneHidden.xlsx");
  const char *names[] = { "Visible", "Hidden", "VeryHidden", "Chart" };
  OtXlsxSheetState states[] = { OT_XLSX_SHEET_VISIBLE, OT_XLSX_SHEET_HIDDEN,
                                OT_XLSX_SHEET_VERY_HIDDEN, OT_XLSX_SHEET_VISIBLE };

  g_assert_cmpuint (ot_xlsx_workbook_get_n_sheets (any), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (any, i);
      g_assert_cmpstr (ot_xlsx_sheet_get_name (sheet), ==, names[i]);
      g_assert_cmpint (ot_xlsx_sheet_get_state (sheet), ==, states[i]);
    }
  /* A chart sheet has no cells. */
  g_assert_null (ot_xlsx_sheet_get_part (ot_xlsx_workbook_get_sheet (any, 3)));
  g_assert_cmpint (ot_xlsx_sheet_get_state (ot_xlsx_workbook_get_sheet (two, 0)), ==, OT_XLSX_SHEET_HIDDEN);
  assert_value (two, "Sheet1", "A1", OT_XLSX_CELL_STRING, "Sheet1A1");
  assert_value (two, "Sheet2", "A1", OT_XLSX_CELL_STRING, "Sheet2A1");
}

static void
test_defined_names (void)
{
  g_autoptr(OtXlsxWorkbook) wb = open_corpus ("poi/test-data/spreadsheet/testNames.xlsm");
  g_autoptr(OtXlsxWorkbook) strict = open_corpus ("calamine/tests/strict_iso_paths.xlsx");
  g_autoptr(GError) error = NULL;
  const OtXlsxDefinedName *dn;
  OtXlsxCell value;

  g_assert_cmpuint (ot_xlsx_workbook_get_n_defined_names (wb), ==, 5);
  dn = ot_xlsx_workbook_lookup_name (wb, "nr_B2_D3", NULL);
  g_assert_cmpstr (dn->ref, ==, "Sheet1!$B$2:$D$3");
  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "nr_A1", NULL, &value, &error));
  g_assert_cmpfloat (value.number, ==, 25);
  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "nr_B2_D3", NULL, &value, &error));
  g_assert_cmpfloat (value.number, ==, 13);
  g_assert_false (ot_xlsx_workbook_get_name_value (wb, "nr_OFFSET", NULL, &value, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ot_xlsx_workbook_get_name_value (wb, "n_K234", NULL, &value, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);

  dn = ot_xlsx_workbook_get_defined_name (strict, 0);
  g_assert_cmpstr (dn->name, ==, "_xlnm._FilterDatabase");
  g_assert_cmpint (dn->local_sheet, ==, 0);
  g_assert_true (dn->hidden);
  g_assert_cmpstr (dn->ref, ==, "ml_out!$A$1:$R$76");
}

static void
test_strings (void)
{
  g_autoptr(OtXlsxWorkbook) x000d = open_corpus ("calamine/tests/has_x000D_.xlsx");
  g_autoptr(OtXlsxWorkbook) x000d_inline = open_corpus ("calamine/tests/has_x000D_inline.xlsx");
  g_autoptr(OtXlsxWorkbook) rph = open_corpus ("calamine/tests/rph.xlsx");
  g_autoptr(OtXlsxWorkbook) rich = open_corpus ("calamine/tests/richtext-after-plain.xlsx");
  g_autoptr(OtXlsxWorkbook) space = open_corpus ("calamine/tests/whitespace_trim.xlsx");
  g_autoptr(OtXlsxWorkbook) entities = open_corpus ("calamine/tests/encoded_entities.xlsx");
  g_autoptr(OtXlsxWorkbook) cdata = open_corpus ("calamine/tests/inlineStr_cdata.xlsx");
  g_autoptr(OtXlsxWorkbook) errors = open_corpus ("calamine/tests/errors.xlsx");
  g_autoptr(OtXlsxWorkbook) beta = open_corpus ("poi/test-data/spreadsheet/sample-beta.xlsx");

  assert_value (x000d, "Sheet1", "A1", OT_XLSX_CELL_STRING, "ABC\r\nDEF");
  assert_value (x000d_inline, "Sheet1", "A1", OT_XLSX_CELL_STRING, "ABC\r\nDEF");
  assert_value (rph, "Sheet1", "A1", OT_XLSX_CELL_STRING, "課きく\u3000毛こ");
  assert_value (rich, "Sheet1", "A2", OT_XLSX_CELL_STRING, "tvalrval1rval2");
  assert_value (rich, "Sheet1", "D2", OT_XLSX_CELL_STRING, "rval1rval2");
  assert_value (space, "inlineStr", "A1", OT_XLSX_CELL_STRING, "  trimmed value  ");
  assert_value (space, "SharedStrings", "B1", OT_XLSX_CELL_STRING, "  preserved value  ");
  assert_value (space, "SharedStrings", "A3", OT_XLSX_CELL_STRING, "日期 时间");
  assert_value (entities, "Sheet1", "A1", OT_XLSX_CELL_STRING, "&");
  assert_value (entities, "Sheet1", "A2", OT_XLSX_CELL_STRING, "\n");
  assert_value (cdata, "Sheet1", "A1", OT_XLSX_CELL_STRING, "Hello CDATA");
  assert_value (errors, "Feuil1", "A1", OT_XLSX_CELL_ERROR, "#DIV/0!");
  assert_value (errors, "Feuil1", "A7", OT_XLSX_CELL_ERROR, "#N/A");
  assert_value (beta, "Sheet1", "A1", OT_XLSX_CELL_STRING, "Lorem");
  assert_value (beta, "Sheet1", "B10", OT_XLSX_CELL_NUMBER, "4995");
}

static void
test_odd_packages (void)
{
  g_autoptr(OtXlsxWorkbook) prefix = open_corpus ("calamine/tests/nonstandard-xml-ns-prefix.xlsx");
  g_autoptr(OtXlsxWorkbook) absolute = open_corpus ("calamine/tests/table_with_absolute_paths.xlsx");
  g_autoptr(OtXlsxWorkbook) backslash = open_corpus ("poi/test-data/spreadsheet/49609.xlsx");
  g_autoptr(OtXlsxWorkbook) bools = open_corpus ("poi/test-data/spreadsheet/Booleans.xlsx");
  g_autoptr(OtXlsxWorkbook) sst_count = open_corpus ("poi/test-data/spreadsheet/MalformedSSTCount.xlsx");

  assert_value (prefix, "Sheet1", "A1", OT_XLSX_CELL_STRING, "a");
  assert_value (prefix, "Sheet1", "B2", OT_XLSX_CELL_NUMBER, "3");
  assert_value (absolute, "table", "A2", OT_XLSX_CELL_NUMBER, "100");
  assert_value (absolute, "table", "B2", OT_XLSX_CELL_STRING, "North");
  assert_value (backslash, "FAM", "B1", OT_XLSX_CELL_STRING, "Cycle");
  assert_value (bools, "Sheet1", "A1", OT_XLSX_CELL_BOOLEAN, "1");
  assert_value (bools, "Sheet1", "A5", OT_XLSX_CELL_BOOLEAN, "0");
  /* Its count attribute claims trillions of strings; nothing is allocated from it. */
  assert_value (sst_count, "Sheet1", "A1", OT_XLSX_CELL_STRING, "sdgf");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx-corpus/every-file", test_every_file);
  g_test_add_func ("/xlsx-corpus/dates", test_dates);
  g_test_add_func ("/xlsx-corpus/hidden-sheets", test_hidden_sheets);
  g_test_add_func ("/xlsx-corpus/defined-names", test_defined_names);
  g_test_add_func ("/xlsx-corpus/strings", test_strings);
  g_test_add_func ("/xlsx-corpus/odd-packages", test_odd_packages);
  return g_test_run ();
}
