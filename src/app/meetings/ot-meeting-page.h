/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page.h: everything about one meeting: details, attendance, previous minutes and action list, agenda and minutes. */
#pragma once

#include <adwaita.h>

#include "ot-store.h"

G_BEGIN_DECLS

#define OT_TYPE_MEETING_PAGE (ot_meeting_page_get_type ())
G_DECLARE_FINAL_TYPE (OtMeetingPage, ot_meeting_page, OT, MEETING_PAGE, AdwBin)

void        ot_meeting_page_set_store       (OtMeetingPage *self,
                                             OtStore       *store);
/* Shows the meeting @meeting_id; 0 shows nothing. */
void        ot_meeting_page_set_meeting     (OtMeetingPage *self,
                                             gint64         meeting_id);
gint64      ot_meeting_page_get_meeting_id  (OtMeetingPage *self);
void        ot_meeting_page_scroll_to_item  (OtMeetingPage *self,
                                             gint64         agenda_item_id);
/* Long lists appear a chunk at a time after the first frame; this shows the rest now. */
void        ot_meeting_page_finish_loading  (OtMeetingPage *self);
/* What the page shows, for tests: the agenda (OtAgendaItem) and attendance (OtAttendance). */
GListModel *ot_meeting_page_get_agenda      (OtMeetingPage *self);
GListModel *ot_meeting_page_get_attendance  (OtMeetingPage *self);

/* Writes the meeting's questions and answers (PDF, or XLSX for a “.xlsx” name), as the file
 * chooser of “meeting.export-qa” does after a choice. */
gboolean    ot_meeting_page_export_qa_to    (OtMeetingPage *self,
                                             const char    *path,
                                             GError       **error);

G_END_DECLS
