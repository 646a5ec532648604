/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cost-model.h: the model cost price recomputed from a rekentool's components (DESIGN.md). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The parts of the model cost price, in stacking order; they add up to the total. */
typedef enum
{
  OT_COST_PART_LOON,                  /* bruto uurloon */
  OT_COST_PART_OPSLAGEN,              /* vakantiegeld, eindejaarsuitkering, ORT */
  OT_COST_PART_WERKGEVERSLASTEN,      /* werkgeverslasten and overige personeelskosten */
  OT_COST_PART_PRODUCTIVITEITSVERLIES,
  OT_COST_PART_MATERIEEL,
  OT_COST_PART_REIS,
  OT_COST_PART_OVERHEAD,
  OT_COST_PART_RISICO,
  OT_COST_N_PARTS
} OtCostPart;

typedef struct
{
  double   total;
  double   part[OT_COST_N_PARTS];
  double   productivity;            /* the productivity actually used */
  gboolean productivity_derived;    /* 1 − the five non-productive shares */
  /* Per part, the catalogue fields whose values it was computed from, as a bit mask over
   * catalogue positions (ot_cost_field_get_all()); a disclosure rule uses it to know which
   * parts a hidden input would reveal. */
  guint64  part_inputs[OT_COST_N_PARTS];
  guint64  total_inputs;
} OtCostBreakdown;

/* Returns TRUE and sets *value when the component key is known. */
typedef gboolean (*OtCostValueFunc) (const char *key,
                                     double     *value,
                                     gpointer    user_data);

gboolean    ot_cost_model_compute      (OtCostValueFunc  get_value,
                                        gpointer         user_data,
                                        OtCostBreakdown *out,
                                        GError         **error);
/* Productivity from the five non-productive shares; absent shares count as 0.
 * Returns FALSE when none of the five is known. */
gboolean    ot_cost_model_derive_productivity (OtCostValueFunc get_value,
                                               gpointer        user_data,
                                               double         *productivity);
/* "loon", "opslagen", … for files; the label is Dutch, as in the catalogue. */
const char *ot_cost_part_to_string     (OtCostPart part);
const char *ot_cost_part_get_label     (OtCostPart part);

G_END_DECLS
