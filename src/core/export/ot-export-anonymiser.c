/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-export-anonymiser.c: replaces the names of people and organisations by role words for public exports. */
#define G_LOG_DOMAIN "ot-export"
#include "config.h"

#include <string.h>

#include "ot-export-anonymiser.h"
#include "ot-export-words-private.h"

/* Longer names than this many words are matched on their short forms only. */
#define MAX_KEY_TOKENS 8
/* At most this many unsure words are kept: a hostile text cannot grow the list without bound. */
#define MAX_UNSURE 500

typedef enum
{
  ENTRY_PERSON,
  ENTRY_ORGANISATION,
  ENTRY_EXTRA,
} EntryKind;

typedef struct
{
  EntryKind kind;
  gint64    id;
  gboolean  short_form;   /* a first name or a surname alone: only when capitalised */
  gboolean  ambiguous;    /* two people of different organisations share it */
} Entry;

typedef struct
{
  gint64             id;
  char              *name;
  char              *short_name;
  OtOrganisationKind kind;
  char              *label;   /* assigned on first use */
} Org;

typedef struct
{
  gint64  id;
  char   *name;
  gint64  organisation_id;
  char   *label;              /* only when set for this document */
} Person;

typedef struct
{
  char  *key;                 /* ASCII, lower case */
  Entry *entry;
} FuzzyKey;

struct _OtExportAnonymiser
{
  GHashTable *orgs;           /* id → Org */
  GHashTable *people;         /* id → Person */
  GHashTable *keys;           /* normalised name → Entry */
  GPtrArray  *fuzzy;          /* FuzzyKey */
  GPtrArray  *prefixes;       /* FuzzyKey: one-word names, looked for at the start of compounds */
  guint       n_aanbieder, n_gemeente, n_other;
  GHashTable *unsure;         /* word as written → TRUE */
  GHashTable *lower_words;    /* normalised words seen in lower case */
};

static void
org_free (gpointer data)
{
  Org *org = data;

  g_free (org->name);
  g_free (org->short_name);
  g_free (org->label);
  g_free (org);
}

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person->label);
  g_free (person);
}

static void
fuzzy_free (gpointer data)
{
  FuzzyKey *fuzzy = data;

  g_free (fuzzy->key);
  g_free (fuzzy);
}

static gint64
entry_organisation (OtExportAnonymiser *self,
                    Entry              *entry)
{
  Person *person;

  if (entry->kind == ENTRY_ORGANISATION)
    return entry->id;
  if (entry->kind != ENTRY_PERSON)
    return -1;
  person = g_hash_table_lookup (self->people, &entry->id);
  return person != NULL ? person->organisation_id : -1;
}

static void
add_key (OtExportAnonymiser *self,
         const char         *key,
         EntryKind           kind,
         gint64              id,
         gboolean            short_form)
{
  Entry *existing = g_hash_table_lookup (self->keys, key);
  Entry *entry;

  if (key == NULL || *key == '\0')
    return;
  if (existing != NULL)
    {
      Entry probe = { kind, id, short_form, FALSE };

      /* A full name wins over someone else's short form; two short forms of different
       * organisations are ambiguous. */
      if (!short_form && existing->short_form)
        {
          existing->kind = kind;
          existing->id = id;
          existing->short_form = FALSE;
          existing->ambiguous = FALSE;
        }
      else if (short_form && existing->short_form
               && entry_organisation (self, existing) != entry_organisation (self, &probe))
        existing->ambiguous = TRUE;
      return;
    }

  entry = g_new0 (Entry, 1);
  entry->kind = kind;
  entry->id = id;
  entry->short_form = short_form;
  g_hash_table_insert (self->keys, g_strdup (key), entry);

  if (strlen (key) >= 5 && strpbrk (key, " .-'") == NULL)
    {
      FuzzyKey *prefix = g_new0 (FuzzyKey, 1);

      prefix->key = g_strdup (key);
      prefix->entry = entry;
      g_ptr_array_add (self->prefixes, prefix);
    }
  if (short_form && strlen (key) >= 5 && strchr (key, ' ') == NULL)
    {
      FuzzyKey *fuzzy = g_new0 (FuzzyKey, 1);

      fuzzy->key = g_strdup (key);
      fuzzy->entry = entry;
      g_ptr_array_add (self->fuzzy, fuzzy);
    }
}

/* The key of a whole name, and the tokens of it for short forms. */
static char *
name_key (const char *name,
          GArray    **tokens_out)
{
  g_autoptr(GArray) tokens = NULL;
  char *key;

  tokens = ot_export_words_tokenise (name, TRUE);
  if (tokens->len == 0 || tokens->len > MAX_KEY_TOKENS)
    {
      ot_export_words_free (g_steal_pointer (&tokens));
      *tokens_out = NULL;
      return NULL;
    }
  key = ot_export_words_key (name, tokens, 0, tokens->len);
  *tokens_out = g_steal_pointer (&tokens);
  return key;
}

static void
add_person_keys (OtExportAnonymiser *self,
                 Person             *person)
{
  GArray *tokens = NULL;
  g_autofree char *full = name_key (person->name, &tokens);
  guint first_surname = 1;

  if (tokens == NULL)
    return;
  add_key (self, full, ENTRY_PERSON, person->id, FALSE);
  if (tokens->len >= 2)
    {
      const char *first = g_array_index (tokens, Token, 0).norm;
      const char *last = g_array_index (tokens, Token, tokens->len - 1).norm;
      g_autofree char *surname = NULL;

      if (strlen (first) >= 3 && !ot_export_words_in_list (ot_export_words_particles, first))
        add_key (self, first, ENTRY_PERSON, person->id, TRUE);
      /* The surname starts at the first particle after the first name, or is the last word. */
      while (first_surname < tokens->len - 1
             && !ot_export_words_in_list (ot_export_words_particles,
                                          g_array_index (tokens, Token, first_surname).norm))
        first_surname++;
      surname = ot_export_words_key (person->name, tokens, first_surname, tokens->len - first_surname);
      if (surname != NULL)
        add_key (self, surname, ENTRY_PERSON, person->id, TRUE);
      if (strlen (last) >= 3 && !ot_export_words_in_list (ot_export_words_particles, last))
        add_key (self, last, ENTRY_PERSON, person->id, TRUE);
    }
  ot_export_words_free (tokens);
}

static void
add_org_keys (OtExportAnonymiser *self,
              Org                *org)
{
  GArray *tokens = NULL;
  g_autofree char *full = name_key (org->name, &tokens);
  guint skip = 0;

  if (tokens == NULL)
    return;
  add_key (self, full, ENTRY_ORGANISATION, org->id, FALSE);
  while (skip < tokens->len
         && ot_export_words_in_list (ot_export_words_org_prefixes, g_array_index (tokens, Token, skip).norm))
    skip++;
  if (skip > 0 && skip < tokens->len)
    {
      g_autofree char *rest = ot_export_words_key (org->name, tokens, skip, tokens->len - skip);

      if (rest != NULL && strlen (rest) >= 3)
        add_key (self, rest, ENTRY_ORGANISATION, org->id, TRUE);
    }
  ot_export_words_free (tokens);

  if (org->short_name != NULL && *org->short_name != '\0')
    {
      g_autofree char *short_key = name_key (org->short_name, &tokens);

      if (tokens != NULL)
        {
          if (short_key != NULL && strlen (short_key) >= 2)
            add_key (self, short_key, ENTRY_ORGANISATION, org->id, TRUE);
          ot_export_words_free (tokens);
        }
    }
}

static gboolean
load_registry (OtExportAnonymiser  *self,
               OtStore             *store,
               GError             **error)
{
  g_autoptr(GListModel) orgs = ot_store_list_organisations (store, -1, error);
  g_autoptr(GListModel) people = NULL;

  if (orgs == NULL)
    return FALSE;
  people = ot_store_list_people (store, 0, error);
  if (people == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(OtOrganisation) o = g_list_model_get_item (orgs, i);
      Org *org = g_new0 (Org, 1);

      org->id = ot_organisation_get_id (o);
      org->name = g_strdup (ot_organisation_get_name (o));
      org->short_name = g_strdup (ot_organisation_get_short_name (o));
      org->kind = ot_organisation_get_kind (o);
      g_hash_table_insert (self->orgs, &org->id, org);
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OtPerson) p = g_list_model_get_item (people, i);
      Person *person = g_new0 (Person, 1);

      person->id = ot_person_get_id (p);
      person->name = g_strdup (ot_person_get_name (p));
      person->organisation_id = ot_person_get_organisation_id (p);
      g_hash_table_insert (self->people, &person->id, person);
    }

  /* Full names first, so that a full name always beats another entry's short form. */
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->people);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      add_person_keys (self, value);
    g_hash_table_iter_init (&iter, self->orgs);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      add_org_keys (self, value);
  }
  return TRUE;
}

OtExportAnonymiser *
ot_export_anonymiser_new (OtStore  *store,
                          GError  **error)
{
  OtExportAnonymiser *self;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);

  self = g_new0 (OtExportAnonymiser, 1);
  self->orgs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, org_free);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, person_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->fuzzy = g_ptr_array_new_with_free_func (fuzzy_free);
  self->prefixes = g_ptr_array_new_with_free_func (fuzzy_free);
  self->unsure = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->lower_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!load_registry (self, store, error))
    {
      ot_export_anonymiser_free (self);
      return NULL;
    }
  return self;
}

void
ot_export_anonymiser_free (OtExportAnonymiser *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->orgs);
  g_hash_table_unref (self->people);
  g_hash_table_unref (self->keys);
  g_ptr_array_unref (self->fuzzy);
  g_ptr_array_unref (self->prefixes);
  g_hash_table_unref (self->unsure);
  g_hash_table_unref (self->lower_words);
  g_free (self);
}

void
ot_export_anonymiser_set_person_label (OtExportAnonymiser *self,
                                       gint64              person_id,
                                       const char         *label)
{
  Person *person = g_hash_table_lookup (self->people, &person_id);

  if (person == NULL)
    return;
  g_free (person->label);
  person->label = g_strdup (label);
}

void
ot_export_anonymiser_add_name (OtExportAnonymiser *self,
                               const char         *name)
{
  GArray *tokens = NULL;
  g_autofree char *key = name_key (name, &tokens);

  if (tokens == NULL)
    return;
  ot_export_words_free (tokens);
  if (key != NULL && g_hash_table_lookup (self->keys, key) == NULL)
    add_key (self, key, ENTRY_EXTRA, 0, FALSE);
}

static char *
letters_for (guint n)
{
  GString *s = g_string_new (NULL);

  /* 0 → A, 25 → Z, 26 → AA: bijective base 26. */
  n++;
  while (n > 0)
    {
      n--;
      g_string_prepend_c (s, 'A' + (n % 26));
      n /= 26;
    }
  return g_string_free (s, FALSE);
}

const char *
ot_export_anonymiser_organisation_label (OtExportAnonymiser *self,
                                         gint64              organisation_id)
{
  Org *org = g_hash_table_lookup (self->orgs, &organisation_id);

  if (org == NULL)
    return "een deelnemer";
  if (org->label == NULL)
    {
      g_autofree char *letters = NULL;

      switch (org->kind)
        {
        case OT_ORGANISATION_KIND_AANBIEDER:
          letters = letters_for (self->n_aanbieder++);
          org->label = g_strdup_printf ("aanbieder %s", letters);
          break;
        case OT_ORGANISATION_KIND_GEMEENTE:
          org->label = g_strdup_printf ("gemeente %u", ++self->n_gemeente);
          break;
        case OT_ORGANISATION_KIND_REGIO:
          org->label = g_strdup ("de regio");
          break;
        case OT_ORGANISATION_KIND_OTHER:
        default:
          org->label = g_strdup_printf ("organisatie %u", ++self->n_other);
          break;
        }
    }
  return org->label;
}

const char *
ot_export_anonymiser_person_label (OtExportAnonymiser *self,
                                   gint64              person_id)
{
  Person *person = g_hash_table_lookup (self->people, &person_id);

  if (person == NULL)
    return "een deelnemer";
  if (person->label != NULL)
    return person->label;
  if (person->organisation_id > 0)
    return ot_export_anonymiser_organisation_label (self, person->organisation_id);
  return "een deelnemer";
}

static const char *
entry_label (OtExportAnonymiser *self,
             Entry              *entry)
{
  if (entry->ambiguous)
    return "een deelnemer";
  switch (entry->kind)
    {
    case ENTRY_PERSON:
      return ot_export_anonymiser_person_label (self, entry->id);
    case ENTRY_ORGANISATION:
      return ot_export_anonymiser_organisation_label (self, entry->id);
    case ENTRY_EXTRA:
    default:
      return "[naam]";
    }
}

static Entry *
fuzzy_lookup (OtExportAnonymiser *self,
              const char         *norm)
{
  Entry *found = NULL;

  if (strlen (norm) < 5)
    return NULL;
  for (guint i = 0; i < self->fuzzy->len; i++)
    {
      FuzzyKey *fuzzy = g_ptr_array_index (self->fuzzy, i);

      if (ot_export_words_within_one_edit (norm, fuzzy->key))
        {
          if (found != NULL && entry_organisation (self, found) != entry_organisation (self, fuzzy->entry))
            return NULL;
          found = fuzzy->entry;
        }
    }
  return found;
}

/* The longest known name starting at token @i; sets *@n_tokens. */
static Entry *
match_at (OtExportAnonymiser *self,
          const char         *text,
          GArray             *tokens,
          guint               i,
          guint              *n_tokens)
{
  Token *tok = &g_array_index (tokens, Token, i);
  guint max = MIN (MAX_KEY_TOKENS, tokens->len - i);

  for (guint n = max; n >= 1; n--)
    {
      g_autofree char *key = ot_export_words_key (text, tokens, i, n);
      Entry *entry;

      if (key == NULL)
        continue;
      entry = g_hash_table_lookup (self->keys, key);
      if (entry == NULL)
        continue;
      /* "wil" is not Wil: a first name or surname alone only counts when capitalised. */
      if (entry->short_form && n == 1 && !g_unichar_isupper (g_utf8_get_char (text + tok->start)))
        continue;
      *n_tokens = n;
      return entry;
    }

  if (tok->capitalised)
    {
      Entry *entry = fuzzy_lookup (self, tok->norm);

      if (entry != NULL)
        {
          *n_tokens = 1;
          return entry;
        }
    }
  return NULL;
}

static void
note_unsure (OtExportAnonymiser *self,
             const char         *text,
             GArray             *tokens,
             guint               i)
{
  Token *tok = &g_array_index (tokens, Token, i);

  if (!tok->capitalised)
    {
      if (g_unichar_islower (g_utf8_get_char (text + tok->start)))
        g_hash_table_add (self->lower_words, g_strdup (tok->norm));
      return;
    }
  if (tok->end - tok->start < 3 || ot_export_words_in_list (ot_export_words_not_names, tok->norm)
      || ot_export_words_has_ending (tok->norm)
      || g_hash_table_size (self->unsure) >= MAX_UNSURE)
    return;
  if (tok->sentence_start)
    {
      Token *next = i + 1 < tokens->len ? &g_array_index (tokens, Token, i + 1) : NULL;

      if (next == NULL || !ot_export_words_in_list (ot_export_words_speech_verbs, next->norm))
        return;
    }
  g_hash_table_add (self->unsure, g_strndup (text + tok->start, tok->end - tok->start));
}

/* "De" + "de regio" reads "De regio", "Voorzitter" + "de voorzitter" reads "De voorzitter";
 * a label at the start of a sentence is capitalised. */
static void
append_label (GString    *out,
              const char *label,
              gboolean    sentence_start)
{
  if (g_str_has_prefix (label, "de "))
    {
      gsize noun = strlen (label + 3);

      if (out->len >= noun + 1 && out->str[out->len - 1] == ' '
          && g_ascii_strncasecmp (out->str + out->len - 1 - noun, label + 3, noun) == 0
          && (out->len == noun + 1 || !g_ascii_isalpha (out->str[out->len - noun - 2])))
        {
          sentence_start = sentence_start || g_ascii_isupper (out->str[out->len - 1 - noun]);
          g_string_truncate (out, out->len - 1 - noun);
        }
    }
  if (g_str_has_prefix (label, "de ") && out->len >= 3)
    {
      const char *tail = out->str + out->len - 3;

      if ((g_ascii_strncasecmp (tail, "de ", 3) == 0)
          && (out->len == 3 || !g_ascii_isalpha (out->str[out->len - 4])))
        label += 3;
    }
  if (sentence_start && g_ascii_islower (*label))
    {
      g_string_append_c (out, g_ascii_toupper (*label));
      g_string_append (out, label + 1);
    }
  else
    g_string_append (out, label);
}

/* A name at the start of a compound ("Lekstroomgemeenten", "Abrona-medewerkers",
 * "Lilian's"): the entry, and in *@prefix_len the bytes of the token the name takes. */
static Entry *
match_compound (OtExportAnonymiser *self,
                const char         *text,
                Token              *tok,
                gsize              *prefix_len)
{
  const char *start = text + tok->start;

  if (!g_unichar_isupper (g_utf8_get_char (start)))
    return NULL;
  for (guint i = 0; i < self->prefixes->len; i++)
    {
      FuzzyKey *prefix = g_ptr_array_index (self->prefixes, i);
      gsize key_len = strlen (prefix->key);
      gsize rest = strlen (tok->norm) - MIN (strlen (tok->norm), key_len);
      const char *p = start;
      gsize norm_len = 0;

      if (!g_str_has_prefix (tok->norm, prefix->key)
          || (rest < 3 && !(rest >= 2 && (tok->norm[key_len] == '\'' || tok->norm[key_len] == '-'))))
        continue;
      /* Walk the original characters until their normalised form covers the key. */
      while (norm_len < key_len && p < text + tok->end)
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *one = ot_export_words_normalise (p, next - p);

          norm_len += strlen (one);
          p = next;
        }
      if (norm_len != key_len)
        continue;
      *prefix_len = p - start;
      return prefix->entry;
    }
  return NULL;
}

/* The label as the first part of a compound: "regiogemeenten", "aanbieder A-medewerkers". */
static void
append_compound_label (GString    *out,
                       const char *label,
                       const char *rest,
                       gsize       rest_len,
                       gboolean    sentence_start)
{
  if (g_str_has_prefix (label, "de "))
    label += 3;
  append_label (out, label, sentence_start);
  if (strchr (label, ' ') != NULL && rest_len > 0 && rest[0] != '-' && rest[0] != '\'' && (guchar) rest[0] < 0x80)
    g_string_append_c (out, '-');
  g_string_append_len (out, rest, rest_len);
}

static char *
replace_in (OtExportAnonymiser *self,
            const char         *text,
            gboolean            sentence_start)
{
  GArray *tokens;
  GString *out;
  gsize copied = 0;

  tokens = ot_export_words_tokenise (text, sentence_start);
  out = g_string_sized_new (strlen (text) + 16);
  for (guint i = 0; i < tokens->len;)
    {
      Token *tok = &g_array_index (tokens, Token, i);
      guint n = 0;
      Entry *entry = match_at (self, text, tokens, i, &n);

      if (entry == NULL)
        {
          gsize prefix_len = 0;
          Entry *compound = match_compound (self, text, tok, &prefix_len);

          if (compound != NULL)
            {
              /* The rest may hold a name too: "Jenny-Lilian", "Abrona-Syndion". It is shorter
               * than the token, so this ends. */
              g_autofree char *rest = g_strndup (text + tok->start + prefix_len, tok->end - tok->start - prefix_len);
              g_autofree char *rest_replaced = replace_in (self, rest, FALSE);

              g_string_append_len (out, text + copied, tok->start - copied);
              append_compound_label (out, entry_label (self, compound), rest_replaced, strlen (rest_replaced),
                                     tok->sentence_start);
              copied = tok->end;
            }
          else
            note_unsure (self, text, tokens, i);
          i++;
          continue;
        }
      g_string_append_len (out, text + copied, tok->start - copied);
      append_label (out, entry_label (self, entry), tok->sentence_start);
      copied = g_array_index (tokens, Token, i + n - 1).end;
      i += n;
    }
  g_string_append (out, text + copied);
  ot_export_words_free (tokens);
  return g_string_free (out, FALSE);
}

char *
ot_export_anonymiser_replace (OtExportAnonymiser *self,
                              const char         *text)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return NULL;
  return replace_in (self, text, TRUE);
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

char **
ot_export_anonymiser_get_unsure (OtExportAnonymiser *self)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->unsure);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *norm = ot_export_words_normalise (key, -1);

      if (!g_hash_table_contains (self->lower_words, norm))
        g_ptr_array_add (words, g_strdup (key));
    }
  g_ptr_array_sort (words, compare_words);
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}
