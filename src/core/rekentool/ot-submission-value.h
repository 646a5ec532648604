/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-submission-value.h: one stored figure of a submission with where it came from (a read-only snapshot). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OT_TYPE_SUBMISSION_VALUE (ot_submission_value_get_type ())
G_DECLARE_FINAL_TYPE (OtSubmissionValue, ot_submission_value, OT, SUBMISSION_VALUE, GObject)

gint64      ot_submission_value_get_submission_id (OtSubmissionValue *self);
/* The product's code, or NULL for a provider-level field. */
const char *ot_submission_value_get_product_code  (OtSubmissionValue *self);
const char *ot_submission_value_get_field         (OtSubmissionValue *self);
gboolean    ot_submission_value_has_number        (OtSubmissionValue *self);
double      ot_submission_value_get_number        (OtSubmissionValue *self);
/* Text fields, and the raw text of a figure that could not be read as a number. */
const char *ot_submission_value_get_text          (OtSubmissionValue *self);
/* Where the value was found, e.g. "name:ovt_ho_bruto_uurloon@'HO'!C6". */
const char *ot_submission_value_get_source        (OtSubmissionValue *self);
const char *ot_submission_value_get_warning       (OtSubmissionValue *self);

/* For the store. */
OtSubmissionValue *ot_submission_value_new (gint64      submission_id,
                                            const char *product_code,
                                            const char *field,
                                            gboolean    has_number,
                                            double      number,
                                            const char *text,
                                            const char *source,
                                            const char *warning);

G_END_DECLS
