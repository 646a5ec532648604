/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-lines.c: typed minutes lines, speakers and quick-added people become the right rows (no display needed). */
#define G_LOG_DOMAIN "ot-test-store-lines"
#include "config.h"

#include <string.h>

#include "ot-error.h"
#include "ot-store-lines.h"
#include "ot-test-support.h"

typedef struct
{
  char    *dir;
  OtStore *store;
  gint64   meeting;
  gint64   item;
  gint64   gemeente;
  gint64   limor;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 series;

  fixture->dir = ot_test_mkdtemp ();
  path = g_build_filename (fixture->dir, "lines.db", NULL);
  fixture->store = ot_store_open (path, &error);
  g_assert_no_error (error);
  series = ot_store_add_series (fixture->store, "Overlegtafel Wmo", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error);
  g_assert_no_error (error);
  fixture->meeting = ot_store_add_meeting (fixture->store, series, "Overleg", "2024-03-12", NULL, NULL, NULL, 0, 0, &error);
  g_assert_no_error (error);
  fixture->item = ot_store_add_agenda_item (fixture->store, fixture->meeting, 0, "Tarieven", &error);
  g_assert_no_error (error);
  fixture->gemeente = ot_store_add_organisation (fixture->store, "Gemeente Houten", "Houten",
                                                 OT_ORGANISATION_KIND_GEMEENTE, &error);
  g_assert_no_error (error);
  fixture->limor = ot_store_add_person (fixture->store, "Limor de Vries", fixture->gemeente, NULL, NULL, &error);
  g_assert_no_error (error);
  ot_store_add_person (fixture->store, "Jan Smit", 0, NULL, NULL, &error);
  ot_store_add_person (fixture->store, "Jan Bakker", 0, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ot_test_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
test_resolve_party (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 person, organisation;

  ot_store_resolve_party (fixture->store, "Limor de Vries", &person, &organisation);
  g_assert_cmpint (person, ==, fixture->limor);
  ot_store_resolve_party (fixture->store, "limor", &person, &organisation);
  g_assert_cmpint (person, ==, fixture->limor);
  /* Two people are called Jan: a first name alone names nobody. */
  ot_store_resolve_party (fixture->store, "Jan", &person, &organisation);
  g_assert_cmpint (person, ==, 0);
  g_assert_cmpint (organisation, ==, 0);
  ot_store_resolve_party (fixture->store, "Houten", &person, &organisation);
  g_assert_cmpint (person, ==, 0);
  g_assert_cmpint (organisation, ==, fixture->gemeente);
  ot_store_resolve_party (fixture->store, "", &person, &organisation);
  g_assert_cmpint (person + organisation, ==, 0);
}

static OtStatement *
statement_at (Fixture *fixture,
              guint    position)
{
  g_autoptr(GListModel) statements = ot_store_list_statements (fixture->store, fixture->item, NULL);

  return g_list_model_get_item (statements, position);
}

static void
test_lines (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStatement) question = NULL;
  g_autoptr(OtStatement) group = NULL;
  g_autoptr(OtStatement) unknown = NULL;
  g_autoptr(OtAgendaItem) item = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(OtAction) action = NULL;
  OtLineKind kind;

  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item, "Limor: Wat kost dat?", &kind, &error));
  g_assert_cmpint (kind, ==, OT_LINE_STATEMENT);
  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item, "Reactie aanbieders: Te weinig.", &kind, &error));
  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item, "Karel: Eens.", &kind, &error));
  g_assert_no_error (error);
  question = statement_at (fixture, 0);
  g_assert_cmpint (ot_statement_get_speaker_person_id (question), ==, fixture->limor);
  g_assert_cmpint (ot_statement_get_kind (question), ==, OT_STATEMENT_KIND_QUESTION);
  group = statement_at (fixture, 1);
  g_assert_cmpint (ot_statement_get_speaker_person_id (group), ==, 0);
  g_assert_nonnull (strstr (ot_statement_get_speaker (group), "aanbieders"));
  /* A speaker the register does not know is kept as a label, not added. */
  unknown = statement_at (fixture, 2);
  g_assert_cmpstr (ot_statement_get_speaker_label (unknown), ==, "Karel");
  g_assert_cmpint (ot_store_find_person (fixture->store, "Karel"), ==, 0);

  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item, "De regio licht het proces toe.", &kind, &error));
  g_assert_cmpint (kind, ==, OT_LINE_NOTE);
  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item, "Er volgt een tweede ronde.", &kind, &error));
  item = ot_store_get_agenda_item (fixture->store, fixture->item, NULL);
  g_assert_cmpstr (ot_agenda_item_get_notes (item), ==, "De regio licht het proces toe.\nEr volgt een tweede ronde.");

  g_assert_true (ot_store_add_minutes_line (fixture->store, fixture->item,
                                            "Actie Houten: tarieven publiceren binnen twee weken", &kind, &error));
  g_assert_cmpint (kind, ==, OT_LINE_ACTION);
  actions = ot_store_list_meeting_actions (fixture->store, fixture->meeting, NULL);
  action = g_list_model_get_item (actions, 0);
  g_assert_cmpint (ot_action_get_owner_organisation_id (action), ==, fixture->gemeente);
  g_assert_cmpstr (ot_action_get_due_date (action), ==, "2024-03-26");

  g_assert_false (ot_store_add_minutes_line (fixture->store, fixture->item, "   ", &kind, &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
}

static void
test_action_owner_and_due (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtAction) edited = NULL;
  g_autoptr(OtAction) free_owner = NULL;
  gint64 id = ot_store_add_action (fixture->store, fixture->meeting, fixture->item, "Notitie schrijven",
                                   0, 0, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ot_store_set_action_owner_text (fixture->store, id, "Limor", &error));
  g_assert_true (ot_store_set_action_due_phrase (fixture->store, id, "binnen een week", &error));
  g_assert_no_error (error);
  edited = ot_store_get_action (fixture->store, id, NULL);
  g_assert_cmpint (ot_action_get_owner_person_id (edited), ==, fixture->limor);
  g_assert_cmpstr (ot_action_get_due_date (edited), ==, "2024-03-19");

  g_assert_false (ot_store_set_action_due_phrase (fixture->store, id, "zo snel mogelijk", &error));
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ot_store_set_action_owner_text (fixture->store, id, "de werkgroep", &error));
  g_assert_true (ot_store_set_action_due_phrase (fixture->store, id, "", &error));
  free_owner = ot_store_get_action (fixture->store, id, NULL);
  g_assert_cmpstr (ot_action_get_owner_text (free_owner), ==, "de werkgroep");
  g_assert_null (ot_action_get_due_date (free_owner));
}

static void
test_quick_add (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtPerson) added = NULL;
  gint64 person, again, attendance;
  guint counts[3];

  person = ot_store_quick_add_person (fixture->store, " Piet Proef , Stichting Nieuw ", &error);
  g_assert_no_error (error);
  added = ot_store_get_person (fixture->store, person, NULL);
  g_assert_cmpstr (ot_person_get_name (added), ==, "Piet Proef");
  g_assert_cmpstr (ot_person_get_organisation_name (added), ==, "Stichting Nieuw");
  again = ot_store_quick_add_person (fixture->store, "piet proef", &error);
  g_assert_cmpint (again, ==, person);

  attendance = ot_store_add_attendee_by_name (fixture->store, fixture->meeting, "Houten", &error);
  g_assert_cmpint (attendance, !=, 0);
  attendance = ot_store_add_attendee_by_name (fixture->store, fixture->meeting, "Limor", &error);
  g_assert_cmpint (attendance, !=, 0);
  ot_store_count_attendance (fixture->store, fixture->meeting, counts);
  g_assert_cmpuint (counts[OT_ATTENDANCE_STATE_PRESENT], ==, 2);
  g_assert_cmpint (ot_store_add_attendee_by_name (fixture->store, fixture->meeting, " , Org", &error), ==, 0);
  g_assert_error (error, OT_ERROR, OT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store-lines/resolve-party", Fixture, NULL, fixture_set_up, test_resolve_party, fixture_tear_down);
  g_test_add ("/store-lines/lines", Fixture, NULL, fixture_set_up, test_lines, fixture_tear_down);
  g_test_add ("/store-lines/action-owner-and-due", Fixture, NULL, fixture_set_up, test_action_owner_and_due,
              fixture_tear_down);
  g_test_add ("/store-lines/quick-add", Fixture, NULL, fixture_set_up, test_quick_add, fixture_tear_down);
  return g_test_run ();
}
