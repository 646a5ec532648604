/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-import-dialog.h: existing minutes read, shown as a draft meeting for review, then saved as a meeting. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_MINUTES_IMPORT_DIALOG (ot_minutes_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtMinutesImportDialog, ot_minutes_import_dialog, OT, MINUTES_IMPORT_DIALOG, AdwWindow)

/* After a successful import the dialog activates "win.show-meeting" on @parent and closes. */
OtMinutesImportDialog *ot_minutes_import_dialog_new        (GtkWindow             *parent,
                                                            OtStore               *store);
/* Reads and recognises @file off the main thread, as after a choice in the file chooser. */
void                   ot_minutes_import_dialog_open_file  (OtMinutesImportDialog *self,
                                                            GFile                 *file);
/* TRUE while a file is being read. */
gboolean               ot_minutes_import_dialog_is_busy    (OtMinutesImportDialog *self);
/* The parts under review (OtMinutesPart), in the order of the list; NULL before a file is read. */
GListModel            *ot_minutes_import_dialog_get_parts  (OtMinutesImportDialog *self);
/* The series the meeting goes into; 0 for a new series named after the title. */
void                   ot_minutes_import_dialog_set_series (OtMinutesImportDialog *self,
                                                            gint64                 series_id);
/* Stores the reviewed meeting, as the Import button does; returns its id, or 0 and an error. */
gint64                 ot_minutes_import_dialog_save       (OtMinutesImportDialog *self,
                                                            GError               **error);

G_END_DECLS
