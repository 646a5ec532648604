/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rekentool-cli.c: the rekentool commands of overlegtafel-cli, end to end. */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "ot-test-support.h"
#include "rekentool-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static Run
cli (const char *db,
     ...)
{
  g_autofree char *exe = g_build_filename (ot_test_build_dir (), "src", "cli", "overlegtafel-cli", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  Run run = { 0 };
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, exe);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  va_start (ap, db);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  /* The checks below read English messages; the CLI would otherwise speak the test's Dutch. */
  env = g_environ_unsetenv (g_get_environ (), "LANGUAGE");
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, 0, NULL, NULL, &run.out, &run.err, &run.status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (run.status));
  /* The exit code itself: 1 for an error of the data, 2 for a usage error. */
  run.status = WEXITSTATUS (run.status);
  return run;
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
one_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  return newline != NULL && newline[1] == '\0';
}

/* The numbers as written in the rekentool, not as the nearest doubles' 17 digits. */
static void
assert_plain_numbers (const char *json)
{
  g_assert_nonnull (strstr (json, ": 20.2,"));
  g_assert_nonnull (strstr (json, ": 300,"));
  g_assert_null (strstr (json, "20.19999"));
  g_assert_null (strstr (json, "300.0"));
}

/* The progress sentence the core gives for @consultation_id, as the app shows it. */
static char *
progress_of (const char *db,
             gint64      consultation_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = ot_store_open (db, &error);
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GListModel) invitations = NULL;

  g_assert_no_error (error);
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  g_assert_no_error (error);
  invitations = ot_store_list_invitations (store, consultation_id, &error);
  g_assert_no_error (error);
  return ot_invitation_describe_progress (invitations, ot_consultation_get_min_submissions (consultation));
}

static void
test_cli_flow (void)
{
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "cli.db", NULL);
  g_autofree char *template = g_build_filename (dir, "sjabloon.xlsx", NULL);
  g_autofree char *own = g_build_filename (dir, "eigen.xlsx", NULL);
  g_autofree char *junk = g_build_filename (dir, "kapot.xlsx", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *written = NULL;
  gsize written_len = 0;
  g_autoptr(JsonNode) shown = NULL;
  g_autoptr(JsonNode) reports = NULL;
  g_autoptr(JsonNode) stored = NULL;
  static const char *const bad_min[] = { "2", "0", "-1" };
  JsonArray *invitations, *submissions, *values;
  lxw_workbook *wb;
  lxw_worksheet *ws;
  Run run;

  /* Below the store's floor, zero or negative: a usage error from the CLI itself, naming the floor. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_min); i++)
    {
      g_autofree char *floor = g_strdup_printf ("%d", OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR);

      run = cli (db, "consultation", "create", "--title", "Wmo 2027", "--products", "ho=HO,hoplus=HO+", "--min", bad_min[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, floor));
      g_assert_true (one_line (run.err));
      g_assert_cmpstr (run.out, ==, "");
      run_clear (&run);
    }
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  run = cli (db, "consultation", "create", "--title", "Wmo 2027", "--products", "ho=HO,hoplus=HO+",
             "--deadline", "2099-12-31", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\n");
  run_clear (&run);
  run = cli (db, "consultation", "invite", "--consultation", "1", "Zorg Noord", "Zorg Zuid", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run = cli (db, "template", "--consultation", "1", "-o", template, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (template, G_FILE_TEST_IS_REGULAR));
  run_clear (&run);
  /* An existing file is kept, as export and analyse -o keep it, unless --force. */
  g_assert_true (g_file_set_contents (template, "mine", -1, NULL));
  run = cli (db, "template", "--consultation", "1", "-o", template, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, template));
  g_assert_true (one_line (run.err));
  g_assert_true (g_file_get_contents (template, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "mine");
  run_clear (&run);
  run = cli (db, "template", "--consultation", "1", "-o", template, "--force", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (template, &written, &written_len, NULL));
  g_assert_true (written_len > 4 && memcmp (written, "PK", 2) == 0);
  run_clear (&run);

  wb = workbook_new (own);
  ws = workbook_add_worksheet (wb, "HO");
  worksheet_write_string (ws, 0, 0, "Uurloon", NULL);
  /* 20.2 has no exact double: json-glib would print 20.199999999999999, and 300 as 300.0. */
  worksheet_write_number (ws, 0, 1, 20.2, NULL);
  worksheet_write_string (ws, 1, 0, "Uren per jaar", NULL);
  worksheet_write_number (ws, 1, 1, 300, NULL);
  workbook_close (wb);
  g_file_set_contents (junk, "PK\x03\x04 broken", -1, NULL);
  run = cli (db, "import-rekentool", "--consultation", "1", "--org", "Zorg Noord", "--json", junk, own, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* One line on standard error per refused file, naming it. */
  g_assert_nonnull (strstr (run.err, "kapot.xlsx"));
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, (int) strlen (run.err) - 1);
  assert_plain_numbers (run.out);
  reports = parse (run.out);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (reports), 0), "status"),
                   ==, "rejected");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (reports), 1), "status"),
                   ==, "accepted");
  run_clear (&run);

  run = cli (db, "consultation", "decline", "--consultation", "1", "Zorg Zuid", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  /* Declining for an organisation that exists but was not invited names both. */
  run = cli (db, "consultation", "create", "--title", "Wmo 2028", "--products", "ho", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2\n");
  run_clear (&run);
  run = cli (db, "consultation", "decline", "--consultation", "2", "Zorg Noord", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (one_line (run.err));
  g_assert_nonnull (strstr (run.err, "Zorg Noord"));
  g_assert_nonnull (strstr (run.err, " 2 "));
  g_assert_nonnull (strstr (run.err, "Wmo 2028"));
  run_clear (&run);
  run = cli (db, "consultation", "decline", "--consultation", "99", "Zorg Noord", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (one_line (run.err));
  g_assert_nonnull (strstr (run.err, "99"));
  run_clear (&run);

  run = cli (db, "consultation", "show", "abc", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (one_line (run.err));
  g_assert_nonnull (strstr (run.err, "abc"));
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);

  /* The declined provider is not awaited: one of one has submitted, in the words the app uses. */
  run = cli (db, "consultation", "show", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  progress = progress_of (db, 1);
  g_assert_nonnull (strstr (progress, "1"));
  g_assert_null (strstr (progress, "2"));
  g_assert_nonnull (strstr (run.out, progress));
  run_clear (&run);

  run = cli (db, "consultation", "show", "1", "--json", NULL);
  shown = parse (run.out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "submitted"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "declined"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "expected"), ==, 1);
  invitations = json_object_get_array_member (json_node_get_object (shown), "invitations");
  g_assert_cmpuint (json_array_get_length (invitations), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (invitations, 0), "state"), ==, "submitted");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (invitations, 1), "state"), ==, "declined");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "days_to_deadline"), >, 0);
  run_clear (&run);

  /* An unknown consultation is an error, not an empty list. */
  run = cli (db, "submissions", "--consultation", "999", "--json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (one_line (run.err));
  g_assert_nonnull (strstr (run.err, "999"));
  g_assert_cmpstr (run.out, ==, "");
  run_clear (&run);
  run = cli (db, "submissions", "--consultation", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_plain_numbers (run.out);
  stored = parse (run.out);
  submissions = json_object_get_array_member (json_node_get_object (stored), "submissions");
  g_assert_cmpuint (json_array_get_length (submissions), ==, 1);
  values = json_object_get_array_member (json_array_get_object_element (submissions, 0), "values");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (values, 0), "field"), ==, "bruto_uurloon");
  g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (values, 0), "source"),
                            "label “Uurloon” ('HO'!A1)"));
  run_clear (&run);

  /* The same provider again without --replace: refused, with the way out named. */
  wb = workbook_new (own);
  ws = workbook_add_worksheet (wb, "HO");
  worksheet_write_string (ws, 0, 0, "Uurloon", NULL);
  worksheet_write_number (ws, 0, 1, 24, NULL);
  workbook_close (wb);
  run = cli (db, "import-rekentool", "--consultation", "1", "--org", "zorg noord", own, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "--replace"));
  run_clear (&run);
  run = cli (db, "import-rekentool", "--consultation", "1", "--org", "zorg noord", "--replace", own, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "replaced"));
  run_clear (&run);
  ot_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rekentool/cli/flow", test_cli_flow);
  return g_test_run ();
}
