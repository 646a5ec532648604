/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-format.c: readable, translated words and lines for the human output of the subcommands. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-format.h"

const char *
ot_cli_label_series_kind (OtSeriesKind kind)
{
  switch (kind)
    {
    case OT_SERIES_KIND_MARKTCONSULTATIE: return _("market consultation");
    case OT_SERIES_KIND_ONTWIKKELTAFEL: return _("working table");
    case OT_SERIES_KIND_OVERLEGTAFEL:
    default: return _("consultation table");
    }
}

const char *
ot_cli_label_meeting_status (OtMeetingStatus status)
{
  switch (status)
    {
    case OT_MEETING_STATUS_DRAFT: return _("draft minutes");
    case OT_MEETING_STATUS_APPROVED: return _("approved minutes");
    case OT_MEETING_STATUS_PLANNED:
    default: return _("planned");
    }
}

const char *
ot_cli_label_attendance_state (OtAttendanceState state)
{
  switch (state)
    {
    case OT_ATTENDANCE_STATE_EXCUSED: return _("Sent apologies");
    case OT_ATTENDANCE_STATE_ABSENT: return _("Absent");
    case OT_ATTENDANCE_STATE_PRESENT:
    default: return _("Present");
    }
}

const char *
ot_cli_label_attendance_role (OtAttendanceRole role)
{
  switch (role)
    {
    case OT_ATTENDANCE_ROLE_CHAIR: return _("chair");
    case OT_ATTENDANCE_ROLE_MINUTE_TAKER: return _("minute taker");
    case OT_ATTENDANCE_ROLE_GUEST: return _("guest");
    case OT_ATTENDANCE_ROLE_NONE:
    default: return NULL;
    }
}

const char *
ot_cli_label_statement_kind (OtStatementKind kind)
{
  switch (kind)
    {
    case OT_STATEMENT_KIND_QUESTION: return _("Question");
    case OT_STATEMENT_KIND_ANSWER: return _("Answer");
    case OT_STATEMENT_KIND_REMARK:
    default: return _("Remark");
    }
}

const char *
ot_cli_label_decision_kind (OtDecisionKind kind)
{
  return kind == OT_DECISION_KIND_BESLUIT ? _("Decision") : _("Agreement");
}

const char *
ot_cli_label_action_status (OtActionStatus status)
{
  switch (status)
    {
    case OT_ACTION_STATUS_DONE: return _("done");
    case OT_ACTION_STATUS_DROPPED: return _("dropped");
    case OT_ACTION_STATUS_OPEN:
    default: return _("open");
    }
}

/* Long notes read better in a terminal when wrapped at a word; 100 columns fits most. */
#define WRAP_COLUMNS 100

static void
print_wrapped_line (const char *line,
                    int         indent,
                    int         hang)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  glong column = indent;
  gboolean fresh = TRUE;   /* nothing printed yet on this output line */

  if (*line == '\0')
    {
      g_print ("\n");
      return;
    }
  g_print ("%*s", indent, "");
  for (guint i = 0; words[i] != NULL; i++)
    {
      glong len = g_utf8_strlen (words[i], -1);

      if (!fresh && column + 1 + len > WRAP_COLUMNS)
        {
          g_print ("\n%*s", indent + hang, "");
          column = indent + hang;
          fresh = TRUE;
        }
      if (!fresh)
        {
          g_print (" ");
          column++;
        }
      g_print ("%s", words[i]);
      column += len;
      fresh = FALSE;
    }
  g_print ("\n");
}

void
ot_cli_print_indented (const char *text,
                       int         indent)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  /* A bullet's continuation lines align with its text. */
  for (guint i = 0; lines[i] != NULL; i++)
    print_wrapped_line (lines[i], indent, g_str_has_prefix (lines[i], "- ") ? 2 : 0);
}

void
ot_cli_print_hanging (const char *text,
                      int         indent)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    print_wrapped_line (lines[i], indent, 4);
}

void
ot_cli_print_action (OtAction   *action,
                     const char *today,
                     gboolean    with_meeting,
                     int         indent)
{
  const char *owner = ot_action_get_owner (action);
  const char *due = ot_action_get_due_date (action);
  OtActionStatus status = ot_action_get_status (action);

  g_print ("%*s#%" G_GINT64_FORMAT " [%s] %s\n", indent, "", ot_action_get_id (action),
           ot_cli_label_action_status (status), ot_action_get_text (action));
  g_print ("%*s", indent + 4, "");
  g_print (_("Owner: %s"), owner != NULL ? owner : _("nobody"));
  g_print (" · ");
  g_print (_("Due: %s"), due != NULL ? due : _("no date"));
  if (due != NULL && status == OT_ACTION_STATUS_OPEN && g_strcmp0 (due, today) < 0)
    g_print (" (%s)", _("overdue"));
  g_print ("\n");
  if (with_meeting)
    {
      g_print ("%*s", indent + 4, "");
      g_print (_("Agreed in: %s, %s (%s)"), ot_action_get_meeting_title (action),
               ot_action_get_meeting_date (action), ot_action_get_series_name (action));
      g_print ("\n");
    }
}
