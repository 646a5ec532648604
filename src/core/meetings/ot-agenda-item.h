/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-agenda-item.h: an agenda item of a meeting, possibly a sub-item, with its minutes notes (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_AGENDA_ITEM (ot_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (OtAgendaItem, ot_agenda_item, OT, AGENDA_ITEM, OtRecord)

gint64       ot_agenda_item_get_id (OtAgendaItem *self);
gint64       ot_agenda_item_get_meeting_id (OtAgendaItem *self);
gint64       ot_agenda_item_get_parent_id (OtAgendaItem *self);
int          ot_agenda_item_get_position (OtAgendaItem *self);
const char * ot_agenda_item_get_number (OtAgendaItem *self);
const char * ot_agenda_item_get_title (OtAgendaItem *self);
gint64       ot_agenda_item_get_submitted_by_id (OtAgendaItem *self);
const char * ot_agenda_item_get_submitted_by_name (OtAgendaItem *self);
gint64       ot_agenda_item_get_presenter_id (OtAgendaItem *self);
const char * ot_agenda_item_get_presenter_name (OtAgendaItem *self);
int          ot_agenda_item_get_planned_minutes (OtAgendaItem *self);
const char * ot_agenda_item_get_notes (OtAgendaItem *self);
gboolean     ot_agenda_item_get_is_addition (OtAgendaItem *self);

G_END_DECLS
