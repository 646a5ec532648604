/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-new-meeting-dialog.h: the dialog that plans a meeting from its kind's standard agenda or the previous one. */
#pragma once

#include <adwaita.h>

#include "ot-agenda-template.h"
#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_NEW_MEETING_DIALOG (ot_new_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OtNewMeetingDialog, ot_new_meeting_dialog, OT, NEW_MEETING_DIALOG, AdwWindow)

/* Proposes the series of @current_meeting_id (0: the first series). */
OtNewMeetingDialog *ot_new_meeting_dialog_new  (GtkWindow          *parent,
                                                OtStore            *store,
                                                gint64              current_meeting_id);
/* Fills the form as a user would; dialog.create then stores it. */
void                ot_new_meeting_dialog_fill (OtNewMeetingDialog *self,
                                                gint64              series_id,
                                                const char         *date,
                                                OtAgendaStart       agenda);

G_END_DECLS
