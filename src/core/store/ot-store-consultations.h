/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-consultations.h: consultations, their invitations, and the submissions and values imported from rekentools. */
#pragma once

#include "ot-store.h"
#include "ot-consultation.h"
#include "ot-invitation.h"
#include "ot-submission.h"
#include "ot-submission-value.h"

G_BEGIN_DECLS

typedef struct
{
  const char         *title;
  gint64              series_id;        /* 0: none */
  gint64              meeting_id;       /* 0: none */
  const char         *deadline;         /* YYYY-MM-DD or NULL */
  guint               min_submissions;  /* 0: the default, 5; never below 3 */
  const char * const *product_codes;    /* NULL-terminated, lowercase a-z0-9_ */
  const char * const *product_names;    /* NULL, or as many as codes; a name defaults to the code */
} OtConsultationSpec;

/* Creates the consultation and its products as one change. */
gint64          ot_store_add_consultation        (OtStore *self, const OtConsultationSpec *spec, GError **error);
OtConsultation *ot_store_get_consultation        (OtStore *self, gint64 id, GError **error);
/* Newest first. */
GListModel     *ot_store_list_consultations      (OtStore *self, GError **error);

/* Invites an organisation; inviting it again keeps its state and returns the same id. */
gint64          ot_store_invite                  (OtStore *self, gint64 consultation_id, gint64 organisation_id,
                                                  GError **error);
/* Invites the organisation of that name; a name not yet in the register is added as a
 * provider, since only providers are invited to hand in a rekentool. */
gint64          ot_store_invite_by_name          (OtStore *self, gint64 consultation_id, const char *name,
                                                  GError **error);
gboolean        ot_store_set_invitation_state    (OtStore *self, gint64 consultation_id, gint64 organisation_id,
                                                  OtInvitationState state, GError **error);
/* By organisation name. */
GListModel     *ot_store_list_invitations        (OtStore *self, gint64 consultation_id, GError **error);

typedef struct
{
  const char *product_code;   /* NULL or "" for a provider-level field */
  const char *field;
  gboolean    has_number;
  double      number;
  const char *text;           /* NULL when the value is only a number */
  const char *source;
  const char *warning;        /* NULL when none */
} OtSubmissionValueSpec;

typedef struct
{
  gint64      consultation_id;
  gint64      organisation_id;
  const char *file_name;
  const char *sha256;             /* 64 hex digits */
  guint       template_version;   /* 0: not our template */
  gboolean    has_warnings;
  const char *report;             /* JSON text or NULL */
  const char *imported_at;        /* NULL: now; otherwise YYYY-MM-DDTHH:MM:SSZ (tests) */
} OtSubmissionSpec;

/* Stores a submission and all its values as one change, and marks the invitation submitted
 * (or late, after the deadline), inviting the organisation if it was not yet. An earlier
 * submission of the same organisation is replaced only when @replace is TRUE; otherwise the
 * call fails with OT_ERROR_EXISTS. A file already imported fails with OT_ERROR_CONSTRAINT. */
gint64          ot_store_add_submission          (OtStore *self, const OtSubmissionSpec *spec,
                                                  const OtSubmissionValueSpec *values, guint n_values,
                                                  gboolean replace, GError **error);
/* The submission holding a file with this SHA-256 in the consultation; 0 when none. */
gint64          ot_store_find_submission_by_hash (OtStore *self, gint64 consultation_id, const char *sha256);
/* The organisation's submission in the consultation; 0 when none. */
gint64          ot_store_find_submission         (OtStore *self, gint64 consultation_id, gint64 organisation_id);
OtSubmission   *ot_store_get_submission          (OtStore *self, gint64 id, GError **error);
/* By organisation name. */
GListModel     *ot_store_list_submissions        (OtStore *self, gint64 consultation_id, GError **error);
/* Provider-level values first, then per product in the consultation's order. */
GListModel     *ot_store_list_submission_values  (OtStore *self, gint64 submission_id, GError **error);

G_END_DECLS
