/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-result.h: the structure recognised in imported minutes, before it is stored. */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Lines of the source text (1-based, inclusive) a recognised part came from, so that a
 * review UI can highlight it; 0/0 when the part has no source of its own. */
typedef struct
{
  guint first;
  guint last;
} OtMinutesSpan;

typedef enum
{
  OT_MINUTES_STATUS_APPROVED,
  OT_MINUTES_STATUS_DRAFT,
  OT_MINUTES_STATUS_PLANNED,
} OtMinutesStatus;

typedef enum
{
  OT_MINUTES_PRESENT,
  OT_MINUTES_EXCUSED,
  OT_MINUTES_ABSENT,
} OtMinutesAttendance;

typedef enum
{
  OT_MINUTES_QUESTION,
  OT_MINUTES_ANSWER,
  OT_MINUTES_REMARK,
} OtMinutesStatementKind;

typedef enum
{
  OT_MINUTES_BESLUIT,
  OT_MINUTES_AFSPRAAK,
} OtMinutesDecisionKind;

typedef struct
{
  char               *name;          /* NULL when a whole organisation attended */
  char               *organisation;
  char               *function;
  OtMinutesAttendance state;
  OtMinutesSpan       span;
} OtMinutesAttendee;

typedef struct
{
  char                  *speaker;    /* person, organisation or group label; may be NULL */
  OtMinutesStatementKind kind;
  char                  *text;
  OtMinutesSpan          span;
} OtMinutesStatement;

typedef struct
{
  char                 *text;
  OtMinutesDecisionKind kind;
  OtMinutesSpan         span;
} OtMinutesDecision;

typedef struct
{
  char         *text;
  char         *owner;               /* may be NULL */
  char         *due;                 /* YYYY-MM-DD or NULL */
  gboolean      done;                /* marked as finished in a previous action list */
  gboolean      previous;            /* from the action list of the previous meeting */
  OtMinutesSpan span;
} OtMinutesAction;

typedef struct
{
  char         *text;
  OtMinutesSpan span;
} OtMinutesNote;

typedef struct _OtMinutesItem OtMinutesItem;
struct _OtMinutesItem
{
  char         *number;              /* "3", "3.1"; NULL for unnumbered items */
  char         *title;
  OtMinutesSpan span;                /* the heading line */
  GPtrArray    *notes;               /* OtMinutesNote */
  GPtrArray    *statements;          /* OtMinutesStatement */
  GPtrArray    *decisions;           /* OtMinutesDecision */
  GPtrArray    *actions;             /* OtMinutesAction */
  GPtrArray    *children;            /* OtMinutesItem */
};

typedef struct
{
  char           *title;
  char           *date;              /* YYYY-MM-DD or NULL */
  char           *location;
  char           *chair;
  /* Where the title, date, location and chair were found; 0/0 when not found. */
  OtMinutesSpan   title_span;
  OtMinutesSpan   date_span;
  OtMinutesSpan   location_span;
  OtMinutesSpan   chair_span;
  OtMinutesStatus status;
  gboolean        approves_previous; /* the minutes of the previous meeting were approved */
  GPtrArray      *attendees;         /* OtMinutesAttendee */
  GPtrArray      *agenda;            /* OtMinutesItem */
  GPtrArray      *actions;           /* OtMinutesAction: a closing action list */
  GPtrArray      *notes;             /* OtMinutesNote: lines before the first item not recognised */
  GArray         *structure;         /* OtMinutesSpan of headings and labels recognised as such */
  guint           unrecognised_lines;
  char          **source_lines;      /* the text that spans refer to, line 1 at index 0 */
} OtMinutesResult;

OtMinutesResult *ot_minutes_result_new   (void);
void             ot_minutes_result_free  (OtMinutesResult *result);
OtMinutesItem   *ot_minutes_item_new     (const char *number,
                                          const char *title);
void             ot_minutes_item_free    (OtMinutesItem *item);

/* Counts over the whole agenda, children included. */
guint            ot_minutes_result_count_statements (const OtMinutesResult *result);
guint            ot_minutes_result_count_actions    (const OtMinutesResult *result);

const char      *ot_minutes_status_to_string        (OtMinutesStatus status);
const char      *ot_minutes_attendance_to_string    (OtMinutesAttendance state);
const char      *ot_minutes_statement_kind_to_string (OtMinutesStatementKind kind);
const char      *ot_minutes_decision_kind_to_string (OtMinutesDecisionKind kind);

JsonNode        *ot_minutes_result_to_json (const OtMinutesResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtMinutesResult, ot_minutes_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtMinutesItem, ot_minutes_item_free)

G_END_DECLS
