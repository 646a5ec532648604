/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the SQLite store: creation, migrations, constraints, transactions, carry-over and search. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "ot-error.h"
#include "ot-store.h"
#include "ot-test-support.h"

typedef struct
{
  char    *dir;
  char    *path;
  OtStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ot_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "sub", "store.db", NULL);
  f->store = ot_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A series with two meetings a month apart, the usual shape of an overlegtafel. */
typedef struct
{
  gint64 series, first, second, item1, item2, org, person;
} TwoMeetings;

static TwoMeetings
make_two_meetings (OtStore *store)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t;

  t.org = ot_store_add_organisation (store, "Stichting Lister", "Lister", OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_no_error (error);
  t.person = ot_store_add_person (store, "Marlies van Loon", t.org, "Manager", NULL, &error);
  g_assert_no_error (error);
  t.series = ot_store_add_series (store, "Overlegtafel Wmo", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error);
  g_assert_no_error (error);
  t.first = ot_store_add_meeting (store, t.series, "Overlegtafel", "2017-09-01", "10:00", "12:00",
                                  "Houten", t.person, 0, &error);
  g_assert_no_error (error);
  t.second = ot_store_add_meeting (store, t.series, "Overlegtafel", "2017-10-26", NULL, NULL, NULL, 0, 0, &error);
  g_assert_no_error (error);
  t.item1 = ot_store_add_agenda_item (store, t.first, 0, "Opening", &error);
  g_assert_no_error (error);
  t.item2 = ot_store_add_agenda_item (store, t.first, 0, "Tarief", &error);
  g_assert_no_error (error);
  return t;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *journal = query_text (f->path, "PRAGMA journal_mode");
  g_autofree char *tables = query_text (f->path, "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'");
  struct stat st;

  /* Personal data and cost prices: nobody but the owner may read the file. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpuint (ot_store_get_schema_version (f->store), >=, 1);
  for (const char *t = "organisation person series meeting attendance agenda_item statement decision action "
                       "document consultation consultation_product invitation submission submission_value tariff";
       *t != '\0';)
    {
      const char *end = strchr (t, ' ');
      g_autofree char *name = end ? g_strndup (t, end - t) : g_strdup (t);
      g_assert_nonnull (strstr (tables, name));
      t = end ? end + 1 : t + strlen (t);
    }
  g_assert_true (ot_store_is_empty (f->store));
}

static void
test_reopen_keeps_version (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) again = NULL;
  guint version = ot_store_get_schema_version (f->store);

  make_two_meetings (f->store);
  g_clear_object (&f->store);
  again = ot_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ot_store_get_schema_version (again), ==, version);
  g_assert_false (ot_store_is_empty (again));
}

static void
test_newer_schema_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) again = NULL;
  sqlite3 *db;

  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  again = ot_store_open (f->path, &error);
  g_assert_null (again);
  g_assert_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "junk.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = NULL;

  g_assert_true (g_file_set_contents (path, "this is not a database at all, just text that is long enough", -1, NULL));
  store = ot_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, OT_ERROR, OT_ERROR_BAD_FILE);
  g_assert_nonnull (strstr (error->message, "junk.db"));
  ot_test_rmdir (dir);
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 id;

  id = ot_store_add_meeting (f->store, t.series, "X", "2017-02-30", NULL, NULL, NULL, 0, 0, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);

  id = ot_store_add_meeting (f->store, t.series, "X", "2017-02-03", "25:00", NULL, NULL, 0, 0, &error);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);

  /* A meeting in a series that does not exist violates the foreign key. */
  id = ot_store_add_meeting (f->store, 9999, "X", "2017-02-03", NULL, NULL, NULL, 0, 0, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Organisation names are unique regardless of case. */
  id = ot_store_add_organisation (f->store, "stichting lister", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
  g_clear_error (&error);

  id = ot_store_add_statement (f->store, t.item1, 0, 0, "aanbieders", OT_STATEMENT_KIND_QUESTION, "   ", &error);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);

  id = ot_store_add_action (f->store, t.second, t.item1, "Elsewhere", 0, 0, NULL, NULL, &error);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
}

static guint
count_rows (OtStore    *store,
            GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  g_object_unref (model);
  return n;
}

static void
test_transaction_rolls_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) series = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  guint n_before = count_rows (f->store, ot_store_list_organisations (f->store, -1, NULL));

  g_assert_true (ot_store_begin (f->store, &error));
  g_assert_cmpint (ot_store_add_organisation (f->store, "Abrona", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error), >, 0);
  g_assert_cmpint (ot_store_add_series (f->store, "Tweede", OT_SERIES_KIND_ONTWIKKELTAFEL, NULL, &error), >, 0);
  /* A failing change inside the transaction fails alone: nested savepoint. */
  g_assert_cmpint (ot_store_add_organisation (f->store, "ABRONA", NULL, OT_ORGANISATION_KIND_OTHER, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
  g_clear_error (&error);
  ot_store_rollback (f->store);

  g_assert_cmpuint (count_rows (f->store, ot_store_list_organisations (f->store, -1, NULL)), ==, n_before);
  series = ot_store_list_series (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 1);
  (void) t;
}

static void
on_changed (OtStore    *store,
            const char *table,
            GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
test_changed_after_commit (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  g_assert_true (ot_store_begin (f->store, &error));
  ot_store_add_organisation (f->store, "Vitras", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (ot_store_commit (f->store, &error));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, "organisation");
}

static void
test_agenda_numbering (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agenda = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 sub1, sub2, item3;
  static const char *expected[][2] = {
    { "1", "Opening" }, { "2", "Rondvraag" }, { "3", "Tarief" }, { "3.1", "Stand van zaken" }, { "3.2", "Ervaringen" },
  };

  sub1 = ot_store_add_agenda_item (f->store, t.first, t.item2, "Stand van zaken", &error);
  sub2 = ot_store_add_agenda_item (f->store, t.first, t.item2, "Ervaringen", &error);
  item3 = ot_store_add_agenda_item (f->store, t.first, 0, "Rondvraag", &error);
  g_assert_no_error (error);
  g_assert_true (ot_store_move_agenda_item (f->store, item3, 0, 1, &error));
  g_assert_no_error (error);

  agenda = ot_store_list_agenda (f->store, t.first, &error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
      g_assert_cmpstr (ot_agenda_item_get_number (item), ==, expected[i][0]);
      g_assert_cmpstr (ot_agenda_item_get_title (item), ==, expected[i][1]);
    }

  /* One level only: a sub-item cannot take sub-items, nor can an item with sub-items move under another. */
  g_assert_cmpint (ot_store_add_agenda_item (f->store, t.first, sub1, "Too deep", &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ot_store_move_agenda_item (f->store, t.item2, t.item1, 0, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  (void) sub2;
}

static void
test_carry_over (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 third, open_action, done_action, kept_action;
  GListModel *list;

  third = ot_store_add_meeting (f->store, t.series, "Overlegtafel", "2017-12-01", NULL, NULL, NULL, 0, 0, &error);
  open_action = ot_store_add_action (f->store, t.first, t.item2, "Tarieven publiceren", 0, t.org, NULL, "2017-09-15", &error);
  done_action = ot_store_add_action (f->store, t.first, t.item2, "Voorstel uitwerken", t.person, 0, NULL, NULL, &error);
  kept_action = ot_store_add_action (f->store, t.first, 0, "Evaluatie plannen", 0, 0, "Lekstroom", NULL, &error);
  g_assert_no_error (error);

  /* In the second meeting, the first meeting's open actions are reviewed. */
  list = ot_store_list_previous_actions (f->store, t.second, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_object_unref (list);

  g_assert_true (ot_store_set_action_status (f->store, done_action, OT_ACTION_STATUS_DONE, t.second, &error));
  g_assert_true (ot_store_set_action_status (f->store, open_action, OT_ACTION_STATUS_DROPPED, t.second, &error));
  g_assert_true (ot_store_keep_action_open (f->store, kept_action, t.second, &error));
  g_assert_no_error (error);

  /* The second meeting still shows all three, those closed there with their new status. */
  list = ot_store_list_previous_actions (f->store, t.second, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_object_unref (list);

  /* The third sees only the one kept open: it carried over. */
  list = ot_store_list_previous_actions (f->store, third, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(OtAction) a = g_list_model_get_item (list, 0);
    g_assert_cmpint (ot_action_get_id (a), ==, kept_action);
    g_assert_cmpstr (ot_action_get_owner (a), ==, "Lekstroom");
    g_assert_cmpint (ot_action_get_last_reviewed_in_id (a), ==, t.second);
  }
  g_object_unref (list);

  /* The first meeting has no earlier meeting, so no previous list. */
  list = ot_store_list_previous_actions (f->store, t.first, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_object_unref (list);
}

static void
test_action_filters (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  OtActionFilter filter = { 0 };
  GListModel *list;

  ot_store_add_action (f->store, t.first, 0, "Late", t.person, 0, NULL, "2017-09-10", &error);
  ot_store_add_action (f->store, t.first, 0, "Later", 0, 0, "Gemeente Houten", "2018-01-10", &error);
  ot_store_add_action (f->store, t.first, 0, "Undated", 0, t.org, NULL, NULL, &error);
  g_assert_no_error (error);

  list = ot_store_list_actions (f->store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(OtAction) first = g_list_model_get_item (list, 0);
    g_autoptr(OtAction) last = g_list_model_get_item (list, 2);
    g_assert_cmpstr (ot_action_get_text (first), ==, "Late");
    g_assert_cmpstr (ot_action_get_text (last), ==, "Undated");
  }
  g_object_unref (list);

  filter.overdue_on = "2017-10-01";
  list = ot_store_list_actions (f->store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_object_unref (list);
  g_assert_cmpuint (ot_store_count_overdue_actions (f->store, "2017-10-01"), ==, 1);

  /* By organisation: the action of Lister's person and the one owned by Lister itself. */
  filter.overdue_on = NULL;
  filter.organisation_id = t.org;
  list = ot_store_list_actions (f->store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_object_unref (list);

  filter.organisation_id = 0;
  filter.owner = "houten";
  list = ot_store_list_actions (f->store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_object_unref (list);
}

static void
test_approval (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtMeeting) meeting = NULL;
  TwoMeetings t = make_two_meetings (f->store);

  g_assert_cmpint (ot_store_get_previous_meeting (f->store, t.second), ==, t.first);
  g_assert_cmpint (ot_store_get_previous_meeting (f->store, t.first), ==, 0);

  /* Not in its own meeting, and not in an earlier one. */
  g_assert_false (ot_store_approve_meeting (f->store, t.first, t.first, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ot_store_approve_meeting (f->store, t.second, t.first, NULL, &error));
  g_clear_error (&error);

  g_assert_true (ot_store_approve_meeting (f->store, t.first, t.second, "Typfout in punt 2", &error));
  g_assert_no_error (error);
  meeting = ot_store_get_meeting (f->store, t.first, &error);
  g_assert_cmpint (ot_meeting_get_status (meeting), ==, OT_MEETING_STATUS_APPROVED);
  g_assert_cmpint (ot_meeting_get_approved_in_id (meeting), ==, t.second);
  g_assert_cmpstr (ot_meeting_get_approved_in_date (meeting), ==, "2017-10-26");
  g_assert_cmpstr (ot_meeting_get_approval_notes (meeting), ==, "Typfout in punt 2");

  /* Approved minutes are read-only until reopened. */
  g_assert_false (ot_store_set_text (f->store, OT_FIELD_AGENDA_ITEM_NOTES, t.item1, "edit", &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ot_store_delete (f->store, OT_ROW_AGENDA_ITEM, t.item1, &error));
  g_clear_error (&error);
  g_assert_true (ot_store_reopen_meeting (f->store, t.first, &error));
  g_assert_true (ot_store_set_text (f->store, OT_FIELD_AGENDA_ITEM_NOTES, t.item1, "edit", &error));
  g_assert_no_error (error);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 statement;
  GListModel *hits;

  ot_store_set_text (f->store, OT_FIELD_AGENDA_ITEM_NOTES, t.item2, "Tarieven zijn verhoogd met de consumentenprijsindex.", &error);
  statement = ot_store_add_statement (f->store, t.item2, 0, 0, "aanbieders", OT_STATEMENT_KIND_QUESTION,
                                      "Hoe gaan jullie om met de cliënten op de wachtlijst?", &error);
  g_assert_no_error (error);

  hits = ot_store_search (f->store, "consumentenprijs", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  {
    g_autoptr(OtSearchHit) hit = g_list_model_get_item (hits, 0);
    g_assert_cmpint (ot_search_hit_get_meeting_id (hit), ==, t.first);
    g_assert_cmpint (ot_search_hit_get_agenda_item_id (hit), ==, t.item2);
    g_assert_cmpstr (ot_search_hit_get_source (hit), ==, "item");
    g_assert_nonnull (strstr (ot_search_hit_get_snippet (hit), "\x02"));
  }
  g_object_unref (hits);

  /* Diacritics are ignored, and user input cannot break the query syntax. */
  hits = ot_store_search (f->store, "clienten \"wachtlijst", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  g_object_unref (hits);

  /* The index follows edits and deletions. */
  ot_store_set_text (f->store, OT_FIELD_STATEMENT_TEXT, statement, "Iets heel anders", &error);
  hits = ot_store_search (f->store, "wachtlijst", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);
  g_object_unref (hits);
  {
    g_autoptr(GListModel) decisions = NULL;
    g_autoptr(OtDecision) d = NULL;
    gint64 decision = ot_store_add_decision (f->store, t.item2, OT_DECISION_KIND_AFSPRAAK, "Tarieven publiceren", &error);

    g_assert_true (ot_store_set_decision_kind (f->store, decision, OT_DECISION_KIND_BESLUIT, &error));
    decisions = ot_store_list_decisions (f->store, t.item2, &error);
    d = g_list_model_get_item (decisions, 0);
    g_assert_cmpint (ot_decision_get_kind (d), ==, OT_DECISION_KIND_BESLUIT);
  }
  g_bytes_unref (ot_store_delete (f->store, OT_ROW_AGENDA_ITEM, t.item2, &error));
  g_assert_no_error (error);
  hits = ot_store_search (f->store, "consumentenprijsindex", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);
  g_object_unref (hits);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) record = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 statement, action;
  GListModel *list;

  statement = ot_store_add_statement (f->store, t.item2, t.person, 0, NULL, OT_STATEMENT_KIND_REMARK,
                                      "Vierkantfinanciering werkt goed", &error);
  action = ot_store_add_action (f->store, t.first, t.item2, "Analyse maken", t.person, 0, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Deleting the person clears references; undo puts them back. */
  record = ot_store_delete (f->store, OT_ROW_PERSON, t.person, &error);
  g_assert_no_error (error);
  {
    g_autoptr(OtAction) a = ot_store_get_action (f->store, action, &error);
    g_assert_cmpint (ot_action_get_owner_person_id (a), ==, 0);
  }
  g_assert_true (ot_store_undo_delete (f->store, record, &error));
  g_assert_no_error (error);
  {
    g_autoptr(OtAction) a = ot_store_get_action (f->store, action, &error);
    g_autoptr(OtMeeting) m = ot_store_get_meeting (f->store, t.first, &error);
    g_assert_cmpint (ot_action_get_owner_person_id (a), ==, t.person);
    g_assert_cmpstr (ot_action_get_owner (a), ==, "Marlies van Loon");
    g_assert_cmpint (ot_meeting_get_chair_id (m), ==, t.person);
  }
  g_clear_pointer (&record, g_bytes_unref);

  /* Deleting an agenda item takes its statements; undo restores them, searchable again. */
  record = ot_store_delete (f->store, OT_ROW_AGENDA_ITEM, t.item2, &error);
  g_assert_no_error (error);
  list = ot_store_list_statements (f->store, t.item2, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_object_unref (list);
  g_assert_true (ot_store_undo_delete (f->store, record, &error));
  list = ot_store_list_statements (f->store, t.item2, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(OtStatement) s = g_list_model_get_item (list, 0);
    g_assert_cmpint (ot_statement_get_id (s), ==, statement);
  }
  g_object_unref (list);
  list = ot_store_search (f->store, "vierkantfinanciering", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_object_unref (list);
  {
    g_autoptr(OtAction) a = ot_store_get_action (f->store, action, &error);
    g_assert_cmpint (ot_action_get_agenda_item_id (a), ==, t.item2);
  }
}

static void
test_undo_series (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) record = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 action;
  GListModel *list;

  /* References across the deleted set: the first meeting approved in the second, and an
   * action of the first closed in the second. */
  action = ot_store_add_action (f->store, t.first, t.item1, "Uitnodigen", 0, t.org, NULL, NULL, &error);
  g_assert_true (ot_store_set_action_status (f->store, action, OT_ACTION_STATUS_DONE, t.second, &error));
  g_assert_true (ot_store_approve_meeting (f->store, t.first, t.second, NULL, &error));
  g_assert_no_error (error);

  record = ot_store_delete (f->store, OT_ROW_SERIES, t.series, &error);
  g_assert_no_error (error);
  list = ot_store_list_meetings (f->store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_object_unref (list);

  g_assert_true (ot_store_undo_delete (f->store, record, &error));
  g_assert_no_error (error);
  list = ot_store_list_meetings (f->store, t.series, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_object_unref (list);
  {
    g_autoptr(OtMeeting) first = ot_store_get_meeting (f->store, t.first, &error);
    g_autoptr(OtAction) a = ot_store_get_action (f->store, action, &error);
    g_assert_cmpint (ot_meeting_get_approved_in_id (first), ==, t.second);
    g_assert_cmpint (ot_action_get_closed_in_id (a), ==, t.second);
  }
  /* And the foreign keys still hold afterwards: a dangling reference is refused again. */
  g_assert_cmpint (ot_store_add_meeting (f->store, 424242, "Nergens", "2020-01-01", NULL, NULL, NULL, 0, 0, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 dup = ot_store_add_organisation (f->store, "Lister", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  gint64 dup_person = ot_store_add_person (f->store, "Marlies v. Loon", dup, NULL, NULL, &error);
  GListModel *people;

  ot_store_add_attendance (f->store, t.first, 0, t.org, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE, &error);
  ot_store_add_attendance (f->store, t.first, 0, dup, OT_ATTENDANCE_STATE_EXCUSED, OT_ATTENDANCE_ROLE_NONE, &error);
  ot_store_add_statement (f->store, t.item1, 0, dup, NULL, OT_STATEMENT_KIND_REMARK, "Lister zegt iets", &error);
  g_assert_no_error (error);

  g_assert_true (ot_store_merge_organisations (f->store, t.org, dup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ot_store_find_organisation (f->store, "Lister"), ==, t.org);
  people = ot_store_list_people (f->store, t.org, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  g_object_unref (people);
  {
    g_autoptr(GListModel) statements = ot_store_list_statements (f->store, t.item1, &error);
    g_autoptr(OtStatement) s = g_list_model_get_item (statements, 0);
    g_assert_cmpstr (ot_statement_get_speaker (s), ==, "Stichting Lister");
  }
  {
    guint counts[3];
    ot_store_count_attendance (f->store, t.first, counts);
    g_assert_cmpuint (counts[OT_ATTENDANCE_STATE_PRESENT] + counts[OT_ATTENDANCE_STATE_EXCUSED], ==, 1);
  }

  g_assert_true (ot_store_merge_people (f->store, t.person, dup_person, &error));
  g_assert_false (ot_store_merge_people (f->store, t.person, t.person, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TwoMeetings t = make_two_meetings (f->store);
  gint64 gemeente = ot_store_add_organisation (f->store, "Gemeente Houten", "Houten", OT_ORGANISATION_KIND_GEMEENTE, &error);
  gint64 a1, a2;
  guint counts[3];
  g_autoptr(GListModel) list = NULL;

  a1 = ot_store_add_attendance (f->store, t.first, t.person, 0, OT_ATTENDANCE_STATE_ABSENT, OT_ATTENDANCE_ROLE_CHAIR, &error);
  a2 = ot_store_add_attendance (f->store, t.first, 0, gemeente, OT_ATTENDANCE_STATE_PRESENT, OT_ATTENDANCE_ROLE_NONE, &error);
  g_assert_no_error (error);
  /* The same person twice in one meeting is refused. */
  g_assert_cmpint (ot_store_add_attendance (f->store, t.first, t.person, 0, OT_ATTENDANCE_STATE_PRESENT,
                                            OT_ATTENDANCE_ROLE_NONE, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (ot_store_set_attendance_state (f->store, a1, OT_ATTENDANCE_STATE_EXCUSED, &error));
  ot_store_count_attendance (f->store, t.first, counts);
  g_assert_cmpuint (counts[OT_ATTENDANCE_STATE_PRESENT], ==, 1);
  g_assert_cmpuint (counts[OT_ATTENDANCE_STATE_EXCUSED], ==, 1);
  g_assert_cmpuint (counts[OT_ATTENDANCE_STATE_ABSENT], ==, 0);

  list = ot_store_list_attendance (f->store, t.first, &error);
  {
    g_autoptr(OtAttendance) first = g_list_model_get_item (list, 0);
    g_autoptr(OtAttendance) second = g_list_model_get_item (list, 1);
    g_assert_cmpint (ot_attendance_get_id (first), ==, a2);
    g_assert_cmpstr (ot_attendance_get_organisation_name (first), ==, "Gemeente Houten");
    g_assert_cmpstr (ot_attendance_get_organisation_name (second), ==, "Stichting Lister");
    g_assert_cmpint (ot_attendance_get_role (second), ==, OT_ATTENDANCE_ROLE_CHAIR);
  }
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "backup.db", NULL);
  g_autoptr(OtStore) restored = NULL;
  g_autoptr(GListModel) series = NULL;

  make_two_meetings (f->store);
  g_assert_true (ot_store_backup (f->store, copy, &error));
  g_assert_no_error (error);
  restored = ot_store_open (copy, &error);
  g_assert_no_error (error);
  series = ot_store_list_series (restored, &error);
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("reopen-keeps-version", test_reopen_keeps_version);
  ADD ("newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  ADD ("constraints", test_constraints);
  ADD ("transaction-rolls-back", test_transaction_rolls_back);
  ADD ("changed-after-commit", test_changed_after_commit);
  ADD ("agenda-numbering", test_agenda_numbering);
  ADD ("carry-over", test_carry_over);
  ADD ("action-filters", test_action_filters);
  ADD ("approval", test_approval);
  ADD ("search", test_search);
  ADD ("delete-undo", test_delete_undo);
  ADD ("undo-series", test_undo_series);
  ADD ("merge", test_merge);
  ADD ("attendance", test_attendance);
  ADD ("backup", test_backup);
#undef ADD

  return g_test_run ();
}
