/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-document.c: the minutes of one meeting as plain values, ready to typeset, and their public version. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <string.h>

#include "ot-minutes-document.h"

static const char * const month_names[] = {
  "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"
};

char *
ot_minutes_format_date (const char *iso_date)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;
  parts = g_strsplit (iso_date, "-", 4);
  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &year, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL))
    return g_strdup (iso_date);
  return g_strdup_printf ("%u %s %u", (guint) day, month_names[month - 1], (guint) year);
}

const char *
ot_minutes_action_status_word (OtActionStatus status)
{
  switch (status)
    {
    case OT_ACTION_STATUS_DONE:
      return "afgerond";
    case OT_ACTION_STATUS_DROPPED:
      return "vervallen";
    case OT_ACTION_STATUS_OPEN:
    default:
      return "open";
    }
}

const char *
ot_minutes_statement_kind_word (OtStatementKind kind)
{
  switch (kind)
    {
    case OT_STATEMENT_KIND_QUESTION:
      return "Vraag";
    case OT_STATEMENT_KIND_ANSWER:
      return "Antwoord";
    case OT_STATEMENT_KIND_REMARK:
    default:
      return "Opmerking";
    }
}

const char *
ot_minutes_decision_kind_word (OtDecisionKind kind)
{
  return kind == OT_DECISION_KIND_BESLUIT ? "Besluit" : "Afspraak";
}

const char *
ot_minutes_organisation_kind_plural (OtOrganisationKind kind)
{
  switch (kind)
    {
    case OT_ORGANISATION_KIND_GEMEENTE:
      return "Gemeenten";
    case OT_ORGANISATION_KIND_AANBIEDER:
      return "Aanbieders";
    case OT_ORGANISATION_KIND_REGIO:
      return "Regio";
    case OT_ORGANISATION_KIND_OTHER:
    default:
      return "Overige organisaties";
    }
}

const char *
ot_minutes_series_kind_word (OtSeriesKind kind)
{
  switch (kind)
    {
    case OT_SERIES_KIND_MARKTCONSULTATIE:
      return "Marktconsultatie";
    case OT_SERIES_KIND_ONTWIKKELTAFEL:
      return "Ontwikkeltafel";
    case OT_SERIES_KIND_OVERLEGTAFEL:
    default:
      return "Overlegtafel";
    }
}

gboolean
ot_minutes_attendance_mode_from_string (const char              *text,
                                        OtMinutesAttendanceMode *mode)
{
  static const char * const names[] = { "full", "organisations", "counts", "none" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *mode = (OtMinutesAttendanceMode) i;
        return TRUE;
      }
  return FALSE;
}

/* Longer texts are cut: no minutes need more, and typesetting stays bounded. */
#define MAX_TEXT_CHARS 100000

/* Stored text may be anything: keep it valid UTF-8, bounded, and without empty strings. */
static char *
dup_text (const char *text)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (text == NULL || *text == '\0')
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (valid, MAX_TEXT_CHARS + 1) <= MAX_TEXT_CHARS)
    return g_steal_pointer (&valid);
  end = g_utf8_offset_to_pointer (valid, MAX_TEXT_CHARS);
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}

static void
attendee_free (gpointer data)
{
  OtMinutesDocAttendee *a = data;

  g_free (a->name);
  g_free (a->function);
  g_free (a->organisation);
  g_free (a);
}

static void
attendance_line_free (gpointer data)
{
  OtMinutesDocAttendanceLine *line = data;

  g_free (line->label);
  g_free (line->members);
  g_free (line);
}

static void
statement_free (gpointer data)
{
  OtMinutesDocStatement *s = data;

  g_free (s->speaker);
  g_free (s->text);
  g_free (s);
}

static void
decision_free (gpointer data)
{
  OtMinutesDocDecision *d = data;

  g_free (d->text);
  g_free (d);
}

static void
item_free (gpointer data)
{
  OtMinutesDocItem *item = data;

  g_free (item->number);
  g_free (item->title);
  g_free (item->submitted_by);
  g_free (item->presenter);
  g_free (item->notes);
  g_ptr_array_unref (item->statements);
  g_ptr_array_unref (item->decisions);
  g_free (item);
}

static void
action_free (gpointer data)
{
  OtMinutesDocAction *a = data;

  g_free (a->number);
  g_free (a->text);
  g_free (a->owner);
  g_free (a->due_date);
  g_free (a->origin_date);
  g_free (a->item_number);
  g_free (a);
}

void
ot_minutes_document_free (OtMinutesDocument *self)
{
  if (self == NULL)
    return;
  g_free (self->series_name);
  g_free (self->title);
  g_free (self->date);
  g_free (self->start_time);
  g_free (self->end_time);
  g_free (self->location);
  g_free (self->chair);
  g_free (self->minute_taker);
  g_free (self->approved_on);
  g_free (self->approval_notes);
  g_free (self->author);
  g_ptr_array_unref (self->attendees);
  g_ptr_array_unref (self->attendance);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->previous_actions);
  g_ptr_array_unref (self->actions);
  g_free (self);
}

static void
load_header (OtMinutesDocument *self,
             OtMeeting         *meeting)
{
  self->meeting_id = ot_meeting_get_id (meeting);
  self->series_name = dup_text (ot_meeting_get_series_name (meeting));
  self->series_kind = ot_meeting_get_series_kind (meeting);
  self->title = dup_text (ot_meeting_get_title (meeting));
  self->date = dup_text (ot_meeting_get_date (meeting));
  self->start_time = dup_text (ot_meeting_get_start_time (meeting));
  self->end_time = dup_text (ot_meeting_get_end_time (meeting));
  self->location = dup_text (ot_meeting_get_location (meeting));
  self->chair = dup_text (ot_meeting_get_chair_name (meeting));
  self->chair_id = ot_meeting_get_chair_id (meeting);
  self->minute_taker = dup_text (ot_meeting_get_minute_taker_name (meeting));
  self->minute_taker_id = ot_meeting_get_minute_taker_id (meeting);
  self->status = ot_meeting_get_status (meeting);
  if (self->status == OT_MEETING_STATUS_APPROVED)
    self->approved_on = dup_text (ot_meeting_get_approved_in_date (meeting));
  self->approval_notes = dup_text (ot_meeting_get_approval_notes (meeting));
}

static gboolean
load_attendance (OtMinutesDocument  *self,
                 OtStore            *store,
                 GError            **error)
{
  g_autoptr(GListModel) list = ot_store_list_attendance (store, self->meeting_id, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtAttendance) row = g_list_model_get_item (list, i);
      OtMinutesDocAttendee *a = g_new0 (OtMinutesDocAttendee, 1);

      a->person_id = ot_attendance_get_person_id (row);
      a->name = dup_text (ot_attendance_get_person_name (row));
      a->function = dup_text (ot_attendance_get_person_function (row));
      a->organisation = dup_text (ot_attendance_get_organisation_name (row));
      a->organisation_id = ot_attendance_get_organisation_id (row);
      a->kind = ot_attendance_get_organisation_kind (row);
      a->state = ot_attendance_get_state (row);
      a->role = ot_attendance_get_role (row);
      g_ptr_array_add (self->attendees, a);
    }
  return TRUE;
}

static gboolean
load_item_contents (OtMinutesDocItem  *item,
                    OtStore        *store,
                    GError        **error)
{
  g_autoptr(GListModel) statements = ot_store_list_statements (store, item->id, error);
  g_autoptr(GListModel) decisions = NULL;

  if (statements == NULL)
    return FALSE;
  decisions = ot_store_list_decisions (store, item->id, error);
  if (decisions == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(OtStatement) row = g_list_model_get_item (statements, i);
      OtMinutesDocStatement *s = g_new0 (OtMinutesDocStatement, 1);

      s->speaker = dup_text (ot_statement_get_speaker (row));
      s->speaker_person_id = ot_statement_get_speaker_person_id (row);
      s->speaker_organisation_id = ot_statement_get_speaker_organisation_id (row);
      s->kind = ot_statement_get_kind (row);
      s->text = dup_text (ot_statement_get_text (row));
      g_ptr_array_add (item->statements, s);
    }
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(OtDecision) row = g_list_model_get_item (decisions, i);
      OtMinutesDocDecision *d = g_new0 (OtMinutesDocDecision, 1);

      d->kind = ot_decision_get_kind (row);
      d->text = dup_text (ot_decision_get_text (row));
      g_ptr_array_add (item->decisions, d);
    }
  return TRUE;
}

static gboolean
load_agenda (OtMinutesDocument  *self,
             OtStore            *store,
             GError            **error)
{
  g_autoptr(GListModel) agenda = ot_store_list_agenda (store, self->meeting_id, error);

  if (agenda == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(OtAgendaItem) row = g_list_model_get_item (agenda, i);
      OtMinutesDocItem *item = g_new0 (OtMinutesDocItem, 1);

      item->id = ot_agenda_item_get_id (row);
      item->number = dup_text (ot_agenda_item_get_number (row));
      item->depth = ot_agenda_item_get_parent_id (row) > 0 ? 1 : 0;
      item->title = dup_text (ot_agenda_item_get_title (row));
      item->submitted_by = dup_text (ot_agenda_item_get_submitted_by_name (row));
      item->submitted_by_id = ot_agenda_item_get_submitted_by_id (row);
      item->presenter = dup_text (ot_agenda_item_get_presenter_name (row));
      item->presenter_id = ot_agenda_item_get_presenter_id (row);
      item->notes = dup_text (ot_agenda_item_get_notes (row));
      item->is_addition = ot_agenda_item_get_is_addition (row);
      item->statements = g_ptr_array_new_with_free_func (statement_free);
      item->decisions = g_ptr_array_new_with_free_func (decision_free);
      g_ptr_array_add (self->items, item);
      if (!load_item_contents (item, store, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
item_number_of (OtMinutesDocument *self,
                gint64             agenda_item_id)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      OtMinutesDocItem *item = g_ptr_array_index (self->items, i);

      if (item->id == agenda_item_id)
        return item->number;
    }
  return NULL;
}

static void
add_actions (OtMinutesDocument *self,
             GListModel        *list,
             GPtrArray         *into)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtAction) row = g_list_model_get_item (list, i);
      OtMinutesDocAction *a = g_new0 (OtMinutesDocAction, 1);

      a->number = g_strdup_printf ("%u", i + 1);
      a->text = dup_text (ot_action_get_text (row));
      a->owner = dup_text (ot_action_get_owner (row));
      a->owner_person_id = ot_action_get_owner_person_id (row);
      a->owner_organisation_id = ot_action_get_owner_organisation_id (row);
      a->due_date = dup_text (ot_action_get_due_date (row));
      a->origin_date = dup_text (ot_action_get_meeting_date (row));
      if (ot_action_get_meeting_id (row) == self->meeting_id)
        a->item_number = g_strdup (item_number_of (self, ot_action_get_agenda_item_id (row)));
      a->status = ot_action_get_status (row);
      g_ptr_array_add (into, a);
    }
}

static gboolean
load_actions (OtMinutesDocument  *self,
              OtStore            *store,
              GError            **error)
{
  g_autoptr(GListModel) previous = ot_store_list_previous_actions (store, self->meeting_id, error);
  g_autoptr(GListModel) current = NULL;

  if (previous == NULL)
    return FALSE;
  current = ot_store_list_meeting_actions (store, self->meeting_id, error);
  if (current == NULL)
    return FALSE;
  add_actions (self, previous, self->previous_actions);
  add_actions (self, current, self->actions);
  return TRUE;
}

OtMinutesDocument *
ot_minutes_document_new_from_store (OtStore  *store,
                                    gint64    meeting_id,
                                    GError  **error)
{
  g_autoptr(OtMeeting) meeting = NULL;
  g_autoptr(OtMinutesDocument) self = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  meeting = ot_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;

  self = g_new0 (OtMinutesDocument, 1);
  self->attendees = g_ptr_array_new_with_free_func (attendee_free);
  self->attendance = g_ptr_array_new_with_free_func (attendance_line_free);
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->previous_actions = g_ptr_array_new_with_free_func (action_free);
  self->actions = g_ptr_array_new_with_free_func (action_free);
  load_header (self, meeting);
  if (!load_attendance (self, store, error) || !load_agenda (self, store, error)
      || !load_actions (self, store, error))
    return NULL;
  ot_minutes_document_set_attendance_mode (self, OT_MINUTES_ATTENDANCE_FULL);
  return g_steal_pointer (&self);
}
