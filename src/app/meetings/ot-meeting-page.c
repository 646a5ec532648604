/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page.c: the meeting page: loads a meeting from the store and refreshes the section a change touched. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row.h"
#include "ot-meeting-page-private.h"
#include "ot-shortcuts.h"

G_DEFINE_FINAL_TYPE (OtMeetingPage, ot_meeting_page, ADW_TYPE_BIN)

static void
reload_all (OtMeetingPage *self)
{
  g_clear_object (&self->meeting);
  if (self->store != NULL && self->meeting_id != 0)
    self->meeting = ot_store_get_meeting (self->store, self->meeting_id, NULL);
  self->previous_id = self->meeting != NULL ? ot_store_get_previous_meeting (self->store, self->meeting_id) : 0;
  ot_meeting_page_header_reload (self);
  ot_meeting_page_attendance_reload (self);
  ot_meeting_page_previous_reload (self);
  ot_meeting_page_agenda_reload (self);
  ot_meeting_page_actions_reload (self);
  ot_meeting_page_update_actions (self);
}

/* Only the sections a change touched are rebuilt, so typing elsewhere keeps its focus. */
static void
store_changed_cb (OtMeetingPage *self,
                  const char    *table,
                  OtStore       *store)
{
  if (self->meeting_id == 0)
    return;
  if (g_str_equal (table, "meeting") || g_str_equal (table, "series"))
    {
      if (self->quiet == 0)
        reload_all (self);
    }
  else if (g_str_equal (table, "person") || g_str_equal (table, "organisation"))
    {
      g_clear_object (&self->people);
      ot_meeting_page_header_reload (self);
    }
  else if (g_str_equal (table, "attendance"))
    ot_meeting_page_attendance_reload (self);
  else if (g_str_equal (table, "agenda_item"))
    {
      if (self->quiet == 0)
        ot_meeting_page_agenda_reload (self);
    }
  else if (g_str_equal (table, "action"))
    {
      ot_meeting_page_previous_reload (self);
      ot_meeting_page_agenda_reload_minutes (self);
      ot_meeting_page_actions_reload (self);
    }
  else if (g_str_equal (table, "statement") || g_str_equal (table, "decision") || g_str_equal (table, "document"))
    ot_meeting_page_agenda_reload_minutes (self);
}

static void
ot_meeting_page_dispose (GObject *object)
{
  OtMeetingPage *self = OT_MEETING_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->agenda_fill, ot_fill_free);
  g_clear_pointer (&self->previous_fill, ot_fill_free);
  g_clear_pointer (&self->meeting_actions_fill, ot_fill_free);
  g_clear_object (&self->agenda_shown);
  g_clear_object (&self->previous_shown);
  g_clear_object (&self->meeting_actions_shown);
  g_clear_object (&self->meeting);
  g_clear_object (&self->attendance);
  g_clear_object (&self->agenda);
  g_clear_object (&self->previous_actions);
  g_clear_object (&self->people);
  g_clear_object (&self->meeting_actions);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ot_meeting_page_parent_class)->dispose (object);
}

static void
ot_meeting_page_class_init (OtMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ot_meeting_page_dispose;

  g_type_ensure (OT_TYPE_AGENDA_ITEM_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/overlegtafel/Overlegtafel/ot-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, approved_revealer);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, approved_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, series_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, people_label);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, details_row);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, start_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, end_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, location_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, chair_row);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, minute_taker_row);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, attendance_add_button);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, attendance_popover);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, attendance_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, attendance_box);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, previous_group);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, previous_row);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, amendments_entry);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, previous_actions_group);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, previous_actions_list);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, agenda_empty);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, actions_group);
  gtk_widget_class_bind_template_child (widget_class, OtMeetingPage, actions_list);

  ot_meeting_page_attendance_install_actions (widget_class);
  ot_meeting_page_previous_install_actions (widget_class);
  ot_meeting_page_agenda_install_actions (widget_class);
  ot_meeting_page_minutes_install_actions (widget_class);
  ot_meeting_page_documents_install_actions (widget_class);
  ot_meeting_page_export_install_actions (widget_class);
  ot_meeting_page_quick_add_install_actions (widget_class);
  ot_shortcuts_add_bindings (widget_class, "meeting");
}

static void
ot_meeting_page_init (OtMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ot_meeting_page_header_init (self);
  ot_meeting_page_attendance_init (self);
}

void
ot_meeting_page_show_error (OtMeetingPage *self,
                            const GError  *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  g_debug ("%s", error->message);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

gboolean
ot_meeting_page_is_editable (OtMeetingPage *self)
{
  return self->meeting != NULL && ot_meeting_get_status (self->meeting) != OT_MEETING_STATUS_APPROVED;
}

/* Which of the page's actions are possible now, in one place. */
void
ot_meeting_page_update_actions (OtMeetingPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = ot_meeting_page_is_editable (self);
  gboolean approved = self->meeting != NULL && !editable;
  gboolean can_approve = editable && self->previous_id != 0;

  for (const char * const *name = (const char * const[]) {
         "meeting.add-item", "meeting.add-item-titled", "meeting.move-item", "meeting.move-item-to", "meeting.indent-item",
         "meeting.outdent-item", "meeting.delete-item", "meeting.set-item-title", "meeting.set-item-notes",
         "meeting.set-item-details",
         "meeting.add-line", "meeting.add-attendee", "meeting.cycle-attendance", "meeting.set-attendance",
         "meeting.remove-attendance", "meeting.set-action-status", "meeting.show-attendee-entry",
         "meeting.delete", "meeting.set-statement-kind", "meeting.attach-document",
         "meeting.set-decision-kind", "meeting.quick-add",
         "meeting.edit-action", "meeting.set-attendance-role", "meeting.set-status", NULL };
       *name != NULL; name++)
    gtk_widget_action_set_enabled (widget, *name, editable);
  gtk_widget_action_set_enabled (widget, "meeting.reopen", approved);
  gtk_widget_action_set_enabled (widget, "meeting.approve-previous", can_approve);
  gtk_widget_action_set_enabled (widget, "meeting.review-action", can_approve);
  gtk_widget_set_sensitive (GTK_WIDGET (self->details_row), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->attendance_add_button), editable);
  gtk_revealer_set_reveal_child (self->approved_revealer, approved);
}

void
ot_meeting_page_set_store (OtMeetingPage *self,
                           OtStore       *store)
{
  g_return_if_fail (OT_IS_MEETING_PAGE (self));
  g_return_if_fail (OT_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload_all (self);
}

void
ot_meeting_page_set_meeting (OtMeetingPage *self,
                             gint64         meeting_id)
{
  g_return_if_fail (OT_IS_MEETING_PAGE (self));

  if (self->meeting_id == meeting_id && self->meeting != NULL)
    return;
  self->meeting_id = meeting_id;
  reload_all (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

gint64
ot_meeting_page_get_meeting_id (OtMeetingPage *self)
{
  g_return_val_if_fail (OT_IS_MEETING_PAGE (self), 0);
  return self->meeting_id;
}

void
ot_meeting_page_scroll_to_item (OtMeetingPage *self,
                                gint64         agenda_item_id)
{
  ot_fill_finish (self->agenda_fill);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (OT_IS_AGENDA_ITEM_ROW (child) &&
          ot_agenda_item_row_get_id (OT_AGENDA_ITEM_ROW (child)) == agenda_item_id)
        {
          gtk_widget_grab_focus (child);
          return;
        }
    }
}

void
ot_meeting_page_finish_loading (OtMeetingPage *self)
{
  g_return_if_fail (OT_IS_MEETING_PAGE (self));

  ot_fill_finish (self->agenda_fill);
  ot_fill_finish (self->previous_fill);
  ot_fill_finish (self->meeting_actions_fill);
}

GListModel *
ot_meeting_page_get_agenda (OtMeetingPage *self)
{
  g_return_val_if_fail (OT_IS_MEETING_PAGE (self), NULL);
  return self->agenda;
}

GListModel *
ot_meeting_page_get_attendance (OtMeetingPage *self)
{
  g_return_val_if_fail (OT_IS_MEETING_PAGE (self), NULL);
  return self->attendance;
}
