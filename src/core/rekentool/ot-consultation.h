/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation.h: a market consultation collecting rekentools (a read-only snapshot of a stored row). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The default and the floor of the number of submissions an analysis needs (DESIGN.md). */
#define OT_CONSULTATION_DEFAULT_MIN_SUBMISSIONS 5
#define OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR   3

typedef struct
{
  char *code;   /* short, lowercase: "ho", "hoplus" */
  char *name;   /* as the adviser wrote it: "HO+" */
} OtConsultationProduct;

#define OT_TYPE_CONSULTATION (ot_consultation_get_type ())
G_DECLARE_FINAL_TYPE (OtConsultation, ot_consultation, OT, CONSULTATION, GObject)

gint64       ot_consultation_get_id               (OtConsultation *self);
const char  *ot_consultation_get_title            (OtConsultation *self);
gint64       ot_consultation_get_series_id        (OtConsultation *self);
gint64       ot_consultation_get_meeting_id       (OtConsultation *self);
/* YYYY-MM-DD, or NULL when there is no deadline. */
const char  *ot_consultation_get_deadline         (OtConsultation *self);
guint        ot_consultation_get_min_submissions  (OtConsultation *self);
guint        ot_consultation_get_template_version (OtConsultation *self);
const char  *ot_consultation_get_created_at       (OtConsultation *self);

guint                        ot_consultation_get_n_products (OtConsultation *self);
const OtConsultationProduct *ot_consultation_get_product    (OtConsultation *self,
                                                             guint           index);
const OtConsultationProduct *ot_consultation_find_product   (OtConsultation *self,
                                                             const char     *code);

/* Days from @today (YYYY-MM-DD) to the deadline, negative once it has passed.
 * Returns FALSE when there is no deadline or @today is not a date. */
gboolean     ot_consultation_days_to_deadline     (OtConsultation *self,
                                                   const char     *today,
                                                   int            *days);

G_END_DECLS
