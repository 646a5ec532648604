/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-xlsx.c: writing table sheets with libxlsxwriter: formatted frozen headers, autofilters, fitting widths, real dates. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ot-error.h"
#include "ot-export-file.h"
#include "ot-export-xlsx.h"

#define MAX_COLUMNS 16
/* Excel refuses longer cells; hostile input is cut here. */
#define MAX_CELL_CHARS 32000
/* Rows below the data that still get the status drop-down, for rows a user adds. */
#define VALIDATION_SLACK 500

struct _OtExportSheet
{
  lxw_worksheet *ws;
  OtExportWorkbook *book;
  guint          n_columns;
  guint          row;            /* the current row; 0 is the header */
  double         width[MAX_COLUMNS];
  gboolean       wrap[MAX_COLUMNS];
  int            validate_column;
  char         **validate_values;
};

struct _OtExportWorkbook
{
  OtExportFile *file;
  lxw_workbook *wb;
  lxw_format   *header;
  lxw_format   *text;
  lxw_format   *wrap;
  lxw_format   *date;
  GPtrArray    *sheets;
  char         *title, *subject, *author;
  char         *path;
};

static void
sheet_free (gpointer data)
{
  OtExportSheet *sheet = data;

  g_strfreev (sheet->validate_values);
  g_free (sheet);
}

static void
workbook_free (OtExportWorkbook *self)
{
  g_ptr_array_unref (self->sheets);
  g_free (self->title);
  g_free (self->subject);
  g_free (self->author);
  g_free (self->path);
  g_free (self);
}

OtExportWorkbook *
ot_export_workbook_new (const char  *path,
                        gboolean     force,
                        const char  *title,
                        const char  *subject,
                        GError     **error)
{
  OtExportWorkbook *self;
  OtExportFile *file;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };

  file = ot_export_file_begin (path, force, error);
  if (file == NULL)
    return NULL;

  self = g_new0 (OtExportWorkbook, 1);
  self->file = file;
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->title = g_strdup (title);
  self->subject = g_strdup (subject);
  self->path = g_strdup (path);
  self->wb = workbook_new_opt (ot_export_file_get_temp_path (file), &options);
  if (self->wb == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Could not write “%s”."), display);
      ot_export_workbook_abort (self);
      return NULL;
    }

  self->header = workbook_add_format (self->wb);
  format_set_bold (self->header);
  format_set_bg_color (self->header, 0xDDE6EF);
  format_set_font_color (self->header, 0x1F3B57);
  format_set_bottom (self->header, LXW_BORDER_THIN);
  format_set_align (self->header, LXW_ALIGN_VERTICAL_TOP);
  self->text = workbook_add_format (self->wb);
  format_set_align (self->text, LXW_ALIGN_VERTICAL_TOP);
  self->wrap = workbook_add_format (self->wb);
  format_set_text_wrap (self->wrap);
  format_set_align (self->wrap, LXW_ALIGN_VERTICAL_TOP);
  self->date = workbook_add_format (self->wb);
  format_set_num_format (self->date, "dd-mm-yyyy");
  format_set_align (self->date, LXW_ALIGN_LEFT);
  format_set_align (self->date, LXW_ALIGN_VERTICAL_TOP);
  return self;
}

void
ot_export_workbook_set_author (OtExportWorkbook *self,
                               const char       *author)
{
  g_free (self->author);
  self->author = g_strdup (author);
}

OtExportSheet *
ot_export_workbook_add_sheet (OtExportWorkbook   *self,
                              const char         *name,
                              guint               n_columns,
                              const char * const *headers,
                              const gboolean     *wrap)
{
  OtExportSheet *sheet;

  g_return_val_if_fail (n_columns > 0 && n_columns <= MAX_COLUMNS, NULL);

  sheet = g_new0 (OtExportSheet, 1);
  sheet->book = self;
  sheet->ws = workbook_add_worksheet (self->wb, name);
  sheet->n_columns = n_columns;
  sheet->validate_column = -1;
  g_ptr_array_add (self->sheets, sheet);
  for (guint c = 0; c < n_columns; c++)
    {
      sheet->wrap[c] = wrap != NULL && wrap[c];
      sheet->width[c] = g_utf8_strlen (headers[c], -1) + 4;
      worksheet_write_string (sheet->ws, 0, c, headers[c], self->header);
    }
  return sheet;
}

void
ot_export_sheet_next_row (OtExportSheet *sheet)
{
  sheet->row++;
}

static void
grow_width (OtExportSheet *sheet,
            guint          column,
            double         chars)
{
  /* A wrapped column stops growing at a readable line length. */
  double max = sheet->wrap[column] ? 70 : 40;

  sheet->width[column] = MAX (sheet->width[column], MIN (chars + 2, max));
}

void
ot_export_sheet_text (OtExportSheet *sheet,
                      guint          column,
                      const char    *text)
{
  g_autofree char *cut = NULL;
  glong longest = 0, current = 0;

  g_return_if_fail (column < sheet->n_columns);

  if (text == NULL || *text == '\0')
    return;
  if (g_utf8_strlen (text, -1) > MAX_CELL_CHARS)
    text = cut = g_utf8_substring (text, 0, MAX_CELL_CHARS);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      current = *p == '\n' ? 0 : current + 1;
      longest = MAX (longest, current);
    }
  grow_width (sheet, column, longest);
  worksheet_write_string (sheet->ws, sheet->row, column, text,
                          sheet->wrap[column] ? sheet->book->wrap : sheet->book->text);
}

void
ot_export_sheet_number (OtExportSheet *sheet,
                        guint          column,
                        double         value)
{
  g_return_if_fail (column < sheet->n_columns);

  grow_width (sheet, column, 6);
  worksheet_write_number (sheet->ws, sheet->row, column, value, sheet->book->text);
}

void
ot_export_sheet_date (OtExportSheet *sheet,
                      guint          column,
                      const char    *iso_date)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = NULL;
  lxw_datetime when = { 0 };

  g_return_if_fail (column < sheet->n_columns);

  if (iso_date == NULL || *iso_date == '\0')
    return;
  parts = g_strsplit (iso_date, "-", 4);
  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 1900, 9999, &y, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL))
    {
      ot_export_sheet_text (sheet, column, iso_date);
      return;
    }
  when.year = (int) y;
  when.month = (int) m;
  when.day = (int) d;
  grow_width (sheet, column, 10);
  worksheet_write_datetime (sheet->ws, sheet->row, column, &when, sheet->book->date);
}

void
ot_export_sheet_validate_list (OtExportSheet      *sheet,
                               guint               column,
                               const char * const *values)
{
  g_return_if_fail (column < sheet->n_columns);

  sheet->validate_column = column;
  g_strfreev (sheet->validate_values);
  sheet->validate_values = g_strdupv ((char **) values);
}

static void
finish_sheet (OtExportSheet *sheet)
{
  guint last_col = sheet->n_columns - 1;

  for (guint c = 0; c < sheet->n_columns; c++)
    worksheet_set_column (sheet->ws, c, c, sheet->width[c], NULL);
  worksheet_freeze_panes (sheet->ws, 1, 0);
  worksheet_autofilter (sheet->ws, 0, 0, MAX (sheet->row, 1), last_col);
  if (sheet->validate_column >= 0)
    {
      lxw_data_validation validation = { 0 };

      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = sheet->validate_values;
      validation.ignore_blank = LXW_VALIDATION_ON;
      validation.dropdown = LXW_VALIDATION_ON;
      validation.show_error = LXW_VALIDATION_ON;
      validation.error_title = "Status";
      validation.error_message = "Kies een status uit de lijst.";
      worksheet_data_validation_range (sheet->ws, 1, sheet->validate_column,
                                       sheet->row + VALIDATION_SLACK, sheet->validate_column, &validation);
    }
}

gboolean
ot_export_workbook_commit (OtExportWorkbook  *self,
                           GError           **error)
{
  lxw_doc_properties properties = { 0 };
  OtExportFile *file = g_steal_pointer (&self->file);
  lxw_error status;

  for (guint i = 0; i < self->sheets->len; i++)
    finish_sheet (g_ptr_array_index (self->sheets, i));
  properties.title = self->title;
  properties.subject = self->subject;
  properties.author = self->author;
  workbook_set_properties (self->wb, &properties);
  status = workbook_close (self->wb);
  self->wb = NULL;

  if (status != LXW_NO_ERROR)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("Could not write “%s”: %s."), display, lxw_strerror (status));
      ot_export_file_abort (file);
      workbook_free (self);
      return FALSE;
    }
  workbook_free (self);
  return ot_export_file_commit (file, error);
}

void
ot_export_workbook_abort (OtExportWorkbook *self)
{
  if (self == NULL)
    return;
  /* libxlsxwriter writes nothing until closed; closing into the temporary file, then
   * removing it, frees everything it holds. */
  if (self->wb != NULL)
    workbook_close (self->wb);
  ot_export_file_abort (g_steal_pointer (&self->file));
  workbook_free (self);
}
