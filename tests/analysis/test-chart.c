/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart.c: the charts draw something on image and PDF surfaces, hidden figures as gaps. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "ot-test-support.h"
#include "analysis/ot-analysis.h"
#include "analysis/ot-analysis-chart.h"

#define WIDTH  760
#define HEIGHT 420

static void
put (OtAnalysisInput *input,
     guint            s,
     const char      *product,
     const char      *key,
     double           value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ot_analysis_input_set_value (input, s, product, key, value, &error));
  g_assert_no_error (error);
}

/* Twelve submissions over two products; the second product's ORT comes from three, so its
 * field and model total are hidden and must be drawn as gaps. */
static OtAnalysis *
make_analysis (void)
{
  static const char * const codes[] = { "ho", "bg" };
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings settings;
  OtAnalysis *analysis;

  g_assert_true (ot_analysis_input_add_product (input, "ho", "Hulp bij het huishouden", NULL));
  g_assert_true (ot_analysis_input_add_product (input, "bg", "Begeleiding individueel", NULL));
  for (guint s = 0; s < 12; s++)
    {
      ot_analysis_input_add_submission (input);
      for (guint p = 0; p < 2; p++)
        {
          const char *c = codes[p];
          double k = (s * 7 % 12) / 11.0;    /* a spread in [0, 1], not in submission order */

          put (input, s, c, "bruto_uurloon", 19.5 + 4 * k + 6 * p);
          put (input, s, c, "vakantiegeld_pct", 0.08);
          put (input, s, c, "eindejaarsuitkering_pct", 0.083);
          if (p == 0 || s < 3)
            put (input, s, c, "ort_pct", 0.05 + 0.04 * k);
          put (input, s, c, "werkgeverslasten_pct", 0.24 + 0.06 * k);
          put (input, s, c, "overige_personeelskosten_per_uur", 1.2 + k);
          put (input, s, c, "productiviteit_pct", 0.74 + 0.1 * k);
          put (input, s, c, "materiele_kosten_per_uur", 1.5 + 2 * k);
          put (input, s, c, "reiskosten_per_uur", 0.8 + 1.5 * k);
          put (input, s, c, "overhead_pct", 0.12 + 0.06 * k);
          put (input, s, c, "risico_opslag_pct", 0.02);
          put (input, s, c, "kostprijs_per_uur", 45 + 10 * k + 12 * p);
          put (input, s, c, "uren_per_jaar", 8000 + 1000 * s);
        }
    }
  g_assert_true (ot_analysis_input_set_tariff (input, "ho", 44.85, NULL));
  g_assert_true (ot_analysis_input_set_tariff (input, "bg", 58.2, NULL));
  ot_analysis_settings_init (&settings);
  analysis = ot_analysis_run (input, &settings, &error);
  g_assert_no_error (error);
  return analysis;
}

static guint
count_non_white (cairo_surface_t *surface)
{
  const unsigned char *data;
  int stride, width, height;
  guint count = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((const guint32 *) (data + y * stride))[x] != 0xffffffff)
        count++;
  return count;
}

/* Pixels of the box fill colour (0.38, 0.70, 0.98) from row y_from down. */
static guint
count_box_fill (const char *png_path,
                int         y_from)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png_path);
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint count = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  for (int y = y_from; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = ((const guint32 *) (data + y * stride))[x];
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (ABS (r - 97) <= 2 && ABS (g - 179) <= 2 && ABS (b - 250) <= 2)
          count++;
      }
  cairo_surface_destroy (surface);
  return count;
}

static char *
output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (ot_test_build_dir (), "tests", "analysis", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return g_build_filename (dir, name, NULL);
}

/* Draws one chart into the lower part of a white image; returns the changed pixels. */
static guint
draw_to_png (OtAnalysis *analysis,
             const char *field_key,
             const char *png_name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t area = { 0, 0, WIDTH, HEIGHT };
  g_autofree char *path = output_path (png_name);
  guint changed;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  g_assert_cmpuint (count_non_white (surface), ==, 0);
  if (field_key != NULL)
    ot_analysis_draw_box_plot (cr, &area, analysis, field_key);
  else
    ot_analysis_draw_cost_bars (cr, &area, analysis);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  changed = count_non_white (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  if (g_test_verbose ())
    g_printerr ("wrote %s\n", path);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return changed;
}

static void
test_image (void)
{
  g_autoptr(OtAnalysis) analysis = make_analysis ();
  guint box, gap, bars;

  box = draw_to_png (analysis, "bruto_uurloon", "chart-box-bruto_uurloon.png");
  gap = draw_to_png (analysis, "ort_pct", "chart-box-ort_pct.png");
  bars = draw_to_png (analysis, NULL, "chart-cost-bars.png");
  g_assert_cmpuint (box, >, 2000);
  g_assert_cmpuint (gap, >, 500);
  g_assert_cmpuint (bars, >, 10000);
  /* The second product's row (the lower half) has a box for the wage and none for the hidden
   * ORT: a gap gives no size away. */
  {
    g_autofree char *box_png = output_path ("chart-box-bruto_uurloon.png");
    g_autofree char *gap_png = output_path ("chart-box-ort_pct.png");

    g_assert_cmpuint (count_box_fill (box_png, HEIGHT / 2), >, 300);
    g_assert_cmpuint (count_box_fill (gap_png, 0), >, 300);
    g_assert_cmpuint (count_box_fill (gap_png, HEIGHT / 2), ==, 0);
  }
  g_assert_cmpint (ot_analysis_find_product (analysis, "bg")->model.total.suppression,
                   ==, OT_SUPPRESSION_SECONDARY);
}

static void
test_area_offset (void)
{
  g_autoptr(OtAnalysis) analysis = make_analysis ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 400);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t area = { 200, 200, 200, 200 };
  const unsigned char *data;
  int stride;
  gboolean outside_clean = TRUE;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ot_analysis_draw_cost_bars (cr, &area, analysis);
  ot_analysis_draw_box_plot (cr, &area, analysis, "overhead_pct");
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* Nothing outside the rectangle it was given. */
  for (int y = 0; y < 200; y++)
    for (int x = 0; x < 400; x++)
      if (((const guint32 *) (data + y * stride))[x] != 0xffffffff)
        outside_clean = FALSE;
  g_assert_true (outside_clean);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_pdf (void)
{
  g_autoptr(OtAnalysis) analysis = make_analysis ();
  g_autofree char *path = output_path ("chart.pdf");
  g_autofree char *uri = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  cairo_rectangle_t top = { 0, 0, 595, 400 }, bottom = { 0, 420, 595, 400 };
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  ot_analysis_draw_cost_bars (cr, &top, analysis);
  ot_analysis_draw_box_plot (cr, &bottom, analysis, "kostprijs_per_uur");
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  uri = g_filename_to_uri (path, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Loon"));
  g_assert_nonnull (strstr (text, "Integrale kostprijs per uur"));
  g_assert_nonnull (strstr (text, "Begeleiding individueel"));
  /* poppler-glib 22 has no autoptr cleanup for its types. */
  g_object_unref (page);
  g_object_unref (document);
}

/* Every figure hidden or absent: the charts still draw, gaps only. */
static void
test_all_hidden (void)
{
  g_autoptr(OtAnalysisInput) input = ot_analysis_input_new ();
  g_autoptr(OtAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  OtAnalysisSettings settings;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 200);
  cairo_t *cr = cairo_create (surface);
  cairo_rectangle_t area = { 0, 0, 300, 200 };

  g_assert_true (ot_analysis_input_add_product (input, "ho", "Hulp bij het huishouden", NULL));
  for (guint s = 0; s < 5; s++)
    {
      ot_analysis_input_add_submission (input);
      if (s < 2)
        put (input, s, "ho", "bruto_uurloon", 20 + s);
    }
  ot_analysis_settings_init (&settings);
  analysis = ot_analysis_run (input, &settings, &error);
  g_assert_no_error (error);
  g_assert_false (ot_analysis_get_product (analysis, 0)->model.present);
  ot_analysis_draw_box_plot (cr, &area, analysis, "bruto_uurloon");
  ot_analysis_draw_cost_bars (cr, &area, analysis);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (count_non_white (surface), >, 100);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis/chart/image", test_image);
  g_test_add_func ("/analysis/chart/area-offset", test_area_offset);
  g_test_add_func ("/analysis/chart/pdf", test_pdf);
  g_test_add_func ("/analysis/chart/all-hidden", test_all_hidden);
  return g_test_run ();
}
