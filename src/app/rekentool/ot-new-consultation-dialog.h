/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-consultation-dialog.h: the dialog that sets up a market consultation for rekentools. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_NEW_CONSULTATION_DIALOG (ot_new_consultation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtNewConsultationDialog, ot_new_consultation_dialog, OT, NEW_CONSULTATION_DIALOG, AdwWindow)

/* Emits "created" with the new consultation's id just before it closes. The minimum number of
 * submissions starts at the preferences' "anonymisation-min-n". */
OtNewConsultationDialog *ot_new_consultation_dialog_new         (GtkWindow               *parent,
                                                                 OtStore                 *store);
/* Fills the form as a user would; dialog.create then stores it. @deadline may be NULL,
 * @min_submissions 0 keeps the preferred one, @series_id 0 means none. */
void                     ot_new_consultation_dialog_fill        (OtNewConsultationDialog *self,
                                                                 const char              *title,
                                                                 const char              *deadline,
                                                                 guint                    min_submissions,
                                                                 gint64                   series_id);
/* Types a product into the first empty product row, adding a row when there is none. */
void                     ot_new_consultation_dialog_add_product (OtNewConsultationDialog *self,
                                                                 const char              *code,
                                                                 const char              *name);
/* Why the last dialog.create was refused, as shown; NULL when it was not. */
const char              *ot_new_consultation_dialog_get_error   (OtNewConsultationDialog *self);

G_END_DECLS
