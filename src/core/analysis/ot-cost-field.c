/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cost-field.c: the static catalogue of canonical cost-price fields. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>

#include "ot-cost-field.h"

static const char * const cao_choices[] = { "VVT", "Sociaal Werk", "GHZ", "GGZ", "other", NULL };

#define PRODUCT OT_COST_SCOPE_PRODUCT
#define PROVIDER OT_COST_SCOPE_PROVIDER

/* Order follows the usual calculation order of the VNG/Berenschot rekentool, then the
 * provider's own figures, then size figures; templates and reports list fields this way. */
static const OtCostField fields[] = {
  { "cao", "Cao", OT_COST_UNIT_TEXT, NAN, NAN, PROVIDER, FALSE, cao_choices },
  { "functieschaal", "Functieschaal", OT_COST_UNIT_TEXT, NAN, NAN, PRODUCT, FALSE, NULL },
  { "bruto_uurloon", "Bruto uurloon (gemiddeld over de periodieken)",
    OT_COST_UNIT_EUR_PER_HOUR, 10, 60, PRODUCT, TRUE, NULL },
  { "vakantiegeld_pct", "Vakantiegeld", OT_COST_UNIT_FRACTION, 0, 0.12, PRODUCT, TRUE, NULL },
  { "eindejaarsuitkering_pct", "Eindejaarsuitkering", OT_COST_UNIT_FRACTION, 0, 0.12, PRODUCT, TRUE, NULL },
  { "ort_pct", "Onregelmatigheidstoeslag (ORT)", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "werkgeverslasten_pct", "Werkgeverslasten en pensioen",
    OT_COST_UNIT_FRACTION, 0.1, 0.45, PRODUCT, TRUE, NULL },
  { "overige_personeelskosten_per_uur", "Overige personeelskosten per betaald uur",
    OT_COST_UNIT_EUR_PER_HOUR, 0, 10, PRODUCT, TRUE, NULL },
  { "verlof_pct", "Verlof", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "ziekteverzuim_pct", "Ziekteverzuim", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "scholing_pct", "Scholing", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "overleg_pct", "Overleg", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "reistijd_pct", "Reistijd", OT_COST_UNIT_FRACTION, 0, 0.3, PRODUCT, TRUE, NULL },
  { "productiviteit_pct", "Productiviteit (declarabele uren / betaalde uren)",
    OT_COST_UNIT_FRACTION, 0.4, 0.95, PRODUCT, TRUE, NULL },
  { "materiele_kosten_per_uur", "Materiële kosten per declarabel uur",
    OT_COST_UNIT_EUR_PER_HOUR, 0, 20, PRODUCT, TRUE, NULL },
  { "reiskosten_per_uur", "Reiskosten per declarabel uur",
    OT_COST_UNIT_EUR_PER_HOUR, 0, 20, PRODUCT, TRUE, NULL },
  { "overhead_pct", "Opslag overhead", OT_COST_UNIT_FRACTION, 0, 0.5, PRODUCT, TRUE, NULL },
  { "risico_opslag_pct", "Opslag risico en innovatie", OT_COST_UNIT_FRACTION, 0, 0.1, PRODUCT, TRUE, NULL },
  { "kostprijs_per_uur", "Integrale kostprijs per uur",
    OT_COST_UNIT_EUR_PER_HOUR, 15, 150, PRODUCT, FALSE, NULL },
  { "tarief_huidig", "Huidig tarief per uur", OT_COST_UNIT_EUR_PER_HOUR, 15, 150, PRODUCT, FALSE, NULL },
  { "uren_per_jaar", "Uren per jaar in de regio", OT_COST_UNIT_HOURS, 0, INFINITY, PRODUCT, FALSE, NULL },
  { "fte_uitvoerend", "Fte uitvoerend personeel", OT_COST_UNIT_COUNT, 0, INFINITY, PROVIDER, FALSE, NULL },
  { "aantal_clienten", "Aantal cliënten", OT_COST_UNIT_COUNT, 0, INFINITY, PROVIDER, FALSE, NULL },
  { "periodiek_verdeling", "Periodiekverdeling (fte per trede)",
    OT_COST_UNIT_FTE_PER_STEP, 0, INFINITY, PROVIDER, FALSE, NULL },
  { "bestuurdersverklaring", "Bestuurdersverklaring (naam, datum)",
    OT_COST_UNIT_TEXT, NAN, NAN, PROVIDER, FALSE, NULL },
};

#undef PRODUCT
#undef PROVIDER

/* Sets of fields travel as 64-bit masks. */
G_STATIC_ASSERT (G_N_ELEMENTS (fields) <= 64);

const OtCostField *
ot_cost_field_get_all (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  *n_fields = G_N_ELEMENTS (fields);
  return fields;
}

const OtCostField *
ot_cost_field_lookup (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  /* Twenty-five entries: a linear scan is faster than building a hash table. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].key, key))
      return &fields[i];
  return NULL;
}

guint64
ot_cost_field_bit (const char *key)
{
  const OtCostField *field = ot_cost_field_lookup (key);

  if (field == NULL)
    return 0;
  return G_GUINT64_CONSTANT (1) << (field - fields);
}

gboolean
ot_cost_field_is_numeric (const OtCostField *field)
{
  g_return_val_if_fail (field != NULL, FALSE);

  return field->unit != OT_COST_UNIT_TEXT && field->unit != OT_COST_UNIT_FTE_PER_STEP;
}

gboolean
ot_cost_field_is_plausible (const OtCostField *field,
                            double             value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (!ot_cost_field_is_numeric (field) || !isfinite (value))
    return FALSE;
  return value >= field->min && value <= field->max;
}

const char *
ot_cost_unit_to_string (OtCostUnit unit)
{
  switch (unit)
    {
    case OT_COST_UNIT_TEXT:
      return "text";
    case OT_COST_UNIT_EUR_PER_HOUR:
      return "eur_per_hour";
    case OT_COST_UNIT_FRACTION:
      return "fraction";
    case OT_COST_UNIT_HOURS:
      return "hours";
    case OT_COST_UNIT_COUNT:
      return "count";
    case OT_COST_UNIT_FTE_PER_STEP:
      return "fte_per_step";
    default:
      g_return_val_if_reached ("text");
    }
}
