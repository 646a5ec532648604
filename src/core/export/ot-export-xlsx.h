/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-xlsx.h: writing table sheets with libxlsxwriter: formatted frozen headers, autofilters, fitting widths, real dates. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OtExportWorkbook OtExportWorkbook;
typedef struct _OtExportSheet    OtExportSheet;

/* Starts a workbook that ot_export_workbook_commit() writes to @path safely. The document
 * properties get @title and @subject only: no author, company or other personal data. */
OtExportWorkbook *ot_export_workbook_new      (const char        *path,
                                               gboolean           force,
                                               const char        *title,
                                               const char        *subject,
                                               GError           **error);
/* Names an author in the document properties; by default there is none. */
void              ot_export_workbook_set_author (OtExportWorkbook *self,
                                                 const char       *author);
/* A sheet with a header row; @wrap marks long-text columns (wrapped, wider), may be NULL. */
OtExportSheet    *ot_export_workbook_add_sheet (OtExportWorkbook   *self,
                                                const char         *name,
                                                guint               n_columns,
                                                const char * const *headers,
                                                const gboolean     *wrap);
/* Writes the file and moves it into place; frees @self either way. */
gboolean          ot_export_workbook_commit   (OtExportWorkbook  *self,
                                               GError           **error);
void              ot_export_workbook_abort    (OtExportWorkbook  *self);

/* Cells of the current row; ot_export_sheet_next_row() starts a new one. */
void              ot_export_sheet_next_row    (OtExportSheet     *sheet);
void              ot_export_sheet_text        (OtExportSheet     *sheet,
                                               guint              column,
                                               const char        *text);
void              ot_export_sheet_number      (OtExportSheet     *sheet,
                                               guint              column,
                                               double             value);
/* @iso_date YYYY-MM-DD becomes a date cell; anything else is written as text. */
void              ot_export_sheet_date        (OtExportSheet     *sheet,
                                               guint              column,
                                               const char        *iso_date);
/* A drop-down of @values (NULL-terminated) on @column, for the written rows and room for more. */
void              ot_export_sheet_validate_list (OtExportSheet      *sheet,
                                                 guint               column,
                                                 const char * const *values);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtExportWorkbook, ot_export_workbook_abort)

G_END_DECLS
