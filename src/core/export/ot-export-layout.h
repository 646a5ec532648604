/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-layout.h: A4 page layout of typeset blocks with pango: headings kept with their text, tables with repeated headers, two passes for "pagina X van Y". */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define OT_EXPORT_PAGE_WIDTH  595.276
#define OT_EXPORT_PAGE_HEIGHT 841.890

typedef struct _OtExportLayout OtExportLayout;

typedef enum
{
  OT_EXPORT_HEADING_SECTION,    /* "Aanwezig", "Actielijst" */
  OT_EXPORT_HEADING_ITEM,       /* an agenda item, with its number hanging in the margin */
  OT_EXPORT_HEADING_SUBITEM,
} OtExportHeadingLevel;

OtExportLayout *ot_export_layout_new            (void);
void            ot_export_layout_free           (OtExportLayout *self);

/* Plain text (not markup). The running header is on every page but the first. */
void            ot_export_layout_set_running_header (OtExportLayout *self, const char *left, const char *right);
void            ot_export_layout_set_footer     (OtExportLayout *self, const char *text);
/* Set diagonally under the text of every page, e.g. "CONCEPT". */
void            ot_export_layout_set_watermark  (OtExportLayout *self, const char *text);

/* Blocks, in reading order; all text arguments are Pango markup, escaped by the caller. */
void            ot_export_layout_add_kicker     (OtExportLayout *self, const char *markup);
void            ot_export_layout_add_title      (OtExportLayout *self, const char *markup);
void            ot_export_layout_add_heading    (OtExportLayout *self, OtExportHeadingLevel level,
                                                 const char *number, const char *markup);
/* A small bold line kept with what follows, e.g. "Afgemeld". */
void            ot_export_layout_add_subheading (OtExportLayout *self, const char *markup);
void            ot_export_layout_add_paragraph  (OtExportLayout *self, const char *markup, gboolean indented);
/* A text with a small label in a column to its left, e.g. "VRAAG". */
void            ot_export_layout_add_labelled   (OtExportLayout *self, const char *label, const char *markup);
/* A shaded box with an accent bar, for decisions and agreements. */
void            ot_export_layout_add_box        (OtExportLayout *self, const char *markup);
void            ot_export_layout_add_rule       (OtExportLayout *self);
void            ot_export_layout_add_space      (OtExportLayout *self, double points);

/* A table; @widths are fractions of the text width. @headers may be NULL for a table
 * without a header row and without rules (as for key–value lines). Up to 8 columns. */
void            ot_export_layout_begin_table    (OtExportLayout *self, guint n_columns, const double *widths,
                                                 const char * const *headers);
void            ot_export_layout_add_row        (OtExportLayout *self, const char * const *cells);
void            ot_export_layout_end_table      (OtExportLayout *self);

/* Paginates on the first call. */
guint           ot_export_layout_get_n_pages    (OtExportLayout *self);
/* Draws page @page (0-based) onto @cr at @scale (1.0: one unit is one point), from the
 * current origin. Print dialogs and previews reuse the PDF's layout this way. */
void            ot_export_layout_render_page    (OtExportLayout *self, cairo_t *cr, guint page, double scale);
/* The whole document as PDF. @author NULL: no author in the metadata. */
GBytes         *ot_export_layout_render_pdf     (OtExportLayout *self, const char *title,
                                                 const char *subject, const char *author,
                                                 GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtExportLayout, ot_export_layout_free)

G_END_DECLS
