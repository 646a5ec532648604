/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-rekentool.c: times reading one rekentool and importing a batch, in process.
 *
 *   bench-rekentool DB read FILE [RUNS]   mean time to read and check one file (no store)
 *   bench-rekentool DB batch FILE...      one batch import into consultation 1 of DB */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ot-rekentool-import.h"

static int
run_read (OtConsultation *consultation,
          const char     *path,
          guint           runs)
{
  gint64 start;
  double ms;

  /* Once to warm the page cache and the label tables. */
  g_object_unref (ot_rekentool_read_file (consultation, path, NULL));
  start = g_get_monotonic_time ();
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(OtRekentoolReport) report = ot_rekentool_read_file (consultation, path, NULL);

      if (ot_rekentool_report_get_status (report) == OT_REKENTOOL_REJECTED)
        {
          g_printerr ("%s\n", ot_rekentool_report_get_reason (report));
          return 1;
        }
    }
  ms = (g_get_monotonic_time () - start) / 1000.0 / runs;
  printf ("read one file: %.3f ms (mean of %u)\n", ms, runs);
  return 0;
}

static int
run_batch (OtStore        *store,
           OtConsultation *consultation,
           char          **paths)
{
  g_autoptr(GPtrArray) reports = NULL;
  gint64 start = g_get_monotonic_time ();
  guint accepted = 0;

  reports = ot_rekentool_import_files (store, consultation, (const char * const *) paths, NULL, NULL, NULL, NULL);
  for (guint i = 0; i < reports->len; i++)
    accepted += ot_rekentool_report_get_status (g_ptr_array_index (reports, i)) != OT_REKENTOOL_REJECTED;
  printf ("batch import: %u files, %u accepted, %.1f ms\n", reports->len, accepted,
          (g_get_monotonic_time () - start) / 1000.0);
  return accepted == reports->len ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = NULL;
  g_autoptr(OtConsultation) consultation = NULL;

  if (argc < 4)
    {
      g_printerr ("usage: bench-rekentool DB read FILE [RUNS] | bench-rekentool DB batch FILE...\n");
      return 2;
    }
  store = ot_store_open (argv[1], &error);
  if (store != NULL)
    consultation = ot_store_get_consultation (store, 1, &error);
  if (consultation == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_str_equal (argv[2], "read"))
    return run_read (consultation, argv[3], argc > 4 ? (guint) atoi (argv[4]) : 200);
  return run_batch (store, consultation, argv + 3);
}
