/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-private.h: how the store builds consultation snapshots. */
#pragma once

#include "ot-consultation.h"

G_BEGIN_DECLS

OtConsultation *ot_consultation_new         (gint64      id,
                                             const char *title,
                                             gint64      series_id,
                                             gint64      meeting_id,
                                             const char *deadline,
                                             guint       min_submissions,
                                             guint       template_version,
                                             const char *created_at);
void            ot_consultation_add_product (OtConsultation *self,
                                             const char     *code,
                                             const char     *name);
/* Days between two YYYY-MM-DD dates; FALSE when either is not a valid date. */
gboolean        ot_date_days_between        (const char *from,
                                             const char *to,
                                             int        *days);

G_END_DECLS
