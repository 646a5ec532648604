/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-confidential.h: CONFIDENTIAL helpers for the adviser's own view (vertrouwelijk). */
#pragma once

#include <glib.h>

#include "analysis/ot-analysis-input.h"

G_BEGIN_DECLS

/* Everything declared here works on individual submissions and shows single values. It is for
 * the adviser's in-app view marked "vertrouwelijk" only: never feed it to an export, the CLI's
 * JSON or anything else that leaves the app. Nothing in OtAnalysis depends on it. */

typedef enum
{
  OT_CONFIDENTIAL_OUTLIER_LOW,
  OT_CONFIDENTIAL_OUTLIER_HIGH,
} OtConfidentialOutlierSide;

typedef struct
{
  guint                     submission;   /* the index the input handed out */
  double                    value;
  OtConfidentialOutlierSide side;
} OtConfidentialOutlier;

/* Values of one field of one product beyond 1.5 IQR from the quartiles (Tukey's fences, type 7
 * quartiles over all submissions that gave the field, no threshold). Returns an array of
 * OtConfidentialOutlier in submission order; empty below four values, where quartiles say
 * nothing. The fences are stored when asked for. */
GArray *ot_confidential_flag_outliers (const OtAnalysisInput *input,
                                       const char            *product_code,
                                       const char            *key,
                                       double                *lower_fence,
                                       double                *upper_fence,
                                       GError               **error);

G_END_DECLS
