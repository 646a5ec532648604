/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-layout-draw.c: drawing the pages of an OtExportLayout onto cairo, and the PDF with its metadata. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "ot-error.h"
#include "ot-export-layout-private.h"

static void
set_hex_colour (cairo_t    *cr,
                guint32     rgb,
                double      alpha)
{
  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

static void
show_lines (cairo_t     *cr,
            Block       *block,
            guint        first,
            guint        end,
            double       x,
            double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->text);
  double top = g_array_index (block->lines, LineInfo, first).top;
  guint i = 0;

  set_hex_colour (cr, 0x1a1a1a, 1);
  do
    {
      if (i >= first && i < end)
        {
          LineInfo *info = &g_array_index (block->lines, LineInfo, i);

          cairo_move_to (cr, x + info->x, y + info->baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_text_piece (cairo_t *cr,
                 Block   *block,
                 Piece   *piece)
{
  double x = MARGIN_LEFT + block->x;

  if (block->kind == BLOCK_BOX)
    {
      double h = ot_export_layout_lines_height (block, piece->first_line, piece->end_line);

      set_hex_colour (cr, 0xeaf1f7, 1);
      cairo_rectangle (cr, x, piece->y, TEXT_WIDTH - block->x, h);
      cairo_fill (cr);
      set_hex_colour (cr, 0x2f5d8a, 1);
      cairo_rectangle (cr, x, piece->y, 3, h);
      cairo_fill (cr);
      show_lines (cr, block, piece->first_line, piece->end_line, x + 3 + BOX_PAD, piece->y + BOX_PAD);
      return;
    }
  show_lines (cr, block, piece->first_line, piece->end_line, x, piece->y);
}

static void
show_cell_slice (cairo_t     *cr,
                 PangoLayout *layout,
                 GArray      *lines,
                 Piece       *piece,
                 double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint i = 0;

  do
    {
      LineInfo *info = &g_array_index (lines, LineInfo, i);

      if (info->top >= piece->from - 0.01 && info->top < piece->to - 0.01)
        {
          cairo_move_to (cr, x + info->x, piece->y + CELL_PAD + info->baseline - piece->from);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < lines->len && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_row (OtExportLayout *self,
          cairo_t        *cr,
          Block          *block,
          Piece          *piece)
{
  Table *table = &g_array_index (self->tables, Table, block->table);
  double right = MARGIN_LEFT + table->x[table->n_columns - 1] + table->width[table->n_columns - 1];
  double height = piece->to - piece->from + 2 * CELL_PAD;

  if (block->header_row)
    {
      set_hex_colour (cr, 0xdde6ef, 1);
      cairo_rectangle (cr, MARGIN_LEFT, piece->y, right - MARGIN_LEFT, height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < table->n_columns; c++)
    {
      set_hex_colour (cr, block->header_row ? 0x1f3b57 : 0x1a1a1a, 1);
      show_cell_slice (cr, g_ptr_array_index (block->cells, c), g_ptr_array_index (block->cell_lines, c),
                       piece, MARGIN_LEFT + table->x[c] + CELL_PAD);
    }
  if (table->ruled)
    {
      set_hex_colour (cr, block->header_row ? 0x1f3b57 : 0xb8c4d0, 1);
      cairo_set_line_width (cr, block->header_row ? 0.8 : 0.5);
      cairo_move_to (cr, MARGIN_LEFT, piece->y + height);
      cairo_line_to (cr, right, piece->y + height);
      cairo_stroke (cr);
    }
}

static void
draw_watermark (OtExportLayout *self,
                cairo_t        *cr)
{
  PangoLayout *layout;
  int w, h;

  if (self->watermark == NULL)
    return;
  layout = pango_layout_new (self->context);
  {
    PangoFontDescription *font = pango_font_description_from_string (FONT " Bold 96");

    pango_layout_set_font_description (layout, font);
    pango_font_description_free (font);
  }
  pango_layout_set_text (layout, self->watermark, -1);
  pango_layout_get_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, OT_EXPORT_PAGE_WIDTH / 2, OT_EXPORT_PAGE_HEIGHT / 2);
  cairo_rotate (cr, -G_PI / 4);
  cairo_move_to (cr, -(double) w / PANGO_SCALE / 2, -(double) h / PANGO_SCALE / 2);
  set_hex_colour (cr, 0xc0392b, 0.10);
  /* As outlines, not text: the watermark must not mix into the text a reader copies or searches. */
  pango_cairo_layout_path (cr, layout);
  cairo_fill (cr);
  cairo_restore (cr);
  g_object_unref (layout);
}

static void
draw_small (OtExportLayout *self,
            cairo_t        *cr,
            const char     *text,
            double          x,
            double          y,
            gboolean        align_right)
{
  PangoLayout *layout = ot_export_layout_make_layout (self, "", 10.0 / 1.2, PANGO_WEIGHT_NORMAL, TEXT_WIDTH);  /* "small" of the body */
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, &w, NULL);
  set_hex_colour (cr, 0x5a6b7d, 1);
  cairo_move_to (cr, align_right ? x - (double) w / PANGO_SCALE : x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_page_frame (OtExportLayout *self,
                 cairo_t        *cr,
                 guint           page)
{
  double right = OT_EXPORT_PAGE_WIDTH - MARGIN_RIGHT;
  double footer_y = OT_EXPORT_PAGE_HEIGHT - 48;
  g_autofree char *page_text = g_strdup_printf ("pagina %u van %u", page + 1, self->pages->len);

  set_hex_colour (cr, 0xb8c4d0, 1);
  cairo_set_line_width (cr, 0.5);
  if (page > 0 && (self->header_left != NULL || self->header_right != NULL))
    {
      if (self->header_left != NULL)
        draw_small (self, cr, self->header_left, MARGIN_LEFT, 36, FALSE);
      if (self->header_right != NULL)
        draw_small (self, cr, self->header_right, right, 36, TRUE);
      set_hex_colour (cr, 0xb8c4d0, 1);
      cairo_move_to (cr, MARGIN_LEFT, 50);
      cairo_line_to (cr, right, 50);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, MARGIN_LEFT, footer_y - 6);
  cairo_line_to (cr, right, footer_y - 6);
  cairo_stroke (cr);
  if (self->footer != NULL)
    draw_small (self, cr, self->footer, MARGIN_LEFT, footer_y, FALSE);
  draw_small (self, cr, page_text, right, footer_y, TRUE);
}

void
ot_export_layout_render_page (OtExportLayout *self,
                              cairo_t        *cr,
                              guint           page,
                              double          scale)
{
  GArray *pieces;

  g_return_if_fail (self != NULL && cr != NULL);

  if (page >= ot_export_layout_get_n_pages (self))
    return;
  pieces = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  draw_watermark (self, cr);
  draw_page_frame (self, cr, page);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      Block *block = g_ptr_array_index (self->blocks, piece->block);

      switch (block->kind)
        {
        case BLOCK_TEXT:
        case BLOCK_BOX:
          draw_text_piece (cr, block, piece);
          break;
        case BLOCK_ROW:
          draw_row (self, cr, block, piece);
          break;
        case BLOCK_RULE:
          set_hex_colour (cr, 0x1f3b57, 1);
          cairo_set_line_width (cr, 1.2);
          cairo_move_to (cr, MARGIN_LEFT, piece->y + 0.5);
          cairo_line_to (cr, OT_EXPORT_PAGE_WIDTH - MARGIN_RIGHT, piece->y + 0.5);
          cairo_stroke (cr);
          break;
        case BLOCK_SPACE:
        default:
          break;
        }
    }
  cairo_restore (cr);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Bookmarks for the headings of @page, so a reader can jump to an agenda item. */
static void
add_outline (OtExportLayout  *self,
             cairo_surface_t *surface,
             guint            page,
             int             *parent)
{
  GArray *pieces = g_ptr_array_index (self->pages, page);

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      Block *block = g_ptr_array_index (self->blocks, piece->block);
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *link = NULL;
      int id;

      if (block->outline_level == 0 || piece->first_line != 0)
        continue;
      g_ascii_formatd (y, sizeof y, "%.1f", piece->y);
      link = g_strdup_printf ("page=%u pos=[%d %s]", page + 1, (int) MARGIN_LEFT, y);
      id = cairo_pdf_surface_add_outline (surface, block->outline_level == 2 ? *parent : CAIRO_PDF_OUTLINE_ROOT,
                                          block->outline_text, link, 0);
      if (block->outline_level == 1)
        *parent = id;
    }
}

GBytes *
ot_export_layout_render_pdf (OtExportLayout  *self,
                             const char      *title,
                             const char      *subject,
                             const char      *author,
                             GError         **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  g_return_val_if_fail (self != NULL, NULL);

  n_pages = ot_export_layout_get_n_pages (self);
  surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, OT_EXPORT_PAGE_WIDTH, OT_EXPORT_PAGE_HEIGHT);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Overlegtafel");
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      ot_export_layout_render_page (self, cr, page, 1.0);
      add_outline (self, surface, page, &parent);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, OT_ERROR, OT_ERROR_FAILED, _("Could not make the PDF: %s."),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
