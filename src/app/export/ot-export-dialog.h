/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-dialog.h: previewing minutes as they will be printed, then saving them as PDF or XLSX, or printing them. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_EXPORT_DIALOG (ot_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtExportDialog, ot_export_dialog, OT, EXPORT_DIALOG, AdwWindow)

OtExportDialog     *ot_export_dialog_new              (GtkWindow      *parent,
                                                       OtStore        *store,
                                                       gint64          meeting_id);
/* The switch of the public version, as a user flips it; the preview renders again. Switched on
 * while the attendance shows names, the attendance takes the preferences' public mode. */
void                ot_export_dialog_set_public       (OtExportDialog *self,
                                                       gboolean        is_public);
/* Names to replace as well, comma-separated, as typed and applied in the dialog. */
void                ot_export_dialog_set_extra_names  (OtExportDialog *self,
                                                       const char     *names);
/* Pages of the current preview; 0 while it renders. */
guint               ot_export_dialog_get_n_pages      (OtExportDialog *self);
guint               ot_export_dialog_get_page         (OtExportDialog *self);
/* The words of the public version that look like names but are not known; NULL-terminated. */
const char * const *ot_export_dialog_get_unsure_names (OtExportDialog *self);
/* Saves as the chosen format without asking, as the file chooser would after a choice. */
gboolean            ot_export_dialog_save_to          (OtExportDialog *self,
                                                       GFile          *file,
                                                       GError        **error);

/* Runs the print operation without a dialog, into a PDF file, as a printer would get it. */
gboolean            ot_export_dialog_print_to_pdf     (OtExportDialog *self,
                                                       const char     *path,
                                                       GError        **error);

G_END_DECLS
