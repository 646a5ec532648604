/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-xlsx-reader.c: the XLSX reader on workbooks written by libxlsxwriter and on hand-built hostile zips. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>
#include <zip.h>

#include "ot-error.h"
#include "ot-test-support.h"
#include "xlsx/ot-xlsx.h"

static char *tmpdir;

/* ---- fixtures ---- */

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* A zip from name/content pairs, NULL-terminated; content is taken up to its NUL, unless
 * @binary_name names an entry whose content is @binary instead. */
static GBytes *
build_zip_with (zip_int32_t         method,
                const char *const  *entries,
                const char         *binary_name,
                GBytes             *binary)
{
  g_autofree char *path = tmp_path ("built.zip");
  int zerr = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);

  g_assert_nonnull (zip);
  for (guint i = 0; entries[i] != NULL; i += 2)
    {
      gboolean is_binary = g_strcmp0 (entries[i], binary_name) == 0;
      gsize len = is_binary ? g_bytes_get_size (binary) : strlen (entries[i + 1]);
      const void *data = is_binary ? g_bytes_get_data (binary, NULL) : entries[i + 1];
      zip_source_t *src = zip_source_buffer (zip, data, len, 0);
      zip_int64_t index = zip_file_add (zip, entries[i], src, ZIP_FL_ENC_UTF_8);
      g_assert_cmpint (index, >=, 0);
      g_assert_cmpint (zip_set_file_compression (zip, (zip_uint64_t) index, method, 9), ==, 0);
    }
  g_assert_cmpint (zip_close (zip), ==, 0);
  return read_bytes (path);
}

static GBytes *
build_zip_full (zip_int32_t         method,
                const char *const  *entries)
{
  return build_zip_with (method, entries, NULL, NULL);
}

static GBytes *
build_zip (const char *const *entries)
{
  return build_zip_full (ZIP_CM_DEFLATE, entries);
}

static const char root_rels[] =
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static const char workbook_rels[] =
  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
  "</Relationships>";

/* A non-standard prefix for the main namespace, as some generators write. */
static const char workbook_xml[] =
  "<?xml version=\"1.0\"?><x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
  " xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<x:workbookPr date1904=\"1\"/><x:sheets><x:sheet name=\"Data\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets>"
  "</x:workbook>";

static const char styles_xml[] =
  "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
  "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-413]d\\ mmmm\\ yyyy\"/></numFmts>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
  "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"4\"/></cellXfs>"
  "</styleSheet>";

/* A hand-built workbook with one sheet; @sst may be NULL. */
static GBytes *
build_workbook (const char *sheet_xml,
                const char *sst)
{
  const char *entries[] = {
    "_rels/.rels", root_rels,
    "xl/workbook.xml", workbook_xml,
    "xl/_rels/workbook.xml.rels", workbook_rels,
    "xl/styles.xml", styles_xml,
    "xl/worksheets/sheet1.xml", sheet_xml,
    sst ? "xl/sharedStrings.xml" : NULL, sst,
    NULL,
  };

  return build_zip (entries);
}

static char *
sheet_with_rows (const char *rows)
{
  return g_strconcat ("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<sheetData>", rows, "</sheetData></worksheet>", NULL);
}

static OtXlsxWorkbook *
open_bytes (GBytes  *bytes,
            GError **error)
{
  return ot_xlsx_workbook_new_from_bytes (bytes, "test.xlsx", error);
}

static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = open_bytes (bytes, &error);

  if (wb != NULL)
    ot_xlsx_workbook_load_all (wb, &error);
  g_assert_error (error, OT_ERROR, code);
  g_assert_nonnull (strstr (error->message, "test.xlsx"));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, fragment);
}

/* ---- a workbook written by libxlsxwriter ---- */

static char *
write_libxlsxwriter_workbook (void)
{
  char *path = tmp_path ("written.xlsx");
  lxw_workbook *book = workbook_new (path);
  lxw_worksheet *s1 = workbook_add_worksheet (book, "Sheet 1");
  lxw_worksheet *s2 = workbook_add_worksheet (book, "Verborgen");
  lxw_format *date_fmt = workbook_add_format (book);
  lxw_format *money_fmt = workbook_add_format (book);
  lxw_datetime dt = { .year = 2024, .month = 3, .day = 1, .hour = 12, .min = 30, .sec = 0 };

  format_set_num_format (date_fmt, "dd/mm/yyyy hh:mm");
  format_set_num_format (money_fmt, "#,##0.00 \"EUR\"");
  worksheet_write_string (s1, 0, 0, "Naam", NULL);
  worksheet_write_string (s1, 0, 1, "Bedrag", NULL);
  worksheet_write_string (s1, 1, 0, "Tarief \"A\" & <B>", NULL);
  worksheet_write_number (s1, 1, 1, 1234.5, money_fmt);
  worksheet_write_datetime (s1, 2, 0, &dt, date_fmt);
  worksheet_write_boolean (s1, 2, 1, 1, NULL);
  worksheet_write_formula_num (s1, 3, 1, "=B2*2", NULL, 2469);
  worksheet_write_formula_str (s1, 3, 2, "=A1&\"!\"", NULL, "Naam!");
  worksheet_write_number (s1, 99, 27, -0.25, NULL);
  worksheet_write_string (s2, 4, 3, "geheim", NULL);
  worksheet_hide (s2);
  workbook_define_name (book, "Tarief", "='Sheet 1'!$B$2");
  workbook_define_name (book, "'Sheet 1'!Lokaal", "='Sheet 1'!$C$4");
  workbook_define_name (book, "Lokaal", "=Verborgen!$D$5");
  workbook_define_name (book, "Bereik", "='Sheet 1'!$A$1:$B$4");
  g_assert_cmpint (workbook_close (book), ==, LXW_NO_ERROR);
  return path;
}

static void
test_libxlsxwriter_values (void)
{
  g_autofree char *path = write_libxlsxwriter_workbook ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = ot_xlsx_workbook_open (path, &error);
  OtXlsxSheet *s1;
  const OtXlsxCell *cell;
  g_autofree char *iso = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ot_xlsx_workbook_get_display_name (wb), ==, "written.xlsx");
  g_assert_false (ot_xlsx_workbook_get_date1904 (wb));
  g_assert_cmpuint (ot_xlsx_workbook_get_n_sheets (wb), ==, 2);
  s1 = ot_xlsx_workbook_get_sheet (wb, 0);
  g_assert_cmpstr (ot_xlsx_sheet_get_name (s1), ==, "Sheet 1");
  g_assert_cmpint (ot_xlsx_sheet_get_state (s1), ==, OT_XLSX_SHEET_VISIBLE);
  g_assert_cmpstr (ot_xlsx_sheet_get_part (s1), ==, "xl/worksheets/sheet1.xml");
  g_assert_true (ot_xlsx_sheet_load (s1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ot_xlsx_sheet_get_n_cells (s1), ==, 9);

  cell = ot_xlsx_sheet_lookup (s1, 1, 0);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_STRING);
  g_assert_cmpstr (cell->string, ==, "Tarief \"A\" & <B>");
  cell = ot_xlsx_sheet_lookup (s1, 1, 1);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_NUMBER);
  g_assert_cmpfloat (cell->number, ==, 1234.5);
  g_assert_false (cell->date_style);

  cell = ot_xlsx_sheet_lookup (s1, 2, 0);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_DATE);
  g_assert_true (cell->date_style);
  iso = ot_xlsx_serial_to_iso8601 (cell->number, FALSE);
  g_assert_cmpstr (iso, ==, "2024-03-01T12:30:00");

  cell = ot_xlsx_sheet_lookup (s1, 2, 1);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_BOOLEAN);
  g_assert_cmpfloat (cell->number, ==, 1);
  cell = ot_xlsx_sheet_lookup (s1, 3, 1);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_NUMBER);
  g_assert_true (cell->formula);
  g_assert_cmpfloat (cell->number, ==, 2469);
  cell = ot_xlsx_sheet_lookup (s1, 3, 2);
  g_assert_cmpint (cell->type, ==, OT_XLSX_CELL_STRING);
  g_assert_true (cell->formula);
  g_assert_cmpstr (cell->string, ==, "Naam!");
  g_assert_null (ot_xlsx_sheet_lookup (s1, 3, 3));

  /* The last cell in row order is AB100. */
  cell = ot_xlsx_sheet_get_cell (s1, ot_xlsx_sheet_get_n_cells (s1) - 1);
  {
    g_autofree char *ref = ot_xlsx_cell_dup_ref (cell);
    g_assert_cmpstr (ref, ==, "AB100");
    g_assert_cmpfloat (cell->number, ==, -0.25);
  }
}

static void
test_libxlsxwriter_names_and_hidden (void)
{
  g_autofree char *path = write_libxlsxwriter_workbook ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = ot_xlsx_workbook_open (path, &error);
  const OtXlsxDefinedName *dn;
  OtXlsxCell value;
  OtXlsxSheet *hidden;

  g_assert_no_error (error);
  hidden = ot_xlsx_workbook_find_sheet (wb, "verborgen");
  g_assert_nonnull (hidden);
  g_assert_cmpint (ot_xlsx_sheet_get_state (hidden), ==, OT_XLSX_SHEET_HIDDEN);
  g_assert_cmpuint (ot_xlsx_workbook_get_n_defined_names (wb), >=, 4);

  dn = ot_xlsx_workbook_lookup_name (wb, "tarief", NULL);
  g_assert_nonnull (dn);
  g_assert_cmpstr (dn->ref, ==, "'Sheet 1'!$B$2");
  g_assert_cmpint (dn->local_sheet, ==, -1);

  /* The sheet-scoped name wins inside its sheet; elsewhere the workbook's applies. */
  dn = ot_xlsx_workbook_lookup_name (wb, "Lokaal", "Sheet 1");
  g_assert_cmpint (dn->local_sheet, ==, 0);
  g_assert_cmpstr (dn->ref, ==, "'Sheet 1'!$C$4");
  dn = ot_xlsx_workbook_lookup_name (wb, "Lokaal", "Verborgen");
  g_assert_cmpint (dn->local_sheet, ==, -1);
  dn = ot_xlsx_workbook_lookup_name (wb, "Lokaal", NULL);
  g_assert_cmpstr (dn->ref, ==, "Verborgen!$D$5");
  g_assert_null (ot_xlsx_workbook_lookup_name (wb, "Onbekend", NULL));

  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "Tarief", NULL, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value.type, ==, OT_XLSX_CELL_NUMBER);
  g_assert_cmpfloat (value.number, ==, 1234.5);
  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "Lokaal", "Sheet 1", &value, &error));
  g_assert_cmpstr (value.string, ==, "Naam!");
  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "Lokaal", NULL, &value, &error));
  g_assert_cmpstr (value.string, ==, "geheim");
  g_assert_true (ot_xlsx_workbook_get_name_value (wb, "Bereik", NULL, &value, &error));
  g_assert_cmpstr (value.string, ==, "Naam");

  g_assert_true (ot_xlsx_workbook_get_value (wb, "Sheet 1", "$B$4", &value, &error));
  g_assert_cmpfloat (value.number, ==, 2469);
  g_assert_true (ot_xlsx_workbook_get_value (wb, "Sheet 1", "Z9", &value, &error));
  g_assert_cmpint (value.type, ==, OT_XLSX_CELL_EMPTY);
  g_assert_cmpuint (value.row, ==, 8);
  g_assert_cmpuint (value.col, ==, 25);

  g_assert_false (ot_xlsx_workbook_get_value (wb, "Nergens", "A1", &value, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ot_xlsx_workbook_get_value (wb, "Sheet 1", "A0", &value, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ot_xlsx_workbook_get_name_value (wb, "Onbekend", NULL, &value, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_NOT_FOUND);
}

static gpointer
read_in_thread (gpointer data)
{
  const char *path = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OtXlsxWorkbook) wb = ot_xlsx_workbook_open (path, &error);
      OtXlsxCell value;

      g_assert_no_error (error);
      g_assert_true (ot_xlsx_workbook_get_name_value (wb, "Tarief", NULL, &value, &error));
      g_assert_cmpfloat (value.number, ==, 1234.5);
    }
  return NULL;
}

/* Readers in several threads at once, as import tasks run them. */
static void
test_threads (void)
{
  g_autofree char *path = write_libxlsxwriter_workbook ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("xlsx", read_in_thread, path);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

/* ---- hand-built workbooks ---- */

static void
test_cell_kinds (void)
{
  g_autofree char *sheet = sheet_with_rows (
    "<row r=\"2\"><c r=\"C2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
    "<c r=\"A2\" t=\"s\"><v>1</v></c>"                                   /* out of order */
    "<c r=\"D2\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></is></c></row>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45352</v></c>"
    "<c r=\"C1\" s=\"3\"><v>45352</v></c><c r=\"D1\" t=\"b\"><v>0</v></c><c r=\"E1\" t=\"e\"><v>#N/A</v></c>"
    "<c r=\"F1\" s=\"2\"/><c r=\"G1\" t=\"str\"><f>A1</f><v>a_x000D_b</v></c></row>"
    "<row r=\"3\"><c><v>7</v></c><c><v>8</v></c></row><row><c><v>9</v></c></row>"); /* no references */
  const char sst[] =
    "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"999999999\">"
    "<si><t xml:space=\"preserve\">  Regel 1_x000D_\nRegel 2 </t></si>"
    "<si><r><t>ka</t></r><r><t>na</t></r><rPh sb=\"0\" eb=\"1\"><t>KANA</t></rPh></si></sst>";
  g_autoptr(GBytes) bytes = build_workbook (sheet, sst);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = open_bytes (bytes, &error);
  OtXlsxSheet *s;
  const OtXlsxCell *c;
  g_autofree char *iso = NULL;

  g_assert_no_error (error);
  g_assert_true (ot_xlsx_workbook_get_date1904 (wb));
  s = ot_xlsx_workbook_get_sheet (wb, 0);
  g_assert_cmpstr (ot_xlsx_sheet_get_part (s), ==, "xl/worksheets/sheet1.xml");
  g_assert_true (ot_xlsx_sheet_load (s, &error));
  g_assert_no_error (error);

  /* Row order, whatever the file's order; the styled empty F1 is not a cell. */
  g_assert_cmpuint (ot_xlsx_sheet_get_n_cells (s), ==, 12);
  c = ot_xlsx_sheet_get_cell (s, 0);
  g_assert_cmpuint (c->row, ==, 0);
  g_assert_cmpuint (c->col, ==, 0);
  g_assert_cmpstr (c->string, ==, "  Regel 1\r\nRegel 2 ");
  c = ot_xlsx_sheet_get_cell (s, 6);
  g_assert_cmpuint (c->row, ==, 1);
  g_assert_cmpstr (c->string, ==, "kana");

  c = ot_xlsx_sheet_lookup (s, 0, 1);
  g_assert_cmpint (c->type, ==, OT_XLSX_CELL_DATE);
  iso = ot_xlsx_serial_to_iso8601 (c->number, ot_xlsx_workbook_get_date1904 (wb));
  g_assert_cmpstr (iso, ==, "2028-03-02");
  c = ot_xlsx_sheet_lookup (s, 0, 2);
  g_assert_cmpint (c->type, ==, OT_XLSX_CELL_NUMBER);
  c = ot_xlsx_sheet_lookup (s, 0, 3);
  g_assert_cmpint (c->type, ==, OT_XLSX_CELL_BOOLEAN);
  g_assert_cmpfloat (c->number, ==, 0);
  c = ot_xlsx_sheet_lookup (s, 0, 4);
  g_assert_cmpint (c->type, ==, OT_XLSX_CELL_ERROR);
  g_assert_cmpstr (c->string, ==, "#N/A");
  g_assert_null (ot_xlsx_sheet_lookup (s, 0, 5));
  c = ot_xlsx_sheet_lookup (s, 0, 6);
  g_assert_cmpstr (c->string, ==, "a\rb");
  g_assert_true (c->formula);
  c = ot_xlsx_sheet_lookup (s, 1, 2);
  g_assert_cmpint (c->type, ==, OT_XLSX_CELL_ERROR);
  g_assert_cmpstr (c->string, ==, "#DIV/0!");
  c = ot_xlsx_sheet_lookup (s, 1, 3);
  g_assert_cmpstr (c->string, ==, "rich text");
  c = ot_xlsx_sheet_lookup (s, 2, 1);
  g_assert_cmpfloat (c->number, ==, 8);
  c = ot_xlsx_sheet_lookup (s, 3, 0);
  g_assert_cmpfloat (c->number, ==, 9);
  {
    guint32 rows, cols;
    ot_xlsx_sheet_get_extent (s, &rows, &cols);
    g_assert_cmpuint (rows, ==, 4);
    g_assert_cmpuint (cols, ==, 7);
  }
}

static void
test_duplicate_cells (void)
{
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c>"
                                            "<c r=\"B1\"><v>3</v></c></row>");
  g_autoptr(GBytes) bytes = build_workbook (sheet, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = open_bytes (bytes, &error);
  OtXlsxSheet *s = ot_xlsx_workbook_get_sheet (wb, 0);

  g_assert_true (ot_xlsx_sheet_load (s, &error));
  g_assert_cmpuint (ot_xlsx_sheet_get_n_cells (s), ==, 2);
  g_assert_cmpfloat (ot_xlsx_sheet_get_cell (s, 0)->number, ==, 2);
  g_assert_cmpfloat (ot_xlsx_sheet_get_cell (s, 1)->number, ==, 3);
}

static void
test_bad_shared_string_index (void)
{
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>");
  g_autoptr(GBytes) bytes = build_workbook (sheet, NULL);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "A1");
}

/* ---- hostile files ---- */

static void
test_doctype_refused (void)
{
  const char *bombs[] = {
    /* billion laughs */
    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol3;</t></si></sst>",
    /* external entity */
    "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>",
    /* external DTD, with a comment before it */
    "<?xml version=\"1.0\"?><!-- x --><!DOCTYPE sst SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si></sst>",
  };
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");

  for (guint i = 0; i < G_N_ELEMENTS (bombs); i++)
    {
      g_autoptr(GBytes) bytes = build_workbook (sheet, bombs[i]);
      assert_refused (bytes, OT_ERROR_BAD_FILE, "document type");
    }
}

/* The same bomb in UTF-16, whose bytes hide "<!DOCTYPE" from a naive byte scan. */
static void
test_doctype_utf16 (void)
{
  const char bomb[] =
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol2;</t></si></sst>";
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  gsize len = 0;
  char *utf16 = g_convert (bomb, -1, "UTF-16", "UTF-8", NULL, &len, NULL);
  g_autoptr(GBytes) sst = g_bytes_new_take (utf16, len);
  const char *entries[] = {
    "_rels/.rels", root_rels, "xl/workbook.xml", workbook_xml,
    "xl/_rels/workbook.xml.rels", workbook_rels, "xl/worksheets/sheet1.xml", sheet,
    "xl/sharedStrings.xml", "", NULL,
  };
  g_autoptr(GBytes) bytes = build_zip_with (ZIP_CM_DEFLATE, entries, "xl/sharedStrings.xml", sst);

  g_assert_nonnull (utf16);
  assert_refused (bytes, OT_ERROR_BAD_FILE, "document type");
}

static void
test_undeclared_entity_refused (void)
{
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
  g_autoptr(GBytes) bytes = build_workbook (sheet, NULL);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "sheet1.xml");
}

static void
test_zip_bomb (void)
{
  /* 40 MiB of one repeated row: it deflates about a thousandfold. */
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autofree char *sheet = NULL;
  g_autoptr(GBytes) bytes = NULL;

  while (rows->len < 40 * 1024 * 1024)
    g_string_append (rows, "<row><c><v>0</v></c></row>                                   ");
  sheet = sheet_with_rows (rows->str);
  bytes = build_workbook (sheet, NULL);
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 1024 * 1024);
  assert_refused (bytes, OT_ERROR_LIMIT, "zip bomb");
}

/* Patch the uncompressed size of @name in the central directory, as a lying zip would. */
static GBytes *
lie_about_size (GBytes     *bytes,
                const char *name,
                guint32     size)
{
  gsize len;
  guint8 *data = g_bytes_unref_to_data (g_bytes_ref (bytes), &len);
  gsize name_len = strlen (name);
  gboolean patched = FALSE;

  for (gsize i = 0; i + 46 + name_len <= len; i++)
    {
      if (memcmp (data + i, "PK\x01\x02", 4) != 0 || memcmp (data + i + 46, name, name_len) != 0)
        continue;
      data[i + 24] = size & 0xff;
      data[i + 25] = (size >> 8) & 0xff;
      data[i + 26] = (size >> 16) & 0xff;
      data[i + 27] = (size >> 24) & 0xff;
      patched = TRUE;
    }
  g_assert_true (patched);
  return g_bytes_new_take (data, len);
}

/* The directory claims a small part; the inflater is counted, not the claim. */
static void
test_lying_sizes (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autofree char *sheet = NULL;
  g_autoptr(GBytes) honest = NULL;
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;

  while (rows->len < 8 * 1024 * 1024)
    g_string_append (rows, "<row><c><v>0</v></c></row>");
  sheet = sheet_with_rows (rows->str);
  honest = build_workbook (sheet, NULL);
  lying = lie_about_size (honest, "xl/worksheets/sheet1.xml", 1000);
  wb = open_bytes (lying, &error);
  g_assert_no_error (error);
  g_assert_false (ot_xlsx_workbook_load_all (wb, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "zip bomb"));
}

static void
test_total_size_limit (void)
{
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autofree char *sheet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  g_autoptr(GError) error = NULL;
  OtXlsxLimits limits;

  for (guint i = 0; rows->len < 200000; i++)
    g_string_append_printf (rows, "<row><c><v>%u</v></c></row>", i * 7919);
  sheet = sheet_with_rows (rows->str);
  bytes = build_workbook (sheet, NULL);
  ot_xlsx_limits_init_default (&limits);
  limits.max_total_uncompressed = 100000;
  wb = ot_xlsx_workbook_new_from_bytes_full (bytes, "test.xlsx", &limits, &error);
  g_assert_no_error (error);
  g_assert_false (ot_xlsx_workbook_load_all (wb, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  /* A failed sheet stays failed, and shows no cells. */
  g_clear_error (&error);
  g_assert_false (ot_xlsx_sheet_load (ot_xlsx_workbook_get_sheet (wb, 0), &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_assert_cmpuint (ot_xlsx_sheet_get_n_cells (ot_xlsx_workbook_get_sheet (wb, 0)), ==, 0);
}

static void
test_cell_limit (void)
{
  g_autofree char *sheet = sheet_with_rows ("<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>"
                                            "<row><c><v>4</v></c><c><v>5</v></c></row>");
  g_autoptr(GBytes) bytes = build_workbook (sheet, NULL);
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  g_autoptr(GError) error = NULL;
  OtXlsxLimits limits;

  ot_xlsx_limits_init_default (&limits);
  limits.max_cells = 4;
  wb = ot_xlsx_workbook_new_from_bytes_full (bytes, "test.xlsx", &limits, &error);
  g_assert_no_error (error);
  g_assert_false (ot_xlsx_workbook_load_all (wb, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "4"));
}

/* A million rows of three cells, stored (not deflated) so that only the cell limit trips. */
static void
test_million_rows (void)
{
  g_autoptr(GString) rows = g_string_sized_new (60 * 1000000);
  g_autofree char *sheet = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 1000000; i++)
    g_string_append (rows, "<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>");
  sheet = sheet_with_rows (rows->str);
  g_string_truncate (rows, 0);
  {
    const char *entries[] = {
      "_rels/.rels", root_rels, "xl/workbook.xml", workbook_xml,
      "xl/_rels/workbook.xml.rels", workbook_rels, "xl/worksheets/sheet1.xml", sheet, NULL,
    };
    bytes = build_zip_full (ZIP_CM_STORE, entries);
  }
  g_clear_pointer (&sheet, g_free);

  wb = open_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_false (ot_xlsx_workbook_load_all (wb, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "cells"));
  g_test_message ("a million rows refused in %.2f s", (g_get_monotonic_time () - start) / 1e6);
}

static void
test_long_string (void)
{
  g_autoptr(GString) sst = g_string_new ("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 32768; i++)
    g_string_append (sst, i % 2 ? "é" : "x");
  g_string_append (sst, "</t></si></sst>");
  bytes = build_workbook (sheet, sst->str);
  assert_refused (bytes, OT_ERROR_LIMIT, "32767");
}

static void
test_exactly_max_string (void)
{
  g_autoptr(GString) sst = g_string_new ("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxCell value;

  for (guint i = 0; i < 32767; i++)
    g_string_append (sst, "é");
  g_string_append (sst, "</t></si></sst>");
  bytes = build_workbook (sheet, sst->str);
  wb = open_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (ot_xlsx_workbook_get_value (wb, "Data", "A1", &value, &error));
  g_assert_cmpint (g_utf8_strlen (value.string, -1), ==, 32767);
}

static void
test_shared_string_limit (void)
{
  g_autoptr(GString) sst = g_string_new ("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
  g_autofree char *sheet = sheet_with_rows ("");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxLimits limits;

  for (guint i = 0; i < 11; i++)
    g_string_append (sst, "<si><t/></si>");
  g_string_append (sst, "</sst>");
  bytes = build_workbook (sheet, sst->str);
  ot_xlsx_limits_init_default (&limits);
  limits.max_shared_strings = 10;
  wb = ot_xlsx_workbook_new_from_bytes_full (bytes, "test.xlsx", &limits, &error);
  g_assert_null (wb);
  g_assert_error (error, OT_ERROR, OT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "shared strings"));
}

static void
test_empty_file (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "empty");
}

static void
test_paths (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = tmp_path ("nergens.xlsx");

  g_assert_null (ot_xlsx_workbook_open (missing, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "nergens.xlsx"));
  g_clear_error (&error);
  g_assert_null (ot_xlsx_workbook_open (tmpdir, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_IO);
}

static void
test_not_a_zip (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Naam;Bedrag\nA;1\n", 16);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "not an XLSX");
}

static void
test_truncated_zip (void)
{
  g_autofree char *path = write_libxlsxwriter_workbook ();
  g_autoptr(GBytes) whole = read_bytes (path);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);

  assert_refused (half, OT_ERROR_BAD_FILE, "incomplete");
}

/* A compound file with the given stream name in its directory, enough for the sniffer. */
static GBytes *
ole_file (const char *stream)
{
  static const guint8 magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  guint8 *data = g_malloc0 (1536);

  memcpy (data, magic, sizeof magic);
  for (gsize i = 0; stream[i] != '\0'; i++)
    data[1024 + 2 * i] = (guint8) stream[i];
  return g_bytes_new_take (data, 1536);
}

static void
test_ole_files (void)
{
  g_autoptr(GBytes) encrypted = ole_file ("EncryptedPackage");
  g_autoptr(GBytes) xls = ole_file ("Workbook");
  g_autoptr(GBytes) other = ole_file ("WordDocument");

  assert_refused (encrypted, OT_ERROR_UNSUPPORTED, "password");
  assert_refused (xls, OT_ERROR_UNSUPPORTED, ".xls");
  assert_refused (other, OT_ERROR_BAD_FILE, NULL);
}

static void
test_ods (void)
{
  const char *entries[] = {
    "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml", "<office:document-content/>",
    NULL,
  };
  g_autoptr(GBytes) bytes = build_zip_full (ZIP_CM_STORE, entries);

  assert_refused (bytes, OT_ERROR_UNSUPPORTED, ".ods");
}

static void
test_duplicate_parts (void)
{
  g_autofree char *sheet = sheet_with_rows ("");
  const char *entries[] = {
    "_rels/.rels", root_rels, "xl/workbook.xml", workbook_xml,
    "xl/_rels/workbook.xml.rels", workbook_rels,
    "xl/worksheets/sheet1.xml", sheet, "XL/Worksheets/Sheet1.xml", sheet, NULL,
  };
  g_autoptr(GBytes) bytes = build_zip (entries);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "twice");
}

static void
test_no_workbook (void)
{
  const char *entries[] = { "word/document.xml", "<w:document/>", NULL };
  g_autoptr(GBytes) bytes = build_zip (entries);

  assert_refused (bytes, OT_ERROR_BAD_FILE, "not an XLSX");
}

static void
test_xlsb (void)
{
  const char rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/>"
    "</Relationships>";
  const char *entries[] = { "_rels/.rels", rels, "xl/workbook.bin", "\x83\x01\x00", NULL };
  g_autoptr(GBytes) bytes = build_zip (entries);

  assert_refused (bytes, OT_ERROR_UNSUPPORTED, ".xlsb");
}

/* Backslashes and other case in part names, as some Windows tools write them. */
static void
test_backslash_part_names (void)
{
  g_autofree char *sheet = sheet_with_rows ("<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>");
  const char *entries[] = {
    "_rels\\.rels", root_rels, "XL\\Workbook.xml", workbook_xml,
    "xl\\_rels\\workbook.xml.rels", workbook_rels, "xl\\worksheets\\sheet1.xml", sheet, NULL,
  };
  g_autoptr(GBytes) bytes = build_zip (entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = open_bytes (bytes, &error);
  OtXlsxCell value;

  g_assert_no_error (error);
  g_assert_true (ot_xlsx_workbook_get_value (wb, "Data", "A1", &value, &error));
  g_assert_cmpfloat (value.number, ==, 42);
}

/* ---- the small languages ---- */

static void
test_refs (void)
{
  char buf[OT_XLSX_REF_SIZE];
  guint32 row, col;
  g_autofree char *sheet = NULL;

  ot_xlsx_format_ref (0, 0, buf);
  g_assert_cmpstr (buf, ==, "A1");
  ot_xlsx_format_ref (3, 25, buf);
  g_assert_cmpstr (buf, ==, "Z4");
  ot_xlsx_format_ref (9, 26, buf);
  g_assert_cmpstr (buf, ==, "AA10");
  ot_xlsx_format_ref (OT_XLSX_MAX_ROWS - 1, OT_XLSX_MAX_COLS - 1, buf);
  g_assert_cmpstr (buf, ==, "XFD1048576");

  g_assert_true (ot_xlsx_parse_ref ("$b$4", &row, &col));
  g_assert_cmpuint (row, ==, 3);
  g_assert_cmpuint (col, ==, 1);
  g_assert_true (ot_xlsx_parse_ref ("XFD1048576", &row, &col));
  g_assert_false (ot_xlsx_parse_ref ("XFE1", NULL, NULL));
  g_assert_false (ot_xlsx_parse_ref ("A1048577", NULL, NULL));
  g_assert_false (ot_xlsx_parse_ref ("A0", NULL, NULL));
  g_assert_false (ot_xlsx_parse_ref ("A1B", NULL, NULL));
  g_assert_false (ot_xlsx_parse_ref ("", NULL, NULL));
  g_assert_false (ot_xlsx_parse_ref ("12", NULL, NULL));

  g_assert_true (ot_xlsx_parse_sheet_ref ("'It''s 1'!$B$4", &sheet, &row, &col));
  g_assert_cmpstr (sheet, ==, "It's 1");
  g_assert_cmpuint (row, ==, 3);
  g_assert_cmpuint (col, ==, 1);
  g_clear_pointer (&sheet, g_free);
  g_assert_true (ot_xlsx_parse_sheet_ref ("=Blad1!C3:D9", &sheet, &row, &col));
  g_assert_cmpstr (sheet, ==, "Blad1");
  g_assert_cmpuint (row, ==, 2);
  g_clear_pointer (&sheet, g_free);
  g_assert_false (ot_xlsx_parse_sheet_ref ("OFFSET(Blad1!$A$1,1,1)", &sheet, &row, &col));
  g_assert_false (ot_xlsx_parse_sheet_ref ("Blad1!#REF!", &sheet, &row, &col));
  g_assert_false (ot_xlsx_parse_sheet_ref ("Blad1!$A$1,Blad1!$B$2", &sheet, &row, &col));
  g_assert_false (ot_xlsx_parse_sheet_ref ("'Blad1!A1", &sheet, &row, &col));
  g_assert_false (ot_xlsx_parse_sheet_ref ("A1", &sheet, &row, &col));
  g_assert_false (ot_xlsx_parse_sheet_ref ("234", &sheet, &row, &col));
  g_assert_null (sheet);
}

static void
test_dates (void)
{
  const struct { double serial; gboolean d1904; const char *iso; } cases[] = {
    { 1, FALSE, "1900-01-01" },
    { 59, FALSE, "1900-02-28" },
    { 61, FALSE, "1900-03-01" },
    { 44197, FALSE, "2021-01-01" },
    { 44197.5, FALSE, "2021-01-01T12:00:00" },
    { 10.632060185185185, FALSE, "1900-01-10T15:10:10" },
    { 0, TRUE, "1904-01-01" },
    { 42735, TRUE, "2021-01-01" },
    { 2958465, FALSE, "9999-12-31" },
  };
  const char *date_formats[] = { "dd/mm/yyyy", "[$-413]d mmmm yyyy", "h:mm AM/PM", "[h]:mm:ss", "mmm-yy", "yyyy\\-mm\\-dd" };
  const char *other_formats[] = { "General", "0.00", "#,##0 \"days\"", "[Red]0.00", "0.00E+00", "\"dd\"0", "0;[Red]-0 \"m\"", "[Magenta]0.00", "[$-413]#,##0", "@" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = ot_xlsx_serial_to_iso8601 (cases[i].serial, cases[i].d1904);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  g_assert_null (ot_xlsx_serial_to_date_time (60, FALSE));
  g_assert_null (ot_xlsx_serial_to_date_time (-1, FALSE));
  g_assert_null (ot_xlsx_serial_to_date_time (3e6, FALSE));
  g_assert_null (ot_xlsx_serial_to_date_time (NAN, TRUE));
  {
    g_autoptr(GDateTime) dt = ot_xlsx_serial_to_date_time (60, TRUE);
    g_assert_cmpint (g_date_time_get_month (dt), ==, 3);
    g_assert_cmpint (g_date_time_get_day_of_month (dt), ==, 1);
  }
  for (guint i = 0; i < G_N_ELEMENTS (date_formats); i++)
    g_assert_true (ot_xlsx_format_is_date (date_formats[i]));
  for (guint i = 0; i < G_N_ELEMENTS (other_formats); i++)
    if (ot_xlsx_format_is_date (other_formats[i]))
      g_error ("%s is not a date format", other_formats[i]);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = ot_test_mkdtemp ();

  g_test_add_func ("/xlsx/refs", test_refs);
  g_test_add_func ("/xlsx/dates", test_dates);
  g_test_add_func ("/xlsx/libxlsxwriter/values", test_libxlsxwriter_values);
  g_test_add_func ("/xlsx/libxlsxwriter/names-and-hidden", test_libxlsxwriter_names_and_hidden);
  g_test_add_func ("/xlsx/cells/kinds", test_cell_kinds);
  g_test_add_func ("/xlsx/cells/bad-shared-string", test_bad_shared_string_index);
  g_test_add_func ("/xlsx/cells/duplicates", test_duplicate_cells);
  g_test_add_func ("/xlsx/parts/backslashes", test_backslash_part_names);
  g_test_add_func ("/xlsx/hostile/doctype", test_doctype_refused);
  g_test_add_func ("/xlsx/hostile/doctype-utf16", test_doctype_utf16);
  g_test_add_func ("/xlsx/hostile/undeclared-entity", test_undeclared_entity_refused);
  g_test_add_func ("/xlsx/hostile/zip-bomb", test_zip_bomb);
  g_test_add_func ("/xlsx/hostile/total-size", test_total_size_limit);
  g_test_add_func ("/xlsx/hostile/lying-sizes", test_lying_sizes);
  g_test_add_func ("/xlsx/threads", test_threads);
  g_test_add_func ("/xlsx/hostile/cell-limit", test_cell_limit);
  g_test_add_func ("/xlsx/hostile/million-rows", test_million_rows);
  g_test_add_func ("/xlsx/hostile/long-string", test_long_string);
  g_test_add_func ("/xlsx/hostile/max-string", test_exactly_max_string);
  g_test_add_func ("/xlsx/hostile/shared-string-limit", test_shared_string_limit);
  g_test_add_func ("/xlsx/kinds/empty", test_empty_file);
  g_test_add_func ("/xlsx/kinds/not-a-zip", test_not_a_zip);
  g_test_add_func ("/xlsx/kinds/paths", test_paths);
  g_test_add_func ("/xlsx/kinds/truncated", test_truncated_zip);
  g_test_add_func ("/xlsx/kinds/ole", test_ole_files);
  g_test_add_func ("/xlsx/kinds/ods", test_ods);
  g_test_add_func ("/xlsx/kinds/duplicate-parts", test_duplicate_parts);
  g_test_add_func ("/xlsx/kinds/no-workbook", test_no_workbook);
  g_test_add_func ("/xlsx/kinds/xlsb", test_xlsb);

  ret = g_test_run ();
  ot_test_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
