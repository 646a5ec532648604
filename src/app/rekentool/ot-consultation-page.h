/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page.h: a market consultation: invitations, the template, importing rekentools and the submissions. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_CONSULTATION_PAGE (ot_consultation_page_get_type ())
G_DECLARE_FINAL_TYPE (OtConsultationPage, ot_consultation_page, OT, CONSULTATION_PAGE, AdwBin)

void        ot_consultation_page_set_store        (OtConsultationPage *self,
                                                   OtStore            *store);
/* 0 shows the newest consultation, or the empty state when there is none. */
void        ot_consultation_page_set_consultation (OtConsultationPage *self,
                                                   gint64              consultation_id);
gint64      ot_consultation_page_get_consultation (OtConsultationPage *self);
/* Imports @files (GFile) in the background, as dropping them does; progress and cancel show
 * on the page. Ignored while a batch is running. */
void        ot_consultation_page_import_files     (OtConsultationPage *self,
                                                   GListModel         *files);
gboolean    ot_consultation_page_is_importing     (OtConsultationPage *self);
/* The reports (OtRekentoolReport) of the last batch. */
GListModel *ot_consultation_page_get_reports      (OtConsultationPage *self);
/* The confidential detail view of one submission. */
GtkWindow  *ot_consultation_page_show_submission  (OtConsultationPage *self,
                                                   gint64              submission_id);

G_END_DECLS
