/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-layout.c: A4 page layout of typeset blocks with pango: headings, paragraphs, labelled statements, boxes and tables. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-export-layout-private.h"

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->text);
  g_clear_pointer (&block->lines, g_array_unref);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->cell_lines, g_ptr_array_unref);
  g_free (block->outline_text);
  g_free (block);
}

/* Parses once; markup that is still invalid (it is built from escaped text, so it should not
 * be) is shown as it is rather than dropped. */
static void
set_markup (PangoLayout *layout,
            const char  *markup)
{
  PangoAttrList *attrs = NULL;
  g_autofree char *text = NULL;

  if (pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, NULL))
    {
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  else
    pango_layout_set_text (layout, markup, -1);
}

PangoLayout *
ot_export_layout_make_layout (OtExportLayout *self,
             const char     *markup,
             double          size,
             PangoWeight     weight,
             double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (size * 0.22 * PANGO_SCALE));
  set_markup (layout, markup);
  return layout;
}

GArray *
ot_export_layout_measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineInfo));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      LineInfo info;
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      info.top = (double) y0 / PANGO_SCALE;
      info.bottom = (double) y1 / PANGO_SCALE;
      info.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      info.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (lines, info);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

static Block *
add_block (OtExportLayout *self,
           BlockKind       kind,
           double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->space_before = space_before;
  block->table = -1;
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return block;
}

static Block *
add_text_block (OtExportLayout *self,
                const char     *markup,
                double          size,
                PangoWeight     weight,
                double          x,
                double          space_before)
{
  Block *block = add_block (self, BLOCK_TEXT, space_before);

  block->x = x;
  block->text = ot_export_layout_make_layout (self, markup, size, weight, TEXT_WIDTH - x);
  block->lines = ot_export_layout_measure_lines (block->text);
  block->height = g_array_index (block->lines, LineInfo, block->lines->len - 1).bottom;
  return block;
}

OtExportLayout *
ot_export_layout_new (void)
{
  OtExportLayout *self = g_new0 (OtExportLayout, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks on paper, in the PDF and in a zoomed preview. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("nl"));

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->tables = g_array_new (FALSE, TRUE, sizeof (Table));
  self->current_table = -1;
  return self;
}

void
ot_export_layout_free (OtExportLayout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->tables);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->footer);
  g_free (self->watermark);
  g_free (self);
}

void
ot_export_layout_set_running_header (OtExportLayout *self,
                                     const char     *left,
                                     const char     *right)
{
  g_free (self->header_left);
  g_free (self->header_right);
  self->header_left = g_strdup (left);
  self->header_right = g_strdup (right);
}

void
ot_export_layout_set_footer (OtExportLayout *self,
                             const char     *text)
{
  g_free (self->footer);
  self->footer = g_strdup (text);
}

void
ot_export_layout_set_watermark (OtExportLayout *self,
                                const char     *text)
{
  g_free (self->watermark);
  self->watermark = g_strdup (text);
}

void
ot_export_layout_add_kicker (OtExportLayout *self,
                             const char     *markup)
{
  g_autofree char *styled = g_strdup_printf ("<span foreground=\"#5a6b7d\" letter_spacing=\"500\">%s</span>", markup);

  add_text_block (self, styled, 9.0, PANGO_WEIGHT_BOLD, 0, 0);
}

void
ot_export_layout_add_title (OtExportLayout *self,
                            const char     *markup)
{
  g_autofree char *styled = g_strdup_printf ("<span foreground=\"#1f3b57\">%s</span>", markup);

  add_text_block (self, styled, 20.0, PANGO_WEIGHT_BOLD, 0, 4);
}

/* A hanging label ("2", "VRAAG") in the same layout as its text, set off by a tab: the
 * text extracted from the PDF then reads in order, and wrapped lines align after the label. */
static void
set_hanging (PangoLayout *layout,
             double       hang)
{
  PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT, (int) (hang * PANGO_SCALE));

  pango_layout_set_tabs (layout, tabs);
  pango_tab_array_free (tabs);
  pango_layout_set_indent (layout, (int) (-hang * PANGO_SCALE));
}

static Block *
add_hanging_block (OtExportLayout *self,
                   const char     *markup,
                   double          size,
                   PangoWeight     weight,
                   double          x,
                   double          hang,
                   PangoTabArray  *tabs,
                   double          space_before)
{
  Block *block = add_block (self, BLOCK_TEXT, space_before);

  block->x = x;
  block->text = ot_export_layout_make_layout (self, "", size, weight, TEXT_WIDTH - x);
  set_hanging (block->text, hang);
  if (tabs != NULL)
    pango_layout_set_tabs (block->text, tabs);
  set_markup (block->text, markup);
  block->lines = ot_export_layout_measure_lines (block->text);
  block->height = g_array_index (block->lines, LineInfo, block->lines->len - 1).bottom;
  return block;
}

void
ot_export_layout_add_heading (OtExportLayout       *self,
                              OtExportHeadingLevel  level,
                              const char           *number,
                              const char           *markup)
{
  double size = level == OT_EXPORT_HEADING_SUBITEM ? 10.5 : level == OT_EXPORT_HEADING_ITEM ? 12.0 : 13.0;
  double before = level == OT_EXPORT_HEADING_SUBITEM ? 10 : level == OT_EXPORT_HEADING_ITEM ? 16 : 20;
  const char *colour = level == OT_EXPORT_HEADING_SECTION ? "#1f3b57" : "#1a1a1a";
  g_autofree char *num = number != NULL ? g_markup_escape_text (number, -1) : NULL;
  g_autofree char *styled = NULL;
  Block *block;

  if (num != NULL)
    styled = g_strdup_printf ("<span foreground=\"%s\">%s\t%s</span>", colour, num, markup);
  else
    styled = g_strdup_printf ("<span foreground=\"%s\">%s</span>", colour, markup);
  block = add_hanging_block (self, styled, size, PANGO_WEIGHT_BOLD, 0, num != NULL ? HANG : 0, NULL, before);
  block->keep_with_next = TRUE;
  block->outline_level = level == OT_EXPORT_HEADING_SUBITEM ? 2 : 1;
  block->outline_text = g_strdup (pango_layout_get_text (block->text));
  g_strdelimit (block->outline_text, "\t\n", ' ');
}

void
ot_export_layout_add_subheading (OtExportLayout *self,
                                 const char     *markup)
{
  g_autofree char *styled = g_strdup_printf ("<span foreground=\"#1f3b57\">%s</span>", markup);
  Block *block = add_text_block (self, styled, 10.0, PANGO_WEIGHT_BOLD, 0, 8);

  block->keep_with_next = TRUE;
}

void
ot_export_layout_add_paragraph (OtExportLayout *self,
                                const char     *markup,
                                gboolean        indented)
{
  add_text_block (self, markup, 10.0, PANGO_WEIGHT_NORMAL, indented ? HANG : 0, 5);
}

void
ot_export_layout_add_labelled (OtExportLayout *self,
                               const char     *label,
                               const char     *markup)
{
  g_autofree char *styled = NULL;
  g_autoptr(GString) text = g_string_new (markup);
  PangoTabArray *tabs;

  /* Line separators keep several paragraphs after one label without a new hanging line. */
  g_string_replace (text, "\n", "\u2028", 0);
  styled = g_strdup_printf ("\t<span size=\"7500\" weight=\"bold\" foreground=\"#5a6b7d\" letter_spacing=\"300\">%s</span>\t%s",
                            label, text->str);
  /* The label sits right-aligned against the text, so it reads as part of the line. */
  tabs = pango_tab_array_new (2, FALSE);
  pango_tab_array_set_tab (tabs, 0, PANGO_TAB_RIGHT, (int) ((LABEL_WIDTH - 8) * PANGO_SCALE));
  pango_tab_array_set_tab (tabs, 1, PANGO_TAB_LEFT, (int) (LABEL_WIDTH * PANGO_SCALE));
  add_hanging_block (self, styled, 10.0, PANGO_WEIGHT_NORMAL, HANG, LABEL_WIDTH, tabs, 5);
  pango_tab_array_free (tabs);
}

void
ot_export_layout_add_box (OtExportLayout *self,
                          const char     *markup)
{
  Block *block = add_block (self, BLOCK_BOX, 6);

  block->x = HANG;
  block->text = ot_export_layout_make_layout (self, markup, 10.0, PANGO_WEIGHT_NORMAL, TEXT_WIDTH - HANG - 2 * BOX_PAD - 3);
  block->lines = ot_export_layout_measure_lines (block->text);
  block->height = g_array_index (block->lines, LineInfo, block->lines->len - 1).bottom + 2 * BOX_PAD;
}

void
ot_export_layout_add_rule (OtExportLayout *self)
{
  Block *block = add_block (self, BLOCK_RULE, 10);

  block->height = 1;
}

void
ot_export_layout_add_space (OtExportLayout *self,
                            double          points)
{
  Block *block = add_block (self, BLOCK_SPACE, 0);

  block->height = CLAMP (points, 0, 200);
}

static Block *
add_row_block (OtExportLayout     *self,
               const char * const *cells,
               gboolean            header)
{
  Table *table = &g_array_index (self->tables, Table, self->current_table);
  Block *block = add_block (self, BLOCK_ROW, 0);
  double height = 0;

  block->table = self->current_table;
  block->header_row = header;
  block->keep_with_next = header;
  block->cells = g_ptr_array_new_with_free_func (g_object_unref);
  block->cell_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *markup = cells[c] != NULL ? cells[c] : "";
      /* Header and cells share one size: each distinct font costs a font-set lookup. */
      PangoLayout *layout = ot_export_layout_make_layout (self, markup, 9.0,
                                         header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                         table->width[c] - 2 * CELL_PAD);
      int h;

      pango_layout_get_size (layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE);
      g_ptr_array_add (block->cells, layout);
      g_ptr_array_add (block->cell_lines, ot_export_layout_measure_lines (layout));
    }
  block->height = height + 2 * CELL_PAD;
  return block;
}

void
ot_export_layout_begin_table (OtExportLayout     *self,
                              guint               n_columns,
                              const double       *widths,
                              const char * const *headers)
{
  Table table = { 0 };
  double x = 0;

  g_return_if_fail (n_columns > 0 && n_columns <= MAX_COLUMNS);

  table.n_columns = n_columns;
  table.header = -1;
  table.ruled = headers != NULL;
  for (guint c = 0; c < n_columns; c++)
    {
      table.x[c] = x;
      table.width[c] = widths[c] * TEXT_WIDTH;
      x += table.width[c];
    }
  g_array_append_val (self->tables, table);
  self->current_table = self->tables->len - 1;
  if (headers != NULL)
    {
      Block *header = add_row_block (self, headers, TRUE);

      header->space_before = 6;
      g_array_index (self->tables, Table, self->current_table).header = self->blocks->len - 1;
    }
}

void
ot_export_layout_add_row (OtExportLayout     *self,
                          const char * const *cells)
{
  g_return_if_fail (self->current_table >= 0);
  add_row_block (self, cells, FALSE);
}

void
ot_export_layout_end_table (OtExportLayout *self)
{
  self->current_table = -1;
}
