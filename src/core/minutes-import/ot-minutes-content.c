/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-content.c: adding notes, statements, decisions and actions to the item being read. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <stdlib.h>

#include "ot-minutes-parser-private.h"

/* The comparison key of a label or title: folded, without closing punctuation. */
char *
ot_mi_folded_key (const char *text)
{
  char *f = ot_mi_fold (text);

  g_strstrip (f);
  while (*f != '\0' && strchr (":.;", f[strlen (f) - 1]) != NULL)
    {
      f[strlen (f) - 1] = '\0';
      g_strchomp (f);
    }
  return f;
}

/* Adding content */

void
ot_mi_set_str (char      **slot,
               const char *value)
{
  char *copy = g_strdup (value);

  g_free (*slot);
  *slot = copy;
}

void
ot_mi_ensure_target (OtMinutesParser *p)
{
  if (p->target != NULL)
    return;
  /* Content before any agenda item: an untitled item holds it. */
  p->item = ot_minutes_item_new (NULL, NULL);
  g_ptr_array_add (p->result->agenda, p->item);
  p->target = p->item;
  p->in_body = TRUE;
}

void
ot_mi_touched (OtMinutesParser *p)
{
  if (p->item != NULL && p->item->number != NULL)
    p->content_seq++;
}

void
ot_mi_parser_add_note (OtMinutesParser *p,
                       const char      *text,
                       OtMinutesSpan    span)
{
  OtMinutesNote *n = g_new0 (OtMinutesNote, 1);

  n->text = g_strdup (text);
  n->span = span;
  if (!p->in_body)
    {
      g_ptr_array_add (p->result->notes, n);
      return;
    }
  ot_mi_ensure_target (p);
  g_ptr_array_add (p->target->notes, n);
  ot_mi_touched (p);
}

OtMinutesStatement *
ot_mi_last_statement (OtMinutesParser *p)
{
  if (p->target == NULL || p->target->statements->len == 0)
    return NULL;
  return g_ptr_array_index (p->target->statements, p->target->statements->len - 1);
}

void
ot_mi_parser_add_statement (OtMinutesParser       *p,
                            const char            *speaker,
                            OtMinutesStatementKind kind,
                            const char            *text,
                            OtMinutesSpan          span)
{
  OtMinutesStatement *s = g_new0 (OtMinutesStatement, 1);

  ot_mi_ensure_target (p);
  s->speaker = g_strdup (speaker);
  s->kind = kind;
  s->text = g_strdup (text);
  s->span = span;
  g_ptr_array_add (p->target->statements, s);
  if (kind == OT_MINUTES_ANSWER && speaker != NULL)
    ot_mi_set_str (&p->last_answerer, speaker);
  ot_mi_touched (p);
}

void
ot_mi_parser_add_decision (OtMinutesParser      *p,
                           OtMinutesDecisionKind kind,
                           const char           *text,
                           OtMinutesSpan         span)
{
  OtMinutesDecision *d = g_new0 (OtMinutesDecision, 1);

  ot_mi_ensure_target (p);
  d->kind = kind;
  d->text = g_strdup (text);
  d->span = span;
  g_ptr_array_add (p->target->decisions, d);
  ot_mi_touched (p);
}

static gboolean
is_done (const char *text)
{
  GRegex *re = ot_mi_regex ("\\b(afgerond|gereed|gedaan|vervalt|vervallen|is gebeurd|"
                                      "uitgevoerd|done|klaar|afgehandeld)\\b", G_REGEX_CASELESS);

  return g_regex_match (re, text, 0, NULL);
}

void
ot_mi_parser_add_action (OtMinutesParser *p,
                         const char      *text,
                         const char      *owner,
                         OtMinutesSpan    span)
{
  OtMinutesAction *a = g_new0 (OtMinutesAction, 1);

  ot_mi_ensure_target (p);
  a->text = g_strdup (text);
  a->owner = owner != NULL ? g_strdup (owner) : ot_mi_owner_from_text (p, text);
  a->due = ot_mi_due_from_text (text, p->result->date);
  a->previous = p->previous_minutes;
  a->done = p->previous_minutes && is_done (text);
  a->span = span;
  g_ptr_array_add (p->target->actions, a);
  ot_mi_touched (p);
}

/* Headings */
