/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-minutes-cli.c: "overlegtafel-cli import-minutes" on the sample minutes and on bad input. */
#define G_LOG_DOMAIN "ot-test-import-minutes-cli"
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "ot-store.h"
#include "ot-test-support.h"

static const char *cli_path;

typedef struct
{
  const char  *prefix;       /* the sample's file name starts with this */
  const char  *date;         /* passed with --date when the minutes give none */
  const char  *agenda[10];   /* top-level titles in order */
  guint        n_attendees;
  const char  *attendee[3];  /* name, organisation, state of one attendee */
  const char  *search;       /* a word of the minutes' text */
} Sample;

static const Sample samples[] = {
  { "000_", "2019-05-20",
    { "Opening/mededelingen", "Kwaliteit", "Tarief", "Pilot dagbesteding", "Hoe verder na 1 januari 2020", "Rondvraag", NULL },
    18, { "Corien Besamusca", "Abrona", "present" }, "dagbesteding" },
  { "001_", NULL,
    { "Opening en mededelingen", "Productindeling", "Tarieven en financieringsvorm", "Innovaties", "Rondvraag", NULL },
    21, { "J. Timmerman", "Rivas", "absent" }, "productindeling" },
  { "002_", "2019-09-01",
    { "Opening", "Resultaat versus Inspanningsgericht financieren", "Toelichting proces tarieven",
      "Inventarisatie rekentools", "Overgangsregeling", "Wachtlijsten", "Overige vragen en opmerkingen",
      "Vervolg proces", NULL },
    0, { NULL, NULL, NULL }, "wachtlijsten" },
};

typedef struct
{
  char *dir;
  char *db;
} Fixture;

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the CLI with --db @db and the NULL-terminated arguments, in English so that messages
 * can be read in failures (they are never matched). */
static void
run_cli (Run        *run,
         const char *db,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", "C", TRUE);
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) cli_path);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  va_start (args, db);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
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

static char *
sample_path (const char *prefix)
{
  g_autofree char *dir = g_build_filename (ot_test_shared_dir (), "samples", "minutes", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  f->dir = ot_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "test.db", NULL);
  run_cli (&run, f->db, "demo", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ot_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* A checksum of every row of every table, in a stable order. */
static char *
checksum_db (const char *db)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 5);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1", (char *) tables->pdata[t]);

      g_checksum_update (sum, (const guchar *) tables->pdata[t], -1);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const guchar *v = sqlite3_column_text (stmt, c);

            g_checksum_update (sum, v != NULL ? v : (const guchar *) "\x01NULL", -1);
            g_checksum_update (sum, (const guchar *) "\x02", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (handle);
  return g_strdup (g_checksum_get_string (sum));
}

static void
check_structure (JsonObject   *root,
                 const Sample *sample)
{
  JsonArray *agenda = json_object_get_array_member (root, "agenda");
  JsonArray *attendees = json_object_get_array_member (root, "attendees");
  guint n = g_strv_length ((char **) sample->agenda);
  gboolean found = sample->attendee[0] == NULL;

  g_assert_cmpuint (json_array_get_length (agenda), ==, n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = json_array_get_object_element (agenda, i);

      g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, sample->agenda[i]);
      g_assert_true (json_object_has_member (item, "statements"));
      g_assert_true (json_object_has_member (item, "children"));
    }
  g_assert_cmpuint (json_array_get_length (attendees), ==, sample->n_attendees);
  for (guint i = 0; i < json_array_get_length (attendees); i++)
    {
      JsonObject *a = json_array_get_object_element (attendees, i);

      if (g_strcmp0 (json_object_get_string_member (a, "name"), sample->attendee[0]) == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (a, "organisation"), ==, sample->attendee[1]);
          g_assert_cmpstr (json_object_get_string_member (a, "state"), ==, sample->attendee[2]);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  const Sample *sample = data;
  g_autofree char *path = sample_path (sample->prefix);
  g_autofree char *before = checksum_db (f->db);
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "import-minutes", path, "--dry-run", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  check_structure (json_node_get_object (root), sample);
  g_assert_true (json_object_get_null_member (json_node_get_object (root), "meeting_id"));

  after = checksum_db (f->db);
  g_assert_cmpstr (before, ==, after);
}

/* The sample as a PDF with a text layer: one line of the text per line of the page. */
static char *
render_pdf (Fixture    *f,
            const char *text_path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  char *pdf = g_build_filename (f->dir, "verslag.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  double y = 50;

  g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  pango_layout_set_font_description (layout, font);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (y > 780)
        {
          cairo_show_page (cr);
          y = 50;
        }
      cairo_move_to (cr, 50, y);
      pango_layout_set_text (layout, lines[i], -1);
      pango_cairo_show_layout (cr, layout);
      y += 12;
    }
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return pdf;
}

/* The PDF path gives the same agenda and attendance as the text. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = sample_path (samples[1].prefix);
  g_autofree char *pdf = render_pdf (f, path);
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "import-minutes", pdf, "--dry-run", "--json", NULL);
  if (run.status != 0)
    g_printerr ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  check_structure (json_node_get_object (root), &samples[1]);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "date"), ==, "2016-08-29");
}

static gint64
import_sample (Fixture      *f,
               const Sample *sample,
               gint64       *series_id)
{
  g_autofree char *path = sample_path (sample->prefix);
  g_autoptr(JsonNode) root = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *obj;

  if (sample->date != NULL)
    run_cli (&run, f->db, "import-minutes", path, "--date", sample->date, "--json", NULL);
  else
    run_cli (&run, f->db, "import-minutes", path, "--json", NULL);
  if (run.status != 0)
    g_printerr ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  obj = json_node_get_object (root);
  check_structure (obj, sample);
  *series_id = json_object_get_int_member (obj, "series_id");
  g_assert_cmpint (*series_id, >, 0);
  return json_object_get_int_member (obj, "meeting_id");
}

static JsonNode *
meeting_show (Fixture *f,
              gint64   id)
{
  g_autofree char *arg = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "meeting", "show", arg, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  return parse_json (run.out);
}

static void
test_store (Fixture       *f,
            gconstpointer  data)
{
  const Sample *sample = data;
  g_autofree char *before = checksum_db (f->db);
  gint64 series_id, meeting_id = import_sample (f, sample, &series_id);
  g_autofree char *after = checksum_db (f->db);
  g_autoptr(JsonNode) shown = meeting_show (f, meeting_id);
  g_autoptr(JsonNode) hits = NULL;
  JsonArray *agenda = json_object_get_array_member (json_node_get_object (shown), "agenda");
  g_auto(Run) run = { 0 };
  gboolean found = FALSE;

  g_assert_cmpint (meeting_id, >, 0);
  /* The checksum sees stored rows, so the refusal tests' equal checksums mean something. */
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (shown), "series_id"), ==, series_id);
  g_assert_cmpuint (json_array_get_length (agenda), >=, g_strv_length ((char **) sample->agenda));

  run_cli (&run, f->db, "search", sample->search, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  hits = parse_json (run.out);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (hits)); i++)
    {
      JsonObject *hit = json_array_get_object_element (json_node_get_array (hits), i);

      found |= json_object_get_int_member (hit, "meeting_id") == meeting_id;
    }
  g_assert_true (found);
}

/* The open actions of imported minutes are on the next meeting's previous action list. */
static void
test_actions_carry_over (Fixture       *f,
                         gconstpointer  data)
{
  gint64 series_id, meeting_id = import_sample (f, &samples[1], &series_id);
  g_autoptr(JsonNode) imported = meeting_show (f, meeting_id);
  g_autoptr(JsonNode) next = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *actions = json_object_get_array_member (json_node_get_object (imported), "actions");
  JsonArray *previous;
  gint64 next_id;

  g_assert_cmpuint (json_array_get_length (actions), >=, 2);
  {
    g_autoptr(OtStore) store = ot_store_open (f->db, &error);

    g_assert_no_error (error);
    next_id = ot_store_add_meeting (store, series_id, "Volgende overlegtafel", "2016-10-31", NULL, NULL,
                                    NULL, 0, 0, &error);
    g_assert_no_error (error);
  }
  next = meeting_show (f, next_id);
  previous = json_object_get_array_member (json_node_get_object (next), "previous_actions");
  g_assert_cmpuint (json_array_get_length (previous), ==, json_array_get_length (actions));
  for (guint i = 0; i < json_array_get_length (actions); i++)
    {
      JsonObject *a = json_array_get_object_element (actions, i);
      gboolean found = FALSE;

      for (guint j = 0; j < json_array_get_length (previous); j++)
        found |= json_object_get_int_member (json_array_get_object_element (previous, j), "id") ==
                 json_object_get_int_member (a, "id");
      g_assert_true (found);
      g_assert_cmpstr (json_object_get_string_member (a, "status"), ==, "open");
    }
}

/* Importing the same table's minutes twice without --series reuses the series of that title. */
static void
test_series_reused (Fixture       *f,
                    gconstpointer  data)
{
  gint64 first, second;

  import_sample (f, &samples[1], &first);
  import_sample (f, &samples[1], &second);
  g_assert_cmpint (first, ==, second);
}

static void
expect_refused (Fixture    *f,
                const char *path,
                const char *extra)
{
  g_autofree char *before = checksum_db (f->db);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "import-minutes", path, extra, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  /* One line, naming the file. */
  g_assert_nonnull (strstr (run.err, base));
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_null (strchr (run.err, '\n')[1] != '\0' ? run.err : NULL);
  after = checksum_db (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (f->dir, "leeg-verslag.txt", NULL);
  g_autofree char *blank = g_build_filename (f->dir, "spaties.txt", NULL);
  g_autofree char *binary = g_build_filename (f->dir, "rommel.pdf", NULL);
  g_autofree char *junk = g_build_filename (f->dir, "rommel.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "bestaat-niet.docx", NULL);
  guchar bytes[4096];

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (blank, " \n\t\n  \r\n", -1, NULL));
  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guchar) (i * 7919 % 251);
  g_assert_true (g_file_set_contents (junk, (char *) bytes, sizeof bytes, NULL));
  memcpy (bytes, "%PDF-1.4\n", 9);
  g_assert_true (g_file_set_contents (binary, (char *) bytes, sizeof bytes, NULL));

  expect_refused (f, empty, NULL);
  expect_refused (f, blank, "--json");
  expect_refused (f, junk, NULL);
  expect_refused (f, binary, "--dry-run");
  expect_refused (f, missing, NULL);
}

/* Minutes without a date are refused for storing (a dry run still shows them), with nothing stored. */
static void
test_no_date (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = sample_path ("000_");
  g_autofree char *before = checksum_db (f->db);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) bad = { 0 };

  run_cli (&run, f->db, "import-minutes", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--date"));
  run_cli (&bad, f->db, "import-minutes", path, "--date", "2019-02-30", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  after = checksum_db (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_unknown_series (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = sample_path ("001_");
  g_autofree char *before = checksum_db (f->db);
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, f->db, "import-minutes", path, "--series", "9999", NULL);
  g_assert_cmpint (run.status, ==, 1);
  after = checksum_db (f->db);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: test-import-minutes-cli PATH-TO-overlegtafel-cli");
  cli_path = argv[1];

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *dry = g_strdup_printf ("/import-minutes-cli/dry-run/%.3s", samples[i].prefix);
      g_autofree char *store = g_strdup_printf ("/import-minutes-cli/store/%.3s", samples[i].prefix);

      g_test_add (dry, Fixture, &samples[i], fixture_set_up, test_dry_run, fixture_tear_down);
      g_test_add (store, Fixture, &samples[i], fixture_set_up, test_store, fixture_tear_down);
    }
  g_test_add ("/import-minutes-cli/actions-carry-over", Fixture, NULL, fixture_set_up, test_actions_carry_over, fixture_tear_down);
  g_test_add ("/import-minutes-cli/series-reused", Fixture, NULL, fixture_set_up, test_series_reused, fixture_tear_down);
  g_test_add ("/import-minutes-cli/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/import-minutes-cli/bad-input", Fixture, NULL, fixture_set_up, test_bad_input, fixture_tear_down);
  g_test_add ("/import-minutes-cli/no-date", Fixture, NULL, fixture_set_up, test_no_date, fixture_tear_down);
  g_test_add ("/import-minutes-cli/unknown-series", Fixture, NULL, fixture_set_up, test_unknown_series, fixture_tear_down);
  return g_test_run ();
}
