/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-quick-add.c: a person or organisation added to the register from a chooser, and chosen, without leaving the meeting. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-agenda-item-row.h"
#include "ot-error.h"
#include "ot-meeting-page-private.h"
#include "ot-quick-add.h"
#include "ot-store-lines.h"

/* A known organisation is reused (no duplicates to merge later); a new one starts as "other". */
static gint64
quick_add_organisation (OtStore     *store,
                        const char  *name,
                        GError     **error)
{
  gint64 id = ot_store_find_organisation (store, name);

  if (id != 0)
    return id;
  return ot_store_add_organisation (store, name, NULL, OT_ORGANISATION_KIND_OTHER, error);
}

static gboolean
set_meeting_role (OtMeetingPage   *self,
                  OtQuickAddRole   role,
                  gint64           person_id,
                  GError         **error)
{
  gint64 chair = ot_meeting_get_chair_id (self->meeting);
  gint64 minute_taker = ot_meeting_get_minute_taker_id (self->meeting);

  if (role == OT_QUICK_ADD_CHAIR)
    chair = person_id;
  else
    minute_taker = person_id;
  return ot_store_set_meeting_people (self->store, self->meeting_id, chair, minute_taker, error);
}

static gboolean
set_item_role (OtMeetingPage   *self,
               OtQuickAddRole   role,
               gint64           item_id,
               gint64           id,
               GError         **error)
{
  g_autoptr(OtAgendaItem) item = ot_store_get_agenda_item (self->store, item_id, error);
  gint64 submitted_by, presenter;

  if (item == NULL)
    return FALSE;
  if (ot_agenda_item_get_meeting_id (item) != self->meeting_id)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID, _("This agenda item is not part of the meeting shown."));
      return FALSE;
    }
  submitted_by = role == OT_QUICK_ADD_SUBMITTED_BY ? id : ot_agenda_item_get_submitted_by_id (item);
  presenter = role == OT_QUICK_ADD_PRESENTER ? id : ot_agenda_item_get_presenter_id (item);
  return ot_store_set_agenda_item_details (self->store, item_id, submitted_by, presenter,
                                           ot_agenda_item_get_planned_minutes (item) > 0
                                             ? ot_agenda_item_get_planned_minutes (item) : -1,
                                           ot_agenda_item_get_is_addition (item), error);
}

static void
reload_item_row (OtMeetingPage *self,
                 gint64         item_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (OT_IS_AGENDA_ITEM_ROW (child) && ot_agenda_item_row_get_id (OT_AGENDA_ITEM_ROW (child)) == item_id)
      {
        ot_agenda_item_row_reload_item (OT_AGENDA_ITEM_ROW (child));
        ot_agenda_item_row_refresh_details (OT_AGENDA_ITEM_ROW (child));
      }
}

/* One transaction: a name that cannot be chosen is not left behind in the register either. */
static gboolean
quick_add (OtMeetingPage   *self,
           OtQuickAddRole   role,
           gint64           item_id,
           const char      *text,
           GError         **error)
{
  gint64 id;

  if (!ot_store_begin (self->store, error))
    return FALSE;
  if (role == OT_QUICK_ADD_SUBMITTED_BY)
    id = quick_add_organisation (self->store, text, error);
  else
    id = ot_store_quick_add_person (self->store, text, error);
  if (id == 0
      || !(role == OT_QUICK_ADD_CHAIR || role == OT_QUICK_ADD_MINUTE_TAKER
             ? set_meeting_role (self, role, id, error)
             : set_item_role (self, role, item_id, id, error)))
    {
      ot_store_rollback (self->store);
      return FALSE;
    }
  return ot_store_commit (self->store, error);
}

static void
quick_add_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *typed;
  gint64 item_id;
  int role;
  gboolean ok;

  g_variant_get (parameter, "(ix&s)", &role, &item_id, &typed);
  text = g_strstrip (g_strdup (typed));
  if (role < OT_QUICK_ADD_CHAIR || role > OT_QUICK_ADD_SUBMITTED_BY || *text == '\0' || self->meeting == NULL)
    return;
  self->quiet += role == OT_QUICK_ADD_PRESENTER || role == OT_QUICK_ADD_SUBMITTED_BY;
  ok = quick_add (self, role, item_id, text, &error);
  self->quiet -= role == OT_QUICK_ADD_PRESENTER || role == OT_QUICK_ADD_SUBMITTED_BY;
  if (!ok)
    ot_meeting_page_show_error (self, error);
  else if (role == OT_QUICK_ADD_PRESENTER || role == OT_QUICK_ADD_SUBMITTED_BY)
    reload_item_row (self, item_id);
}

void
ot_meeting_page_quick_add_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.quick-add", "(ixs)", quick_add_action);
}
