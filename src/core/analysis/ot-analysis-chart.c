/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-chart.c: box plots and stacked bars of the anonymised analysis. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "analysis/ot-analysis-chart.h"

#define FONT_SIZE 9.0
#define PAD       8.0

typedef struct { double r, g, b; } Rgb;

/* GNOME palette: distinct in colour and lightness, so a grey-scale print still separates them. */
static const Rgb part_colours[OT_COST_N_PARTS] = {
  { 0.11, 0.44, 0.85 }, { 0.38, 0.70, 0.98 }, { 0.15, 0.64, 0.41 }, { 0.96, 0.83, 0.18 },
  { 1.00, 0.47, 0.00 }, { 0.75, 0.11, 0.16 }, { 0.57, 0.25, 0.67 }, { 0.47, 0.46, 0.48 },
};

typedef enum { ALIGN_LEFT, ALIGN_CENTRE, ALIGN_RIGHT } Align;

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

/* Draws text with its top edge at y; a width above 0 wraps it. Returns the height used. */
static double
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           Align       align,
           gboolean    bold)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  int text_width, text_height;

  pango_font_description_set_absolute_size (font, FONT_SIZE * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      /* Wrapped text aligns inside its own box, which then starts at x (or centres on it). */
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, align == ALIGN_CENTRE ? PANGO_ALIGN_CENTER
                                          : align == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      text_width = (int) width;
      pango_layout_get_pixel_size (layout, NULL, &text_height);
    }
  else
    pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (align == ALIGN_CENTRE)
    x -= text_width / 2.0;
  else if (align == ALIGN_RIGHT)
    x -= text_width;
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return text_height;
}

static char *
dutch_number (double value,
              int    decimals)
{
  g_autofree char *plain = g_strdup_printf ("%.*f", decimals, value);
  GString *out = g_string_new (NULL);
  const char *dot = strchr (plain, '.');
  gsize int_len = dot != NULL ? (gsize) (dot - plain) : strlen (plain);
  gsize start = plain[0] == '-' ? 1 : 0;

  g_string_append_len (out, plain, start);
  for (gsize i = start; i < int_len; i++)
    {
      if (i > start && (int_len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, plain[i]);
    }
  if (dot != NULL)
    {
      g_string_append_c (out, ',');
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

char *
ot_analysis_format_value (double     value,
                          OtCostUnit unit)
{
  g_autofree char *number = NULL;

  switch (unit)
    {
    case OT_COST_UNIT_EUR_PER_HOUR:
      number = dutch_number (value, 2);
      return g_strdup_printf ("€ %s", number);
    case OT_COST_UNIT_FRACTION:
    case OT_COST_UNIT_FTE_PER_STEP:
      number = dutch_number (value * 100.0, 1);
      return g_strdup_printf ("%s %%", number);
    default:
      return dutch_number (value, 0);
    }
}

/* A tick step of 1, 2 or 5 times a power of ten giving about five ticks. */
static double
tick_step (double span)
{
  double raw = span / 5.0;
  double magnitude = pow (10.0, floor (log10 (raw)));
  double ratio = raw / magnitude;

  if (ratio < 1.5)
    return magnitude;
  if (ratio < 3.5)
    return 2.0 * magnitude;
  if (ratio < 7.5)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

typedef struct
{
  double lo, hi;              /* data range on the axis */
  double x0, x1;              /* pixel range */
} Scale;

static double
scale_map (const Scale *scale,
           double       value)
{
  return scale->x0 + (value - scale->lo) / (scale->hi - scale->lo) * (scale->x1 - scale->x0);
}

static void
scale_include (Scale          *scale,
               const OtFigure *figure)
{
  if (!figure->present || figure->suppression != OT_SUPPRESSION_NONE)
    return;
  scale->lo = MIN (scale->lo, figure->value);
  scale->hi = MAX (scale->hi, figure->value);
}

static void
scale_finish (Scale   *scale,
              gboolean floor_at_zero)
{
  double span;

  if (!(scale->hi >= scale->lo))
    {
      scale->lo = 0.0;
      scale->hi = 1.0;
    }
  if (floor_at_zero)
    scale->lo = MIN (scale->lo, 0.0);
  span = scale->hi - scale->lo;
  if (span <= 0.0)
    span = fabs (scale->hi) > 0.0 ? fabs (scale->hi) * 0.2 : 1.0;
  scale->lo = floor_at_zero && scale->lo >= 0.0 ? 0.0 : scale->lo - span * 0.08;
  scale->hi += span * 0.08;
}

static void
draw_frame_background (cairo_t                 *cr,
                       const cairo_rectangle_t *area)
{
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

static void
draw_axis_ticks (cairo_t     *cr,
                 const Scale *scale,
                 double       top,
                 double       bottom,
                 OtCostUnit   unit)
{
  double step = tick_step (scale->hi - scale->lo);

  cairo_set_line_width (cr, 0.5);
  for (double t = ceil (scale->lo / step) * step; t <= scale->hi + step * 1e-9; t += step)
    {
      double x = scale_map (scale, t);
      g_autofree char *label = ot_analysis_format_value (t, unit);

      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      draw_text (cr, label, x, bottom + 2, 0, ALIGN_CENTRE, FALSE);
    }
}

static void
draw_gap (cairo_t      *cr,
          double        x,
          double        y,
          double        width,
          double        height,
          OtSuppression reason)
{
  const double dash[] = { 3.0, 3.0 };
  g_autofree char *text = g_strdup_printf ("– %s", ot_suppression_describe (reason));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.8);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  draw_text (cr, text, x + 4, y + (height - FONT_SIZE * 1.4) / 2, width - 8, ALIGN_LEFT, FALSE);
}

static gboolean
figure_shown (const OtFigure *figure)
{
  return figure->present && figure->suppression == OT_SUPPRESSION_NONE;
}

static void
draw_box (cairo_t              *cr,
          const Scale          *scale,
          const OtFieldFigures *f,
          double                y,
          double                height)
{
  double q1 = scale_map (scale, f->stat[OT_STAT_Q1].value);
  double q3 = scale_map (scale, f->stat[OT_STAT_Q3].value);
  double median = scale_map (scale, f->stat[OT_STAT_MEDIAN].value);
  double mid = y + height / 2;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 1.0);
  if (figure_shown (&f->stat[OT_STAT_P10]) && figure_shown (&f->stat[OT_STAT_P90]))
    {
      double p10 = scale_map (scale, f->stat[OT_STAT_P10].value);
      double p90 = scale_map (scale, f->stat[OT_STAT_P90].value);

      cairo_move_to (cr, p10, mid);
      cairo_line_to (cr, q1, mid);
      cairo_move_to (cr, q3, mid);
      cairo_line_to (cr, p90, mid);
      cairo_move_to (cr, p10, y + height * 0.25);
      cairo_line_to (cr, p10, y + height * 0.75);
      cairo_move_to (cr, p90, y + height * 0.25);
      cairo_line_to (cr, p90, y + height * 0.75);
      cairo_stroke (cr);
    }
  cairo_rectangle (cr, q1, y, MAX (q3 - q1, 1.0), height);
  set_rgb (cr, &part_colours[1]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, median, y);
  cairo_line_to (cr, median, y + height);
  cairo_stroke (cr);
}

void
ot_analysis_draw_box_plot (cairo_t                 *cr,
                           const cairo_rectangle_t *area,
                           const OtAnalysis        *analysis,
                           const char              *field_key)
{
  guint n_products;
  const OtCostField *field;
  double label_width, top, row_height, plot_bottom;
  Scale scale = { INFINITY, -INFINITY, 0, 0 };

  g_return_if_fail (cr != NULL && area != NULL && analysis != NULL && field_key != NULL);
  field = ot_cost_field_lookup (field_key);
  g_return_if_fail (field != NULL);

  n_products = ot_analysis_get_n_products (analysis);
  cairo_save (cr);
  draw_frame_background (cr, area);
  cairo_set_source_rgb (cr, 0, 0, 0);
  top = area->y + PAD + draw_text (cr, field->label, area->x + PAD, area->y + PAD, area->width - 2 * PAD,
                                   ALIGN_LEFT, TRUE) + PAD;

  for (guint p = 0; p < n_products; p++)
    {
      const OtFieldFigures *f = ot_product_analysis_get_field (ot_analysis_get_product (analysis, p), field_key);

      if (f == NULL)
        continue;
      for (guint s = 0; s < OT_N_STATS; s++)
        if (s != OT_STAT_MEAN && s != OT_STAT_WEIGHTED_MEAN)
          scale_include (&scale, &f->stat[s]);
    }
  scale_finish (&scale, FALSE);

  label_width = MIN (area->width * 0.3, 160.0);
  scale.x0 = area->x + PAD + label_width + PAD;
  scale.x1 = area->x + area->width - PAD * 2;
  plot_bottom = area->y + area->height - PAD - FONT_SIZE * 4.5;
  row_height = n_products > 0 ? (plot_bottom - top) / n_products : 0;
  draw_axis_ticks (cr, &scale, top, plot_bottom, field->unit);

  for (guint p = 0; p < n_products; p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);
      const OtFieldFigures *f = ot_product_analysis_get_field (product, field_key);
      double y = top + row_height * p, box_height = MIN (row_height * 0.5, 28.0);
      double box_y = y + (row_height - box_height) / 2;

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, product->name, area->x + PAD, box_y + box_height / 2 - FONT_SIZE * 0.7,
                 label_width, ALIGN_LEFT, FALSE);
      if (f == NULL || f->suppression != OT_SUPPRESSION_NONE || !figure_shown (&f->stat[OT_STAT_MEDIAN]))
        draw_gap (cr, scale.x0, box_y, scale.x1 - scale.x0, box_height,
                  f != NULL && f->suppression != OT_SUPPRESSION_NONE ? f->suppression : OT_SUPPRESSION_TOO_FEW);
      else
        draw_box (cr, &scale, f, box_y, box_height);
    }

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  draw_text (cr, _("Box: first to third quartile. Line: median. Whiskers: 10th to 90th percentile, only from ten submissions."),
             area->x + PAD, plot_bottom + FONT_SIZE * 2, area->width - 2 * PAD, ALIGN_LEFT, FALSE);
  cairo_restore (cr);
}

static double
draw_legend (cairo_t *cr,
             double   x,
             double   y,
             double   width)
{
  for (int p = OT_COST_N_PARTS - 1; p >= 0; p--)
    {
      double height;

      set_rgb (cr, &part_colours[p]);
      cairo_rectangle (cr, x, y + 1, 10, 10);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      height = draw_text (cr, ot_cost_part_get_label (p), x + 15, y, width - 15, ALIGN_LEFT, FALSE);
      y += MAX (height, 12.0) + 4;
    }
  return y;
}

static void
draw_stack (cairo_t              *cr,
            const OtModelFigures *model,
            double                x,
            double                width,
            double                (*map) (double, gpointer),
            gpointer              data)
{
  double base = 0.0;
  g_autofree char *total = ot_analysis_format_value (model->total.value, OT_COST_UNIT_EUR_PER_HOUR);

  for (guint p = 0; p < OT_COST_N_PARTS; p++)
    {
      double value = model->part[p].value;
      double y0 = map (base, data), y1 = map (base + value, data);

      set_rgb (cr, &part_colours[p]);
      cairo_rectangle (cr, x, y1, width, y0 - y1);
      cairo_fill (cr);
      base += value;
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, total, x + width / 2, map (model->total.value, data) - FONT_SIZE * 1.6, 0,
             ALIGN_CENTRE, TRUE);
}

static void
draw_tariff_line (cairo_t              *cr,
                  const OtModelFigures *model,
                  double                x,
                  double                width,
                  double                (*map) (double, gpointer),
                  gpointer              data)
{
  const double dash[] = { 4.0, 2.0 };
  double y;

  if (!figure_shown (&model->tariff_current))
    return;
  y = map (model->tariff_current.value, data);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x - 6, y);
  cairo_line_to (cr, x + width + 6, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

typedef struct
{
  double lo, hi, top, bottom;
} VScale;

static double
vmap (double   value,
      gpointer data)
{
  VScale *v = data;
  return v->bottom - (value - v->lo) / (v->hi - v->lo) * (v->bottom - v->top);
}

static double
cost_axis_max (const OtAnalysis *analysis)
{
  double hi = 0.0;

  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    {
      const OtModelFigures *m = &ot_analysis_get_product (analysis, p)->model;

      if (figure_shown (&m->total))
        hi = MAX (hi, m->total.value);
      if (figure_shown (&m->tariff_current))
        hi = MAX (hi, m->tariff_current.value);
    }
  return hi > 0.0 ? hi * 1.15 : 1.0;
}

static void
draw_vertical_ticks (cairo_t      *cr,
                     const VScale *v,
                     double        left,
                     double        right)
{
  double step = tick_step (v->hi - v->lo);

  cairo_set_line_width (cr, 0.5);
  for (double t = 0.0; t <= v->hi + step * 1e-9; t += step)
    {
      double y = vmap (t, (gpointer) v);
      g_autofree char *label = ot_analysis_format_value (t, OT_COST_UNIT_EUR_PER_HOUR);

      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      draw_text (cr, label, left - 4, y - FONT_SIZE * 0.7, 0, ALIGN_RIGHT, FALSE);
    }
}

void
ot_analysis_draw_cost_bars (cairo_t                 *cr,
                            const cairo_rectangle_t *area,
                            const OtAnalysis        *analysis)
{
  guint n_products;
  double legend_width, plot_left, plot_right, slot, top;
  VScale v;

  g_return_if_fail (cr != NULL && area != NULL && analysis != NULL);

  n_products = ot_analysis_get_n_products (analysis);
  cairo_save (cr);
  draw_frame_background (cr, area);
  cairo_set_source_rgb (cr, 0, 0, 0);
  top = area->y + PAD + draw_text (cr, _("Model cost price per hour, from the median components"),
                                   area->x + PAD, area->y + PAD, area->width - 2 * PAD,
                                   ALIGN_LEFT, TRUE) + PAD * 2;

  legend_width = MIN (area->width * 0.32, 210.0);
  plot_left = area->x + PAD + 60;
  plot_right = area->x + area->width - legend_width - PAD * 2;
  v.lo = 0.0;
  v.hi = cost_axis_max (analysis);
  v.top = top + FONT_SIZE * 2;
  v.bottom = area->y + area->height - PAD - FONT_SIZE * 6;
  draw_vertical_ticks (cr, &v, plot_left, plot_right);
  slot = n_products > 0 ? (plot_right - plot_left) / n_products : 0;

  for (guint p = 0; p < n_products; p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);
      double width = MIN (slot * 0.5, 80.0), x = plot_left + slot * p + (slot - width) / 2;

      if (product->model.present && figure_shown (&product->model.total))
        draw_stack (cr, &product->model, x, width, vmap, &v);
      else
        draw_gap (cr, plot_left + slot * p + 4, v.top, slot - 8, v.bottom - v.top,
                  product->model.present ? product->model.total.suppression : OT_SUPPRESSION_TOO_FEW);
      draw_tariff_line (cr, &product->model, x, width, vmap, &v);
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, product->name, plot_left + slot * (p + 0.5), v.bottom + 4, slot - 4, ALIGN_CENTRE, FALSE);
    }

  draw_legend (cr, plot_right + PAD * 2, top, legend_width);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  draw_text (cr, _("Dashed line: current tariff."), area->x + PAD,
             area->y + area->height - PAD - FONT_SIZE * 1.5, area->width - 2 * PAD, ALIGN_LEFT, FALSE);
  cairo_restore (cr);
}
