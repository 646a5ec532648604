/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page-invitations.c: the consultation page's invited providers: inviting them and changing how far each got. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-widget-window.h"
#include "ot-consultation-page-private.h"
#include "ot-format.h"
#include "ot-invite-dialog.h"
#include "ot-store-consultations.h"

/* In the order of OtInvitationState, so a position in the drop-down is a state. */
static const char *
state_label (OtInvitationState state)
{
  switch (state)
    {
    case OT_INVITATION_DECLINED:
      return _("Declined");
    case OT_INVITATION_SUBMITTED:
      return _("Submitted");
    case OT_INVITATION_LATE:
      return _("Submitted late");
    case OT_INVITATION_INVITED:
    default:
      return _("Invited, nothing received yet");
    }
}

typedef struct
{
  OtConsultationPage *page;
  gint64              organisation_id;
  OtInvitationState   state;
} StateChange;

static gboolean
apply_state_change_cb (gpointer user_data)
{
  StateChange *change = user_data;

  gtk_widget_activate_action (GTK_WIDGET (change->page), "consultation.set-invitation-state", "(xs)",
                              change->organisation_id, ot_invitation_state_to_string (change->state));
  g_object_unref (change->page);
  g_free (change);
  return G_SOURCE_REMOVE;
}

static void
state_selected_cb (GtkDropDown        *dropdown,
                   GParamSpec         *pspec,
                   OtConsultationPage *self)
{
  StateChange *change = g_new0 (StateChange, 1);

  /* The store's change rebuilds the list, this drop-down included, so it happens once the
   * drop-down has finished handling the click. */
  change->page = g_object_ref (self);
  change->organisation_id = (gint64) (gintptr) g_object_get_data (G_OBJECT (dropdown), "organisation-id");
  change->state = (OtInvitationState) gtk_drop_down_get_selected (dropdown);
  g_idle_add (apply_state_change_cb, change);
}

static GtkWidget *
state_dropdown (OtConsultationPage *self,
                OtInvitation       *inv)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (OtInvitationState state = OT_INVITATION_INVITED; state <= OT_INVITATION_LATE; state++)
    gtk_string_list_append (labels, state_label (state));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), ot_invitation_get_state (inv));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("State"), -1);
  g_object_set_data (G_OBJECT (dropdown), "organisation-id",
                     (gpointer) (gintptr) ot_invitation_get_organisation_id (inv));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (state_selected_cb), self);
  return dropdown;
}

static GtkWidget *
invitation_row (OtConsultationPage *self,
                OtInvitation       *inv)
{
  GtkWidget *row = adw_action_row_new ();
  const char *submitted_at = ot_invitation_get_submitted_at (inv);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ot_invitation_get_organisation_name (inv));
  if (submitted_at != NULL)
    {
      /* Stored as UTC date and time; the day is what the adviser needs. */
      g_autofree char *day = g_strndup (submitted_at, 10);
      g_autofree char *date = ot_format_date (day);
      g_autofree char *subtitle = g_strdup_printf (_("Rekentool received on %s"), date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state_dropdown (self, inv));
  return row;
}

guint
ot_consultation_page_fill_invitations (OtConsultationPage *self,
                                       GListModel         *invitations)
{
  guint submitted = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->invitations_list))) != NULL)
    gtk_list_box_remove (self->invitations_list, child);
  for (guint i = 0; i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);
      OtInvitationState state = ot_invitation_get_state (inv);

      submitted += state == OT_INVITATION_SUBMITTED || state == OT_INVITATION_LATE;
      gtk_list_box_append (self->invitations_list, invitation_row (self, inv));
    }
  if (g_list_model_get_n_items (invitations) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No providers invited yet"));
      gtk_list_box_append (self->invitations_list, row);
    }
  return submitted;
}

void
ot_consultation_page_open_invite_dialog (OtConsultationPage *self)
{
  OtInviteDialog *dialog;

  if (self->store == NULL || self->consultation == NULL)
    return;
  dialog = ot_invite_dialog_new (ot_widget_get_window (GTK_WIDGET (self)), self->store,
                                 ot_consultation_get_id (self->consultation));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
ot_consultation_page_change_invitation_state (OtConsultationPage  *self,
                                              gint64               organisation_id,
                                              const char          *state_name,
                                              GError             **error)
{
  OtInvitationState state;

  if (self->store == NULL || self->consultation == NULL)
    return TRUE;
  if (!ot_invitation_state_from_string (state_name, &state))
    g_return_val_if_reached (FALSE);
  return ot_store_set_invitation_state (self->store, ot_consultation_get_id (self->consultation),
                                        organisation_id, state, error);
}
