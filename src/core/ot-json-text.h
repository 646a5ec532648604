/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-json-text.h: JSON text with numbers as people wrote them, shared by the analysis and the CLI. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Writes @value into @buffer in the shortest form that reads back as the same double
 * (20.2, 300, 0.1), never json-glib's 17 digits (20.199999999999999) or a "300.0".
 * A NaN or infinity, which JSON cannot hold, is written as "null". */
void  ot_json_format_double (double  value,
                             char    buffer[G_ASCII_DTOSTR_BUF_SIZE]);

/* @node as JSON text, members in the order they were added, doubles as
 * ot_json_format_double() writes them. Pretty output indents by two spaces and has no
 * final newline. */
char *ot_json_to_text       (JsonNode *node,
                             gboolean  pretty);

G_END_DECLS
