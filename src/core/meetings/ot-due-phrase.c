/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-due-phrase.c: reading Dutch due-date phrases as used in action lists. */
#define G_LOG_DOMAIN "ot-meetings"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ot-due-phrase.h"

static const char *const month_names[] = {
  "januari", "februari", "maart", "april", "mei", "juni", "juli",
  "augustus", "september", "oktober", "november", "december",
};
static const char *const month_short[] = {
  "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};
static const char *const weekday_names[] = {
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
};
static const char *const number_words[] = {
  "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
};

/* Lower case, accents folded ("één" → "een"), punctuation other than - and / turned into spaces. */
static char *
normalise (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *folded = g_str_to_ascii (lower, "C");
  char *p;

  for (p = folded; *p != '\0'; p++)
    {
      /* A slash between words ("november/begin december") separates; between digits it is a date. */
      if (*p == '/' && (p == folded || !g_ascii_isdigit (p[-1]) || !g_ascii_isdigit (p[1])))
        *p = ' ';
      else if (!g_ascii_isalnum (*p) && *p != '-' && *p != '/')
        *p = ' ';
    }
  return g_strstrip (g_steal_pointer (&folded));
}

static int
month_from_word (const char *word)
{
  for (guint i = 0; i < 12; i++)
    if (g_str_equal (word, month_names[i]) || g_str_equal (word, month_short[i]) ||
        (i == 8 && g_str_equal (word, "sept")))
      return i + 1;
  return 0;
}

static int
weekday_from_word (const char *word)
{
  for (guint i = 0; i < 7; i++)
    if (g_str_equal (word, weekday_names[i]))
      return i + 1;  /* GDateWeekday: Monday is 1 */
  return 0;
}

static int
number_from_word (const char *word)
{
  guint64 value;

  if (g_ascii_string_to_unsigned (word, 10, 0, 9999, &value, NULL))
    return (int) value;
  for (guint i = 0; i < G_N_ELEMENTS (number_words); i++)
    if (g_str_equal (word, number_words[i]))
      return i;
  if (g_str_equal (word, "een") || g_str_equal (word, "n"))
    return 1;
  return -1;
}

static GDate *
date_new (int day,
          int month,
          int year)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

static int
days_in (int month,
         int year)
{
  return g_date_get_days_in_month (month, year);
}

/* A date written without a year means the first such date on or after the reference. */
static GDate *
date_this_or_next_year (int          day,
                        int          month,
                        const GDate *reference)
{
  int year = g_date_get_year (reference);
  GDate *date = date_new (day, month, year);

  if (date != NULL && g_date_compare (date, reference) < 0)
    {
      g_date_free (date);
      date = date_new (day, month, year + 1);
    }
  return date;
}

/* "1-10-2018", "1/10/18", "2018-10-01", "1-10". */
static GDate *
parse_numeric (const char  *word,
               const GDate *reference)
{
  int a = 0, b = 0, c = -1;
  char sep1, sep2;

  if (sscanf (word, "%d%c%d%c%d", &a, &sep1, &b, &sep2, &c) == 5 && sep1 == sep2 && (sep1 == '-' || sep1 == '/'))
    {
      if (a > 31)
        return date_new (c, b, a);
      if (c < 100)
        c += 2000;
      return date_new (a, b, c);
    }
  if (sscanf (word, "%d%c%d", &a, &sep1, &b) == 3 && (sep1 == '-' || sep1 == '/') && c < 0)
    return date_this_or_next_year (a, b, reference);
  return NULL;
}

static GDate *
add_span (const GDate *reference,
          int          amount,
          const char  *unit)
{
  GDate *date = g_date_copy (reference);

  if (g_str_has_prefix (unit, "dag"))
    g_date_add_days (date, amount);
  else if (g_str_has_prefix (unit, "werkdag"))
    {
      for (int i = 0; i < amount;)
        {
          g_date_add_days (date, 1);
          if (g_date_get_weekday (date) < G_DATE_SATURDAY)
            i++;
        }
    }
  else if (g_str_has_prefix (unit, "week") || g_str_has_prefix (unit, "weken"))
    g_date_add_days (date, 7 * amount);
  else if (g_str_has_prefix (unit, "maand"))
    g_date_add_months (date, amount);
  else if (g_str_has_prefix (unit, "jaar") || g_str_has_prefix (unit, "jaren"))
    g_date_add_years (date, amount);
  else
    g_clear_pointer (&date, g_date_free);
  return date;
}

static GDate *
next_weekday (const GDate *reference,
              int          weekday,
              gboolean     skip_week)
{
  GDate *date = g_date_copy (reference);

  do
    g_date_add_days (date, 1);
  while ((int) g_date_get_weekday (date) != weekday);
  if (skip_week)
    g_date_add_days (date, 7);
  return date;
}

/* "eind", "begin", "medio" of a month or the year. */
static GDate *
part_of_month (const char  *part,
               int          month,
               int          year,
               const GDate *reference)
{
  int day;

  if (year <= 0)
    {
      year = g_date_get_year (reference);
      if (month < (int) g_date_get_month (reference))
        year++;
    }
  if (g_str_equal (part, "begin") || g_str_equal (part, "start"))
    day = 1;
  else if (g_str_equal (part, "medio") || g_str_equal (part, "half") || g_str_equal (part, "midden"))
    day = 15;
  else
    day = days_in (month, year);
  return date_new (day, month, year);
}

GDate *
ot_due_phrase_parse (const char  *phrase,
                     const GDate *reference)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  guint n;

  g_return_val_if_fail (reference != NULL && g_date_valid (reference), NULL);

  if (phrase == NULL)
    return NULL;
  text = normalise (phrase);
  words = g_strsplit_set (text, " ", -1);
  /* Drop empty words left by runs of spaces, and filler words that carry no date. */
  {
    g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
    static const char *const filler[] = { "", "voor", "uiterlijk", "op", "per", "nu", "en", "de", "het",
                                          "van", "vanaf", "tot", "met", "in", "rond", "ca", "circa", "deadline" };
    for (guint i = 0; words[i] != NULL; i++)
      if (!g_strv_contains (filler, words[i]))
        g_strv_builder_add (kept, words[i]);
    g_strfreev (words);
    words = g_strv_builder_end (kept);
  }
  n = g_strv_length (words);
  if (n == 0)
    return NULL;

  /* Relative days. */
  if (n == 1 && g_str_equal (words[0], "vandaag"))
    return g_date_copy (reference);
  if (n == 1 && (g_str_equal (words[0], "morgen") || g_str_equal (words[0], "overmorgen")))
    return add_span (reference, g_str_equal (words[0], "morgen") ? 1 : 2, "dag");

  /* "binnen twee weken", "over 3 dagen", "binnen een maand", "twee weken". */
  for (guint i = 0; i + 1 < n; i++)
    {
      int amount = number_from_word (words[i]);
      if (amount > 0)
        {
          GDate *date = add_span (reference, amount, words[i + 1]);
          if (date != NULL)
            return date;
        }
    }
  if (n >= 2 && (g_str_equal (words[0], "binnen") || g_str_equal (words[0], "over")))
    {
      GDate *date = add_span (reference, 1, words[1]);
      if (date != NULL)
        return date;
    }

  /* "volgende week", "eind volgende week", "deze week", "volgende maand". */
  if (g_strv_contains ((const char *const *) words, "week"))
    {
      gboolean next = g_strv_contains ((const char *const *) words, "volgende");
      GDate *friday = g_date_copy (reference);

      while (g_date_get_weekday (friday) != G_DATE_FRIDAY)
        g_date_add_days (friday, 1);
      if (next)
        g_date_add_days (friday, 7);
      return friday;
    }
  if (g_strv_contains ((const char *const *) words, "volgende") && g_strv_contains ((const char *const *) words, "maand"))
    {
      GDate *date = g_date_copy (reference);
      g_date_add_months (date, 1);
      return part_of_month ("eind", g_date_get_month (date), g_date_get_year (date), reference);
    }

  /* "eind van het jaar", "eind 2018", "einde jaar". */
  if ((g_str_has_prefix (words[0], "eind") || g_str_equal (words[0], "begin") || g_str_equal (words[0], "medio")) && n >= 2)
    {
      const char *part = g_str_has_prefix (words[0], "eind") ? "eind" : words[0];
      int month = month_from_word (words[1]);
      int year = n >= 3 ? number_from_word (words[2]) : 0;

      if (month > 0)
        return part_of_month (part, month, year >= 2000 ? year : 0, reference);
      if (g_str_equal (words[1], "jaar") || number_from_word (words[1]) >= 2000)
        {
          int y = g_str_equal (words[1], "jaar") ? (int) g_date_get_year (reference) : number_from_word (words[1]);
          return g_str_equal (part, "eind") ? date_new (31, 12, y) :
                 g_str_equal (part, "begin") ? date_new (1, 1, y) : date_new (1, 7, y);
        }
    }

  /* Explicit dates: "7 augustus", "woensdag 7 augustus 2019", "1-10-2018", "2018-10-01". */
  for (guint i = 0; i < n; i++)
    {
      GDate *date = parse_numeric (words[i], reference);
      int day, month;

      if (date != NULL)
        return date;
      day = number_from_word (words[i]);
      if (day >= 1 && day <= 31 && i + 1 < n && (month = month_from_word (words[i + 1])) > 0)
        {
          int year = i + 2 < n ? number_from_word (words[i + 2]) : -1;
          if (year >= 2000 && year < 2100)
            return date_new (day, month, year);
          return date_this_or_next_year (day, month, reference);
        }
    }

  /* A weekday alone: the next one; "volgende vrijdag" skips a week only when it would be this week. */
  for (guint i = 0; i < n; i++)
    {
      int weekday = weekday_from_word (words[i]);
      if (weekday > 0)
        return next_weekday (reference, weekday, FALSE);
    }

  /* A month alone ("november"): its end, as "in november" usually means before it is over. */
  if (n == 1 && month_from_word (words[0]) > 0)
    return part_of_month ("eind", month_from_word (words[0]), 0, reference);

  return NULL;
}

static GDate *
date_from_iso (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  return date_new (d, m, y);
}

static char *
date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

char *
ot_due_phrase_to_iso (const char *phrase,
                      const char *reference_iso)
{
  g_autoptr(GDate) reference = date_from_iso (reference_iso);
  g_autoptr(GDate) date = NULL;

  if (reference == NULL)
    return NULL;
  date = ot_due_phrase_parse (phrase, reference);
  return date != NULL ? date_to_iso (date) : NULL;
}

/* Words that open a due phrase inside a sentence. */
static const char *const phrase_openers[] = {
  "binnen ", "voor ", "vóór ", "uiterlijk ", "over ", "eind ", "einde ", "begin ", "medio ", "volgende week",
};

char *
ot_due_phrase_find (const char *text,
                    const char *reference_iso,
                    gsize      *phrase_start)
{
  g_autofree char *lower = NULL;

  if (text == NULL)
    return NULL;
  lower = g_utf8_strdown (text, -1);
  /* The earliest opener whose remainder reads as a date wins; the remainder is cut at the
   * end of the sentence. Lower-casing keeps byte offsets for these ASCII openers. */
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (p != lower && !g_ascii_isspace (p[-1]) && p[-1] != '(' && p[-1] != ',')
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (phrase_openers); i++)
        {
          if (g_str_has_prefix (p, phrase_openers[i]))
            {
              g_autofree char *candidate = g_strdup (p);
              char *end = strpbrk (candidate, ".;()\n");
              char *iso;

              if (end != NULL)
                *end = '\0';
              iso = ot_due_phrase_to_iso (candidate, reference_iso);
              if (iso != NULL)
                {
                  if (phrase_start != NULL)
                    *phrase_start = p - lower;
                  return iso;
                }
            }
        }
    }
  return NULL;
}
