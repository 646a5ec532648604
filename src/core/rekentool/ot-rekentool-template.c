/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-template.c: writes the rekentool template of a consultation with libxlsxwriter. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ot-error.h"
#include "ot-export-file.h"
#include "ot-rekentool-fields.h"
#include "ot-rekentool-template.h"

#define INSTRUCTION_SHEET "Toelichting"
#define PROVIDER_SHEET    "Aanbieder"
#define FIRST_FIELD_ROW   4
#define COL_LABEL 0
#define COL_VALUE 1
#define COL_UNIT  2
#define COL_NOTE  3

typedef struct
{
  lxw_workbook *wb;
  lxw_format   *title;
  lxw_format   *heading;
  lxw_format   *text;
  lxw_format   *wrap;
  lxw_format   *input_text;
  lxw_format   *input_number;
  lxw_format   *input_money;
  lxw_format   *input_percent;
  lxw_format   *input_date;
  lxw_format   *out_money;
  lxw_format   *out_percent;
  lxw_format   *out_number;
  lxw_format   *bold;
  GPtrArray    *strings;      /* texts handed to libxlsxwriter live until the workbook is closed */
  char         *sheet;        /* the quoted name of the sheet being written */
  guint         rows[64];     /* row of each per-product field on the sheet being written */
} Writer;

static const char * const cao_list[] = { "VVT", "Sociaal Werk", "GHZ", "GGZ", "Anders", NULL };

static const char *
keep (Writer *w,
      char   *text)
{
  g_ptr_array_add (w->strings, text);
  return text;
}

static lxw_format *
input_format (Writer *w,
              lxw_format *base)
{
  format_set_unlocked (base);
  format_set_bg_color (base, 0xFFF2B3);
  format_set_border (base, LXW_BORDER_THIN);
  format_set_border_color (base, 0xB0A060);
  return base;
}

static void
make_formats (Writer *w)
{
  w->title = workbook_add_format (w->wb);
  format_set_bold (w->title);
  format_set_font_size (w->title, 14);
  w->heading = workbook_add_format (w->wb);
  format_set_bold (w->heading);
  format_set_bottom (w->heading, LXW_BORDER_THIN);
  w->bold = workbook_add_format (w->wb);
  format_set_bold (w->bold);
  w->text = workbook_add_format (w->wb);
  w->wrap = workbook_add_format (w->wb);
  format_set_text_wrap (w->wrap);
  format_set_align (w->wrap, LXW_ALIGN_VERTICAL_TOP);
  w->input_text = input_format (w, workbook_add_format (w->wb));
  w->input_number = input_format (w, workbook_add_format (w->wb));
  format_set_num_format (w->input_number, "#,##0.00");
  w->input_money = input_format (w, workbook_add_format (w->wb));
  format_set_num_format (w->input_money, "\"€\" #,##0.00");
  w->input_percent = input_format (w, workbook_add_format (w->wb));
  format_set_num_format (w->input_percent, "0.0%");
  w->input_date = input_format (w, workbook_add_format (w->wb));
  format_set_num_format (w->input_date, "dd-mm-yyyy");
  w->out_money = workbook_add_format (w->wb);
  format_set_num_format (w->out_money, "\"€\" #,##0.00");
  format_set_bold (w->out_money);
  format_set_bg_color (w->out_money, 0xE8EEF7);
  w->out_percent = workbook_add_format (w->wb);
  format_set_num_format (w->out_percent, "0.0%");
  format_set_bg_color (w->out_percent, 0xE8EEF7);
  w->out_number = workbook_add_format (w->wb);
  format_set_num_format (w->out_number, "#,##0.00");
  format_set_bg_color (w->out_number, 0xE8EEF7);
}

static char *
quote_sheet (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);
  g_autofree char *doubled = g_strjoinv ("''", parts);

  return g_strdup_printf ("'%s'", doubled);
}

char *
ot_rekentool_template_sheet_name (OtConsultation *consultation,
                                  guint           product_index)
{
  const OtConsultationProduct *product = ot_consultation_get_product (consultation, product_index);
  GString *name = g_string_new (NULL);

  for (const char *p = product->name; *p != '\0' && g_utf8_strlen (name->str, -1) < 28; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\'", (int) (c < 128 ? c : 'x')) != NULL && c < 128)
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  /* The fixed sheets and other products keep their names: fall back to the unique code. */
  if (name->str[0] == '\0' || g_ascii_strcasecmp (name->str, INSTRUCTION_SHEET) == 0
      || g_ascii_strcasecmp (name->str, PROVIDER_SHEET) == 0)
    {
      g_string_free (name, TRUE);
      return g_strdup_printf ("Product %s", product->code);
    }
  for (guint i = 0; i < product_index; i++)
    {
      g_autofree char *earlier = ot_rekentool_template_sheet_name (consultation, i);

      if (g_utf8_collate (earlier, name->str) == 0)
        {
          g_string_free (name, TRUE);
          return g_strdup_printf ("Product %s", product->code);
        }
    }
  return g_string_free (name, FALSE);
}

static gboolean
check (lxw_error    err,
       const char  *path,
       GError     **error)
{
  if (err == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The template “%s” could not be written: %s."),
               path, lxw_strerror (err));
  return FALSE;
}

static void
define_name (Writer     *w,
             const char *name,
             guint       row,
             guint       col)
{
  char ref[16];
  g_autofree char *formula = NULL;

  lxw_rowcol_to_cell_abs (ref, row, col, 1, 1);
  formula = g_strdup_printf ("=%s!%s", w->sheet, ref);
  workbook_define_name (w->wb, name, formula);
}

static char *
range_text (const OtRekentoolField *field)
{
  if (field->kind == OT_REKENTOOL_KIND_FRACTION)
    return g_strdup_printf ("Aannemelijk: %g%% tot %g%%.", field->min * 100, field->max * 100);
  if (isfinite (field->min) && isfinite (field->max))
    return g_strdup_printf ("Aannemelijk: %g tot %g.", field->min, field->max);
  if (isfinite (field->min))
    return g_strdup_printf ("Minimaal %g.", field->min);
  return g_strdup ("");
}

static void
add_validation (Writer                 *w,
                lxw_worksheet          *ws,
                guint                   row,
                const OtRekentoolField *field)
{
  lxw_data_validation dv = { 0 };
  g_autofree char *range = range_text (field);
  g_autofree char *title = g_utf8_substring (field->label, 0, MIN (g_utf8_strlen (field->label, -1), 30));
  char *message = g_strdup_printf ("Vul hier %s in (%s). %s", field->label, field->unit_label, range);

  if (g_utf8_strlen (message, -1) > 250)
    {
      char *shorter = g_utf8_substring (message, 0, 250);
      g_free (message);
      message = shorter;
    }
  dv.show_input = LXW_VALIDATION_ON;
  dv.show_error = LXW_VALIDATION_ON;
  dv.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  dv.input_title = (char *) keep (w, g_steal_pointer (&title));
  dv.input_message = (char *) keep (w, message);
  dv.error_title = "Controleer de waarde";
  dv.error_message = (char *) keep (w, g_strdup_printf ("Deze waarde valt buiten het gebruikelijke bereik. %s", range));
  if (g_str_equal (field->key, "cao"))
    {
      dv.validate = LXW_VALIDATION_TYPE_LIST;
      dv.value_list = (char **) cao_list;
    }
  else if (field->kind == OT_REKENTOOL_KIND_TEXT || field->kind == OT_REKENTOOL_KIND_DATE)
    dv.validate = LXW_VALIDATION_TYPE_ANY;
  else
    {
      dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
      dv.ignore_blank = LXW_VALIDATION_ON;
      dv.minimum_number = field->min;
      dv.value_number = field->min;
      if (isfinite (field->max))
        {
          dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
          dv.maximum_number = field->max;
        }
      else
        dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    }
  worksheet_data_validation_cell (ws, row, COL_VALUE, &dv);
}

static lxw_format *
format_for (Writer                 *w,
            const OtRekentoolField *field)
{
  switch (field->kind)
    {
    case OT_REKENTOOL_KIND_FRACTION:
      return w->input_percent;
    case OT_REKENTOOL_KIND_TEXT:
      return w->input_text;
    case OT_REKENTOOL_KIND_DATE:
      return w->input_date;
    case OT_REKENTOOL_KIND_NUMBER:
    default:
      return field->catalogue != NULL && field->catalogue->unit == OT_COST_UNIT_EUR_PER_HOUR
             ? w->input_money : w->input_number;
    }
}

/* One labelled input cell with its unit, validation and workbook-level name. */
static void
write_input (Writer                 *w,
             lxw_worksheet          *ws,
             guint                   row,
             const OtRekentoolField *field,
             const char             *product_code)
{
  g_autofree char *name = ot_rekentool_field_name (field, product_code);

  worksheet_write_string (ws, row, COL_LABEL, field->label, NULL);
  worksheet_write_blank (ws, row, COL_VALUE, format_for (w, field));
  worksheet_write_string (ws, row, COL_UNIT, field->unit_label, NULL);
  add_validation (w, ws, row, field);
  define_name (w, name, row, COL_VALUE);
}

static void
setup_sheet (Writer        *w,
             lxw_worksheet *ws,
             const char    *name)
{
  g_free (w->sheet);
  w->sheet = quote_sheet (name);
  worksheet_set_column (ws, COL_LABEL, COL_LABEL, 52, NULL);
  worksheet_set_column (ws, COL_VALUE, COL_VALUE, 18, NULL);
  worksheet_set_column (ws, COL_UNIT, COL_UNIT, 12, NULL);
  worksheet_set_column (ws, COL_NOTE, COL_NOTE, 60, NULL);
}

static void
protect (lxw_worksheet *ws)
{
  lxw_protection options = { 0 };

  /* No password: the protection guards against slips, not against the provider. */
  options.format_columns = 1;
  worksheet_protect (ws, NULL, &options);
}

static void
write_instructions (Writer         *w,
                    OtConsultation *consultation)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->wb, INSTRUCTION_SHEET);
  const char *deadline = ot_consultation_get_deadline (consultation);
  static const char * const lines[] = {
    "Dit rekenblad is uw kostprijsopgave (rekentool) voor deze marktconsultatie.",
    "Vul alleen de gele cellen in: eerst het blad “Aanbieder”, daarna een blad per product.",
    "Percentages mag u typen als 8 of als 8%; beide betekenen 8 procent.",
    "Bedragen zijn in euro per uur, exclusief btw. Laat een cel leeg als een onderdeel voor u niet geldt.",
    "Onder elk productblad rekent het blad de modelkostprijs uit terwijl u typt. Wijkt die sterk af van",
    "uw eigen integrale kostprijs, licht dat dan toe in uw reactie.",
    "Vul de periodiekverdeling in als fte per trede van de salarisschaal.",
    "De bestuurdersverklaring bevestigt dat de cijfers juist en volledig zijn.",
    "Uw gegevens worden vertrouwelijk behandeld. Resultaten worden alleen geanonimiseerd gedeeld,",
    "nooit herleidbaar tot uw organisatie.",
    "Wijzig de opbouw van de bladen niet: de cellen hebben vaste namen die bij het inlezen worden gebruikt.",
  };
  guint row = 0;

  setup_sheet (w, ws, INSTRUCTION_SHEET);
  worksheet_set_column (ws, COL_LABEL, COL_LABEL, 100, NULL);
  worksheet_write_string (ws, row++, 0, keep (w, g_strdup_printf ("Rekentool – %s", ot_consultation_get_title (consultation))), w->title);
  row++;
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    worksheet_write_string (ws, row++, 0, lines[i], NULL);
  row++;
  if (deadline != NULL)
    {
      int y, m, d;

      if (sscanf (deadline, "%d-%d-%d", &y, &m, &d) == 3)
        worksheet_write_string (ws, row++, 0, keep (w, g_strdup_printf ("Inleveren uiterlijk op %02d-%02d-%04d.", d, m, y)), w->bold);
    }
  row++;
  worksheet_write_string (ws, row, 0, "Versie sjabloon", NULL);
  worksheet_write_number (ws, row, 1, OT_REKENTOOL_TEMPLATE_VERSION, NULL);
  define_name (w, "ovt_template_version", row++, 1);
  worksheet_write_string (ws, row, 0, "Nummer consultatie", NULL);
  worksheet_write_number (ws, row, 1, (double) ot_consultation_get_id (consultation), NULL);
  define_name (w, "ovt_consultation", row++, 1);
  protect (ws);
}

static guint
write_periodiek (Writer        *w,
                 lxw_worksheet *ws,
                 guint          row)
{
  char first[16], last[16];
  guint first_row;

  worksheet_write_string (ws, row++, COL_LABEL, "Periodiekverdeling (fte per trede van de salarisschaal)", w->heading);
  first_row = row;
  for (guint step = 0; step < OT_REKENTOOL_N_STEPS; step++)
    {
      g_autofree char *key = g_strdup_printf ("periodiek_trede_%u", step);

      write_input (w, ws, row++, ot_rekentool_field_lookup (key), NULL);
    }
  lxw_rowcol_to_cell (first, first_row, COL_VALUE);
  lxw_rowcol_to_cell (last, row - 1, COL_VALUE);
  worksheet_write_string (ws, row, COL_LABEL, "Totaal fte", w->bold);
  worksheet_write_formula_num (ws, row, COL_VALUE, keep (w, g_strdup_printf ("=SUM(%s:%s)", first, last)), w->out_number, 0);
  return row + 2;
}

static void
write_provider_sheet (Writer *w)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->wb, PROVIDER_SHEET);
  static const char * const head[] = { "aanbieder_naam", "cao", "fte_uitvoerend", "aantal_clienten" };
  static const char * const director[] = { "bestuurder_naam", "bestuurder_functie", "bestuurder_datum" };
  guint row = 0;

  setup_sheet (w, ws, PROVIDER_SHEET);
  worksheet_write_string (ws, row++, 0, "Gegevens van de aanbieder", w->title);
  row = FIRST_FIELD_ROW - 1;
  worksheet_write_string (ws, row, COL_LABEL, "Onderdeel", w->heading);
  worksheet_write_string (ws, row, COL_VALUE, "Waarde", w->heading);
  worksheet_write_string (ws, row++, COL_UNIT, "Eenheid", w->heading);
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    write_input (w, ws, row++, ot_rekentool_field_lookup (head[i]), NULL);
  row = write_periodiek (w, ws, row + 1);
  worksheet_write_string (ws, row++, COL_LABEL, "Bestuurdersverklaring", w->heading);
  worksheet_write_string (ws, row++, COL_LABEL,
                          "Ondergetekende verklaart dat de opgegeven cijfers naar waarheid en volledig zijn ingevuld.",
                          w->text);
  for (guint i = 0; i < G_N_ELEMENTS (director); i++)
    write_input (w, ws, row++, ot_rekentool_field_lookup (director[i]), NULL);
  protect (ws);
}

static const char *
ref (Writer     *w,
     const char *key)
{
  const OtRekentoolField *field = ot_rekentool_field_lookup (key);
  guint n;
  const OtRekentoolField *all = ot_rekentool_fields_get_all (&n);
  char cell[16];

  lxw_rowcol_to_cell_abs (cell, w->rows[field - all], COL_VALUE, 1, 1);
  return keep (w, g_strdup (cell));
}

/* A percentage cell, tolerant of "8" typed for 8 %, as the importer is. */
static const char *
pct (Writer     *w,
     const char *key)
{
  const char *r = ref (w, key);

  return keep (w, g_strdup_printf ("IF(%s>1,%s/100,%s)", r, r, r));
}

/* DESIGN.md's model cost price, as locked formulas below the inputs. */
static void
write_model (Writer        *w,
             lxw_worksheet *ws,
             guint          row)
{
  char loon[16], prod[16], per_prod[16], direct[16], model[16];
  const char *f;

  worksheet_write_string (ws, row++, COL_LABEL, "Modelkostprijs (rekent automatisch mee)", w->heading);
  lxw_rowcol_to_cell (loon, row, COL_VALUE);
  f = keep (w, g_strdup_printf ("=%s*(1+%s+%s+%s)*(1+%s)+%s", ref (w, "bruto_uurloon"), pct (w, "vakantiegeld_pct"),
                                pct (w, "eindejaarsuitkering_pct"), pct (w, "ort_pct"),
                                pct (w, "werkgeverslasten_pct"), ref (w, "overige_personeelskosten_per_uur")));
  worksheet_write_string (ws, row, COL_LABEL, "Loon per betaald uur", NULL);
  worksheet_write_formula_num (ws, row++, COL_VALUE, f, w->out_money, 0);

  lxw_rowcol_to_cell (prod, row, COL_VALUE);
  f = keep (w, g_strdup_printf ("=IF(ISNUMBER(%s),%s,1-(%s+%s+%s+%s+%s))", ref (w, "productiviteit_pct"),
                                pct (w, "productiviteit_pct"), pct (w, "verlof_pct"), pct (w, "ziekteverzuim_pct"),
                                pct (w, "scholing_pct"), pct (w, "overleg_pct"), pct (w, "reistijd_pct")));
  worksheet_write_string (ws, row, COL_LABEL, "Gebruikte productiviteit", NULL);
  worksheet_write_formula_num (ws, row++, COL_VALUE, f, w->out_percent, 1);

  lxw_rowcol_to_cell (per_prod, row, COL_VALUE);
  worksheet_write_string (ws, row, COL_LABEL, "Loon per productief uur", NULL);
  worksheet_write_formula_num (ws, row++, COL_VALUE, keep (w, g_strdup_printf ("=IFERROR(%s/%s,0)", loon, prod)), w->out_money, 0);

  lxw_rowcol_to_cell (direct, row, COL_VALUE);
  worksheet_write_string (ws, row, COL_LABEL, "Directe kosten per declarabel uur", NULL);
  worksheet_write_formula_num (ws, row++, COL_VALUE,
                               keep (w, g_strdup_printf ("=%s+%s+%s", per_prod, ref (w, "materiele_kosten_per_uur"),
                                                         ref (w, "reiskosten_per_uur"))), w->out_money, 0);

  lxw_rowcol_to_cell (model, row, COL_VALUE);
  worksheet_write_string (ws, row, COL_LABEL, "Modelkostprijs per uur", w->bold);
  worksheet_write_formula_num (ws, row++, COL_VALUE,
                               keep (w, g_strdup_printf ("=%s*(1+%s)*(1+%s)", direct, pct (w, "overhead_pct"),
                                                         pct (w, "risico_opslag_pct"))), w->out_money, 0);

  worksheet_write_string (ws, row, COL_LABEL, "Verschil van uw kostprijs met het model", NULL);
  worksheet_write_formula (ws, row++, COL_VALUE,
                           keep (w, g_strdup_printf ("=IF(AND(ISNUMBER(%s),%s>0),%s/%s-1,\"\")", ref (w, "kostprijs_per_uur"),
                                                     model, ref (w, "kostprijs_per_uur"), model)), w->out_percent);
}

static void
write_product_sheet (Writer         *w,
                     OtConsultation *consultation,
                     guint           index)
{
  const OtConsultationProduct *product = ot_consultation_get_product (consultation, index);
  g_autofree char *sheet_name = ot_rekentool_template_sheet_name (consultation, index);
  lxw_worksheet *ws = workbook_add_worksheet (w->wb, sheet_name);
  guint n;
  const OtRekentoolField *all = ot_rekentool_fields_get_all (&n);
  guint row = 0;

  setup_sheet (w, ws, sheet_name);
  worksheet_write_string (ws, row++, 0, keep (w, g_strdup_printf ("Kostprijs %s", product->name)), w->title);
  worksheet_write_string (ws, row++, 0, "Vul de gele cellen in. Percentages als 8 of 8%.", NULL);
  row = FIRST_FIELD_ROW - 1;
  worksheet_write_string (ws, row, COL_LABEL, "Onderdeel", w->heading);
  worksheet_write_string (ws, row, COL_VALUE, "Waarde", w->heading);
  worksheet_write_string (ws, row++, COL_UNIT, "Eenheid", w->heading);
  memset (w->rows, 0, sizeof w->rows);
  for (guint i = 0; i < n && i < G_N_ELEMENTS (w->rows); i++)
    {
      if (!all[i].per_product)
        continue;
      w->rows[i] = row;
      write_input (w, ws, row++, &all[i], product->code);
    }
  write_model (w, ws, row + 1);
  protect (ws);
}

static void
set_properties (Writer         *w,
                OtConsultation *consultation)
{
  lxw_doc_properties props = { 0 };

  /* Only what the provider may see: no author, manager or company of the adviser. */
  props.title = (char *) keep (w, g_strdup_printf ("Rekentool – %s", ot_consultation_get_title (consultation)));
  props.subject = "Kostprijsopgave marktconsultatie";
  props.author = "";
  props.comments = "Sjabloon van Overlegtafel";
  workbook_set_properties (w->wb, &props);
}

/* Writes the workbook to @file, naming @path (what the user asked for) in messages. */
static gboolean
write_workbook (OtConsultation  *consultation,
                const char      *file,
                const char      *path,
                GError         **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
  Writer w = { 0 };
  lxw_error err;

  w.wb = workbook_new_opt (file, &options);
  if (w.wb == NULL)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_IO, _("The template “%s” could not be created."), path);
      return FALSE;
    }
  w.strings = g_ptr_array_new_with_free_func (g_free);
  make_formats (&w);
  set_properties (&w, consultation);
  write_instructions (&w, consultation);
  write_provider_sheet (&w);
  for (guint i = 0; i < ot_consultation_get_n_products (consultation); i++)
    write_product_sheet (&w, consultation, i);
  err = workbook_close (w.wb);
  g_ptr_array_unref (w.strings);
  g_free (w.sheet);
  return check (err, path, error);
}

gboolean
ot_rekentool_template_write (OtConsultation  *consultation,
                             const char      *path,
                             gboolean         force,
                             GError         **error)
{
  OtExportFile *file;

  g_return_val_if_fail (OT_IS_CONSULTATION (consultation), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ot_export_file_begin (path, force, error);
  if (file == NULL)
    return FALSE;
  if (!write_workbook (consultation, ot_export_file_get_temp_path (file), path, error))
    {
      ot_export_file_abort (file);
      return FALSE;
    }
  return ot_export_file_commit (file, error);
}
