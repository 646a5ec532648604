/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-parser.c: recognises the structure of minutes line by line: the header (title,
 * date, place, chair, attendance, an agenda list), then the body, handing each line to the
 * recognisers of headings, blocks and running text. Nothing is dropped: what is not
 * recognised is kept as a note of the item it appears in. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <stdlib.h>

#include "ot-minutes-parser-private.h"

#define MAX_SOURCE_LINES 200000

static gboolean
parse_planned_agenda (OtMinutesParser     *p,
                      const OtMinutesLine *line)
{
  g_autofree char *key = ot_mi_folded_key (line->text);
  int count = 0;

  if (p->in_body || !(g_str_equal (key, "agenda") || g_str_equal (key, "agendapunten") ||
                      g_str_equal (key, "agenda punten") || g_str_equal (key, "agendapunten zijn")))
    return FALSE;
  if (p->planned == NULL)
    p->planned = g_ptr_array_new_with_free_func ((GDestroyNotify) ot_minutes_item_free);
  ot_mi_mark_structure (p, line);
  while (p->pos < p->lines->len)
    {
      OtMinutesLine *next = ot_mi_parser_line (p, p->pos);
      g_autofree char *number = NULL, *title = NULL;
      g_autofree char *label = ot_mi_leading_label (next->text, NULL);
      OtMinutesItem *item;

      if (ot_mi_split_numbered (next->text, &number, &title))
        {
          /* The list is over when the numbers start again: the body begins. */
          if (atoi (number) <= count && count > 0)
            break;
          count = atoi (number);
        }
      else if (label == NULL &&
               (next->bullet || (!next->para_break && ot_mi_word_count (next->text) <= 10 &&
                                 !g_str_has_suffix (next->text, "."))))
        {
          number = g_strdup_printf ("%d", ++count);
          title = g_strdup (next->text);
        }
      else
        break;
      item = ot_minutes_item_new (number, title);
      item->span = ot_mi_line_span (next);
      g_ptr_array_add (p->planned, item);
      ot_mi_mark_structure (p, next);
      p->pos++;
    }
  return TRUE;
}

static gboolean
parse_header_label (OtMinutesParser     *p,
                    const OtMinutesLine *line)
{
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (line->text, &rest);
  g_autofree char *key = NULL;

  if (label == NULL || *rest == '\0')
    return FALSE;
  key = ot_mi_folded_key (label);
  if (g_str_equal (key, "datum") || g_str_equal (key, "date") || g_str_equal (key, "vergaderdatum") ||
      g_str_equal (key, "datum vergadering") || g_str_equal (key, "datum en tijd"))
    {
      g_autofree char *date = ot_mi_find_date (rest, 0, NULL);

      if (date != NULL && p->result->date == NULL)
        {
          p->result->date = g_steal_pointer (&date);
          p->result->date_span = ot_mi_line_span (line);
        }
      else
        ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
    }
  else if (g_str_equal (key, "locatie") || g_str_equal (key, "lokatie") || g_str_equal (key, "plaats") ||
           g_str_equal (key, "waar") || g_str_equal (key, "adres") || g_str_equal (key, "location"))
    {
      if (p->result->location != NULL)
        return FALSE;     /* the first one counts; a second is a note */
      p->result->location = ot_mi_fix_name (rest);
      p->result->location_span = ot_mi_line_span (line);
    }
  else if (g_str_equal (key, "voorzitter") || g_str_equal (key, "dagvoorzitter") ||
           g_str_equal (key, "chair") || g_str_equal (key, "voorzitter vergadering"))
    {
      g_autofree char *chair = g_strndup (rest, strcspn (rest, "(,"));

      if (p->chair_labelled)
        return FALSE;
      p->chair_labelled = TRUE;
      ot_mi_set_str (&p->result->chair, g_strstrip (chair));
      p->result->chair_span = ot_mi_line_span (line);
      ot_mi_known_add (p->people, p->result->chair);
    }
  else if ((g_str_equal (key, "onderwerp") || g_str_equal (key, "betreft") || g_str_equal (key, "titel")) &&
           p->result->title == NULL)
    {
      p->result->title = ot_mi_strip (rest, -1);
      p->result->title_span = ot_mi_line_span (line);
    }
  else if (g_str_equal (key, "tijd") || g_str_equal (key, "notulist") || g_str_equal (key, "notulen") ||
           g_str_equal (key, "verslag") || g_str_equal (key, "verslaglegging") ||
           g_str_equal (key, "kenmerk") || g_str_equal (key, "onderwerp") || g_str_equal (key, "aanvang") ||
           g_str_equal (key, "status") || g_str_equal (key, "versie"))
    {
      g_autofree char *f = ot_mi_fold (rest);
      if (strstr (f, "concept") != NULL)
        p->result->status = OT_MINUTES_STATUS_DRAFT;
      ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
    }
  else
    return FALSE;
  return TRUE;
}

static gboolean
is_generic_title (const char *title)
{
  static const char * const generic[] = { "verslag", "notulen", "concept", "concept verslag",
                                          "conceptverslag", "concept-verslag", "concept notulen",
                                          "verslag van de vergadering", "verslag vergadering", NULL };
  g_autofree char *key = ot_mi_folded_key (title);

  return g_strv_contains (generic, key);
}

static void
header_line (OtMinutesParser     *p,
             const OtMinutesLine *line)
{
  g_autofree char *f = ot_mi_fold (line->text);

  if (strstr (f, "concept") != NULL)
    p->result->status = OT_MINUTES_STATUS_DRAFT;
  if (p->result->date == NULL)
    {
      const char *end = NULL;
      p->result->date = ot_mi_find_date (line->text, 0, &end);
      if (p->result->date != NULL)
        p->result->date_span = ot_mi_line_span (line);
      /* "26 oktober 2017, Gemeentehuis Nieuwegein": the place follows the date. */
      if (p->result->date != NULL && p->result->location == NULL && end != NULL &&
          (g_str_has_prefix (end, ", ") || g_str_has_prefix (end, " te ")) &&
          p->result->title != NULL)
        {
          g_autofree char *place = ot_mi_strip (strchr (end, ' ') + 1, -1);
          if (*place != '\0' && ot_mi_starts_upper (place) && ot_mi_word_count (place) <= 6)
            {
              p->result->location = ot_mi_fix_name (place);
              p->result->location_span = ot_mi_line_span (line);
            }
        }
    }
  if (p->result->title != NULL && p->result->title_span.last + 1 == line->first &&
      is_generic_title (p->result->title) &&
      ot_mi_word_count (line->text) <= 10)
    {
      /* "Verslag" / "Fysieke overlegtafel Wmo" on two lines make one title. */
      char *title = g_strdup_printf ("%s %s", p->result->title, line->text);
      g_free (p->result->title);
      p->result->title = title;
      p->result->title_span.last = line->last;
      return;
    }
  if (p->result->title == NULL && !p->seen_header_content && ot_mi_word_count (line->text) <= 15)
    {
      g_autofree char *title = ot_mi_strip (line->text, -1);
      p->result->title = g_steal_pointer (&title);
      p->result->title_span = ot_mi_line_span (line);
      if (g_str_has_prefix (f, "agenda"))
        p->result->status = OT_MINUTES_STATUS_PLANNED;
    }
  else
    ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
  p->seen_header_content = TRUE;
}

/* Whether a header line is really the start of running text without agenda numbers. */
static gboolean
is_body_text (OtMinutesParser     *p,
              const OtMinutesLine *line)
{
  OtMinutesStatementKind kind;
  g_autofree char *speaker = NULL;

  if (ot_mi_word_count (line->text) > 15)
    return TRUE;
  speaker = ot_mi_speech_subject (p, line->text, FALSE, &kind);
  return speaker != NULL;
}

/* Main loop */

static void
body_line (OtMinutesParser     *p,
           const OtMinutesLine *line)
{
  if (ot_mi_parse_block (p, line) || ot_mi_parse_qa (p, line) || ot_mi_parse_speaker_line (p, line) ||
      ot_mi_parse_intro_list (p, line))
    return;
  if (ot_mi_is_subheading (p, line))
    {
      ot_mi_start_child (p, NULL, line->text, line);
      return;
    }
  ot_mi_add_paragraph (p, line, line->text);
}

static void
handle_line (OtMinutesParser     *p,
             const OtMinutesLine *line)
{
  if (!line->bullet && ot_mi_parse_attendance_heading (p, line))
    {
      p->seen_header_content = TRUE;
      return;
    }
  if (ot_mi_parse_excused_sentence (p, line))
    return;
  if (parse_planned_agenda (p, line))
    return;
  if (!p->in_body && parse_header_label (p, line))
    return;
  if (ot_mi_numbered_heading (p, line))
    return;
  {
    g_autoptr(OtMinutesItem) planned = ot_mi_take_planned (p, NULL, line->text);
    if (planned != NULL)
      {
        ot_mi_start_item (p, planned->number, planned->title, line);
        return;
      }
  }
  if (!line->bullet && (ot_mi_is_closing_title (line->text) ||
                        (p->last_number == 0 && p->planned == NULL && ot_mi_is_opening_title (line->text))))
    {
      g_autofree char *title = ot_mi_clean_title (line->text);
      ot_mi_start_item (p, NULL, title, line);
      return;
    }
  if (!p->in_body && !is_body_text (p, line))
    {
      header_line (p, line);
      return;
    }
  body_line (p, line);
}

/* Chair: "Voorzitter X opent", "X opent de vergadering", "projectleider X". */
#define NAME_RE "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:van|de|der|den|ter|ten|het|'t|op|v/d|" \
                "\\p{Lu}[\\p{L}'’.-]*)){1,4})"

static char *
find_chair (GPtrArray     *lines,
            OtMinutesSpan *span)
{
  static const char *patterns[] = {
    "(?:[Vv]oorzitter|[Dd]agvoorzitter)\\s+" NAME_RE "\\s+opent",
    NAME_RE "\\s+opent\\s+(?:de|het)\\s+(?:\\w+\\s+)?"
    "\\w*(?:vergadering|tafel|bijeenkomst|overleg|consultatie|sessie|meeting|bespreking)",
    "(?:[Vv]oorzitter|[Dd]agvoorzitter|[Pp]rojectleider)\\s+" NAME_RE,
  };

  for (guint k = 0; k < G_N_ELEMENTS (patterns); k++)
    {
      GRegex *re = ot_mi_regex (patterns[k], 0);

      for (guint i = 0; i < lines->len; i++)
        {
          OtMinutesLine *line = g_ptr_array_index (lines, i);
          g_autoptr(GMatchInfo) m = NULL;

          if (g_regex_match (re, line->text, 0, &m))
            {
              g_autofree char *name = g_match_info_fetch (m, 1);
              if (ot_mi_looks_like_person (name))
                {
                  *span = ot_mi_line_span (line);
                  return g_steal_pointer (&name);
                }
            }
        }
    }
  return NULL;
}

/* "Mark opent het overleg", "MdJ opent de vergadering": a known person opens. */
static char *
find_chair_by_known_name (OtMinutesParser *p)
{
  GRegex *re = ot_mi_regex ("^(\\S+(?: \\S+){0,3}?) opent (?:de|het) ", 0);

  for (guint i = 0; i < p->lines->len; i++)
    {
      OtMinutesLine *line = g_ptr_array_index (p->lines, i);
      g_autoptr(GMatchInfo) m = NULL;

      if (g_regex_match (re, line->text, 0, &m))
        {
          g_autofree char *who = g_match_info_fetch (m, 1);
          if (ot_mi_is_known_person (p, ot_mi_skip_honorific (who)))
            {
              p->result->chair_span = ot_mi_line_span (line);
              return ot_mi_resolve_person (p, ot_mi_skip_honorific (who));
            }
        }
    }
  return NULL;
}

static void
finish (OtMinutesParser *p)
{
  OtMinutesResult *r = p->result;

  /* An action list after which nothing was added to a numbered item closes the minutes. */
  if (p->closing_item != NULL && p->closing_seq == p->content_seq)
    {
      while (p->closing_item->actions->len > p->closing_from)
        g_ptr_array_add (r->actions,
                         g_ptr_array_steal_index (p->closing_item->actions, p->closing_from));
    }
  for (guint i = 0; p->planned != NULL && i < p->planned->len; i++)
    g_ptr_array_add (r->agenda, g_ptr_array_steal_index (p->planned, i--));
  if (r->chair == NULL)
    r->chair = find_chair_by_known_name (p);
  if (r->chair != NULL)
    {
      g_autofree char *chair = g_steal_pointer (&r->chair);
      r->chair = ot_mi_resolve_person (p, chair);
    }

  r->unrecognised_lines = r->notes->len;
  for (guint i = 0; i < r->agenda->len; i++)
    {
      OtMinutesItem *item = g_ptr_array_index (r->agenda, i);
      r->unrecognised_lines += item->notes->len;
      for (guint k = 0; k < item->children->len; k++)
        r->unrecognised_lines += ((OtMinutesItem *) g_ptr_array_index (item->children, k))->notes->len;
    }
}

static GHashTable *
count_labels (GPtrArray *lines)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      OtMinutesLine *line = g_ptr_array_index (lines, i);
      const char *rest = NULL;
      char *label = ot_mi_leading_label (line->text, &rest);

      if (label == NULL || *rest == '\0' || ot_mi_word_count (label) > 3 ||
          strpbrk (label, "0123456789") != NULL)
        {
          g_free (label);
          continue;
        }
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, label));
      g_hash_table_insert (counts, label, GUINT_TO_POINTER (n + 1));
    }
  return counts;
}

static char **
split_source (const char *text)
{
  char **lines = g_strsplit (text, "\n", MAX_SOURCE_LINES);
  guint n = g_strv_length (lines);

  /* The remainder past the limit is one line: cut it so that it stays bounded. */
  if (n == MAX_SOURCE_LINES)
    lines[n - 1][MIN (strlen (lines[n - 1]), 4000)] = '\0';
  for (guint i = 0; i < n; i++)
    if (!g_utf8_validate (lines[i], -1, NULL))
      {
        char *valid = g_utf8_make_valid (lines[i], -1);
        g_free (lines[i]);
        lines[i] = valid;
      }
  return lines;
}

OtMinutesResult *
ot_minutes_parse_text (const char                   *text,
                       const OtMinutesImportOptions *options)
{
  OtMinutesParser p = { 0 };
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *chair = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  p.result = ot_minutes_result_new ();
  p.options = options;
  p.result->source_lines = split_source (text);
  lines = ot_mi_clean_lines (p.result->source_lines);
  p.lines = lines;
  p.people = ot_mi_known_new (options != NULL ? options->known_people : NULL);
  p.orgs = ot_mi_known_new (options != NULL ? options->known_organisations : NULL);
  p.action_columns[0] = p.action_columns[1] = p.action_columns[2] = -1;
  p.label_counts = count_labels (lines);

  chair = find_chair (lines, &p.result->chair_span);
  if (chair != NULL)
    {
      p.result->chair = ot_mi_fix_name (chair);
      ot_mi_known_add (p.people, p.result->chair);
    }
  while (p.pos < lines->len)
    {
      OtMinutesLine *line = g_ptr_array_index (lines, p.pos++);
      handle_line (&p, line);
    }
  finish (&p);

  g_hash_table_unref (p.label_counts);
  ot_mi_known_free (p.people);
  ot_mi_known_free (p.orgs);
  g_clear_pointer (&p.planned, g_ptr_array_unref);
  g_free (p.last_answerer);
  g_free (p.last_asker);
  g_free (p.last_addressee);
  g_free (p.prev_speaker);
  g_free (p.prev_sentence);
  return p.result;
}
