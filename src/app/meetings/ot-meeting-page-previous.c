/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-previous.c: the previous meeting's minutes, approved in this one, and its action list reviewed with one click per action. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-format.h"
#include "ot-meeting-page-private.h"

typedef enum
{
  REVIEW_DONE,
  REVIEW_DROPPED,
  REVIEW_KEEP_OPEN,
} Review;

static void
fill_previous_row (OtMeetingPage *self,
                   OtMeeting     *previous)
{
  g_autofree char *date = ot_format_date (ot_meeting_get_date (previous));
  g_autofree char *title = g_markup_printf_escaped (_("Minutes of %s"), date);
  g_autofree char *subtitle = NULL;
  gboolean approved_here = ot_meeting_get_status (previous) == OT_MEETING_STATUS_APPROVED &&
                           ot_meeting_get_approved_in_id (previous) == self->meeting_id;
  const char *notes = ot_meeting_get_approval_notes (previous);

  if (approved_here && notes != NULL && *notes != '\0')
    subtitle = g_markup_printf_escaped (_("Approved in this meeting, with amendments: %s"), notes);
  else if (approved_here)
    subtitle = g_strdup (_("Approved in this meeting without amendments"));
  else if (ot_meeting_get_status (previous) == OT_MEETING_STATUS_APPROVED)
    subtitle = g_strdup (_("Approved in an earlier meeting"));
  else
    subtitle = g_strdup (_("Draft: approve it here, with amendments if there are any"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->previous_row), title);
  adw_action_row_set_subtitle (self->previous_row, subtitle);
  gtk_widget_set_visible (self->approve_button, ot_meeting_get_status (previous) != OT_MEETING_STATUS_APPROVED);
  gtk_widget_set_visible (GTK_WIDGET (self->amendments_entry),
                          ot_meeting_get_status (previous) != OT_MEETING_STATUS_APPROVED);
}

static GtkWidget *
review_button (const char *label,
               const char *tooltip,
               gint64      action_id,
               Review      review,
               gboolean    active)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.review-action");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xi)", action_id, (int) review);
  return button;
}

static char *
action_subtitle (OtAction *action)
{
  g_autofree char *created = ot_format_date (ot_action_get_meeting_date (action));
  g_autofree char *due = ot_format_date (ot_action_get_due_date (action));
  const char *owner = ot_action_get_owner (action);

  if (ot_action_get_due_date (action) != NULL)
    return g_markup_printf_escaped (_("%s · due %s · from %s"), owner != NULL ? owner : _("Nobody"),
                                    due, created);
  return g_markup_printf_escaped (_("%s · no due date · from %s"), owner != NULL ? owner : _("Nobody"),
                                  created);
}

static GtkWidget *
create_previous_action_row (gpointer item,
                            gpointer user_data)
{
  OtMeetingPage *self = user_data;
  OtAction *action = item;
  OtActionStatus status = ot_action_get_status (action);
  gboolean closed_here = ot_action_get_closed_in_id (action) == self->meeting_id;
  gboolean kept_here = status == OT_ACTION_STATUS_OPEN &&
                       ot_action_get_last_reviewed_in_id (action) == self->meeting_id;
  g_autofree char *title = g_markup_escape_text (ot_action_get_text (action), -1);
  g_autofree char *subtitle = action_subtitle (action);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gint64 id = ot_action_get_id (action);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), review_button (_("_Done"), _("The action is done"), id, REVIEW_DONE,
                                                closed_here && status == OT_ACTION_STATUS_DONE));
  gtk_box_append (GTK_BOX (box), review_button (_("D_ropped"), _("The action is no longer needed"), id,
                                                REVIEW_DROPPED, closed_here && status == OT_ACTION_STATUS_DROPPED));
  gtk_box_append (GTK_BOX (box), review_button (_("_Keep open"), _("Keep it open: it carries over to the next meeting"),
                                                id, REVIEW_KEEP_OPEN, kept_here));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

void
ot_meeting_page_previous_reload (OtMeetingPage *self)
{
  g_autoptr(OtMeeting) previous = NULL;
  guint n;

  g_clear_object (&self->previous_actions);
  if (self->meeting != NULL && self->previous_id != 0)
    previous = ot_store_get_meeting (self->store, self->previous_id, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->previous_group), previous != NULL);
  if (previous != NULL)
    fill_previous_row (self, previous);

  if (self->meeting != NULL)
    self->previous_actions = ot_store_list_previous_actions (self->store, self->meeting_id, NULL);
  if (self->previous_actions == NULL)
    self->previous_actions = G_LIST_MODEL (g_list_store_new (OT_TYPE_ACTION));
  n = g_list_model_get_n_items (self->previous_actions);
  gtk_widget_set_visible (GTK_WIDGET (self->previous_actions_group), n > 0);
  adw_preferences_group_set_description (self->previous_actions_group,
                                         _("Mark each action as done or dropped, or keep it open for the next meeting."));
  if (self->previous_shown == NULL)
    {
      self->previous_shown = g_list_store_new (OT_TYPE_ACTION);
      self->previous_fill = ot_fill_new (GTK_WIDGET (self), self->previous_shown);
      gtk_list_box_bind_model (self->previous_actions_list, G_LIST_MODEL (self->previous_shown),
                               create_previous_action_row, self, NULL);
    }
  ot_fill_start (self->previous_fill, self->previous_actions);
}

static void
approve_previous_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *amendments = gtk_editable_get_text (GTK_EDITABLE (self->amendments_entry));

  if (self->previous_id == 0)
    return;
  if (!ot_store_approve_meeting (self->store, self->previous_id, self->meeting_id,
                                 *amendments != '\0' ? amendments : NULL, &error))
    ot_meeting_page_show_error (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->amendments_entry), "");
  ot_meeting_page_previous_reload (self);
}

static void
review_action_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int review;
  gboolean ok;

  g_variant_get (parameter, "(xi)", &id, &review);
  if (review == REVIEW_KEEP_OPEN)
    ok = ot_store_set_action_status (self->store, id, OT_ACTION_STATUS_OPEN, self->meeting_id, &error) &&
         ot_store_keep_action_open (self->store, id, self->meeting_id, &error);
  else
    ok = ot_store_set_action_status (self->store, id,
                                     review == REVIEW_DONE ? OT_ACTION_STATUS_DONE : OT_ACTION_STATUS_DROPPED,
                                     self->meeting_id, &error);
  if (!ok)
    ot_meeting_page_show_error (self, error);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OtMeetingPage *self = OT_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!ot_store_reopen_meeting (self->store, self->meeting_id, &error))
    ot_meeting_page_show_error (self, error);
}

void
ot_meeting_page_previous_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.approve-previous", NULL, approve_previous_action);
  gtk_widget_class_install_action (widget_class, "meeting.review-action", "(xi)", review_action_action);
  gtk_widget_class_install_action (widget_class, "meeting.reopen", NULL, reopen_action);
}
