/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-report.h: the text and tables of the anonymised analysis report, shared by PDF and XLSX. */
#pragma once

#include "analysis/ot-analysis.h"

G_BEGIN_DECLS

/* The report is written in Dutch whatever the UI language: it goes to Dutch providers and
 * municipalities, as the catalogue's labels do. Everything in it comes from an OtAnalysis and
 * a title the caller has checked (ot_analysis_source_get_title()), so nothing else can leak. */
typedef struct _OtAnalysisReport OtAnalysisReport;

typedef struct
{
  char         *text;          /* as printed: "€ 37,10", "–¹" for a hidden figure */
  double        value;         /* the number shown; NAN for text and hidden figures */
  OtCostUnit    unit;          /* of value */
  OtSuppression suppression;   /* why it is hidden, or NONE */
} OtReportCell;

typedef enum
{
  OT_REPORT_TABLE_FIELDS,      /* statistics per field of one product */
  OT_REPORT_TABLE_MODEL,       /* model cost price and tariffs of one product */
  OT_REPORT_TABLE_PARTS,       /* model cost price by part, products side by side */
  OT_REPORT_TABLE_PERIODIEK,   /* pooled share of FTE per step */
} OtReportTableKind;

typedef struct
{
  OtReportTableKind kind;
  int               product;   /* index into the analysis, -1 for tables over all products */
  char             *caption;
  guint             n_columns;
  char            **headers;   /* n_columns strings */
  double           *widths;    /* fractions of the text width, n_columns */
  GPtrArray        *rows;      /* of OtReportCell[n_columns] */
} OtReportTable;

/* @tariff_codes: the products whose current tariff is the region's own (NULL-terminated, or
 * NULL for none); for the others the current tariff shown is the providers' median. */
OtAnalysisReport    *ot_analysis_report_new          (OtAnalysis         *analysis,
                                                      const char         *consultation_title,
                                                      const char * const *tariff_codes);
void                 ot_analysis_report_free         (OtAnalysisReport *self);

OtAnalysis          *ot_analysis_report_get_analysis (const OtAnalysisReport *self);
/* "Tariefanalyse", the consultation's title, and the document subject for metadata. */
const char          *ot_analysis_report_get_title    (const OtAnalysisReport *self);
const char          *ot_analysis_report_get_consultation_title (const OtAnalysisReport *self);
const char          *ot_analysis_report_get_subject  (const OtAnalysisReport *self);
/* Plain-text paragraphs: introduction and method; the rules applied, with their parameters. */
GPtrArray           *ot_analysis_report_get_intro    (const OtAnalysisReport *self);
GPtrArray           *ot_analysis_report_get_rules    (const OtAnalysisReport *self);
guint                ot_analysis_report_get_n_tables (const OtAnalysisReport *self);
const OtReportTable *ot_analysis_report_get_table    (const OtAnalysisReport *self,
                                                      guint                   index);
/* The footnotes of the reasons that occur, in mark order: "¹ Niet getoond: …". */
GPtrArray           *ot_analysis_report_get_footnotes (const OtAnalysisReport *self);
/* The footnote mark of a reason: "¹", "²", "³"; "" for NONE. */
const char          *ot_analysis_report_mark         (OtSuppression suppression);
/* Fields drawn as a box plot, in catalogue order: every field with a published spread. */
GPtrArray           *ot_analysis_report_get_chart_fields (const OtAnalysisReport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtAnalysisReport, ot_analysis_report_free)

G_END_DECLS
