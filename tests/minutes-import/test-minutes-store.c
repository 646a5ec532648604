/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-minutes-store.c: imported minutes saved as a meeting: searchable, open actions carried over. */
#include "config.h"

#include "ot-error.h"
#include "ot-store.h"
#include "ot-test-support.h"
#include "minutes-import/ot-minutes-import.h"
#include "minutes-import/ot-minutes-store.h"

typedef struct
{
  char    *dir;
  OtStore *store;
  gint64   series;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ot_test_mkdtemp ();
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ot_store_open (path, &error);
  g_assert_no_error (error);
  f->series = ot_store_add_series (f->store, "Overlegtafel Wmo", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->series, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ot_test_rmdir (f->dir);
  g_free (f->dir);
}

static OtMinutesResult *
import (const char *shared_or_fixture,
        gboolean    shared)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  OtMinutesResult *r;

  if (shared)
    {
      g_autofree char *dir = g_build_filename (ot_test_shared_dir (), "samples", "minutes", NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        if (g_str_has_prefix (name, shared_or_fixture))
          path = g_build_filename (dir, name, NULL);
    }
  else
    path = g_build_filename (ot_test_source_dir (), "tests", "minutes-import", "data", shared_or_fixture, NULL);
  g_assert_nonnull (path);
  r = ot_minutes_import_file (path, NULL, &error);
  g_assert_no_error (error);
  return r;
}

static void
test_store_sample (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(OtMinutesResult) r = import ("001_", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) agenda = NULL, attendance = NULL, hits = NULL, previous = NULL;
  gint64 meeting, next;
  guint chairs = 0;

  meeting = ot_minutes_import_store (f->store, r, f->series, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting, >, 0);

  agenda = ot_store_list_agenda (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 5 + 6);
  attendance = ot_store_list_attendance (f->store, meeting, &error);
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 21);
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(OtAttendance) a = g_list_model_get_item (attendance, i);
      if (ot_attendance_get_role (a) == OT_ATTENDANCE_ROLE_CHAIR)
        {
          g_assert_cmpstr (ot_attendance_get_person_name (a), ==, "Pascal Budding");
          chairs++;
        }
    }
  g_assert_cmpuint (chairs, ==, 1);

  /* Searchable: words from statements and notes find this meeting. */
  hits = ot_store_search (f->store, "vierkantfinanciering", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), >, 0);
  {
    g_autoptr(OtSearchHit) hit = g_list_model_get_item (hits, 0);
    g_assert_cmpint (ot_search_hit_get_meeting_id (hit), ==, meeting);
  }

  /* The closing action list is open in the next meeting of the series. */
  next = ot_store_add_meeting (f->store, f->series, "Overlegtafel Wmo", "2016-10-10", NULL, NULL,
                               NULL, 0, 0, &error);
  g_assert_no_error (error);
  previous = ot_store_list_previous_actions (f->store, next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (previous), ==, 2);
  {
    g_autoptr(OtAction) a = g_list_model_get_item (previous, 0);
    g_autoptr(OtAction) b = g_list_model_get_item (previous, 1);
    g_assert_true (g_strcmp0 (ot_action_get_due_date (a), "2016-09-12") == 0 ||
                   g_strcmp0 (ot_action_get_due_date (b), "2016-09-12") == 0);
    g_assert_cmpint (ot_action_get_status (a), ==, OT_ACTION_STATUS_OPEN);
  }
}

static void
test_store_needs_date (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(OtMinutesResult) r = import ("000_", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;

  g_assert_null (r->date);
  g_assert_cmpint (ot_minutes_import_store (f->store, r, f->series, &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  meetings = ot_store_list_meetings (f->store, f->series, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

  /* With a date set in review, it stores. */
  g_clear_error (&error);
  r->date = g_strdup ("2017-10-26");
  g_assert_cmpint (ot_minutes_import_store (f->store, r, f->series, &error), >, 0);
  g_assert_no_error (error);
}

static void
test_store_approves_previous (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(OtMinutesResult) r = import ("name-org-agenda.txt", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtMeeting) before = NULL;
  g_autoptr(GListModel) actions = NULL;
  gint64 earlier, meeting;

  earlier = ot_store_add_meeting (f->store, f->series, "Overlegtafel Jeugd", "2019-06-12", NULL, NULL,
                                  NULL, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_true (ot_store_set_meeting_status (f->store, earlier, OT_MEETING_STATUS_DRAFT, &error));
  meeting = ot_minutes_import_store (f->store, r, f->series, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting, >, 0);

  before = ot_store_get_meeting (f->store, earlier, &error);
  g_assert_cmpint (ot_meeting_get_status (before), ==, OT_MEETING_STATUS_APPROVED);
  actions = ot_store_list_meeting_actions (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 5);
  g_assert_cmpint (ot_store_find_person (f->store, "Karim el Amrani"), >, 0);
  g_assert_cmpint (ot_store_find_organisation (f->store, "Stichting De Rading"), >, 0);
}

/* Registry names as known names: "Lillian" in the minutes is the registry's "Lilian". */
static void
test_store_known_names (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) people = NULL, orgs = NULL;
  g_autoptr(OtMinutesResult) r = NULL;
  g_autofree char *path = g_build_filename (ot_test_source_dir (), "tests", "minutes-import", "data",
                                            "ocr-wrapped.txt", NULL);
  gint64 org = ot_store_add_organisation (f->store, "Gemeente Nieuwegein", "Nieuwegein",
                                          OT_ORGANISATION_KIND_GEMEENTE, &error);
  OtMinutesImportOptions options;

  g_assert_no_error (error);
  g_assert_cmpint (ot_store_add_person (f->store, "Lilian Petter", org, NULL, NULL, &error), >, 0);
  g_assert_true (ot_minutes_known_names_from_store (f->store, &people, &orgs, &error));
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) people, "Lilian Petter"));
  g_assert_true (g_strv_contains ((const char * const *) orgs, "Gemeente Nieuwegein"));
  g_assert_true (g_strv_contains ((const char * const *) orgs, "Nieuwegein"));

  options.known_people = (const char * const *) people;
  options.known_organisations = (const char * const *) orgs;
  r = ot_minutes_import_file (path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((OtMinutesAttendee *) g_ptr_array_index (r->attendees, 0))->name, ==, "Lilian Petter");
}

/* The previous action list of imported minutes reviews the actions of the earlier imported
 * meeting: done ones are closed, open ones carried over, none is added twice. */
static void
test_store_reviews_earlier_actions (Fixture       *f,
                                    gconstpointer  data)
{
  static const char earlier_text[] =
    "Verslag overleg jeugd\n"
    "Datum: 12 juni 2019\n"
    "\n"
    "1. Wachttijden\n"
    "Actiepunten:\n"
    "- Gemeente Zeist stuurt de cijfers over wachttijden rond.\n"
    "- Kwintes levert een voorstel voor de overbruggingszorg aan.\n"
    "2. Rondvraag\n"
    "Geen.\n";
  g_autoptr(OtMinutesResult) earlier = ot_minutes_parse_text (earlier_text, NULL);
  g_autoptr(OtMinutesResult) later = import ("name-org-agenda.txt", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) first_actions = NULL, later_actions = NULL, review = NULL;
  gint64 first, second;

  first = ot_minutes_import_store (f->store, earlier, f->series, &error);
  g_assert_no_error (error);
  second = ot_minutes_import_store (f->store, later, f->series, &error);
  g_assert_no_error (error);

  first_actions = ot_store_list_meeting_actions (f->store, first, &error);
  g_assert_cmpuint (g_list_model_get_n_items (first_actions), ==, 2);
  {
    g_autoptr(OtAction) done = g_list_model_get_item (first_actions, 0);
    g_autoptr(OtAction) open = g_list_model_get_item (first_actions, 1);
    g_autoptr(OtAction) done_now = ot_store_get_action (f->store, ot_action_get_id (done), &error);
    g_autoptr(OtAction) open_now = ot_store_get_action (f->store, ot_action_get_id (open), &error);

    g_assert_cmpint (ot_action_get_status (done_now), ==, OT_ACTION_STATUS_DONE);
    g_assert_cmpint (ot_action_get_closed_in_id (done_now), ==, second);
    g_assert_cmpint (ot_action_get_status (open_now), ==, OT_ACTION_STATUS_OPEN);
    g_assert_cmpint (ot_action_get_last_reviewed_in_id (open_now), ==, second);
  }
  /* Only the three new actions of the closing list belong to the later meeting. */
  later_actions = ot_store_list_meeting_actions (f->store, second, &error);
  g_assert_cmpuint (g_list_model_get_n_items (later_actions), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/minutes-import/store/sample", Fixture, NULL, fixture_set_up, test_store_sample,
              fixture_tear_down);
  g_test_add ("/minutes-import/store/needs-date", Fixture, NULL, fixture_set_up, test_store_needs_date,
              fixture_tear_down);
  g_test_add ("/minutes-import/store/approves-previous", Fixture, NULL, fixture_set_up,
              test_store_approves_previous, fixture_tear_down);
  g_test_add ("/minutes-import/store/known-names", Fixture, NULL, fixture_set_up,
              test_store_known_names, fixture_tear_down);
  g_test_add ("/minutes-import/store/reviews-earlier-actions", Fixture, NULL, fixture_set_up,
              test_store_reviews_earlier_actions, fixture_tear_down);
  return g_test_run ();
}
