/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-template.h: the rekentool template sent to every invited provider of a consultation. */
#pragma once

#include <glib.h>

#include "ot-consultation.h"

G_BEGIN_DECLS

/* Writes the XLSX template for @consultation to @path (replacing it). The workbook holds an
 * instruction sheet, a provider sheet (periodiek table, director's statement) and an input
 * sheet per product, protected without a password; every input cell has a workbook-level
 * name ovt_<product>_<key> or ovt_<key>, and ovt_template_version and ovt_consultation say
 * what it is. Nothing in it names the adviser. */
/* An existing @path is refused unless @force, with OT_ERROR_EXISTS and the message the other
 * exports give. The workbook is written beside @path and moved into place, so a failed write
 * leaves no half file. */
gboolean ot_rekentool_template_write (OtConsultation  *consultation,
                                      const char      *path,
                                      gboolean         force,
                                      GError         **error);

/* The sheet name the template gives a product: its name, cleaned of characters Excel refuses. */
char    *ot_rekentool_template_sheet_name (OtConsultation *consultation,
                                           guint           product_index);

G_END_DECLS
