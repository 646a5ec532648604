/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-document-attendance.c: the attendance list of minutes as typeset: people per organisation, or organisations and counts per kind. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-minutes-document.h"

static void
add_line (OtMinutesDocument *self,
          OtAttendanceState  state,
          const char        *label,
          char              *members)
{
  OtMinutesDocAttendanceLine *line = g_new0 (OtMinutesDocAttendanceLine, 1);

  line->state = state;
  line->label = g_strdup (label);
  line->members = members;
  g_ptr_array_add (self->attendance, line);
}

static char *
describe_person (OtMinutesDocAttendee *a)
{
  const char *role = NULL;
  GString *s = g_string_new (a->name);
  g_autoptr(GPtrArray) extras = g_ptr_array_new ();

  if (a->role == OT_ATTENDANCE_ROLE_CHAIR)
    role = "voorzitter";
  else if (a->role == OT_ATTENDANCE_ROLE_MINUTE_TAKER)
    role = "notulist";
  else if (a->role == OT_ATTENDANCE_ROLE_GUEST)
    role = "gast";
  if (a->function != NULL)
    g_ptr_array_add (extras, a->function);
  if (role != NULL)
    g_ptr_array_add (extras, (gpointer) role);
  for (guint i = 0; i < extras->len; i++)
    g_string_append_printf (s, "%s%s", i == 0 ? " (" : ", ", (char *) g_ptr_array_index (extras, i));
  if (extras->len > 0)
    g_string_append_c (s, ')');
  return g_string_free (s, FALSE);
}

static int
kind_rank (OtOrganisationKind kind)
{
  switch (kind)
    {
    case OT_ORGANISATION_KIND_GEMEENTE:
      return 0;
    case OT_ORGANISATION_KIND_REGIO:
      return 1;
    case OT_ORGANISATION_KIND_AANBIEDER:
      return 2;
    case OT_ORGANISATION_KIND_OTHER:
    default:
      return 3;
    }
}

/* Municipalities and the region first, then providers, then others; by organisation name. */
static int
compare_attendees (gconstpointer pa,
                   gconstpointer pb)
{
  const OtMinutesDocAttendee *a = *(OtMinutesDocAttendee * const *) pa;
  const OtMinutesDocAttendee *b = *(OtMinutesDocAttendee * const *) pb;
  int ka = a->organisation != NULL ? kind_rank (a->kind) : 4;
  int kb = b->organisation != NULL ? kind_rank (b->kind) : 4;

  if (ka != kb)
    return ka - kb;
  return g_utf8_collate (a->organisation != NULL ? a->organisation : "",
                         b->organisation != NULL ? b->organisation : "");
}

/* People of one state grouped by organisation. */
static void
group_full (OtMinutesDocument *self,
            OtAttendanceState  state)
{
  GString *members = NULL;
  const char *label = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; i < self->attendees->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (self->attendees, i));
  /* g_ptr_array_sort is a stable merge sort: the store's order stays within an organisation. */
  g_ptr_array_sort (sorted, compare_attendees);

  for (guint i = 0; i <= sorted->len; i++)
    {
      OtMinutesDocAttendee *a = i < sorted->len ? g_ptr_array_index (sorted, i) : NULL;
      const char *org = a != NULL ? (a->organisation != NULL ? a->organisation : "Overig") : NULL;

      if (a != NULL && a->state != state)
        continue;
      if (label != NULL && (a == NULL || g_strcmp0 (org, label) != 0))
        {
          add_line (self, state, label, members != NULL ? g_string_free (members, FALSE) : NULL);
          members = NULL;
        }
      if (a == NULL)
        break;
      label = org;
      if (a->name != NULL)
        {
          g_autofree char *who = describe_person (a);

          if (members == NULL)
            members = g_string_new (who);
          else
            g_string_append_printf (members, ", %s", who);
        }
    }
}

static void
group_by_kind (OtMinutesDocument *self,
               OtAttendanceState  state,
               gboolean           counts)
{
  static const OtOrganisationKind order[] = {
    OT_ORGANISATION_KIND_REGIO, OT_ORGANISATION_KIND_GEMEENTE,
    OT_ORGANISATION_KIND_AANBIEDER, OT_ORGANISATION_KIND_OTHER,
  };

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      OtOrganisationKind kind = order[k];
      g_autoptr(GHashTable) orgs = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      guint people = 0;

      for (guint i = 0; i < self->attendees->len; i++)
        {
          OtMinutesDocAttendee *a = g_ptr_array_index (self->attendees, i);
          const char *org = a->organisation != NULL ? a->organisation : "";

          if (a->state != state || a->kind != kind)
            continue;
          if (a->name != NULL || a->person_id > 0)
            people++;
          if (g_hash_table_add (orgs, (gpointer) org) && *org != '\0')
            g_ptr_array_add (names, (gpointer) org);
        }
      if (g_hash_table_size (orgs) == 0)
        continue;

      /* In a public version even role words would only count the organisations. */
      if (counts || self->is_public)
        {
          guint n_orgs = g_hash_table_size (orgs);
          char *members;

          if (people > 0 && counts)
            members = g_strdup_printf ("%u %s van %u %s", people, people == 1 ? "persoon" : "personen",
                                       n_orgs, n_orgs == 1 ? "organisatie" : "organisaties");
          else
            members = g_strdup_printf ("%u %s", n_orgs, n_orgs == 1 ? "organisatie" : "organisaties");
          add_line (self, state, ot_minutes_organisation_kind_plural (kind), members);
        }
      else
        {
          g_ptr_array_add (names, NULL);
          add_line (self, state, ot_minutes_organisation_kind_plural (kind),
                    g_strjoinv (", ", (char **) names->pdata));
        }
    }
}

void
ot_minutes_document_set_attendance_mode (OtMinutesDocument       *self,
                                         OtMinutesAttendanceMode  mode)
{
  g_return_if_fail (self != NULL);

  if (self->is_public && mode == OT_MINUTES_ATTENDANCE_FULL)
    mode = OT_MINUTES_ATTENDANCE_ORGANISATIONS;
  self->attendance_mode = mode;
  g_ptr_array_set_size (self->attendance, 0);
  for (int state = OT_ATTENDANCE_STATE_PRESENT; state <= OT_ATTENDANCE_STATE_ABSENT; state++)
    {
      if (mode == OT_MINUTES_ATTENDANCE_FULL)
        group_full (self, state);
      else if (mode != OT_MINUTES_ATTENDANCE_NONE)
        group_by_kind (self, state, mode == OT_MINUTES_ATTENDANCE_COUNTS);
    }
}
