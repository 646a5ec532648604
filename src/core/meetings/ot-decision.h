/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-decision.h: a decision (besluit) or agreement (afspraak) under an agenda item (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_DECISION (ot_decision_get_type ())
G_DECLARE_FINAL_TYPE (OtDecision, ot_decision, OT, DECISION, OtRecord)

gint64       ot_decision_get_id (OtDecision *self);
gint64       ot_decision_get_agenda_item_id (OtDecision *self);
int          ot_decision_get_position (OtDecision *self);
OtDecisionKind ot_decision_get_kind (OtDecision *self);
const char * ot_decision_get_text (OtDecision *self);

G_END_DECLS
