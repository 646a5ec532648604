/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-speaker-line.c: recognising speaker, kind and text in a typed line of minutes. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include <string.h>

#include "ot-due-phrase.h"
#include "ot-speaker-line.h"

/* Kind words that open a statement, longest first so "vervolgvraag" wins over "vraag". */
static const struct
{
  const char     *word;
  OtStatementKind kind;
} kind_words[] = {
  { "vervolgvraag", OT_STATEMENT_KIND_QUESTION },
  { "wedervraag", OT_STATEMENT_KIND_QUESTION },
  { "antwoorden", OT_STATEMENT_KIND_ANSWER },
  { "opmerkingen", OT_STATEMENT_KIND_REMARK },
  { "opmerking", OT_STATEMENT_KIND_REMARK },
  { "antwoord", OT_STATEMENT_KIND_ANSWER },
  { "reacties", OT_STATEMENT_KIND_ANSWER },
  { "reactie", OT_STATEMENT_KIND_ANSWER },
  { "vragen", OT_STATEMENT_KIND_QUESTION },
  { "vraag", OT_STATEMENT_KIND_QUESTION },
  { "v", OT_STATEMENT_KIND_QUESTION },
  { "a", OT_STATEMENT_KIND_ANSWER },
};

static const char *const group_words[] = {
  "aanbieders", "aanbieder", "zorgaanbieders", "zorgaanbieder", "regio", "gemeente", "gemeenten",
  "backoffice", "inkoop", "aanwezigen", "allen", "iedereen", "partijen", "deelnemers", "wijkteams",
  "sociale teams", "sociaal team",
};

/* Words that label a field of the minutes rather than name a speaker. */
static const char *const field_labels[] = {
  "datum", "tijd", "locatie", "plaats", "aanwezig", "aanwezigen", "afwezig", "afgemeld", "agenda",
  "onderwerp", "notulist", "notulen", "bijlage", "bijlagen", "toelichting", "opmerking vooraf", "nb", "let op",
};

gboolean
ot_speaker_is_group_word (const char *word)
{
  g_autofree char *lower = NULL;
  const char *w;

  if (word == NULL)
    return FALSE;
  lower = g_utf8_strdown (word, -1);
  w = g_strstrip (lower);
  if (g_str_has_prefix (w, "de "))
    w += 3;
  else if (g_str_has_prefix (w, "het "))
    w += 4;
  return g_strv_contains (group_words, w);
}

void
ot_speaker_line_free (OtSpeakerLine *line)
{
  if (line == NULL)
    return;
  g_free (line->speaker);
  g_free (line->organisation);
  g_free (line->text);
  g_free (line->due);
  g_free (line);
}

/* A speaker is short and has no sentence punctuation: "Limor", "Stichting Boogh",
 * "Lilian Petter (Gemeente Nieuwegein)". Longer text before a colon is a sentence. */
static gboolean
looks_like_speaker (const char *text)
{
  guint words = 1;

  g_autofree char *lower = g_utf8_strdown (text, -1);

  if (*text == '\0' || g_utf8_strlen (text, -1) > 60 || g_strv_contains (field_labels, lower))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        words++;
      if (*p == '.' && p[1] != '\0' && p[1] != ' ')
        continue;  /* initials such as "J.Timmerman" */
      if (strchr ("?!;\"", *p) != NULL)
        return FALSE;
    }
  return words <= 6;
}

/* Splits "Name (Org)" into its parts. */
static void
split_organisation (const char  *speaker,
                    char       **name,
                    char       **organisation)
{
  const char *open = strchr (speaker, '(');
  const char *close = open != NULL ? strchr (open, ')') : NULL;

  if (open != NULL && close != NULL && close > open + 1)
    {
      *name = g_strstrip (g_strndup (speaker, open - speaker));
      *organisation = g_strstrip (g_strndup (open + 1, close - open - 1));
    }
  else
    {
      *name = g_strstrip (g_strdup (speaker));
      *organisation = NULL;
    }
}

/* After a kind word: "van", "van de", "door" and articles lead to the speaker. */
static const char *
skip_connectives (const char *p)
{
  static const char *const connectives[] = { "van de ", "van het ", "van ", "door de ", "door ", "aan ", "de ", "het " };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (*p == ' ')
        p++;
      for (guint i = 0; i < G_N_ELEMENTS (connectives); i++)
        if (g_ascii_strncasecmp (p, connectives[i], strlen (connectives[i])) == 0)
          {
            p += strlen (connectives[i]);
            again = TRUE;
            break;
          }
    }
  return p;
}

static gboolean
starts_with_word (const char *text,
                  const char *word)
{
  gsize len = strlen (word);

  return g_ascii_strncasecmp (text, word, len) == 0 && !g_ascii_isalpha (text[len]);
}

static void
set_speaker (OtSpeakerLine *line,
             const char    *speaker)
{
  char *name = NULL, *organisation = NULL;

  g_autofree char *who = NULL;
  char *addressee;

  if (speaker == NULL || *speaker == '\0')
    return;
  /* "Vraag van regio aan aanbieders": the speaker is the one asking. */
  who = g_strdup (speaker);
  addressee = strstr (who, " aan ");
  if (addressee != NULL)
    *addressee = '\0';
  split_organisation (who, &name, &organisation);
  if (*name == '\0')
    {
      g_free (name);
      name = g_steal_pointer (&organisation);
    }
  line->speaker = name;
  line->organisation = organisation;
  line->speaker_is_group = ot_speaker_is_group_word (name);
}

static gboolean
parse_decision_or_action (OtSpeakerLine *line,
                          const char    *head,
                          const char    *body,
                          const char    *meeting_date)
{
  if (starts_with_word (head, "besluit") || starts_with_word (head, "besluiten"))
    {
      line->kind = OT_LINE_DECISION;
      line->decision_kind = OT_DECISION_KIND_BESLUIT;
    }
  else if (starts_with_word (head, "afspraak") || starts_with_word (head, "afspraken"))
    {
      line->kind = OT_LINE_DECISION;
      line->decision_kind = OT_DECISION_KIND_AFSPRAAK;
    }
  else if (starts_with_word (head, "actie") || starts_with_word (head, "actiepunt"))
    {
      const char *owner = head + strcspn (head, " ");
      gsize start = 0;

      line->kind = OT_LINE_ACTION;
      owner = skip_connectives (owner);
      set_speaker (line, owner);
      line->due = ot_due_phrase_find (body, meeting_date, &start);
      /* The due phrase stays in the text: it is how the chair said it. */
    }
  else
    return FALSE;
  line->text = g_strstrip (g_strdup (body));
  return TRUE;
}

OtSpeakerLine *
ot_speaker_line_parse (const char *input,
                       const char *meeting_date)
{
  g_autoptr(OtSpeakerLine) line = g_new0 (OtSpeakerLine, 1);
  g_autofree char *copy = g_strstrip (g_strdup (input != NULL ? input : ""));
  char *colon = strchr (copy, ':');
  const char *head, *body;

  line->kind = OT_LINE_NOTE;
  line->statement_kind = OT_STATEMENT_KIND_REMARK;
  if (colon == NULL || colon == copy)
    {
      line->text = g_steal_pointer (&copy);
      return g_steal_pointer (&line);
    }
  *colon = '\0';
  head = g_strstrip (copy);
  body = colon + 1;
  while (*body == ' ')
    body++;
  if (*body == '\0' || !looks_like_speaker (head))
    {
      *colon = ':';
      line->text = g_strdup (copy);
      return g_steal_pointer (&line);
    }

  if (parse_decision_or_action (line, head, body, meeting_date))
    return g_steal_pointer (&line);

  line->kind = OT_LINE_STATEMENT;
  line->text = g_strstrip (g_strdup (body));
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    {
      if (starts_with_word (head, kind_words[i].word))
        {
          line->statement_kind = kind_words[i].kind;
          set_speaker (line, skip_connectives (head + strlen (kind_words[i].word)));
          return g_steal_pointer (&line);
        }
    }
  set_speaker (line, head);
  if (g_str_has_suffix (line->text, "?"))
    line->statement_kind = OT_STATEMENT_KIND_QUESTION;
  return g_steal_pointer (&line);
}
