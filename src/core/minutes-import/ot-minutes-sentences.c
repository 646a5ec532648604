/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-sentences.c: recognition inside running text: "X geeft aan dat …" as a remark
 * by X, "De overlegtafel besluit …" as a decision, owners of actions; the rest stays a note. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>

#include "ot-minutes-parser-private.h"

static gboolean
is_abbreviation (const char *word_start,
                 const char *dot)
{
  static const char * const abbreviations[] = {
    "o.a", "bv", "bijv", "ca", "nr", "st", "i.c", "t.a.v", "tav", "vb", "resp", "mr", "dhr",
    "mevr", "evt", "incl", "excl", "max", "min", "m.b.t", "mbt", "z.s.m", "zgn", "ivm", "i.v.m",
    "e.d", "etc", "jl", "a.s", "d.d", "t/m", "nl", "e.a", NULL
  };
  g_autofree char *word = g_ascii_strdown (word_start, dot - word_start);

  if (g_utf8_strlen (word, -1) <= 1)
    return TRUE;            /* initials: "J. Timmerman" */
  return g_strv_contains (abbreviations, word);
}

GPtrArray *
ot_mi_split_sentences (const char *text)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *start = text, *word = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        word = p + 1;
      if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ')
        {
          const char *next = p + 1;
          while (*next == ' ')
            next++;
          if (!(ot_mi_starts_upper (next) || g_ascii_isdigit (*next)))
            continue;
          if (*p == '.' && is_abbreviation (word, p))
            continue;
          g_ptr_array_add (out, ot_mi_strip (start, p + 1 - start));
          start = next;
          p = next - 1;
          word = next;
        }
    }
  if (*start != '\0')
    g_ptr_array_add (out, ot_mi_strip (start, -1));
  return out;
}

#define SPEECH_VERBS \
  "geeft|geven|gaf|gaven|zegt|zeggen|zei|vertelt|vertellen|licht|lichten|stelt|stellen|" \
  "vraagt|vragen|antwoordt|antwoorden|merkt|merken|bevestigt|bevestigen|meldt|melden|" \
  "deelt|delen|benadrukt|benadrukken|reageert|reageren|legt|leggen|vindt|vinden|herkent|" \
  "herkennen|noemt|noemen|pleit|pleiten|wijst|wijzen|inventariseert|mist|missen|" \
  "constateert|constateren|ervaart|ervaren|erkent|erkennen|adviseert|adviseren|" \
  "waarschuwt|informeert|schetst|presenteert|presenteren|toont|bespreekt|verwijst|" \
  "verduidelijkt|beaamt|onderschrijft|onderschrijven|betoogt|spreekt|spreken|voegt|voegen|" \
  "wil|willen|wenst|wensen|verzoekt|verzoeken|" \
  "(?:heeft|hebben) (?:ervaring|moeite|behoefte|bezwaar|zorgen|twijfels?|een voorkeur|voorkeur)"

static OtMinutesStatementKind
kind_from_verb (const char *verb,
                const char *sentence)
{
  if (g_str_has_prefix (verb, "vra") || strstr (sentence, " de vraag ") != NULL)
    return OT_MINUTES_QUESTION;
  if (g_str_has_prefix (verb, "antwoord") || g_str_has_prefix (verb, "reageer") ||
      g_str_has_prefix (verb, "reageren"))
    return OT_MINUTES_ANSWER;
  return OT_MINUTES_REMARK;
}

/* "Nico geeft aan dat …": the speaker and kind, or NULL. */
static char *
speech_sentence (OtMinutesParser        *p,
                 const char             *sentence,
                 OtMinutesStatementKind *kind)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *subject = NULL, *verb = NULL, *first = NULL;
  char *speaker;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^(.{1,80}?)\\s+(" SPEECH_VERBS ")\\b", 0, 0, NULL));
  if (!g_regex_match (re, sentence, 0, &m))
    return NULL;
  subject = g_match_info_fetch (m, 1);
  verb = g_match_info_fetch (m, 2);
  first = g_strndup (subject, strcspn (subject, " "));
  if (!ot_mi_is_group_label (subject) && !g_str_has_prefix (subject, "De ") &&
      ot_mi_is_common_word (first))
    return NULL;
  if (ot_mi_word_count (subject) > 7 || strchr (subject, ':') != NULL)
    return NULL;
  /* "X stelt zich voor" is an introduction, not a statement. */
  {
    int verb_end = 0;
    g_match_info_fetch_pos (m, 2, NULL, &verb_end);
    if (g_regex_match (ot_mi_regex ("^\\s+zich\\s+voor\\b", 0), sentence + verb_end, 0, NULL))
      return NULL;
  }
  /* One unknown word with a plural verb is a fronted phrase: "Hierin herkennen aanbieders …". */
  if (strchr (subject, ' ') == NULL && g_str_has_suffix (verb, "en") &&
      !ot_mi_is_group_label (subject) && !ot_mi_is_known_org (p, subject))
    return NULL;
  speaker = ot_mi_resolve_speaker (p, subject);
  if (speaker != NULL)
    *kind = kind_from_verb (verb, sentence);
  return speaker;
}

/* Dutch puts the verb first after a fronted phrase: "Om … noemen de aanbieders …". */
static char *
inverted_speech (const char             *sentence,
                 OtMinutesStatementKind *kind)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *verb = NULL, *group = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\b(" SPEECH_VERBS ")\\s+((?:de|het|alle|veel|meerdere|"
                                         "verschillende|enkele|andere|sommige|diverse)\\s+)?"
                                         "(\\p{L}+)\\b",
                                         0, 0, NULL));
  if (!g_regex_match (re, sentence, 0, &m))
    return NULL;
  verb = g_match_info_fetch (m, 1);
  group = g_match_info_fetch (m, 3);
  if (!ot_mi_is_group_label (group))
    return NULL;
  *kind = kind_from_verb (verb, sentence);
  if (g_str_has_prefix (group, "zorgaanbieder") || g_str_has_prefix (group, "Zorgaanbieder"))
    return g_strdup ("aanbieders");
  return g_ascii_strdown (group, -1);
}

char *
ot_mi_speech_subject (OtMinutesParser        *p,
                      const char             *sentence,
                      gboolean                inverted,
                      OtMinutesStatementKind *kind)
{
  char *speaker = speech_sentence (p, sentence, kind);

  if (speaker == NULL && inverted)
    speaker = inverted_speech (sentence, kind);
  return speaker;
}

static gboolean
decision_sentence (const char            *sentence,
                   OtMinutesDecisionKind *kind)
{
  static GRegex *besluit, *afspraak;

  if (g_once_init_enter (&besluit))
    g_once_init_leave (&besluit, g_regex_new (
      "\\b(besluit|besluiten|besloten|neemt het besluit|stemt in|stemmen in|gaat akkoord|gaan akkoord)\\b",
      G_REGEX_CASELESS, 0, NULL));
  if (g_once_init_enter (&afspraak))
    g_once_init_leave (&afspraak, g_regex_new (
      "\\b(spreken af|spreekt af|wordt afgesproken|afgesproken wordt|is afgesproken|komen overeen|"
      "is het (erover|er over) eens)\\b", G_REGEX_CASELESS, 0, NULL));
  /* A question about a decision is not one. */
  if (g_str_has_suffix (sentence, "?"))
    return FALSE;
  if (g_regex_match (besluit, sentence, 0, NULL))
    *kind = OT_MINUTES_BESLUIT;
  else if (g_regex_match (afspraak, sentence, 0, NULL))
    *kind = OT_MINUTES_AFSPRAAK;
  else
    return FALSE;
  return TRUE;
}

/* "(actie: Nico)" or "Actie: Nico" at the end of a paragraph makes it an action. */
static gboolean
action_marker (OtMinutesParser     *p,
               const OtMinutesLine *line,
               const char          *text)
{
  GRegex *re = ot_mi_regex ("\\s*[(\\[]?\\bactie(?:houder)?\\s*:?\\s*([^)\\]]{2,60}?)[)\\]]?\\.?\\s*$",
                            G_REGEX_CASELESS);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *who = NULL, *owner = NULL, *body = NULL;
  int start;

  if (!g_regex_match (re, text, 0, &m))
    return FALSE;
  who = g_match_info_fetch (m, 1);
  owner = ot_mi_resolve_speaker (p, who);
  if (owner == NULL)
    return FALSE;
  g_match_info_fetch_pos (m, 0, &start, NULL);
  body = ot_mi_strip (text, start);
  if (*body == '\0')
    return FALSE;
  ot_mi_parser_add_action (p, body, owner, ot_mi_line_span (line));
  return TRUE;
}

/* The one known person a sentence names after its subject: "vraagt aan Minke …". */
static char *
person_named_in (OtMinutesParser *p,
                 const char      *sentence,
                 const char      *speaker)
{
  g_auto(GStrv) words = g_strsplit (sentence, " ", -1);
  char *found = NULL;

  for (guint i = 1; words[i] != NULL; i++)
    {
      g_autofree char *w = g_strdup (words[i]);

      g_strdelimit (w, ".,;:()", ' ');
      g_strstrip (w);
      if (*w == '\0' || !ot_mi_starts_upper (w) || ot_mi_is_common_word (w))
        continue;
      if (ot_mi_is_known_person (p, w))
        {
          g_autofree char *who = ot_mi_resolve_person (p, w);
          if (g_strcmp0 (who, speaker) == 0)
            continue;
          if (found != NULL && !g_str_equal (found, who))
            {
              g_free (found);
              return NULL;
            }
          g_free (found);
          found = g_steal_pointer (&who);
        }
    }
  return found;
}

/* "Hij vraagt …" after "Menno geeft aan …", or "Ze vertelt …" after "X vraagt aan Y …". */
static char *
pronoun_speaker (OtMinutesParser        *p,
                 const char             *sentence,
                 const char             *prev_sentence,
                 const char             *prev_speaker,
                 OtMinutesStatementKind  prev_kind,
                 OtMinutesStatementKind *kind)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *verb = NULL, *named = NULL;

  if (prev_speaker == NULL)
    return NULL;
  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^(?:Hij|Zij|Ze)\\s+(" SPEECH_VERBS ")\\b", 0, 0, NULL));
  if (!g_regex_match (re, sentence, 0, &m))
    return NULL;
  verb = g_match_info_fetch (m, 1);
  if (g_str_has_suffix (verb, "en"))
    return NULL;    /* plural: a group, not the last speaker */
  named = person_named_in (p, prev_sentence, prev_speaker);
  *kind = kind_from_verb (verb, sentence);
  if (named != NULL)
    return prev_kind == OT_MINUTES_QUESTION ? g_steal_pointer (&named) : NULL;
  return g_strdup (prev_speaker);
}

/* "Lilian bevestigt dit." right after someone else's question answers it. */
static gboolean
answers_question (OtMinutesParser *p,
                  const char      *speaker,
                  const char      *sentence)
{
  OtMinutesItem *target = p->target;
  OtMinutesStatement *last;

  if (target == NULL || target->statements->len == 0)
    return FALSE;
  last = g_ptr_array_index (target->statements, target->statements->len - 1);
  if (last->kind != OT_MINUTES_QUESTION || g_strcmp0 (last->speaker, speaker) == 0)
    return FALSE;
  return g_regex_match (ot_mi_regex ("\\b(bevestigt|bevestigen|beaamt|antwoordt|antwoorden|reageert|"
                               "ontkent|legt uit)\\b", 0), sentence, 0, NULL);
}

/* Sentences not recognised, in a row, make one note. */
static void
flush_note (OtMinutesParser     *p,
            const OtMinutesLine *line,
            GString             *note,
            gsize                start,
            gsize                end)
{
  if (note->len == 0)
    return;
  ot_mi_parser_add_note (p, note->str, ot_mi_line_subspan (line, start, end));
  g_string_truncate (note, 0);
}

void
ot_mi_add_paragraph (OtMinutesParser     *p,
                     const OtMinutesLine *line,
                     const char          *text)
{
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *opener = NULL;
  const char *cursor = text;
  gsize note_start = 0, note_end = 0;

  if (line->para_break || line->bullet)
    {
      g_clear_pointer (&p->prev_speaker, g_free);
      g_clear_pointer (&p->prev_sentence, g_free);
    }
  if (action_marker (p, line, text))
    return;
  sentences = ot_mi_split_sentences (text);
  for (guint i = 0; i < sentences->len; i++)
    {
      const char *s = g_ptr_array_index (sentences, i);
      const char *at = strstr (cursor, s);
      gsize start = at != NULL ? (gsize) (at - text) : 0;
      gsize end = at != NULL ? start + strlen (s) : strlen (text);
      /* Each part is highlighted on the source lines of its own sentence. */
      OtMinutesSpan span = ot_mi_line_subspan (line, start, end);
      OtMinutesStatementKind kind;
      OtMinutesDecisionKind dkind;
      g_autofree char *speaker = NULL;

      if (at != NULL)
        cursor = at + strlen (s);
      if (decision_sentence (s, &dkind))
        {
          flush_note (p, line, note, note_start, note_end);
          ot_mi_parser_add_decision (p, dkind, s, span);
          continue;
        }
      speaker = ot_mi_speech_subject (p, s, TRUE, &kind);
      if (speaker == NULL && p->prev_sentence != NULL)
        speaker = pronoun_speaker (p, s, p->prev_sentence, p->prev_speaker, p->prev_kind, &kind);
      /* A question further on in a paragraph that someone opened is theirs. */
      if (speaker == NULL && opener != NULL && g_str_has_suffix (s, "?"))
        {
          speaker = g_strdup (opener);
          kind = OT_MINUTES_QUESTION;
        }
      if (i == 0 && speaker != NULL)
        opener = g_strdup (speaker);
      g_clear_pointer (&p->prev_speaker, g_free);
      g_free (p->prev_sentence);
      p->prev_sentence = g_strdup (s);
      if (speaker != NULL)
        {
          if (kind == OT_MINUTES_REMARK && answers_question (p, speaker, s))
            kind = OT_MINUTES_ANSWER;
          flush_note (p, line, note, note_start, note_end);
          ot_mi_parser_add_statement (p, speaker, kind, s, span);
          p->prev_speaker = g_steal_pointer (&speaker);
          p->prev_kind = kind;
          continue;
        }
      if (note->len > 0)
        g_string_append_c (note, ' ');
      else
        note_start = start;
      g_string_append (note, s);
      note_end = end;
    }
  flush_note (p, line, note, note_start, note_end);
}

static gboolean
is_owner_verb (const char *word)
{
  static const char * const modals[] = { "zal", "kan", "moet", "wil", "gaat", "gaan", "zullen", NULL };
  gsize len = strlen (word);

  if (!ot_mi_starts_lower (word) || ot_mi_is_particle (word))
    return FALSE;
  if (g_strv_contains (modals, word))
    return TRUE;
  /* Dutch present tense: "stuurt", "levert", "werken". */
  return len >= 3 && (word[len - 1] == 't' || g_str_has_suffix (word, "en"));
}

/* The subject of "Lilian gaat …", "Laura en Lilian gaan …", "Peter van den Berg werkt …". */
static char *
sentence_owner (OtMinutesParser *p,
                const char      *sentence)
{
  g_auto(GStrv) words = g_strsplit (sentence, " ", 10);
  guint n = g_strv_length (words);

  if (n < 2 || ot_mi_is_common_word (words[0]))
    return NULL;
  for (guint k = 1; k < n && k <= 7; k++)
    {
      g_auto(GStrv) names = NULL;
      g_autoptr(GString) owner = g_string_new (NULL);
      g_autofree char *subject = NULL;
      char *saved;
      gboolean ok = TRUE;

      if (!is_owner_verb (words[k]))
        continue;
      saved = words[k];
      words[k] = NULL;
      subject = g_strjoinv (" ", words);
      words[k] = saved;
      names = g_strsplit (subject, " en ", 3);
      for (guint i = 0; names[i] != NULL && ok; i++)
        {
          g_autofree char *who = ot_mi_resolve_speaker (p, names[i]);
          ok = who != NULL;
          if (ok)
            g_string_append_printf (owner, "%s%s", owner->len > 0 ? " en " : "", who);
        }
      if (ok && owner->len > 0)
        return g_string_free (g_steal_pointer (&owner), FALSE);
    }
  return NULL;
}

char *
ot_mi_owner_from_text (OtMinutesParser *p,
                       const char      *text)
{
  g_autoptr(GPtrArray) sentences = NULL;
  GRegex *trailing = ot_mi_regex ("[(\\[]([^()\\[\\]]{2,40})[)\\]]\\.?\\s*$", 0);
  g_autoptr(GMatchInfo) m = NULL;
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (text, &rest);

  if (label != NULL && *rest != '\0')
    {
      char *who = ot_mi_resolve_speaker (p, label);
      if (who != NULL)
        return who;
    }
  if (g_regex_match (trailing, text, 0, &m))
    {
      g_autofree char *inner = g_match_info_fetch (m, 1);
      g_autofree char *f = ot_mi_fold (inner);

      /* "(actie: Anna de Vries)" */
      if (g_str_has_prefix (f, "actie"))
        {
          const char *after = inner + strcspn (inner, ": ");
          while (*after == ':' || *after == ' ')
            after++;
          memmove (inner, after, strlen (after) + 1);
        }
      if (ot_mi_is_known_person (p, inner) || ot_mi_is_known_org (p, inner) ||
          ot_mi_looks_like_person (inner))
        return ot_mi_resolve_speaker (p, inner);
    }
  sentences = ot_mi_split_sentences (text);
  for (guint i = 0; i < sentences->len; i++)
    {
      char *owner = sentence_owner (p, g_ptr_array_index (sentences, i));
      if (owner != NULL)
        return owner;
    }
  return NULL;
}
