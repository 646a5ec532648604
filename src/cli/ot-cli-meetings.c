/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-meetings.c: "meetings list" and "meeting show ID", everything the store holds for a meeting. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-cli-format.h"
#include "ot-cli-json.h"

/* ---- meetings list ---- */

static void
print_meetings (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    {
      g_print ("%s\n", _("There are no meetings."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtMeeting) meeting = g_list_model_get_item (list, i);

      g_print ("%4" G_GINT64_FORMAT "  %s  %s\n", ot_meeting_get_id (meeting), ot_meeting_get_date (meeting),
               ot_meeting_get_title (meeting));
      g_print ("                  %s · %s\n", ot_meeting_get_series_name (meeting),
               ot_cli_label_meeting_status (ot_meeting_get_status (meeting)));
    }
}

int
ot_cli_meetings (OtCli  *cli,
                 int     argc,
                 char  **argv)
{
  gboolean json = FALSE;
  g_autofree char *series_text = NULL;
  const GOptionEntry entries[] = {
    { "series", 0, 0, G_OPTION_ARG_STRING, &series_text, N_("Only the meetings of this series"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("list");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 series_id = 0;
  OtStore *store;

  g_option_context_set_summary (context, _("Lists the meetings, newest first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli meetings";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 2 || !g_str_equal (argv[1], "list"))
    return ot_cli_fail (_("Use “overlegtafel-cli meetings list [--series ID]”.")) + 1;
  if (series_text != NULL && !ot_cli_parse_id (series_text, &series_id))
    return 2;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  if (series_id > 0)
    {
      g_autoptr(OtSeries) series = ot_store_get_series (store, series_id, &error);
      if (series == NULL)
        return ot_cli_fail_error (error);
    }
  list = ot_store_list_meetings (store, series_id, &error);
  if (list == NULL)
    return ot_cli_fail_error (error);
  if (json)
    {
      g_autoptr(JsonNode) node = ot_cli_json_list (list, (OtCliJsonFunc) ot_cli_json_meeting);
      ot_cli_print_json (node);
    }
  else
    print_meetings (list);
  return 0;
}

/* ---- meeting show ---- */

static void
print_header (OtMeeting *meeting)
{
  const char *start = ot_meeting_get_start_time (meeting);
  const char *end = ot_meeting_get_end_time (meeting);

  g_print ("%s\n", ot_meeting_get_title (meeting));
  g_print (_("Series: %s (%s)"), ot_meeting_get_series_name (meeting),
           ot_cli_label_series_kind (ot_meeting_get_series_kind (meeting)));
  g_print ("\n");
  g_print (_("Date: %s"), ot_meeting_get_date (meeting));
  if (start != NULL)
    g_print (" %s%s%s", start, end != NULL ? "–" : "", end != NULL ? end : "");
  g_print ("\n");
  if (ot_meeting_get_location (meeting) != NULL)
    {
      g_print (_("Location: %s"), ot_meeting_get_location (meeting));
      g_print ("\n");
    }
  if (ot_meeting_get_chair_name (meeting) != NULL)
    {
      g_print (_("Chair: %s"), ot_meeting_get_chair_name (meeting));
      g_print ("\n");
    }
  if (ot_meeting_get_minute_taker_name (meeting) != NULL)
    {
      g_print (_("Minutes taken by: %s"), ot_meeting_get_minute_taker_name (meeting));
      g_print ("\n");
    }
  if (ot_meeting_get_status (meeting) == OT_MEETING_STATUS_APPROVED && ot_meeting_get_approved_in_date (meeting) != NULL)
    g_print (_("Status: minutes approved in the meeting of %s"), ot_meeting_get_approved_in_date (meeting));
  else
    g_print (_("Status: %s"), ot_cli_label_meeting_status (ot_meeting_get_status (meeting)));
  g_print ("\n");
  if (ot_meeting_get_approval_notes (meeting) != NULL)
    ot_cli_print_indented (ot_meeting_get_approval_notes (meeting), 2);
}

static void
print_attendee (OtAttendance *a)
{
  const char *person = ot_attendance_get_person_name (a);
  const char *organisation = ot_attendance_get_organisation_name (a);
  const char *role = ot_cli_label_attendance_role (ot_attendance_get_role (a));

  if (person != NULL && organisation != NULL)
    g_print ("    %s (%s)", person, organisation);
  else
    g_print ("    %s", person != NULL ? person : organisation != NULL ? organisation : "?");
  if (role != NULL)
    g_print (" — %s", role);
  g_print ("\n");
}

static void
print_attendance (OtStore    *store,
                  OtMeeting  *meeting,
                  GListModel *attendance)
{
  guint counts[3];
  int state = -1;

  ot_store_count_attendance (store, ot_meeting_get_id (meeting), counts);
  g_print ("\n");
  g_print (_("Attendance: %u present, %u sent apologies, %u absent"), counts[0], counts[1], counts[2]);
  g_print ("\n");
  /* The list comes grouped by state, so a heading goes above each group. */
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(OtAttendance) a = g_list_model_get_item (attendance, i);

      if ((int) ot_attendance_get_state (a) != state)
        {
          state = ot_attendance_get_state (a);
          g_print ("  %s:\n", ot_cli_label_attendance_state (state));
        }
      print_attendee (a);
    }
}

static gboolean
print_item_contents (OtStore       *store,
                     OtAgendaItem  *item,
                     int            indent,
                     GError       **error)
{
  g_autoptr(GListModel) statements = ot_store_list_statements (store, ot_agenda_item_get_id (item), error);
  g_autoptr(GListModel) decisions = NULL;

  if (statements == NULL ||
      (decisions = ot_store_list_decisions (store, ot_agenda_item_get_id (item), error)) == NULL)
    return FALSE;
  if (ot_agenda_item_get_notes (item) != NULL)
    ot_cli_print_indented (ot_agenda_item_get_notes (item), indent);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(OtStatement) s = g_list_model_get_item (statements, i);
      const char *speaker = ot_statement_get_speaker (s);
      g_autofree char *line = g_strdup_printf ("%s%s%s: %s", ot_cli_label_statement_kind (ot_statement_get_kind (s)),
                                               speaker != NULL ? " — " : "", speaker != NULL ? speaker : "",
                                               ot_statement_get_text (s));
      ot_cli_print_hanging (line, indent);
    }
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(OtDecision) d = g_list_model_get_item (decisions, i);
      g_autofree char *line = g_strdup_printf ("%s: %s", ot_cli_label_decision_kind (ot_decision_get_kind (d)),
                                               ot_decision_get_text (d));
      ot_cli_print_hanging (line, indent);
    }
  return TRUE;
}

static void
print_item_title (OtAgendaItem *item,
                  int           indent)
{
  g_print ("%*s%s  %s", indent, "", ot_agenda_item_get_number (item), ot_agenda_item_get_title (item));
  if (ot_agenda_item_get_submitted_by_name (item) != NULL)
    {
      g_print ("  (");
      g_print (_("submitted by %s"), ot_agenda_item_get_submitted_by_name (item));
      g_print (")");
    }
  if (ot_agenda_item_get_presenter_name (item) != NULL)
    {
      g_print ("  (");
      g_print (_("presented by %s"), ot_agenda_item_get_presenter_name (item));
      g_print (")");
    }
  if (ot_agenda_item_get_is_addition (item))
    g_print ("  [%s]", _("added to the agenda"));
  g_print ("\n");
}

static gboolean
print_agenda (OtStore  *store,
              gint64    meeting_id,
              GError  **error)
{
  g_autoptr(GListModel) agenda = ot_store_list_agenda (store, meeting_id, error);

  if (agenda == NULL)
    return FALSE;
  g_print ("\n%s\n", _("Agenda"));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (agenda, i);
      int indent = ot_agenda_item_get_parent_id (item) > 0 ? 4 : 2;

      print_item_title (item, indent);
      if (!print_item_contents (store, item, indent + 4, error))
        return FALSE;
    }
  return TRUE;
}

static void
print_actions (const char *heading,
               GListModel *actions,
               const char *today,
               gboolean    with_meeting)
{
  if (g_list_model_get_n_items (actions) == 0)
    return;
  g_print ("\n%s\n", heading);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OtAction) action = g_list_model_get_item (actions, i);
      ot_cli_print_action (action, today, with_meeting, 2);
    }
}

static void
print_documents (GListModel *documents)
{
  if (g_list_model_get_n_items (documents) == 0)
    return;
  g_print ("\n%s\n", _("Documents"));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(OtDocument) d = g_list_model_get_item (documents, i);
      g_print ("  %s (%s)\n", ot_document_get_title (d), ot_document_get_file_name (d));
    }
}

static int
print_meeting (OtStore    *store,
               gint64      id,
               const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OtMeeting) meeting = ot_store_get_meeting (store, id, &error);
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) previous = NULL;
  g_autoptr(GListModel) documents = NULL;

  /* Everything is read before anything is printed, so an error gives no half output. */
  if (meeting == NULL ||
      (attendance = ot_store_list_attendance (store, id, &error)) == NULL ||
      (actions = ot_store_list_meeting_actions (store, id, &error)) == NULL ||
      (previous = ot_store_list_previous_actions (store, id, &error)) == NULL ||
      (documents = ot_store_list_documents (store, id, &error)) == NULL)
    return ot_cli_fail_error (error);

  print_header (meeting);
  print_attendance (store, meeting, attendance);
  if (!print_agenda (store, id, &error))
    return ot_cli_fail_error (error);
  print_actions (_("Action items"), actions, today, FALSE);
  print_actions (_("Action list of the previous meeting"), previous, today, TRUE);
  print_documents (documents);
  return 0;
}

int
ot_cli_meeting (OtCli  *cli,
                int     argc,
                char  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("show ID");
  g_autoptr(GError) error = NULL;
  g_autofree char *today = ot_cli_today ();
  gint64 id;
  OtStore *store;

  g_option_context_set_summary (context, _("Shows everything stored for one meeting: attendance, agenda with notes, questions and answers, decisions, action items and the action list of the previous meeting."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli meeting";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (argc != 3 || !g_str_equal (argv[1], "show"))
    return ot_cli_fail (_("Use “overlegtafel-cli meeting show ID”.")) + 1;
  if (!ot_cli_parse_id (argv[2], &id))
    return 2;

  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  if (json)
    {
      g_autoptr(JsonNode) node = ot_cli_json_meeting_full (store, id, today, &error);

      if (node == NULL)
        return ot_cli_fail_error (error);
      ot_cli_print_json (node);
      return 0;
    }
  return print_meeting (store, id, today);
}
