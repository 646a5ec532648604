/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-disclosure.c: threshold, dominance, p % rule, rounding and secondary suppression. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "analysis/ot-disclosure.h"

void
ot_disclosure_rules_init (OtDisclosureRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->min_submissions = 5;
  rules->dominance_one = 0.50;
  rules->dominance_two = 0.85;
  rules->p_rule = FALSE;
  rules->p_pct = 10.0;
}

void
ot_disclosure_rules_enforce_floors (OtDisclosureRules *rules)
{
  g_return_if_fail (rules != NULL);

  rules->min_submissions = ot_disclosure_get_minimum (rules);
  rules->dominance_one = MIN (rules->dominance_one, OT_DISCLOSURE_MAX_DOMINANCE_ONE);
  rules->dominance_two = MIN (rules->dominance_two, OT_DISCLOSURE_MAX_DOMINANCE_TWO);
}

guint
ot_disclosure_get_minimum (const OtDisclosureRules *rules)
{
  g_return_val_if_fail (rules != NULL, 5);

  return MAX (rules->min_submissions, OT_DISCLOSURE_MIN_FLOOR);
}

/* The two largest contributions and the total, in one pass (no sorting: order must not matter). */
static void
largest_two (const double *contributions,
             gsize         n,
             double       *first,
             double       *second,
             double       *total)
{
  *first = *second = *total = 0.0;
  for (gsize i = 0; i < n; i++)
    {
      double x = contributions[i];

      *total += x;
      if (x > *first)
        {
          *second = *first;
          *first = x;
        }
      else if (x > *second)
        *second = x;
    }
}

gboolean
ot_disclosure_is_dominated (const OtDisclosureRules *rules,
                            const double            *contributions,
                            gsize                    n)
{
  double first, second, total;

  g_return_val_if_fail (rules != NULL, TRUE);
  g_return_val_if_fail (n == 0 || contributions != NULL, TRUE);

  largest_two (contributions, n, &first, &second, &total);
  if (!(total > 0.0))
    return FALSE;
  return first > rules->dominance_one * total || first + second > rules->dominance_two * total;
}

/* The p % rule (Hundepool et al., Statistical Disclosure Control, §4.2): the runner-up knows
 * its own contribution x₂ and, from the published total T, bounds the largest x₁ by
 * T − x₂ = x₁ + R with R = Σ_{i≥3} xᵢ. The cell is sensitive when that estimate is closer
 * than p % to x₁:   R < (p / 100) · x₁. */
gboolean
ot_disclosure_fails_p_rule (double        p_pct,
                            const double *contributions,
                            gsize         n)
{
  double first, second, total;

  g_return_val_if_fail (n == 0 || contributions != NULL, TRUE);

  largest_two (contributions, n, &first, &second, &total);
  return total - first - second < (p_pct / 100.0) * first;
}

OtSuppression
ot_disclosure_check_magnitude (const OtDisclosureRules *rules,
                               const double            *contributions,
                               gsize                    n)
{
  g_return_val_if_fail (rules != NULL, OT_SUPPRESSION_TOO_FEW);

  if (n < ot_disclosure_get_minimum (rules))
    return OT_SUPPRESSION_TOO_FEW;
  if (ot_disclosure_is_dominated (rules, contributions, n))
    return OT_SUPPRESSION_DOMINANCE;
  if (rules->p_rule && ot_disclosure_fails_p_rule (rules->p_pct, contributions, n))
    return OT_SUPPRESSION_DOMINANCE;
  return OT_SUPPRESSION_NONE;
}

static double
round_to_step (double value,
               double steps_per_unit)
{
  /* Dividing the whole number of steps gives the double nearest the decimal (37.1, not
   * 37.099999…), so the printed figure is the rounded one. */
  return round (value * steps_per_unit) / steps_per_unit;
}

double
ot_disclosure_round (double     value,
                     OtCostUnit unit)
{
  if (!isfinite (value))
    return value;
  switch (unit)
    {
    case OT_COST_UNIT_EUR_PER_HOUR:
      return round_to_step (value, 20.0);
    case OT_COST_UNIT_FRACTION:
    case OT_COST_UNIT_FTE_PER_STEP:
      return round_to_step (value, 1000.0);
    case OT_COST_UNIT_HOURS:
    case OT_COST_UNIT_COUNT:
    case OT_COST_UNIT_TEXT:
    default:
      return round (value);
    }
}

static OtCell *
smallest_shown_part (OtCell *parts,
                     gsize   n_parts)
{
  OtCell *best = NULL;

  for (gsize i = 0; i < n_parts; i++)
    {
      OtCell *cell = &parts[i];

      /* A zero part is no cover: a reader would guess it is zero. */
      if (cell->suppression != OT_SUPPRESSION_NONE || cell->value == 0.0)
        continue;
      if (best == NULL || fabs (cell->value) < fabs (best->value))
        best = cell;
    }
  return best;
}

void
ot_disclosure_protect_sum (OtCell  *parts,
                           gsize    n_parts,
                           OtCell  *total,
                           gboolean prefer_total)
{
  gsize hidden = 0;
  OtCell *cover;

  g_return_if_fail (n_parts == 0 || parts != NULL);
  g_return_if_fail (total != NULL);

  for (gsize i = 0; i < n_parts; i++)
    if (parts[i].suppression != OT_SUPPRESSION_NONE)
      hidden++;

  if (total->suppression == OT_SUPPRESSION_NONE)
    {
      /* Two or more hidden parts only reveal their sum, which is not one provider's figure. */
      if (hidden != 1)
        return;
      cover = prefer_total ? NULL : smallest_shown_part (parts, n_parts);
      if (cover == NULL)
        cover = total;
    }
  else
    {
      /* A hidden total must not be the sum of shown parts either. */
      if (hidden != 0 || n_parts == 0)
        return;
      cover = smallest_shown_part (parts, n_parts);
      if (cover == NULL)
        return;
    }
  cover->suppression = OT_SUPPRESSION_SECONDARY;
}

const char *
ot_suppression_to_string (OtSuppression suppression)
{
  switch (suppression)
    {
    case OT_SUPPRESSION_NONE:
      return NULL;
    case OT_SUPPRESSION_TOO_FEW:
      return "too_few_submissions";
    case OT_SUPPRESSION_DOMINANCE:
      return "dominance";
    case OT_SUPPRESSION_SECONDARY:
      return "secondary";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ot_suppression_describe (OtSuppression suppression)
{
  switch (suppression)
    {
    case OT_SUPPRESSION_NONE:
      return "";
    case OT_SUPPRESSION_TOO_FEW:
      return _("Not shown: too few submissions.");
    case OT_SUPPRESSION_DOMINANCE:
      return _("Not shown: one or two providers make up most of this figure.");
    case OT_SUPPRESSION_SECONDARY:
      return _("Not shown, so that another hidden figure cannot be computed back.");
    default:
      g_return_val_if_reached ("");
    }
}
