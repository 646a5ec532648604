/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-tariffs.h: the region's own tariffs per product and year (public figures, not a provider's). */
#pragma once

#include "ot-store.h"

G_BEGIN_DECLS

/* Sets the tariff of @product_code for @year (2000–2100), replacing an earlier amount for that
 * year. @index_pct is NAN when no index was applied; @consultation_id 0 when none. */
gboolean ot_store_set_tariff         (OtStore    *self,
                                      const char *product_code,
                                      int         year,
                                      double      amount,
                                      double      index_pct,
                                      gint64      consultation_id,
                                      GError    **error);
/* The tariff in force in @year: the one of the latest year up to @year. Returns FALSE when the
 * product has none (no error: a region may not have entered its tariffs). */
gboolean ot_store_get_current_tariff (OtStore    *self,
                                      const char *product_code,
                                      int         year,
                                      double     *amount);

G_END_DECLS
