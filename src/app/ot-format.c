/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-format.c: dates and enumerations in the user's language; month names come from our own catalogue so LANGUAGE alone decides. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ot-format.h"

static const char * const month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

static const char * const weekday_names[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

static GDateTime *
parse_iso_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

char *
ot_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = parse_iso_date (iso);

  if (date == NULL)
    return g_strdup (iso != NULL ? iso : "");
  /* TRANSLATORS: a date: %1$d the day, %2$s the month's name, %3$d the year. */
  return g_strdup_printf (_("%2$s %1$d, %3$d"), g_date_time_get_day_of_month (date),
                          _(month_names[g_date_time_get_month (date) - 1]),
                          g_date_time_get_year (date));
}

char *
ot_format_date_long (const char *iso)
{
  g_autoptr(GDateTime) date = parse_iso_date (iso);
  g_autofree char *short_date = NULL;

  if (date == NULL)
    return g_strdup (iso != NULL ? iso : "");
  short_date = ot_format_date (iso);
  /* TRANSLATORS: %1$s the weekday's name, %2$s a date such as "12 maart 2024". */
  return g_strdup_printf (_("%1$s %2$s"), _(weekday_names[g_date_time_get_day_of_week (date) - 1]),
                          short_date);
}

char *
ot_format_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

const char *
ot_format_meeting_status (OtMeetingStatus status)
{
  switch (status)
    {
    case OT_MEETING_STATUS_PLANNED: return _("Planned");
    case OT_MEETING_STATUS_DRAFT: return _("Draft minutes");
    case OT_MEETING_STATUS_APPROVED: return _("Minutes approved");
    default: return "";
    }
}

const char *
ot_format_attendance_state (OtAttendanceState state)
{
  switch (state)
    {
    case OT_ATTENDANCE_STATE_PRESENT: return _("Present");
    case OT_ATTENDANCE_STATE_EXCUSED: return _("Sent apologies");
    case OT_ATTENDANCE_STATE_ABSENT: return _("Absent");
    default: return "";
    }
}

const char *
ot_format_attendance_role (OtAttendanceRole role)
{
  switch (role)
    {
    case OT_ATTENDANCE_ROLE_CHAIR: return _("Chair");
    case OT_ATTENDANCE_ROLE_MINUTE_TAKER: return _("Minute-taker");
    case OT_ATTENDANCE_ROLE_GUEST: return _("Guest");
    case OT_ATTENDANCE_ROLE_NONE:
    default: return "";
    }
}

const char *
ot_format_statement_kind (OtStatementKind kind)
{
  switch (kind)
    {
    case OT_STATEMENT_KIND_QUESTION: return _("Question");
    case OT_STATEMENT_KIND_ANSWER: return _("Answer");
    case OT_STATEMENT_KIND_REMARK: return _("Remark");
    default: return "";
    }
}

const char *
ot_format_decision_kind (OtDecisionKind kind)
{
  switch (kind)
    {
    case OT_DECISION_KIND_BESLUIT: return _("Decision");
    case OT_DECISION_KIND_AFSPRAAK: return _("Agreement");
    default: return "";
    }
}

const char *
ot_format_action_status (OtActionStatus status)
{
  switch (status)
    {
    case OT_ACTION_STATUS_OPEN: return _("Open");
    case OT_ACTION_STATUS_DONE: return _("Done");
    case OT_ACTION_STATUS_DROPPED: return _("Dropped");
    default: return "";
    }
}

const char *
ot_format_series_kind (OtSeriesKind kind)
{
  switch (kind)
    {
    case OT_SERIES_KIND_OVERLEGTAFEL: return _("Consultation table");
    case OT_SERIES_KIND_MARKTCONSULTATIE: return _("Market consultation");
    case OT_SERIES_KIND_ONTWIKKELTAFEL: return _("Development table");
    default: return "";
    }
}

const char *
ot_format_organisation_kind (OtOrganisationKind kind)
{
  switch (kind)
    {
    case OT_ORGANISATION_KIND_GEMEENTE: return _("Municipality");
    case OT_ORGANISATION_KIND_AANBIEDER: return _("Provider");
    case OT_ORGANISATION_KIND_REGIO: return _("Region");
    case OT_ORGANISATION_KIND_OTHER:
    default: return _("Other");
    }
}
