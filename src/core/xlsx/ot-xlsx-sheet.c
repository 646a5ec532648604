/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-xlsx-sheet.c: one worksheet of an XLSX workbook, its cells read on first use. */
#define G_LOG_DOMAIN "ot-xlsx"
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-xlsx-private.h"

typedef struct
{
  OtXlsxSheet   *sheet;
  OtXlsxXml     *xml;
  OtXlsxShared  *shared;
  OtXlsxPackage *pkg;
  gint64         row;       /* 0-based row of the current <row>, -1 before the first */
  gint64         next_col;  /* for cells written without a reference */
  gboolean       sorted;
  GString       *v;
  GString       *is;
} SheetReader;

/* What the <c> element said, before it becomes a value. */
typedef struct
{
  char     *type;
  gboolean  has_v;
  gboolean  has_is;
  gboolean  formula;
  guint     xf;
  gboolean  has_xf;
} RawCell;

static gboolean
bad_cell (SheetReader *sr,
          guint32      row,
          guint32      col,
          GError     **error)
{
  char ref[OT_XLSX_REF_SIZE];

  ot_xlsx_format_ref (row, col, ref);
  g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
               _("The file “%s” is damaged: cell %s of sheet “%s” holds a value that cannot be read."),
               sr->pkg->display_name, ref, sr->sheet->name);
  return FALSE;
}

static gboolean
parse_number (const char *text,
              double     *number)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*copy == '\0')
    return FALSE;
  *number = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

/* Text from <v> still holds Excel's _xHHHH_ escapes; text from <is> was decoded already. */
static const char *
keep_string (SheetReader *sr,
             const char  *raw,
             gboolean     escaped,
             GError     **error)
{
  g_autofree char *text = escaped ? ot_xlsx_unescape_text (raw) : g_strdup (raw);

  if (!ot_xlsx_xml_check_length (sr->xml, text, error))
    return NULL;
  return g_string_chunk_insert (sr->shared->chunk, text);
}

static gboolean
shared_string_value (SheetReader *sr,
                     OtXlsxCell  *cell,
                     GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (sr->v->str));
  guint64 index;

  if (*copy == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (copy, 10, 0, G_MAXUINT32, &index, NULL)
      || index >= sr->shared->strings->len)
    {
      char ref[OT_XLSX_REF_SIZE];
      ot_xlsx_format_ref (cell->row, cell->col, ref);
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: cell %s of sheet “%s” refers to a shared string that does not exist."),
                   sr->pkg->display_name, ref, sr->sheet->name);
      return FALSE;
    }
  cell->type = OT_XLSX_CELL_STRING;
  cell->string = g_ptr_array_index (sr->shared->strings, index);
  return TRUE;
}

static gboolean
text_value (SheetReader     *sr,
            OtXlsxCellType   type,
            const char      *raw,
            OtXlsxCell      *cell,
            GError         **error)
{
  cell->string = keep_string (sr, raw, raw != sr->is->str, error);
  if (cell->string == NULL)
    return FALSE;
  cell->type = type;
  return TRUE;
}

static gboolean
boolean_value (SheetReader *sr,
               OtXlsxCell  *cell,
               GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (sr->v->str));

  cell->type = OT_XLSX_CELL_BOOLEAN;
  if (g_str_equal (copy, "1") || g_ascii_strcasecmp (copy, "true") == 0)
    cell->number = 1;
  else if (g_str_equal (copy, "0") || g_ascii_strcasecmp (copy, "false") == 0)
    cell->number = 0;
  else
    return bad_cell (sr, cell->row, cell->col, error);
  return TRUE;
}

static gboolean
date_value (SheetReader *sr,
            OtXlsxCell  *cell,
            GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (sr->v->str));

  if (!ot_xlsx_iso8601_to_serial (copy, sr->shared->date1904, &cell->number))
    return bad_cell (sr, cell->row, cell->col, error);
  cell->type = OT_XLSX_CELL_DATE;
  cell->string = g_string_chunk_insert (sr->shared->chunk, copy);
  return TRUE;
}

/* Numbers that do not parse are kept as text rather than lost: some writers put
 * text in cells without a type. */
static gboolean
number_value (SheetReader *sr,
              OtXlsxCell  *cell,
              GError     **error)
{
  if (parse_number (sr->v->str, &cell->number))
    {
      cell->type = cell->date_style ? OT_XLSX_CELL_DATE : OT_XLSX_CELL_NUMBER;
      return TRUE;
    }
  if (*g_strstrip (sr->v->str) == '\0')
    return TRUE;
  return text_value (sr, OT_XLSX_CELL_STRING, sr->v->str, cell, error);
}

static gboolean
make_value (SheetReader   *sr,
            const RawCell *raw,
            OtXlsxCell    *cell,
            GError       **error)
{
  const char *t = raw->type != NULL ? raw->type : "n";

  if (raw->has_xf && raw->xf < sr->shared->xf_is_date->len)
    cell->date_style = g_array_index (sr->shared->xf_is_date, gboolean, raw->xf);
  cell->formula = raw->formula;

  if (g_str_equal (t, "inlineStr") && raw->has_is)
    return text_value (sr, OT_XLSX_CELL_STRING, sr->is->str, cell, error);
  if (!raw->has_v)
    return TRUE;
  if (g_str_equal (t, "s"))
    return shared_string_value (sr, cell, error);
  if (g_str_equal (t, "str") || g_str_equal (t, "inlineStr"))
    return text_value (sr, OT_XLSX_CELL_STRING, sr->v->str, cell, error);
  if (g_str_equal (t, "e"))
    return text_value (sr, OT_XLSX_CELL_ERROR, g_strstrip (sr->v->str), cell, error);
  if (g_str_equal (t, "b"))
    return boolean_value (sr, cell, error);
  if (g_str_equal (t, "d"))
    return date_value (sr, cell, error);
  return number_value (sr, cell, error);
}

static gboolean
read_cell_children (SheetReader *sr,
                    RawCell     *raw,
                    GError     **error)
{
  OtXlsxXml *xml = sr->xml;
  int depth = xmlTextReaderDepth (xml->reader);
  int ret;

  if (xmlTextReaderIsEmptyElement (xml->reader) == 1)
    return TRUE;
  ret = ot_xlsx_xml_next (xml, error);
  while (ret > 0 && xmlTextReaderDepth (xml->reader) > depth)
    {
      if (ot_xlsx_xml_is_start (xml, "v"))
        {
          raw->has_v = TRUE;
          ret = ot_xlsx_xml_read_text (xml, sr->v, error) ? ot_xlsx_xml_next (xml, error) : -1;
        }
      else if (ot_xlsx_xml_is_start (xml, "is"))
        {
          raw->has_is = TRUE;
          ret = ot_xlsx_read_rich_text (xml, sr->is, error) ? ot_xlsx_xml_next (xml, error) : -1;
        }
      else if (ot_xlsx_xml_is_start (xml, "f"))
        {
          raw->formula = TRUE;
          ret = ot_xlsx_xml_skip (xml, error);
        }
      else
        ret = ot_xlsx_xml_next (xml, error);
    }
  return ret >= 0;
}

static gboolean
place_cell (SheetReader *sr,
            OtXlsxCell  *cell,
            GError     **error)
{
  g_autofree char *r = ot_xlsx_xml_attr (sr->xml, "r");

  if (r != NULL && ot_xlsx_parse_ref (r, &cell->row, &cell->col))
    {
      sr->row = cell->row;
      sr->next_col = (gint64) cell->col + 1;
      return TRUE;
    }
  if (sr->row < 0)
    sr->row = 0;
  if (r != NULL || sr->next_col >= OT_XLSX_MAX_COLS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: sheet “%s” has a cell at an impossible place."),
                   sr->pkg->display_name, sr->sheet->name);
      return FALSE;
    }
  cell->row = (guint32) sr->row;
  cell->col = (guint32) sr->next_col++;
  return TRUE;
}

static gboolean
store_cell (SheetReader *sr,
            OtXlsxCell  *cell,
            GError     **error)
{
  GArray *cells = sr->sheet->cells;

  if (sr->shared->n_cells >= sr->pkg->limits.max_cells)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT,
                   _("The file “%s” has more than %u filled cells, the most this program reads."),
                   sr->pkg->display_name, sr->pkg->limits.max_cells);
      return FALSE;
    }
  if (cells->len > 0)
    {
      const OtXlsxCell *last = &g_array_index (cells, OtXlsxCell, cells->len - 1);
      if (last->row > cell->row || (last->row == cell->row && last->col >= cell->col))
        sr->sorted = FALSE;
    }
  sr->shared->n_cells++;
  g_array_append_val (cells, *cell);
  return TRUE;
}

static gboolean
read_cell (SheetReader *sr,
           GError     **error)
{
  g_autofree char *xf = ot_xlsx_xml_attr (sr->xml, "s");
  RawCell raw = { 0 };
  OtXlsxCell cell = { 0 };
  guint64 n;
  gboolean ok;

  if (!place_cell (sr, &cell, error))
    return FALSE;
  raw.type = ot_xlsx_xml_attr (sr->xml, "t");
  if (xf != NULL && g_ascii_string_to_unsigned (xf, 10, 0, G_MAXUINT32, &n, NULL))
    {
      raw.xf = (guint) n;
      raw.has_xf = TRUE;
    }
  g_string_truncate (sr->v, 0);
  g_string_truncate (sr->is, 0);
  ok = read_cell_children (sr, &raw, error) && make_value (sr, &raw, &cell, error);
  g_free (raw.type);
  if (!ok)
    return FALSE;
  if (cell.type == OT_XLSX_CELL_EMPTY)
    return TRUE;
  return store_cell (sr, &cell, error);
}

static gboolean
start_row (SheetReader *sr,
           GError     **error)
{
  g_autofree char *r = ot_xlsx_xml_attr (sr->xml, "r");
  guint64 n;

  if (r == NULL)
    sr->row++;
  else if (g_ascii_string_to_unsigned (r, 10, 1, OT_XLSX_MAX_ROWS, &n, NULL))
    sr->row = (gint64) n - 1;
  else
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: sheet “%s” has a row at an impossible place."),
                   sr->pkg->display_name, sr->sheet->name);
      return FALSE;
    }
  if (sr->row >= (gint64) OT_XLSX_MAX_ROWS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_BAD_FILE,
                   _("The file “%s” is damaged: sheet “%s” has a row at an impossible place."),
                   sr->pkg->display_name, sr->sheet->name);
      return FALSE;
    }
  sr->next_col = 0;
  return TRUE;
}

static gint
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const OtXlsxCell *ca = a, *cb = b;

  if (ca->row != cb->row)
    return ca->row < cb->row ? -1 : 1;
  if (ca->col != cb->col)
    return ca->col < cb->col ? -1 : 1;
  return 0;
}

static gboolean
read_sheet_data (SheetReader *sr,
                 GError     **error)
{
  gboolean in_data = FALSE;
  int ret;

  while ((ret = ot_xlsx_xml_next (sr->xml, error)) > 0)
    {
      OtXlsxXml *xml = sr->xml;

      if (!in_data)
        in_data = ot_xlsx_xml_is_start (xml, "sheetData")
                  && xmlTextReaderIsEmptyElement (xml->reader) != 1;
      else if (ot_xlsx_xml_is_end (xml, "sheetData"))
        return TRUE;  /* what follows (merges, drawings) holds no values */
      else if (ot_xlsx_xml_is_start (xml, "row") && !start_row (sr, error))
        return FALSE;
      else if (ot_xlsx_xml_is_start (xml, "c") && !read_cell (sr, error))
        return FALSE;
    }
  return ret == 0;
}

/* A cell written twice keeps its last value, as a later write in Excel would. The sort
 * is stable, so the last of a run of equal places is the file's last. */
static void
drop_duplicates (OtXlsxSheet  *sheet,
                 OtXlsxShared *shared)
{
  OtXlsxCell *cells = (OtXlsxCell *) (void *) sheet->cells->data;
  guint n = sheet->cells->len, kept = 0;

  for (guint i = 0; i < n; i++)
    {
      if (i + 1 < n && compare_cells (&cells[i], &cells[i + 1], NULL) == 0)
        continue;
      cells[kept++] = cells[i];
    }
  shared->n_cells -= n - kept;
  g_array_set_size (sheet->cells, kept);
}

static gboolean
load_cells (OtXlsxSheet *sheet,
            GError     **error)
{
  OtXlsxWorkbook *wb = sheet->workbook;
  g_autoptr(GString) v = g_string_new (NULL);
  g_autoptr(GString) is = g_string_new (NULL);
  g_autoptr(OtXlsxXml) xml = NULL;
  SheetReader sr = { 0 };

  if (sheet->part == NULL)
    return TRUE;
  xml = ot_xlsx_xml_open (ot_xlsx_workbook_get_package (wb), sheet->part, FALSE, error);
  if (xml == NULL)
    return FALSE;
  sr = (SheetReader) {
    .sheet = sheet, .xml = xml, .shared = ot_xlsx_workbook_get_shared (wb),
    .pkg = ot_xlsx_workbook_get_package (wb), .row = -1, .sorted = TRUE, .v = v, .is = is,
  };
  if (!read_sheet_data (&sr, error))
    return FALSE;
  if (!sr.sorted)
    {
      g_qsort_with_data (sheet->cells->data, (gint) sheet->cells->len, sizeof (OtXlsxCell),
                         compare_cells, NULL);
      drop_duplicates (sheet, sr.shared);
    }
  return TRUE;
}

/* ---- internal API ---- */

OtXlsxSheet *
ot_xlsx_sheet_new (OtXlsxWorkbook  *wb,
                   guint            index,
                   const char      *name,
                   const char      *part,
                   OtXlsxSheetState state)
{
  OtXlsxSheet *sheet = g_new0 (OtXlsxSheet, 1);

  sheet->workbook = wb;
  sheet->index = index;
  sheet->name = g_strdup (name);
  sheet->part = g_strdup (part);
  sheet->state = state;
  sheet->cells = g_array_new (FALSE, FALSE, sizeof (OtXlsxCell));
  return sheet;
}

void
ot_xlsx_sheet_free (OtXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->cells, g_array_unref);
  g_clear_error (&sheet->load_error);
  g_free (sheet->name);
  g_free (sheet->part);
  g_free (sheet);
}

/* ---- public API ---- */

const char *
ot_xlsx_sheet_get_name (OtXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->name;
}

guint
ot_xlsx_sheet_get_index (OtXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return sheet->index;
}

OtXlsxSheetState
ot_xlsx_sheet_get_state (OtXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, OT_XLSX_SHEET_VISIBLE);
  return sheet->state;
}

const char *
ot_xlsx_sheet_get_part (OtXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  return sheet->part;
}

gboolean
ot_xlsx_sheet_load (OtXlsxSheet *sheet,
                    GError     **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  if (!sheet->loaded)
    {
      sheet->loaded = TRUE;
      if (!load_cells (sheet, &sheet->load_error))
        {
          /* Half a sheet is worse than none: a caller must not see part of the cells. */
          OtXlsxShared *shared = ot_xlsx_workbook_get_shared (sheet->workbook);
          shared->n_cells -= MIN (shared->n_cells, sheet->cells->len);
          g_array_set_size (sheet->cells, 0);
        }
    }
  if (sheet->load_error != NULL)
    {
      g_propagate_error (error, g_error_copy (sheet->load_error));
      return FALSE;
    }
  return TRUE;
}

guint
ot_xlsx_sheet_get_n_cells (OtXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);
  return sheet->cells->len;
}

const OtXlsxCell *
ot_xlsx_sheet_get_cell (OtXlsxSheet *sheet,
                        guint        index)
{
  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (index < sheet->cells->len, NULL);
  return &g_array_index (sheet->cells, OtXlsxCell, index);
}

void
ot_xlsx_sheet_get_extent (OtXlsxSheet *sheet,
                          guint32     *n_rows,
                          guint32     *n_cols)
{
  guint32 rows = 0, cols = 0;

  g_return_if_fail (sheet != NULL);

  if (sheet->cells->len > 0)
    rows = g_array_index (sheet->cells, OtXlsxCell, sheet->cells->len - 1).row + 1;
  for (guint i = 0; i < sheet->cells->len; i++)
    cols = MAX (cols, g_array_index (sheet->cells, OtXlsxCell, i).col + 1);
  if (n_rows != NULL)
    *n_rows = rows;
  if (n_cols != NULL)
    *n_cols = cols;
}

const OtXlsxCell *
ot_xlsx_sheet_lookup (OtXlsxSheet *sheet,
                      guint32      row,
                      guint32      col)
{
  OtXlsxCell key = { .row = row, .col = col };
  guint lo = 0, hi;

  g_return_val_if_fail (sheet != NULL, NULL);

  hi = sheet->cells->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const OtXlsxCell *cell = &g_array_index (sheet->cells, OtXlsxCell, mid);
      int cmp = compare_cells (cell, &key, NULL);
      if (cmp == 0)
        return cell;
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}
