/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-page-views.c: the anonymised view (the report as the exports hold it) and the confidential table. */
#define G_LOG_DOMAIN "ot-app"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "analysis/ot-analysis-chart.h"
#include "analysis/ot-analysis-confidential.h"
#include "ot-analysis-page-private.h"

/* The fields the adviser compares between providers first. */
static const char * const confidential_keys[] = {
  "bruto_uurloon", "werkgeverslasten_pct", "productiviteit_pct", "overhead_pct",
  "kostprijs_per_uur", "tarief_huidig", "uren_per_jaar",
};

void
ot_analysis_page_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* ---- anonymised ---- */

static GtkWidget *
make_table (const OtReportTable *table)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  for (guint c = 0; c < table->n_columns; c++)
    {
      GtkWidget *header = make_label (table->headers[c], "heading", c == 0 ? 0.0 : 1.0);

      gtk_widget_set_hexpand (header, c == 0);
      gtk_grid_attach (GTK_GRID (grid), header, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      const OtReportCell *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          GtkWidget *cell = make_label (row[c].text, c == 0 ? NULL : "numeric", c == 0 ? 0.0 : 1.0);

          if (row[c].suppression != OT_SUPPRESSION_NONE)
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (GTK_GRID (grid), cell, (int) c, (int) r + 1, 1, 1);
        }
    }
  return grid;
}

typedef struct
{
  OtAnalysis *analysis;
  char       *field_key;     /* NULL: the stacked bars */
} ChartData;

static void
chart_data_free (gpointer data)
{
  ChartData *chart = data;

  ot_analysis_unref (chart->analysis);
  g_free (chart->field_key);
  g_free (chart);
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  ChartData *chart = user_data;
  cairo_rectangle_t rect = { 0, 0, width, height };
  if (chart->field_key != NULL)
    ot_analysis_draw_box_plot (cr, &rect, chart->analysis, chart->field_key);
  else
    ot_analysis_draw_cost_bars (cr, &rect, chart->analysis);
}

static GtkWidget *
make_chart (OtAnalysis *analysis,
            const char *field_key,
            int         height)
{
  GtkWidget *area = gtk_drawing_area_new ();
  ChartData *chart = g_new0 (ChartData, 1);

  chart->analysis = ot_analysis_ref (analysis);
  chart->field_key = g_strdup (field_key);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), height);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart_cb, chart, chart_data_free);
  gtk_widget_add_css_class (area, "card");
  return area;
}

static void
append_text (GtkBox     *box,
             GPtrArray  *paragraphs,
             const char *prefix)
{
  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_autofree char *text = g_strconcat (prefix, (const char *) g_ptr_array_index (paragraphs, i), NULL);

      gtk_box_append (box, make_label (text, NULL, 0.0));
    }
}

void
ot_analysis_page_build_anonymised (GtkBox                 *box,
                                   const OtAnalysisReport *report)
{
  OtAnalysis *analysis = ot_analysis_report_get_analysis (report);
  GPtrArray *chart_fields = ot_analysis_report_get_chart_fields (report);
  g_autoptr(GPtrArray) notes = ot_analysis_report_get_footnotes (report);

  ot_analysis_page_clear_box (box);
  gtk_box_append (box, make_label (ot_analysis_report_get_title (report), "title-1", 0.0));
  gtk_box_append (box, make_label (ot_analysis_report_get_subject (report), "dim-label", 0.0));
  append_text (box, ot_analysis_report_get_intro (report), "");
  gtk_box_append (box, make_label ("Toegepaste regels voor anonimiteit", "title-4", 0.0));
  append_text (box, ot_analysis_report_get_rules (report), "• ");
  for (guint t = 0; t < ot_analysis_report_get_n_tables (report); t++)
    {
      const OtReportTable *table = ot_analysis_report_get_table (report, t);

      gtk_box_append (box, make_label (table->caption, "title-4", 0.0));
      gtk_box_append (box, make_table (table));
      if (table->kind == OT_REPORT_TABLE_PARTS)
        gtk_box_append (box, make_chart (analysis, NULL, 300));
    }
  gtk_box_append (box, make_label ("Toelichting bij weggelaten cijfers", "title-4", 0.0));
  append_text (box, notes, "");
  if (chart_fields->len > 0)
    gtk_box_append (box, make_label ("Spreiding per component", "title-4", 0.0));
  for (guint i = 0; i < chart_fields->len; i++)
    gtk_box_append (box, make_chart (analysis, g_ptr_array_index (chart_fields, i), 130));
}

/* ---- confidential ---- */

static const OtConfidentialOutlier *
find_outlier (GArray *outliers,
              guint   submission)
{
  for (guint i = 0; outliers != NULL && i < outliers->len; i++)
    {
      const OtConfidentialOutlier *o = &g_array_index (outliers, OtConfidentialOutlier, i);

      if (o->submission == submission)
        return o;
    }
  return NULL;
}

static GtkWidget *
make_value_cell (const OtAnalysisInput *input,
                 guint                  submission,
                 int                    product,
                 const OtCostField     *field,
                 GArray                *outliers)
{
  double value = ot_analysis_input_get_value (input, submission, product, field->key);
  const OtConfidentialOutlier *o = find_outlier (outliers, submission);
  g_autofree char *number = isnan (value) ? g_strdup ("–") : ot_analysis_format_value (value, field->unit);
  g_autofree char *text = o == NULL ? g_strdup (number)
                          : g_strdup_printf ("%s %s", o->side == OT_CONFIDENTIAL_OUTLIER_HIGH ? "▲" : "▼", number);
  GtkWidget *cell = make_label (text, "numeric", 1.0);

  if (o != NULL)
    {
      gtk_widget_add_css_class (cell, "warning");
      gtk_widget_set_tooltip_text (cell, o->side == OT_CONFIDENTIAL_OUTLIER_HIGH
                                         ? _("Above the upper fence: more than 1.5 IQR beyond the third quartile")
                                         : _("Below the lower fence: more than 1.5 IQR below the first quartile"));
    }
  return cell;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const OtAnalysisSource *source = user_data;

  return g_utf8_collate (ot_analysis_source_get_provider_name (source, *(const guint *) a),
                         ot_analysis_source_get_provider_name (source, *(const guint *) b));
}

/* The adviser looks providers up by name; the input's order is a hash. */
static guint *
sorted_by_name (const OtAnalysisSource *source,
                guint                   n)
{
  guint *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_names, (gpointer) source);
  return order;
}

static GtkWidget *
make_confidential_table (const OtAnalysisSource *source,
                         int                     product,
                         const char             *product_code)
{
  const OtAnalysisInput *input = ot_analysis_source_get_input (source);
  guint n = ot_analysis_input_get_n_submissions (input);
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  g_autofree guint *order = sorted_by_name (source, n);

  gtk_grid_attach (GTK_GRID (grid), make_label (_("Provider"), "heading", 0.0), 0, 0, 1, 1);
  for (guint r = 0; r < n; r++)
    {
      GtkWidget *name = make_label (ot_analysis_source_get_provider_name (source, order[r]), NULL, 0.0);

      gtk_label_set_width_chars (GTK_LABEL (name), 24);
      gtk_grid_attach (GTK_GRID (grid), name, 0, (int) r + 1, 1, 1);
    }
  for (guint k = 0; k < G_N_ELEMENTS (confidential_keys); k++)
    {
      const OtCostField *field = ot_cost_field_lookup (confidential_keys[k]);
      g_autoptr(GArray) outliers = ot_confidential_flag_outliers (input, product_code, field->key, NULL, NULL, NULL);
      GtkWidget *header = make_label (field->label, "heading", 1.0);

      gtk_label_set_max_width_chars (GTK_LABEL (header), 14);
      gtk_grid_attach (GTK_GRID (grid), header, (int) k + 1, 0, 1, 1);
      for (guint r = 0; r < n; r++)
        gtk_grid_attach (GTK_GRID (grid), make_value_cell (input, order[r], product, field, outliers), (int) k + 1,
                         (int) r + 1, 1, 1);
    }
  return grid;
}

void
ot_analysis_page_build_confidential (GtkBox                 *box,
                                     const OtAnalysisSource *source,
                                     OtAnalysis             *analysis)
{
  GtkWidget *banner;

  ot_analysis_page_clear_box (box);
  /* Marked in Dutch whatever the UI language: the word the providers were promised. */
  banner = make_label (_("VERTROUWELIJK — the figures of each provider, for the adviser only. "
                         "Never share this view; the exports contain only the anonymised view."),
                       "error", 0.0);
  gtk_widget_add_css_class (banner, "heading");
  gtk_box_append (box, banner);
  gtk_box_append (box, make_label (_("▲ and ▼ mark a figure more than 1.5 times the interquartile range beyond "
                                     "the quartiles of all providers."), "dim-label", 0.0));
  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);

      gtk_box_append (box, make_label (product->name, "title-4", 0.0));
      gtk_box_append (box, make_confidential_table (source, (int) p, product->code));
    }
}
