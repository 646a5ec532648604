/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-statement.h: a question, answer or remark made under an agenda item, by a person, an organisation or a group (a read-only snapshot of a stored row). */
#pragma once

#include "ot-enums.h"
#include "ot-record.h"

G_BEGIN_DECLS

#define OT_TYPE_STATEMENT (ot_statement_get_type ())
G_DECLARE_FINAL_TYPE (OtStatement, ot_statement, OT, STATEMENT, OtRecord)

gint64       ot_statement_get_id (OtStatement *self);
gint64       ot_statement_get_agenda_item_id (OtStatement *self);
int          ot_statement_get_position (OtStatement *self);
gint64       ot_statement_get_speaker_person_id (OtStatement *self);
gint64       ot_statement_get_speaker_organisation_id (OtStatement *self);
const char * ot_statement_get_speaker_label (OtStatement *self);
const char * ot_statement_get_speaker (OtStatement *self);
OtStatementKind ot_statement_get_kind (OtStatement *self);
const char * ot_statement_get_text (OtStatement *self);

G_END_DECLS
