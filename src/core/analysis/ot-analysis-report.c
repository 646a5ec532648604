/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-report.c: the Dutch text and tables of the anonymised analysis report. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>

#include "analysis/ot-analysis-chart.h"
#include "analysis/ot-analysis-report.h"

#define NEUTRAL_TITLE "Marktconsultatie"

struct _OtAnalysisReport
{
  OtAnalysis *analysis;
  char       *title;
  char       *consultation_title;
  char       *subject;
  GPtrArray  *intro;
  GPtrArray  *rules;
  GPtrArray  *tables;
  GPtrArray  *chart_fields;
  gboolean    used[OT_SUPPRESSION_SECONDARY + 1];
};

/* Statistic columns in the order a reader expects them. */
static const struct
{
  OtStat      stat;
  const char *header;
} stat_columns[] = {
  { OT_STAT_Q1, "Q1" },
  { OT_STAT_MEDIAN, "Mediaan" },
  { OT_STAT_Q3, "Q3" },
  { OT_STAT_MEAN, "Gemiddelde" },
  { OT_STAT_WEIGHTED_MEAN, "Gewogen gem." },
  { OT_STAT_P10, "P10" },
  { OT_STAT_P90, "P90" },
};

static char *
dutch_decimal (double value,
               int    decimals)
{
  g_autofree char *text = g_strdup_printf ("%.*f", decimals, value);

  return g_strdelimit (g_steal_pointer (&text), ".", ',');
}

/* ---- cells ---- */

static void
cell_clear (OtReportCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
}

static void
row_free (gpointer data)
{
  OtReportCell *row = data;

  /* A row ends with a spare cell whose text is NULL: see table_add_row. */
  for (guint i = 0; row[i].text != NULL; i++)
    cell_clear (&row[i]);
  g_free (row);
}

static void
cell_text (OtReportCell *cell,
           const char   *text)
{
  cell->text = g_strdup (text);
  cell->value = NAN;
  cell->unit = OT_COST_UNIT_TEXT;
  cell->suppression = OT_SUPPRESSION_NONE;
}

static void
cell_number (OtReportCell *cell,
             double        value,
             OtCostUnit    unit)
{
  cell->text = ot_analysis_format_value (value, unit);
  cell->value = value;
  cell->unit = unit;
  cell->suppression = OT_SUPPRESSION_NONE;
}

static void
cell_hidden (OtAnalysisReport *self,
             OtReportCell     *cell,
             OtSuppression     reason)
{
  cell->text = g_strconcat ("–", ot_analysis_report_mark (reason), NULL);
  cell->value = NAN;
  cell->unit = OT_COST_UNIT_TEXT;
  cell->suppression = reason;
  self->used[reason] = TRUE;
}

static void
cell_figure (OtAnalysisReport *self,
             OtReportCell     *cell,
             const OtFigure   *figure,
             OtCostUnit        unit)
{
  if (!figure->present)
    cell_text (cell, "n.v.t.");
  else if (figure->suppression != OT_SUPPRESSION_NONE)
    cell_hidden (self, cell, figure->suppression);
  else
    cell_number (cell, figure->value, unit);
}

/* ---- tables ---- */

static void
table_free (gpointer data)
{
  OtReportTable *table = data;

  g_free (table->caption);
  g_strfreev (table->headers);
  g_free (table->widths);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static OtReportTable *
table_new (OtAnalysisReport  *self,
           OtReportTableKind  kind,
           int                product,
           char              *caption,
           GPtrArray         *headers,
           const double      *widths)
{
  OtReportTable *table = g_new0 (OtReportTable, 1);

  table->kind = kind;
  table->product = product;
  table->caption = caption;
  table->n_columns = headers->len;
  g_ptr_array_add (headers, NULL);
  table->headers = (char **) g_ptr_array_free (headers, FALSE);
  table->widths = g_memdup2 (widths, sizeof (double) * table->n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  g_ptr_array_add (self->tables, table);
  return table;
}

/* One spare cell with a NULL text ends the row for row_free. */
static OtReportCell *
table_add_row (OtReportTable *table)
{
  OtReportCell *row = g_new0 (OtReportCell, table->n_columns + 1);

  g_ptr_array_add (table->rows, row);
  return row;
}

static gboolean
product_has_deciles (const OtProductAnalysis *product)
{
  for (guint i = 0; i < product->fields->len; i++)
    {
      const OtFieldFigures *f = g_ptr_array_index (product->fields, i);

      if (f->stat[OT_STAT_P10].present)
        return TRUE;
    }
  return FALSE;
}

static void
add_field_row (OtAnalysisReport     *self,
               OtReportTable        *table,
               const OtFieldFigures *f,
               guint                 n_stats)
{
  OtReportCell *row = table_add_row (table);
  guint c = 0;

  cell_text (&row[c++], f->field->label);
  if (f->suppression != OT_SUPPRESSION_NONE)
    {
      /* The whole row hides behind one reason; n would say how few. */
      for (; c < table->n_columns; c++)
        cell_hidden (self, &row[c], f->suppression);
      return;
    }
  cell_number (&row[c++], f->n, OT_COST_UNIT_COUNT);
  for (guint s = 0; s < n_stats; s++)
    cell_figure (self, &row[c++], &f->stat[stat_columns[s].stat], f->field->unit);
}

static void
add_fields_table (OtAnalysisReport        *self,
                  const OtProductAnalysis *product,
                  int                      index)
{
  static const double widths_7[] = { 0.31, 0.06, 0.12, 0.12, 0.12, 0.13, 0.14 };
  static const double widths_9[] = { 0.235, 0.045, 0.09, 0.09, 0.09, 0.12, 0.11, 0.11, 0.11 };
  guint n_stats = product_has_deciles (product) ? G_N_ELEMENTS (stat_columns) : 5;
  GPtrArray *headers = g_ptr_array_new ();
  OtReportTable *table;

  g_ptr_array_add (headers, g_strdup ("Component"));
  g_ptr_array_add (headers, g_strdup ("n"));
  for (guint s = 0; s < n_stats; s++)
    g_ptr_array_add (headers, g_strdup (stat_columns[s].header));
  table = table_new (self, OT_REPORT_TABLE_FIELDS, index,
                     g_strdup_printf ("Kostprijscomponenten %s", product->name), headers,
                     n_stats == 5 ? widths_7 : widths_9);
  for (guint i = 0; i < product->fields->len; i++)
    add_field_row (self, table, g_ptr_array_index (product->fields, i), n_stats);
}

static void
add_model_row (OtAnalysisReport *self,
               OtReportTable    *table,
               const char       *label,
               const OtFigure   *figure,
               OtCostUnit        unit)
{
  OtReportCell *row;

  if (!figure->present)
    return;
  row = table_add_row (table);
  cell_text (&row[0], label);
  cell_figure (self, &row[1], figure, unit);
}

static char *
proposal_label (const OtAnalysisSettings *settings)
{
  g_autofree char *number = NULL;

  switch (settings->proposal)
    {
    case OT_PROPOSAL_INDEX:
      number = dutch_decimal (settings->index_pct, 1);
      return g_strdup_printf ("Voorgesteld tarief (huidig tarief + %s %% index)", number);
    case OT_PROPOSAL_PERCENTILE:
      number = dutch_decimal (settings->percentile, 0);
      return g_strdup_printf ("Voorgesteld tarief (P%s van de opgegeven kostprijzen)", number);
    case OT_PROPOSAL_NONE:
    default:
      return g_strdup ("Voorgesteld tarief");
    }
}

static void
add_model_table (OtAnalysisReport        *self,
                 const OtProductAnalysis *product,
                 int                      index,
                 gboolean                 region_tariff)
{
  static const double widths[] = { 0.7, 0.3 };
  const OtModelFigures *m = &product->model;
  GPtrArray *headers = g_ptr_array_new ();
  g_autofree char *proposal = proposal_label (ot_analysis_get_settings (self->analysis));
  OtReportTable *table;

  g_ptr_array_add (headers, g_strdup ("Kostprijs en tarief per uur"));
  g_ptr_array_add (headers, g_strdup ("Bedrag"));
  table = table_new (self, OT_REPORT_TABLE_MODEL, index,
                     g_strdup_printf ("Modelkostprijs en tarief %s", product->name), headers, widths);
  if (m->present)
    add_model_row (self, table, "Modelkostprijs (uit de mediane componenten)", &m->total,
                   OT_COST_UNIT_EUR_PER_HOUR);
  add_model_row (self, table, "Mediaan van de opgegeven integrale kostprijs", &m->stated_median,
                 OT_COST_UNIT_EUR_PER_HOUR);
  add_model_row (self, table,
                 region_tariff ? "Huidig tarief van de regio" : "Huidig tarief (mediaan van de opgegeven tarieven)",
                 &m->tariff_current, OT_COST_UNIT_EUR_PER_HOUR);
  add_model_row (self, table, proposal, &m->tariff_proposed, OT_COST_UNIT_EUR_PER_HOUR);
  add_model_row (self, table, "Uren per jaar in de regio (alle aanbieders samen)", &product->volume,
                 OT_COST_UNIT_HOURS);
}

/* Parts as rows, products as columns: the layout a stacked column chart reads. */
static void
add_parts_table (OtAnalysisReport *self)
{
  guint n_products = ot_analysis_get_n_products (self->analysis);
  GPtrArray *headers = g_ptr_array_new ();
  g_autofree double *widths = g_new (double, n_products + 1);
  OtReportTable *table;
  OtReportCell *row;

  widths[0] = n_products > 0 ? 0.4 : 1.0;
  g_ptr_array_add (headers, g_strdup ("Onderdeel (€ per uur)"));
  for (guint p = 0; p < n_products; p++)
    {
      g_ptr_array_add (headers, g_strdup (ot_analysis_get_product (self->analysis, p)->name));
      widths[p + 1] = 0.6 / n_products;
    }
  table = table_new (self, OT_REPORT_TABLE_PARTS, -1,
                     g_strdup ("Modelkostprijs per onderdeel"), headers, widths);
  for (guint part = 0; part <= OT_COST_N_PARTS; part++)
    {
      row = table_add_row (table);
      cell_text (&row[0], part < OT_COST_N_PARTS ? ot_cost_part_get_label (part) : "Modelkostprijs (totaal)");
      for (guint p = 0; p < n_products; p++)
        {
          const OtModelFigures *m = &ot_analysis_get_product (self->analysis, p)->model;
          if (!m->present)
            cell_hidden (self, &row[p + 1], OT_SUPPRESSION_TOO_FEW);
          else
            cell_figure (self, &row[p + 1], part < OT_COST_N_PARTS ? &m->part[part] : &m->total,
                         OT_COST_UNIT_EUR_PER_HOUR);
        }
    }
}

static void
add_periodiek_table (OtAnalysisReport *self)
{
  static const double widths[] = { 0.3, 0.2 };
  const OtPeriodiekFigures *periodiek = ot_analysis_get_periodiek (self->analysis);
  GPtrArray *headers = g_ptr_array_new ();
  OtReportTable *table;
  OtReportCell *row;

  g_ptr_array_add (headers, g_strdup ("Trede"));
  g_ptr_array_add (headers, g_strdup ("Aandeel fte"));
  table = table_new (self, OT_REPORT_TABLE_PERIODIEK, -1,
                     g_strdup ("Periodiekverdeling (alle aanbieders samen)"), headers, widths);
  if (periodiek->suppression != OT_SUPPRESSION_NONE)
    {
      row = table_add_row (table);
      cell_text (&row[0], "Alle treden");
      cell_hidden (self, &row[1], periodiek->suppression);
      return;
    }
  for (guint s = 0; s < periodiek->n_steps; s++)
    {
      g_autofree char *label = g_strdup_printf ("Trede %u", s);

      row = table_add_row (table);
      cell_text (&row[0], label);
      cell_number (&row[1], periodiek->share[s], OT_COST_UNIT_FRACTION);
    }
}

/* ---- text ---- */

static char *
percent (double fraction)
{
  /* Rounded first: a limit of 30 % from the preferences is 0.3, and 0.3 × 100 is not exactly 30. */
  double pct = round (fraction * 1000.0) / 10.0;
  g_autofree char *number = dutch_decimal (pct, fmod (pct, 1.0) == 0.0 ? 0 : 1);

  return g_strdup_printf ("%s %%", number);
}

static void
build_intro (OtAnalysisReport *self)
{
  const OtAnalysisSettings *settings = ot_analysis_get_settings (self->analysis);
  guint n = ot_analysis_get_n_submissions (self->analysis);

  g_ptr_array_add (self->intro, g_strdup_printf (
    "Deze rapportage vat de kostprijzen samen die zorgaanbieders met de rekentool hebben ingediend "
    "voor de marktconsultatie ‘%s’. In de analyse zijn %u geaccepteerde rekentools meegenomen. "
    "De cijfers zijn geanonimiseerd: geen cijfer is terug te voeren op één aanbieder.",
    self->consultation_title, n));
  g_ptr_array_add (self->intro, g_strdup (
    "Per product en per kostprijscomponent tonen we het aantal rekentools dat de component invulde (n), "
    "het eerste kwartiel (Q1), de mediaan, het derde kwartiel (Q3), het gemiddelde en het gemiddelde "
    "gewogen naar het aantal uren per jaar in de regio. Het 10e en 90e percentiel (P10 en P90) tonen we "
    "pas vanaf tien rekentools. Kwartielen en percentielen zijn lineair geïnterpoleerd. Uren, fte en "
    "aantallen cliënten tonen we alleen als totaal over alle aanbieders."));
  g_ptr_array_add (self->intro, g_strdup (
    "De modelkostprijs is berekend uit de mediaan van elke component, in de rekenvolgorde van de "
    "rekentool: bruto uurloon met opslagen en werkgeverslasten, gecorrigeerd voor productiviteit, "
    "plus materiële kosten en reiskosten, met daarover de opslagen voor overhead en risico. Daarnaast "
    "staat de mediaan van de integrale kostprijs die aanbieders zelf opgaven."));
  switch (settings->proposal)
    {
    case OT_PROPOSAL_INDEX:
      {
        g_autofree char *index = dutch_decimal (settings->index_pct, 1);

        g_ptr_array_add (self->intro, g_strdup_printf (
          "Het voorgestelde tarief is het huidige tarief, geïndexeerd met %s %%.", index));
      }
      break;
    case OT_PROPOSAL_PERCENTILE:
      {
        g_autofree char *pct = dutch_decimal (settings->percentile, 0);

        g_ptr_array_add (self->intro, g_strdup_printf (
          "Het voorgestelde tarief is het %se percentiel van de opgegeven integrale kostprijzen.", pct));
      }
      break;
    case OT_PROPOSAL_NONE:
    default:
      g_ptr_array_add (self->intro, g_strdup ("Deze rapportage bevat geen tariefvoorstel."));
      break;
    }
}

static void
build_rules (OtAnalysisReport *self)
{
  const OtDisclosureRules *rules = &ot_analysis_get_settings (self->analysis)->rules;
  g_autofree char *one = percent (rules->dominance_one);
  g_autofree char *two = percent (rules->dominance_two);

  g_ptr_array_add (self->rules, g_strdup_printf (
    "Drempel: een cijfer wordt alleen getoond als ten minste %u aanbieders eraan bijdragen.",
    ot_analysis_get_minimum (self->analysis)));
  g_ptr_array_add (self->rules, g_strdup_printf (
    "Dominantie: een naar uren gewogen cijfer vervalt als de grootste aanbieder meer dan %s van de uren "
    "levert, of de twee grootste samen meer dan %s.", one, two));
  if (rules->p_rule)
    {
      g_autofree char *p = dutch_decimal (rules->p_pct, 0);

      g_ptr_array_add (self->rules, g_strdup_printf (
        "p%%-regel (p = %s): een cijfer vervalt als de overige aanbieders samen de grootste bijdrage "
        "tot op %s %% nauwkeurig kunnen schatten.", p, p));
    }
  else
    g_ptr_array_add (self->rules, g_strdup ("De aanvullende p%-regel is niet toegepast."));
  g_ptr_array_add (self->rules, g_strdup (
    "Geen minimum of maximum: die zijn altijd het exacte cijfer van één aanbieder."));
  g_ptr_array_add (self->rules, g_strdup (
    "Afronding: bedragen op € 0,05, percentages op 0,1 procentpunt, uren op hele uren."));
  g_ptr_array_add (self->rules, g_strdup (
    "Secundaire onderdrukking: waar een cijfer is weggelaten, is zo nodig ook een ander cijfer "
    "weggelaten, zodat het niet uit een totaal en de overige delen is terug te rekenen."));
  g_ptr_array_add (self->rules, g_strdup (
    "Geen namen en geen volgorde: de rapportage noemt geen aanbieders, personen of bestanden, en de "
    "volgorde van de rekentools is nergens uit af te leiden."));
}

static void
build_chart_fields (OtAnalysisReport *self)
{
  const OtProductAnalysis *first;

  if (ot_analysis_get_n_products (self->analysis) == 0)
    return;
  first = ot_analysis_get_product (self->analysis, 0);
  for (guint i = 0; i < first->fields->len; i++)
    {
      const OtFieldFigures *f = g_ptr_array_index (first->fields, i);
      gboolean shown = FALSE;

      /* A chart of gaps only says what the table already says. */
      for (guint p = 0; p < ot_analysis_get_n_products (self->analysis); p++)
        {
          const OtFieldFigures *g = ot_product_analysis_get_field (ot_analysis_get_product (self->analysis, p),
                                                                   f->field->key);

          shown |= g != NULL && g->suppression == OT_SUPPRESSION_NONE
                   && g->stat[OT_STAT_MEDIAN].suppression == OT_SUPPRESSION_NONE;
        }
      if (shown)
        g_ptr_array_add (self->chart_fields, (gpointer) f->field->key);
    }
}

/* ---- public ---- */

OtAnalysisReport *
ot_analysis_report_new (OtAnalysis         *analysis,
                        const char         *consultation_title,
                        const char * const *tariff_codes)
{
  OtAnalysisReport *self;

  g_return_val_if_fail (analysis != NULL, NULL);

  self = g_new0 (OtAnalysisReport, 1);
  self->analysis = ot_analysis_ref (analysis);
  self->consultation_title = g_strdup (consultation_title != NULL && *consultation_title != '\0'
                                       ? consultation_title : NEUTRAL_TITLE);
  self->title = g_strdup_printf ("Tariefanalyse %s", self->consultation_title);
  self->subject = g_strdup ("Geanonimiseerde analyse van de ingediende rekentools");
  self->intro = g_ptr_array_new_with_free_func (g_free);
  self->rules = g_ptr_array_new_with_free_func (g_free);
  self->tables = g_ptr_array_new_with_free_func (table_free);
  self->chart_fields = g_ptr_array_new ();

  build_intro (self);
  build_rules (self);
  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);

      add_fields_table (self, product, (int) p);
      add_model_table (self, product, (int) p,
                       tariff_codes != NULL && g_strv_contains (tariff_codes, product->code));
    }
  add_parts_table (self);
  add_periodiek_table (self);
  build_chart_fields (self);
  return self;
}

void
ot_analysis_report_free (OtAnalysisReport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->analysis, ot_analysis_unref);
  g_free (self->title);
  g_free (self->consultation_title);
  g_free (self->subject);
  g_ptr_array_unref (self->intro);
  g_ptr_array_unref (self->rules);
  g_ptr_array_unref (self->tables);
  g_ptr_array_unref (self->chart_fields);
  g_free (self);
}

OtAnalysis *
ot_analysis_report_get_analysis (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->analysis;
}

const char *
ot_analysis_report_get_title (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
ot_analysis_report_get_consultation_title (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->consultation_title;
}

const char *
ot_analysis_report_get_subject (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subject;
}

GPtrArray *
ot_analysis_report_get_intro (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->intro;
}

GPtrArray *
ot_analysis_report_get_rules (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->rules;
}

guint
ot_analysis_report_get_n_tables (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->tables->len;
}

const OtReportTable *
ot_analysis_report_get_table (const OtAnalysisReport *self,
                              guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->tables->len, NULL);
  return g_ptr_array_index (self->tables, index);
}

GPtrArray *
ot_analysis_report_get_footnotes (const OtAnalysisReport *self)
{
  static const char * const texts[] = {
    [OT_SUPPRESSION_TOO_FEW] = "Niet getoond: te weinig rekentools voor dit cijfer.",
    [OT_SUPPRESSION_DOMINANCE] = "Niet getoond: één of twee aanbieders bepalen het grootste deel van dit cijfer.",
    [OT_SUPPRESSION_SECONDARY] = "Niet getoond, zodat een ander weggelaten cijfer niet kan worden teruggerekend.",
  };
  GPtrArray *notes;

  g_return_val_if_fail (self != NULL, NULL);

  notes = g_ptr_array_new_with_free_func (g_free);
  for (guint r = OT_SUPPRESSION_TOO_FEW; r <= OT_SUPPRESSION_SECONDARY; r++)
    if (self->used[r])
      g_ptr_array_add (notes, g_strdup_printf ("%s %s", ot_analysis_report_mark (r), texts[r]));
  return notes;
}

const char *
ot_analysis_report_mark (OtSuppression suppression)
{
  switch (suppression)
    {
    case OT_SUPPRESSION_TOO_FEW:
      return "¹";
    case OT_SUPPRESSION_DOMINANCE:
      return "²";
    case OT_SUPPRESSION_SECONDARY:
      return "³";
    case OT_SUPPRESSION_NONE:
    default:
      return "";
    }
}

GPtrArray *
ot_analysis_report_get_chart_fields (const OtAnalysisReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->chart_fields;
}
