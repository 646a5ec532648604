/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-blocks.c: labelled blocks and lines: agreements, decisions, actions (also as
 * tables), Q&A labels and "Name: …" speakers. */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>
#include <stdlib.h>

#include "ot-minutes-parser-private.h"

typedef enum
{
  BLOCK_NONE,
  BLOCK_DECISION,
  BLOCK_ACTION,
  BLOCK_NEED,
} BlockKind;

typedef struct
{
  GString      *text;
  OtMinutesSpan span;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_string_free (e->text, TRUE);
  g_free (e);
}

static BlockKind
block_kind (const char            *label,
            OtMinutesDecisionKind *dkind)
{
  g_autofree char *key = ot_mi_folded_key (label);
  static const char * const decisions_a[] = { "afspraak", "afspraken", "gemaakte afspraken",
                                              "afgesproken", "conclusie", "conclusies", NULL };
  static const char * const decisions_b[] = { "besluit", "besluiten", "besloten", "besluitvorming",
                                              "genomen besluiten", NULL };
  static const char * const actions[] = { "actie", "acties", "actiepunt", "actiepunten",
                                          "actielijst", "actiepunten vorige keer",
                                          "actielijst vorige keer", "openstaande acties",
                                          "openstaande actiepunten", "nieuwe actiepunten",
                                          "overzicht actiepunten", "to do", "actions", NULL };
  static const char * const needs[] = { "nodig", "aandachtspunten", "aandachtspunt",
                                        "benodigd", "wensen", NULL };

  if (g_strv_contains (decisions_a, key))
    return *dkind = OT_MINUTES_AFSPRAAK, BLOCK_DECISION;
  if (g_strv_contains (decisions_b, key))
    return *dkind = OT_MINUTES_BESLUIT, BLOCK_DECISION;
  if (g_strv_contains (actions, key) || g_str_has_prefix (key, "actie "))
    return BLOCK_ACTION;
  if (g_strv_contains (needs, key))
    return BLOCK_NEED;
  return BLOCK_NONE;
}

static gboolean qa_label (const char *label, OtMinutesStatementKind *kind, char **speaker,
                          char **addressee, gboolean *reaction);

/* A line that ends a list: a heading or a labelled block of its own. */
static gboolean
ends_list (OtMinutesParser     *p,
           const OtMinutesLine *line)
{
  g_autofree char *label = ot_mi_leading_label (line->text, NULL);
  OtMinutesDecisionKind dk;
  OtMinutesStatementKind sk;
  gboolean reaction;
  g_autofree char *s = NULL, *a = NULL;

  if (line->bullet || line->letter)
    return FALSE;
  if (ot_mi_plausible_heading (p, line) || ot_mi_is_closing_title (line->text))
    return TRUE;
  if (block_kind (line->text, &dk) != BLOCK_NONE)
    return TRUE;
  if (label != NULL && (block_kind (label, &dk) != BLOCK_NONE ||
                        qa_label (label, &sk, &s, &a, &reaction)))
    return TRUE;
  return FALSE;
}

/* The bullets, lettered items or plain lines after a block label; each entry one item. */
static GPtrArray *
read_list (OtMinutesParser *p,
           gboolean         allow_plain)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);
  OtMinutesLine *first = ot_mi_parser_line (p, p->pos);
  gboolean lettered = first != NULL && first->letter != 0;
  gboolean bullets = first != NULL && first->bullet;
  gboolean numbered = first != NULL && !lettered && !bullets &&
                      ot_mi_split_numbered (first->text, NULL, NULL) && !ot_mi_plausible_heading (p, first);
  Entry *cur = NULL;

  if (numbered)
    bullets = TRUE;   /* "1. …", "2. …" under a label are list entries */
  if (first == NULL || (!lettered && !bullets && (!allow_plain || ends_list (p, first))))
    return entries;
  while (p->pos < p->lines->len)
    {
      OtMinutesLine *line = ot_mi_parser_line (p, p->pos);
      g_autofree char *list_title = NULL;
      gboolean is_numbered = numbered && ot_mi_split_numbered (line->text, NULL, &list_title);
      gboolean starts = lettered ? line->letter != 0 : numbered ? is_numbered : bullets ? line->bullet : TRUE;

      if (ends_list (p, line))
        break;
      if (!starts)
        {
          /* Within a lettered item, bullets and close lines belong to it; a bullet goes on
           * until a paragraph break. */
          if (cur == NULL || (!lettered && !bullets))
            break;
          /* "… met als doel te bespreken:" announces sub-points that belong to the item. */
          if (line->para_break && !line->bullet &&
              !(lettered && g_str_has_suffix (cur->text->str, ":")))
            break;
          g_string_append_printf (cur->text, line->bullet ? "; %s" : " %s", line->text);
          cur->span.last = line->last;
          p->pos++;
          continue;
        }
      if (!lettered && !bullets && cur != NULL && line->para_break)
        break;
      cur = g_new0 (Entry, 1);
      cur->text = g_string_new (is_numbered ? list_title : line->text);
      cur->span = ot_mi_line_span (line);
      g_ptr_array_add (entries, cur);
      p->pos++;
      if (!lettered && !bullets && allow_plain && entries->len >= 1 &&
          ot_mi_parser_line (p, p->pos) != NULL &&
          ot_mi_parser_line (p, p->pos)->para_break)
        break;
    }
  return entries;
}

static char **
table_cells (const char *text)
{
  GRegex *re = ot_mi_regex ("\\t+|\\s{2,}|\\s*\\|\\s*", 0);
  g_auto(GStrv) raw = g_regex_split (re, text, 0);
  GPtrArray *cells = g_ptr_array_new ();

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_strstrip (raw[i]);
      if (*raw[i] != '\0')
        g_ptr_array_add (cells, g_strdup (raw[i]));
    }
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

static int
action_column (const char *cell)
{
  static const char * const what[] = { "actie", "acties", "wat", "omschrijving", "actiepunt",
                                       "onderwerp", NULL };
  static const char * const who[] = { "wie", "actiehouder", "eigenaar", "verantwoordelijk",
                                      "trekker", "door", NULL };
  static const char * const when[] = { "wanneer", "deadline", "datum", "gereed", "termijn",
                                       "uiterlijk", "voor", NULL };
  g_autofree char *f = ot_mi_fold (cell);

  if (g_strv_contains (what, f))
    return 0;
  if (g_strv_contains (who, f))
    return 1;
  if (g_strv_contains (when, f))
    return 2;
  return -1;
}

/* "Nr | Actie | Wie | Wanneer": a header row fixes the columns; rows give text, owner, due. */
static gboolean
add_action_row (OtMinutesParser *p,
                const char      *text,
                OtMinutesSpan    span)
{
  g_auto(GStrv) cells = table_cells (text);
  guint n = g_strv_length (cells), header = 0, skip = 0;
  const char *what, *who, *when;

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (action_column (cells[i]) >= 0)
      header++;
  if (header >= 2)
    {
      for (int k = 0; k < 3; k++)
        p->action_columns[k] = -1;
      for (guint i = 0; i < n; i++)
        if (action_column (cells[i]) >= 0)
          p->action_columns[action_column (cells[i])] = i;
      g_array_append_val (p->result->structure, span);
      return TRUE;
    }
  if (p->action_columns[0] >= 0)
    {
      what = (guint) p->action_columns[0] < n ? cells[p->action_columns[0]] : NULL;
      who = p->action_columns[1] >= 0 && (guint) p->action_columns[1] < n
              ? cells[p->action_columns[1]] : NULL;
      when = p->action_columns[2] >= 0 && (guint) p->action_columns[2] < n
               ? cells[p->action_columns[2]] : NULL;
    }
  else
    {
      while (skip < n && g_ascii_isdigit (cells[skip][0]) && strlen (cells[skip]) <= 3)
        skip++;
      what = skip < n ? cells[skip] : NULL;
      who = skip + 1 < n ? cells[skip + 1] : NULL;
      when = skip + 2 < n ? cells[skip + 2] : NULL;
    }
  if (what == NULL)
    return FALSE;
  {
    g_autofree char *owner = who != NULL ? ot_mi_resolve_speaker (p, who) : NULL;
    OtMinutesAction *a;

    ot_mi_parser_add_action (p, what, owner != NULL ? owner : who, span);
    a = g_ptr_array_index (p->target->actions, p->target->actions->len - 1);
    if (when != NULL)
      {
        g_free (a->due);
        a->due = ot_mi_due_from_text (when, p->result->date);
      }
  }
  return TRUE;
}

static void
add_block_entry (OtMinutesParser      *p,
                 BlockKind             kind,
                 OtMinutesDecisionKind dkind,
                 const char           *text,
                 OtMinutesSpan         span)
{
  if (kind == BLOCK_DECISION)
    ot_mi_parser_add_decision (p, dkind, text, span);
  else if (kind == BLOCK_ACTION)
    {
      if ((strchr (text, '\t') == NULL && strstr (text, " | ") == NULL && strstr (text, "   ") == NULL) ||
          !add_action_row (p, text, span))
        ot_mi_parser_add_action (p, text, NULL, span);
    }
  else
    {
      g_autofree char *note = g_strdup_printf ("Nodig: %s", text);
      ot_mi_parser_add_note (p, kind == BLOCK_NEED ? note : text, span);
    }
}

static gboolean
owner_only (OtMinutesParser *p,
            const char      *rest)
{
  g_autofree char *who = NULL;

  if (p->target == NULL || p->target->notes->len == 0 || ot_mi_word_count (rest) > 4 ||
      strpbrk (rest, ".?!") != NULL)
    return FALSE;
  if (!ot_mi_is_known_person (p, rest) && !ot_mi_is_known_org (p, rest) && !ot_mi_is_group_label (rest))
    return FALSE;
  who = ot_mi_resolve_speaker (p, rest);
  return who != NULL;
}

gboolean
ot_mi_parse_block (OtMinutesParser     *p,
                   const OtMinutesLine *line)
{
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (line->text, &rest);
  OtMinutesDecisionKind dkind = OT_MINUTES_AFSPRAAK;
  BlockKind kind;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean closing_candidate;

  if (label == NULL)
    {
      label = g_strdup (line->text);
      rest = "";
    }
  kind = block_kind (label, &dkind);
  if (kind == BLOCK_NONE || line->bullet || line->letter)
    return FALSE;
  if (kind == BLOCK_NEED && *rest == '\0')
    ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
  else if (*rest == '\0')
    ot_mi_mark_structure (p, line);

  closing_candidate = kind == BLOCK_ACTION && *rest == '\0' && !p->previous_minutes;
  if (closing_candidate)
    {
      ot_mi_ensure_target (p);
      p->closing_item = p->target;
      p->closing_from = p->target->actions->len;
    }
  if (kind == BLOCK_ACTION && *rest != '\0' && owner_only (p, rest))
    {
      /* "Actie: Nico" under a paragraph makes that paragraph Nico's action. */
      g_autofree char *owner = ot_mi_resolve_speaker (p, rest);
      OtMinutesNote *note = g_ptr_array_steal_index (p->target->notes, p->target->notes->len - 1);
      OtMinutesSpan span = { note->span.first, line->last };

      ot_mi_parser_add_action (p, note->text, owner, span);
      g_free (note->text);
      g_free (note);
      return TRUE;
    }
  if (*rest != '\0' && !g_str_has_suffix (rest, ":"))
    {
      /* "Actie Nico: …" names its owner in the label. */
      g_autofree char *owner = NULL;
      if (kind == BLOCK_ACTION && strchr (label, ' ') != NULL)
        owner = ot_mi_resolve_speaker (p, strchr (label, ' ') + 1);
      if (kind == BLOCK_ACTION)
        ot_mi_parser_add_action (p, rest, owner, ot_mi_line_span (line));
      else
        add_block_entry (p, kind, dkind, rest, ot_mi_line_span (line));
    }
  entries = read_list (p, *rest == '\0');
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      add_block_entry (p, kind, dkind, e->text->str, e->span);
    }
  /* "Afspraak: het volgende:" introduces its entries, or with nothing following is one. */
  if (*rest != '\0' && g_str_has_suffix (rest, ":") && entries->len == 0)
    add_block_entry (p, kind, dkind, rest, ot_mi_line_span (line));
  else if (*rest != '\0' && g_str_has_suffix (rest, ":"))
    ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
  if (closing_candidate)
    p->closing_seq = p->content_seq;
  return TRUE;
}

/* Q&A: "Vraag (van) aanbieders", "Antwoord regio", "Vraag van regio aan aanbieders",
 * "Reactie van aanbieders", "Opmerking aanbieders", "Vervolgvraag", "Antwoorden van …". */
static gboolean
qa_label (const char             *label,
          OtMinutesStatementKind *kind,
          char                  **speaker,
          char                  **addressee,
          gboolean               *reaction)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *word = NULL, *who = NULL, *to = NULL;
  g_autofree char *f = g_strstrip (g_strdup (label));

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new (
      "^(vraag|vragen|vervolgvraag|wedervraag|aanvullende vraag|antwoord|antwoorden|reactie|"
      "reacties|opmerking|opmerkingen|aanvulling|toelichting)"
      "(?:\\s+\\d{1,3}[a-z]?)?(?:\\s+(?:van|door|vanuit))?(?:\\s+(?:de|het))?"
      "(?:\\s+(.+?))?(?:\\s+aan\\s+(?:de\\s+|het\\s+)?(.+))?$", G_REGEX_CASELESS, 0, NULL));
  if (!g_regex_match (re, f, 0, &m))
    return FALSE;
  word = g_match_info_fetch (m, 1);
  for (char *c = word; *c != '\0'; c++)
    *c = g_ascii_tolower (*c);
  who = g_match_info_fetch (m, 2);
  to = g_match_info_fetch (m, 3);
  /* "Vraag 3 (Careyn)" */
  if (who != NULL && who[0] == '(' && g_str_has_suffix (who, ")"))
    {
      char *inner = g_strndup (who + 1, strlen (who) - 2);
      g_free (who);
      who = inner;
    }
  if (who != NULL && ot_mi_word_count (who) > 4)
    return FALSE;
  *reaction = g_str_has_prefix (word, "reactie");
  if (strstr (word, "vraag") != NULL || g_str_has_prefix (word, "vragen"))
    *kind = OT_MINUTES_QUESTION;
  else if (g_str_has_prefix (word, "antwoord"))
    *kind = OT_MINUTES_ANSWER;
  else
    *kind = OT_MINUTES_REMARK;
  *speaker = who != NULL && *who != '\0' ? g_steal_pointer (&who) : NULL;
  *addressee = to != NULL && *to != '\0' ? g_steal_pointer (&to) : NULL;
  return TRUE;
}

static char *
qa_speaker (OtMinutesParser       *p,
            const char            *written,
            OtMinutesStatementKind kind)
{
  if (written != NULL)
    {
      char *resolved = ot_mi_resolve_speaker (p, written);
      if (resolved != NULL && !ot_mi_fold_equal (resolved, written) &&
          ot_mi_word_count (written) == 1 && ot_mi_starts_lower (written))
        {
          g_free (resolved);
          resolved = NULL;
        }
      return resolved != NULL ? resolved : g_strdup (written);
    }
  if (kind == OT_MINUTES_ANSWER)
    {
      /* An unnamed answer comes from whom the question was put to. */
      if (p->last_addressee != NULL)
        return g_strdup (p->last_addressee);
      if (p->last_answerer != NULL &&
          (p->last_asker == NULL || !g_str_equal (p->last_answerer, p->last_asker)))
        return g_strdup (p->last_answerer);
    }
  return NULL;
}

gboolean
ot_mi_parse_qa (OtMinutesParser     *p,
                const OtMinutesLine *line)
{
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (line->text, &rest);
  g_autofree char *written = NULL, *to = NULL, *speaker = NULL;
  OtMinutesStatementKind kind;
  gboolean reaction = FALSE;
  OtMinutesStatement *prev;
  g_autoptr(GPtrArray) entries = NULL;

  if (label == NULL || line->bullet || !qa_label (label, &kind, &written, &to, &reaction))
    return FALSE;
  prev = ot_mi_last_statement (p);
  if (reaction)
    kind = prev != NULL && prev->kind == OT_MINUTES_QUESTION ? OT_MINUTES_ANSWER : OT_MINUTES_REMARK;
  speaker = qa_speaker (p, written, kind);
  if (kind == OT_MINUTES_QUESTION)
    {
      ot_mi_set_str (&p->last_asker, speaker);
      g_clear_pointer (&p->last_addressee, g_free);
      p->last_addressee = g_strdup (to);
    }

  if (*rest != '\0')
    ot_mi_parser_add_statement (p, speaker, kind, rest, ot_mi_line_span (line));
  if (*rest == '\0' || g_str_has_suffix (rest, ":"))
    {
      entries = read_list (p, *rest == '\0');
      for (guint i = 0; i < entries->len; i++)
        {
          Entry *e = g_ptr_array_index (entries, i);
          ot_mi_parser_add_statement (p, speaker, kind, e->text->str, e->span);
        }
      if (*rest == '\0' && entries->len == 0)
        ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
      else if (*rest == '\0')
        ot_mi_mark_structure (p, line);
    }
  return TRUE;
}

static gboolean
is_role_label (const char *label)
{
  static const char * const roles[] = { "voorzitter", "de voorzitter", "dagvoorzitter", NULL };
  g_autofree char *key = ot_mi_folded_key (label);

  return g_strv_contains (roles, key);
}

static gboolean
repeated_label (OtMinutesParser *p,
                guint            index)
{
  OtMinutesLine *line = ot_mi_parser_line (p, index);
  g_autofree char *label = line != NULL ? ot_mi_leading_label (line->text, NULL) : NULL;

  return label != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (p->label_counts, label)) >= 2;
}

/* The line being parsed is p->pos - 1: look at its neighbours. */
static gboolean
in_dialogue (OtMinutesParser *p)
{
  return (p->pos >= 2 && repeated_label (p, p->pos - 2)) || repeated_label (p, p->pos);
}

/* "Nico: …", "Abrona: …", "Lilian Petter (Nieuwegein): …". */
gboolean
ot_mi_parse_speaker_line (OtMinutesParser     *p,
                          const OtMinutesLine *line)
{
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (line->text, &rest);
  g_autofree char *speaker = NULL, *first = NULL;
  OtMinutesStatementKind kind = OT_MINUTES_REMARK;
  OtMinutesStatement *prev;
  gboolean known;

  if (label == NULL || *rest == '\0' || strstr (rest, "://") != NULL ||
      g_str_has_prefix (rest, "www.") || (strchr (rest, '@') != NULL && ot_mi_word_count (rest) <= 2))
    return FALSE;
  first = g_strndup (label, strcspn (label, " "));
  if (ot_mi_is_common_word (first) && !ot_mi_is_group_label (label) && !is_role_label (label))
    return FALSE;
  /* A name that opens several lines as "Name: …" is a speaker even when nobody listed it,
   * and so is one word in the middle of such a dialogue. */
  known = GPOINTER_TO_UINT (g_hash_table_lookup (p->label_counts, label)) >= 2 ||
          (strchr (label, ' ') == NULL && in_dialogue (p)) || is_role_label (label) ||
          ot_mi_is_known_person (p, label) || ot_mi_is_known_org (p, label) ||
          ot_mi_is_group_label (label) || strchr (label, '(') != NULL ||
          ot_mi_looks_like_person (label) || ot_mi_has_org_prefix (label);
  if (!known)
    return FALSE;
  speaker = ot_mi_resolve_speaker (p, label);
  if (speaker == NULL)
    return FALSE;
  prev = ot_mi_last_statement (p);
  if (g_str_has_suffix (rest, "?"))
    kind = OT_MINUTES_QUESTION;
  else if (prev != NULL && prev->kind == OT_MINUTES_QUESTION &&
           (prev->speaker == NULL || !g_str_equal (prev->speaker, speaker)))
    kind = OT_MINUTES_ANSWER;
  ot_mi_parser_add_statement (p, speaker, kind, rest, ot_mi_line_span (line));
  return TRUE;
}

/* "Aanbieders geven hierbij aan:" followed by bullets: each bullet is said by them. */
gboolean
ot_mi_parse_intro_list (OtMinutesParser     *p,
                        const OtMinutesLine *line)
{
  OtMinutesLine *next = ot_mi_parser_line (p, p->pos);
  g_autofree char *speaker = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  OtMinutesStatementKind kind;

  if (!g_str_has_suffix (line->text, ":") || next == NULL || !next->bullet)
    return FALSE;
  speaker = ot_mi_speech_subject (p, line->text, TRUE, &kind);
  if (speaker == NULL)
    return FALSE;
  /* A long introduction says something itself; "Aanbieders geven aan:" does not. */
  if (ot_mi_word_count (line->text) >= 8)
    ot_mi_parser_add_statement (p, speaker, OT_MINUTES_REMARK, line->text, ot_mi_line_span (line));
  else
    ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
  entries = read_list (p, FALSE);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = g_ptr_array_index (entries, i);
      ot_mi_parser_add_statement (p, speaker, kind, e->text->str, e->span);
    }
  return TRUE;
}

/* Header */
