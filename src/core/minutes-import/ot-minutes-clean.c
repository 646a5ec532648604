/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-clean.c: clean-up of extracted text before its structure is recognised: bullets
 * (visible, private-use, OCR'd or lost), words hyphenated across lines, wrapped lines. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>

#include "ot-minutes-private.h"

/* Longer lines are almost certainly cut to obey a safety limit; minutes have no such lines. */
#define MAX_LINE_CHARS 4000
/* Nor paragraphs this long: stop joining wrapped lines there, so that work stays linear. */
#define MAX_JOINED_BYTES 16000

typedef struct
{
  const char *text;     /* stripped, borrowed */
  guint       indent;
  gboolean    blank;
  gboolean    bullet;
  char        letter;
  const char *body;     /* text after the bullet or letter */
  gboolean    bare_bullet; /* only a bullet sign: the text follows on the next line */
} RawLine;

static void
line_free (gpointer data)
{
  OtMinutesLine *line = data;

  g_free (line->text);
  g_clear_pointer (&line->breaks, g_array_unref);
  g_free (line);
}

static gboolean
is_bullet_char (gunichar c)
{
  if (c >= 0xE000 && c <= 0xF8FF)   /* Symbol/Wingdings bullets lose their mapping */
    return TRUE;
  return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25A0 || c == 0x25A1 ||
         c == 0x25E6 || c == 0x25CF || c == 0x25CB || c == 0x27A2 || c == 0x25BA ||
         c == 0x2713 || c == 0x2043 || c == 0x2219 || c == 0x2023 || c == 0x27A4 ||
         c == 0x2013 || c == 0x2014 || c == '-' || c == '*' || c == '>' || c == 0xFFFD ||
         c == 0x00A7;
}

/* Returns the text after a bullet sign, or NULL when the line has none. */
static const char *
skip_bullet (const char *text)
{
  const char *p = text;
  gunichar c = g_utf8_get_char (p);

  if (is_bullet_char (c))
    {
      /* "-3" or "--" are not bullets; "-CAK brief" is. */
      const char *next = g_utf8_next_char (p);
      gunichar n = g_utf8_get_char (next);

      if ((c == '-' || c == '*' || c == '>') && (g_unichar_isdigit (n) || n == c))
        return NULL;
      while (*next != '\0' && (g_unichar_isspace (g_utf8_get_char (next)) ||
                               is_bullet_char (g_utf8_get_char (next))))
        next = g_utf8_next_char (next);
      return next;
    }
  /* OCR reads a round bullet as "o" or "e" followed by a space. */
  if ((c == 'o' || c == 'e') && p[1] == ' ' && ot_mi_starts_upper (p + 2))
    return p + 2;
  return NULL;
}

static void
classify (RawLine    *raw,
          const char *source)
{
  const char *p = source;
  const char *body;

  raw->indent = 0;
  for (; *p == ' ' || *p == '\t' || (guchar) *p == 0xC2; p++)
    {
      if ((guchar) *p == 0xC2)      /* U+00A0, no-break space */
        {
          if ((guchar) p[1] != 0xA0)
            break;
          p++;
        }
      raw->indent += *p == '\t' ? 4 : 1;
    }
  raw->text = p;
  raw->blank = *p == '\0';
  raw->body = p;
  if (raw->blank)
    return;

  if ((body = skip_bullet (p)) != NULL)
    {
      raw->bullet = TRUE;
      raw->body = body;
      raw->bare_bullet = *body == '\0';
      return;
    }
  if (g_ascii_islower (p[0]) && p[0] <= 'n' && (p[1] == '.' || p[1] == ')') && p[2] == ' ')
    {
      raw->letter = p[0];
      raw->body = p + 3;
      while (*raw->body == ' ')
        raw->body++;
    }
}

gboolean
ot_mi_split_numbered (const char *text,
                      char      **number,
                      char      **title)
{
  GRegex *re = ot_mi_regex ("^\\s*(?:(?:agendapunt|punt|ad)\\s+)?(\\d{1,2}(?:\\.\\d{1,2})*[a-h]?)[.):]?"
                            "\\s+(?:[-–—]\\s+)?(\\S.*?)\\s*$", G_REGEX_CASELESS);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *t = NULL;
  gunichar first;

  if (!g_regex_match (re, text, 0, &m))
    return FALSE;
  t = g_match_info_fetch (m, 2);
  first = g_utf8_get_char (t);
  if (!(g_unichar_isupper (first) || first == 0x2018 || first == 0x201C || first == '"' ||
        first == '\''))
    return FALSE;
  if (g_utf8_strlen (t, -1) > 100 || ot_mi_word_count (t) > 12)
    return FALSE;
  if (number != NULL)
    *number = g_match_info_fetch (m, 1);
  if (title != NULL)
    *title = g_steal_pointer (&t);
  return TRUE;
}

char *
ot_mi_leading_label (const char  *text,
                     const char **rest)
{
  const char *colon;
  g_autofree char *label = NULL;

  /* "3. Vraag: …" in a numbered list of questions: the label is "Vraag". */
  if (g_ascii_isdigit (text[0]))
    {
      const char *after = text;
      while (g_ascii_isdigit (*after))
        after++;
      if ((*after == '.' || *after == ')') && after[1] == ' ' && after - text <= 3)
        text = after + 2;
    }
  colon = strchr (text, ':');

  if (colon == NULL || colon == text || colon - text > 60)
    return NULL;
  if (g_str_has_prefix (colon, "://") || g_ascii_isdigit (colon[1]))
    return NULL;
  label = ot_mi_strip (text, colon - text);
  if (*label == '\0' || !ot_mi_starts_upper (label) || ot_mi_word_count (label) > 6)
    return NULL;
  if (strpbrk (label, ".;?!") != NULL && !g_str_has_suffix (label, ")"))
    {
      /* Initials and abbreviations are fine; a sentence is not. */
      if (strstr (label, ". ") != NULL || g_str_has_suffix (label, "."))
        {
          if (ot_mi_word_count (label) > 3)
            return NULL;
        }
      else if (strpbrk (label, ";?!") != NULL)
        return NULL;
    }
  if (rest != NULL)
    {
      colon++;
      while (*colon == ' ' || *colon == '\t')
        colon++;
      *rest = colon;
    }
  return g_steal_pointer (&label);
}

/* Lines that start something new and so are never the tail of a wrapped line. */
static gboolean
is_structural (const RawLine *raw)
{
  g_autofree char *label = NULL;

  if (raw->bullet || raw->letter)
    return TRUE;
  /* A table row: cells apart by tabs or runs of spaces. */
  if (strchr (raw->text, '\t') != NULL || strstr (raw->text, "   ") != NULL ||
      strstr (raw->text, " | ") != NULL)
    return TRUE;
  if (ot_mi_split_numbered (raw->text, NULL, NULL))
    return TRUE;
  label = ot_mi_leading_label (raw->text, NULL);
  return label != NULL;
}

static gboolean
ends_with_hyphen_word (const GString *text)
{
  return text->len >= 2 && text->str[text->len - 1] == '-' &&
         g_ascii_isalpha (text->str[text->len - 2]);
}

/* Dutch keeps the hyphen of a compound where two vowels would run together: "zee-egel". */
static gboolean
vowel_clash (char last,
             char first)
{
  static const char * const pairs[] = { "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe",
                                        "oi", "oo", "ou", "ui", "uu", "ij", NULL };
  char pair[3] = { g_ascii_tolower (last), g_ascii_tolower (first), '\0' };

  return g_strv_contains (pairs, pair);
}

/* Returns where @tail starts in @text. */
static gsize
append_wrapped (GString    *text,
                const char *tail)
{
  const char *last_space = strrchr (text->str, ' ');
  const char *last_word = last_space != NULL ? last_space + 1 : text->str;

  if (ends_with_hyphen_word (text))
    {
      gboolean keep = strstr (last_word, "://") != NULL || strstr (last_word, "www.") != NULL ||
                      ot_mi_starts_upper (last_word) || !ot_mi_starts_lower (tail) ||
                      vowel_clash (text->str[text->len - 2], tail[0]);
      if (!keep)
        g_string_truncate (text, text->len - 1);
    }
  else if (!(strstr (last_word, "://") != NULL && text->str[text->len - 1] == '/'))
    g_string_append_c (text, ' ');    /* no space in a URL wrapped after a slash */
  {
    gsize offset = text->len;
    g_string_append (text, tail);
    return offset;
  }
}

typedef struct
{
  RawLine *raws;
  guint    n;
  guint    typical_gap;   /* blank lines between wrapped lines of one paragraph */
  guint    long_width;    /* a line at least this long was wrapped by the layout */
} Doc;

static void
measure_gap (Doc *doc)
{
  guint gaps[4] = { 0 }, prev = G_MAXUINT, blanks = 0;

  for (guint i = 0; i < doc->n; i++)
    {
      RawLine *r = &doc->raws[i];

      if (r->blank)
        {
          blanks++;
          continue;
        }
      if (prev != G_MAXUINT && !ot_mi_ends_sentence (doc->raws[prev].text) &&
          ot_mi_starts_lower (r->text))
        gaps[MIN (blanks, 3)]++;
      prev = i;
      blanks = 0;
    }
  doc->typical_gap = 0;
  for (guint g = 1; g < 4; g++)
    if (gaps[g] > gaps[doc->typical_gap])
      doc->typical_gap = g;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
measure_width (Doc *doc)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < doc->n; i++)
    if (!doc->raws[i].blank)
      {
        guint w = g_utf8_strlen (doc->raws[i].text, -1);
        g_array_append_val (widths, w);
      }
  doc->long_width = 60;
  if (widths->len >= 5)
    {
      g_array_sort (widths, compare_uint);
      /* The 90th percentile is the page width; lines near it were cut by the layout. */
      doc->long_width = MAX (55, g_array_index (widths, guint, widths->len * 9 / 10) * 80 / 100);
    }
}

static gboolean
is_list_intro (const OtMinutesLine *line,
               const char          *text)
{
  static const char * const blocks[] = {
    "nodig", "afspraak", "afspraken", "besluit", "besluiten", "actiepunten", "actielijst",
    "acties", "aandachtspunten", "aanwezig", "aanwezigen", "afwezig", "afgemeld", NULL
  };
  g_autofree char *folded = NULL;

  if (line == NULL)
    return FALSE;
  if (line->bullet || line->letter || g_str_has_suffix (text, ":"))
    return TRUE;
  folded = ot_mi_fold (text);
  return g_strv_contains (blocks, folded);
}

/* A bullet whose sign was lost keeps its indent, after a blank line, inside a list. */
static gboolean
is_lost_bullet (const RawLine       *raw,
                guint                blanks,
                const OtMinutesLine *prev,
                const char          *prev_text)
{
  return raw->indent > 0 && blanks > 0 && g_unichar_isalpha (g_utf8_get_char (raw->text)) &&
         !ot_mi_split_numbered (raw->text, NULL, NULL) && is_list_intro (prev, prev_text);
}

static gboolean
should_join (const Doc           *doc,
             const OtMinutesLine *cur,
             GString             *text,
             const RawLine       *raw,
             guint                blanks,
             guint                last_len,
             gboolean            *heading)
{
  gboolean terminated = ot_mi_ends_sentence (text->str);
  /* "dhr. Jansen" starts lower case but starts a line of its own. */
  gboolean lower = ot_mi_starts_lower (raw->body) && ot_mi_skip_honorific (raw->body) == raw->body;
  gboolean paragraph_break = blanks > doc->typical_gap;

  if (cur == NULL || raw->bullet || raw->letter || blanks > 3 || text->len > MAX_JOINED_BYTES)
    return FALSE;
  if (*heading)
    return lower && blanks == 0 && !terminated;
  if (ends_with_hyphen_word (text) && lower && blanks <= 2)
    return TRUE;
  if (terminated)
    return FALSE;
  if (lower && blanks <= 2 && !ot_mi_split_numbered (raw->text, NULL, NULL))
    return TRUE;
  if (paragraph_break || is_structural (raw))
    return FALSE;
  if (text->str[text->len - 1] == ',' || text->str[text->len - 1] == '-')
    return TRUE;
  /* The last physical line reached the right margin: the layout wrapped it. */
  return last_len >= doc->long_width;
}

static OtMinutesLine *
start_line (const RawLine *raw,
            guint          number,
            guint          blanks,
            guint          typical_gap)
{
  OtMinutesLine *line = g_new0 (OtMinutesLine, 1);

  line->first = line->last = number;
  line->bullet = raw->bullet;
  line->letter = raw->letter;
  line->indent = raw->indent;
  line->blanks_before = blanks;
  line->para_break = blanks > typical_gap;
  line->breaks = g_array_new (FALSE, FALSE, sizeof (OtMinutesBreak));
  {
    OtMinutesBreak first = { 0, number };
    g_array_append_val (line->breaks, first);
  }
  return line;
}

static void
finish_line (GPtrArray     *out,
             OtMinutesLine *line,
             GString       *text)
{
  if (line == NULL)
    return;
  g_strchomp (text->str);
  line->text = g_strdup (text->str);
  g_ptr_array_add (out, line);
  g_string_truncate (text, 0);
}

static char *
bounded (const char *text)
{
  glong len = g_utf8_strlen (text, -1);

  if (len <= MAX_LINE_CHARS)
    return g_strdup (text);
  return g_utf8_substring (text, 0, MAX_LINE_CHARS);
}

GPtrArray *
ot_mi_clean_lines (char * const *source_lines)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (line_free);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  OtMinutesLine *cur = NULL;
  gboolean heading = FALSE, pending_bullet = FALSE;
  guint blanks = 0, last_len = 0;
  Doc doc = { 0 };

  doc.n = g_strv_length ((char **) source_lines);
  doc.raws = g_new0 (RawLine, doc.n + 1);
  for (guint i = 0; i < doc.n; i++)
    {
      char *copy = bounded (source_lines[i]);
      g_ptr_array_add (copies, copy);
      g_strchomp (copy);
      classify (&doc.raws[i], copy);
    }
  measure_gap (&doc);
  measure_width (&doc);

  for (guint i = 0; i < doc.n; i++)
    {
      RawLine raw = doc.raws[i];

      if (raw.blank)
        {
          blanks++;
          continue;
        }
      if (raw.bare_bullet)
        {
          pending_bullet = TRUE;
          continue;
        }
      if (pending_bullet)
        raw.bullet = TRUE;
      else if (!raw.bullet && !raw.letter &&
               is_lost_bullet (&raw, blanks, cur, text->str))
        raw.bullet = TRUE;

      if (should_join (&doc, cur, text, &raw, blanks, last_len, &heading))
        {
          OtMinutesBreak brk = { append_wrapped (text, raw.body), i + 1 };

          g_array_append_val (cur->breaks, brk);
          cur->last = i + 1;
        }
      else
        {
          finish_line (out, cur, text);
          cur = start_line (&raw, i + 1, blanks, doc.typical_gap);
          g_string_append (text, raw.body);
          heading = !raw.bullet && !raw.letter && ot_mi_split_numbered (raw.text, NULL, NULL);
        }
      pending_bullet = FALSE;
      blanks = 0;
      last_len = g_utf8_strlen (raw.text, -1);
    }
  finish_line (out, cur, text);
  g_free (doc.raws);
  return out;
}

OtMinutesSpan
ot_mi_line_subspan (const OtMinutesLine *line,
                    gsize                start,
                    gsize                end)
{
  OtMinutesSpan span = { line->first, line->last };

  if (line->breaks == NULL || end <= start)
    return span;
  for (guint i = 0; i < line->breaks->len; i++)
    {
      const OtMinutesBreak *b = &g_array_index (line->breaks, OtMinutesBreak, i);
      if (b->offset <= start)
        span.first = b->line;
      if (b->offset < end)
        span.last = b->line;
    }
  return span;
}
