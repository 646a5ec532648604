/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-words.c: words of Dutch minutes for the anonymiser: tokens, normal forms, name keys, word lists. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <string.h>

#include "ot-export-words-private.h"

const char * const ot_export_words_particles[] = {
  "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "von", "la", "le", "du", "d'", NULL
};

const char * const ot_export_words_org_prefixes[] = {
  "gemeente", "stichting", "regio", "regionale", "vereniging", "de", "het", "zorggroep", NULL
};

/* Capitalised words in minutes that are not names. Words also written in lower case somewhere
 * in the document are skipped anyway. */
const char * const ot_export_words_not_names[] = {
  "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
  "oktober", "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
  "zaterdag", "zondag", "wmo", "jeugdwet", "wlz", "zvw", "nederland", "nederlandse", "tenderned",
  "aanbieder", "aanbieders", "regio", "gemeente", "gemeenten", "vraag", "vragen", "antwoord",
  "reactie", "opmerking", "afspraak", "besluit", "actie", "actiepunt", "voorzitter", "notulist",
  "hij", "zij", "wij", "jij", "men", "het", "een", "dit", "dat", "deze", "die", "er", "ook",
  "iedereen", "niemand", "excel", "word", "teams", "zoom", "mededelingen", "rondvraag", "opening",
  "afsluiting", "sluiting", "toelichting", "vervolgvraag", "vervolgens", "daarnaast", "verder",
  "tot", "slot", "graag", "bijlage", "presentatie", "agendapunt", "verslag", "notulen", NULL
};

/* A capitalised word at the start of a sentence is a likely name only before one of these. */
const char * const ot_export_words_speech_verbs[] = {
  "geeft", "vraagt", "stelt", "zegt", "meldt", "legt", "licht", "bevestigt", "antwoordt",
  "reageert", "benadrukt", "merkt", "deelt", "vertelt", "neemt", "gaat", "stuurt", "nodigt",
  "vult", "wijst", "noemt", "herkent", "onderschrijft", "mailt", "zoekt", "pakt", "en", NULL
};

/* Endings of Dutch nouns, adjectives and verbs that are capitalised in titles and terms
 * ("Maatschappelijke Ondersteuning", "Zelfredzaamheid") but almost never end a name. */
const char * const ot_export_words_endings[] = {
  "lijke", "lijk", "ische", "isch", "heid", "heden", "ing", "ingen", "tie", "ties", "schap",
  "iteit", "eren", "isme", "ief", "ieve", "baar", "bare", NULL
};

gboolean
ot_export_words_has_ending (const char *norm)
{
  for (const char * const *ending = ot_export_words_endings; *ending != NULL; ending++)
    if (g_str_has_suffix (norm, *ending) && strlen (norm) > strlen (*ending) + 2)
      return TRUE;
  return FALSE;
}

gboolean
ot_export_words_in_list (const char * const *list,
         const char         *word)
{
  for (; *list != NULL; list++)
    if (g_str_equal (*list, word))
      return TRUE;
  return FALSE;
}

char *
ot_export_words_normalise (const char *word,
                gssize      len)
{
  g_autofree char *copy = g_strndup (word, len < 0 ? strlen (word) : (gsize) len);
  g_autofree char *ascii = g_str_to_ascii (copy, "C");

  /* Typographic apostrophes become "?" in ASCII; names spell them either way. */
  for (char *p = ascii; *p != '\0'; p++)
    if (*p == '?')
      *p = '\'';
  return g_ascii_strdown (ascii, -1);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_inner_char (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-';
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n'
         || g_unichar_type (c) == G_UNICODE_PRIVATE_USE || c == 0x2022 || c == 0x25CF;
}

/* Splits @text into words: letters and digits, with inner apostrophes and hyphens. */
GArray *
ot_export_words_tokenise (const char *text,
               gboolean    sentence_start)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start;
      const char *q;
      Token token = { 0 };

      if (!is_word_char (c))
        {
          if (is_sentence_end (c))
            sentence_start = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      q = p;
      for (;;)
        {
          gunichar d = g_utf8_get_char (q);
          const char *next = g_utf8_next_char (q);

          if (is_word_char (d))
            q = next;
          else if (is_inner_char (d) && *next != '\0' && is_word_char (g_utf8_get_char (next)))
            q = next;
          else
            break;
        }

      token.start = start - text;
      token.end = q - text;
      token.norm = ot_export_words_normalise (start, q - start);
      token.sentence_start = sentence_start;
      if (g_unichar_isupper (c))
        {
          const char *second = g_utf8_next_char (start);
          token.capitalised = second < q && g_unichar_islower (g_utf8_get_char (second));
        }
      g_array_append_val (tokens, token);
      sentence_start = FALSE;
      p = q;
    }
  return tokens;
}

void
ot_export_words_free (GArray *tokens)
{
  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, Token, i).norm);
  g_array_unref (tokens);
}

/* The gap between two words, as it takes part in a key: any run of white space is one space,
 * punctuation is kept ("Wij 3.0", "St.MR"). NULL when the gap is too long to be inside a name. */
static char *
gap_text (const char *text,
          gsize       from,
          gsize       to)
{
  gboolean space = FALSE;
  GString *gap;

  if (to - from > 8)
    return NULL;
  gap = g_string_new (NULL);
  for (gsize i = from; i < to; i++)
    {
      if (g_ascii_isspace (text[i]))
        space = TRUE;
      else
        g_string_append_c (gap, text[i]);
    }
  if (space)
    g_string_append_c (gap, ' ');
  return g_string_free (gap, FALSE);
}

char *
ot_export_words_key (const char *text,
                 GArray     *tokens,
                 guint       first,
                 guint       n)
{
  GString *key = g_string_new (g_array_index (tokens, Token, first).norm);

  for (guint i = first + 1; i < first + n; i++)
    {
      Token *prev = &g_array_index (tokens, Token, i - 1);
      Token *tok = &g_array_index (tokens, Token, i);
      g_autofree char *gap = gap_text (text, prev->end, tok->start);

      if (gap == NULL)
        {
          g_string_free (key, TRUE);
          return NULL;
        }
      g_string_append (key, gap);
      g_string_append (key, tok->norm);
    }
  return g_string_free (key, FALSE);
}

/* Levenshtein distance, giving up above 1. */
gboolean
ot_export_words_within_one_edit (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0, j = 0;
  gboolean edited = FALSE;

  if (la > lb + 1 || lb > la + 1)
    return FALSE;
  while (i < la && j < lb)
    {
      if (a[i] == b[j])
        {
          i++;
          j++;
          continue;
        }
      if (edited)
        return FALSE;
      edited = TRUE;
      if (la > lb)
        i++;
      else if (lb > la)
        j++;
      else
        {
          i++;
          j++;
        }
    }
  return !edited || (i == la && j == lb);
}
