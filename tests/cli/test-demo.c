/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-demo.c: the demo loader: the built-in data, one transaction, and hostile demo files. */
#define G_LOG_DOMAIN "ot-test-demo"
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ot-demo.h"
#include "ot-error.h"
#include "ot-store.h"
#include "ot-test-support.h"

typedef struct
{
  char    *dir;
  OtStore *store;
  guint    n_stores;
} Fixture;

static void
open_new_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("demo-%u.db", f->n_stores++);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_clear_object (&f->store);
  f->store = ot_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ot_test_mkdtemp ();
  open_new_store (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

static guint
n_items (GListModel *model)
{
  g_assert_nonnull (model);
  return g_list_model_get_n_items (model);
}

/* Nothing at all in the store: a failed load left no trace. */
static void
assert_empty (OtStore *store)
{
  g_autoptr(GListModel) organisations = ot_store_list_organisations (store, -1, NULL);
  g_autoptr(GListModel) people = ot_store_list_people (store, 0, NULL);
  g_autoptr(GListModel) meetings = ot_store_list_meetings (store, 0, NULL);

  g_assert_true (ot_store_is_empty (store));
  g_assert_cmpuint (n_items (organisations), ==, 0);
  g_assert_cmpuint (n_items (people), ==, 0);
  g_assert_cmpuint (n_items (meetings), ==, 0);
}

static void
assert_demo_loaded (OtStore *store)
{
  g_autoptr(GListModel) organisations = ot_store_list_organisations (store, -1, NULL);
  g_autoptr(GListModel) providers = ot_store_list_organisations (store, OT_ORGANISATION_KIND_AANBIEDER, NULL);
  g_autoptr(GListModel) people = ot_store_list_people (store, 0, NULL);
  g_autoptr(GListModel) series = ot_store_list_series (store, NULL);
  g_autoptr(GListModel) meetings = ot_store_list_meetings (store, 0, NULL);
  g_autoptr(OtMeeting) first = NULL;
  g_autoptr(OtMeeting) second = NULL;

  g_assert_cmpuint (n_items (organisations), ==, 17);
  g_assert_cmpuint (n_items (providers), ==, 11);
  g_assert_cmpuint (n_items (people), ==, 29);
  g_assert_cmpuint (n_items (series), ==, 2);
  g_assert_cmpuint (n_items (meetings), ==, 3);

  /* Newest first: 2019, 2017, 2016. The 2016 minutes were approved in 2017. */
  first = g_list_model_get_item (meetings, 2);
  second = g_list_model_get_item (meetings, 1);
  g_assert_cmpstr (ot_meeting_get_date (first), ==, "2016-08-29");
  g_assert_cmpint (ot_meeting_get_status (first), ==, OT_MEETING_STATUS_APPROVED);
  g_assert_cmpint (ot_meeting_get_approved_in_id (first), ==, ot_meeting_get_id (second));
  g_assert_cmpint (ot_meeting_get_status (second), ==, OT_MEETING_STATUS_DRAFT);
  g_assert_cmpint (ot_store_get_previous_meeting (store, ot_meeting_get_id (second)), ==, ot_meeting_get_id (first));
}

static void
count_change_cb (OtStore    *store,
                 const char *table,
                 guint      *changes)
{
  *changes += 1;
}

static void
test_builtin (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = NULL;
  guint changes = 0;

  g_signal_connect (f->store, "changed::meeting", G_CALLBACK (count_change_cb), &changes);
  g_assert_true (ot_demo_load (f->store, &error));
  g_assert_no_error (error);
  assert_demo_loaded (f->store);
  /* One transaction: the window hears about the new meetings once, not per row. */
  g_assert_cmpuint (changes, ==, 1);

  /* The notes are searchable at once. */
  hits = ot_store_search (f->store, "Vijfherenlanden", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (hits), ==, 1);
}

static void
test_source_file_matches (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (ot_test_source_dir (), "data", "demo", "demo.json", NULL);

  /* The installed file and the compiled-in copy are the same data. */
  g_assert_true (ot_demo_load_from_file (f->store, path, &error));
  g_assert_no_error (error);
  assert_demo_loaded (f->store);
}

static void
test_refuses_non_empty (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;

  g_assert_cmpint (ot_store_add_series (f->store, "Eigen overleg", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error), >, 0);
  g_assert_false (ot_demo_load (f->store, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_EXISTS);
  meetings = ot_store_list_meetings (f->store, 0, NULL);
  g_assert_cmpuint (n_items (meetings), ==, 0);
}

static GError *
load_text (Fixture    *f,
           const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  GError *error = NULL;

  g_assert_false (ot_demo_load_from_bytes (f->store, bytes, "test.json", &error));
  g_assert_nonnull (error);
  assert_empty (f->store);
  return error;
}

static void
test_rolls_back (Fixture *f, gconstpointer data)
{
  /* Organisations and a meeting go in before the dangling reference is met. */
  g_autoptr(GError) error = load_text (f,
    "{\"organisations\": [{\"key\": \"a\", \"name\": \"A\", \"kind\": \"aanbieder\"}],"
    " \"people\": [{\"key\": \"p\", \"name\": \"P\", \"organisation\": \"a\"}],"
    " \"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-01-01\","
    "  \"agenda\": [{\"title\": \"T\", \"notes\": \"woord\"}],"
    "  \"attendance\": [{\"person\": \"nobody\"}]}]}]}");

  g_assert_error (error, OT_ERROR, OT_ERROR_BAD_FILE);
  g_assert_nonnull (strstr (error->message, "nobody"));
  g_assert_nonnull (strstr (error->message, "test.json"));
}

static void
test_store_errors_roll_back (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) bad_date = load_text (f,
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-02-30\"}]}]}");
  g_autoptr(GError) closed_in_unknown = load_text (f,
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-02-03\","
    " \"actions\": [{\"text\": \"x\", \"status\": \"done\", \"closed_in\": \"later\"}]}]}]}");
  g_autoptr(GError) approved_earlier = load_text (f,
    "{\"series\": [{\"name\": \"S\", \"meetings\": ["
    " {\"key\": \"a\", \"title\": \"A\", \"date\": \"2020-02-03\"},"
    " {\"key\": \"b\", \"title\": \"B\", \"date\": \"2020-03-03\", \"status\": \"approved\", \"approved_in\": \"a\"}]}]}");
  g_autoptr(GError) done_nowhere = load_text (f,
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-02-03\","
    " \"actions\": [{\"text\": \"x\", \"status\": \"done\"}]}]}]}");

  g_assert_error (bad_date, OT_ERROR, OT_ERROR_INVALID);
  g_assert_error (closed_in_unknown, OT_ERROR, OT_ERROR_BAD_FILE);
  g_assert_error (approved_earlier, OT_ERROR, OT_ERROR_INVALID);
  g_assert_error (done_nowhere, OT_ERROR, OT_ERROR_INVALID);
}

static void
test_malformed (Fixture *f, gconstpointer data)
{
  static const char *const bad[] = {
    "",
    "not json",
    "[]",
    "{\"format\": \"something-else\"}",
    "{\"format\": \"overlegtafel-demo\", \"version\": 2}",
    "{\"version\": \"1\"}",
    "{\"organisations\": 5}",
    "{\"organisations\": [5]}",
    "{\"organisations\": [{\"key\": \"a\", \"name\": 5}]}",
    "{\"organisations\": [{\"key\": \"a\", \"name\": \"A\", \"kind\": \"bakery\"}]}",
    "{\"organisations\": [{\"key\": \"a\", \"name\": \"A\"}, {\"key\": \"a\", \"name\": \"B\"}]}",
    "{\"organisations\": [{\"name\": \"A\"}]}",
    "{\"series\": [{\"name\": \"S\", \"kind\": [\"overlegtafel\"]}]}",
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-01-01\","
    " \"agenda\": [{\"title\": \"T\", \"planned_minutes\": -5}]}]}]}",
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-01-01\","
    " \"agenda\": [{\"title\": \"T\", \"planned_minutes\": 1.5}]}]}]}",
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-01-01\","
    " \"agenda\": [{\"title\": \"T\", \"is_addition\": \"yes\"}]}]}]}",
    "{\"series\": [{\"name\": \"S\", \"meetings\": [{\"key\": \"m\", \"title\": \"M\", \"date\": \"2020-01-01\","
    " \"agenda\": [{\"title\": \"T\", \"items\": [{\"title\": \"U\", \"items\": [{\"title\": \"V\"}]}]}]}]}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = load_text (f, bad[i]);

      /* Every message names the file. */
      g_assert_true (error->domain == OT_ERROR);
      g_assert_nonnull (strstr (error->message, "test.json"));
    }
}

static void
test_limits (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) deep_error = NULL;
  g_autoptr(GError) missing_error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "absent.json", NULL);
  g_autofree char *huge = g_build_filename (f->dir, "huge.json", NULL);
  g_autoptr(GError) huge_error = NULL;
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.json", NULL);
  g_autoptr(GError) fifo_error = NULL;
  FILE *file;

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "[");
  deep_error = load_text (f, deep->str);
  g_assert_error (deep_error, OT_ERROR, OT_ERROR_LIMIT);

  g_assert_false (ot_demo_load_from_file (f->store, missing, &missing_error));
  g_assert_error (missing_error, OT_ERROR, OT_ERROR_IO);
  g_assert_nonnull (strstr (missing_error->message, missing));

  /* A sparse 1 GB file: refused from its size, without reading it. */
  file = fopen (huge, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 1024L * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('{', file);
  fclose (file);
  g_assert_false (ot_demo_load_from_file (f->store, huge, &huge_error));
  g_assert_error (huge_error, OT_ERROR, OT_ERROR_LIMIT);

  /* A pipe nobody writes to would block a reader for ever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (ot_demo_load_from_file (f->store, fifo, &fifo_error));
  g_assert_error (fifo_error, OT_ERROR, OT_ERROR_BAD_FILE);
  assert_empty (f->store);
}

/* Truncated and corrupted copies of the real file: each loads whole or not at all. */
static void
test_mutations (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (ot_test_source_dir (), "data", "demo", "demo.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  GRand *rand = g_rand_new_with_seed (20161029);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      gsize cut = length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      if (i % 2 == 0)
        cut = g_rand_int_range (rand, 0, (gint32) length);
      else
        for (guint j = 0; j < 4; j++)
          copy[g_rand_int_range (rand, 0, (gint32) length)] = "{}[]\",:x0\\"[g_rand_int_range (rand, 0, 10)];
      bytes = g_bytes_new (copy, cut);
      if (ot_demo_load_from_bytes (f->store, bytes, "mutated.json", &error))
        {
          g_assert_no_error (error);
          g_assert_false (ot_store_is_empty (f->store));
          open_new_store (f);
        }
      else
        {
          g_assert_nonnull (error);
          assert_empty (f->store);
        }
    }
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/demo/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("builtin", test_builtin);
  ADD ("source-file-matches", test_source_file_matches);
  ADD ("refuses-non-empty", test_refuses_non_empty);
  ADD ("rolls-back", test_rolls_back);
  ADD ("store-errors-roll-back", test_store_errors_roll_back);
  ADD ("malformed", test_malformed);
  ADD ("limits", test_limits);
  ADD ("mutations", test_mutations);
#undef ADD
  return g_test_run ();
}
