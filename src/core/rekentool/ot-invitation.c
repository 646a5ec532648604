/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-invitation.c: a provider invited to a consultation and how far it got (a read-only snapshot). */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-invitation.h"

static const char * const state_names[] = { "invited", "declined", "submitted", "late" };

const char *
ot_invitation_state_to_string (OtInvitationState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), "invited");
  return state_names[state];
}

gboolean
ot_invitation_state_from_string (const char        *text,
                                 OtInvitationState *state)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (state_names); i++)
    if (g_str_equal (text, state_names[i]))
      {
        *state = (OtInvitationState) i;
        return TRUE;
      }
  return FALSE;
}

struct _OtInvitation
{
  GObject            parent_instance;

  gint64             id;
  gint64             consultation_id;
  gint64             organisation_id;
  char              *organisation_name;
  OtInvitationState  state;
  gint64             submission_id;
  char              *submitted_at;
};

G_DEFINE_FINAL_TYPE (OtInvitation, ot_invitation, G_TYPE_OBJECT)

static void
ot_invitation_finalize (GObject *object)
{
  OtInvitation *self = OT_INVITATION (object);

  g_free (self->organisation_name);
  g_free (self->submitted_at);
  G_OBJECT_CLASS (ot_invitation_parent_class)->finalize (object);
}

static void
ot_invitation_class_init (OtInvitationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ot_invitation_finalize;
}

static void
ot_invitation_init (OtInvitation *self)
{
}

OtInvitation *
ot_invitation_new (gint64             id,
                   gint64             consultation_id,
                   gint64             organisation_id,
                   const char        *organisation_name,
                   OtInvitationState  state,
                   gint64             submission_id,
                   const char        *submitted_at)
{
  OtInvitation *self = g_object_new (OT_TYPE_INVITATION, NULL);

  self->id = id;
  self->consultation_id = consultation_id;
  self->organisation_id = organisation_id;
  self->organisation_name = g_strdup (organisation_name);
  self->state = state;
  self->submission_id = submission_id;
  self->submitted_at = g_strdup (submitted_at);
  return self;
}

gint64
ot_invitation_get_id (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), 0);
  return self->id;
}

gint64
ot_invitation_get_consultation_id (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), 0);
  return self->consultation_id;
}

gint64
ot_invitation_get_organisation_id (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), 0);
  return self->organisation_id;
}

const char *
ot_invitation_get_organisation_name (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), NULL);
  return self->organisation_name;
}

OtInvitationState
ot_invitation_get_state (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), OT_INVITATION_INVITED);
  return self->state;
}

gint64
ot_invitation_get_submission_id (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), 0);
  return self->submission_id;
}

const char *
ot_invitation_get_submitted_at (OtInvitation *self)
{
  g_return_val_if_fail (OT_IS_INVITATION (self), NULL);
  return self->submitted_at;
}

void
ot_invitation_count (GListModel         *invitations,
                     OtInvitationCounts *counts)
{
  g_return_if_fail (G_IS_LIST_MODEL (invitations));
  g_return_if_fail (counts != NULL);

  *counts = (OtInvitationCounts) { 0 };
  for (guint i = 0; i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) inv = g_list_model_get_item (invitations, i);

      counts->invited++;
      switch (inv->state)
        {
        case OT_INVITATION_DECLINED:
          counts->declined++;
          break;
        case OT_INVITATION_SUBMITTED:
        case OT_INVITATION_LATE:
          counts->submitted++;
          break;
        case OT_INVITATION_INVITED:
        default:
          break;
        }
    }
  counts->expected = counts->invited - counts->declined;
}

char *
ot_invitation_describe_progress (GListModel *invitations,
                                 guint       min_submissions)
{
  OtInvitationCounts counts;
  GString *text = g_string_new (NULL);

  ot_invitation_count (invitations, &counts);
  g_string_append_printf (text, _("%u of %u invited providers have submitted; the analysis needs at least %u."),
                          counts.submitted, counts.expected, min_submissions);
  if (counts.declined > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u invited provider declined and is not counted.",
                                                 "%u invited providers declined and are not counted.", counts.declined),
                              counts.declined);
    }
  return g_string_free (text, FALSE);
}
