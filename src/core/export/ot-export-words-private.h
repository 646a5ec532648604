/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-words-private.h: words of Dutch minutes for the anonymiser: tokens, normal forms, name keys, word lists. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize    start, end;        /* byte offsets in the text */
  char    *norm;              /* ASCII, lower case */
  gboolean capitalised;       /* first letter upper case, a lower-case letter after it */
  gboolean sentence_start;
} Token;

/* Name particles ("van", "der"), words that open organisation names ("Gemeente", "Stichting"),
 * capitalised words that are not names, verbs after a speaker's name, and word endings that
 * names almost never have. NULL-terminated. */
extern const char * const ot_export_words_particles[];
extern const char * const ot_export_words_org_prefixes[];
extern const char * const ot_export_words_not_names[];
extern const char * const ot_export_words_speech_verbs[];
extern const char * const ot_export_words_endings[];

gboolean ot_export_words_in_list         (const char * const *list,
                                          const char         *word);
gboolean ot_export_words_has_ending      (const char         *norm);
/* ASCII, lower case: "Mullié" and "Mullie" are one name. @len -1 for the whole string. */
char    *ot_export_words_normalise       (const char         *word,
                                          gssize              len);
/* The words of @text (letters and digits with inner apostrophes and hyphens), as Token;
 * @sentence_start says whether @text begins a sentence. */
GArray  *ot_export_words_tokenise        (const char         *text,
                                          gboolean            sentence_start);
void     ot_export_words_free            (GArray             *tokens);
/* The key of tokens [@first, @first + @n) as written in @text: "jenny van der hoek", "wij 3.0";
 * NULL when a gap between them is too long to be inside a name. */
char    *ot_export_words_key             (const char         *text,
                                          GArray             *tokens,
                                          guint               first,
                                          guint               n);
/* Levenshtein distance of at most one ("lillian" for "lilian"). */
gboolean ot_export_words_within_one_edit (const char         *a,
                                          const char         *b);

G_END_DECLS
