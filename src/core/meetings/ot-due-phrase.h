/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-due-phrase.h: Dutch due-date phrases ("binnen twee weken", "eind november") as dates. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads @phrase relative to @reference (normally the meeting's date). Understands ISO and
 * Dutch dates ("7 augustus", "1-10-2018", "woensdag 7 augustus 2019"), spans ("binnen twee
 * weken", "over 3 dagen", "binnen een maand"), "volgende week", "eind/begin/medio <maand>",
 * "eind van het jaar", weekday names and "morgen". Returns a newly allocated GDate, or NULL
 * when the phrase names no date (e.g. "z.s.m." or free text). */
GDate *ot_due_phrase_parse   (const char  *phrase,
                              const GDate *reference);
/* The same, as YYYY-MM-DD; NULL when not understood. */
char  *ot_due_phrase_to_iso  (const char  *phrase,
                              const char  *reference_iso);
/* Finds a due phrase at the end of a sentence, e.g. "… verzorgt de uitnodiging binnen nu en
 * twee weken." Returns the date as YYYY-MM-DD or NULL, and where the phrase starts in @text. */
char  *ot_due_phrase_find    (const char  *text,
                              const char  *reference_iso,
                              gsize       *phrase_start);

G_END_DECLS
