/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-xlsx-libreoffice.c: LibreOffice opens the minutes workbook and reads the same values (skipped without soffice). */
#include "config.h"

#include <string.h>

#include "export-fixture.h"
#include "ot-minutes-document.h"
#include "ot-minutes-xlsx.h"

static char *
read_csv (const char *dir,
          const char *sheet)
{
  g_autofree char *path = g_strdup_printf ("%s/minutes-%s.csv", dir, sheet);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("LibreOffice wrote no %s", path);
  return contents;
}

static void
test_libreoffice_reads_values (ExportFixture *f,
                               gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *xlsx = export_fixture_path (f, "minutes.xlsx");
  g_autofree char *profile = NULL;
  g_autofree char *profile_arg = NULL;
  g_autoptr(OtMinutesDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *decisions = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice is not installed");
      return;
    }
  doc = ot_minutes_document_new_from_store (f->store, f->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_true (ot_minutes_export_xlsx (doc, xlsx, FALSE, &error));
  g_assert_no_error (error);

  /* A profile of its own, so a running LibreOffice of the user is not disturbed; CSV per sheet. */
  profile = export_fixture_path (f, "lo-profile");
  profile_arg = g_strdup_printf ("-env:UserInstallation=file://%s", profile);
  {
    const char *argv[] = { soffice, profile_arg, "--headless", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           "--outdir", f->dir, xlsx, NULL };

    g_assert_true (g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error (error);
  }

  actions = read_csv (f->dir, "Actielijst");
  agenda = read_csv (f->dir, "Agenda");
  decisions = read_csv (f->dir, "Besluiten");
  g_assert_true (g_str_has_prefix (actions, "Nr,Actie,Eigenaar,Gereed,Status"));
  g_assert_true (strstr (actions, "1,Kwaliteitscriteria rondsturen aan alle aanbieders,Lilian Petter,") != NULL);
  /* A date cell, shown by LibreOffice as a date of 2016, not as a serial number. */
  g_assert_true (strstr (actions, "/2016,open,verslag vorige keer") != NULL
                 || strstr (actions, "-2016,open,verslag vorige keer") != NULL);
  g_assert_null (strstr (actions, "42552"));
  g_assert_true (strstr (actions, "3,GGD vragen naar toetsing nieuwe aanbieders,Corien Besamusca,,open,deze vergadering") != NULL);
  g_assert_true (strstr (agenda, "2.1,Verklaring omtrent het gedrag") != NULL);
  g_assert_true (strstr (decisions, "besluit,De tarieven 2017 worden met 1,4% geïndexeerd.") != NULL
                 || strstr (decisions, "besluit,\"De tarieven 2017 worden met 1,4% geïndexeerd.\"") != NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/xlsx/libreoffice", ExportFixture, NULL, export_fixture_setup,
              test_libreoffice_reads_values, export_fixture_teardown);
  return g_test_run ();
}
