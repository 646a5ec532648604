/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-actions.c: the minutes typed under an item, "Speaker: text" and the like, and the status of its actions. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row.h"
#include "ot-format.h"
#include "ot-meeting-page-private.h"
#include "ot-store-lines.h"

static OtAgendaItemRow *
row_of (OtMeetingPage *self,
        gint64         item_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (OT_IS_AGENDA_ITEM_ROW (child) && ot_agenda_item_row_get_id (OT_AGENDA_ITEM_ROW (child)) == item_id)
      return OT_AGENDA_ITEM_ROW (child);
  return NULL;
}

/* A plain line becomes part of the notes, which the row is showing: update them there. */
static void
show_notes (OtMeetingPage *self,
            gint64         item_id)
{
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self->store, item_id, NULL);
  OtAgendaItemRow *row = row_of (self, item_id);

  if (item != NULL && row != NULL)
    ot_agenda_item_row_set_notes (row, ot_agenda_item_get_notes (item));
}

static void
add_line_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  OtLineKind kind = OT_LINE_NOTE;
  const char *line;
  gint64 item_id;
  gboolean ok;

  g_variant_get (parameter, "(x&s)", &item_id, &line);
  self->quiet++;
  ok = ot_store_add_minutes_line (self->store, item_id, line, &kind, &error);
  self->quiet--;
  if (!ok)
    ot_meeting_page_show_error (self, error);
  else if (kind == OT_LINE_NOTE)
    show_notes (self, item_id);
}

static void
set_action_status_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int status;

  g_variant_get (parameter, "(xi)", &id, &status);
  if (status < OT_ACTION_STATUS_OPEN || status > OT_ACTION_STATUS_DROPPED)
    return;
  if (!ot_store_set_action_status (self->store, id, status, self->meeting_id, &error))
    ot_meeting_page_show_error (self, error);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  OtMeetingPage *self = user_data;
  OtAction *action = item;
  OtActionStatus status = ot_action_get_status (action);
  const char *owner = ot_action_get_owner (action);
  g_autofree char *due = ot_format_date (ot_action_get_due_date (action));
  g_autofree char *title = g_markup_escape_text (ot_action_get_text (action), -1);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (ot_action_get_due_date (action) != NULL)
    subtitle = g_markup_printf_escaped (_("%s · due %s · %s"), owner != NULL ? owner : _("Nobody"), due,
                                        ot_format_action_status (status));
  else
    subtitle = g_markup_printf_escaped (_("%s · no due date · %s"), owner != NULL ? owner : _("Nobody"),
                                        ot_format_action_status (status));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), status == OT_ACTION_STATUS_DONE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_widget_set_sensitive (check, ot_meeting_page_is_editable (self));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "meeting.set-action-status");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "(xi)", ot_action_get_id (action),
                                    status == OT_ACTION_STATUS_DONE ? OT_ACTION_STATUS_OPEN : OT_ACTION_STATUS_DONE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  return row;
}

void
ot_meeting_page_actions_reload (OtMeetingPage *self)
{
  g_clear_object (&self->meeting_actions);
  if (self->meeting != NULL)
    self->meeting_actions = ot_store_list_meeting_actions (self->store, self->meeting_id, NULL);
  if (self->meeting_actions == NULL)
    self->meeting_actions = G_LIST_MODEL (g_list_store_new (OT_TYPE_ACTION));
  if (self->meeting_actions_shown == NULL)
    {
      self->meeting_actions_shown = g_list_store_new (OT_TYPE_ACTION);
      self->meeting_actions_fill = ot_fill_new (GTK_WIDGET (self), self->meeting_actions_shown);
      gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->meeting_actions_shown),
                               create_action_row, self, NULL);
    }
  ot_fill_start (self->meeting_actions_fill, self->meeting_actions);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), g_list_model_get_n_items (self->meeting_actions) > 0);
}

static void
set_statement_kind_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(xi)", &id, &kind);
  if (kind < OT_STATEMENT_KIND_QUESTION || kind > OT_STATEMENT_KIND_REMARK)
    return;
  if (!ot_store_set_statement_kind (self->store, id, kind, &error))
    ot_meeting_page_show_error (self, error);
}

static void
set_decision_kind_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int kind;

  g_variant_get (parameter, "(xi)", &id, &kind);
  if (kind != OT_DECISION_KIND_BESLUIT && kind != OT_DECISION_KIND_AFSPRAAK)
    return;
  if (!ot_store_set_decision_kind (self->store, id, kind, &error))
    ot_meeting_page_show_error (self, error);
}

static void
edit_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *owner, *due;
  gint64 id;

  g_variant_get (parameter, "(x&s&s)", &id, &owner, &due);
  if (!ot_store_begin (self->store, &error))
    {
      ot_meeting_page_show_error (self, error);
      return;
    }
  if (!ot_store_set_action_owner_text (self->store, id, owner, &error) ||
      !ot_store_set_action_due_phrase (self->store, id, due, &error))
    {
      ot_store_rollback (self->store);
      ot_meeting_page_show_error (self, error);
      return;
    }
  if (!ot_store_commit (self->store, &error))
    ot_meeting_page_show_error (self, error);
}

/* Planned → draft when the meeting has been held; approving happens in the next meeting. */
static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  int status = g_variant_get_int32 (parameter);

  if (status != OT_MEETING_STATUS_PLANNED && status != OT_MEETING_STATUS_DRAFT)
    return;
  if (!ot_store_set_meeting_status (self->store, self->meeting_id, status, &error))
    ot_meeting_page_show_error (self, error);
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);

  gtk_widget_activate_action (widget, "win.delete", "(ix)", OT_ROW_MEETING, self->meeting_id);
}

static void
show_attendee_entry_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);

  gtk_menu_button_popup (self->attendance_add_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->attendance_entry));
}

void
ot_meeting_page_minutes_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.add-line", "(xs)", add_line_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-action-status", "(xi)", set_action_status_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_meeting_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-status", "i", set_status_action);
  gtk_widget_class_install_action (widget_class, "meeting.edit-action", "(xss)", edit_action_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-statement-kind", "(xi)", set_statement_kind_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-decision-kind", "(xi)", set_decision_kind_action);
  gtk_widget_class_install_action (widget_class, "meeting.show-attendee-entry", NULL, show_attendee_entry_action);
}
