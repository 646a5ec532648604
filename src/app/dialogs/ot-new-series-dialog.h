/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-series-dialog.h: the dialog that creates a series of meetings. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_NEW_SERIES_DIALOG (ot_new_series_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtNewSeriesDialog, ot_new_series_dialog, OT, NEW_SERIES_DIALOG, AdwWindow)

OtNewSeriesDialog *ot_new_series_dialog_new  (GtkWindow         *parent,
                                              OtStore           *store);
/* Fills the form as a user would; dialog.create then stores it. */
void               ot_new_series_dialog_fill (OtNewSeriesDialog *self,
                                              const char        *name,
                                              OtSeriesKind       kind);

G_END_DECLS
