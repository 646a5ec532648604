/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-export.c: times the PDF export of the longest demo minutes (the marktconsultatie from sample 002). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ot-demo.h"
#include "ot-minutes-document.h"
#include "ot-minutes-typeset.h"
#include "ot-minutes-xlsx.h"
#include "ot-test-support.h"

/* The meeting with the most statements: the marktconsultatie built from sample 002. */
static gint64
longest_meeting (OtStore *store)
{
  g_autoptr(GListModel) meetings = ot_store_list_meetings (store, 0, NULL);
  gint64 best = 0;
  guint most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(OtMeeting) m = g_list_model_get_item (meetings, i);
      g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (store, ot_meeting_get_id (m), NULL);
      guint n = 0;

      for (guint j = 0; doc != NULL && j < doc->items->len; j++)
        n += ((OtMinutesDocItem *) g_ptr_array_index (doc->items, j))->statements->len;
      if (n > most)
        {
          most = n;
          best = ot_meeting_get_id (m);
        }
    }
  return best;
}

static double
export_once (OtStore    *store,
             gint64      meeting_id,
             const char *path,
             gboolean    xlsx)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (store, meeting_id, &error);
  gboolean ok = doc != NULL
                && (xlsx ? ot_minutes_export_xlsx (doc, path, TRUE, &error)
                         : ot_minutes_export_pdf (doc, path, TRUE, &error));

  if (!ok)
    {
      g_printerr ("export failed: %s\n", error->message);
      exit (1);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Where the time of one export goes. */
static void
print_phases (OtStore *store,
              gint64   meeting_id)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(OtMinutesDocument) doc = ot_minutes_document_new_from_store (store, meeting_id, NULL);
  gint64 t1 = g_get_monotonic_time ();
  g_autoptr(OtExportLayout) layout = ot_minutes_layout_new (doc);
  guint n_pages = ot_export_layout_get_n_pages (layout);
  gint64 t2 = g_get_monotonic_time ();
  g_autoptr(GBytes) bytes = ot_export_layout_render_pdf (layout, "t", "s", NULL, NULL);
  gint64 t3 = g_get_monotonic_time ();

  printf ("  phases: store %.1f ms, layout of %u pages %.1f ms, PDF %.1f ms (%zu bytes)\n",
          (t1 - t0) / 1000.0, n_pages, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0, g_bytes_get_size (bytes));
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  int runs = argc > 1 ? atoi (argv[1]) : 20;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ot-bench-export-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(OtStore) store = NULL;
  g_autofree double *times = NULL;
  struct rusage usage;
  gint64 meeting_id;
  double first, first_xlsx;

  if (dir == NULL || runs < 1)
    return 2;
  db = g_build_filename (dir, "demo.db", NULL);
  pdf = g_build_filename (dir, "minutes.pdf", NULL);
  xlsx = g_build_filename (dir, "minutes.xlsx", NULL);
  store = ot_store_open (db, &error);
  if (store == NULL || !ot_demo_load (store, &error))
    {
      g_printerr ("demo: %s\n", error->message);
      return 1;
    }
  meeting_id = longest_meeting (store);

  /* The first export pays for loading fonts, as a one-off command-line run does. */
  first = export_once (store, meeting_id, pdf, FALSE);
  first_xlsx = export_once (store, meeting_id, xlsx, TRUE);
  times = g_new (double, runs);
  for (int i = 0; i < runs; i++)
    times[i] = export_once (store, meeting_id, pdf, FALSE);
  qsort (times, runs, sizeof (double), compare_doubles);
  getrusage (RUSAGE_SELF, &usage);

  printf ("meeting %" G_GINT64_FORMAT " (longest demo minutes) to PDF\n", meeting_id);
  printf ("  first export (fonts loaded):  %7.1f ms\n", first);
  printf ("  median of %d exports:         %7.1f ms (min %.1f, max %.1f)\n", runs, times[runs / 2], times[0], times[runs - 1]);
  printf ("  first XLSX export:            %7.1f ms\n", first_xlsx);
  print_phases (store, meeting_id);
  printf ("  peak resident memory:         %7.1f MiB\n", usage.ru_maxrss / 1024.0);
  ot_test_rmdir (dir);
  return 0;
}
