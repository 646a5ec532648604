/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-parser-private.h: the state shared by the recognisers of the minutes parser. */
#pragma once

#include "ot-minutes-private.h"

G_BEGIN_DECLS

/* Names known so far (registry, attendance, chair), with their comparison keys and a memo
 * of lookups: the same words are looked up many times in long minutes. */
typedef struct
{
  GPtrArray  *names;
  GPtrArray  *keys;
  GHashTable *memo;     /* query → known name, or "" for none */
} OtMinutesKnown;

OtMinutesKnown *ot_mi_known_new  (const char * const *names);
void            ot_mi_known_free (OtMinutesKnown *known);
void            ot_mi_known_add  (OtMinutesKnown *known, const char *name);

typedef struct
{
  OtMinutesResult              *result;
  const OtMinutesImportOptions *options;
  GPtrArray                    *lines;        /* OtMinutesLine */
  guint                         pos;          /* next line to read */
  OtMinutesKnown               *people;       /* known full names: options, attendees, chair */
  OtMinutesKnown               *orgs;         /* known organisations */
  OtMinutesItem                *item;         /* current top-level item */
  OtMinutesItem                *target;       /* item or sub-item receiving content */
  int                           last_number;
  gboolean                      in_body;
  gboolean                      seen_header_content;
  gboolean                      chair_labelled;   /* a "Voorzitter:" line named the chair */
  gboolean                      previous_minutes; /* inside "Vaststellen verslag" */
  GPtrArray                    *planned;      /* OtMinutesItem from an "Agendapunten:" list */
  guint                         content_seq;  /* grows with everything added to a numbered item */
  OtMinutesItem                *closing_item; /* item holding a closing action list */
  guint                         closing_from; /* index of its first action */
  guint                         closing_seq;
  int                           action_columns[3]; /* text, owner, due in an action table */
  GHashTable                   *label_counts; /* "Nico" → lines starting "Nico: …" */
  char                         *last_answerer;
  char                         *last_asker;
  char                         *last_addressee;
  /* The last sentence of running text and its speaker, for "Hij/Ze …" in the next one. */
  char                         *prev_sentence;
  char                         *prev_speaker;
  OtMinutesStatementKind        prev_kind;
} OtMinutesParser;

static inline OtMinutesLine *
ot_mi_parser_line (OtMinutesParser *p,
                        guint            index)
{
  return index < p->lines->len ? g_ptr_array_index (p->lines, index) : NULL;
}

/* ot-minutes-attendance.c */
gboolean  ot_mi_parse_attendance_heading (OtMinutesParser *p, const OtMinutesLine *line);
gboolean  ot_mi_parse_excused_sentence   (OtMinutesParser *p, const OtMinutesLine *line);
char     *ot_mi_resolve_person  (OtMinutesParser *p, const char *name);
char     *ot_mi_resolve_org     (OtMinutesParser *p, const char *name);
gboolean  ot_mi_is_known_org    (OtMinutesParser *p, const char *name);
gboolean  ot_mi_is_known_person (OtMinutesParser *p, const char *name);
/* A speaker or owner written at the start of a sentence, resolved; NULL if @text is none. */
char     *ot_mi_resolve_speaker (OtMinutesParser *p, const char *text);

/* ot-minutes-sentences.c */
GPtrArray *ot_mi_split_sentences (const char *text);
void       ot_mi_add_paragraph   (OtMinutesParser *p, const OtMinutesLine *line,
                                       const char *text);
char      *ot_mi_owner_from_text (OtMinutesParser *p, const char *text);
/* The speaker of "X geeft aan …" or "… noemen de aanbieders …:" and the kind, or NULL. */
char      *ot_mi_speech_subject  (OtMinutesParser *p, const char *sentence,
                                       gboolean inverted, OtMinutesStatementKind *kind);

/* ot-minutes-content.c */
char          *ot_mi_folded_key          (const char *text);
void           ot_mi_set_str             (char **slot, const char *value);
void           ot_mi_ensure_target       (OtMinutesParser *p);
void           ot_mi_touched             (OtMinutesParser *p);
OtMinutesStatement *ot_mi_last_statement (OtMinutesParser *p);

/* ot-minutes-headings.c */
gboolean       ot_mi_is_closing_title    (const char *text);
gboolean       ot_mi_is_opening_title    (const char *text);
char          *ot_mi_clean_title         (const char *title);
void           ot_mi_start_item          (OtMinutesParser *p, const char *number, const char *title,
                                          const OtMinutesLine *line);
void           ot_mi_start_child         (OtMinutesParser *p, const char *number, const char *title,
                                          const OtMinutesLine *line);
OtMinutesItem *ot_mi_take_planned        (OtMinutesParser *p, const char *number, const char *title);
gboolean       ot_mi_plausible_heading   (OtMinutesParser *p, const OtMinutesLine *line);
gboolean       ot_mi_numbered_heading    (OtMinutesParser *p, const OtMinutesLine *line);
gboolean       ot_mi_is_subheading       (OtMinutesParser *p, const OtMinutesLine *line);

/* ot-minutes-blocks.c */
gboolean       ot_mi_parse_block         (OtMinutesParser *p, const OtMinutesLine *line);
gboolean       ot_mi_parse_qa            (OtMinutesParser *p, const OtMinutesLine *line);
gboolean       ot_mi_parse_speaker_line  (OtMinutesParser *p, const OtMinutesLine *line);
gboolean       ot_mi_parse_intro_list    (OtMinutesParser *p, const OtMinutesLine *line);

/* ot-minutes-content.c: adding to the item being read */
void ot_mi_parser_add_note      (OtMinutesParser *p, const char *text, OtMinutesSpan span);
void ot_mi_parser_add_statement (OtMinutesParser *p, const char *speaker,
                                      OtMinutesStatementKind kind, const char *text,
                                      OtMinutesSpan span);
void ot_mi_parser_add_decision  (OtMinutesParser *p, OtMinutesDecisionKind kind,
                                      const char *text, OtMinutesSpan span);
void ot_mi_parser_add_action    (OtMinutesParser *p, const char *text, const char *owner,
                                      OtMinutesSpan span);

static inline OtMinutesSpan
ot_mi_line_span (const OtMinutesLine *line)
{
  return (OtMinutesSpan) { line->first, line->last };
}

/* A heading or label line recognised as structure ("Aanwezig:", "Afspraak:", an agenda list). */
static inline void
ot_mi_mark_structure (OtMinutesParser     *p,
                      const OtMinutesLine *line)
{
  OtMinutesSpan span = ot_mi_line_span (line);

  g_array_append_val (p->result->structure, span);
}

G_END_DECLS
