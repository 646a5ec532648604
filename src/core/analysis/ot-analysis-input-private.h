/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-input-private.h: the layout of OtAnalysisInput, for the analysis itself. */
#pragma once

#include "analysis/ot-analysis-input.h"

G_BEGIN_DECLS

typedef struct
{
  char   *code;
  char   *name;
  double  tariff;       /* NAN when the region set none */
} OtInputProduct;

typedef struct
{
  /* (n_products + 1) rows of n_fields values, NAN when absent; the last row holds the
   * provider-level fields. */
  double *values;
  double *periodiek;
  guint   n_steps;
} OtInputSubmission;

struct _OtAnalysisInput
{
  GArray    *products;       /* OtInputProduct */
  GPtrArray *submissions;    /* OtInputSubmission */
  guint      n_fields;
};

G_END_DECLS
