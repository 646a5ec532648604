/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-stats.h: descriptive statistics over small samples: quantiles and (weighted) means. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Quantile of an ascending sample by linear interpolation between order statistics,
 * Hyndman & Fan type 7 (R's default, Excel's PERCENTILE.INC, NumPy's "linear"):
 *   h = (n − 1) · p,  Q(p) = x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋])   (0-based x)
 * so Q(0) is the minimum, Q(1) the maximum and Q(0.5) the usual median.
 * NAN for an empty sample or p outside [0, 1]. */
double ot_stats_quantile_sorted (const double *sorted,
                                 gsize         n,
                                 double        p);
/* Sorts values in place, ascending. */
void   ot_stats_sort            (double       *values,
                                 gsize         n);
double ot_stats_mean            (const double *values,
                                 gsize         n);
/* Σ wᵢ·xᵢ / Σ wᵢ; NAN when the weights add up to 0. */
double ot_stats_weighted_mean   (const double *values,
                                 const double *weights,
                                 gsize         n);

G_END_DECLS
