/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-mapping.h: a mapping file telling where a known third-party rekentool keeps each field. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A key file:
 *
 *   [Mapping]
 *   Title=Rekentool Voorbeeld Zorggroep v2
 *   [Aanbieder]                   # provider-level fields
 *   aanbieder_naam=Algemeen!C3
 *   [Product]                     # per-product fields, for every product without its own group
 *   bruto_uurloon='Kostprijs HO'!D12
 *   [Product hoplus]              # per-product fields of one product
 *   bruto_uurloon='Kostprijs HO+'!D12
 *
 * Keys are field keys (ot-rekentool-fields.h); values are Sheet!Cell, the sheet quoted when
 * it holds blanks or quotes. Immutable once loaded, so threads may share it. */
typedef struct _OtRekentoolMapping OtRekentoolMapping;

OtRekentoolMapping *ot_rekentool_mapping_load   (const char         *path,
                                                 GError            **error);
OtRekentoolMapping *ot_rekentool_mapping_ref    (OtRekentoolMapping *mapping);
void                ot_rekentool_mapping_unref  (OtRekentoolMapping *mapping);
const char         *ot_rekentool_mapping_get_title (OtRekentoolMapping *mapping);
/* The cell of a field; @product_code NULL for a provider-level field. */
gboolean            ot_rekentool_mapping_lookup (OtRekentoolMapping *mapping,
                                                 const char         *product_code,
                                                 const char         *key,
                                                 const char        **sheet,
                                                 const char        **cell);
/* Splits "'Sheet 1'!$B$4" into the sheet's name and "B4"; FALSE when it is not such a reference. */
gboolean            ot_rekentool_split_cell_ref (const char         *text,
                                                 char              **sheet,
                                                 char              **cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtRekentoolMapping, ot_rekentool_mapping_unref)

G_END_DECLS
