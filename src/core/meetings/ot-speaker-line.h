/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-speaker-line.h: one typed line of minutes, "Limor: …" or "Vraag aanbieders: …", read as what it records. */
#pragma once

#include <glib.h>

#include "ot-enums.h"

G_BEGIN_DECLS

typedef enum
{
  OT_LINE_NOTE,        /* plain text: goes to the item's notes */
  OT_LINE_STATEMENT,   /* a question, answer or remark by a speaker */
  OT_LINE_DECISION,    /* "Besluit: …" or "Afspraak: …" */
  OT_LINE_ACTION,      /* "Actie Lilian: … binnen twee weken" */
} OtLineKind;

typedef struct
{
  OtLineKind      kind;
  OtStatementKind statement_kind;  /* for statements */
  OtDecisionKind  decision_kind;   /* for decisions */
  char           *speaker;         /* a person's or organisation's name, or a group word; NULL if none */
  char           *organisation;    /* from "Name (Org): …"; NULL if none */
  gboolean        speaker_is_group;/* "aanbieders", "regio", "gemeente" and the like */
  char           *text;            /* what was said or agreed, without the prefix */
  char           *due;             /* for actions: YYYY-MM-DD from a due phrase, or NULL */
} OtSpeakerLine;

/* Reads a line typed during a meeting. @meeting_date (YYYY-MM-DD) anchors due phrases.
 * Recognised forms: "Name: text", "Name (Org): text", "Vraag [van] aanbieders: text",
 * "Antwoord [van de] regio: text", "Reactie/Opmerking/Vervolgvraag …: text", "V: / A:",
 * "Besluit: text", "Afspraak: text", "Actie [Owner]: text". A statement without a kind word is
 * a question when it ends in "?", else a remark. Anything else is a note. */
OtSpeakerLine *ot_speaker_line_parse (const char *line,
                                      const char *meeting_date);
void           ot_speaker_line_free  (OtSpeakerLine *line);

/* TRUE for words that name a group rather than one party ("aanbieders", "de regio"). */
gboolean       ot_speaker_is_group_word (const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtSpeakerLine, ot_speaker_line_free)

G_END_DECLS
