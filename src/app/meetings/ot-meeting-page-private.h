/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-meeting-page-private.h: the meeting page's parts, shared by its files (one per section). */
#pragma once

#include "ot-meeting-page.h"

G_BEGIN_DECLS

typedef struct _OtFill OtFill;

struct _OtMeetingPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkScrolledWindow *scrolled;
  GtkRevealer       *approved_revealer;
  GtkLabel          *approved_label;
  GtkLabel          *series_label;
  GtkLabel          *status_label;
  GtkLabel          *title_label;
  GtkLabel          *when_label;
  GtkLabel          *people_label;
  AdwExpanderRow    *details_row;
  AdwEntryRow       *title_entry;
  AdwEntryRow       *date_entry;
  AdwEntryRow       *start_entry;
  AdwEntryRow       *end_entry;
  AdwEntryRow       *location_entry;
  AdwComboRow       *chair_row;
  AdwComboRow       *minute_taker_row;
  AdwPreferencesGroup *attendance_group;
  GtkMenuButton     *attendance_add_button;
  GtkPopover        *attendance_popover;
  GtkEntry          *attendance_entry;
  GtkBox            *attendance_box;
  AdwPreferencesGroup *previous_group;
  AdwActionRow      *previous_row;
  GtkWidget         *approve_button;
  AdwEntryRow       *amendments_entry;
  AdwPreferencesGroup *previous_actions_group;
  GtkListBox        *previous_actions_list;
  AdwPreferencesGroup *agenda_group;
  GtkListBox        *agenda_list;
  GtkWidget         *agenda_empty;
  AdwPreferencesGroup *actions_group;
  GtkListBox        *actions_list;

  /* owned references */
  OtStore           *store;
  OtMeeting         *meeting;
  GListModel        *attendance;
  GListModel        *agenda;
  GListStore        *agenda_shown;   /* filled in chunks, so the first frame comes early */
  OtFill            *agenda_fill;
  GListModel        *previous_actions;
  GListStore        *previous_shown;
  OtFill            *previous_fill;
  GListModel        *people;
  GListModel        *meeting_actions;
  GListStore        *meeting_actions_shown;
  OtFill            *meeting_actions_fill;

  gint64             meeting_id;
  gint64             previous_id;
  guint              quiet;        /* >0 while the page stores an edit it already shows */
  gboolean           filling;      /* widgets are being filled from the store, not edited */
};

/* ot-meeting-page.c */
void     ot_meeting_page_show_error        (OtMeetingPage *self,
                                            const GError  *error);
gboolean ot_meeting_page_is_editable       (OtMeetingPage *self);
void     ot_meeting_page_update_actions    (OtMeetingPage *self);

/* ot-meeting-page-header.c */
void     ot_meeting_page_header_init       (OtMeetingPage *self);
void     ot_meeting_page_header_reload     (OtMeetingPage *self);

/* ot-meeting-page-attendance.c */
void     ot_meeting_page_attendance_init   (OtMeetingPage *self);
void     ot_meeting_page_attendance_reload (OtMeetingPage *self);
void     ot_meeting_page_attendance_install_actions (GtkWidgetClass *widget_class);

/* ot-meeting-page-previous.c */
void     ot_meeting_page_previous_reload   (OtMeetingPage *self);
void     ot_meeting_page_previous_install_actions (GtkWidgetClass *widget_class);

/* ot-meeting-page-agenda.c */
void     ot_meeting_page_agenda_reload     (OtMeetingPage *self);
void     ot_meeting_page_agenda_reload_minutes (OtMeetingPage *self);
void     ot_meeting_page_agenda_install_actions (GtkWidgetClass *widget_class);

/* ot-meeting-page-actions.c: the minutes under an item: lines, statements, decisions, actions */
void     ot_meeting_page_minutes_install_actions (GtkWidgetClass *widget_class);
void     ot_meeting_page_actions_reload    (OtMeetingPage *self);

/* ot-meeting-page-fill.c: long lists are shown a chunk at a time, after a painted frame */
OtFill  *ot_fill_new                       (GtkWidget     *widget,
                                            GListStore    *shown);
void     ot_fill_start                     (OtFill        *fill,
                                            GListModel    *source);
void     ot_fill_finish                    (OtFill        *fill);
void     ot_fill_free                      (OtFill        *fill);

/* ot-meeting-page-quick-add.c */
void     ot_meeting_page_quick_add_install_actions (GtkWidgetClass *widget_class);

/* ot-meeting-page-documents.c */
void     ot_meeting_page_documents_install_actions (GtkWidgetClass *widget_class);

/* ot-meeting-page-export.c */
void     ot_meeting_page_export_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
