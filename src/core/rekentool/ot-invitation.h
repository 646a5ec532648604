/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-invitation.h: a provider invited to a consultation and how far it got (a read-only snapshot). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  OT_INVITATION_INVITED,
  OT_INVITATION_DECLINED,
  OT_INVITATION_SUBMITTED,
  OT_INVITATION_LATE,        /* submitted after the deadline */
} OtInvitationState;

/* The stable name stored in the database, e.g. "invited". */
const char *ot_invitation_state_to_string   (OtInvitationState state);
gboolean    ot_invitation_state_from_string (const char *text, OtInvitationState *state);

#define OT_TYPE_INVITATION (ot_invitation_get_type ())
G_DECLARE_FINAL_TYPE (OtInvitation, ot_invitation, OT, INVITATION, GObject)

gint64             ot_invitation_get_id                (OtInvitation *self);
gint64             ot_invitation_get_consultation_id   (OtInvitation *self);
gint64             ot_invitation_get_organisation_id   (OtInvitation *self);
const char        *ot_invitation_get_organisation_name (OtInvitation *self);
OtInvitationState  ot_invitation_get_state             (OtInvitation *self);
/* The submission on file, 0 when none; its import time as stored (UTC, ISO 8601) or NULL. */
gint64             ot_invitation_get_submission_id     (OtInvitation *self);
const char        *ot_invitation_get_submitted_at      (OtInvitation *self);

/* How far the invitations of a consultation got. A provider that declined is no longer
 * awaited: it is left out of "expected", the number the submissions are counted against. */
typedef struct
{
  guint invited;     /* every invitation, whatever its state */
  guint declined;
  guint expected;    /* invited minus declined */
  guint submitted;   /* on time or late */
} OtInvitationCounts;

/* Counts a list of OtInvitation, as ot_store_list_invitations() returns it. */
void               ot_invitation_count                 (GListModel         *invitations,
                                                        OtInvitationCounts *counts);
/* The sentence the app and the CLI show under a consultation: "2 of 3 invited providers have
 * submitted; the analysis needs at least 5.", with those who declined left out of the 3 and
 * mentioned after it. */
char              *ot_invitation_describe_progress     (GListModel         *invitations,
                                                        guint               min_submissions);

/* For the store. */
OtInvitation      *ot_invitation_new (gint64             id,
                                      gint64             consultation_id,
                                      gint64             organisation_id,
                                      const char        *organisation_name,
                                      OtInvitationState  state,
                                      gint64             submission_id,
                                      const char        *submitted_at);

G_END_DECLS
