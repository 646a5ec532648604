/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-pdf.c: typesets the anonymised analysis report on A4 pages with cairo and pango. */
#define G_LOG_DOMAIN "ot-export"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ot-error.h"
#include "analysis/ot-analysis-chart.h"
#include "ot-analysis-pdf.h"
#include "ot-export-file.h"

#define PAGE_WIDTH   595.276
#define PAGE_HEIGHT  841.890
#define MARGIN_X     56.0
#define MARGIN_TOP   64.0
#define MARGIN_BOTTOM 64.0
#define TEXT_WIDTH   (PAGE_WIDTH - 2 * MARGIN_X)
#define BODY_SIZE    9.5
#define TABLE_SIZE   8.0
#define SMALL_SIZE   7.5
#define CELL_PAD     3.5
#define FONT         "Cantarell, DejaVu Sans, Sans"

typedef struct { double r, g, b; } Rgb;

static const Rgb accent = { 0.11, 0.35, 0.60 };
static const Rgb ink = { 0.13, 0.13, 0.15 };
static const Rgb muted = { 0.38, 0.38, 0.42 };
static const Rgb header_fill = { 0.89, 0.92, 0.96 };
static const Rgb zebra_fill = { 0.965, 0.97, 0.98 };

typedef struct
{
  cairo_t                *cr;
  const OtAnalysisReport *report;
  double                  y;
  guint                   page;
  guint                   section;
  guint                   n_pages;        /* from a first pass; 0 while counting */
} Flow;

typedef enum { LEFT, RIGHT } Align;

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *markup,
             double      width,
             double      size,
             gboolean    bold,
             Align       align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align == RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             const Rgb   *colour)
{
  set_rgb (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* ---- pages ---- */

/* The running header (from the second page on) and the footer with the page number. */
static void
draw_page_frame (Flow *flow)
{
  g_autofree char *text = flow->n_pages > 0
                          ? g_strdup_printf ("Geanonimiseerd · pagina %u van %u", flow->page + 1, flow->n_pages)
                          : g_strdup_printf ("Geanonimiseerd · pagina %u", flow->page + 1);
  g_autoptr(PangoLayout) layout = make_layout (flow->cr, text, TEXT_WIDTH, SMALL_SIZE, FALSE, RIGHT);

  if (flow->page > 0)
    {
      g_autofree char *title = g_markup_escape_text (ot_analysis_report_get_title (flow->report), -1);
      g_autoptr(PangoLayout) header = make_layout (flow->cr, title, TEXT_WIDTH, SMALL_SIZE, FALSE, LEFT);

      pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (header, -1);
      show_layout (flow->cr, header, MARGIN_X, MARGIN_TOP - 30, &muted);
    }
  cairo_set_line_width (flow->cr, 0.5);
  set_rgb (flow->cr, &muted);
  cairo_move_to (flow->cr, MARGIN_X, PAGE_HEIGHT - MARGIN_BOTTOM + 18);
  cairo_line_to (flow->cr, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - MARGIN_BOTTOM + 18);
  cairo_stroke (flow->cr);
  show_layout (flow->cr, layout, MARGIN_X, PAGE_HEIGHT - MARGIN_BOTTOM + 22, &muted);
}

static void
new_page (Flow *flow)
{
  draw_page_frame (flow);
  cairo_show_page (flow->cr);
  flow->page++;
  flow->y = MARGIN_TOP;
}

static double
space_left (const Flow *flow)
{
  return PAGE_HEIGHT - MARGIN_BOTTOM - flow->y;
}

/* Starts a new page unless @height fits on this one. */
static void
need (Flow  *flow,
      double height)
{
  if (height > space_left (flow) && flow->y > MARGIN_TOP)
    new_page (flow);
}

/* ---- text blocks ---- */

static void
add_text (Flow       *flow,
          const char *markup,
          double      size,
          gboolean    bold,
          const Rgb  *colour,
          double      indent,
          double      space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (flow->cr, markup, TEXT_WIDTH - indent, size, bold, LEFT);
  double height = layout_height (layout);

  need (flow, height);
  show_layout (flow->cr, layout, MARGIN_X + indent, flow->y, colour);
  flow->y += height + space_after;
}

static void
add_paragraph (Flow       *flow,
               const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  add_text (flow, markup, BODY_SIZE, FALSE, &ink, 0, 7);
}

static void
add_bullet (Flow       *flow,
            const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) bullet = make_layout (flow->cr, "•", 10, BODY_SIZE, FALSE, LEFT);
  g_autoptr(PangoLayout) layout = make_layout (flow->cr, markup, TEXT_WIDTH - 14, BODY_SIZE, FALSE, LEFT);
  double height = layout_height (layout);

  need (flow, height);
  show_layout (flow->cr, bullet, MARGIN_X + 2, flow->y, &accent);
  show_layout (flow->cr, layout, MARGIN_X + 14, flow->y, &ink);
  flow->y += height + 4;
}

/* A numbered heading, kept with @keep points of what follows it. */
static void
add_heading (Flow       *flow,
             const char *text,
             double      keep)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("%u  %s", ++flow->section, escaped);
  g_autoptr(PangoLayout) layout = make_layout (flow->cr, markup, TEXT_WIDTH, 13, TRUE, LEFT);
  double height = layout_height (layout);

  if (flow->y > MARGIN_TOP)
    flow->y += 10;
  need (flow, height + 8 + keep);
  show_layout (flow->cr, layout, MARGIN_X, flow->y, &accent);
  flow->y += height + 8;
}

static void
add_subheading (Flow       *flow,
                const char *text,
                double      keep)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = make_layout (flow->cr, markup, TEXT_WIDTH, 10.5, TRUE, LEFT);
  double height = layout_height (layout);

  flow->y += 4;
  need (flow, height + 6 + keep);
  show_layout (flow->cr, layout, MARGIN_X, flow->y, &ink);
  flow->y += height + 6;
}

/* ---- tables ---- */

static double
table_width (const OtReportTable *table)
{
  double sum = 0;

  for (guint c = 0; c < table->n_columns; c++)
    sum += table->widths[c];
  return MIN (sum, 1.0) * TEXT_WIDTH;
}

static double
draw_row (Flow                *flow,
          const OtReportTable *table,
          const char * const  *texts,
          gboolean             header,
          gboolean             shaded,
          gboolean             measure_only)
{
  PangoLayout *layouts[16] = { NULL };
  double height = 0, x = MARGIN_X;
  guint n = MIN (table->n_columns, G_N_ELEMENTS (layouts));

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *markup = g_markup_escape_text (texts[c] != NULL ? texts[c] : "", -1);
      double width = table->widths[c] * TEXT_WIDTH - 2 * CELL_PAD;

      layouts[c] = make_layout (flow->cr, markup, width, TABLE_SIZE, header, c == 0 ? LEFT : RIGHT);
      /* A header breaks between words only: "Gemiddeld-e" reads badly. */
      if (header)
        pango_layout_set_wrap (layouts[c], PANGO_WRAP_WORD);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * CELL_PAD;
  if (!measure_only)
    {
      if (header || shaded)
        {
          set_rgb (flow->cr, header ? &header_fill : &zebra_fill);
          cairo_rectangle (flow->cr, MARGIN_X, flow->y, table_width (table), height);
          cairo_fill (flow->cr);
        }
      for (guint c = 0; c < n; c++)
        {
          show_layout (flow->cr, layouts[c], x + CELL_PAD, flow->y + CELL_PAD, header ? &accent : &ink);
          x += table->widths[c] * TEXT_WIDTH;
        }
      flow->y += height;
    }
  for (guint c = 0; c < n; c++)
    g_object_unref (layouts[c]);
  return height;
}

static double
draw_header (Flow                *flow,
             const OtReportTable *table,
             gboolean             measure_only)
{
  return draw_row (flow, table, (const char * const *) table->headers, TRUE, FALSE, measure_only);
}

static char **
row_texts (const OtReportTable *table,
           const OtReportCell  *row)
{
  char **texts = g_new0 (char *, table->n_columns + 1);

  for (guint c = 0; c < table->n_columns; c++)
    texts[c] = row[c].text;
  return texts;
}

/* The note under a table naming the reasons of its hidden figures; NULL when none is hidden. */
static char *
table_notes_markup (const OtReportTable *table)
{
  static const char * const notes[] = {
    [OT_SUPPRESSION_TOO_FEW] = "te weinig rekentools voor dit cijfer",
    [OT_SUPPRESSION_DOMINANCE] = "één of twee aanbieders bepalen het grootste deel van dit cijfer",
    [OT_SUPPRESSION_SECONDARY] = "weggelaten zodat een ander weggelaten cijfer niet terug te rekenen is",
  };
  gboolean used[OT_SUPPRESSION_SECONDARY + 1] = { FALSE };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 0; r < table->rows->len; r++)
    {
      const OtReportCell *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        used[row[c].suppression] = TRUE;
    }
  for (guint s = OT_SUPPRESSION_TOO_FEW; s <= OT_SUPPRESSION_SECONDARY; s++)
    if (used[s])
      g_string_append_printf (text, "%s–%s %s.", text->len > 0 ? "   " : "",
                              ot_analysis_report_mark (s), notes[s]);
  return text->len > 0 ? g_markup_escape_text (text->str, -1) : NULL;
}

static double
notes_height (Flow       *flow,
              const char *markup)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (markup == NULL)
    return 0;
  layout = make_layout (flow->cr, markup, TEXT_WIDTH, SMALL_SIZE, FALSE, LEFT);
  return layout_height (layout) + 6;
}

static void
add_table (Flow                *flow,
           const OtReportTable *table)
{
  double header_height = draw_header (flow, table, TRUE);
  g_autofree char *notes = table_notes_markup (table);
  double notes_space = notes_height (flow, notes);

  flow->y += 2;
  for (guint r = 0; r < table->rows->len; r++)
    {
      g_autofree char **texts = row_texts (table, g_ptr_array_index (table->rows, r));
      double height = draw_row (flow, table, (const char * const *) texts, FALSE, FALSE, TRUE);

      /* The last row keeps the note on its reasons on the same page. */
      if (r + 1 == table->rows->len)
        height += notes_space;
      /* The header travels with the first row, and comes again on every new page. */
      if (r == 0 || height > space_left (flow))
        {
          need (flow, header_height + height);
          draw_header (flow, table, FALSE);
        }
      draw_row (flow, table, (const char * const *) texts, FALSE, r % 2 == 1, FALSE);
    }
  cairo_set_line_width (flow->cr, 0.6);
  set_rgb (flow->cr, &accent);
  cairo_move_to (flow->cr, MARGIN_X, flow->y);
  cairo_line_to (flow->cr, MARGIN_X + table_width (table), flow->y);
  cairo_stroke (flow->cr);
  flow->y += 4;
  if (notes != NULL)
    add_text (flow, notes, SMALL_SIZE, FALSE, &muted, 0, 2);
  flow->y += 8;
}

/* ---- charts ---- */

static void
add_chart (Flow       *flow,
           double      height,
           const char *field_key)
{
  OtAnalysis *analysis = ot_analysis_report_get_analysis (flow->report);
  cairo_rectangle_t area;

  need (flow, height);
  area.x = MARGIN_X;
  area.y = flow->y;
  area.width = TEXT_WIDTH;
  area.height = height;
  /* A chart has a fixed height: the counting pass need not draw it. */
  if (flow->n_pages > 0 && field_key != NULL)
    ot_analysis_draw_box_plot (flow->cr, &area, analysis, field_key);
  else if (flow->n_pages > 0)
    ot_analysis_draw_cost_bars (flow->cr, &area, analysis);
  flow->y += height + 10;
}

/* ---- sections ---- */

static char *
today_in_dutch (void)
{
  static const char * const months[] = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (now),
                          months[g_date_time_get_month (now) - 1], g_date_time_get_year (now));
}

static void
add_title_block (Flow *flow)
{
  g_autofree char *title = g_markup_escape_text (ot_analysis_report_get_consultation_title (flow->report), -1);
  g_autofree char *date = today_in_dutch ();
  g_autofree char *dated = g_strdup_printf ("Opgesteld op %s", date);

  add_text (flow, "TARIEFANALYSE", 9, TRUE, &accent, 0, 4);
  add_text (flow, title, 22, TRUE, &ink, 0, 6);
  add_text (flow, "Geanonimiseerde terugkoppeling van de ingediende rekentools", 12, FALSE, &muted, 0, 4);
  add_text (flow, dated, SMALL_SIZE + 1, FALSE, &muted, 0, 10);

  cairo_set_line_width (flow->cr, 1.2);
  set_rgb (flow->cr, &accent);
  cairo_move_to (flow->cr, MARGIN_X, flow->y);
  cairo_line_to (flow->cr, MARGIN_X + TEXT_WIDTH, flow->y);
  cairo_stroke (flow->cr);
  flow->y += 14;
}

static void
add_intro (Flow *flow)
{
  GPtrArray *intro = ot_analysis_report_get_intro (flow->report);
  GPtrArray *rules = ot_analysis_report_get_rules (flow->report);

  add_heading (flow, "Inleiding en methode", 40);
  for (guint i = 0; i < intro->len; i++)
    add_paragraph (flow, g_ptr_array_index (intro, i));
  add_heading (flow, "Toegepaste regels voor anonimiteit", 40);
  add_paragraph (flow, "Zorgaanbieders is toegezegd dat hun cijfers niet herleidbaar terugkomen. "
                       "Daarom gelden voor elk cijfer in deze rapportage de volgende regels:");
  for (guint i = 0; i < rules->len; i++)
    add_bullet (flow, g_ptr_array_index (rules, i));
}

static void
add_products (Flow *flow)
{
  OtAnalysis *analysis = ot_analysis_report_get_analysis (flow->report);
  guint n_tables = ot_analysis_report_get_n_tables (flow->report);

  add_heading (flow, "Kostprijscomponenten per product", 60);
  for (guint p = 0; p < ot_analysis_get_n_products (analysis); p++)
    {
      const OtProductAnalysis *product = ot_analysis_get_product (analysis, p);

      add_subheading (flow, product->name, 60);
      for (guint t = 0; t < n_tables; t++)
        {
          const OtReportTable *table = ot_analysis_report_get_table (flow->report, t);

          if (table->product == (int) p)
            add_table (flow, table);
        }
    }
}

static void
add_table_of_kind (Flow              *flow,
                   OtReportTableKind  kind)
{
  for (guint t = 0; t < ot_analysis_report_get_n_tables (flow->report); t++)
    {
      const OtReportTable *table = ot_analysis_report_get_table (flow->report, t);

      if (table->kind == kind)
        add_table (flow, table);
    }
}

static void
add_model (Flow *flow)
{
  add_heading (flow, "Modelkostprijs naast het tarief", 260);
  add_paragraph (flow, "De staaf per product toont de modelkostprijs per uur, opgebouwd uit de mediane "
                       "componenten. De stippellijn is het huidige tarief.");
  add_chart (flow, 260, NULL);
  add_table_of_kind (flow, OT_REPORT_TABLE_PARTS);
}

static void
add_box_plots (Flow *flow)
{
  GPtrArray *keys = ot_analysis_report_get_chart_fields (flow->report);

  if (keys->len == 0)
    return;
  add_heading (flow, "Spreiding per component", 150);
  add_paragraph (flow, "De doos loopt van het eerste tot het derde kwartiel; de streep is de mediaan. "
                       "Snorharen (P10 tot P90) staan er pas vanaf tien rekentools. Losse uitschieters, "
                       "minima en maxima worden niet getoond.");
  for (guint i = 0; i < keys->len; i++)
    add_chart (flow, 124, g_ptr_array_index (keys, i));
}

static void
add_periodiek (Flow *flow)
{
  add_heading (flow, "Periodiekverdeling", 80);
  add_paragraph (flow, "Het aandeel van de fte van alle aanbieders samen per trede van de salarisschaal.");
  add_table_of_kind (flow, OT_REPORT_TABLE_PERIODIEK);
}

static void
add_footnotes (Flow *flow)
{
  g_autoptr(GPtrArray) notes = ot_analysis_report_get_footnotes (flow->report);

  add_heading (flow, "Toelichting bij weggelaten cijfers", 40);
  if (notes->len == 0)
    add_paragraph (flow, "In deze rapportage is geen cijfer weggelaten.");
  else
    add_paragraph (flow, "Een weggelaten cijfer staat als “–” met een voetnootteken. Alleen de soort reden "
                         "wordt vermeld, nooit een aantal dat meer zou verraden.");
  for (guint i = 0; i < notes->len; i++)
    add_bullet (flow, g_ptr_array_index (notes, i));
}

static void
typeset (Flow *flow)
{
  flow->y = MARGIN_TOP;
  add_title_block (flow);
  add_intro (flow);
  add_products (flow);
  add_model (flow);
  add_periodiek (flow);
  add_footnotes (flow);
  add_box_plots (flow);
  draw_page_frame (flow);
  cairo_show_page (flow->cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
discard_bytes (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Typesets the whole report on a PDF surface; returns the number of pages. */
static guint
run_pass (const OtAnalysisReport *report,
          cairo_surface_t        *surface,
          guint                   n_pages)
{
  Flow flow = { NULL, report, 0, 0, 0, n_pages };

  flow.cr = cairo_create (surface);
  typeset (&flow);
  cairo_destroy (flow.cr);
  return flow.page + 1;
}

GBytes *
ot_analysis_render_pdf (const OtAnalysisReport *report,
                        GError                **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (report != NULL, NULL);

  /* "pagina 2 van 8" needs the count first: a pass on a surface that keeps nothing, with the
   * same font metrics as the real one, so the pages break the same way. */
  surface = cairo_pdf_surface_create_for_stream (discard_bytes, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  n_pages = run_pass (report, surface, 0);
  cairo_surface_destroy (surface);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  /* Title and subject only; cairo writes no author unless asked. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, ot_analysis_report_get_title (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, ot_analysis_report_get_subject (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Overlegtafel");
  run_pass (report, surface, n_pages);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_FAILED, _("The PDF report could not be made: %s."),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
ot_analysis_export_pdf (const OtAnalysisReport *report,
                        const char             *path,
                        gboolean                force,
                        GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = ot_analysis_render_pdf (report, error);
  if (bytes == NULL)
    return FALSE;
  return ot_export_write_bytes (path, bytes, force, error);
}
