/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: runs the built overlegtafel-cli on a temporary database and checks its output. */
#define G_LOG_DOMAIN "ot-test-cli"
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "ot-test-support.h"

static const char *cli_path;

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int   status;   /* the exit code */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the CLI with --db @db and the NULL-terminated arguments. */
static void
run_cli (Run        *run,
         const char *db,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) cli_path);
  if (db != NULL)
    {
      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, (char *) db);
    }
  va_start (args, db);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Runs a command that must succeed and print JSON; returns the parsed output. */
static JsonNode *
run_json (const char *db,
          const char *command,
          const char *arg1,
          const char *arg2,
          const char *arg3)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, db, command, "--json", arg1, arg2, arg3, NULL);
  if (run.status != 0)
    g_printerr ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  return parse_json (run.out);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ot_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "sub", "test.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ot_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
load_demo (Fixture *f)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

static gint64
meeting_on (Fixture    *f,
            const char *date)
{
  g_autoptr(JsonNode) root = run_json (f->db, "meetings", "list", NULL, NULL);
  JsonArray *meetings = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      if (g_strcmp0 (json_object_get_string_member (m, "date"), date) == 0)
        return json_object_get_int_member (m, "id");
    }
  g_assert_not_reached ();
}

static void
test_meetings_list (Fixture *f, gconstpointer data)
{
  static const char *const dates[] = { "2019-07-17", "2017-10-26", "2016-08-29" };
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *meetings;

  load_demo (f);
  root = run_json (f->db, "meetings", "list", NULL, NULL);
  meetings = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (meetings), ==, 3);
  /* Newest first. */
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      g_assert_cmpstr (json_object_get_string_member (m, "date"), ==, dates[i]);
      g_assert_true (json_object_has_member (m, "title"));
      g_assert_true (json_object_has_member (m, "status"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (meetings, 0), "series_kind"),
                   ==, "marktconsultatie");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (meetings, 2), "status"),
                   ==, "approved");

  /* The text form lists the same meetings, newest first. */
  run_cli (&run, f->db, "meetings", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2019-07-17"));
  g_assert_true (strstr (run.out, "2019-07-17") < strstr (run.out, "2017-10-26"));
  g_assert_true (strstr (run.out, "2017-10-26") < strstr (run.out, "2016-08-29"));
}

static void
test_meetings_of_series (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) series = NULL;
  g_autoptr(JsonNode) meetings = NULL;
  g_autofree char *id = NULL;
  g_auto(Run) run = { 0 };

  load_demo (f);
  series = run_json (f->db, "series", "list", NULL, NULL);
  id = g_strdup_printf ("%" G_GINT64_FORMAT,
                        json_object_get_int_member (json_array_get_object_element (json_node_get_array (series), 1), "id"));
  meetings = run_json (f->db, "meetings", "list", "--series", id);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings)), ==, 2);

  run_cli (&run, f->db, "meetings", "list", "--series", "4711", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "4711"));
}

static void
test_series_list (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *series;
  JsonObject *first, *second;

  load_demo (f);
  root = run_json (f->db, "series", "list", NULL, NULL);
  series = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (series), ==, 2);
  /* The series with the most recent meeting first. */
  first = json_array_get_object_element (series, 0);
  second = json_array_get_object_element (series, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "Marktconsultatie HO 2020");
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "marktconsultatie");
  g_assert_cmpint (json_object_get_int_member (first, "meeting_count"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (second, "name"), ==, "Overlegtafel Wmo Lekstroom");
  g_assert_cmpstr (json_object_get_string_member (second, "kind"), ==, "overlegtafel");
  g_assert_cmpint (json_object_get_int_member (second, "meeting_count"), ==, 2);

  run_cli (&run, f->db, "series", "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Overlegtafel Wmo Lekstroom"));
}

static guint
count_owner (JsonArray  *actions,
             const char *owner)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (actions); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (actions, i), "owner"), owner) == 0)
      n++;
  return n;
}

static void
test_open_actions (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) all = NULL;
  g_autoptr(JsonNode) open = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *actions;

  load_demo (f);
  all = run_json (f->db, "actions", NULL, NULL, NULL);
  open = run_json (f->db, "actions", "--open", NULL, NULL);
  actions = json_node_get_array (open);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (all)), ==, 17);
  g_assert_cmpuint (json_array_get_length (actions), ==, 16);
  for (guint i = 0; i < json_array_get_length (actions); i++)
    {
      JsonObject *a = json_array_get_object_element (actions, i);

      g_assert_cmpstr (json_object_get_string_member (a, "status"), ==, "open");
      g_assert_nonnull (json_object_get_string_member (a, "owner"));
      g_assert_nonnull (json_object_get_string_member (a, "text"));
      g_assert_nonnull (json_object_get_string_member (a, "meeting_date"));
    }
  /* Owners as the minutes name them: an organisation, a person, a group. */
  g_assert_cmpuint (count_owner (actions, "Regionale Backoffice Lekstroom"), ==, 7);
  g_assert_cmpuint (count_owner (actions, "Lilian Petter"), ==, 2);
  g_assert_cmpuint (count_owner (actions, "aanbieders"), ==, 5);
  g_assert_cmpuint (count_owner (actions, "Gemeente Houten"), ==, 1);
  /* The action of 2016 done by 2017 is not open. */
  g_assert_cmpuint (count_owner (actions, "Gemeente"), ==, 0);
  g_assert_cmpuint (count_owner (json_node_get_array (all), "Gemeente"), ==, 1);

  run_cli (&run, f->db, "actions", "--open", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Lilian Petter"));
  g_assert_nonnull (strstr (run.out, "2019-08-07"));
  g_assert_null (strstr (run.out, "Deelnemers aan de fysieke overlegtafel uitnodigen"));
}

static void
test_action_filters (Fixture *f, gconstpointer data)
{
  static const char *const wildcards[] = { "%", "_", "\\", "Lilian_Petter", "L%n" };
  g_autoptr(JsonNode) by_owner = NULL;
  g_autoptr(JsonNode) overdue = NULL;
  g_autoptr(JsonNode) series = NULL;
  g_autoptr(JsonNode) in_series = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *id = NULL;
  JsonArray *list;

  load_demo (f);
  by_owner = run_json (f->db, "actions", "--owner", "lilian", NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (by_owner)), ==, 3);
  /* The owner is matched as plain text, wildcards included. */
  for (guint i = 0; i < G_N_ELEMENTS (wildcards); i++)
    {
      g_autoptr(JsonNode) none = run_json (f->db, "actions", "--owner", wildcards[i], NULL);
      g_assert_cmpuint (json_array_get_length (json_node_get_array (none)), ==, 0);
    }

  overdue = run_json (f->db, "actions", "--overdue", NULL, NULL);
  list = json_node_get_array (overdue);
  g_assert_cmpuint (json_array_get_length (list), ==, 10);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *a = json_array_get_object_element (list, i);
      g_assert_true (json_object_get_boolean_member (a, "overdue"));
      g_assert_cmpstr (json_object_get_string_member (a, "due_date"), <, today);
    }

  series = run_json (f->db, "series", "list", NULL, NULL);
  id = g_strdup_printf ("%" G_GINT64_FORMAT,
                        json_object_get_int_member (json_array_get_object_element (json_node_get_array (series), 0), "id"));
  in_series = run_json (f->db, "actions", "--series", id, NULL);
  list = json_node_get_array (in_series);
  g_assert_cmpuint (json_array_get_length (list), ==, 5);
  for (guint i = 0; i < json_array_get_length (list); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, i), "series_name"),
                     ==, "Marktconsultatie HO 2020");
}

static JsonObject *
agenda_item (JsonArray  *agenda,
             const char *number)
{
  for (guint i = 0; i < json_array_get_length (agenda); i++)
    {
      JsonObject *item = json_array_get_object_element (agenda, i);
      if (g_strcmp0 (json_object_get_string_member (item, "number"), number) == 0)
        return item;
    }
  return NULL;
}

static void
test_meeting_show (Fixture *f, gconstpointer data)
{
  static const char *const numbers[] = { "1", "2", "2.1", "3", "3.1", "3.2", "3.3", "4", "4.1", "5" };
  g_autofree char *id = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *meeting, *counts, *item;
  JsonArray *agenda, *attendance;

  load_demo (f);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_on (f, "2016-08-29"));
  root = run_json (f->db, "meeting", "show", id, NULL);
  meeting = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (meeting, "title"), ==, "Fysieke overlegtafel – WMO");
  g_assert_cmpstr (json_object_get_string_member (meeting, "location"), ==, "Gemeentehuis Houten");
  g_assert_cmpstr (json_object_get_string_member (meeting, "chair_name"), ==, "Pascal Budding");
  g_assert_cmpstr (json_object_get_string_member (meeting, "status"), ==, "approved");
  g_assert_cmpstr (json_object_get_string_member (meeting, "approved_in_date"), ==, "2017-10-26");

  attendance = json_object_get_array_member (meeting, "attendance");
  g_assert_cmpuint (json_array_get_length (attendance), ==, 21);
  counts = json_object_get_object_member (meeting, "attendance_counts");
  g_assert_cmpint (json_object_get_int_member (counts, "present"), ==, 19);
  g_assert_cmpint (json_object_get_int_member (counts, "absent"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (attendance, 0), "role"), ==, "chair");

  agenda = json_object_get_array_member (meeting, "agenda");
  g_assert_cmpuint (json_array_get_length (agenda), ==, G_N_ELEMENTS (numbers));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (agenda, i), "number"), ==, numbers[i]);
  item = agenda_item (agenda, "3.3");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Administratie");
  g_assert_cmpstr (json_object_get_string_member (item, "submitted_by_name"), ==, "Abrona");
  g_assert_true (json_object_get_boolean_member (item, "is_addition"));
  g_assert_nonnull (strstr (json_object_get_string_member (item, "notes"), "IZA-protocol"));
  item = agenda_item (agenda, "2");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (item, "decisions")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (item, "decisions"), 0), "kind"),
                   ==, "besluit");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (meeting, "actions")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (meeting, "previous_actions")), ==, 0);
}

static void
test_meeting_show_follow_up (Fixture *f, gconstpointer data)
{
  g_autofree char *id = NULL;
  g_autofree char *mc = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) consultation = NULL;
  JsonArray *previous, *statements;
  JsonObject *item;
  guint questions = 0;
  g_auto(Run) run = { 0 };

  load_demo (f);
  /* The 2017 meeting reviews the 2016 action list: one closed in it, one still open. */
  id = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_on (f, "2017-10-26"));
  root = run_json (f->db, "meeting", "show", id, NULL);
  previous = json_object_get_array_member (json_node_get_object (root), "previous_actions");
  g_assert_cmpuint (json_array_get_length (previous), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (previous, 0), "status"), ==, "done");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (previous, 0), "closed_in_id"),
                   ==, g_ascii_strtoll (id, NULL, 10));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (previous, 1), "status"), ==, "open");

  /* The consultation's Q&A: questions of the providers answered by the region. */
  mc = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_on (f, "2019-07-17"));
  consultation = run_json (f->db, "meeting", "show", mc, NULL);
  item = agenda_item (json_object_get_array_member (json_node_get_object (consultation), "agenda"), "3");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Toelichting proces tarieven");
  statements = json_object_get_array_member (item, "statements");
  for (guint i = 0; i < json_array_get_length (statements); i++)
    {
      JsonObject *s = json_array_get_object_element (statements, i);
      if (g_strcmp0 (json_object_get_string_member (s, "kind"), "question") == 0)
        questions++;
      g_assert_true (g_strcmp0 (json_object_get_string_member (s, "speaker"), "aanbieders") == 0 ||
                     g_strcmp0 (json_object_get_string_member (s, "speaker"), "regio") == 0);
    }
  g_assert_cmpuint (questions, ==, 5);

  /* The text form shows the same, readable. */
  run_cli (&run, f->db, "meeting", "show", mc, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Dave Smit"));
  g_assert_nonnull (strstr (run.out, "Toelichting proces tarieven"));
  g_assert_nonnull (strstr (run.out, "bestuurdersverklaring"));
}

static void
test_search (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) none = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *hits;
  JsonObject *hit;

  load_demo (f);
  root = run_json (f->db, "search", "vierkantfinanciering", NULL, NULL);
  hits = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (hits), >=, 1);
  hit = json_array_get_object_element (hits, 0);
  g_assert_cmpstr (json_object_get_string_member (hit, "meeting_date"), ==, "2016-08-29");
  g_assert_nonnull (strstr (json_object_get_string_member (hit, "snippet"), "vierkantfinanciering"));
  /* The snippet is plain text: the store's match marks are gone. */
  g_assert_null (strchr (json_object_get_string_member (hit, "snippet"), '\x02'));

  /* Prefix and diacritics-insensitive, in the text form with the match marked. */
  run_cli (&run, f->db, "search", "clienten", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "«cliënten»"));

  none = run_json (f->db, "search", "xyzzyplugh", NULL, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (none)), ==, 0);
}

static void
test_search_hostile (Fixture *f, gconstpointer data)
{
  static const char *const queries[] = { "\"", "NEAR(", "a OR", "*", "\"\"\"", "a-b", "^", "x:y", "(" };

  load_demo (f);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(JsonNode) root = run_json (f->db, "search", queries[i], NULL, NULL);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
    }
}

static void
test_errors (Fixture *f, gconstpointer data)
{
  static const char *const bad[][4] = {
    { "meeting", "show", "999", "999" },
    { "meeting", "show", "abc", "abc" },
    { "meeting", "show", "-3", "-3" },
    { "meeting", "show", "99999999999999999999999", "99999999999999999999999" },
    { "frobnicate", NULL, NULL, "frobnicate" },
    { "actions", "--series", "x1", "x1" },
    { "meetings", "list", "--bogus", "--bogus" },
    { "consultation", "show", "abc", "abc" },
    { "consultation", "show", "0", "0" },
    { "submissions", "--consultation", "999", "999" },
  };

  load_demo (f);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, f->db, bad[i][0], bad[i][1], bad[i][2], NULL);
      g_assert_cmpint (run.status, !=, 0);
      /* One clear line that names what was wrong, and no JSON on standard output. */
      g_assert_nonnull (strstr (run.err, bad[i][3]));
      g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, (int) strlen (run.err) - 1);
      g_assert_null (strchr (run.out, '{'));
    }
}

static void
test_demo_twice (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) meetings = NULL;
  g_autoptr(JsonNode) actions = NULL;
  g_auto(Run) run = { 0 };

  load_demo (f);
  run_cli (&run, f->db, "demo", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, f->db));
  meetings = run_json (f->db, "meetings", "list", NULL, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings)), ==, 3);
  actions = run_json (f->db, "actions", NULL, NULL, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (actions)), ==, 17);
}

static void
test_demo_json (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) root = run_json (f->db, "demo", NULL, NULL, NULL);
  JsonObject *obj = json_node_get_object (root);

  g_assert_cmpint (json_object_get_int_member (obj, "series_count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (obj, "meeting_count"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (obj, "database"), ==, f->db);
}

static void
test_empty_database (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonNode) series = run_json (f->db, "series", "list", NULL, NULL);
  g_autoptr(JsonNode) actions = run_json (f->db, "actions", "--open", NULL, NULL);
  g_autoptr(JsonNode) hits = run_json (f->db, "search", "trede", NULL, NULL);

  g_assert_cmpuint (json_array_get_length (json_node_get_array (series)), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (actions)), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (hits)), ==, 0);
}

static void
test_file_mode (Fixture *f, gconstpointer data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  mode_t old = umask (0);
  GStatBuf st;

  /* With no umask to help, only the store itself can make the file private. */
  run_cli (&run, f->db, "demo", NULL);
  umask (old);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  if (g_stat (wal, &st) == 0)
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_environment_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "OVERLEGTAFEL_DB", f->db, TRUE);
  const char *argv[] = { cli_path, "demo", NULL };
  g_autoptr(JsonNode) meetings = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  meetings = run_json (f->db, "meetings", "list", NULL, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings)), ==, 3);
}

static void
test_help (Fixture *f, gconstpointer data)
{
  static const char *const commands[][2] = {
    { "demo", NULL }, { "series", "list" }, { "meetings", "list" }, { "meeting", "show" },
    { "actions", NULL }, { "search", NULL },
  };
  static const char *const all[][2] = {
    { "demo", NULL }, { "series", NULL }, { "meetings", NULL }, { "meeting", NULL },
    { "actions", NULL }, { "search", NULL }, { "consultation", NULL },
    { "consultation", "create" }, { "consultation", "invite" }, { "consultation", "decline" },
    { "consultation", "show" }, { "template", NULL }, { "analyse", NULL }, { "export", NULL },
    { "export-qa", NULL }, { "import-rekentool", NULL }, { "submissions", NULL }, { "import-minutes", NULL },
  };
  static const char *const help_flags[] = { "--help", "-h" };
  g_auto(Run) top = { 0 };

  run_cli (&top, f->db, "--help", NULL);
  g_assert_cmpint (top.status, ==, 0);
  /* Every command of the table is listed, and tested below. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_assert_nonnull (strstr (top.out, all[i][0]));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      g_assert_nonnull (strstr (top.out, commands[i][0]));
      run_cli (&run, f->db, commands[i][0], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, "--json"));
      g_assert_nonnull (strstr (run.out, "overlegtafel-cli"));
    }
  /* Every command and every word after it answers --help with its help on standard output,
   * exit 0; -h is the same. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    for (guint h = 0; h < G_N_ELEMENTS (help_flags); h++)
      {
        g_auto(Run) run = { 0 };

        if (all[i][1] != NULL)
          run_cli (&run, f->db, all[i][0], all[i][1], help_flags[h], NULL);
        else
          run_cli (&run, f->db, all[i][0], help_flags[h], NULL);
        if (run.status != 0)
          g_printerr ("%s %s %s: %s", all[i][0], all[i][1] != NULL ? all[i][1] : "", help_flags[h], run.err);
        g_assert_cmpint (run.status, ==, 0);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_nonnull (strstr (run.out, "overlegtafel-cli"));
        if (all[i][1] != NULL)
          g_assert_nonnull (strstr (run.out, all[i][1]));
      }
  /* "consultation --help" lists its commands. */
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, f->db, "consultation", "--help", NULL);
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      if (g_str_equal (all[i][0], "consultation") && all[i][1] != NULL)
        g_assert_nonnull (strstr (run.out, all[i][1]));
  }
  /* --help alone must not have created a database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: test-cli PATH-OF-overlegtafel-cli");
  cli_path = argv[1];

#define ADD(name, func) \
  g_test_add ("/cli/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("meetings-list", test_meetings_list);
  ADD ("meetings-of-series", test_meetings_of_series);
  ADD ("series-list", test_series_list);
  ADD ("open-actions", test_open_actions);
  ADD ("action-filters", test_action_filters);
  ADD ("meeting-show", test_meeting_show);
  ADD ("meeting-show-follow-up", test_meeting_show_follow_up);
  ADD ("search", test_search);
  ADD ("search-hostile", test_search_hostile);
  ADD ("errors", test_errors);
  ADD ("demo-twice", test_demo_twice);
  ADD ("demo-json", test_demo_json);
  ADD ("empty-database", test_empty_database);
  ADD ("file-mode", test_file_mode);
  ADD ("environment-database", test_environment_database);
  ADD ("help", test_help);
#undef ADD
  return g_test_run ();
}
