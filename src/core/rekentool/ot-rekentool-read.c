/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-read.c: reads one rekentool file into a report: locating, normalising and checking every field. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ot-error.h"
#include "ot-xlsx.h"
#include "analysis/ot-cost-model.h"
#include "ot-rekentool-fields.h"
#include "ot-rekentool-import.h"
#include "ot-rekentool-report-private.h"

/* A rekentool is a few hundred cells; these bounds refuse anything far beyond that early. */
#define MAX_FILE_SIZE     (16 * 1024 * 1024)
#define MAX_UNCOMPRESSED  (48 * 1024 * 1024)
#define MAX_CELLS         250000
#define LABEL_REACH       4     /* cells to the right of a label searched for its value */

typedef struct
{
  guint        sheet;
  guint32      row;
  guint32      col;
  const char  *text;
} LabelHit;

typedef struct
{
  OtConsultation           *consultation;
  const OtRekentoolOptions *options;
  OtXlsxWorkbook           *wb;
  OtRekentoolReport        *report;
  const char               *file_name;
  gboolean                  has_names;     /* the file carries the template's defined names */
  GHashTable               *labels;        /* field key → GArray of LabelHit, in reading order */
  GHashTable               *names;         /* lower-case workbook-level name → OtXlsxDefinedName */
  GHashTable               *sheets;        /* sheet name → OtXlsxSheet */
  int                      *product_sheet; /* per product: the sheet holding its labels, or -1 */
} Reader;

/* ---- reading the bytes ---- */

static GBytes *
read_bytes (const char  *path,
            const char  *file_name,
            GError     **error)
{
  GStatBuf st;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize len = 0;

  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The file “%s” cannot be opened: %s."), file_name, g_strerror (errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("“%s” is not a regular file."), file_name);
      return NULL;
    }
  if (st.st_size > MAX_FILE_SIZE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT, _("The file “%s” is larger than %u MiB, the most a rekentool may be."),
                   file_name, MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &len, &local))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The file “%s” cannot be read: %s."), file_name, local->message);
      return NULL;
    }
  if (len > MAX_FILE_SIZE)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_LIMIT, _("The file “%s” is larger than %u MiB, the most a rekentool may be."),
                   file_name, MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), len);
}

static OtXlsxWorkbook *
open_workbook (GBytes      *bytes,
               const char  *file_name,
               GError     **error)
{
  g_autoptr(OtXlsxWorkbook) wb = NULL;
  OtXlsxLimits limits;

  ot_xlsx_limits_init_default (&limits);
  limits.max_file_size = MAX_FILE_SIZE;
  limits.max_total_uncompressed = MAX_UNCOMPRESSED;
  limits.max_cells = MAX_CELLS;
  wb = ot_xlsx_workbook_new_from_bytes_full (bytes, file_name, &limits, error);
  if (wb == NULL || !ot_xlsx_workbook_load_all (wb, error))
    return NULL;
  return g_steal_pointer (&wb);
}

/* ---- the template's identity ---- */

/* The reader looks names up one by one; a rekentool asks for a hundred or more, so they are
 * indexed once. Names compare without case, as in Excel; ours are ASCII. */
static void
index_names (Reader *r)
{
  r->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->sheets = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ot_xlsx_workbook_get_n_defined_names (r->wb); i++)
    {
      const OtXlsxDefinedName *dn = ot_xlsx_workbook_get_defined_name (r->wb, i);
      char *key = g_ascii_strdown (dn->name, -1);

      if (dn->local_sheet < 0 && g_str_has_prefix (key, "ovt_"))
        r->has_names = TRUE;
      if (dn->local_sheet >= 0 || g_hash_table_contains (r->names, key))
        g_free (key);
      else
        g_hash_table_insert (r->names, key, (gpointer) dn);
    }
  for (guint i = 0; i < ot_xlsx_workbook_get_n_sheets (r->wb); i++)
    {
      OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (r->wb, i);

      g_hash_table_insert (r->sheets, (gpointer) ot_xlsx_sheet_get_name (sheet), sheet);
    }
}

static OtXlsxSheet *
find_sheet (Reader     *r,
            const char *name)
{
  OtXlsxSheet *sheet = g_hash_table_lookup (r->sheets, name);

  return sheet != NULL ? sheet : ot_xlsx_workbook_find_sheet (r->wb, name);
}

/* The cell at Sheet!A1; FALSE when the sheet or the reference does not exist. */
static gboolean
cell_at (Reader     *r,
         const char *sheet_name,
         const char *ref,
         OtXlsxCell *out)
{
  OtXlsxSheet *sheet = find_sheet (r, sheet_name);
  const OtXlsxCell *cell;
  guint32 row, col;

  if (sheet == NULL || !ot_xlsx_parse_ref (ref, &row, &col))
    return FALSE;
  cell = ot_xlsx_sheet_lookup (sheet, row, col);
  if (cell != NULL)
    *out = *cell;
  else
    *out = (OtXlsxCell) { .row = row, .col = col, .type = OT_XLSX_CELL_EMPTY };
  return TRUE;
}

/* A defined name holding a number, either as a cell it points to or as a constant ("=1"). */
static gboolean
name_number (Reader     *r,
             const char *name,
             double     *value,
             char      **shown)
{
  const OtXlsxDefinedName *dn = g_hash_table_lookup (r->names, name);
  g_autofree char *sheet = NULL;
  g_autofree char *ref = NULL;
  OtXlsxCell cell;
  const char *text;

  if (dn == NULL)
    return FALSE;
  *shown = NULL;
  if (ot_rekentool_split_cell_ref (dn->ref[0] == '=' ? dn->ref + 1 : dn->ref, &sheet, &ref)
      && cell_at (r, sheet, ref, &cell))
    {
      if (cell.type == OT_XLSX_CELL_NUMBER)
        {
          *value = cell.number;
          *shown = g_strdup_printf ("%g", cell.number);
          return TRUE;
        }
      text = cell.type == OT_XLSX_CELL_STRING ? cell.string : "";
    }
  else
    text = dn->ref[0] == '=' ? dn->ref + 1 : dn->ref;
  *shown = g_strndup (text, 20);
  if (!ot_rekentool_parse_number (text, value, NULL))
    *value = NAN;
  return TRUE;
}

static gboolean
check_identity (Reader  *r,
                GError **error)
{
  double version, consultation;
  g_autofree char *shown = NULL;
  g_autofree char *shown_id = NULL;
  guint expected = ot_consultation_get_template_version (r->consultation);

  if (name_number (r, "ovt_template_version", &version, &shown))
    {
      if (!(version == (double) expected))
        {
          g_set_error (error, OT_ERROR, OT_ERROR_UNSUPPORTED,
                       _("The file “%s” was made from template version %s, but this consultation uses version %u; send the provider the current template."),
                       r->file_name, shown, expected);
          return FALSE;
        }
      ot_rekentool_report_set_template_version (r->report, expected);
    }
  if (name_number (r, "ovt_consultation", &consultation, &shown_id)
      && !(consultation == (double) ot_consultation_get_id (r->consultation)))
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The file “%s” is the template of another consultation (number %s), not of this one."),
                   r->file_name, shown_id);
      return FALSE;
    }
  return TRUE;
}


/* ---- turning a cell into a value ---- */

static void
set_text (OtRekentoolValue *v,
          const char       *text)
{
  g_free (v->text);
  v->text = g_strstrip (g_strdup (text));
}

static gboolean
read_date_text (const char *text,
                char      **iso)
{
  int a, b, c;
  char sep1, sep2;

  if (sscanf (text, "%d%c%d%c%d", &a, &sep1, &b, &sep2, &c) != 5 || sep1 != sep2)
    return FALSE;
  if (a > 31 && g_date_valid_dmy (c, b, a))          /* 2026-11-23 */
    *iso = g_strdup_printf ("%04d-%02d-%02d", a, b, c);
  else if (c > 31 && g_date_valid_dmy (a, b, c))     /* 23-11-2026, as Dutch people write it */
    *iso = g_strdup_printf ("%04d-%02d-%02d", c, b, a);
  else
    return FALSE;
  return TRUE;
}

static void
convert_date (Reader           *r,
              const OtXlsxCell *cell,
              OtRekentoolValue *v)
{
  g_autofree char *iso = NULL;

  if (cell->type == OT_XLSX_CELL_DATE && cell->string != NULL)
    iso = g_strndup (cell->string, 10);
  else if (cell->type == OT_XLSX_CELL_DATE || cell->type == OT_XLSX_CELL_NUMBER)
    {
      g_autofree char *full = ot_xlsx_serial_to_iso8601 (cell->number, ot_xlsx_workbook_get_date1904 (r->wb));
      iso = full != NULL ? g_strndup (full, 10) : NULL;
    }
  else if (cell->type == OT_XLSX_CELL_STRING)
    read_date_text (cell->string, &iso);
  if (iso != NULL)
    set_text (v, iso);
  else
    {
      set_text (v, cell->type == OT_XLSX_CELL_STRING ? cell->string : "?");
      v->warning = g_strdup_printf (_("“%s” is not a date."), v->text);
    }
}

static void
convert_text (const OtRekentoolField *field,
              const OtXlsxCell       *cell,
              OtRekentoolValue       *v)
{
  if (cell->type == OT_XLSX_CELL_NUMBER)
    {
      g_autofree char *text = g_strdup_printf ("%g", cell->number);
      set_text (v, text);
    }
  else
    set_text (v, cell->string != NULL ? cell->string : "");
  /* The template offers "Anders" for the catalogue's "other"; other choices keep their spelling. */
  if (field->catalogue != NULL && field->catalogue->choices != NULL)
    {
      if (g_ascii_strcasecmp (v->text, "anders") == 0)
        set_text (v, "other");
      for (guint i = 0; field->catalogue->choices[i] != NULL; i++)
        if (g_ascii_strcasecmp (v->text, field->catalogue->choices[i]) == 0)
          set_text (v, field->catalogue->choices[i]);
    }
}

/* "12.000" typed as text means twelve thousand to a Dutch provider (hours, clients), not
 * twelve; only digit groups of three after a leading group of one to three digits count. */
static gboolean
is_dutch_thousands (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));
  gsize len = strlen (t), lead = 0, i;

  while (lead < len && g_ascii_isdigit (t[lead]))
    lead++;
  if (lead == 0 || lead > 3 || t[0] == '0' || lead == len)
    return FALSE;
  for (i = lead; i < len; i += 4)
    {
      if (t[i] != '.' || i + 3 >= len || !g_ascii_isdigit (t[i + 1]) || !g_ascii_isdigit (t[i + 2])
          || !g_ascii_isdigit (t[i + 3]))
        return FALSE;
    }
  return i == len;
}

static void
convert_number (const OtRekentoolField *field,
                const OtXlsxCell       *cell,
                OtRekentoolValue       *v)
{
  double number = cell->number;
  gboolean percent = FALSE;

  if (cell->type == OT_XLSX_CELL_STRING && field->kind != OT_REKENTOOL_KIND_FRACTION
      && is_dutch_thousands (cell->string))
    {
      g_autofree char *plain = g_strdup (cell->string);
      char *w = plain;

      for (const char *p = cell->string; *p != '\0'; p++)
        if (*p != '.')
          *w++ = *p;
      *w = '\0';
      ot_rekentool_parse_number (plain, &number, NULL);
    }
  else if (cell->type == OT_XLSX_CELL_STRING && !ot_rekentool_parse_number (cell->string, &number, &percent))
    {
      set_text (v, cell->string);
      v->warning = g_strdup_printf (_("“%s” is not a number."), v->text);
      return;
    }
  if (cell->type == OT_XLSX_CELL_BOOLEAN || cell->type == OT_XLSX_CELL_ERROR)
    {
      set_text (v, cell->type == OT_XLSX_CELL_ERROR ? cell->string : (cell->number != 0 ? "TRUE" : "FALSE"));
      v->warning = g_strdup_printf (_("“%s” is not a number."), v->text);
      return;
    }
  if (field->kind == OT_REKENTOOL_KIND_FRACTION)
    number = ot_rekentool_normalise_fraction (number, percent);
  v->has_number = TRUE;
  v->number = number;
}

static gboolean
is_present (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* FALSE when the cell holds nothing. */
static gboolean
convert_cell (Reader                 *r,
              const OtRekentoolField *field,
              const OtXlsxCell       *cell,
              OtRekentoolValue       *v)
{
  if (cell->type == OT_XLSX_CELL_EMPTY)
    return FALSE;
  if (cell->type == OT_XLSX_CELL_STRING && !is_present (cell->string))
    return FALSE;
  switch (field->kind)
    {
    case OT_REKENTOOL_KIND_TEXT:
      convert_text (field, cell, v);
      break;
    case OT_REKENTOOL_KIND_DATE:
      convert_date (r, cell, v);
      break;
    case OT_REKENTOOL_KIND_NUMBER:
    case OT_REKENTOOL_KIND_FRACTION:
    default:
      convert_number (field, cell, v);
      break;
    }
  return TRUE;
}

/* ---- locating fields ---- */

static OtRekentoolValue *
locate_by_name (Reader                 *r,
                const OtRekentoolField *field,
                const char             *product_code)
{
  g_autofree char *name = ot_rekentool_field_name (field, product_code);
  const OtXlsxDefinedName *dn = g_hash_table_lookup (r->names, name);
  g_autoptr(OtRekentoolValue) v = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *ref = NULL;
  OtXlsxCell cell;

  if (dn == NULL || !ot_rekentool_split_cell_ref (dn->ref[0] == '=' ? dn->ref + 1 : dn->ref, &sheet, &ref)
      || !cell_at (r, sheet, ref, &cell))
    return NULL;
  v = ot_rekentool_value_new (product_code, field->key);
  if (!convert_cell (r, field, &cell, v))
    return NULL;
  v->source = OT_REKENTOOL_SOURCE_NAME;
  v->detail = g_strdup (name);
  v->sheet = g_steal_pointer (&sheet);
  v->cell = g_steal_pointer (&ref);
  return g_steal_pointer (&v);
}

static OtRekentoolValue *
locate_by_mapping (Reader                 *r,
                   const OtRekentoolField *field,
                   const char             *product_code)
{
  g_autoptr(OtRekentoolValue) v = NULL;
  const char *sheet, *cell_ref;
  OtXlsxCell cell;

  if (r->options->mapping == NULL
      || !ot_rekentool_mapping_lookup (r->options->mapping, product_code, field->key, &sheet, &cell_ref)
      || !cell_at (r, sheet, cell_ref, &cell))
    return NULL;
  v = ot_rekentool_value_new (product_code, field->key);
  if (!convert_cell (r, field, &cell, v))
    return NULL;
  v->source = OT_REKENTOOL_SOURCE_MAPPING;
  v->detail = g_strdup (ot_rekentool_mapping_get_title (r->options->mapping));
  v->sheet = g_strdup (sheet);
  v->cell = g_strdup (cell_ref);
  return g_steal_pointer (&v);
}

/* Whether a cell near a label can be the label's value: for a figure it must read as a
 * number, so units ("€", "%", "uur") and remarks beside a label are passed over. */
static gboolean
cell_fits (const OtRekentoolField *field,
           const OtXlsxCell       *cell)
{
  double n;

  switch (cell->type)
    {
    case OT_XLSX_CELL_NUMBER:
    case OT_XLSX_CELL_DATE:
      return TRUE;
    case OT_XLSX_CELL_STRING:
      if (field->kind == OT_REKENTOOL_KIND_TEXT || field->kind == OT_REKENTOOL_KIND_DATE)
        return ot_rekentool_field_for_label (cell->string) == NULL;
      return ot_rekentool_parse_number (cell->string, &n, NULL);
    case OT_XLSX_CELL_EMPTY:
    case OT_XLSX_CELL_BOOLEAN:
    case OT_XLSX_CELL_ERROR:
    default:
      return FALSE;
    }
}

static const OtXlsxCell *
value_near_label (OtXlsxSheet            *sheet,
                  const OtRekentoolField *field,
                  const LabelHit         *hit)
{
  const OtXlsxCell *cell;

  for (guint32 c = hit->col + 1; c <= hit->col + LABEL_REACH && c < OT_XLSX_MAX_COLS; c++)
    {
      cell = ot_xlsx_sheet_lookup (sheet, hit->row, c);
      if (cell == NULL || cell->type == OT_XLSX_CELL_EMPTY)
        continue;
      if (cell->type == OT_XLSX_CELL_STRING && ot_rekentool_field_for_label (cell->string) != NULL)
        break;
      if (cell_fits (field, cell))
        return cell;
    }
  cell = hit->row + 1 < OT_XLSX_MAX_ROWS ? ot_xlsx_sheet_lookup (sheet, hit->row + 1, hit->col) : NULL;
  if (cell != NULL && cell_fits (field, cell))
    return cell;
  return NULL;
}

static OtRekentoolValue *
value_from_hit (Reader                 *r,
                const OtRekentoolField *field,
                const char             *product_code,
                const LabelHit         *hit)
{
  OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (r->wb, hit->sheet);
  const OtXlsxCell *cell = value_near_label (sheet, field, hit);
  g_autoptr(OtRekentoolValue) v = NULL;
  char ref[OT_XLSX_REF_SIZE];

  if (cell == NULL)
    return NULL;
  v = ot_rekentool_value_new (product_code, field->key);
  if (!convert_cell (r, field, cell, v))
    return NULL;
  v->source = OT_REKENTOOL_SOURCE_LABEL;
  v->detail = g_strdup (hit->text);
  v->sheet = g_strdup (ot_xlsx_sheet_get_name (sheet));
  ot_xlsx_format_ref (cell->row, cell->col, ref);
  v->cell = g_strdup (ref);
  ot_xlsx_format_ref (hit->row, hit->col, ref);
  v->label_cell = g_strdup (ref);
  return g_steal_pointer (&v);
}

static OtRekentoolValue *
locate_by_label (Reader                 *r,
                 const OtRekentoolField *field,
                 const char             *product_code,
                 int                     only_sheet)
{
  GArray *hits = g_hash_table_lookup (r->labels, field->key);

  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const LabelHit *hit = &g_array_index (hits, LabelHit, i);
      OtRekentoolValue *v;

      if (only_sheet >= 0 && hit->sheet != (guint) only_sheet)
        continue;
      if ((v = value_from_hit (r, field, product_code, hit)) != NULL)
        return v;
    }
  return NULL;
}

static void
index_labels (Reader *r)
{
  guint n = ot_xlsx_workbook_get_n_sheets (r->wb);

  r->labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  /* Visible sheets first: a hidden sheet is more often a lookup table than the provider's input. */
  for (guint k = 0; k < 2 * n; k++)
    {
      guint s = k % n;
      OtXlsxSheet *sheet = ot_xlsx_workbook_get_sheet (r->wb, s);

      if ((ot_xlsx_sheet_get_state (sheet) == OT_XLSX_SHEET_VISIBLE) != (k < n))
        continue;

      for (guint i = 0; i < ot_xlsx_sheet_get_n_cells (sheet); i++)
        {
          const OtXlsxCell *cell = ot_xlsx_sheet_get_cell (sheet, i);
          const OtRekentoolField *field;
          LabelHit hit;
          GArray *hits;

          if (cell->type != OT_XLSX_CELL_STRING || cell->formula
              || (field = ot_rekentool_field_for_label (cell->string)) == NULL)
            continue;
          hits = g_hash_table_lookup (r->labels, field->key);
          if (hits == NULL)
            {
              hits = g_array_new (FALSE, FALSE, sizeof (LabelHit));
              g_hash_table_insert (r->labels, (gpointer) field->key, hits);
            }
          hit = (LabelHit) { s, cell->row, cell->col, cell->string };
          if (hits->len < 64)
            g_array_append_val (hits, hit);
        }
    }
}

/* With several products, a free-form file keeps each on a sheet named after it. */
static void
match_product_sheets (Reader *r)
{
  guint n = ot_consultation_get_n_products (r->consultation);

  r->product_sheet = g_new (int, n);
  for (guint p = 0; p < n; p++)
    {
      const OtConsultationProduct *product = ot_consultation_get_product (r->consultation, p);

      r->product_sheet[p] = n == 1 ? -1 : -2;   /* -1: any sheet; -2: none found */
      for (guint s = 0; n > 1 && s < ot_xlsx_workbook_get_n_sheets (r->wb); s++)
        {
          const char *name = ot_xlsx_sheet_get_name (ot_xlsx_workbook_get_sheet (r->wb, s));
          g_autofree char *trimmed = g_strstrip (g_strdup (name));

          if (g_utf8_collate (trimmed, product->name) == 0 || g_ascii_strcasecmp (trimmed, product->code) == 0)
            {
              r->product_sheet[p] = (int) s;
              break;
            }
        }
    }
}

static OtRekentoolValue *
locate (Reader                 *r,
        const OtRekentoolField *field,
        guint                   product_index)
{
  const char *code = field->per_product ? ot_consultation_get_product (r->consultation, product_index)->code : NULL;
  OtRekentoolValue *v = NULL;
  int sheet = -1;

  if (r->has_names && (v = locate_by_name (r, field, code)) != NULL)
    return v;
  if ((v = locate_by_mapping (r, field, code)) != NULL)
    return v;
  if (r->has_names)
    return NULL;
  if (field->per_product && (sheet = r->product_sheet[product_index]) == -2)
    return NULL;
  return locate_by_label (r, field, code, sheet);
}

static void
locate_all (Reader *r)
{
  guint n;
  const OtRekentoolField *all = ot_rekentool_fields_get_all (&n);
  guint n_products = ot_consultation_get_n_products (r->consultation);

  if (!r->has_names)
    {
      index_labels (r);
      match_product_sheets (r);
    }
  for (guint i = 0; i < n; i++)
    {
      OtRekentoolValue *v;

      if (!all[i].per_product)
        {
          if ((v = locate (r, &all[i], 0)) != NULL)
            ot_rekentool_report_take_value (r->report, v);
          continue;
        }
      for (guint p = 0; p < n_products; p++)
        if ((v = locate (r, &all[i], p)) != NULL)
          ot_rekentool_report_take_value (r->report, v);
    }
}

/* ---- checking ---- */

static char *
show_number (const OtRekentoolField *field,
             double                  value)
{
  if (field->kind == OT_REKENTOOL_KIND_FRACTION)
    return g_strdup_printf ("%.4g %%", value * 100);
  return g_strdup_printf ("%.10g", value);
}

static void
check_range (const OtRekentoolField *field,
             OtRekentoolValue       *v)
{
  g_autofree char *shown = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (field == NULL || !v->has_number || v->warning != NULL || isnan (field->min))
    return;
  if (v->number >= field->min && v->number <= field->max)
    return;
  shown = show_number (field, v->number);
  low = show_number (field, field->min);
  if (isfinite (field->max))
    {
      high = show_number (field, field->max);
      v->warning = g_strdup_printf (_("%s lies outside the plausible range of %s to %s."), shown, low, high);
    }
  else
    v->warning = g_strdup_printf (_("%s is below the minimum of %s."), shown, low);
}

typedef struct
{
  OtRekentoolReport *report;
  const char        *product_code;
} ModelLookup;

static gboolean
model_value (const char *key,
             double     *value,
             gpointer    user_data)
{
  ModelLookup *lookup = user_data;
  const OtRekentoolValue *v = ot_rekentool_report_find_value (lookup->report, lookup->product_code, key);

  if (v == NULL || !v->has_number)
    return FALSE;
  *value = v->number;
  return TRUE;
}

/* DESIGN.md: a stated cost price far from the model is flagged for the adviser, not refused. */
static void
check_model (Reader     *r,
             const char *product_code)
{
  ModelLookup lookup = { r->report, product_code };
  OtCostBreakdown breakdown;
  OtRekentoolValue *stated = ot_rekentool_report_find_value_mut (r->report, product_code, "kostprijs_per_uur");
  g_autoptr(OtRekentoolValue) model = NULL;
  double tolerance = r->options->tolerance > 0 ? r->options->tolerance : OT_REKENTOOL_DEFAULT_TOLERANCE;

  if (!ot_cost_model_compute (model_value, &lookup, &breakdown, NULL) || !isfinite (breakdown.total))
    return;
  model = ot_rekentool_value_new (product_code, "model_kostprijs_per_uur");
  model->has_number = TRUE;
  model->number = breakdown.total;
  model->source = OT_REKENTOOL_SOURCE_COMPUTED;
  if (stated != NULL && stated->has_number && stated->warning == NULL && breakdown.total > 0
      && fabs (stated->number - breakdown.total) / breakdown.total > tolerance)
    stated->warning = g_strdup_printf (_("The stated cost price of %.2f differs by %.1f %% from the model cost price of %.2f (tolerance %.1f %%)."),
                                       stated->number, 100 * (stated->number - breakdown.total) / breakdown.total,
                                       breakdown.total, 100 * tolerance);
  ot_rekentool_report_take_value (r->report, g_steal_pointer (&model));
}

/* The catalogue keeps the director's statement as one text; the template asks for its parts. */
static void
add_statement (Reader *r)
{
  const OtRekentoolValue *name = ot_rekentool_report_find_value (r->report, NULL, "bestuurder_naam");
  const OtRekentoolValue *function = ot_rekentool_report_find_value (r->report, NULL, "bestuurder_functie");
  const OtRekentoolValue *date = ot_rekentool_report_find_value (r->report, NULL, "bestuurder_datum");
  OtRekentoolValue *v;
  GString *text;

  if (name == NULL || name->text == NULL)
    return;
  text = g_string_new (name->text);
  if (function != NULL && function->text != NULL)
    g_string_append_printf (text, ", %s", function->text);
  if (date != NULL && date->text != NULL)
    g_string_append_printf (text, ", %s", date->text);
  v = ot_rekentool_value_new (NULL, "bestuurdersverklaring");
  v->text = g_string_free (text, FALSE);
  v->source = OT_REKENTOOL_SOURCE_COMPUTED;
  ot_rekentool_report_take_value (r->report, v);
}

static void
check_all (Reader *r)
{
  for (guint i = 0; i < ot_rekentool_report_get_n_values (r->report); i++)
    {
      OtRekentoolValue *v = (OtRekentoolValue *) ot_rekentool_report_get_value (r->report, i);

      check_range (ot_rekentool_field_lookup (v->key), v);
    }
  for (guint p = 0; p < ot_consultation_get_n_products (r->consultation); p++)
    check_model (r, ot_consultation_get_product (r->consultation, p)->code);
  add_statement (r);
}

static gboolean
settle_provider (Reader  *r,
                 GError **error)
{
  const OtRekentoolValue *named = ot_rekentool_report_find_value (r->report, NULL, "aanbieder_naam");
  const char *given = r->options->organisation;

  if (given != NULL && *given != '\0')
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (given));
      ot_rekentool_report_set_provider (r->report, trimmed);
      return TRUE;
    }
  if (named != NULL && named->text != NULL && *named->text != '\0')
    {
      ot_rekentool_report_set_provider (r->report, named->text);
      return TRUE;
    }
  g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
               _("The file “%s” does not name the provider; give the provider’s name when importing it."),
               r->file_name);
  return FALSE;
}

static gboolean
read_into (Reader      *r,
           const char  *path,
           GError     **error)
{
  g_autoptr(GBytes) bytes = read_bytes (path, r->file_name, error);
  g_autofree char *sha = NULL;

  if (bytes == NULL)
    return FALSE;
  sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  ot_rekentool_report_set_sha256 (r->report, sha);
  r->wb = open_workbook (bytes, r->file_name, error);
  if (r->wb == NULL)
    return FALSE;
  index_names (r);
  if (!check_identity (r, error))
    return FALSE;
  locate_all (r);
  if (ot_rekentool_report_get_n_values (r->report) == 0)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_INVALID,
                   _("The file “%s” holds no recognisable rekentool fields: none of the template’s names and none of the known labels with a value."),
                   r->file_name);
      return FALSE;
    }
  check_all (r);
  return settle_provider (r, error);
}

OtRekentoolReport *
ot_rekentool_read_file (OtConsultation           *consultation,
                        const char               *path,
                        const OtRekentoolOptions *options)
{
  OtRekentoolOptions defaults = { 0 };
  g_autoptr(OtRekentoolReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Reader r = { 0 };

  g_return_val_if_fail (OT_IS_CONSULTATION (consultation), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  report = ot_rekentool_report_new (path);
  r.consultation = consultation;
  r.options = options != NULL ? options : &defaults;
  r.report = report;
  r.file_name = ot_rekentool_report_get_file_name (report);
  if (!read_into (&r, path, &error))
    ot_rekentool_report_reject (report, error);
  else
    ot_rekentool_report_settle_status (report);
  g_clear_pointer (&r.wb, ot_xlsx_workbook_unref);
  g_clear_pointer (&r.labels, g_hash_table_unref);
  g_clear_pointer (&r.names, g_hash_table_unref);
  g_clear_pointer (&r.sheets, g_hash_table_unref);
  g_free (r.product_sheet);
  return g_steal_pointer (&report);
}
