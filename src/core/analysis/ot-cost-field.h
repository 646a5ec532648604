/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cost-field.h: the canonical catalogue of cost-price fields of a rekentool (DESIGN.md). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OT_COST_UNIT_TEXT,
  OT_COST_UNIT_EUR_PER_HOUR,
  OT_COST_UNIT_FRACTION,        /* stored as a fraction: 0.08 is 8 % */
  OT_COST_UNIT_HOURS,
  OT_COST_UNIT_COUNT,
  OT_COST_UNIT_FTE_PER_STEP,    /* a small table: FTE per step of the salary scale */
} OtCostUnit;

typedef enum
{
  OT_COST_SCOPE_PRODUCT,        /* one value per product */
  OT_COST_SCOPE_PROVIDER,       /* one value per submission */
} OtCostScope;

typedef struct
{
  const char         *key;
  /* Dutch, fixed: the rekentool template and the reports use this wording whatever the UI language. */
  const char         *label;
  OtCostUnit          unit;
  /* Plausible range; -INFINITY/INFINITY when open, NAN for text and tables. */
  double              min;
  double              max;
  OtCostScope         scope;
  /* An input of the model cost price formula. */
  gboolean            model_component;
  /* For text fields with a fixed list (cao): the choices, NULL-terminated; otherwise NULL. */
  const char * const *choices;
} OtCostField;

/* The fields in the catalogue's canonical order; n_fields receives the count. */
const OtCostField *ot_cost_field_get_all           (guint       *n_fields);
/* NULL when key is not a canonical field. */
const OtCostField *ot_cost_field_lookup            (const char  *key);
/* A single number per product or per submission (not text, not a table). */
gboolean           ot_cost_field_is_numeric        (const OtCostField *field);
gboolean           ot_cost_field_is_plausible      (const OtCostField *field,
                                                    double             value);
/* The field's bit in a mask over catalogue positions (as OtCostBreakdown uses); 0 for an
 * unknown key. */
guint64            ot_cost_field_bit               (const char  *key);
/* "text", "eur_per_hour", "fraction", "hours", "count", "fte_per_step". */
const char        *ot_cost_unit_to_string          (OtCostUnit   unit);

G_END_DECLS
