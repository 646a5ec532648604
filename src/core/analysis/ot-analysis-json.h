/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-json.h: the anonymised analysis as JSON, for the CLI and for scripts. */
#pragma once

#include <json-glib/json-glib.h>

#include "analysis/ot-analysis.h"

G_BEGIN_DECLS

/* Only what the exports show: there is no "min" or "max" key, and a hidden figure is
 * {"suppressed": true, "reason": "too_few_submissions" | "dominance" | "secondary"}
 * with no number beside it. */
JsonNode *ot_analysis_to_json_node (const OtAnalysis *analysis);
/* Numbers are printed as rounded (37.1, not 37.100000000000001), as ot_json_to_text() does. */
char     *ot_analysis_to_json      (const OtAnalysis *analysis,
                                    gboolean          pretty);

G_END_DECLS
