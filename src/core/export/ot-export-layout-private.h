/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-layout-private.h: the blocks, tables and pages of an OtExportLayout, shared by its building, pagination and drawing. */
#pragma once

#include <pango/pangocairo.h>

#include "ot-export-layout.h"

G_BEGIN_DECLS

#define MARGIN_LEFT   62.0
#define MARGIN_RIGHT  62.0
#define MARGIN_TOP    70.0
#define MARGIN_BOTTOM 72.0
#define TEXT_WIDTH    (OT_EXPORT_PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
#define TEXT_BOTTOM   (OT_EXPORT_PAGE_HEIGHT - MARGIN_BOTTOM)
#define HANG          30.0      /* the column of agenda numbers */
#define LABEL_WIDTH   74.0      /* the column of statement labels */
#define BOX_PAD       6.0
#define CELL_PAD      4.0
#define MAX_COLUMNS   8
/* Widow and orphan control: a split paragraph keeps this many lines on each side. */
#define MIN_LINES     2

#define FONT "Nimbus Sans, Liberation Sans, Arial, DejaVu Sans, sans-serif"

typedef enum
{
  BLOCK_TEXT,
  BLOCK_BOX,
  BLOCK_ROW,
  BLOCK_RULE,
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  double top, bottom, baseline, x;
} LineInfo;

typedef struct
{
  BlockKind    kind;
  double       space_before;
  double       x;               /* from the left margin */
  gboolean     keep_with_next;
  PangoLayout *text;
  GArray      *lines;           /* LineInfo of @text */
  double       height;
  /* rows */
  int          table;
  gboolean     header_row;
  GPtrArray   *cells;           /* PangoLayout */
  GPtrArray   *cell_lines;      /* GArray of LineInfo, per cell */
  /* headings */
  int          outline_level;   /* 0: not in the PDF outline; 1: top level; 2: under the last 1 */
  char        *outline_text;
} Block;

typedef struct
{
  guint  n_columns;
  double x[MAX_COLUMNS];
  double width[MAX_COLUMNS];
  int    header;                /* block index of the header row, -1 for none */
  gboolean ruled;
} Table;

typedef struct
{
  guint  block;
  guint  first_line, end_line;  /* a slice of a text block's lines */
  double from, to;              /* a slice of a row's cells, from the top of their text */
  double y;
} Piece;

struct _OtExportLayout
{
  PangoContext *context;
  GPtrArray    *blocks;         /* Block */
  GArray       *tables;         /* Table */
  int           current_table;
  GPtrArray    *pages;          /* GArray of Piece */
  char         *header_left, *header_right, *footer, *watermark;
};

PangoLayout *ot_export_layout_make_layout  (OtExportLayout *self,
                                            const char     *markup,
                                            double          size,
                                            PangoWeight     weight,
                                            double          width);
/* The height of lines [@first, @end) of a text block, with a box's padding. */
double       ot_export_layout_lines_height (Block          *block,
                                            guint           first,
                                            guint           end);
GArray      *ot_export_layout_measure_lines (PangoLayout   *layout);
/* Fills self->pages (ot-export-layout-paginate.c). */
void         ot_export_layout_paginate     (OtExportLayout *self);

G_END_DECLS
