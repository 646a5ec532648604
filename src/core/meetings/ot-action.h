/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-action.h: an action item: who does what by when, created in one meeting and closed in a later one (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_ACTION (ot_action_get_type ())
G_DECLARE_FINAL_TYPE (OtAction, ot_action, OT, ACTION, OtRecord)

gint64       ot_action_get_id (OtAction *self);
gint64       ot_action_get_meeting_id (OtAction *self);
const char * ot_action_get_meeting_title (OtAction *self);
const char * ot_action_get_meeting_date (OtAction *self);
gint64       ot_action_get_series_id (OtAction *self);
const char * ot_action_get_series_name (OtAction *self);
gint64       ot_action_get_agenda_item_id (OtAction *self);
int          ot_action_get_position (OtAction *self);
const char * ot_action_get_text (OtAction *self);
gint64       ot_action_get_owner_person_id (OtAction *self);
gint64       ot_action_get_owner_organisation_id (OtAction *self);
const char * ot_action_get_owner_text (OtAction *self);
const char * ot_action_get_owner (OtAction *self);
const char * ot_action_get_owner_organisation_name (OtAction *self);
const char * ot_action_get_due_date (OtAction *self);
OtActionStatus ot_action_get_status (OtAction *self);
gint64       ot_action_get_closed_in_id (OtAction *self);
gint64       ot_action_get_last_reviewed_in_id (OtAction *self);

G_END_DECLS
