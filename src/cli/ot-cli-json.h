/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-json.h: JSON objects for the entities of the store, with the field names documented in the README. */
#pragma once

#include <json-glib/json-glib.h>

#include "ot-store.h"

G_BEGIN_DECLS

/* Each returns a new object node. Absent values (no id, no text) are JSON null, so every
 * documented field is always present. Dates are YYYY-MM-DD, enumerations their stored names. */
JsonNode   *ot_cli_json_series        (OtSeries     *series);
JsonNode   *ot_cli_json_meeting       (OtMeeting    *meeting);
JsonNode   *ot_cli_json_attendance    (OtAttendance *attendance);
/* The item's own fields, with empty "statements" and "decisions" lists to fill. */
JsonNode   *ot_cli_json_agenda_item   (OtAgendaItem *item);
JsonNode   *ot_cli_json_statement     (OtStatement  *statement);
JsonNode   *ot_cli_json_decision      (OtDecision   *decision);
/* @today (YYYY-MM-DD) decides "overdue": open and due before today. */
JsonNode   *ot_cli_json_action        (OtAction     *action,
                                       const char   *today);
JsonNode   *ot_cli_json_document      (OtDocument   *document);
JsonNode   *ot_cli_json_search_hit    (OtSearchHit  *hit);

typedef JsonNode *(*OtCliJsonFunc) (gpointer item);

/* An array node of @func applied to every item of @model. */
JsonNode   *ot_cli_json_list          (GListModel   *model,
                                       OtCliJsonFunc func);
/* Like ot_cli_json_list() for a list of OtAction. */
JsonNode   *ot_cli_json_action_list   (GListModel   *actions,
                                       const char   *today);

/* Everything the store holds for one meeting: its fields, then "attendance",
 * "attendance_counts", "agenda" (items with their statements and decisions), "actions",
 * "previous_actions" and "documents". */
JsonNode   *ot_cli_json_meeting_full  (OtStore      *store,
                                       gint64        meeting_id,
                                       const char   *today,
                                       GError      **error);

/* Today's date as YYYY-MM-DD, in local time. */
char       *ot_cli_today              (void);

G_END_DECLS
