/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-private.h: what the files of the minutes importer share among themselves. */
#pragma once

#include <glib.h>

#include "ot-minutes-import.h"

G_BEGIN_DECLS

/* Safety limits against hostile files. */
#define OT_MINUTES_MAX_FILE_SIZE   (64 * 1024 * 1024)
#define OT_MINUTES_MAX_TEXT_SIZE   (16 * 1024 * 1024)
#define OT_MINUTES_MAX_PAGES       2000

/* Readers: each returns UTF-8 text with '\n' between lines, or NULL and an error. */
char     *ot_mi_read_pdf  (GBytes      *bytes,
                                const char  *name,
                                GError     **error);
char     *ot_mi_read_docx (GBytes      *bytes,
                                const char  *name,
                                GError     **error);
char     *ot_mi_decode_text (const char *data,
                                  gsize       len,
                                  const char *name,
                                  GError    **error);
/* TRUE for a line that is only a page number: "3", "- 3 -", "pagina 3 van 5", "Page 3 of 5". */
gboolean  ot_mi_is_page_number (const char *line);

/* One logical line after clean-up: wrapped lines joined, bullets recognised. */
typedef struct
{
  char    *text;        /* without the bullet or letter */
  guint    first;       /* source lines, 1-based */
  guint    last;
  guint    bullet : 1;  /* started with a bullet, visible or lost */
  guint    blanks_before; /* blank source lines before it */
  guint    para_break : 1; /* more blank lines before it than between wrapped lines */
  char     letter;      /* 'a' for "a." or "a)", else 0 */
  guint    indent;      /* leading spaces in the source */
  GArray  *breaks;      /* OtMinutesBreak: where each joined source line starts in text */
} OtMinutesLine;

typedef struct
{
  gsize offset;
  guint line;
} OtMinutesBreak;

/* The source lines of the bytes [start, end) of a logical line's text. */
OtMinutesSpan ot_mi_line_subspan (const OtMinutesLine *line,
                                  gsize                start,
                                  gsize                end);

/* Logical lines (OtMinutesLine) from source lines: bullets found, wrapped lines joined. */
GPtrArray *ot_mi_clean_lines (char * const *source_lines);
/* "3 Tarief", "2.1. Stand van zaken": number and title, or FALSE. */
gboolean   ot_mi_split_numbered (const char *text, char **number, char **title);
/* "Antwoord regio: ...", "Nico: ...": a short label before a colon; returns the label. */
char      *ot_mi_leading_label  (const char *text, const char **rest);

/* Text helpers (ot-minutes-text.c). */
GRegex   *ot_mi_regex              (const char *pattern, GRegexCompileFlags flags); /* borrowed */
char     *ot_mi_fold          (const char *text);   /* lower case, no accents, ' for ’ */
gboolean  ot_mi_fold_equal    (const char *a, const char *b);
char     *ot_mi_strip         (const char *text, gssize len);
gboolean  ot_mi_starts_upper  (const char *text);
gboolean  ot_mi_starts_lower  (const char *text);
gboolean  ot_mi_ends_sentence (const char *text);
guint     ot_mi_word_count    (const char *text);
gboolean  ot_mi_is_particle   (const char *word);
gboolean  ot_mi_is_common_word (const char *word);   /* starts sentences, never names */
gboolean  ot_mi_looks_like_person (const char *text);
gboolean  ot_mi_looks_like_org    (const char *text);
gboolean  ot_mi_has_org_prefix    (const char *text);   /* "Gemeente Houten", "Stichting X" */
gboolean  ot_mi_is_function_word  (const char *word);
gboolean  ot_mi_is_group_label    (const char *text);
/* Dutch dates: "29 augustus 2016", "di 14-8-2019", "2019-08-14"; ISO or NULL. Sets *end to
 * the byte after the date when given. */
char     *ot_mi_find_date     (const char *text, int default_year, const char **end);
/* Due-date phrases relative to @meeting_date (ISO, may be NULL): ISO or NULL. */
char     *ot_mi_due_from_text (const char *text, const char *meeting_date);
/* Past "mevr.", "dhr.", "drs." and the like before a name. */
const char *ot_mi_skip_honorific (const char *text);
/* A clean-up of OCR slips in names ("Ijsselstein", ’). */
char     *ot_mi_fix_name      (const char *name);

G_END_DECLS
