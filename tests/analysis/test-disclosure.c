/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-disclosure.c: the edge cases of each disclosure-control rule. */
#include "config.h"

#include <math.h>

#include "analysis/ot-disclosure.h"

static void
test_threshold (void)
{
  OtDisclosureRules rules;
  const double equal[] = { 1, 1, 1, 1, 1, 1, 1 };

  ot_disclosure_rules_init (&rules);
  g_assert_cmpuint (ot_disclosure_get_minimum (&rules), ==, 5);
  /* n = minimum − 1 and n = minimum. */
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 4), ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 5), ==, OT_SUPPRESSION_NONE);

  rules.min_submissions = 7;
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 6), ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 7), ==, OT_SUPPRESSION_NONE);

  /* Never below 3, whatever the consultation says. */
  rules.min_submissions = 1;
  g_assert_cmpuint (ot_disclosure_get_minimum (&rules), ==, 3);
  rules.min_submissions = 0;
  g_assert_cmpuint (ot_disclosure_get_minimum (&rules), ==, 3);
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 2), ==, OT_SUPPRESSION_TOO_FEW);
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, equal, 3), ==, OT_SUPPRESSION_NONE);
}

static void
test_dominance_one (void)
{
  OtDisclosureRules rules;
  /* Weight shares 51 % and 4 × 12.25 %. */
  const double dominant[] = { 12.25, 51, 12.25, 12.25, 12.25 };
  /* Exactly 50 %: "more than k" is not reached. */
  const double half[] = { 12.5, 12.5, 50, 12.5, 12.5 };

  ot_disclosure_rules_init (&rules);
  g_assert_true (ot_disclosure_is_dominated (&rules, dominant, 5));
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, dominant, 5), ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_false (ot_disclosure_is_dominated (&rules, half, 5));
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, half, 5), ==, OT_SUPPRESSION_NONE);
}

static void
test_dominance_two (void)
{
  OtDisclosureRules rules;
  /* 46 % + 40 % = 86 %, neither above 50 % alone. */
  const double two[] = { 7, 46, 3.5, 40, 3.5 };
  const double fine[] = { 8, 45, 4, 39, 4 };

  ot_disclosure_rules_init (&rules);
  g_assert_true (ot_disclosure_is_dominated (&rules, two, 5));
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, two, 5), ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_false (ot_disclosure_is_dominated (&rules, fine, 5));

  /* All zero weights: nothing to protect, and no division by zero. */
  g_assert_false (ot_disclosure_is_dominated (&rules, (double[]) { 0, 0, 0 }, 3));
}

static void
test_p_rule (void)
{
  OtDisclosureRules rules;
  /* x₁ = 100, x₂ = 50: the runner-up estimates x₁ as T − 50 = 100 + R. */
  const double close[] = { 4, 100, 50, 5, 3, 2 };    /* R = 14 */
  const double loose[] = { 6, 100, 50, 5, 4, 2 };    /* R = 17 */

  ot_disclosure_rules_init (&rules);
  g_assert_false (rules.p_rule);
  /* Off by default: neither sample is dominated (100 / 164 = 61 % would be under k = 50 %, so k = 65 % here). */
  rules.dominance_one = 0.65;
  rules.dominance_two = 0.95;
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, close, 6), ==, OT_SUPPRESSION_NONE);

  rules.p_rule = TRUE;
  rules.p_pct = 15;
  g_assert_true (ot_disclosure_fails_p_rule (15, close, 6));
  g_assert_false (ot_disclosure_fails_p_rule (15, loose, 6));
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, close, 6), ==, OT_SUPPRESSION_DOMINANCE);
  g_assert_cmpint (ot_disclosure_check_magnitude (&rules, loose, 6), ==, OT_SUPPRESSION_NONE);
  /* Two contributors: the runner-up knows the largest exactly. */
  g_assert_true (ot_disclosure_fails_p_rule (1, (double[]) { 5, 5 }, 2));
}

static void
test_rounding (void)
{
  g_assert_cmpfloat (ot_disclosure_round (37.123456, OT_COST_UNIT_EUR_PER_HOUR), ==, 37.1);
  g_assert_cmpfloat (ot_disclosure_round (37.126, OT_COST_UNIT_EUR_PER_HOUR), ==, 37.15);
  g_assert_cmpfloat (ot_disclosure_round (37.174, OT_COST_UNIT_EUR_PER_HOUR), ==, 37.15);
  g_assert_cmpfloat (ot_disclosure_round (37.176, OT_COST_UNIT_EUR_PER_HOUR), ==, 37.2);
  /* 0.1 percentage point. */
  g_assert_cmpfloat (ot_disclosure_round (0.083449, OT_COST_UNIT_FRACTION), ==, 0.083);
  g_assert_cmpfloat (ot_disclosure_round (0.0836, OT_COST_UNIT_FRACTION), ==, 0.084);
  g_assert_cmpfloat (ot_disclosure_round (1234.6, OT_COST_UNIT_HOURS), ==, 1235);
  g_assert_cmpfloat (ot_disclosure_round (12.4, OT_COST_UNIT_COUNT), ==, 12);
  g_assert_true (isnan (ot_disclosure_round (NAN, OT_COST_UNIT_FRACTION)));
}

static void
test_secondary_sum (void)
{
  OtCell parts[4] = {
    { 10, OT_SUPPRESSION_NONE }, { 5, OT_SUPPRESSION_NONE },
    { 3, OT_SUPPRESSION_NONE }, { 2, OT_SUPPRESSION_TOO_FEW },
  };
  OtCell total = { 20, OT_SUPPRESSION_NONE };

  /* One hidden part and a shown total: total − others would give it back. */
  ot_disclosure_protect_sum (parts, 4, &total, FALSE);
  g_assert_cmpint (parts[2].suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (parts[0].suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (total.suppression, ==, OT_SUPPRESSION_NONE);

  /* Already two hidden: nothing more to do. */
  ot_disclosure_protect_sum (parts, 4, &total, FALSE);
  g_assert_cmpint (parts[0].suppression, ==, OT_SUPPRESSION_NONE);
  g_assert_cmpint (parts[1].suppression, ==, OT_SUPPRESSION_NONE);

  /* Preferring the total. */
  parts[2].suppression = OT_SUPPRESSION_NONE;
  ot_disclosure_protect_sum (parts, 4, &total, TRUE);
  g_assert_cmpint (total.suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (parts[2].suppression, ==, OT_SUPPRESSION_NONE);

  /* A hidden total with every part shown is their sum: hide a part. Zero parts are no cover. */
  parts[3].suppression = OT_SUPPRESSION_NONE;
  parts[2].value = 0;
  total.suppression = OT_SUPPRESSION_DOMINANCE;
  ot_disclosure_protect_sum (parts, 4, &total, FALSE);
  g_assert_cmpint (parts[3].suppression, ==, OT_SUPPRESSION_SECONDARY);
  g_assert_cmpint (parts[2].suppression, ==, OT_SUPPRESSION_NONE);

  /* Only zero parts besides the hidden one: the total is the cover. */
  {
    OtCell two[2] = { { 0, OT_SUPPRESSION_NONE }, { 7, OT_SUPPRESSION_DOMINANCE } };
    OtCell sum = { 7, OT_SUPPRESSION_NONE };

    ot_disclosure_protect_sum (two, 2, &sum, FALSE);
    g_assert_cmpint (sum.suppression, ==, OT_SUPPRESSION_SECONDARY);
  }
}

static void
test_reason_strings (void)
{
  g_assert_null (ot_suppression_to_string (OT_SUPPRESSION_NONE));
  g_assert_cmpstr (ot_suppression_to_string (OT_SUPPRESSION_TOO_FEW), ==, "too_few_submissions");
  g_assert_cmpstr (ot_suppression_to_string (OT_SUPPRESSION_DOMINANCE), ==, "dominance");
  g_assert_cmpstr (ot_suppression_to_string (OT_SUPPRESSION_SECONDARY), ==, "secondary");
  for (OtSuppression s = OT_SUPPRESSION_TOO_FEW; s <= OT_SUPPRESSION_SECONDARY; s++)
    {
      const char *text = ot_suppression_describe (s);
      /* A reason class, never a count. */
      g_assert_cmpuint (strlen (text), >, 10);
      for (const char *c = text; *c; c++)
        g_assert_false (g_ascii_isdigit (*c));
    }
}

/* Rules can be made stricter than DESIGN.md's, never looser. */
static void
test_enforce_floors (void)
{
  OtDisclosureRules rules;

  ot_disclosure_rules_init (&rules);
  rules.min_submissions = 1;
  rules.dominance_one = 0.9;
  rules.dominance_two = 1.0;
  ot_disclosure_rules_enforce_floors (&rules);
  g_assert_cmpuint (rules.min_submissions, ==, OT_DISCLOSURE_MIN_FLOOR);
  g_assert_cmpfloat (rules.dominance_one, ==, OT_DISCLOSURE_MAX_DOMINANCE_ONE);
  g_assert_cmpfloat (rules.dominance_two, ==, OT_DISCLOSURE_MAX_DOMINANCE_TWO);

  rules.min_submissions = 8;
  rules.dominance_one = 0.3;
  rules.dominance_two = 0.6;
  ot_disclosure_rules_enforce_floors (&rules);
  g_assert_cmpuint (rules.min_submissions, ==, 8);
  g_assert_cmpfloat (rules.dominance_one, ==, 0.3);
  g_assert_cmpfloat (rules.dominance_two, ==, 0.6);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/disclosure/threshold", test_threshold);
  g_test_add_func ("/analysis/disclosure/dominance-one", test_dominance_one);
  g_test_add_func ("/analysis/disclosure/dominance-two", test_dominance_two);
  g_test_add_func ("/analysis/disclosure/p-rule", test_p_rule);
  g_test_add_func ("/analysis/disclosure/rounding", test_rounding);
  g_test_add_func ("/analysis/disclosure/secondary-sum", test_secondary_sum);
  g_test_add_func ("/analysis/disclosure/reason-strings", test_reason_strings);
  g_test_add_func ("/analysis/disclosure/enforce-floors", test_enforce_floors);
  return g_test_run ();
}
