/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-fields.h: the fields of a rekentool as the template and the importer see them. */
#pragma once

#include <glib.h>

#include "analysis/ot-cost-field.h"

G_BEGIN_DECLS

/* The version written into every template as ovt_template_version. */
#define OT_REKENTOOL_TEMPLATE_VERSION 1
/* Steps of the periodiek table: trede 0 to 15. */
#define OT_REKENTOOL_N_STEPS 16
/* A stated cost price may differ this much from the model before it is flagged. */
#define OT_REKENTOOL_DEFAULT_TOLERANCE 0.05

typedef enum
{
  OT_REKENTOOL_KIND_NUMBER,
  OT_REKENTOOL_KIND_FRACTION,   /* stored as 0.08 for 8 % */
  OT_REKENTOOL_KIND_TEXT,
  OT_REKENTOOL_KIND_DATE,       /* stored as YYYY-MM-DD text */
} OtRekentoolKind;

typedef struct
{
  const char        *key;           /* stored field name, e.g. "bruto_uurloon" or "periodiek_trede_3" */
  const char        *label;         /* Dutch, as in the template */
  const char        *unit_label;    /* Dutch unit for the template, e.g. "€ per uur" */
  OtRekentoolKind    kind;
  double             min;           /* plausible range; NAN for text */
  double             max;
  gboolean           per_product;
  const OtCostField *catalogue;     /* NULL for fields the catalogue does not hold */
} OtRekentoolField;

/* Every field in template order: provider-level fields first, then the per-product ones. */
const OtRekentoolField *ot_rekentool_fields_get_all (guint *n_fields);
const OtRekentoolField *ot_rekentool_field_lookup   (const char *key);

/* The workbook-level defined name of a field: ovt_<product>_<key>, or ovt_<key> at provider level. */
char       *ot_rekentool_field_name           (const OtRekentoolField *field,
                                               const char             *product_code);

/* Label matching: lower case, no accents, punctuation as blanks, single spaces. */
char       *ot_rekentool_normalise_label      (const char *text);
/* The field whose Dutch label or synonym reads @text after normalising; NULL for none. */
const OtRekentoolField *ot_rekentool_field_for_label (const char *text);

/* Reads a number as people type it in a text cell: "8,5", "1.234,50", "€ 25", "8%".
 * Sets *percent when the text ends in a percent sign. */
gboolean    ot_rekentool_parse_number         (const char *text,
                                               double     *value,
                                               gboolean   *percent);
/* 8, 0.08 and "8%" all mean 0.08: a value above 1 is read as a percentage. */
double      ot_rekentool_normalise_fraction   (double      value,
                                               gboolean    percent);

G_END_DECLS
