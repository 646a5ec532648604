/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-report-private.h: how the importer fills a report. */
#pragma once

#include "ot-rekentool-report.h"

G_BEGIN_DECLS

OtRekentoolReport *ot_rekentool_report_new              (const char        *path);
/* Refuses the file: the status becomes REJECTED and @error's message the reason. */
void               ot_rekentool_report_reject           (OtRekentoolReport *self,
                                                         const GError      *error);
/* Takes ownership of @value. */
void               ot_rekentool_report_take_value       (OtRekentoolReport *self,
                                                         OtRekentoolValue  *value);
OtRekentoolValue  *ot_rekentool_report_find_value_mut   (OtRekentoolReport *self,
                                                         const char        *product_code,
                                                         const char        *key);
void               ot_rekentool_report_set_provider     (OtRekentoolReport *self,
                                                         const char        *provider);
void               ot_rekentool_report_set_sha256       (OtRekentoolReport *self,
                                                         const char        *sha256);
void               ot_rekentool_report_set_template_version (OtRekentoolReport *self,
                                                             guint              version);
void               ot_rekentool_report_set_submission   (OtRekentoolReport *self,
                                                         gint64             submission_id,
                                                         gboolean           replaced);
/* ACCEPTED or ACCEPTED_WITH_WARNINGS from the values' warnings, unless rejected. */
void               ot_rekentool_report_settle_status    (OtRekentoolReport *self);

OtRekentoolValue  *ot_rekentool_value_new               (const char *product_code,
                                                         const char *key);
void               ot_rekentool_value_free              (OtRekentoolValue *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtRekentoolValue, ot_rekentool_value_free)

G_END_DECLS
