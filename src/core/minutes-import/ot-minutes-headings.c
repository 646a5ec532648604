/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-headings.c: agenda items: numbered headings, unnumbered opening and closing
 * items, sub-headings, and the titles of an agenda list at the top. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <stdlib.h>

#include "ot-minutes-parser-private.h"

gboolean
ot_mi_is_closing_title (const char *text)
{
  static GRegex *re;
  g_autofree char *key = ot_mi_folded_key (text);

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new (
      "^(rondvraag|rondvraag en sluiting|rondvraag/sluiting|rondvraag en afsluiting|sluiting|"
      "sluiting en rondvraag|afsluiting en rondvraag|rondvraag & sluiting|"
      "afsluiting|w\\.?v\\.?t\\.?t\\.?k\\.?|wat verder ter tafel komt|volgende vergadering|"
      "volgende bijeenkomst|volgend overleg|datum volgende vergadering|vergaderdata)$",
      0, 0, NULL));
  return ot_mi_word_count (key) <= 6 && g_regex_match (re, key, 0, NULL);
}

/* Items that open a meeting, recognised without a number only before any numbered item:
 * later the same words are more likely a sub-heading. */
gboolean
ot_mi_is_opening_title (const char *text)
{
  GRegex *re = ot_mi_regex ("^(opening|opening en welkom|welkom|opening en mededelingen|mededelingen|"
                            "opening, mededelingen|vaststellen agenda|vaststelling agenda|"
                            "vaststellen van de agenda|ingekomen stukken|opening en vaststellen agenda)$", 0);
  g_autofree char *key = ot_mi_folded_key (text);

  return g_regex_match (re, key, 0, NULL);
}

static gboolean
is_previous_minutes_title (const char *title)
{
  GRegex *re = ot_mi_regex (
    "(vaststell\\w*|goedkeur\\w*|verslag|notulen).*(vorige|vorig|voorgaande|\\d)|"
    "^(vaststell\\w*|goedkeur\\w*)\\s+(verslag|notulen)|verslag en actielijst", G_REGEX_CASELESS);
  g_autofree char *f = ot_mi_fold (title);

  return g_regex_match (re, f, 0, NULL);
}

/* "Opening:" → "Opening". */
char *
ot_mi_clean_title (const char *title)
{
  char *t = ot_mi_strip (title, -1);
  gsize len = strlen (t);

  while (len > 1 && (t[len - 1] == ':' || t[len - 1] == ' '))
    t[--len] = '\0';
  return t;
}

void
ot_mi_start_item (OtMinutesParser     *p,
                  const char          *number,
                  const char          *title,
                  const OtMinutesLine *line)
{
  OtMinutesItem *item = ot_minutes_item_new (number, title);

  item->span = ot_mi_line_span (line);
  g_ptr_array_add (p->result->agenda, item);
  g_clear_pointer (&p->prev_speaker, g_free);
  g_clear_pointer (&p->prev_sentence, g_free);
  p->item = p->target = item;
  p->in_body = TRUE;
  p->previous_minutes = is_previous_minutes_title (title);
  if (p->previous_minutes)
    p->result->approves_previous = TRUE;
  if (number != NULL)
    p->last_number = atoi (number);
  ot_mi_touched (p);
}

void
ot_mi_start_child (OtMinutesParser     *p,
                   const char          *number,
                   const char          *title,
                   const OtMinutesLine *line)
{
  OtMinutesItem *child = ot_minutes_item_new (number, title);

  child->span = ot_mi_line_span (line);
  g_ptr_array_add (p->item->children, child);
  p->target = child;
  ot_mi_touched (p);
}

/* A body heading may say a little more or less than the agenda list: "Opening" and
 * "Opening en mededelingen". */
static gboolean
similar_title (const char *planned,
               const char *line)
{
  g_autofree char *a = ot_mi_folded_key (planned);
  g_autofree char *b = ot_mi_folded_key (line);
  gsize la = strlen (a), lb = strlen (b);

  if (g_str_equal (a, b))
    return TRUE;
  if (MIN (la, lb) < 5 || ot_mi_word_count (b) > 10)
    return FALSE;
  return (g_str_has_prefix (b, a) && b[la] == ' ') || (g_str_has_prefix (a, b) && a[lb] == ' ');
}

OtMinutesItem *
ot_mi_take_planned (OtMinutesParser *p,
                    const char      *number,
                    const char      *title)
{
  for (guint i = 0; p->planned != NULL && i < p->planned->len; i++)
    {
      OtMinutesItem *planned = g_ptr_array_index (p->planned, i);
      gboolean same_title = title != NULL && similar_title (planned->title, title);
      gboolean same_number = number != NULL && planned->number != NULL &&
                             g_str_equal (planned->number, number);

      if (same_title || same_number)
        return g_ptr_array_steal_index (p->planned, i);
    }
  return NULL;
}

static gboolean
planned_has_number (OtMinutesParser *p,
                    const char      *number)
{
  for (guint i = 0; p->planned != NULL && i < p->planned->len; i++)
    {
      OtMinutesItem *planned = g_ptr_array_index (p->planned, i);
      if (planned->number != NULL && g_str_equal (planned->number, number))
        return TRUE;
    }
  return FALSE;
}

typedef enum
{
  HEADING_NONE,
  HEADING_TOP,
  HEADING_CHILD,
} HeadingKind;

/* Whether a numbered line starts an agenda item here: numbers go up by one or two, and a
 * list numbered from 1 inside an item is a list, not the agenda starting again. */
static HeadingKind
heading_kind (OtMinutesParser     *p,
              const OtMinutesLine *line,
              char               **number_out,
              char               **title_out)
{
  g_autofree char *number = NULL, *title = NULL;
  int top;

  if (line->bullet || line->letter || !ot_mi_split_numbered (line->text, &number, &title))
    return HEADING_NONE;
  if ((g_str_has_suffix (title, ".") && ot_mi_word_count (title) > 6) ||
      strchr (title, ',') != strrchr (title, ',') || strstr (title, " | ") != NULL)
    return HEADING_NONE;
  /* "1. Vraag: …" numbers a question, not an agenda item. */
  {
    const char *rest = NULL;
    g_autofree char *label = ot_mi_leading_label (title, &rest);
    if (label != NULL && *rest != '\0')
      return HEADING_NONE;
  }
  top = atoi (number);
  if (number_out != NULL)
    *number_out = g_strdup (number);
  if (title_out != NULL)
    *title_out = ot_mi_clean_title (title);
  /* "3a", "3b": parts of item 3. */
  if (g_ascii_isalpha (number[strlen (number) - 1]) && p->item != NULL && p->item->number != NULL &&
      top == atoi (p->item->number))
    return HEADING_CHILD;
  if (strchr (number, '.') != NULL && p->item != NULL && p->item->number != NULL &&
      top == atoi (p->item->number))
    return HEADING_CHILD;
  if (planned_has_number (p, number))
    return HEADING_TOP;
  if (p->item == NULL || p->last_number == 0)
    return top <= 3 ? HEADING_TOP : HEADING_NONE;
  if (top <= p->last_number || top > p->last_number + 2)
    return HEADING_NONE;
  return HEADING_TOP;
}

gboolean
ot_mi_plausible_heading (OtMinutesParser     *p,
                         const OtMinutesLine *line)
{
  return heading_kind (p, line, NULL, NULL) != HEADING_NONE;
}

gboolean
ot_mi_numbered_heading (OtMinutesParser     *p,
                        const OtMinutesLine *line)
{
  g_autofree char *number = NULL, *title = NULL;
  g_autoptr(OtMinutesItem) planned = NULL;

  switch (heading_kind (p, line, &number, &title))
    {
    case HEADING_CHILD:
      ot_mi_start_child (p, number, title, line);
      return TRUE;
    case HEADING_TOP:
      planned = ot_mi_take_planned (p, number, NULL);
      ot_mi_start_item (p, number, title, line);
      return TRUE;
    case HEADING_NONE:
    default:
      return FALSE;
    }
}

gboolean
ot_mi_is_subheading (OtMinutesParser     *p,
                     const OtMinutesLine *line)
{
  guint words = ot_mi_word_count (line->text);
  OtMinutesLine *prev = p->pos >= 2 ? ot_mi_parser_line (p, p->pos - 2) : NULL;
  OtMinutesLine *next = ot_mi_parser_line (p, p->pos);
  g_autofree char *key = ot_mi_folded_key (line->text);
  gsize len = strlen (line->text);

  if (p->item == NULL || line->bullet || line->letter || line->blanks_before == 0)
    return FALSE;
  if (words == 0 || words > 8 || g_utf8_strlen (line->text, -1) > 70 || next == NULL)
    return FALSE;
  if (!ot_mi_starts_upper (line->text) || strchr (".,:;?!", line->text[len - 1]) != NULL)
    return FALSE;
  if (words == 1 && g_strv_contains ((const char * const[]) { "akkoord", "vastgesteld", "ja", "nee", "ok",
                                                              "prima", "idem", "volgt", "nvt", "n.v.t",
                                                              "afgerond", "gereed", "geen", NULL }, key))
    return FALSE;
  if (g_str_has_prefix (key, "geen") || g_str_has_prefix (key, "niets") ||
      g_str_has_prefix (key, "n.v.t") || ot_mi_looks_like_person (line->text) ||
      strstr (line->text, "://") != NULL || strchr (line->text, '@') != NULL)
    return FALSE;
  if (ot_mi_split_numbered (next->text, NULL, NULL) && !next->bullet)
    return FALSE;
  return prev == NULL || ot_mi_ends_sentence (prev->text) || prev->blanks_before > 0 ||
         line->blanks_before >= 2 || prev->first == p->item->span.first;
}

/* Blocks */
