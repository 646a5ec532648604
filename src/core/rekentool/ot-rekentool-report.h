/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-report.h: what the import of one rekentool file found, accepted or refused, and where each figure came from. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  OT_REKENTOOL_ACCEPTED,
  OT_REKENTOOL_ACCEPTED_WITH_WARNINGS,
  OT_REKENTOOL_REJECTED,
} OtRekentoolStatus;

/* "accepted", "accepted_with_warnings", "rejected". */
const char *ot_rekentool_status_to_string (OtRekentoolStatus status);

typedef enum
{
  OT_REKENTOOL_SOURCE_NAME,       /* a defined name of the template */
  OT_REKENTOOL_SOURCE_LABEL,      /* a Dutch label, the value to its right or below */
  OT_REKENTOOL_SOURCE_MAPPING,    /* a cell named in a mapping file */
  OT_REKENTOOL_SOURCE_COMPUTED,   /* computed by the import, e.g. the model cost price */
  OT_REKENTOOL_SOURCE_OPTION,     /* given by the adviser, e.g. the provider's name */
} OtRekentoolSourceKind;

const char *ot_rekentool_source_kind_to_string (OtRekentoolSourceKind kind);

typedef struct
{
  char                  *product_code;   /* NULL for a provider-level field */
  char                  *key;
  gboolean               has_number;
  double                 number;         /* fractions as fractions: 0.08 */
  char                  *text;           /* text fields; the raw text of an unreadable number */
  OtRekentoolSourceKind  source;
  char                  *detail;         /* the defined name, the label as written, or the mapping file */
  char                  *sheet;          /* where the value is; NULL when computed */
  char                  *cell;           /* e.g. "B7" */
  char                  *label_cell;     /* where the label is, for SOURCE_LABEL */
  char                  *warning;        /* NULL when none */
} OtRekentoolValue;

/* One line saying where a value came from, as stored with it:
 * "name ovt_ho_bruto_uurloon ('HO'!B6)", "label “Uurloon” ('Blad1'!A3) → 'Blad1'!B3",
 * "mapping ('Invoer'!C5)", "computed", "option". */
char       *ot_rekentool_value_describe_source (const OtRekentoolValue *value);

#define OT_TYPE_REKENTOOL_REPORT (ot_rekentool_report_get_type ())
G_DECLARE_FINAL_TYPE (OtRekentoolReport, ot_rekentool_report, OT, REKENTOOL_REPORT, GObject)

const char             *ot_rekentool_report_get_path             (OtRekentoolReport *self);
/* The file's base name, as messages show it. */
const char             *ot_rekentool_report_get_file_name        (OtRekentoolReport *self);
OtRekentoolStatus       ot_rekentool_report_get_status           (OtRekentoolReport *self);
/* Why the file was refused, one line naming the file; NULL when it was not. */
const char             *ot_rekentool_report_get_reason           (OtRekentoolReport *self);
/* The OtError code of the refusal, or -1. */
int                     ot_rekentool_report_get_error_code       (OtRekentoolReport *self);
const char             *ot_rekentool_report_get_provider         (OtRekentoolReport *self);
const char             *ot_rekentool_report_get_sha256           (OtRekentoolReport *self);
/* 0 when the file does not carry ovt_template_version. */
guint                   ot_rekentool_report_get_template_version (OtRekentoolReport *self);
/* The stored submission, 0 before the report is committed or when it was refused. */
gint64                  ot_rekentool_report_get_submission_id    (OtRekentoolReport *self);
gboolean                ot_rekentool_report_get_replaced         (OtRekentoolReport *self);
guint                   ot_rekentool_report_get_n_values         (OtRekentoolReport *self);
const OtRekentoolValue *ot_rekentool_report_get_value            (OtRekentoolReport *self,
                                                                  guint              index);
/* @product_code NULL for a provider-level field. */
const OtRekentoolValue *ot_rekentool_report_find_value           (OtRekentoolReport *self,
                                                                  const char        *product_code,
                                                                  const char        *key);
guint                   ot_rekentool_report_get_n_warnings       (OtRekentoolReport *self);

/* The whole report as a JSON object (documented in ot-rekentool-report.c). */
JsonNode               *ot_rekentool_report_to_json              (OtRekentoolReport *self);

G_END_DECLS
