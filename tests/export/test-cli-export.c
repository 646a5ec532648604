/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-export.c: "overlegtafel-cli export" and "export-qa" run as a user would: files, exit codes, messages. */
#include "config.h"

#include <string.h>

#include "export-fixture.h"
#include "ot-test-support.h"

typedef struct
{
  char *dir;
  char *db;
} CliFixture;

/* Runs the CLI with @args after "--db DB"; returns the exit status. */
static int
run (CliFixture  *f,
     char       **out_stderr,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *cli = g_build_filename (ot_test_build_dir (), "src", "cli", "overlegtafel-cli", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  va_list ap;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, f->db);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (f->dir, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (out_stderr != NULL)
    *out_stderr = g_steal_pointer (&err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
cli_setup (CliFixture    *f,
           gconstpointer  data)
{
  f->dir = ot_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "demo.db", NULL);
  g_assert_cmpint (run (f, NULL, "demo", NULL), ==, 0);
}

static void
cli_teardown (CliFixture    *f,
              gconstpointer  data)
{
  ot_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static gboolean
starts_with_file (const char *path,
                  const char *magic)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, magic);
}

static void
test_export_and_overwrite (CliFixture    *f,
                           gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "verslag.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "verslag.xlsx", NULL);
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (run (f, NULL, "export", "--meeting", "1", "--format", "pdf", "-o", pdf, NULL), ==, 0);
  g_assert_true (starts_with_file (pdf, "%PDF-"));
  g_assert_cmpint (run (f, NULL, "export", "--meeting", "1", "--format", "xlsx", "-o", xlsx, NULL), ==, 0);
  g_assert_true (starts_with_file (xlsx, "PK"));

  g_assert_true (g_file_get_contents (pdf, &before, NULL, NULL));
  g_assert_cmpint (run (f, &err, "export", "--meeting", "2", "--format", "pdf", "-o", pdf, NULL), ==, 1);
  g_assert_true (strstr (err, "verslag.pdf") != NULL);
  g_assert_true (g_file_get_contents (pdf, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (run (f, NULL, "export", "--meeting", "2", "--format", "pdf", "--force", "--author", "Notulist X",
                        "-o", pdf, NULL), ==, 0);
  {
    g_autofree char *contents = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
    g_assert_true (export_bytes_contain (contents, len, "/Author (Notulist X)"));
  }
}

static void
test_public_lists_unsure_names (CliFixture    *f,
                                gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "openbaar.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run (f, &err, "export", "--meeting", "1", "--public", "--attendance", "counts", "-o", pdf, NULL), ==, 0);
  g_assert_true (starts_with_file (pdf, "%PDF-"));
  /* The demo minutes mention places and a first name that the registry does not know. */
  g_assert_true (strstr (err, "\n  ") != NULL);
}

static void
test_qa (CliFixture    *f,
         gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "nota.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "nota.xlsx", NULL);

  g_assert_cmpint (run (f, NULL, "export-qa", "--series", "2", "--format", "pdf", "-o", pdf, NULL), ==, 0);
  g_assert_true (starts_with_file (pdf, "%PDF-"));
  g_assert_cmpint (run (f, NULL, "export-qa", "--meeting", "3", "--format", "xlsx", "--remarks", "-o", xlsx, NULL), ==, 0);
  g_assert_true (starts_with_file (xlsx, "PK"));
  /* Exactly one of --series and --meeting. */
  g_assert_cmpint (run (f, NULL, "export-qa", "--series", "2", "--meeting", "3", "-o", pdf, NULL), ==, 2);
}

static void
test_bad_arguments (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "geen-map", "verslag.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run (f, NULL, "export", "--meeting", "1", "--format", "docx", "-o", "x", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, "export", "--meeting", "1", "--attendance", "alles", "-o", "x", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, "export", "--format", "pdf", "-o", "x", NULL), ==, 2);
  g_assert_cmpint (run (f, NULL, "export", "--meeting", "999", "-o", "x.pdf", NULL), ==, 1);
  g_assert_cmpint (run (f, &err, "export", "--meeting", "1", "-o", missing, NULL), ==, 1);
  g_assert_true (strstr (err, "verslag.pdf") != NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/cli/export-and-overwrite", CliFixture, NULL, cli_setup, test_export_and_overwrite, cli_teardown);
  g_test_add ("/export/cli/public-unsure-names", CliFixture, NULL, cli_setup, test_public_lists_unsure_names, cli_teardown);
  g_test_add ("/export/cli/qa", CliFixture, NULL, cli_setup, test_qa, cli_teardown);
  g_test_add ("/export/cli/bad-arguments", CliFixture, NULL, cli_setup, test_bad_arguments, cli_teardown);
  return g_test_run ();
}
