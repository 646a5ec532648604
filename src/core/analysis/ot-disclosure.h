/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-disclosure.h: statistical disclosure control rules (DESIGN.md, "Anonymisation"). */
#pragma once

#include <glib.h>

#include "analysis/ot-cost-field.h"

G_BEGIN_DECLS

/* Why a figure is hidden. Only the class is ever shown, never the counts behind it. */
typedef enum
{
  OT_SUPPRESSION_NONE,
  OT_SUPPRESSION_TOO_FEW,     /* threshold rule */
  OT_SUPPRESSION_DOMINANCE,   /* dominance or p % rule: one or two providers would be recognisable */
  OT_SUPPRESSION_SECONDARY,   /* hidden so that another hidden figure cannot be computed back */
} OtSuppression;

typedef struct
{
  guint    min_submissions;   /* threshold n; never taken below 3 (default 5) */
  double   dominance_one;     /* k: the largest contributor's share may not exceed this (0.50) */
  double   dominance_two;     /* the two largest together may not exceed this (0.85) */
  gboolean p_rule;            /* the optional p % rule (off) */
  double   p_pct;             /* p, in percent (10) */
} OtDisclosureRules;

#define OT_DISCLOSURE_MIN_FLOOR 3
/* The loosest dominance limits an analysis accepts: DESIGN.md's k = 50 % for the largest
 * contributor and 85 % for the two largest. A lower (stricter) limit is always allowed. */
#define OT_DISCLOSURE_MAX_DOMINANCE_ONE 0.50
#define OT_DISCLOSURE_MAX_DOMINANCE_TWO 0.85

/* An additive cell: a part of a total, or the total itself. */
typedef struct
{
  double        value;
  OtSuppression suppression;
} OtCell;

void          ot_disclosure_rules_init          (OtDisclosureRules       *rules);
/* Tightens @rules to the floors: the threshold up to OT_DISCLOSURE_MIN_FLOOR, the dominance
 * limits down to OT_DISCLOSURE_MAX_DOMINANCE_ONE and _TWO. Stricter rules stay as they are. */
void          ot_disclosure_rules_enforce_floors (OtDisclosureRules      *rules);
/* The threshold actually applied: min_submissions, but at least OT_DISCLOSURE_MIN_FLOOR. */
guint         ot_disclosure_get_minimum         (const OtDisclosureRules *rules);
/* Dominance (n = 1 and n = 2 rule) over non-negative contributions, e.g. hours per year. */
gboolean      ot_disclosure_is_dominated        (const OtDisclosureRules *rules,
                                                 const double            *contributions,
                                                 gsize                    n);
gboolean      ot_disclosure_fails_p_rule        (double                   p_pct,
                                                 const double            *contributions,
                                                 gsize                    n);
/* Threshold, dominance and (when switched on) the p % rule for a magnitude figure. */
OtSuppression ot_disclosure_check_magnitude     (const OtDisclosureRules *rules,
                                                 const double            *contributions,
                                                 gsize                    n);
/* Euros to 0.05, fractions to 0.001 (0.1 percentage point), hours and counts to 1. */
double        ot_disclosure_round               (double                   value,
                                                 OtCostUnit               unit);
/* Makes sure no hidden part can be computed as total − shown parts (and the total not as the
 * sum of the parts): hides the total (prefer_total) or the smallest non-zero shown part. */
void          ot_disclosure_protect_sum         (OtCell                  *parts,
                                                 gsize                    n_parts,
                                                 OtCell                  *total,
                                                 gboolean                 prefer_total);
/* "too_few_submissions", "dominance", "secondary"; NULL for OT_SUPPRESSION_NONE. */
const char   *ot_suppression_to_string          (OtSuppression            suppression);
/* The footnote text for a reader, translated. */
const char   *ot_suppression_describe           (OtSuppression            suppression);

G_END_DECLS
