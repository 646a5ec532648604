/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-meeting-dialog.c: plans a meeting; the agenda and invitation list come from the core's templates. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-new-meeting-dialog.h"

struct _OtNewMeetingDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  AdwComboRow *series_row;
  AdwEntryRow *title_entry;
  AdwEntryRow *date_entry;
  AdwEntryRow *start_entry;
  AdwEntryRow *end_entry;
  AdwEntryRow *location_entry;
  AdwComboRow *chair_row;
  AdwComboRow *minute_taker_row;
  AdwComboRow *agenda_row;
  GtkSwitch   *invite_switch;

  /* owned references */
  OtStore     *store;
  GListModel  *series;
  GListModel  *people;
};

G_DEFINE_FINAL_TYPE (OtNewMeetingDialog, ot_new_meeting_dialog, ADW_TYPE_WINDOW)

static gint64
item_id_at (GListModel *model,
            guint       position,
            guint       offset,
            gint64    (*get_id) (gpointer))
{
  g_autoptr(GObject) item = NULL;

  if (model == NULL || position == GTK_INVALID_LIST_POSITION || position < offset)
    return 0;
  item = g_list_model_get_item (model, position - offset);
  return item != NULL ? get_id (item) : 0;
}

static const char *
text_or_null (AdwEntryRow *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return *text != '\0' ? text : NULL;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtNewMeetingDialog *self = OT_NEW_MEETING_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  OtNewMeeting spec = { 0 };
  gint64 id;

  spec.series_id = item_id_at (self->series, adw_combo_row_get_selected (self->series_row), 0,
                               (gint64 (*) (gpointer)) ot_series_get_id);
  spec.title = text_or_null (self->title_entry);
  spec.date = text_or_null (self->date_entry);
  spec.start_time = text_or_null (self->start_entry);
  spec.end_time = text_or_null (self->end_entry);
  spec.location = text_or_null (self->location_entry);
  spec.chair_id = item_id_at (self->people, adw_combo_row_get_selected (self->chair_row), 1,
                              (gint64 (*) (gpointer)) ot_person_get_id);
  spec.minute_taker_id = item_id_at (self->people, adw_combo_row_get_selected (self->minute_taker_row), 1,
                                     (gint64 (*) (gpointer)) ot_person_get_id);
  spec.agenda = adw_combo_row_get_selected (self->agenda_row);
  spec.invite_previous = gtk_switch_get_active (self->invite_switch);
  id = ot_agenda_template_new_meeting (self->store, &spec, &error);
  if (id == 0)
    {
      /* Nearly every refusal is about the date or times typed. */
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->date_entry), error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-meeting", "(xx)", id, (gint64) 0);
}

static void
fill_string_rows (OtNewMeetingDialog *self)
{
  g_autoptr(GtkStringList) series = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) agenda = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
    {
      g_autoptr(OtSeries) item = g_list_model_get_item (self->series, i);
      gtk_string_list_append (series, ot_series_get_name (item));
    }
  gtk_string_list_append (people, _("Nobody"));
  for (guint i = 0; i < g_list_model_get_n_items (self->people); i++)
    {
      g_autoptr(OtPerson) item = g_list_model_get_item (self->people, i);
      gtk_string_list_append (people, ot_person_get_name (item));
    }
  /* In the order of OtAgendaStart. */
  gtk_string_list_append (agenda, _("The standard agenda of the series’ kind"));
  gtk_string_list_append (agenda, _("A copy of the previous meeting’s agenda"));
  gtk_string_list_append (agenda, _("An empty agenda"));
  adw_combo_row_set_model (self->series_row, G_LIST_MODEL (series));
  adw_combo_row_set_model (self->chair_row, G_LIST_MODEL (people));
  adw_combo_row_set_model (self->minute_taker_row, G_LIST_MODEL (people));
  adw_combo_row_set_model (self->agenda_row, G_LIST_MODEL (agenda));
}

static guint
position_of_series (OtNewMeetingDialog *self,
                    gint64              series_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->series); i++)
    {
      g_autoptr(OtSeries) item = g_list_model_get_item (self->series, i);
      if (ot_series_get_id (item) == series_id)
        return i;
    }
  return 0;
}

static void
ot_new_meeting_dialog_dispose (GObject *object)
{
  OtNewMeetingDialog *self = OT_NEW_MEETING_DIALOG (object);

  g_clear_object (&self->series);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_new_meeting_dialog_parent_class)->dispose (object);
}

static void
ot_new_meeting_dialog_class_init (OtNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_new_meeting_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, series_row);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, end_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, location_entry);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, chair_row);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, minute_taker_row);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, agenda_row);
  gtk_widget_class_bind_template_child (widget_class, OtNewMeetingDialog, invite_switch);
  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ot_new_meeting_dialog_init (OtNewMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OtNewMeetingDialog *
ot_new_meeting_dialog_new (GtkWindow *parent,
                           OtStore   *store,
                           gint64     current_meeting_id)
{
  OtNewMeetingDialog *self = g_object_new (OT_TYPE_NEW_MEETING_DIALOG, "transient-for", parent, NULL);
  g_autoptr(OtMeeting) current = NULL;
  g_autofree char *today = ot_format_today_iso ();

  self->store = g_object_ref (store);
  self->series = ot_store_list_series (store, NULL);
  if (self->series == NULL)
    self->series = G_LIST_MODEL (g_list_store_new (OT_TYPE_SERIES));
  self->people = ot_store_list_people (store, 0, NULL);
  if (self->people == NULL)
    self->people = G_LIST_MODEL (g_list_store_new (OT_TYPE_PERSON));
  fill_string_rows (self);
  if (current_meeting_id != 0)
    current = ot_store_get_meeting (store, current_meeting_id, NULL);
  if (current != NULL)
    adw_combo_row_set_selected (self->series_row, position_of_series (self, ot_meeting_get_series_id (current)));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  return self;
}

void
ot_new_meeting_dialog_fill (OtNewMeetingDialog *self,
                            gint64              series_id,
                            const char         *date,
                            OtAgendaStart       agenda)
{
  g_return_if_fail (OT_IS_NEW_MEETING_DIALOG (self));

  adw_combo_row_set_selected (self->series_row, position_of_series (self, series_id));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  adw_combo_row_set_selected (self->agenda_row, agenda);
}
