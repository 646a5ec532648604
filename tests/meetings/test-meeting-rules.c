/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-meeting-rules.c: due-date phrases, speaker recognition, agenda templates and the live timer. */
#include "config.h"

#include <string.h>

#include "ot-agenda-template.h"
#include "ot-due-phrase.h"
#include "ot-live-timer.h"
#include "ot-speaker-line.h"
#include "ot-test-support.h"

static void
test_due_phrases (void)
{
  /* The meeting of 29 August 2016 was a Monday. */
  static const struct { const char *phrase; const char *expected; } cases[] = {
    { "binnen twee weken", "2016-09-12" },
    { "binnen nu en twee weken", "2016-09-12" },
    { "Binnen 2 weken.", "2016-09-12" },
    { "over drie dagen", "2016-09-01" },
    { "binnen een maand", "2016-09-29" },
    { "binnen één maand", "2016-09-29" },
    { "volgende week", "2016-09-09" },
    { "deze week", "2016-09-02" },
    { "eind november", "2016-11-30" },
    { "begin december", "2016-12-01" },
    { "medio januari", "2017-01-15" },
    { "eind november/begin december", "2016-11-30" },
    { "eind van het jaar", "2016-12-31" },
    { "eind 2018", "2018-12-31" },
    { "7 augustus", "2017-08-07" },
    { "woensdag 7 augustus 2019", "2019-08-07" },
    { "uiterlijk 14 september", "2016-09-14" },
    { "1-10-2018", "2018-10-01" },
    { "1/10/18", "2018-10-01" },
    { "2016-12-24", "2016-12-24" },
    { "vrijdag", "2016-09-02" },
    { "morgen", "2016-08-30" },
    { "oktober", "2016-10-31" },
    { "z.s.m.", NULL },
    { "voor de zomer", NULL },
    { "", NULL },
    { "31 februari", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = ot_due_phrase_to_iso (cases[i].phrase, "2016-08-29");
      g_test_message ("%s → %s", cases[i].phrase, iso ? iso : "(none)");
      g_assert_cmpstr (iso, ==, cases[i].expected);
    }
}

static void
test_due_phrase_in_sentence (void)
{
  gsize start = 0;
  const char *text = "Gemeente verzorgt de uitnodiging binnen nu en twee weken.";
  g_autofree char *iso = ot_due_phrase_find (text, "2016-08-29", &start);

  g_assert_cmpstr (iso, ==, "2016-09-12");
  g_assert_true (g_str_has_prefix (text + start, "binnen"));
  g_assert_null (ot_due_phrase_find ("Lekstroom komt met een voorstel.", "2016-08-29", NULL));
}

static void
test_speaker_lines (void)
{
  static const struct
  {
    const char *line;
    OtLineKind kind;
    OtStatementKind statement_kind;
    const char *speaker;
    const char *organisation;
    gboolean group;
    const char *text;
  } cases[] = {
    { "Limor: we willen een zuivere bedrijfsvoering", OT_LINE_STATEMENT, OT_STATEMENT_KIND_REMARK, "Limor", NULL, FALSE, "we willen een zuivere bedrijfsvoering" },
    { "Limor: kan dat sneller?", OT_LINE_STATEMENT, OT_STATEMENT_KIND_QUESTION, "Limor", NULL, FALSE, "kan dat sneller?" },
    { "Vraag aanbieders: wat bedoelen jullie met max tarief?", OT_LINE_STATEMENT, OT_STATEMENT_KIND_QUESTION, "aanbieders", NULL, TRUE, "wat bedoelen jullie met max tarief?" },
    { "Vraag van aanbieders: In de presentatie staat het", OT_LINE_STATEMENT, OT_STATEMENT_KIND_QUESTION, "aanbieders", NULL, TRUE, "In de presentatie staat het" },
    { "Antwoord regio: daar is nog geen duidelijkheid over.", OT_LINE_STATEMENT, OT_STATEMENT_KIND_ANSWER, "regio", NULL, TRUE, "daar is nog geen duidelijkheid over." },
    { "Antwoord: We overwegen nu een mixtarief", OT_LINE_STATEMENT, OT_STATEMENT_KIND_ANSWER, NULL, NULL, FALSE, "We overwegen nu een mixtarief" },
    { "Vervolgvraag aanbieders: Hoe houden jullie rekening?", OT_LINE_STATEMENT, OT_STATEMENT_KIND_QUESTION, "aanbieders", NULL, TRUE, "Hoe houden jullie rekening?" },
    { "Reactie van aanbieders: Cliënten gaan claimen", OT_LINE_STATEMENT, OT_STATEMENT_KIND_ANSWER, "aanbieders", NULL, TRUE, "Cliënten gaan claimen" },
    { "Opmerking aanbieders: bedenk het administratief", OT_LINE_STATEMENT, OT_STATEMENT_KIND_REMARK, "aanbieders", NULL, TRUE, "bedenk het administratief" },
    { "Vraag van regio aan aanbieders: hoe kunnen we dat uitvragen?", OT_LINE_STATEMENT, OT_STATEMENT_KIND_QUESTION, "regio", NULL, TRUE, "hoe kunnen we dat uitvragen?" },
    { "Lilian Petter (Gemeente Nieuwegein): licht toe", OT_LINE_STATEMENT, OT_STATEMENT_KIND_REMARK, "Lilian Petter", "Gemeente Nieuwegein", FALSE, "licht toe" },
    { "Stichting Boogh: knelpunt met vervoer", OT_LINE_STATEMENT, OT_STATEMENT_KIND_REMARK, "Stichting Boogh", NULL, FALSE, "knelpunt met vervoer" },
    { "Tarieven zijn verhoogd met 1,4%", OT_LINE_NOTE, OT_STATEMENT_KIND_REMARK, NULL, NULL, FALSE, "Tarieven zijn verhoogd met 1,4%" },
    { "Zoals eerder besproken in de vorige vergadering met alle partijen: het blijft", OT_LINE_NOTE, OT_STATEMENT_KIND_REMARK, NULL, NULL, FALSE, NULL },
    { "Tijd: 10:30", OT_LINE_NOTE, OT_STATEMENT_KIND_REMARK, NULL, NULL, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OtSpeakerLine) line = ot_speaker_line_parse (cases[i].line, "2016-08-29");

      g_test_message ("%s", cases[i].line);
      g_assert_cmpint (line->kind, ==, cases[i].kind);
      if (cases[i].kind == OT_LINE_STATEMENT)
        {
          g_assert_cmpint (line->statement_kind, ==, cases[i].statement_kind);
          g_assert_cmpstr (line->speaker, ==, cases[i].speaker);
          g_assert_cmpstr (line->organisation, ==, cases[i].organisation);
          g_assert_cmpint (line->speaker_is_group, ==, cases[i].group);
        }
      if (cases[i].text != NULL)
        g_assert_cmpstr (line->text, ==, cases[i].text);
    }
}

static void
test_decision_and_action_lines (void)
{
  g_autoptr(OtSpeakerLine) besluit = ot_speaker_line_parse ("Besluit: de tarieven worden geïndexeerd", "2016-08-29");
  g_autoptr(OtSpeakerLine) afspraak = ot_speaker_line_parse ("Afspraak: Lilian nodigt aanbieders uit", "2016-08-29");
  g_autoptr(OtSpeakerLine) action = ot_speaker_line_parse ("Actie Lilian Petter: Veenendaal benaderen binnen twee weken", "2016-08-29");
  g_autoptr(OtSpeakerLine) bare = ot_speaker_line_parse ("Actie: voorstel kennisdeling", "2016-08-29");

  g_assert_cmpint (besluit->kind, ==, OT_LINE_DECISION);
  g_assert_cmpint (besluit->decision_kind, ==, OT_DECISION_KIND_BESLUIT);
  g_assert_cmpstr (besluit->text, ==, "de tarieven worden geïndexeerd");
  g_assert_cmpint (afspraak->decision_kind, ==, OT_DECISION_KIND_AFSPRAAK);
  g_assert_cmpint (action->kind, ==, OT_LINE_ACTION);
  g_assert_cmpstr (action->speaker, ==, "Lilian Petter");
  g_assert_cmpstr (action->due, ==, "2016-09-12");
  g_assert_cmpstr (action->text, ==, "Veenendaal benaderen binnen twee weken");
  g_assert_cmpint (bare->kind, ==, OT_LINE_ACTION);
  g_assert_null (bare->speaker);
  g_assert_null (bare->due);
}

static void
test_live_timer (void)
{
  const gint64 minute = 60 * G_USEC_PER_SEC;
  OtLiveTimer timer = { 0 };
  g_autofree char *shown = NULL;
  g_autofree char *over = NULL;

  ot_live_timer_start (&timer, 10, 1000);
  g_assert_true (ot_live_timer_is_running (&timer));
  g_assert_cmpint (ot_live_timer_state (&timer, 1000 + 5 * minute), ==, OT_LIVE_TIMER_ON_TIME);
  g_assert_cmpint (ot_live_timer_state (&timer, 1000 + 8 * minute + 1), ==, OT_LIVE_TIMER_ALMOST);
  g_assert_cmpint (ot_live_timer_state (&timer, 1000 + 10 * minute + 1), ==, OT_LIVE_TIMER_OVERRUN);

  /* A pause stops the clock. */
  ot_live_timer_pause (&timer, 1000 + 2 * minute);
  g_assert_cmpint (ot_live_timer_elapsed (&timer, 1000 + 9 * minute), ==, 2 * minute);
  ot_live_timer_resume (&timer, 1000 + 9 * minute);
  g_assert_cmpint (ot_live_timer_elapsed (&timer, 1000 + 10 * minute), ==, 3 * minute);

  shown = ot_live_timer_format (&timer, 1000 + 10 * minute + 5 * G_USEC_PER_SEC);
  g_assert_cmpstr (shown, ==, "3:05 / 10:00");
  over = ot_live_timer_format (&timer, 1000 + 20 * minute);
  /* 2 minutes before the pause and 11 after: 13 of 10 planned. */
  g_assert_true (g_str_has_prefix (over, "3:00 "));

  ot_live_timer_start (&timer, -1, 5);
  g_assert_cmpint (ot_live_timer_state (&timer, 5 + 100 * minute), ==, OT_LIVE_TIMER_UNPLANNED);
}

static void
test_agenda_templates (void)
{
  g_autofree char *dir = ot_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OtStore) store = ot_store_open (path, &error);
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(GListModel) attendance = NULL;
  gint64 series, person, org, first, sub, second, market;
  OtNewMeeting spec = { 0 };

  g_assert_no_error (error);
  series = ot_store_add_series (store, "Overlegtafel Wmo", OT_SERIES_KIND_OVERLEGTAFEL, NULL, &error);
  org = ot_store_add_organisation (store, "Abrona", NULL, OT_ORGANISATION_KIND_AANBIEDER, &error);
  person = ot_store_add_person (store, "Corien Besamusca", org, NULL, NULL, &error);

  spec.series_id = series;
  spec.date = "2016-08-29";
  spec.agenda = OT_AGENDA_START_COPY_PREVIOUS;  /* nothing to copy: falls back to the standard */
  first = ot_agenda_template_new_meeting (store, &spec, &error);
  g_assert_no_error (error);
  agenda = ot_store_list_agenda (store, first, &error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 4);
  {
    g_autoptr(OtAgendaItem) last = g_list_model_get_item (agenda, 3);
    g_autoptr(OtAgendaItem) opening = g_list_model_get_item (agenda, 0);
    g_autoptr(OtMeeting) m = ot_store_get_meeting (store, first, NULL);
    g_assert_cmpstr (ot_agenda_item_get_number (last), ==, "4");
    g_assert_cmpuint (strlen (ot_agenda_item_get_title (opening)), >, 0);
    g_assert_cmpstr (ot_meeting_get_title (m), ==, "Overlegtafel Wmo");
  }
  g_clear_object (&agenda);

  /* Give the first meeting a topic with a sub-item, a one-off addition and an attendee. */
  {
    gint64 topic = ot_store_add_agenda_item (store, first, 0, "Tarief", &error);
    gint64 extra = ot_store_add_agenda_item (store, first, 0, "Aanvulling: backoffice", &error);
    sub = ot_store_add_agenda_item (store, first, topic, "Stand van zaken", &error);
    g_assert_true (ot_store_set_agenda_item_details (store, extra, 0, 0, -1, TRUE, &error));
    ot_store_add_attendance (store, first, person, 0, OT_ATTENDANCE_STATE_EXCUSED, OT_ATTENDANCE_ROLE_NONE, &error);
    g_assert_no_error (error);
    g_assert_cmpint (sub, >, 0);
  }

  spec.date = "2016-10-10";
  spec.invite_previous = TRUE;
  second = ot_agenda_template_new_meeting (store, &spec, &error);
  g_assert_no_error (error);
  agenda = ot_store_list_agenda (store, second, &error);
  /* Four standard items, the topic and its sub-item; the one-off addition stays behind. */
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 6);
  {
    g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, 5);
    g_assert_cmpstr (ot_agenda_item_get_title (item), ==, "Stand van zaken");
    g_assert_cmpstr (ot_agenda_item_get_number (item), ==, "5.1");
  }
  attendance = ot_store_list_attendance (store, second, &error);
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 1);
  {
    g_autoptr(OtAttendance) row = g_list_model_get_item (attendance, 0);
    g_assert_cmpint (ot_attendance_get_person_id (row), ==, person);
    g_assert_cmpint (ot_attendance_get_state (row), ==, OT_ATTENDANCE_STATE_PRESENT);
  }

  /* A marktconsultatie has its own standard agenda. */
  spec.series_id = ot_store_add_series (store, "Marktconsultatie HO", OT_SERIES_KIND_MARKTCONSULTATIE, NULL, &error);
  spec.agenda = OT_AGENDA_START_STANDARD;
  market = ot_agenda_template_new_meeting (store, &spec, &error);
  g_assert_no_error (error);
  g_clear_object (&agenda);
  agenda = ot_store_list_agenda (store, market, &error);
  g_assert_cmpuint (g_list_model_get_n_items (agenda), ==, 4);

  /* A bad date leaves nothing behind. */
  spec.date = "2016-13-01";
  g_assert_cmpint (ot_agenda_template_new_meeting (store, &spec, &error), ==, 0);
  g_assert_nonnull (error);
  {
    g_autoptr(GListModel) meetings = ot_store_list_meetings (store, spec.series_id, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  }
  g_clear_object (&store);
  ot_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/meetings/due-phrases", test_due_phrases);
  g_test_add_func ("/meetings/due-phrase-in-sentence", test_due_phrase_in_sentence);
  g_test_add_func ("/meetings/speaker-lines", test_speaker_lines);
  g_test_add_func ("/meetings/decision-and-action-lines", test_decision_and_action_lines);
  g_test_add_func ("/meetings/live-timer", test_live_timer);
  g_test_add_func ("/meetings/agenda-templates", test_agenda_templates);
  return g_test_run ();
}
