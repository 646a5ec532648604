/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-xlsx.c: writes the anonymised analysis report with libxlsxwriter. */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#include "ot-error.h"
#include "analysis/ot-cost-model.h"
#include "ot-analysis-xlsx.h"
#include "ot-export-file.h"

#define SHEET_TABLES "Analyse"
#define SHEET_CHART  "Grafiek"
#define SHEET_NOTES  "Toelichting"
/* The notes column's width in characters, and what a wrapped line holds of it. */
#define NOTES_WIDTH           72
#define NOTES_CHARS_PER_LINE  76

typedef struct
{
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  lxw_format    *title;
  lxw_format    *caption;
  lxw_format    *header;
  lxw_format    *header_left;
  lxw_format    *text;
  lxw_format    *hidden;
  lxw_format    *euro;
  lxw_format    *fraction;
  lxw_format    *whole;
  lxw_format    *note;
  lxw_format    *paragraph;
  lxw_row_t      row;
  /* Where the chart's data block landed; n_chart_products 0 when there is none. */
  lxw_row_t      chart_header_row;
  guint          n_chart_products;
} Writer;

static lxw_format *
new_format (lxw_workbook *workbook,
            gboolean      bold,
            const char   *num_format,
            uint8_t       align)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, 10);
  if (bold)
    format_set_bold (format);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  return format;
}

static void
make_formats (Writer *w)
{
  w->title = new_format (w->workbook, TRUE, NULL, LXW_ALIGN_NONE);
  format_set_font_size (w->title, 16);
  format_set_font_color (w->title, 0x1C5999);
  w->caption = new_format (w->workbook, TRUE, NULL, LXW_ALIGN_NONE);
  format_set_font_size (w->caption, 12);
  w->header = new_format (w->workbook, TRUE, NULL, LXW_ALIGN_RIGHT);
  format_set_bg_color (w->header, 0xE3EBF5);
  format_set_bottom (w->header, LXW_BORDER_THIN);
  format_set_text_wrap (w->header);
  w->header_left = new_format (w->workbook, TRUE, NULL, LXW_ALIGN_LEFT);
  format_set_bg_color (w->header_left, 0xE3EBF5);
  format_set_bottom (w->header_left, LXW_BORDER_THIN);
  w->text = new_format (w->workbook, FALSE, NULL, LXW_ALIGN_LEFT);
  w->hidden = new_format (w->workbook, FALSE, NULL, LXW_ALIGN_RIGHT);
  w->euro = new_format (w->workbook, FALSE, "[$€-413] #,##0.00", LXW_ALIGN_NONE);
  w->fraction = new_format (w->workbook, FALSE, "0.0%", LXW_ALIGN_NONE);
  w->whole = new_format (w->workbook, FALSE, "#,##0", LXW_ALIGN_NONE);
  w->note = new_format (w->workbook, FALSE, NULL, LXW_ALIGN_LEFT);
  format_set_italic (w->note);
  format_set_font_color (w->note, 0x60606B);
  w->paragraph = new_format (w->workbook, FALSE, NULL, LXW_ALIGN_LEFT);
  format_set_text_wrap (w->paragraph);
  format_set_align (w->paragraph, LXW_ALIGN_VERTICAL_TOP);
}

static void
write_cell (Writer             *w,
            lxw_col_t           col,
            const OtReportCell *cell)
{
  if (cell->suppression != OT_SUPPRESSION_NONE || isnan (cell->value))
    {
      worksheet_write_string (w->sheet, w->row, col, cell->text, col == 0 ? w->text : w->hidden);
      return;
    }
  switch (cell->unit)
    {
    case OT_COST_UNIT_EUR_PER_HOUR:
      worksheet_write_number (w->sheet, w->row, col, cell->value, w->euro);
      break;
    case OT_COST_UNIT_FRACTION:
    case OT_COST_UNIT_FTE_PER_STEP:
      worksheet_write_number (w->sheet, w->row, col, cell->value, w->fraction);
      break;
    default:
      worksheet_write_number (w->sheet, w->row, col, cell->value, w->whole);
      break;
    }
}

static void
write_table_notes (Writer              *w,
                   const OtReportTable *table)
{
  static const char * const notes[] = {
    [OT_SUPPRESSION_TOO_FEW] = "te weinig rekentools voor dit cijfer",
    [OT_SUPPRESSION_DOMINANCE] = "één of twee aanbieders bepalen het grootste deel van dit cijfer",
    [OT_SUPPRESSION_SECONDARY] = "weggelaten zodat een ander weggelaten cijfer niet terug te rekenen is",
  };
  gboolean used[OT_SUPPRESSION_SECONDARY + 1] = { FALSE };

  for (guint r = 0; r < table->rows->len; r++)
    {
      const OtReportCell *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        used[row[c].suppression] = TRUE;
    }
  for (guint s = OT_SUPPRESSION_TOO_FEW; s <= OT_SUPPRESSION_SECONDARY; s++)
    if (used[s])
      {
        g_autofree char *text = g_strdup_printf ("–%s %s.", ot_analysis_report_mark (s), notes[s]);

        worksheet_write_string (w->sheet, w->row++, 0, text, w->note);
      }
}

static void
write_table (Writer              *w,
             const OtReportTable *table)
{
  worksheet_write_string (w->sheet, w->row++, 0, table->caption, w->caption);
  for (guint c = 0; c < table->n_columns; c++)
    worksheet_write_string (w->sheet, w->row, c, table->headers[c], c == 0 ? w->header_left : w->header);
  w->row++;
  for (guint r = 0; r < table->rows->len; r++)
    {
      const OtReportCell *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        write_cell (w, c, &row[c]);
      w->row++;
    }
  write_table_notes (w, table);
  w->row++;
}

/* A stack with a hidden part would look like a smaller cost price: the chart shows only the
 * products whose every part and total are shown. */
static gboolean
model_complete (const OtModelFigures *model)
{
  if (!model->present || model->total.suppression != OT_SUPPRESSION_NONE)
    return FALSE;
  for (guint part = 0; part < OT_COST_N_PARTS; part++)
    if (model->part[part].suppression != OT_SUPPRESSION_NONE)
      return FALSE;
  return TRUE;
}

static void
write_chart_data (Writer                 *w,
                  const OtAnalysisReport *report)
{
  OtAnalysis *analysis = ot_analysis_report_get_analysis (report);
  lxw_col_t col = 1;

  worksheet_write_string (w->sheet, w->row++, 0,
                          "Gegevens voor de grafiek (producten waarvan de hele modelkostprijs getoond wordt)",
                          w->caption);
  w->chart_header_row = w->row;
  worksheet_write_string (w->sheet, w->row, 0, "Onderdeel (€ per uur)", w->header_left);
  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);

      if (!model_complete (&product->model))
        continue;
      worksheet_write_string (w->sheet, w->chart_header_row, col, product->name, w->header);
      for (guint part = 0; part < OT_COST_N_PARTS; part++)
        worksheet_write_number (w->sheet, w->chart_header_row + 1 + part, col,
                                product->model.part[part].value, w->euro);
      col++;
    }
  for (guint part = 0; part < OT_COST_N_PARTS; part++)
    worksheet_write_string (w->sheet, w->chart_header_row + 1 + part, 0, ot_cost_part_get_label (part), w->text);
  w->n_chart_products = col - 1;
  w->row = w->chart_header_row + 1 + OT_COST_N_PARTS;
  if (w->n_chart_products == 0)
    worksheet_write_string (w->sheet, w->row++, 0, "Van geen product wordt de hele modelkostprijs getoond.", w->note);
  w->row++;
}

static void
write_tables (Writer                 *w,
              const OtAnalysisReport *report)
{
  worksheet_set_column (w->sheet, 0, 0, 50, NULL);
  worksheet_set_column (w->sheet, 1, 8, 14, NULL);
  /* Printed, every table fits the width of an A4 page. */
  worksheet_set_paper (w->sheet, 9);
  worksheet_set_landscape (w->sheet);
  worksheet_fit_to_pages (w->sheet, 1, 0);
  worksheet_write_string (w->sheet, w->row++, 0, ot_analysis_report_get_title (report), w->title);
  worksheet_write_string (w->sheet, w->row++, 0,
                          "Geanonimiseerde terugkoppeling van de ingediende rekentools. "
                          "Methode, regels en voetnoten staan op het blad Toelichting.", w->note);
  w->row++;
  for (guint t = 0; t < ot_analysis_report_get_n_tables (report); t++)
    write_table (w, ot_analysis_report_get_table (report, t));
  write_chart_data (w, report);
}

/* libxlsxwriter does not fit a row to wrapped text, and neither does every reader on opening:
 * the row gets the height of the lines the text will take in the notes column. */
static void
write_paragraph (Writer     *w,
                 const char *text)
{
  glong lines = g_utf8_strlen (text, -1) / NOTES_CHARS_PER_LINE + 1;

  worksheet_set_row (w->sheet, w->row, 13.5 * lines + 2, NULL);
  worksheet_write_string (w->sheet, w->row++, 0, text, w->paragraph);
}

static void
write_notes (Writer                 *w,
             const OtAnalysisReport *report)
{
  GPtrArray *intro = ot_analysis_report_get_intro (report);
  GPtrArray *rules = ot_analysis_report_get_rules (report);
  g_autoptr(GPtrArray) notes = ot_analysis_report_get_footnotes (report);

  w->row = 0;
  worksheet_set_column (w->sheet, 0, 0, NOTES_WIDTH, NULL);
  worksheet_set_paper (w->sheet, 9);
  worksheet_fit_to_pages (w->sheet, 1, 0);
  worksheet_write_string (w->sheet, w->row++, 0, ot_analysis_report_get_title (report), w->title);
  worksheet_write_string (w->sheet, w->row++, 0, "Inleiding en methode", w->caption);
  for (guint i = 0; i < intro->len; i++)
    write_paragraph (w, g_ptr_array_index (intro, i));
  w->row++;
  worksheet_write_string (w->sheet, w->row++, 0, "Toegepaste regels voor anonimiteit", w->caption);
  for (guint i = 0; i < rules->len; i++)
    write_paragraph (w, g_ptr_array_index (rules, i));
  w->row++;
  worksheet_write_string (w->sheet, w->row++, 0, "Toelichting bij weggelaten cijfers", w->caption);
  if (notes->len == 0)
    write_paragraph (w, "In deze rapportage is geen cijfer weggelaten.");
  for (guint i = 0; i < notes->len; i++)
    write_paragraph (w, g_ptr_array_index (notes, i));
}

/* A native chart over the parts table, so the reader can restyle it in Excel or LibreOffice. */
static void
write_chart (Writer           *w,
             lxw_chartsheet   *chartsheet)
{
  static const lxw_color_t colours[OT_COST_N_PARTS] = {
    0x1C70D9, 0x61B3FA, 0x26A369, 0xF5D42E, 0xFF7800, 0xBF1C29, 0x9140AB, 0x787579,
  };
  lxw_chart *chart = workbook_add_chart (w->workbook, LXW_CHART_COLUMN_STACKED);
  lxw_col_t last_col = w->n_chart_products;

  for (guint part = 0; part < OT_COST_N_PARTS; part++)
    {
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
      lxw_chart_fill fill = { .color = colours[part] };
      lxw_row_t row = w->chart_header_row + 1 + part;

      chart_series_set_categories (series, SHEET_TABLES, w->chart_header_row, 1, w->chart_header_row, last_col);
      chart_series_set_values (series, SHEET_TABLES, row, 1, row, last_col);
      chart_series_set_name_range (series, SHEET_TABLES, row, 0);
      chart_series_set_fill (series, &fill);
    }
  chart_title_set_name (chart, "Modelkostprijs per uur, uit de mediane componenten");
  chart_axis_set_name (chart->y_axis, "€ per uur");
  chart_axis_set_num_format (chart->y_axis, "[$€-413] #,##0");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_RIGHT);
  chartsheet_set_chart (chartsheet, chart);
}

static gboolean
write_workbook (const OtAnalysisReport *report,
                const char             *temp_path,
                const char             *path,
                GError                **error)
{
  lxw_doc_properties properties = { 0 };
  Writer w = { 0 };
  lxw_chartsheet *chartsheet;
  lxw_error status;

  w.workbook = workbook_new (temp_path);
  if (w.workbook == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Could not write “%s”: the workbook could not be started."), path);
      return FALSE;
    }
  /* Explicitly title and subject only: no author, company, manager or comments. */
  properties.title = (char *) ot_analysis_report_get_title (report);
  properties.subject = (char *) ot_analysis_report_get_subject (report);
  workbook_set_properties (w.workbook, &properties);
  make_formats (&w);

  w.sheet = workbook_add_worksheet (w.workbook, SHEET_TABLES);
  write_tables (&w, report);
  /* libxlsxwriter refuses a chart without series; the Analyse sheet then says why it is missing. */
  if (w.n_chart_products > 0)
    {
      chartsheet = workbook_add_chartsheet (w.workbook, SHEET_CHART);
      write_chart (&w, chartsheet);
    }
  w.sheet = workbook_add_worksheet (w.workbook, SHEET_NOTES);
  write_notes (&w, report);

  status = workbook_close (w.workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Could not write “%s”: %s."), path, lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
ot_analysis_export_xlsx (const OtAnalysisReport *report,
                         const char             *path,
                         gboolean                force,
                         GError                **error)
{
  g_autoptr(OtExportFile) file = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ot_export_file_begin (path, force, error);
  if (file == NULL)
    return FALSE;
  if (!write_workbook (report, ot_export_file_get_temp_path (file), path, error))
    return FALSE;
  return ot_export_file_commit (g_steal_pointer (&file), error);
}
