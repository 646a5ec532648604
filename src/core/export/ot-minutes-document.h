/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-document.h: the minutes of one meeting as plain values, ready to typeset, and their public version. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/* How the attendance list appears. FULL names people; the others are for public versions. */
typedef enum
{
  OT_MINUTES_ATTENDANCE_FULL,
  OT_MINUTES_ATTENDANCE_ORGANISATIONS,  /* the organisations (by role word when public), per kind */
  OT_MINUTES_ATTENDANCE_COUNTS,         /* the number of people and organisations per kind */
  OT_MINUTES_ATTENDANCE_NONE,
} OtMinutesAttendanceMode;

/* Parses "full", "organisations", "counts" or "none". */
gboolean ot_minutes_attendance_mode_from_string (const char *text, OtMinutesAttendanceMode *mode);

/* One person (or a whole organisation) on the attendance list. */
typedef struct
{
  gint64             person_id;
  char              *name;           /* the person; NULL for a whole organisation */
  char              *function;
  char              *organisation;
  gint64             organisation_id;
  OtOrganisationKind kind;
  OtAttendanceState  state;
  OtAttendanceRole   role;
} OtMinutesDocAttendee;

/* One line of the attendance list as typeset: "Syndion" — "Jenny van der Hoek (adviseur)". */
typedef struct
{
  OtAttendanceState state;
  char             *label;          /* organisation or kind; bold */
  char             *members;        /* may be NULL */
} OtMinutesDocAttendanceLine;

typedef struct
{
  char           *speaker;
  gint64          speaker_person_id;
  gint64          speaker_organisation_id;
  OtStatementKind kind;
  char           *text;
} OtMinutesDocStatement;

typedef struct
{
  OtDecisionKind kind;
  char          *text;
} OtMinutesDocDecision;

typedef struct
{
  gint64     id;
  char      *number;               /* "2", "2.1" */
  guint      depth;                /* 0 for an item, 1 for a sub-item */
  char      *title;
  char      *submitted_by;
  gint64     submitted_by_id;
  char      *presenter;
  gint64     presenter_id;
  char      *notes;
  gboolean   is_addition;
  GPtrArray *statements;           /* OtMinutesDocStatement */
  GPtrArray *decisions;            /* OtMinutesDocDecision */
} OtMinutesDocItem;

typedef struct
{
  char          *number;           /* "1", "2" in this list */
  char          *text;
  char          *owner;
  gint64         owner_person_id;
  gint64         owner_organisation_id;
  char          *due_date;         /* YYYY-MM-DD or NULL */
  char          *origin_date;      /* the meeting that created it, YYYY-MM-DD */
  char          *item_number;      /* its agenda item in that meeting, or NULL */
  OtActionStatus status;
} OtMinutesDocAction;

typedef struct
{
  gint64                  meeting_id;
  char                   *series_name;
  OtSeriesKind            series_kind;
  char                   *title;
  char                   *date;           /* YYYY-MM-DD */
  char                   *start_time;
  char                   *end_time;
  char                   *location;
  char                   *chair;
  gint64                  chair_id;
  char                   *minute_taker;
  gint64                  minute_taker_id;
  OtMeetingStatus         status;
  char                   *approved_on;    /* YYYY-MM-DD when approved */
  char                   *approval_notes;
  char                   *author;         /* PDF author; NULL: none */
  gboolean                is_public;
  OtMinutesAttendanceMode attendance_mode;
  GPtrArray              *attendees;          /* OtMinutesDocAttendee, as stored */
  GPtrArray              *attendance;         /* OtMinutesDocAttendanceLine, as typeset */
  GPtrArray              *items;              /* OtMinutesDocItem in reading order */
  GPtrArray              *previous_actions;   /* OtMinutesDocAction */
  GPtrArray              *actions;            /* OtMinutesDocAction */
} OtMinutesDocument;

OtMinutesDocument *ot_minutes_document_new_from_store (OtStore   *store,
                                                       gint64     meeting_id,
                                                       GError   **error);
void               ot_minutes_document_free           (OtMinutesDocument *self);

/* Changes how the attendance list appears (regrouping the stored attendees). */
void               ot_minutes_document_set_attendance_mode (OtMinutesDocument       *self,
                                                            OtMinutesAttendanceMode  mode);

/* Turns the document into its public version (see ot-export-anonymiser.h for the role words):
 * every name in every field and free text is replaced, the attendance list becomes @mode
 * (FULL is taken as ORGANISATIONS). @extra_names are names the user confirmed. Returns the
 * capitalised words that look like names but are not known, for the user to review; never NULL. */
char             **ot_minutes_document_make_public    (OtMinutesDocument       *self,
                                                       OtStore                 *store,
                                                       OtMinutesAttendanceMode  mode,
                                                       const char * const      *extra_names,
                                                       GError                 **error);

/* Dutch words for the document: "29 augustus 2016", "afgerond", "Aanbieders". The minutes are
 * a Dutch document whatever the language of the program, so these are not translated. */
char              *ot_minutes_format_date             (const char *iso_date);
const char        *ot_minutes_action_status_word      (OtActionStatus status);
const char        *ot_minutes_statement_kind_word     (OtStatementKind kind);
const char        *ot_minutes_decision_kind_word      (OtDecisionKind kind);
const char        *ot_minutes_organisation_kind_plural (OtOrganisationKind kind);
const char        *ot_minutes_series_kind_word        (OtSeriesKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtMinutesDocument, ot_minutes_document_free)

G_END_DECLS
