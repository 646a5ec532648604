/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xlsx-dump.c: prints what the XLSX reader sees in a file, for debugging it against real files. */
#include "config.h"

#include "ot-error.h"
#include "xlsx/ot-xlsx.h"

static void
print_cell (const OtXlsxCell *cell,
            gboolean          date1904)
{
  char ref[OT_XLSX_REF_SIZE];
  g_autofree char *iso = NULL;

  ot_xlsx_format_ref (cell->row, cell->col, ref);
  switch (cell->type)
    {
    case OT_XLSX_CELL_NUMBER:
      g_print ("  %s number %.17g%s\n", ref, cell->number, cell->formula ? " (formula)" : "");
      break;
    case OT_XLSX_CELL_DATE:
      iso = ot_xlsx_serial_to_iso8601 (cell->number, date1904);
      g_print ("  %s date %.17g %s\n", ref, cell->number, iso ? iso : "(invalid)");
      break;
    case OT_XLSX_CELL_BOOLEAN:
      g_print ("  %s bool %s\n", ref, cell->number != 0 ? "TRUE" : "FALSE");
      break;
    case OT_XLSX_CELL_ERROR:
      g_print ("  %s error %s\n", ref, cell->string);
      break;
    case OT_XLSX_CELL_STRING:
      g_print ("  %s string \"%s\"%s\n", ref, cell->string, cell->formula ? " (formula)" : "");
      break;
    case OT_XLSX_CELL_EMPTY:
    default:
      g_print ("  %s empty\n", ref);
      break;
    }
}

int
main (int   argc,
      char *argv[])
{
  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OtXlsxWorkbook) wb = ot_xlsx_workbook_open (argv[a], &error);

      g_print ("== %s\n", argv[a]);
      if (wb == NULL)
        {
          g_print ("ERROR %d: %s\n", error->code, error->message);
          continue;
        }
      g_print ("date1904 %d\n", ot_xlsx_workbook_get_date1904 (wb));
      for (guint i = 0; i < ot_xlsx_workbook_get_n_defined_names (wb); i++)
        {
          const OtXlsxDefinedName *dn = ot_xlsx_workbook_get_defined_name (wb, i);
          g_print ("name %s scope %d ref %s%s\n", dn->name, dn->local_sheet, dn->ref,
                   dn->hidden ? " hidden" : "");
        }
      for (guint i = 0; i < ot_xlsx_workbook_get_n_sheets (wb); i++)
        {
          OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (wb, i);
          g_autoptr(GError) sheet_error = NULL;
          guint n;

          g_print ("sheet \"%s\" state %d part %s\n", ot_xlsx_sheet_get_name (sheet),
                   ot_xlsx_sheet_get_state (sheet), ot_xlsx_sheet_get_part (sheet));
          if (!ot_xlsx_sheet_load (sheet, &sheet_error))
            {
              g_print ("SHEET ERROR %d: %s\n", sheet_error->code, sheet_error->message);
              continue;
            }
          n = ot_xlsx_sheet_get_n_cells (sheet);
          for (guint c = 0; c < n && c < 40; c++)
            print_cell (ot_xlsx_sheet_get_cell (sheet, c), ot_xlsx_workbook_get_date1904 (wb));
          if (n > 40)
            g_print ("  ... %u cells\n", n);
        }
    }
  return 0;
}
