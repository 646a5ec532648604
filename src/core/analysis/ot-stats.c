/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-stats.c: descriptive statistics over small samples. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "analysis/ot-stats.h"

double
ot_stats_quantile_sorted (const double *sorted,
                          gsize         n,
                          double        p)
{
  double h, lower;
  gsize i;

  if (n == 0 || sorted == NULL || !(p >= 0.0 && p <= 1.0))
    return NAN;

  h = (double) (n - 1) * p;
  lower = floor (h);
  i = (gsize) lower;
  if (i + 1 >= n)
    return sorted[n - 1];
  return sorted[i] + (h - lower) * (sorted[i + 1] - sorted[i]);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

void
ot_stats_sort (double *values,
               gsize   n)
{
  if (n > 1)
    qsort (values, n, sizeof (double), compare_doubles);
}

double
ot_stats_mean (const double *values,
               gsize         n)
{
  double sum = 0.0;

  if (n == 0)
    return NAN;
  for (gsize i = 0; i < n; i++)
    sum += values[i];
  return sum / (double) n;
}

double
ot_stats_weighted_mean (const double *values,
                        const double *weights,
                        gsize         n)
{
  double sum = 0.0, total = 0.0;

  for (gsize i = 0; i < n; i++)
    {
      sum += weights[i] * values[i];
      total += weights[i];
    }
  if (!(total > 0.0))
    return NAN;
  return sum / total;
}
