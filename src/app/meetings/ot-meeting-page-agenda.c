/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-agenda.c: the agenda: items added, renamed, reordered, nested one level and deleted, numbered by the store. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row.h"
#include "ot-meeting-page-private.h"

static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  OtMeetingPage *self = user_data;

  return ot_agenda_item_row_new (self->store, item, ot_meeting_page_is_editable (self));
}

static OtAgendaItemRow *
find_row (OtMeetingPage *self,
          gint64         item_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (OT_IS_AGENDA_ITEM_ROW (child) && ot_agenda_item_row_get_id (OT_AGENDA_ITEM_ROW (child)) == item_id)
      return OT_AGENDA_ITEM_ROW (child);
  return NULL;
}

void
ot_meeting_page_agenda_reload (OtMeetingPage *self)
{
  g_clear_object (&self->agenda);
  if (self->meeting != NULL)
    self->agenda = ot_store_list_agenda (self->store, self->meeting_id, NULL);
  if (self->agenda == NULL)
    self->agenda = G_LIST_MODEL (g_list_store_new (OT_TYPE_AGENDA_ITEM));
  if (self->agenda_shown == NULL)
    {
      self->agenda_shown = g_list_store_new (OT_TYPE_AGENDA_ITEM);
      self->agenda_fill = ot_fill_new (GTK_WIDGET (self), self->agenda_shown);
      gtk_list_box_bind_model (self->agenda_list, G_LIST_MODEL (self->agenda_shown), create_item_row, self, NULL);
    }
  ot_fill_start (self->agenda_fill, self->agenda);
  gtk_widget_set_visible (self->agenda_empty, self->meeting != NULL && g_list_model_get_n_items (self->agenda) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->agenda_group), self->meeting != NULL);
}

void
ot_meeting_page_agenda_reload_minutes (OtMeetingPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (OT_IS_AGENDA_ITEM_ROW (child))
      ot_agenda_item_row_reload_minutes (OT_AGENDA_ITEM_ROW (child));
}

static OtAgendaItem *
find_item (OtMeetingPage *self,
           gint64         id,
           guint         *index)
{
  guint n = self->agenda != NULL ? g_list_model_get_n_items (self->agenda) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OtAgendaItem) item = g_list_model_get_item (self->agenda, i);
      if (ot_agenda_item_get_id (item) == id)
        {
          if (index != NULL)
            *index = i;
          return g_steal_pointer (&item);
        }
    }
  return NULL;
}

static void
focus_row (OtMeetingPage *self,
           gint64         item_id,
           gboolean       edit_title)
{
  OtAgendaItemRow *row;

  ot_fill_finish (self->agenda_fill);
  row = find_row (self, item_id);

  if (row == NULL)
    return;
  if (edit_title)
    ot_agenda_item_row_focus_title (row);
  else
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
add_item (OtMeetingPage *self,
          const char    *title,
          gboolean       edit_title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ot_store_add_agenda_item (self->store, self->meeting_id, 0, title, &error);

  if (id == 0)
    {
      ot_meeting_page_show_error (self, error);
      return;
    }
  /* Items added once the meeting has begun are marked "aanvulling op agenda". */
  if (ot_meeting_get_status (self->meeting) == OT_MEETING_STATUS_DRAFT &&
      !ot_store_set_agenda_item_details (self->store, id, 0, 0, -1, TRUE, &error))
    ot_meeting_page_show_error (self, error);
  focus_row (self, id, edit_title);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_item (OT_MEETING_PAGE (widget), _("New agenda item"), TRUE);
}

static void
add_item_titled_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  add_item (OT_MEETING_PAGE (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
move (OtMeetingPage *self,
      gint64         id,
      gint64         parent_id,
      guint          position)
{
  g_autoptr(GError) error = NULL;

  if (!ot_store_move_agenda_item (self->store, id, parent_id, position, &error))
    ot_meeting_page_show_error (self, error);
  focus_row (self, id, FALSE);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(OtAgendaItem) item = NULL;
  gint64 id;
  int delta, position;

  g_variant_get (parameter, "(xi)", &id, &delta);
  item = find_item (self, id, NULL);
  if (item == NULL)
    return;
  position = ot_agenda_item_get_position (item) + (delta < 0 ? -1 : 1);
  if (position < 0)
    return;
  move (self, id, ot_agenda_item_get_parent_id (item), position);
}

static void
move_item_to_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 id, parent_id;
  int position;

  g_variant_get (parameter, "(xxi)", &id, &parent_id, &position);
  if (position >= 0)
    move (OT_MEETING_PAGE (widget), id, parent_id, position);
}

/* A sub-item goes under the nearest main item above it, at the end. */
static void
indent_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(OtAgendaItem) item = NULL;
  guint index = 0;

  item = find_item (self, id, &index);
  if (item == NULL || ot_agenda_item_get_parent_id (item) != 0)
    return;
  for (guint i = index; i-- > 0;)
    {
      g_autoptr(OtAgendaItem) above = g_list_model_get_item (self->agenda, i);
      if (ot_agenda_item_get_parent_id (above) == 0)
        {
          move (self, id, ot_agenda_item_get_id (above), G_MAXUINT);
          return;
        }
    }
}

/* A sub-item comes back as the main item just after its parent. */
static void
outdent_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(OtAgendaItem) item = find_item (self, g_variant_get_int64 (parameter), NULL);
  g_autoptr(OtAgendaItem) parent = NULL;

  if (item == NULL || ot_agenda_item_get_parent_id (item) == 0)
    return;
  parent = find_item (self, ot_agenda_item_get_parent_id (item), NULL);
  if (parent != NULL)
    move (self, ot_agenda_item_get_id (item), 0, ot_agenda_item_get_position (parent) + 1);
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.delete", "(ix)", OT_ROW_AGENDA_ITEM, g_variant_get_int64 (parameter));
}

/* Title and notes edits come from the row that already shows them: store without rebuilding. */
static void
set_item_text (OtMeetingPage *self,
               OtField        field,
               GVariant      *parameter)
{
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 id;
  gboolean ok;

  g_variant_get (parameter, "(x&s)", &id, &text);
  self->quiet++;
  ok = ot_store_set_text (self->store, field, id, text, &error);
  self->quiet--;
  if (!ok)
    {
      ot_meeting_page_show_error (self, error);
      ot_meeting_page_agenda_reload (self);
      return;
    }
  g_clear_object (&self->agenda);
  self->agenda = ot_store_list_agenda (self->store, self->meeting_id, NULL);
}

static void
set_item_title_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_item_text (OT_MEETING_PAGE (widget), OT_FIELD_AGENDA_ITEM_TITLE, parameter);
}

static void
set_item_notes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_item_text (OT_MEETING_PAGE (widget), OT_FIELD_AGENDA_ITEM_NOTES, parameter);
}

static void
set_item_details_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id, submitted_by, presenter;
  int minutes;
  gboolean addition, ok;
  OtAgendaItemRow *row;

  g_variant_get (parameter, "(xxxib)", &id, &submitted_by, &presenter, &minutes, &addition);
  self->quiet++;
  ok = ot_store_set_agenda_item_details (self->store, id, submitted_by, presenter, minutes, addition, &error);
  self->quiet--;
  if (!ok)
    ot_meeting_page_show_error (self, error);
  row = find_row (self, id);
  if (row != NULL)
    ot_agenda_item_row_reload_item (row);
}

void
ot_meeting_page_agenda_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-item-titled", "s", add_item_titled_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-item", "(xi)", move_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-item-to", "(xxi)", move_item_to_action);
  gtk_widget_class_install_action (widget_class, "meeting.indent-item", "x", indent_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.outdent-item", "x", outdent_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete-item", "x", delete_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-item-title", "(xs)", set_item_title_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-item-notes", "(xs)", set_item_notes_action);
  gtk_widget_class_install_action (widget_class, "meeting.set-item-details", "(xxxib)", set_item_details_action);
}
