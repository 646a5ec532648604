/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store.h: the SQLite database holding every meeting, registry entry and rekentool of a region. */
#pragma once

#include <gio/gio.h>

#include "ot-enums.h"
#include "ot-organisation.h"
#include "ot-person.h"
#include "ot-series.h"
#include "ot-meeting.h"
#include "ot-attendance.h"
#include "ot-agenda-item.h"
#include "ot-statement.h"
#include "ot-decision.h"
#include "ot-action.h"
#include "ot-document.h"
#include "ot-search-hit.h"

G_BEGIN_DECLS

#define OT_TYPE_STORE (ot_store_get_type ())
G_DECLARE_FINAL_TYPE (OtStore, ot_store, OT, STORE, GObject)

/* Where the database lives: @explicit_path (from --db) wins, then $OVERLEGTAFEL_DB,
 * then $XDG_DATA_HOME/overlegtafel/overlegtafel.db. */
char       *ot_store_resolve_path        (const char *explicit_path);

/* Opens or creates the database (mode 0600, WAL, foreign keys on) and migrates it forward. */
OtStore    *ot_store_open                (const char  *path,
                                          GError     **error);
const char *ot_store_get_path            (OtStore     *self);
guint       ot_store_get_schema_version  (OtStore     *self);
/* TRUE when the database holds no series at all, as on a first start. */
gboolean    ot_store_is_empty            (OtStore     *self);
/* A consistent copy of the whole database, even while it is in use. */
gboolean    ot_store_backup              (OtStore     *self,
                                          const char  *dest_path,
                                          GError     **error);

/* Groups several changes into one user-level change: all or nothing. Nests. */
gboolean    ot_store_begin               (OtStore     *self,
                                          GError     **error);
gboolean    ot_store_commit              (OtStore     *self,
                                          GError     **error);
void        ot_store_rollback            (OtStore     *self);

/* The "changed" signal is emitted after a committed change, with the name of a table touched. */

/* ---- Registry: organisations and people (ot-store-registry.c) ---- */

gint64        ot_store_add_organisation       (OtStore *self, const char *name, const char *short_name,
                                               OtOrganisationKind kind, GError **error);
OtOrganisation *ot_store_get_organisation     (OtStore *self, gint64 id, GError **error);
/* Case-insensitive match on the name or the short name; 0 when there is none. */
gint64        ot_store_find_organisation      (OtStore *self, const char *name);
/* All organisations by name; @kind < 0 for every kind. */
GListModel   *ot_store_list_organisations     (OtStore *self, int kind, GError **error);
gboolean      ot_store_set_organisation_kind  (OtStore *self, gint64 id, OtOrganisationKind kind, GError **error);
/* Moves every reference from @duplicate_id to @keep_id, then deletes the duplicate. */
gboolean      ot_store_merge_organisations    (OtStore *self, gint64 keep_id, gint64 duplicate_id, GError **error);

gint64        ot_store_add_person             (OtStore *self, const char *name, gint64 organisation_id,
                                               const char *function, const char *email, GError **error);
OtPerson     *ot_store_get_person             (OtStore *self, gint64 id, GError **error);
/* Case-insensitive match on the whole name; 0 when there is none or it is ambiguous. */
gint64        ot_store_find_person            (OtStore *self, const char *name);
/* People by name; @organisation_id 0 for everyone. */
GListModel   *ot_store_list_people            (OtStore *self, gint64 organisation_id, GError **error);
gboolean      ot_store_set_person_organisation (OtStore *self, gint64 id, gint64 organisation_id, GError **error);
gboolean      ot_store_merge_people           (OtStore *self, gint64 keep_id, gint64 duplicate_id, GError **error);

/* ---- Series and meetings (ot-store-meetings.c) ---- */

gint64        ot_store_add_series             (OtStore *self, const char *name, OtSeriesKind kind,
                                               const char *description, GError **error);
OtSeries     *ot_store_get_series             (OtStore *self, gint64 id, GError **error);
GListModel   *ot_store_list_series            (OtStore *self, GError **error);

/* @date is YYYY-MM-DD, times HH:MM or NULL; people 0 for none. The meeting starts as planned. */
gint64        ot_store_add_meeting            (OtStore *self, gint64 series_id, const char *title,
                                               const char *date, const char *start_time,
                                               const char *end_time, const char *location,
                                               gint64 chair_id, gint64 minute_taker_id, GError **error);
OtMeeting    *ot_store_get_meeting            (OtStore *self, gint64 id, GError **error);
/* Newest first; @series_id 0 for all series. */
GListModel   *ot_store_list_meetings          (OtStore *self, gint64 series_id, GError **error);
/* The meeting of the same series just before this one; 0 when it is the first. */
gint64        ot_store_get_previous_meeting   (OtStore *self, gint64 meeting_id);
gboolean      ot_store_set_meeting_status     (OtStore *self, gint64 id, OtMeetingStatus status, GError **error);
gboolean      ot_store_set_meeting_people     (OtStore *self, gint64 id, gint64 chair_id,
                                               gint64 minute_taker_id, GError **error);
/* Approves @meeting_id's minutes in the later meeting @approved_in_id, with optional amendments. */
gboolean      ot_store_approve_meeting        (OtStore *self, gint64 meeting_id, gint64 approved_in_id,
                                               const char *amendments, GError **error);
/* Makes approved minutes editable again: back to draft. */
gboolean      ot_store_reopen_meeting         (OtStore *self, gint64 meeting_id, GError **error);
/* Approved minutes are read-only: every change below checks this and refuses. */
gboolean      ot_store_meeting_is_editable    (OtStore *self, gint64 meeting_id, GError **error);

/* Attendance: a person (optionally for an organisation) or a whole organisation. */
gint64        ot_store_add_attendance         (OtStore *self, gint64 meeting_id, gint64 person_id,
                                               gint64 organisation_id, OtAttendanceState state,
                                               OtAttendanceRole role, GError **error);
gboolean      ot_store_set_attendance_state   (OtStore *self, gint64 attendance_id,
                                               OtAttendanceState state, GError **error);
gboolean      ot_store_set_attendance_role    (OtStore *self, gint64 attendance_id,
                                               OtAttendanceRole role, GError **error);
/* Present first, then excused, then absent; within a state by organisation, then name. */
GListModel   *ot_store_list_attendance        (OtStore *self, gint64 meeting_id, GError **error);
/* Counts per OtAttendanceState, into @counts[3]. */
void          ot_store_count_attendance       (OtStore *self, gint64 meeting_id, guint counts[3]);

/* ---- Agenda, statements and decisions (ot-store-agenda.c) ---- */

/* Appends an item (or a sub-item under @parent_id) at the end; @planned_minutes -1 for none. */
gint64        ot_store_add_agenda_item        (OtStore *self, gint64 meeting_id, gint64 parent_id,
                                               const char *title, GError **error);
OtAgendaItem *ot_store_get_agenda_item        (OtStore *self, gint64 id, GError **error);
/* The whole agenda in reading order (each item followed by its sub-items), numbered "1", "1.1"… */
GListModel   *ot_store_list_agenda            (OtStore *self, gint64 meeting_id, GError **error);
/* Moves an item to @position (0-based) among the children of @parent_id (0: top level). */
gboolean      ot_store_move_agenda_item       (OtStore *self, gint64 id, gint64 parent_id,
                                               guint position, GError **error);
gboolean      ot_store_set_agenda_item_details (OtStore *self, gint64 id, gint64 submitted_by_id,
                                                gint64 presenter_id, int planned_minutes,
                                                gboolean is_addition, GError **error);

gint64        ot_store_add_statement          (OtStore *self, gint64 agenda_item_id,
                                               gint64 speaker_person_id, gint64 speaker_organisation_id,
                                               const char *speaker_label, OtStatementKind kind,
                                               const char *text, GError **error);
GListModel   *ot_store_list_statements        (OtStore *self, gint64 agenda_item_id, GError **error);
gboolean      ot_store_set_statement_kind     (OtStore *self, gint64 id, OtStatementKind kind, GError **error);

gint64        ot_store_add_decision           (OtStore *self, gint64 agenda_item_id, OtDecisionKind kind,
                                               const char *text, GError **error);
GListModel   *ot_store_list_decisions         (OtStore *self, gint64 agenda_item_id, GError **error);
gboolean      ot_store_set_decision_kind      (OtStore *self, gint64 id, OtDecisionKind kind, GError **error);

/* ---- Actions (ot-store-actions.c) ---- */

/* Owner is a person, an organisation or free text (any may be 0/NULL); @due_date YYYY-MM-DD or NULL. */
gint64        ot_store_add_action             (OtStore *self, gint64 meeting_id, gint64 agenda_item_id,
                                               const char *text, gint64 owner_person_id,
                                               gint64 owner_organisation_id, const char *owner_text,
                                               const char *due_date, GError **error);
OtAction     *ot_store_get_action             (OtStore *self, gint64 id, GError **error);
gboolean      ot_store_set_action_due         (OtStore *self, gint64 id, const char *due_date, GError **error);
gboolean      ot_store_set_action_owner       (OtStore *self, gint64 id, gint64 owner_person_id,
                                               gint64 owner_organisation_id, const char *owner_text,
                                               GError **error);
/* Done or dropped closes the action in @in_meeting_id; open reopens it. */
gboolean      ot_store_set_action_status      (OtStore *self, gint64 id, OtActionStatus status,
                                               gint64 in_meeting_id, GError **error);
/* Reviewed in @in_meeting_id and kept open: it carries over to the next meeting's list. */
gboolean      ot_store_keep_action_open       (OtStore *self, gint64 id, gint64 in_meeting_id, GError **error);
/* Actions created in this meeting. */
GListModel   *ot_store_list_meeting_actions   (OtStore *self, gint64 meeting_id, GError **error);
/* "Actielijst verslag vorige keer": the open actions of earlier meetings of the same series,
 * plus those closed in this meeting. */
GListModel   *ot_store_list_previous_actions  (OtStore *self, gint64 meeting_id, GError **error);

typedef struct
{
  gboolean    open_only;
  const char *overdue_on;        /* YYYY-MM-DD: only open actions due before this day; NULL: any */
  const char *owner;             /* substring of the owner's name, case-insensitive; NULL: any */
  gint64      organisation_id;   /* the owner or the owner's organisation; 0: any */
  gint64      series_id;         /* 0: any */
} OtActionFilter;

/* Across all meetings, by due date (undated last). */
GListModel   *ot_store_list_actions           (OtStore *self, const OtActionFilter *filter, GError **error);
guint         ot_store_count_overdue_actions  (OtStore *self, const char *today);

/* ---- Documents (ot-store-documents.c) ---- */

gint64        ot_store_add_document           (OtStore *self, gint64 meeting_id, gint64 agenda_item_id,
                                               const char *title, const char *file_name,
                                               const char *mime_type, GBytes *content, GError **error);
GListModel   *ot_store_list_documents         (OtStore *self, gint64 meeting_id, GError **error);
GBytes       *ot_store_get_document_content   (OtStore *self, gint64 id, GError **error);

/* ---- Editing single fields (ot-store-fields.c) ---- */

/* The text fields a user can edit in place. Each edit is stored at once, as its own change. */
typedef enum
{
  OT_FIELD_ORGANISATION_NAME,
  OT_FIELD_ORGANISATION_SHORT_NAME,
  OT_FIELD_PERSON_NAME,
  OT_FIELD_PERSON_FUNCTION,
  OT_FIELD_PERSON_EMAIL,
  OT_FIELD_SERIES_NAME,
  OT_FIELD_SERIES_DESCRIPTION,
  OT_FIELD_MEETING_TITLE,
  OT_FIELD_MEETING_DATE,
  OT_FIELD_MEETING_START_TIME,
  OT_FIELD_MEETING_END_TIME,
  OT_FIELD_MEETING_LOCATION,
  OT_FIELD_AGENDA_ITEM_TITLE,
  OT_FIELD_AGENDA_ITEM_NOTES,
  OT_FIELD_STATEMENT_TEXT,
  OT_FIELD_STATEMENT_SPEAKER_LABEL,
  OT_FIELD_DECISION_TEXT,
  OT_FIELD_ACTION_TEXT,
} OtField;

gboolean      ot_store_set_text               (OtStore *self, OtField field, gint64 id,
                                               const char *text, GError **error);

/* The tables a user can delete rows of; deleting takes the row's dependants with it. */
typedef enum
{
  OT_ROW_ORGANISATION,
  OT_ROW_PERSON,
  OT_ROW_SERIES,
  OT_ROW_MEETING,
  OT_ROW_ATTENDANCE,
  OT_ROW_AGENDA_ITEM,
  OT_ROW_STATEMENT,
  OT_ROW_DECISION,
  OT_ROW_ACTION,
  OT_ROW_DOCUMENT,
} OtRowKind;

/* Deletes a row and what depends on it. Returns an opaque record that
 * ot_store_undo_delete() puts back exactly (same ids), or NULL on error. */
GBytes       *ot_store_delete                 (OtStore *self, OtRowKind kind, gint64 id, GError **error);
gboolean      ot_store_undo_delete            (OtStore *self, GBytes *record, GError **error);

/* ---- Full-text search (ot-store-search.c) ---- */

/* Words are matched as prefixes, diacritics ignored; best hits first. */
GListModel   *ot_store_search                 (OtStore *self, const char *text, guint limit, GError **error);

G_END_DECLS
