/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-header.c: the meeting's header and its details, edited in place and stored at once. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-meeting-page-private.h"
#include "ot-quick-add.h"

static const char * const status_classes[] = { "ot-planned", "ot-draft", "ot-approved" };

static void
store_field (OtMeetingPage *self,
             OtField        field,
             const char    *text)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->meeting_id == 0)
    return;
  if (!ot_store_set_text (self->store, field, self->meeting_id, text, &error))
    {
      ot_meeting_page_show_error (self, error);
      ot_meeting_page_header_reload (self);
    }
}

static void
entry_applied_cb (AdwEntryRow   *row,
                  OtMeetingPage *self)
{
  OtField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ot-field"));

  store_field (self, field, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static gint64
person_at (OtMeetingPage *self,
           guint          position)
{
  g_autoptr(OtPerson) person = NULL;

  /* Position 0 is "nobody". */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || self->people == NULL)
    return 0;
  person = g_list_model_get_item (self->people, position - 1);
  return person != NULL ? ot_person_get_id (person) : 0;
}

static void
people_changed_cb (AdwComboRow   *row,
                   GParamSpec    *pspec,
                   OtMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 chair, minute_taker;

  if (self->filling || self->meeting == NULL)
    return;
  chair = person_at (self, adw_combo_row_get_selected (self->chair_row));
  minute_taker = person_at (self, adw_combo_row_get_selected (self->minute_taker_row));
  if (!ot_store_set_meeting_people (self->store, self->meeting_id, chair, minute_taker, &error))
    ot_meeting_page_show_error (self, error);
}

static void
set_field (AdwEntryRow *row,
           OtField      field)
{
  g_object_set_data (G_OBJECT (row), "ot-field", GINT_TO_POINTER (field));
}

void
ot_meeting_page_header_init (OtMeetingPage *self)
{
  set_field (self->title_entry, OT_FIELD_MEETING_TITLE);
  set_field (self->date_entry, OT_FIELD_MEETING_DATE);
  set_field (self->start_entry, OT_FIELD_MEETING_START_TIME);
  set_field (self->end_entry, OT_FIELD_MEETING_END_TIME);
  set_field (self->location_entry, OT_FIELD_MEETING_LOCATION);
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->title_entry, self->date_entry, self->start_entry,
                                               self->end_entry, self->location_entry, NULL };
       *row != NULL; row++)
    g_signal_connect (*row, "apply", G_CALLBACK (entry_applied_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->chair_row), ot_quick_add_button_new (OT_QUICK_ADD_CHAIR, 0));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->minute_taker_row),
                             ot_quick_add_button_new (OT_QUICK_ADD_MINUTE_TAKER, 0));
  g_signal_connect (self->chair_row, "notify::selected", G_CALLBACK (people_changed_cb), self);
  g_signal_connect (self->minute_taker_row, "notify::selected", G_CALLBACK (people_changed_cb), self);
}

static char *
when_text (OtMeeting *meeting)
{
  g_autofree char *date = ot_format_date_long (ot_meeting_get_date (meeting));
  const char *start = ot_meeting_get_start_time (meeting);
  const char *end = ot_meeting_get_end_time (meeting);
  const char *location = ot_meeting_get_location (meeting);
  GString *text = g_string_new (date);

  if (start != NULL && *start != '\0' && end != NULL && *end != '\0')
    {
      /* TRANSLATORS: the time span of a meeting, e.g. "13:00–15:00". */
      g_autofree char *span = g_strdup_printf (_("%s–%s"), start, end);
      g_string_append_printf (text, " · %s", span);
    }
  else if (start != NULL && *start != '\0')
    g_string_append_printf (text, " · %s", start);
  if (location != NULL && *location != '\0')
    g_string_append_printf (text, " · %s", location);
  return g_string_free (text, FALSE);
}

static char *
people_text (OtMeeting *meeting)
{
  const char *chair = ot_meeting_get_chair_name (meeting);
  const char *minutes = ot_meeting_get_minute_taker_name (meeting);

  if (chair != NULL && minutes != NULL)
    return g_strdup_printf (_("Chair: %s · Minutes: %s"), chair, minutes);
  if (chair != NULL)
    return g_strdup_printf (_("Chair: %s"), chair);
  if (minutes != NULL)
    return g_strdup_printf (_("Minutes: %s"), minutes);
  return g_strdup (_("No chair or minute-taker set"));
}

static void
fill_status (OtMeetingPage *self)
{
  OtMeetingStatus status = ot_meeting_get_status (self->meeting);
  g_autofree char *approved_in = NULL;
  g_autofree char *banner = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);
  gtk_label_set_text (self->status_label, ot_format_meeting_status (status));
  if (status != OT_MEETING_STATUS_APPROVED)
    return;
  approved_in = ot_format_date (ot_meeting_get_approved_in_date (self->meeting));
  banner = g_strdup_printf (_("These minutes were approved in the meeting of %s and are read-only."), approved_in);
  gtk_label_set_text (self->approved_label, banner);
}

static void
fill_entry (AdwEntryRow *row,
            const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static guint
position_of_person (OtMeetingPage *self,
                    gint64         person_id)
{
  guint n = g_list_model_get_n_items (self->people);

  for (guint i = 0; person_id != 0 && i < n; i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (self->people, i);
      if (ot_person_get_id (person) == person_id)
        return i + 1;
    }
  return 0;
}

static void
fill_people_rows (OtMeetingPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n;

  if (self->people == NULL)
    self->people = ot_store_list_people (self->store, 0, NULL);
  if (self->people == NULL)
    self->people = G_LIST_MODEL (g_list_store_new (OT_TYPE_PERSON));
  gtk_string_list_append (names, _("Nobody"));
  n = g_list_model_get_n_items (self->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (self->people, i);
      gtk_string_list_append (names, ot_person_get_name (person));
    }
  adw_combo_row_set_model (self->chair_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->minute_taker_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->chair_row, position_of_person (self, ot_meeting_get_chair_id (self->meeting)));
  adw_combo_row_set_selected (self->minute_taker_row,
                              position_of_person (self, ot_meeting_get_minute_taker_id (self->meeting)));
}

void
ot_meeting_page_header_reload (OtMeetingPage *self)
{
  g_autofree char *when = NULL;
  g_autofree char *people = NULL;

  if (self->meeting == NULL)
    return;
  self->filling = TRUE;
  when = when_text (self->meeting);
  people = people_text (self->meeting);
  gtk_label_set_text (self->series_label, ot_meeting_get_series_name (self->meeting));
  gtk_label_set_text (self->title_label, ot_meeting_get_title (self->meeting));
  gtk_label_set_text (self->when_label, when);
  gtk_label_set_text (self->people_label, people);
  fill_status (self);
  fill_entry (self->title_entry, ot_meeting_get_title (self->meeting));
  fill_entry (self->date_entry, ot_meeting_get_date (self->meeting));
  fill_entry (self->start_entry, ot_meeting_get_start_time (self->meeting));
  fill_entry (self->end_entry, ot_meeting_get_end_time (self->meeting));
  fill_entry (self->location_entry, ot_meeting_get_location (self->meeting));
  fill_people_rows (self);
  self->filling = FALSE;
}
