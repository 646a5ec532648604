/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-search-snippet.h: search snippets mark the matched words; these turn the marks into markup or plain text. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Control characters cannot occur in stored text, so they mark a match unambiguously. */
#define OT_SNIPPET_START "\x02"
#define OT_SNIPPET_END   "\x03"

/* Pango markup with the matches in bold; the rest escaped. */
char *ot_search_snippet_to_markup (const char *snippet);
/* The text with the marks removed. */
char *ot_search_snippet_to_plain  (const char *snippet);

G_END_DECLS
