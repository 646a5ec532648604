/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-text.c: small text rules of Dutch minutes: names, organisations, dates. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ot-minutes-private.h"

/* Compiled once per pattern: the recognisers run their expressions on every line. The
 * patterns are literals of this folder, so the cache stays small. */
GRegex *
ot_mi_regex (const char         *pattern,
             GRegexCompileFlags  flags)
{
  static GMutex lock;
  static GHashTable *cache;
  g_autofree char *key = g_strdup_printf ("%d:%s", (int) flags, pattern);
  GRegex *re;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_regex_unref);
  re = g_hash_table_lookup (cache, key);
  if (re == NULL)
    {
      re = g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (re != NULL);
      g_hash_table_insert (cache, g_steal_pointer (&key), re);
    }
  g_mutex_unlock (&lock);
  return re;
}

char *
ot_mi_fold (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  if (nfd == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x2019 || c == 0x2018 || c == 0x00B4 || c == 0x0060)
        c = '\'';
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

gboolean
ot_mi_fold_equal (const char *a,
                  const char *b)
{
  g_autofree char *fa = ot_mi_fold (a);
  g_autofree char *fb = ot_mi_fold (b);

  return strcmp (fa, fb) == 0;
}

char *
ot_mi_strip (const char *text,
             gssize      len)
{
  char *copy = len < 0 ? g_strdup (text) : g_strndup (text, len);

  return g_strstrip (copy);
}

gboolean
ot_mi_starts_upper (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

gboolean
ot_mi_starts_lower (const char *text)
{
  return g_unichar_islower (g_utf8_get_char (text));
}

gboolean
ot_mi_ends_sentence (const char *text)
{
  gsize len = strlen (text);

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (len == 0)
    return TRUE;
  return strchr (".?!:;", text[len - 1]) != NULL;
}

guint
ot_mi_word_count (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      n++;
  return n;
}

static gboolean
in_list (const char        *word,
         const char * const *list)
{
  g_autofree char *folded = ot_mi_fold (word);

  return g_strv_contains (list, folded);
}

gboolean
ot_mi_is_particle (const char *word)
{
  static const char * const particles[] = {
    "van", "de", "der", "den", "het", "'t", "op", "in", "te", "ten", "ter", "v/d", "v.d.",
    "vd", "d'", "la", "le", "du", "von", "zu", "aan", "uit", "bij", "el", "al", "da", "dos",
    "di", "del", "ben", "bin", "ibn", "mac", "o'", NULL
  };

  return in_list (word, particles);
}

/* Words that start a sentence but never a name. */
gboolean
ot_mi_is_common_word (const char *word)
{
  static const char * const words[] = {
    "de", "het", "een", "er", "dit", "dat", "deze", "die", "ook", "wij", "we", "zij", "ze",
    "hij", "ik", "u", "jullie", "men", "als", "in", "op", "bij", "voor", "na", "met", "om",
    "tot", "geen", "alle", "veel", "verschillende", "meerdere", "andere", "enkele", "niet",
    "wel", "nog", "daar", "hier", "hoe", "wat", "wie", "waar", "wanneer", "waarom", "vraag",
    "antwoord", "reactie", "opmerking", "afspraak", "besluit", "actie", "aanwezig", "afwezig",
    "datum", "locatie", "tijd", "plaats", "agenda", "verslag", "notulen", "rondvraag",
    "sluiting", "opening", "welkom", "hij", "zij", "ze", "dit", "hierop", "daarop", "niemand",
    "iedereen", "ieder", "elke", "iedere", "hierin", "daarin", "hierbij", "daarbij", "volgens",
    "wellicht", "hierdoor", "daardoor", "tevens", "verder", "vervolgens", "momenteel", "nu", "dan",
    "toen", "inmiddels", "helaas", "daarnaast", "bovendien", "echter", "zo", "aanleiding", "daarom",
    "hiervoor", "daarvoor", "hiermee", "daarmee", "ook", "alleen", "vooral", "soms", "vaak",
    "binnen", "buiten", "onder", "boven", "zoals", "wanneer", "terwijl", "omdat", "want", "door",
    "uit", "aan", "over", "bovenstaande", "onderstaande", "volgende", "vorige", "noot", "nb",
    "n.b.", "ps", "bijlage",
    "bijlagen", "bron", "link", "e-mail", "email", "mail", "tel", "tel.", "telefoon", "website",
    "adres", "let", "toelichting", "opmerking", "conclusie", "samenvatting", "resultaat", "doel",
    "status", "planning", "stand", "tijdens", "naast", "zowel", "maar", "en", "of", "dus",
    "zie", "graag", "vanaf", "per", "tussen", "uiteraard", "eventueel", "mochten", "indien",
    NULL
  };

  return in_list (word, words);
}

gboolean
ot_mi_is_function_word (const char *word)
{
  static const char * const functions[] = {
    "jurist", "inkoop", "inkoper", "voorzitter", "secretaris", "notulist", "directeur",
    "bestuurder", "wethouder", "controller", "consulent", "medewerker", "adviseur",
    "beleidsmedewerker", "beleidsadviseur", "projectleider", "teamleider", "manager",
    "coordinator", "regisseur", "accountmanager", "contractmanager", "kwaliteitsmedewerker",
    "directie", "beleid", "financien", "juridisch", "senior", "junior", "zorgcoordinator",
    "stafmedewerker", "gastspreker", "toehoorder", "notulen", "dagvoorzitter", NULL
  };
  static const char * const suffixes[] = {
    "medewerker", "adviseur", "manager", "leider", "coordinator", "regisseur", "consulent",
    "functionaris", "secretaris", "directeur", "bestuurder", "voorzitter", NULL
  };
  g_autofree char *folded = ot_mi_fold (word);

  if (g_strv_contains (functions, folded))
    return TRUE;
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (folded, suffixes[i]))
      return TRUE;
  return FALSE;
}

static gboolean is_org_prefix (const char *word);

gboolean
ot_mi_has_org_prefix (const char *text)
{
  g_autofree char *first = g_strndup (text, strcspn (text, " "));

  return strchr (text, ' ') != NULL && is_org_prefix (first) &&
         !g_str_has_prefix (text, "de ") && !g_str_has_prefix (text, "het ") &&
         !g_str_has_prefix (text, "De ") && !g_str_has_prefix (text, "Het ");
}

static gboolean
is_org_prefix (const char *word)
{
  static const char * const prefixes[] = {
    "gemeente", "stichting", "zorgboerderij", "regio", "zorggroep", "cooperatie",
    "vereniging", "ggd", "team", "afdeling", "zorginstelling", "thuiszorg", "provincie",
    "ministerie", "bureau", "centrum", "buurtzorg", "regionale", "sociaal", "wijkteam",
    "zorgkantoor", "st.", "het", "de", NULL
  };

  return in_list (word, prefixes);
}

static gboolean
is_name_word (const char *word)
{
  const char *p = word;
  gboolean seen_lower = FALSE;

  if (!ot_mi_starts_upper (word))
    return FALSE;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        seen_lower = TRUE;
      else if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  /* All capitals is an acronym (WMO, GGD), not a name. */
  return seen_lower || g_utf8_strlen (word, -1) == 1;
}

static gboolean
is_initials (const char *word)
{
  GRegex *re = ot_mi_regex ("^(\\p{Lu}\\.){1,4}$", 0);

  return g_regex_match (re, word, 0, NULL);
}

gboolean
ot_mi_looks_like_person (const char *text)
{
  g_auto(GStrv) raw = g_strsplit (text, " ", -1);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  guint caps_middle = 0;

  for (guint i = 0; raw[i] != NULL; i++)
    if (*raw[i] != '\0')
      g_ptr_array_add (words, raw[i]);
  if (words->len < 2 || words->len > 6)
    return FALSE;

  {
    const char *first = g_ptr_array_index (words, 0);
    const char *last = g_ptr_array_index (words, words->len - 1);

    if (ot_mi_is_common_word (first) || is_org_prefix (first) || ot_mi_is_function_word (first))
      return FALSE;
    if (!is_name_word (first) && !is_initials (first))
      return FALSE;
    if (!is_name_word (last) || ot_mi_is_particle (last) || ot_mi_is_function_word (last))
      return FALSE;
  }
  for (guint i = 1; i + 1 < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);

      if (ot_mi_is_particle (w))
        continue;
      if (!is_name_word (w) && !is_initials (w))
        return FALSE;
      if (ot_mi_is_function_word (w) || is_org_prefix (w))
        return FALSE;
      caps_middle++;
    }
  return caps_middle <= 2;
}

gboolean
ot_mi_looks_like_org (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  if (words[0] == NULL || *words[0] == '\0')
    return FALSE;
  if (is_org_prefix (words[0]))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gboolean caps = strlen (w) >= 2, digit = FALSE;

      for (const char *p = w; *p != '\0'; p++)
        {
          caps &= !g_ascii_islower (*p);
          digit |= g_ascii_isdigit (*p);
        }
      if (caps || digit)
        return TRUE;
    }
  return g_strv_length (words) == 1 && ot_mi_starts_upper (text);
}

gboolean
ot_mi_is_group_label (const char *text)
{
  GRegex *re = ot_mi_regex ("^((de|het|alle|verschillende|meerdere|enkele|andere|sommige|een aantal|"
                 "aanwezige|diverse|overige|vrijwel alle)\\s+)*"
                 "(aanwezige\\s+)?(zorg)?(aanbieders?|regio|gemeenten?|aanwezigen|deelnemers|"
                 "partijen|overlegtafel|fysieke overlegtafel|werkgroep|inkoopteam|"
                 "projectgroep|ambtenaren|zorgverleners)$", G_REGEX_CASELESS);
  g_autofree char *folded = ot_mi_fold (text);

  return g_regex_match (re, folded, 0, NULL);
}

/* Dates */

static int
month_from_name (const char *name)
{
  static const char * const months[] = {
    "jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
  };
  g_autofree char *folded = ot_mi_fold (name);

  if (g_str_equal (folded, "mrt"))
    return 3;
  if (g_str_has_prefix (folded, "oct"))
    return 10;
  for (int i = 0; i < 12; i++)
    if (g_str_has_prefix (folded, months[i]))
      return i + 1;
  return 0;
}

static char *
iso_date (int year,
          int month,
          int day)
{
  if (year < 100)
    year += 2000;
  if (year < 1900 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

#define MONTHS "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|" \
               "november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"

char *
ot_mi_find_date (const char  *text,
                 int          default_year,
                 const char **end)
{
  static const char *patterns[] = {
    "\\b(\\d{1,2})\\s+(" MONTHS ")\\.?(\\s+(\\d{4}))?\\b",
    "\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b",
    "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
  };
  char *best = NULL;
  int best_pos = G_MAXINT, best_end = 0;

  for (guint k = 0; k < G_N_ELEMENTS (patterns); k++)
    {
      GRegex *re = ot_mi_regex (patterns[k], G_REGEX_CASELESS);
      g_autoptr(GMatchInfo) m = NULL;

      if (!g_regex_match (re, text, 0, &m))
        continue;
      while (g_match_info_matches (m))
        {
          g_autofree char *a = g_match_info_fetch (m, 1);
          g_autofree char *b = g_match_info_fetch (m, 2);
          g_autofree char *c = g_match_info_fetch (m, k == 0 ? 4 : 3);
          int start, stop;
          char *iso = NULL;

          g_match_info_fetch_pos (m, 0, &start, &stop);
          if (k == 0 && (c == NULL || *c == '\0') && default_year <= 0)
            iso = NULL;     /* "14 augustus" says nothing without a year to go by */
          else if (k == 0)
            iso = iso_date (c != NULL && *c != '\0' ? atoi (c) : default_year,
                            month_from_name (b), atoi (a));
          else if (k == 1)
            iso = iso_date (atoi (c), atoi (b), atoi (a));
          else
            iso = iso_date (atoi (a), atoi (b), atoi (c));
          if (iso != NULL && start < best_pos)
            {
              g_free (best);
              best = iso;
              best_pos = start;
              best_end = stop;
              break;
            }
          g_free (iso);
          g_match_info_next (m, NULL);
        }
    }
  if (end != NULL && best != NULL)
    *end = text + best_end;
  return best;
}

static int
number_word (const char *word)
{
  static const char * const words[] = {
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"
  };
  g_autofree char *folded = ot_mi_fold (word);

  if (g_ascii_isdigit (*folded))
    return atoi (folded);
  for (int i = 0; i < 10; i++)
    if (g_str_equal (folded, words[i]))
      return i + 1;
  return 0;
}

static char *
date_plus (const char *iso,
           int         days,
           int         months)
{
  int y, m, d;
  GDate date;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  if (days > 0)
    g_date_add_days (&date, days);
  if (months > 0)
    g_date_add_months (&date, months);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static char *
due_relative (const char *folded,
              const char *meeting_date)
{
  GRegex *re = ot_mi_regex ("(?:binnen|over)\\s+(nu\\s+en\\s+)?"
                            "(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)"
                 "\\s+(dag|dagen|week|weken|maand|maanden)", 0);
  g_autoptr(GMatchInfo) m = NULL;

  if (g_regex_match (re, folded, 0, &m))
    {
      g_autofree char *n = g_match_info_fetch (m, 2);
      g_autofree char *unit = g_match_info_fetch (m, 3);
      int count = number_word (n);

      if (g_str_has_prefix (unit, "dag"))
        return date_plus (meeting_date, count, 0);
      if (g_str_has_prefix (unit, "we"))
        return date_plus (meeting_date, 7 * count, 0);
      return date_plus (meeting_date, 0, count);
    }
  if (strstr (folded, "volgende week") != NULL)
    return date_plus (meeting_date, 7, 0);
  return NULL;
}

static char *
due_end_of_month (const char *folded,
                  const char *meeting_date)
{
  GRegex *re = ot_mi_regex ("\\b(eind|einde|uiterlijk eind|medio|half|halverwege|begin)\\s+"
                            "(" MONTHS ")\\b", 0);
  g_autoptr(GMatchInfo) m = NULL;
  int y, mo, d;

  if (meeting_date == NULL || sscanf (meeting_date, "%d-%d-%d", &y, &mo, &d) != 3)
    return NULL;
  if (g_regex_match (re, folded, 0, &m))
    {
      g_autofree char *when = g_match_info_fetch (m, 1);
      g_autofree char *name = g_match_info_fetch (m, 2);
      int month = month_from_name (name);
      int year = month < mo ? y + 1 : y;
      int day = g_date_get_days_in_month (month, year);

      /* "begin april" is due early in April: its first week. */
      if (g_str_equal (when, "medio") || g_str_equal (when, "half") || g_str_equal (when, "halverwege"))
        day = 15;
      else if (g_str_equal (when, "begin"))
        day = 7;
      return iso_date (year, month, day);
    }
  if (strstr (folded, "eind deze maand") != NULL || strstr (folded, "einde van de maand") != NULL ||
      strstr (folded, "eind van de maand") != NULL)
    return iso_date (y, mo, g_date_get_days_in_month (mo, y));
  return NULL;
}

/* "week 12": the Friday of that ISO week, in the year of the meeting or the next one. */
static char *
due_week (const char *folded,
          const char *meeting_date)
{
  GRegex *re = ot_mi_regex ("\\b(?:in |voor |uiterlijk )?(?:week|wk\\.?)\\s*(\\d{1,2})\\b", 0);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *number = NULL;
  int y, mo, d, week;
  GDate date, meeting;

  if (meeting_date == NULL || sscanf (meeting_date, "%d-%d-%d", &y, &mo, &d) != 3 ||
      !g_date_valid_dmy (d, mo, y) || !g_regex_match (re, folded, 0, &m))
    return NULL;
  number = g_match_info_fetch (m, 1);
  week = atoi (number);
  if (week < 1 || week > 53)
    return NULL;
  g_date_clear (&meeting, 1);
  g_date_set_dmy (&meeting, d, mo, y);
  g_date_clear (&date, 1);
  if (week < (int) g_date_get_iso8601_week_of_year (&meeting))
    y++;
  /* 4 January is always in week 1. */
  g_date_set_dmy (&date, 4, G_DATE_JANUARY, y);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  g_date_add_days (&date, 7 * (week - 1) + 4);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

char *
ot_mi_due_from_text (const char *text,
                     const char *meeting_date)
{
  g_autofree char *folded = ot_mi_fold (text);
  int year = 0;
  char *due;

  if (meeting_date != NULL)
    year = atoi (meeting_date);
  if ((due = due_relative (folded, meeting_date)) != NULL)
    return due;
  if ((due = due_end_of_month (folded, meeting_date)) != NULL)
    return due;
  if ((due = ot_mi_find_date (text, year, NULL)) != NULL)
    return due;
  return due_week (folded, meeting_date);
}

char *
ot_mi_fix_name (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018 || c == 0x00B4)
        c = '\'';
      /* Dutch IJ is one letter: "Ijsselstein" is a slip for "IJsselstein". */
      if (word_start && c == 'I' && p[1] == 'j')
        {
          g_string_append (out, "IJ");
          p++;
          word_start = FALSE;
          continue;
        }
      if (g_unichar_isspace (c))
        {
          if (!word_start && out->len > 0)
            g_string_append_c (out, ' ');
          word_start = TRUE;
          continue;
        }
      g_string_append_unichar (out, c);
      word_start = FALSE;
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

const char *
ot_mi_skip_honorific (const char *text)
{
  static const char * const titles[] = {
    "mevrouw ", "mevr. ", "mevr ", "mw. ", "mw ", "dhr. ", "dhr ", "de heer ", "heer ", "mr. ",
    "drs. ", "dr. ", "ir. ", "ing. ", "prof. ", "wethouder ", NULL
  };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (*text == ' ')
        text++;
      for (guint i = 0; titles[i] != NULL; i++)
        if (g_ascii_strncasecmp (text, titles[i], strlen (titles[i])) == 0 &&
            text[strlen (titles[i])] != '\0')
          {
            text += strlen (titles[i]);
            again = TRUE;
            break;
          }
    }
  return text;
}
