/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx.h: a small reader for XLSX workbooks that treats every file as hostile. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Safety limits. Anything beyond them fails with OT_ERROR_LIMIT. */
typedef struct
{
  guint64 max_file_size;          /* bytes of the .xlsx itself */
  guint64 max_total_uncompressed; /* bytes inflated from all parts read, together */
  guint   max_ratio;              /* inflated : compressed, per part ... */
  guint64 ratio_min_size;         /* ... once a part inflates beyond this many bytes */
  guint   max_cells;              /* non-empty cells over all loaded sheets */
  guint   max_string_chars;       /* characters in one cell text, as Excel */
  guint   max_shared_strings;
  guint   max_sheets;
  guint   max_zip_entries;
} OtXlsxLimits;

void ot_xlsx_limits_init_default (OtXlsxLimits *limits);

typedef enum
{
  OT_XLSX_CELL_EMPTY,
  OT_XLSX_CELL_NUMBER,
  OT_XLSX_CELL_STRING,
  OT_XLSX_CELL_BOOLEAN,
  OT_XLSX_CELL_ERROR,   /* string holds the error text, e.g. "#N/A" */
  OT_XLSX_CELL_DATE,    /* number holds the serial in the workbook's date system */
} OtXlsxCellType;

typedef enum
{
  OT_XLSX_SHEET_VISIBLE,
  OT_XLSX_SHEET_HIDDEN,
  OT_XLSX_SHEET_VERY_HIDDEN,
} OtXlsxSheetState;

/* A cell value. Strings belong to the workbook and live as long as it does. */
typedef struct
{
  guint32         row;            /* 0-based */
  guint32         col;            /* 0-based */
  OtXlsxCellType  type;
  guint           date_style : 1; /* the cell's number format is a date or time format */
  guint           formula : 1;    /* the value is the cached result of a formula */
  double          number;         /* NUMBER, DATE (serial) and BOOLEAN (0 or 1) */
  const char     *string;         /* STRING and ERROR; the ISO text of a t="d" DATE */
} OtXlsxCell;

typedef struct
{
  const char *name;
  int         local_sheet;   /* index of the sheet it is scoped to, or -1 for the workbook */
  const char *ref;           /* as written, e.g. 'Sheet 1'!$B$4 */
  gboolean    hidden;
} OtXlsxDefinedName;

/* A workbook and its sheets belong together: sheets and cell strings live as long as the
 * workbook. A workbook loads sheets lazily and is not for use from several threads at
 * once; separate workbooks may be read in separate threads. */
typedef struct _OtXlsxWorkbook OtXlsxWorkbook;
typedef struct _OtXlsxSheet    OtXlsxSheet;

OtXlsxWorkbook *ot_xlsx_workbook_open                (const char          *path,
                                                      GError             **error);
OtXlsxWorkbook *ot_xlsx_workbook_new_from_bytes      (GBytes              *bytes,
                                                      const char          *display_name,
                                                      GError             **error);
OtXlsxWorkbook *ot_xlsx_workbook_new_from_bytes_full (GBytes              *bytes,
                                                      const char          *display_name,
                                                      const OtXlsxLimits  *limits,
                                                      GError             **error);
OtXlsxWorkbook *ot_xlsx_workbook_ref                 (OtXlsxWorkbook      *wb);
void            ot_xlsx_workbook_unref               (OtXlsxWorkbook      *wb);

const char     *ot_xlsx_workbook_get_display_name    (OtXlsxWorkbook      *wb);
gboolean        ot_xlsx_workbook_get_date1904        (OtXlsxWorkbook      *wb);
guint           ot_xlsx_workbook_get_n_sheets        (OtXlsxWorkbook      *wb);
OtXlsxSheet    *ot_xlsx_workbook_get_sheet           (OtXlsxWorkbook      *wb,
                                                      guint                index);
OtXlsxSheet    *ot_xlsx_workbook_find_sheet          (OtXlsxWorkbook      *wb,
                                                      const char          *name);
gboolean        ot_xlsx_workbook_load_all            (OtXlsxWorkbook      *wb,
                                                      GError             **error);

guint                    ot_xlsx_workbook_get_n_defined_names (OtXlsxWorkbook *wb);
const OtXlsxDefinedName *ot_xlsx_workbook_get_defined_name    (OtXlsxWorkbook *wb,
                                                               guint           index);
/* A name scoped to @sheet_scope wins over a workbook-level one; NULL looks at the workbook only. */
const OtXlsxDefinedName *ot_xlsx_workbook_lookup_name         (OtXlsxWorkbook *wb,
                                                               const char     *name,
                                                               const char     *sheet_scope);

/* Fill @out with the value at @sheet_name!@ref (an EMPTY cell when nothing is there). */
gboolean ot_xlsx_workbook_get_value      (OtXlsxWorkbook *wb,
                                          const char     *sheet_name,
                                          const char     *ref,
                                          OtXlsxCell     *out,
                                          GError        **error);
/* Fill @out with the value of the top-left cell a defined name points to. */
gboolean ot_xlsx_workbook_get_name_value (OtXlsxWorkbook *wb,
                                          const char     *name,
                                          const char     *sheet_scope,
                                          OtXlsxCell     *out,
                                          GError        **error);

const char       *ot_xlsx_sheet_get_name    (OtXlsxSheet  *sheet);
guint             ot_xlsx_sheet_get_index   (OtXlsxSheet  *sheet);
OtXlsxSheetState  ot_xlsx_sheet_get_state   (OtXlsxSheet  *sheet);
/* The zip part holding the sheet, e.g. "xl/worksheets/sheet1.xml"; NULL when it has none. */
const char       *ot_xlsx_sheet_get_part    (OtXlsxSheet  *sheet);
/* Cells are read on first use. Loading twice is cheap; a failure is remembered. */
gboolean          ot_xlsx_sheet_load        (OtXlsxSheet  *sheet,
                                             GError      **error);
/* Non-empty cells in row order, then column order. The sheet must be loaded. */
guint             ot_xlsx_sheet_get_n_cells (OtXlsxSheet  *sheet);
const OtXlsxCell *ot_xlsx_sheet_get_cell    (OtXlsxSheet  *sheet,
                                             guint         index);
const OtXlsxCell *ot_xlsx_sheet_lookup      (OtXlsxSheet  *sheet,
                                             guint32       row,
                                             guint32       col);
/* One past the last row and column that hold a value; 0 × 0 for an empty sheet. */
void              ot_xlsx_sheet_get_extent  (OtXlsxSheet  *sheet,
                                             guint32      *n_rows,
                                             guint32      *n_cols);

/* A1 references. Rows and columns are 0-based; the maximum is XFD1048576. */
#define OT_XLSX_MAX_ROWS 1048576u
#define OT_XLSX_MAX_COLS 16384u
#define OT_XLSX_REF_SIZE 16
void      ot_xlsx_format_ref    (guint32     row,
                                 guint32     col,
                                 char        buf[OT_XLSX_REF_SIZE]);
char     *ot_xlsx_cell_dup_ref  (const OtXlsxCell *cell);
/* Accepts "B4", "$B$4" and lower case; FALSE for anything else. */
gboolean  ot_xlsx_parse_ref     (const char *ref,
                                 guint32    *row,
                                 guint32    *col);

/* A reference with a sheet, as defined names hold: 'Sheet 1'!$B$4 or Sheet1!$B$2:$D$3
 * give the sheet and the top-left cell. FALSE for formulas, unions, constants, #REF!. */
gboolean  ot_xlsx_parse_sheet_ref (const char  *ref,
                                   char       **sheet_name,
                                   guint32     *row,
                                   guint32     *col);

/* Serial day numbers. NULL for serials outside 1900..9999, and for 1900-02-29, which never was. */
GDateTime *ot_xlsx_serial_to_date_time (double   serial,
                                        gboolean date1904);
/* "2024-03-01", or "2024-03-01T12:30:00" when there is a time of day. */
char      *ot_xlsx_serial_to_iso8601   (double   serial,
                                        gboolean date1904);
/* Whether an Excel number format code shows a date or a time. */
gboolean   ot_xlsx_format_is_date      (const char *format_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtXlsxWorkbook, ot_xlsx_workbook_unref)

G_END_DECLS
