/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-layout-paginate.c: breaking the blocks into pages: headings kept with their text, no widows or orphans, table headers repeated. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include "ot-export-layout-private.h"

typedef struct
{
  OtExportLayout *self;
  GArray         *page;
  double          y;
  gboolean        at_top;       /* nothing placed on this page yet */
} Flow;

static double
page_top (guint page_index)
{
  return page_index == 0 ? 56.0 : MARGIN_TOP;
}

static void
new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = page_top (flow->self->pages->len - 1);
  flow->at_top = TRUE;
}

static void
place (Flow  *flow,
       guint  block_index,
       guint  first_line,
       guint  end_line,
       double height)
{
  Piece piece = { block_index, first_line, end_line, 0, 0, flow->y };

  g_array_append_val (flow->page, piece);
  flow->y += height;
  flow->at_top = FALSE;
}

double
ot_export_layout_lines_height (Block *block,
              guint  first,
              guint  end)
{
  double h = g_array_index (block->lines, LineInfo, end - 1).bottom
             - g_array_index (block->lines, LineInfo, first).top;

  return block->kind == BLOCK_BOX ? h + 2 * BOX_PAD : h;
}

static gboolean
is_splittable (Block *block)
{
  return (block->kind == BLOCK_TEXT || block->kind == BLOCK_BOX) && block->lines->len > 1;
}

/* The least of a block that must stay with the heading before it. */
static double
first_piece_height (OtExportLayout *self,
                    guint           index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  double h = block->space_before;

  if (block->keep_with_next && index + 1 < self->blocks->len)
    return h + block->height + first_piece_height (self, index + 1);
  /* A paragraph too short to split under the widow rule moves as a whole. */
  if (is_splittable (block) && block->lines->len >= 2 * MIN_LINES)
    return h + ot_export_layout_lines_height (block, 0, MIN_LINES);
  return h + block->height;
}

static void
place_slice (Flow   *flow,
             guint   index,
             double  from,
             double  to)
{
  Piece piece = { index, 0, 0, from, to, flow->y };

  g_array_append_val (flow->page, piece);
  flow->y += to - from + 2 * CELL_PAD;
  flow->at_top = FALSE;
}

static void
continue_table (Flow  *flow,
                Table *table,
                Block *block)
{
  new_page (flow);
  /* A table continued on a new page repeats its header row. */
  if (table->header >= 0 && !block->header_row)
    {
      Block *header = g_ptr_array_index (flow->self->blocks, table->header);

      place_slice (flow, table->header, 0, header->height - 2 * CELL_PAD);
      flow->at_top = TRUE;
    }
}

/* The lowest point at or above @limit where no cell's line is cut in two. */
static double
row_cut (Block  *block,
         double  from,
         double  limit)
{
  double cut = limit;

  for (guint c = 0; c < block->cell_lines->len; c++)
    {
      GArray *lines = g_ptr_array_index (block->cell_lines, c);

      for (guint i = 0; i < lines->len; i++)
        {
          LineInfo *line = &g_array_index (lines, LineInfo, i);

          if (line->top >= from && line->top < limit && line->bottom > limit)
            cut = MIN (cut, line->top);
        }
    }
  return cut;
}

/* A row moves to the next page whole; only a row taller than a page is split, between lines. */
static void
place_row (Flow  *flow,
           guint  index,
           Block *block)
{
  Table *table = &g_array_index (flow->self->tables, Table, block->table);
  double content = block->height - 2 * CELL_PAD;
  double from = 0;

  for (;;)
    {
      double room = TEXT_BOTTOM - flow->y - 2 * CELL_PAD;
      double cut;

      if (content - from <= room)
        {
          place_slice (flow, index, from, content);
          return;
        }
      if (!flow->at_top && content - from <= TEXT_BOTTOM - MARGIN_TOP - 40)
        {
          continue_table (flow, table, block);
          continue;
        }
      cut = row_cut (block, from, from + room);
      if (cut <= from && !flow->at_top)
        {
          continue_table (flow, table, block);
          continue;
        }
      if (cut <= from)
        cut = from + MAX (room, 10);
      place_slice (flow, index, from, cut);
      continue_table (flow, table, block);
      from = cut;
    }
}

/* Splits a text block over pages, keeping MIN_LINES on each side of a break. */
static void
place_lines (Flow  *flow,
             guint  index,
             Block *block)
{
  guint first = 0;
  guint n = block->lines->len;

  while (first < n)
    {
      guint end = first;

      while (end < n && flow->y + ot_export_layout_lines_height (block, first, end + 1) <= TEXT_BOTTOM)
        end++;
      if (end == n)
        {
          place (flow, index, first, n, ot_export_layout_lines_height (block, first, n));
          return;
        }
      /* Widow and orphan control, unless the page would stay empty. */
      if (end - first >= MIN_LINES && n - end < MIN_LINES)
        end = n - MIN_LINES;
      if ((end - first < MIN_LINES || end <= first) && !flow->at_top)
        {
          new_page (flow);
          continue;
        }
      if (end <= first)
        end = first + 1;
      place (flow, index, first, end, ot_export_layout_lines_height (block, first, end));
      new_page (flow);
      first = end;
    }
}

void
ot_export_layout_paginate (OtExportLayout *self)
{
  Flow flow = { self, NULL, 0, TRUE };

  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&flow);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (!flow.at_top)
        flow.y += block->space_before;
      if (block->kind == BLOCK_SPACE && flow.at_top)
        continue;
      if (block->kind == BLOCK_ROW)
        {
          if (block->keep_with_next && !flow.at_top && i + 1 < self->blocks->len
              && flow.y + block->height + first_piece_height (self, i + 1) > TEXT_BOTTOM)
            new_page (&flow);
          place_row (&flow, i, block);
          continue;
        }
      if (block->keep_with_next && !flow.at_top && i + 1 < self->blocks->len
          && flow.y + block->height + first_piece_height (self, i + 1) > TEXT_BOTTOM)
        new_page (&flow);
      if (flow.y + block->height <= TEXT_BOTTOM || (flow.at_top && !is_splittable (block)))
        place (&flow, i, 0, block->lines != NULL ? block->lines->len : 0, block->height);
      else if (is_splittable (block))
        place_lines (&flow, i, block);
      else
        {
          new_page (&flow);
          place (&flow, i, 0, block->lines != NULL ? block->lines->len : 0, block->height);
        }
    }
}

guint
ot_export_layout_get_n_pages (OtExportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->pages == NULL)
    ot_export_layout_paginate (self);
  return self->pages->len;
}
