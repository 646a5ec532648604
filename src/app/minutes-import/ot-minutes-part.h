/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-part.h: one recognised part of imported minutes under review, whose kind the user may change. */
#pragma once

#include <glib-object.h>

#include "minutes-import/ot-minutes-result.h"

G_BEGIN_DECLS

/* The order is that of the kind chooser in the review dialog. */
typedef enum
{
  OT_MINUTES_PART_NOTE,
  OT_MINUTES_PART_QUESTION,
  OT_MINUTES_PART_ANSWER,
  OT_MINUTES_PART_REMARK,
  OT_MINUTES_PART_DECISION,
  OT_MINUTES_PART_ACTION,
  OT_MINUTES_PART_N_KINDS,
} OtMinutesPartKind;

#define OT_TYPE_MINUTES_PART (ot_minutes_part_get_type ())
G_DECLARE_FINAL_TYPE (OtMinutesPart, ot_minutes_part, OT, MINUTES_PART, GObject)

/* Copies of the note, statement, decision or action; @item is the agenda item it belongs to
 * (NULL for the closing action list and the lines before the first item) and must outlive the part. */
OtMinutesPart    *ot_minutes_part_new_note      (OtMinutesItem            *item,
                                                 const OtMinutesNote      *note);
OtMinutesPart    *ot_minutes_part_new_statement (OtMinutesItem            *item,
                                                 const OtMinutesStatement *statement);
OtMinutesPart    *ot_minutes_part_new_decision  (OtMinutesItem            *item,
                                                 const OtMinutesDecision  *decision);
OtMinutesPart    *ot_minutes_part_new_action    (OtMinutesItem            *item,
                                                 const OtMinutesAction    *action);

OtMinutesPartKind ot_minutes_part_get_kind      (OtMinutesPart            *self);
void              ot_minutes_part_set_kind      (OtMinutesPart            *self,
                                                 OtMinutesPartKind         kind);
const char       *ot_minutes_part_get_text      (OtMinutesPart            *self);
/* The speaker of a statement or the owner of an action; NULL when there is none. */
const char       *ot_minutes_part_get_person    (OtMinutesPart            *self);
const char       *ot_minutes_part_get_due       (OtMinutesPart            *self);
OtMinutesSpan     ot_minutes_part_get_span      (OtMinutesPart            *self);
OtMinutesItem    *ot_minutes_part_get_item      (OtMinutesPart            *self);
const char       *ot_minutes_part_kind_label    (OtMinutesPartKind         kind);

/* Adds the part, as its current kind, to @item's lists (or, for @item NULL, to the result's
 * closing actions and notes; statements and decisions there go to @fallback when given). */
void              ot_minutes_part_add_to        (OtMinutesPart            *self,
                                                 OtMinutesResult          *result,
                                                 OtMinutesItem            *fallback);

G_END_DECLS
