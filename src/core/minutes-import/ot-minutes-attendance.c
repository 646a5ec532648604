/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-attendance.c: attendance blocks and sentences, and matching names of people and
 * organisations against the ones already known (registry, attendance, chair). */
#define G_LOG_DOMAIN "ot-minutes-import"
#include "config.h"

#include <string.h>

#include "ot-minutes-parser-private.h"

/* Names */

static guint
edit_distance (const char *a,
               const char *b)
{
  glong la = g_utf8_strlen (a, -1), lb = g_utf8_strlen (b, -1);
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  g_autofree guint *row = NULL;

  if (la > 80 || lb > 80)
    return G_MAXUINT;
  row = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    row[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint diag = row[0];
      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + cost);
          diag = up;
        }
    }
  return row[lb];
}

/* Folded for comparison, with "v/d" spelled out as it is in a registry. */
static char *
name_key (const char *name)
{
  g_autofree char *fixed = ot_mi_fix_name (name);
  g_autofree char *folded = ot_mi_fold (fixed);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];

      if (*w == '\0')
        continue;
      if (g_str_equal (w, "v/d") || g_str_equal (w, "v.d.") || g_str_equal (w, "vd"))
        w = "van de";
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, w);
    }
  return g_string_free (key, FALSE);
}

/* "MdJ" for "Mark de Jong": minutes often name speakers by their initials. */
static gboolean
is_initials_of (const char *label,
                const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  GString *initials = g_string_new (NULL);
  gboolean match;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (*words[i] == '\0')
        continue;
      g_string_append_unichar (initials, ot_mi_is_particle (words[i]) ? g_unichar_tolower (c)
                                                                           : g_unichar_toupper (c));
    }
  match = initials->len >= 2 && (g_str_equal (initials->str, label) ||
                                 g_ascii_strcasecmp (initials->str, label) == 0);
  g_string_free (initials, TRUE);
  return match;
}

static gboolean
looks_like_initials (const char *text)
{
  guint upper = 0, len = 0;

  for (const char *c = text; *c != '\0'; c++, len++)
    {
      if (!g_ascii_isalpha (*c))
        return FALSE;
      upper += g_ascii_isupper (*c) ? 1 : 0;
    }
  return len >= 2 && len <= 5 && upper >= 2;
}

OtMinutesKnown *
ot_mi_known_new (const char * const *names)
{
  OtMinutesKnown *known = g_new0 (OtMinutesKnown, 1);

  known->names = g_ptr_array_new_with_free_func (g_free);
  known->keys = g_ptr_array_new_with_free_func (g_free);
  known->memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    ot_mi_known_add (known, names[i]);
  return known;
}

void
ot_mi_known_free (OtMinutesKnown *known)
{
  g_ptr_array_unref (known->names);
  g_ptr_array_unref (known->keys);
  g_hash_table_unref (known->memo);
  g_free (known);
}

void
ot_mi_known_add (OtMinutesKnown *known,
                 const char     *name)
{
  g_autofree char *key = NULL;

  if (name == NULL || *name == '\0')
    return;
  key = name_key (name);
  for (guint i = 0; i < known->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (known->keys, i), key))
      return;
  g_ptr_array_add (known->names, g_strdup (name));
  g_ptr_array_add (known->keys, g_steal_pointer (&key));
  g_hash_table_remove_all (known->memo);
}

static gboolean
near_enough (const char *a,
             const char *b,
             guint       len_a)
{
  guint len_b = strlen (b);

  /* Cheap tests first: an OCR slip keeps the length and one end of the name. */
  if (len_a < 5 || (len_a > len_b ? len_a - len_b : len_b - len_a) > 2)
    return FALSE;
  if (a[0] != b[0] && a[len_a - 1] != b[len_b - 1])
    return FALSE;
  return edit_distance (a, b) <= (len_a >= 10 ? 2u : 1u);
}

/* The known name @name stands for: equal, a unique first name, surname or initials, or one
 * OCR slip away. */
static const char *
match_uncached (OtMinutesKnown *known,
                const char     *name,
                gboolean        first_names)
{
  g_autofree char *key = name_key (name);
  const char *first_match = NULL, *near = NULL;
  guint first_count = 0, near_count = 0, key_len = strlen (key);

  if (key_len == 0)
    return NULL;
  if (first_names && looks_like_initials (name))
    {
      const char *only = NULL;
      for (guint i = 0; i < known->names->len; i++)
        if (is_initials_of (name, g_ptr_array_index (known->names, i)))
          {
            if (only != NULL)
              return NULL;
            only = g_ptr_array_index (known->names, i);
          }
      if (only != NULL)
        return only;
    }
  for (guint i = 0; i < known->names->len; i++)
    {
      const char *cand = g_ptr_array_index (known->names, i);
      const char *ck = g_ptr_array_index (known->keys, i);
      gsize ck_len = strlen (ck);
      const char *space = strchr (ck, ' ');
      gboolean part = FALSE;

      if (g_str_equal (ck, key))
        return cand;
      if (first_names && space != NULL)
        {
          if (strchr (key, ' ') == NULL)
            /* One word is a first name ("Lilian") or a surname ("Jansen"). */
            part = (g_str_has_prefix (ck, key) && ck[key_len] == ' ') ||
                   (ck_len > key_len && g_str_has_suffix (ck, key) && ck[ck_len - key_len - 1] == ' ');
          else
            /* "De Groot" for "J. de Groot": the name without its first name or initials. */
            part = g_str_equal (space + 1, key);
        }
      if (part)
        {
          if (first_match == NULL || !ot_mi_fold_equal (first_match, cand))
            first_count++;
          first_match = cand;
        }
      if (near_enough (key, ck, key_len))
        {
          near = cand;
          near_count++;
        }
    }
  if (first_count == 1)
    return first_match;
  if (near_count == 1)
    return near;
  return NULL;
}

static const char *
match_known (OtMinutesKnown *known,
             const char     *name,
             gboolean        first_names)
{
  g_autofree char *query = g_strdup_printf ("%c%s", first_names ? 'p' : 'o', name);
  const char *hit = g_hash_table_lookup (known->memo, query);

  if (hit == NULL)
    {
      const char *found = match_uncached (known, name, first_names);
      hit = found != NULL ? found : "";
      g_hash_table_insert (known->memo, g_steal_pointer (&query), g_strdup (hit));
      hit = found;
    }
  return hit != NULL && *hit != '\0' ? hit : NULL;
}

char *
ot_mi_resolve_person (OtMinutesParser *p,
                      const char      *name)
{
  const char *known = match_known (p->people, name, TRUE);

  return known != NULL ? g_strdup (known) : ot_mi_fix_name (name);
}

char *
ot_mi_resolve_org (OtMinutesParser *p,
                   const char      *name)
{
  const char *known = match_known (p->orgs, name, FALSE);

  return known != NULL ? g_strdup (known) : ot_mi_fix_name (name);
}

gboolean
ot_mi_is_known_org (OtMinutesParser *p,
                    const char      *name)
{
  return match_known (p->orgs, name, FALSE) != NULL;
}

gboolean
ot_mi_is_known_person (OtMinutesParser *p,
                       const char      *name)
{
  return match_known (p->people, name, TRUE) != NULL;
}

/* Speakers and owners: "Voorzitter Pascal Budding", "De gemeente Nieuwegein (Lilian Petter)",
 * "Verschillende aanbieders", "Abrona", "Nico". */
char *
ot_mi_resolve_speaker (OtMinutesParser *p,
                       const char      *text)
{
  g_autofree char *s = ot_mi_strip (text, -1);
  char *paren;
  g_autofree char *folded = NULL;

  if (*s == '\0' || g_utf8_strlen (s, -1) > 70)
    return NULL;
  {
    const char *bare = ot_mi_skip_honorific (s);
    if (bare != s)
      memmove (s, bare, strlen (bare) + 1);
  }
  if ((paren = strchr (s, '(')) != NULL)
    {
      char *close = strchr (paren, ')');
      g_autofree char *inner = close != NULL ? ot_mi_strip (paren + 1, close - paren - 1) : NULL;

      *paren = '\0';
      g_strstrip (s);
      if (inner != NULL && (ot_mi_looks_like_person (inner) || ot_mi_is_known_person (p, inner)))
        return ot_mi_resolve_person (p, inner);
    }
  folded = ot_mi_fold (s);
  if (g_str_equal (folded, "de voorzitter") || g_str_equal (folded, "voorzitter") ||
      g_str_equal (folded, "de dagvoorzitter"))
    return g_strdup (p->result->chair != NULL ? p->result->chair : "voorzitter");
  if (ot_mi_is_group_label (s))
    {
      /* "Verschillende aanbieders" speak as "aanbieders"; "De regio" as "regio". */
      const char *last = strrchr (folded, ' ');
      g_autofree char *noun = g_strdup (last != NULL ? last + 1 : folded);

      if (g_str_has_prefix (noun, "zorgaanbieder"))
        return g_strdup ("aanbieders");
      return g_steal_pointer (&noun);
    }
  /* A role before the name: "Voorzitter Pascal Budding", "de projectleider Dave Smit". */
  {
    static const char * const roles[] = { "voorzitter ", "de voorzitter ", "projectleider ",
                                          "de projectleider ", "dagvoorzitter ", NULL };
    for (guint i = 0; roles[i] != NULL; i++)
      if (g_str_has_prefix (folded, roles[i]) && strlen (s) > strlen (roles[i]))
        {
          const char *after = g_utf8_offset_to_pointer (s, g_utf8_strlen (roles[i], -1));
          memmove (s, after, strlen (after) + 1);
          g_free (folded);
          folded = ot_mi_fold (s);
          break;
        }
  }
  if (g_str_has_prefix (folded, "de gemeente ") || g_str_has_prefix (folded, "de regio "))
    {
      memmove (s, s + 3, strlen (s + 3) + 1);
      s[0] = g_ascii_toupper (s[0]);
    }
  if (ot_mi_is_known_person (p, s))
    return ot_mi_resolve_person (p, s);
  if (ot_mi_is_known_org (p, s))
    return ot_mi_resolve_org (p, s);
  if (ot_mi_looks_like_person (s))
    return ot_mi_resolve_person (p, s);
  if (ot_mi_looks_like_org (s) && ot_mi_word_count (s) <= 4 && ot_mi_starts_upper (s))
    {
      g_auto(GStrv) words = g_strsplit (s, " ", -1);
      /* A single word is only a speaker when it is capitalised and not an ordinary word. */
      if (g_strv_length (words) == 1 && !g_unichar_isupper (g_utf8_get_char (s)))
        return NULL;
      return ot_mi_resolve_org (p, s);
    }
  return NULL;
}

/* Attendance */

static gboolean
attendance_state (const char          *label,
                  OtMinutesAttendance *state)
{
  g_autofree char *f = ot_mi_fold (label);
  GRegex *excused = ot_mi_regex (
    "^(afgemeld|afmeldingen|afmelding|verhinderd|met kennisgeving( afwezig)?|"
    "afwezig met (kennisgeving|bericht|afmelding)|bericht van verhindering)$", 0);
  GRegex *absent = ot_mi_regex (
    "^(afwezig|afwezigen|niet aanwezig|afwezig( \\()?zonder (afmelding|bericht|kennisgeving)\\)?)$", 0);
  GRegex *present = ot_mi_regex (
    "^(aanwezig|aanwezigen|aanwezig zijn|aanwezig waren|waren aanwezig|present|deelnemers|"
    "aanwezige deelnemers|genodigden aanwezig|aanwezig namens .+|afwezig namens .+)$", 0);

  g_strstrip (f);
  if (g_str_has_prefix (f, "afwezig namens "))
    *state = OT_MINUTES_ABSENT;
  else if (g_regex_match (excused, f, 0, NULL))
    *state = OT_MINUTES_EXCUSED;
  else if (g_regex_match (absent, f, 0, NULL))
    *state = OT_MINUTES_ABSENT;
  else if (g_regex_match (present, f, 0, NULL))
    *state = OT_MINUTES_PRESENT;
  else
    return FALSE;
  return TRUE;
}

static void
add_attendee (OtMinutesParser    *p,
              const char         *name,
              const char         *org,
              const char         *function,
              OtMinutesAttendance state,
              OtMinutesSpan       span)
{
  OtMinutesAttendee *a = g_new0 (OtMinutesAttendee, 1);

  a->name = name != NULL && *name != '\0' ? ot_mi_resolve_person (p, name) : NULL;
  a->organisation = org != NULL && *org != '\0' ? ot_mi_resolve_org (p, org) : NULL;
  a->function = function != NULL && *function != '\0' ? ot_mi_fix_name (function) : NULL;
  a->state = state;
  a->span = span;
  if (a->name != NULL && a->function != NULL && p->result->chair == NULL)
    {
      g_autofree char *f = ot_mi_fold (a->function);
      if (g_str_equal (f, "voorzitter") || g_str_equal (f, "dagvoorzitter") || g_str_equal (f, "chair"))
        {
          p->result->chair = g_strdup (a->name);
          p->result->chair_span = span;
        }
    }
  ot_mi_known_add (p->people, a->name);
  ot_mi_known_add (p->orgs, a->organisation);
  g_ptr_array_add (p->result->attendees, a);
}

typedef struct
{
  OtMinutesParser    *p;
  OtMinutesAttendance state;
  const char         *group;     /* "Gemeenten/Regionale backoffice" */
  GHashTable         *column_orgs; /* trailing words shared by several lines: an org column */
  int                 columns[3]; /* order of name, org, function in a table: from its header */
  OtMinutesSpan       span;
} Block;

/* "Name Function Org" without separators: the name is a first name or initials, particles
 * and one surname word; what follows is a function and/or an organisation. */
static gboolean
split_name_prefix (const char *text,
                   char      **name,
                   char      **rest)
{
  g_auto(GStrv) w = g_strsplit (text, " ", -1);
  guint n = g_strv_length (w), i = 1;
  g_autoptr(GString) nm = NULL;

  if (n < 2)
    return FALSE;
  while (i < n && ot_mi_is_particle (w[i]))
    i++;
  if (i >= n)
    return FALSE;
  i++;        /* the surname */
  while (i + 1 < n && ot_mi_is_particle (w[i]))   /* "Jan Willem de Vries" */
    i += 2;
  nm = g_string_new (w[0]);
  for (guint k = 1; k < i && k < n; k++)
    g_string_append_printf (nm, " %s", w[k]);
  if (!ot_mi_looks_like_person (nm->str))
    return FALSE;
  *name = g_strdup (nm->str);
  *rest = i < n ? g_strjoinv (" ", w + i) : NULL;
  return TRUE;
}

static void
split_function_org (Block      *b,
                    const char *rest,
                    char      **function,
                    char      **org)
{
  g_auto(GStrv) w = NULL;

  /* "Jan Jansen namens Careyn", "Jan Jansen (Careyn)", "Jan Jansen, Careyn" */
  while (*rest == ' ' || *rest == '(' || *rest == ',' || *rest == '-')
    rest++;
  if (g_str_has_prefix (rest, "namens ") || g_str_has_prefix (rest, "vanuit ") ||
      g_str_has_prefix (rest, "van "))
    rest = strchr (rest, ' ') + 1;
  w = g_strsplit (rest, " ", -1);
  if (w[0] != NULL && g_str_has_suffix (w[g_strv_length (w) - 1], ")"))
    w[g_strv_length (w) - 1][strlen (w[g_strv_length (w) - 1]) - 1] = '\0';
  guint n = g_strv_length (w), f = 0;

  while (f < n && ot_mi_is_function_word (w[f]))
    f++;
  /* "Gemeente Nieuwegein Beleidsmedewerker": the function may come last. */
  if (f == 0 && n >= 2 && ot_mi_is_function_word (w[n - 1]))
    {
      guint start = n - 1;
      while (start > 1 && ot_mi_is_function_word (w[start - 1]))
        start--;
      *function = g_strjoinv (" ", w + start);
      {
        char *saved = w[start];
        w[start] = NULL;
        *org = g_strjoinv (" ", w);
        w[start] = saved;
      }
      return;
    }
  if (f == 0 && n >= 2)
    {
      /* An organisation column is told by words that end several lines of the block. */
      for (guint k = n - 1; k >= 1; k--)
        {
          g_autofree char *tail = g_strjoinv (" ", w + k);
          if (GPOINTER_TO_UINT (g_hash_table_lookup (b->column_orgs, tail)) >= 2 ||
              ot_mi_is_known_org (b->p, tail))
            {
              f = k;
              break;
            }
        }
    }
  if (f >= n)
    {
      *function = g_strjoinv (" ", w);
      *org = NULL;
      return;
    }
  if (f > 0)
    {
      char *saved = w[f];
      w[f] = NULL;
      *function = g_strjoinv (" ", w);
      w[f] = saved;
    }
  else
    *function = NULL;
  *org = g_strjoinv (" ", w + f);
}

static gboolean
is_table_header (char **cells,
                 int   *columns)
{
  gboolean header = FALSE;

  for (int i = 0; cells[i] != NULL && i < 3; i++)
    {
      g_autofree char *f = ot_mi_fold (cells[i]);
      g_strstrip (f);
      if (g_str_has_prefix (f, "naam") || g_str_equal (f, "name"))
        columns[0] = i, header = TRUE;
      else if (g_str_has_prefix (f, "organisatie") || g_str_has_prefix (f, "namens") ||
               g_str_has_prefix (f, "organisation"))
        columns[1] = i, header = TRUE;
      else if (g_str_has_prefix (f, "functie") || g_str_has_prefix (f, "rol"))
        columns[2] = i, header = TRUE;
    }
  return header;
}

static gboolean
parse_table_row (Block      *b,
                 const char *text)
{
  GRegex *re = ot_mi_regex ("\\t+|\\s{2,}| \\| ", 0);
  g_auto(GStrv) cells = g_regex_split (re, text, 0);
  guint n = 0;
  const char *name = NULL, *org = NULL, *function = NULL;

  for (guint i = 0; cells[i] != NULL; i++)
    g_strstrip (cells[i]);
  n = g_strv_length (cells);
  while (n > 0 && *cells[n - 1] == '\0')
    g_free (cells[--n]), cells[n] = NULL;
  if (n < 2 || n > 4)
    return FALSE;
  if (is_table_header (cells, b->columns))
    {
      g_array_append_val (b->p->result->structure, b->span);
      return TRUE;
    }
  if (b->columns[0] >= 0)
    {
      name = (guint) b->columns[0] < n ? cells[b->columns[0]] : NULL;
      org = b->columns[1] >= 0 && (guint) b->columns[1] < n ? cells[b->columns[1]] : NULL;
      function = b->columns[2] >= 0 && (guint) b->columns[2] < n ? cells[b->columns[2]] : NULL;
    }
  else
    {
      /* Without a header the person is the cell that looks like a name, in any column. */
      for (guint i = 0; i < n && name == NULL; i++)
        if (ot_mi_looks_like_person (ot_mi_skip_honorific (cells[i])) ||
            ot_mi_is_known_person (b->p, cells[i]))
          name = ot_mi_skip_honorific (cells[i]);
      if (name == NULL)
        return FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *first_word = g_strndup (cells[i], strcspn (cells[i], " "));
          if (cells[i] == name || ot_mi_skip_honorific (cells[i]) == name)
            continue;
          if (function == NULL && ot_mi_is_function_word (first_word))
            function = cells[i];
          else if (org == NULL)
            org = cells[i];
        }
    }
  add_attendee (b->p, name, org != NULL ? org : b->group, function, b->state, b->span);
  return TRUE;
}

/* "Jan Jansen (afgemeld)": a state given with the name overrides the block's. */
static gboolean
parenthesis_state (const char          *inner,
                   OtMinutesAttendance *state)
{
  static const char * const excused[] = { "afgemeld", "met kennisgeving", "verhinderd", "mk", "m.k.",
                                          "met bericht", "afwezig met kennisgeving", NULL };
  static const char * const absent[] = { "afwezig", "niet aanwezig", "zonder afmelding", NULL };
  g_autofree char *key = ot_mi_folded_key (inner);

  if (g_strv_contains (excused, key))
    *state = OT_MINUTES_EXCUSED;
  else if (g_strv_contains (absent, key))
    *state = OT_MINUTES_ABSENT;
  else
    return FALSE;
  return TRUE;
}

/* "Name (Org)", "Name (Function, Org)", "Name – Org", or a bare name. */
static gboolean
parse_one_person (Block      *b,
                  const char *segment,
                  const char *org)
{
  g_autofree char *s = ot_mi_strip (ot_mi_skip_honorific (segment), -1);
  char *paren = strchr (s, '(');
  const char *dash = NULL;
  static const char * const dashes[] = { " – ", " — ", " - ", " | ", NULL };

  if (paren != NULL)
    {
      char *close = strchr (paren, ')');
      g_autofree char *inner = ot_mi_strip (paren + 1, close != NULL ? close - paren - 1 : -1);
      g_autofree char *name = ot_mi_strip (s, paren - s);
      char *comma = strchr (inner, ',');
      g_autofree char *function = NULL;

      if (!ot_mi_looks_like_person (name) && !ot_mi_is_known_person (b->p, name))
        {
          if (*name != '\0' && ot_mi_looks_like_org (name))
            {
              add_attendee (b->p, NULL, name, NULL, b->state, b->span);  /* "Org (2 pers.)" */
              return TRUE;
            }
          return FALSE;
        }
      OtMinutesAttendance state = b->state;

      if (parenthesis_state (inner, &state))
        g_clear_pointer (&inner, g_free);
      else if (comma != NULL)
        {
          function = ot_mi_strip (inner, comma - inner);
          memmove (inner, comma + 1, strlen (comma + 1) + 1);
          g_strstrip (inner);
        }
      else if (ot_mi_is_function_word (inner))
        {
          function = g_steal_pointer (&inner);
        }
      else if (ot_mi_starts_lower (inner))
        {
          /* "(vanaf agendapunt 3)" is a remark, not an organisation. */
          ot_mi_parser_add_note (b->p, segment, b->span);
          g_clear_pointer (&inner, g_free);
        }
      add_attendee (b->p, name, inner != NULL ? inner : org, function, state, b->span);
      return TRUE;
    }
  for (guint i = 0; dashes[i] != NULL && dash == NULL; i++)
    dash = strstr (s, dashes[i]);
  if (dash != NULL)
    {
      g_autofree char *left = ot_mi_strip (s, dash - s);
      const char *right = strchr (dash + 1, ' ') + 1;

      if (ot_mi_looks_like_person (left) || ot_mi_is_known_person (b->p, left))
        {
          g_autofree char *function = NULL, *rorg = NULL;
          split_function_org (b, right, &function, &rorg);
          add_attendee (b->p, left, rorg != NULL ? rorg : org, function, b->state, b->span);
          return TRUE;
        }
      return FALSE;
    }
  if (ot_mi_looks_like_person (s) || ot_mi_is_known_person (b->p, s))
    {
      add_attendee (b->p, s, org, NULL, b->state, b->span);
      return TRUE;
    }
  return FALSE;
}

static gboolean looks_like_prose_impl (const char *text);

static gboolean
looks_like_prose (const char *text)
{
  return looks_like_prose_impl (text);
}

static GPtrArray *
split_list (const char *text)
{
  GRegex *re = ot_mi_regex ("\\s*[,;]\\s*|\\s+(en|&)\\s+", 0);
  g_auto(GStrv) parts = g_regex_split (re, text, 0);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0' && !g_str_equal (parts[i], "en") && !g_str_equal (parts[i], "&"))
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
  return out;
}

static gboolean
is_person_part (Block      *b,
                const char *part)
{
  part = ot_mi_skip_honorific (part);
  if (ot_mi_is_known_org (b->p, part))
    return FALSE;
  return strchr (part, '(') != NULL || ot_mi_is_known_person (b->p, part) ||
         ot_mi_looks_like_person (part) ||
         strstr (part, " – ") != NULL || strstr (part, " - ") != NULL;
}

/* Under "Aanbieders:" a list names organisations, even where one looks like a name. */
static gboolean
group_lists_orgs (const char *group)
{
  static const char * const groups[] = { "aanbieders", "zorgaanbieders", "organisaties",
                                         "instellingen", "partijen", "zorgaanbieder", NULL };
  g_autofree char *f = group != NULL ? ot_mi_fold (group) : NULL;

  return f != NULL && g_strv_contains (groups, f);
}

static gboolean
add_list_parts (Block     *b,
                GPtrArray *parts)
{
  guint persons = 0;
  const char *first = g_ptr_array_index (parts, 0);
  gboolean orgs_only = group_lists_orgs (b->group);

  for (guint i = 0; i < parts->len; i++)
    persons += is_person_part (b, g_ptr_array_index (parts, i)) ? 1 : 0;

  /* "Org, Name en Name": the organisation leads its people. */
  if (!orgs_only && parts->len >= 2 && !is_person_part (b, first) && persons == parts->len - 1 &&
      ot_mi_word_count (first) <= 5 && ot_mi_starts_upper (first))
    {
      gboolean all = TRUE;

      for (guint i = 1; i < parts->len; i++)
        all &= parse_one_person (b, g_ptr_array_index (parts, i), first);
      return all;
    }
  /* "Name, Org" and "Name, Function, Org": one person with the rest about them. */
  if (!orgs_only && parts->len >= 2 && parts->len <= 3 && persons == 1 && is_person_part (b, first) &&
      strchr (first, '(') == NULL)
    {
      const char *org = NULL, *function = NULL;

      for (guint i = 1; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          g_autofree char *word = g_strndup (part, strcspn (part, " "));
          if (function == NULL && ot_mi_is_function_word (word))
            function = part;
          else if (org == NULL && ot_mi_starts_upper (part))
            org = part;
        }
      add_attendee (b->p, ot_mi_skip_honorific (first), org != NULL ? org : b->group, function,
                    b->state, b->span);
      return TRUE;
    }
  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (!orgs_only || strchr (part, '(') != NULL)
        if (is_person_part (b, part) && parse_one_person (b, part, b->group))
          continue;
      if (ot_mi_word_count (part) > 5 || !ot_mi_starts_upper (part) || looks_like_prose (part))
        return FALSE;
      add_attendee (b->p, NULL, part, NULL, b->state, b->span);
    }
  return TRUE;
}

/* "Org, Name en Name", "Name, Name en Name", "A (Org), B (Org)". */
static gboolean
parse_list_line (Block      *b,
                 const char *text)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *fixed = NULL;

  /* Commas inside parentheses belong to the person: protect them. */
  fixed = g_strdup (text);
  for (char *q = fixed, depth = 0; *q != '\0'; q++)
    {
      if (*q == '(') depth++;
      else if (*q == ')' && depth > 0) depth--;
      else if (*q == ',' && depth > 0) *q = '\x01';
    }
  parts = split_list (fixed);
  for (guint i = 0; i < parts->len; i++)
    g_strdelimit (g_ptr_array_index (parts, i), "\x01", ',');
  if (parts->len == 0)
    return FALSE;

  return add_list_parts (b, parts);
}

static gboolean
looks_like_prose_impl (const char *text)
{
  guint words = ot_mi_word_count (text);

  if (g_str_has_suffix (text, ".") && words > 4)
    return TRUE;
  return words > 10 && strchr (text, ',') == NULL;
}

/* TRUE when the whole line was understood. */
static gboolean
parse_attendee_text (Block      *b,
                     const char *text)
{
  g_autofree char *name = NULL, *rest = NULL;

  text = ot_mi_skip_honorific (text);
  if (looks_like_prose (text) || ot_mi_split_numbered (text, NULL, NULL))
    return FALSE;
  if (parse_table_row (b, text))
    return TRUE;
  if (strpbrk (text, ",;(") != NULL || strstr (text, " en ") != NULL || strstr (text, " – ") != NULL ||
      strstr (text, " - ") != NULL)
    {
      guint before = b->p->result->attendees->len;

      if (parse_list_line (b, text))
        return TRUE;
      if (b->p->result->attendees->len > before)
        return FALSE;
    }
  if (split_name_prefix (text, &name, &rest))
    {
      g_autofree char *function = NULL, *org = NULL;

      if (rest != NULL)
        split_function_org (b, rest, &function, &org);
      add_attendee (b->p, name, org != NULL ? org : b->group, function, b->state, b->span);
      return TRUE;
    }
  if (ot_mi_looks_like_org (text) && ot_mi_word_count (text) <= 4)
    {
      add_attendee (b->p, NULL, text, NULL, b->state, b->span);
      return TRUE;
    }
  return FALSE;
}

/* A line partly understood keeps its attendees, and its text as a note: nothing is lost. */
static gboolean
parse_attendee_line (Block      *b,
                     const char *text)
{
  guint before = b->p->result->attendees->len, marks = b->p->result->structure->len;
  gboolean whole = parse_attendee_text (b, text);
  gboolean some = b->p->result->attendees->len > before || b->p->result->structure->len > marks;

  if (some && !whole)
    ot_mi_parser_add_note (b->p, text, b->span);
  return some;
}

/* Words that end several lines of a block form an organisation column. */
static GHashTable *
count_column_orgs (OtMinutesParser *p,
                   guint            from)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = from; i < p->lines->len && i < from + 200; i++)
    {
      OtMinutesLine *line = ot_mi_parser_line (p, i);
      g_auto(GStrv) w = g_strsplit (line->text, " ", -1);
      guint n = g_strv_length (w);

      if (n > 8 || ot_mi_split_numbered (line->text, NULL, NULL))
        break;
      for (guint k = n > 2 ? n - 2 : 1; k < n && n >= 3; k++)
        {
          char *tail = g_strjoinv (" ", w + k);
          g_hash_table_insert (counts, tail,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, tail)) + 1));
        }
    }
  return counts;
}

static gboolean
is_group_heading (const OtMinutesLine *line)
{
  static const char * const keywords[] = { "agenda:", "agendapunten:", "afspraken:", "besluiten:",
                                            "actiepunten:", "actielijst:", "opening:", NULL };
  gsize len = strlen (line->text);
  g_autofree char *f = ot_mi_fold (line->text);

  return len > 1 && line->text[len - 1] == ':' && ot_mi_word_count (line->text) <= 5 &&
         ot_mi_starts_upper (line->text) && !line->para_break && !g_strv_contains (keywords, f);
}

gboolean
ot_mi_parse_attendance_heading (OtMinutesParser     *p,
                                const OtMinutesLine *line)
{
  const char *rest = NULL;
  g_autofree char *label = ot_mi_leading_label (line->text, &rest);
  g_autofree char *group = NULL;
  g_autoptr(GHashTable) columns = NULL;
  Block b = { p, OT_MINUTES_PRESENT, NULL, NULL, { -1, -1, -1 }, { 0, 0 } };

  if (label == NULL)
    {
      label = g_strdup (line->text);
      rest = "";
    }
  if (!attendance_state (label, &b.state))
    return FALSE;

  ot_mi_mark_structure (p, line);
  columns = count_column_orgs (p, p->pos);
  b.column_orgs = columns;
  b.span = ot_mi_line_span (line);
  /* "Aanwezig namens de gemeenten:" names the group of what follows. */
  {
    const char *namens = strstr (label, " namens ");
    if (namens != NULL)
      {
        const char *group_name = namens + strlen (" namens ");
        if (g_ascii_strncasecmp (group_name, "de ", 3) == 0)
          group_name += 3;
        group = g_strdup (group_name);
        group[0] = g_ascii_toupper (group[0]);
        b.group = group;
      }
  }
  if (*rest != '\0')
    {
      /* "Aanwezig: zie presentielijst" is kept, as every line that says nothing recognised. */
      if (!parse_attendee_line (&b, rest))
        ot_mi_parser_add_note (p, line->text, ot_mi_line_span (line));
      return TRUE;
    }
  while (p->pos < p->lines->len)
    {
      OtMinutesLine *next = ot_mi_parser_line (p, p->pos);
      OtMinutesAttendance other;
      g_autofree char *next_label = ot_mi_leading_label (next->text, NULL);

      b.span = ot_mi_line_span (next);
      if (attendance_state (next_label != NULL ? next_label : next->text, &other))
        break;      /* the next block */
      if (is_group_heading (next) && g_str_has_suffix (next->text, ":"))
        {
          g_free (group);
          group = ot_mi_strip (next->text, strlen (next->text) - 1);
          b.group = group;
          ot_mi_mark_structure (p, next);
          p->pos++;
          continue;
        }
      if (next_label != NULL && !strchr (next_label, ','))
        {
          /* "Gemeenten: A, B en C" names a group and its attendees on one line. */
          const char *list = NULL;
          g_autofree char *group_label = ot_mi_leading_label (next->text, &list);
          const char *saved = b.group;

          b.group = group_label;
          if (*list == '\0' || next->para_break || !parse_attendee_line (&b, list))
            {
              b.group = saved;
              break;
            }
          b.group = saved;
          p->pos++;
          continue;
        }
      if (!parse_attendee_line (&b, next->text))
        {
          /* An odd line inside the block is kept; the block ends at a break or a heading. */
          if (next->para_break || next->bullet || ot_mi_split_numbered (next->text, NULL, NULL) ||
              ot_mi_word_count (next->text) > 8 || p->pos + 1 >= p->lines->len ||
              ot_mi_parser_line (p, p->pos + 1)->para_break)
            break;
          ot_mi_parser_add_note (p, next->text, ot_mi_line_span (next));
        }
      p->pos++;
    }
  return TRUE;
}

/* "Afmelding ontvangen van A (Org), B (Org)", "Afgemeld hebben zich: A, B". */
gboolean
ot_mi_parse_excused_sentence (OtMinutesParser     *p,
                              const OtMinutesLine *line)
{
  GRegex *re = ot_mi_regex (
    "^(?:er\\s+(?:is|zijn)\\s+)?(?:een\\s+)?(?:afmelding(?:en)?|bericht van verhindering)\\s+"
    "(?:is\\s+|zijn\\s+)?(?:ontvangen\\s+)?(?:van|door)\\s*:?\\s*(.+?)\\.?$|"
    "^(?:afgemeld hebben zich|met kennisgeving afwezig(?: zijn)?|zijn afgemeld)\\s*:?\\s*(.+?)\\.?$",
    G_REGEX_CASELESS);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *list = NULL;
  Block b = { p, OT_MINUTES_EXCUSED, NULL, NULL, { -1, -1, -1 }, ot_mi_line_span (line) };
  guint before = p->result->attendees->len;

  if (!g_regex_match (re, line->text, 0, &m))
    return FALSE;
  list = g_match_info_fetch (m, 1);
  if (list == NULL || *list == '\0')
    {
      g_free (list);
      list = g_match_info_fetch (m, 2);
    }
  b.column_orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parse_list_line (&b, list);
  g_hash_table_unref (b.column_orgs);
  return p->result->attendees->len > before;
}
