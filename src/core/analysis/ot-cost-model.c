/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cost-model.c: the model cost price formula and its breakdown into stacked parts. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "analysis/ot-cost-field.h"
#include "analysis/ot-cost-model.h"

static const char * const nonproductive_keys[] = {
  "verlof_pct", "ziekteverzuim_pct", "scholing_pct", "overleg_pct", "reistijd_pct",
};

typedef struct
{
  OtCostValueFunc get_value;
  gpointer        user_data;
  guint64         used;       /* bits of the keys read so far */
} Reader;

/* A component left blank in a rekentool means the provider has none of it (no ORT, no
 * travel costs), so it counts as 0; the caller decides which ones are mandatory. */
static double
read_or_zero (Reader     *reader,
              const char *key)
{
  double value;

  if (!reader->get_value (key, &value, reader->user_data) || !isfinite (value))
    return 0.0;
  reader->used |= ot_cost_field_bit (key);
  return value;
}

static gboolean
read_value (Reader     *reader,
            const char *key,
            double     *value)
{
  if (!reader->get_value (key, value, reader->user_data) || !isfinite (*value))
    return FALSE;
  reader->used |= ot_cost_field_bit (key);
  return TRUE;
}

static gboolean
derive_productivity (Reader *reader,
                     double *productivity)
{
  double share = 0.0;
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (nonproductive_keys); i++)
    {
      double value;

      if (read_value (reader, nonproductive_keys[i], &value))
        {
          share += value;
          any = TRUE;
        }
    }
  *productivity = 1.0 - share;
  return any;
}

gboolean
ot_cost_model_derive_productivity (OtCostValueFunc get_value,
                                   gpointer        user_data,
                                   double         *productivity)
{
  Reader reader = { get_value, user_data, 0 };

  g_return_val_if_fail (get_value != NULL, FALSE);
  g_return_val_if_fail (productivity != NULL, FALSE);

  return derive_productivity (&reader, productivity);
}

static gboolean
read_productivity (Reader          *reader,
                   OtCostBreakdown *out,
                   GError         **error)
{
  out->productivity_derived = FALSE;
  if (!read_value (reader, "productiviteit_pct", &out->productivity))
    {
      if (!derive_productivity (reader, &out->productivity))
        {
          g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                       _("The model cost price needs the productivity or the non-productive shares of paid hours."));
          return FALSE;
        }
      out->productivity_derived = TRUE;
    }
  if (!(out->productivity > 0.0 && out->productivity <= 1.0))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The productivity must lie above 0 %% and at most 100 %% of paid hours."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_cost_model_compute (OtCostValueFunc  get_value,
                       gpointer         user_data,
                       OtCostBreakdown *out,
                       GError         **error)
{
  Reader reader = { get_value, user_data, 0 };
  double bruto, surcharges, charges, other_staff, paid, productive, direct, overhead, risk;
  guint64 wage_inputs, direct_inputs;

  g_return_val_if_fail (get_value != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (!read_value (&reader, "bruto_uurloon", &bruto))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The model cost price needs the gross hourly wage."));
      return FALSE;
    }
  out->part_inputs[OT_COST_PART_LOON] = reader.used;

  surcharges = read_or_zero (&reader, "vakantiegeld_pct")
               + read_or_zero (&reader, "eindejaarsuitkering_pct")
               + read_or_zero (&reader, "ort_pct");
  out->part_inputs[OT_COST_PART_OPSLAGEN] = reader.used;

  charges = read_or_zero (&reader, "werkgeverslasten_pct");
  other_staff = read_or_zero (&reader, "overige_personeelskosten_per_uur");
  wage_inputs = reader.used;
  out->part_inputs[OT_COST_PART_WERKGEVERSLASTEN] = wage_inputs;

  if (!read_productivity (&reader, out, error))
    return FALSE;
  out->part_inputs[OT_COST_PART_PRODUCTIVITEITSVERLIES] = reader.used;

  paid = bruto * (1.0 + surcharges) * (1.0 + charges) + other_staff;
  productive = paid / out->productivity;

  out->part[OT_COST_PART_LOON] = bruto;
  out->part[OT_COST_PART_OPSLAGEN] = bruto * surcharges;
  out->part[OT_COST_PART_WERKGEVERSLASTEN] = bruto * (1.0 + surcharges) * charges + other_staff;
  out->part[OT_COST_PART_PRODUCTIVITEITSVERLIES] = productive - paid;

  reader.used = 0;
  out->part[OT_COST_PART_MATERIEEL] = read_or_zero (&reader, "materiele_kosten_per_uur");
  out->part_inputs[OT_COST_PART_MATERIEEL] = reader.used;
  reader.used = 0;
  out->part[OT_COST_PART_REIS] = read_or_zero (&reader, "reiskosten_per_uur");
  out->part_inputs[OT_COST_PART_REIS] = reader.used;

  direct = productive + out->part[OT_COST_PART_MATERIEEL] + out->part[OT_COST_PART_REIS];
  direct_inputs = out->part_inputs[OT_COST_PART_PRODUCTIVITEITSVERLIES]
                  | out->part_inputs[OT_COST_PART_MATERIEEL]
                  | out->part_inputs[OT_COST_PART_REIS];

  reader.used = direct_inputs;
  overhead = read_or_zero (&reader, "overhead_pct");
  out->part_inputs[OT_COST_PART_OVERHEAD] = reader.used;
  risk = read_or_zero (&reader, "risico_opslag_pct");
  out->part_inputs[OT_COST_PART_RISICO] = reader.used;
  out->total_inputs = reader.used;

  out->part[OT_COST_PART_OVERHEAD] = direct * overhead;
  out->part[OT_COST_PART_RISICO] = direct * (1.0 + overhead) * risk;
  out->total = direct * (1.0 + overhead) * (1.0 + risk);
  return TRUE;
}

const char *
ot_cost_part_to_string (OtCostPart part)
{
  static const char * const names[OT_COST_N_PARTS] = {
    "loon", "opslagen", "werkgeverslasten", "productiviteitsverlies",
    "materieel", "reis", "overhead", "risico",
  };

  g_return_val_if_fail (part < OT_COST_N_PARTS, NULL);
  return names[part];
}

const char *
ot_cost_part_get_label (OtCostPart part)
{
  static const char * const labels[OT_COST_N_PARTS] = {
    "Loon",
    "Opslagen (vakantiegeld, eindejaarsuitkering, ORT)",
    "Werkgeverslasten en overige personeelskosten",
    "Productiviteitsverlies",
    "Materiële kosten",
    "Reiskosten",
    "Overhead",
    "Risico-opslag",
  };

  g_return_val_if_fail (part < OT_COST_N_PARTS, NULL);
  return labels[part];
}
