/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-xlsx-read.c: reads one XLSX file N times, every sheet and cell, and prints the time per read. */
#include "config.h"

#include <stdlib.h>

#include "xlsx/ot-xlsx.h"

static gsize
read_once (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtXlsxWorkbook) wb = ot_xlsx_workbook_open (path, &error);
  gsize n = 0;

  if (wb == NULL || !ot_xlsx_workbook_load_all (wb, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  for (guint i = 0; i < ot_xlsx_workbook_get_n_sheets (wb); i++)
    n += ot_xlsx_sheet_get_n_cells (ot_xlsx_workbook_get_sheet (wb, i));
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint64 runs = 10;
  gint64 start, total;
  gsize cells = 0;

  if (argc < 2 || argc > 3
      || (argc == 3 && !g_ascii_string_to_unsigned (argv[2], 10, 1, 1000000, &runs, NULL)))
    {
      g_printerr ("usage: %s FILE.xlsx [N=10]\n", argv[0]);
      return 2;
    }
  cells = read_once (argv[1]);  /* warm the page cache */
  start = g_get_monotonic_time ();
  for (guint64 i = 0; i < runs; i++)
    read_once (argv[1]);
  total = g_get_monotonic_time () - start;
  g_print ("%s: %" G_GSIZE_FORMAT " cells, %" G_GUINT64_FORMAT " reads, %.3f ms per read\n",
           argv[1], cells, runs, total / 1000.0 / (double) runs);
  return 0;
}
