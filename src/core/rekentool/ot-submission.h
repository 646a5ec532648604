/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-submission.h: one provider's imported rekentool (a read-only snapshot; confidential to the adviser). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OT_TYPE_SUBMISSION (ot_submission_get_type ())
G_DECLARE_FINAL_TYPE (OtSubmission, ot_submission, OT, SUBMISSION, GObject)

gint64      ot_submission_get_id                (OtSubmission *self);
gint64      ot_submission_get_consultation_id   (OtSubmission *self);
gint64      ot_submission_get_organisation_id   (OtSubmission *self);
const char *ot_submission_get_organisation_name (OtSubmission *self);
const char *ot_submission_get_file_name         (OtSubmission *self);
const char *ot_submission_get_sha256            (OtSubmission *self);
const char *ot_submission_get_imported_at       (OtSubmission *self);
/* 0 when the file was not made from our template. */
guint       ot_submission_get_template_version  (OtSubmission *self);
/* "accepted" or "warnings". */
const char *ot_submission_get_status            (OtSubmission *self);
/* The import report as JSON text, or NULL. */
const char *ot_submission_get_report            (OtSubmission *self);

/* For the store. */
OtSubmission *ot_submission_new (gint64      id,
                                 gint64      consultation_id,
                                 gint64      organisation_id,
                                 const char *organisation_name,
                                 const char *file_name,
                                 const char *sha256,
                                 const char *imported_at,
                                 guint       template_version,
                                 const char *status,
                                 const char *report);

G_END_DECLS
