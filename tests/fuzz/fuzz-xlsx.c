/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-xlsx.c: a libFuzzer target that feeds arbitrary bytes to the XLSX reader and walks whatever it reads. */
#include "config.h"

#include <string.h>
#include <zip.h>

#include "xlsx/ot-xlsx.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Mutated zips mostly die at the CRC check. So the first byte picks a mode: 0 feeds the
 * rest as the whole file; 1..5 put the rest, as is, into one part of an otherwise valid
 * workbook, which lets mutations reach the XML readers. */
static const char *const part_names[] = {
  NULL, "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
  "xl/styles.xml", "xl/_rels/workbook.xml.rels",
};

static const char *const part_defaults[] = {
  NULL,
  "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
  "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c><c r=\"B1\"><v>1.5</v></c></row></sheetData></worksheet>",
  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si></sst>",
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
  "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
  "<definedName name=\"N\">S!$B$1</definedName></definedNames></workbook>",
  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs>"
  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
  "</Relationships>",
};

static const char root_rels[] =
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static void
add_part (zip_t      *zip,
          const char *name,
          const void *data,
          gsize       len)
{
  zip_source_t *src = zip_source_buffer (zip, data, len, 0);
  zip_int64_t index = zip_file_add (zip, name, src, 0);

  if (index < 0)
    {
      zip_source_free (src);
      return;
    }
  zip_set_file_compression (zip, (zip_uint64_t) index, ZIP_CM_STORE, 0);
}

static GBytes *
zip_around_part (guint         mode,
                 const guint8 *data,
                 gsize         len)
{
  zip_error_t ze;
  zip_source_t *out;
  zip_t *zip;
  zip_stat_t st;
  guint8 *buf = NULL;

  zip_error_init (&ze);
  out = zip_source_buffer_create (NULL, 0, 0, &ze);
  zip_source_keep (out);
  zip = zip_open_from_source (out, ZIP_TRUNCATE, &ze);
  g_assert_nonnull (zip);
  add_part (zip, "_rels/.rels", root_rels, strlen (root_rels));
  for (guint i = 1; i < G_N_ELEMENTS (part_names); i++)
    {
      if (i == mode)
        add_part (zip, part_names[i], data, len);
      else
        add_part (zip, part_names[i], part_defaults[i], strlen (part_defaults[i]));
    }
  g_assert_cmpint (zip_close (zip), ==, 0);

  g_assert_cmpint (zip_source_stat (out, &st), ==, 0);
  g_assert_cmpint (zip_source_open (out), ==, 0);
  buf = g_malloc (st.size);
  g_assert_cmpint (zip_source_read (out, buf, st.size), ==, (zip_int64_t) st.size);
  zip_source_close (out);
  zip_source_free (out);
  zip_error_fini (&ze);
  return g_bytes_new_take (buf, st.size);
}

static void
walk (OtXlsxWorkbook *wb)
{
  OtXlsxCell value;

  for (guint i = 0; i < ot_xlsx_workbook_get_n_sheets (wb); i++)
    {
      OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (wb, i);

      if (!ot_xlsx_sheet_load (sheet, NULL))
        continue;
      for (guint c = 0; c < ot_xlsx_sheet_get_n_cells (sheet); c++)
        {
          const OtXlsxCell *cell = ot_xlsx_sheet_get_cell (sheet, c);
          g_autofree char *ref = ot_xlsx_cell_dup_ref (cell);
          g_autofree char *iso = NULL;

          if (cell->type == OT_XLSX_CELL_DATE)
            iso = ot_xlsx_serial_to_iso8601 (cell->number, ot_xlsx_workbook_get_date1904 (wb));
          ot_xlsx_workbook_get_value (wb, ot_xlsx_sheet_get_name (sheet), ref, &value, NULL);
        }
    }
  for (guint i = 0; i < ot_xlsx_workbook_get_n_defined_names (wb); i++)
    {
      const OtXlsxDefinedName *dn = ot_xlsx_workbook_get_defined_name (wb, i);
      ot_xlsx_workbook_get_name_value (wb, dn->name, NULL, &value, NULL);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  guint mode;

  if (size == 0)
    return 0;
  mode = data[0] % G_N_ELEMENTS (part_names);
  if (mode == 0)
    bytes = g_bytes_new_static (data + 1, size - 1);
  else
    bytes = zip_around_part (mode, data + 1, size - 1);

  wb = ot_xlsx_workbook_new_from_bytes (bytes, "fuzz.xlsx", &error);
  if (wb != NULL)
    walk (wb);
  else
    g_assert_true (error != NULL && error->message != NULL);
  return 0;
}
