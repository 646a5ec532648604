/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-format.h: readable, translated words and lines for the human output of the subcommands. */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/* Translated words for the enumerations, e.g. "present" → "aanwezig". */
const char *ot_cli_label_series_kind       (OtSeriesKind kind);
const char *ot_cli_label_meeting_status    (OtMeetingStatus status);
const char *ot_cli_label_attendance_state  (OtAttendanceState state);
const char *ot_cli_label_attendance_role   (OtAttendanceRole role);
const char *ot_cli_label_statement_kind    (OtStatementKind kind);
const char *ot_cli_label_decision_kind     (OtDecisionKind kind);
const char *ot_cli_label_action_status     (OtActionStatus status);

/* Prints @text with every line indented by @indent spaces, wrapped at a word before 100 columns. */
void        ot_cli_print_indented          (const char *text,
                                            int         indent);
/* The same with a hanging indent, for a labelled paragraph such as "Question — regio: …". */
void        ot_cli_print_hanging           (const char *text,
                                            int         indent);
/* One action as a readable block: status, text, owner, due date and, @with_meeting, where it was agreed. */
void        ot_cli_print_action            (OtAction   *action,
                                            const char *today,
                                            gboolean    with_meeting,
                                            int         indent);
G_END_DECLS
