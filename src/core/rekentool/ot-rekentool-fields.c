/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-rekentool-fields.c: the fields of a rekentool, their Dutch labels and synonyms, and number reading. */
#define G_LOG_DOMAIN "ot-rekentool"
#include "config.h"

#include <math.h>
#include <string.h>

#include "ot-rekentool-fields.h"

typedef struct
{
  const char *key;
  const char *synonyms[8];
} Synonyms;

/* What providers' own rekentools call the fields (the VNG/Berenschot tool and common
 * variants). Compared after ot_rekentool_normalise_label(). */
static const Synonyms synonyms[] = {
  { "aanbieder_naam", { "Naam aanbieder", "Aanbieder", "Naam organisatie", "Organisatie", "Zorgaanbieder",
                        "Naam zorgaanbieder" } },
  { "cao", { "Cao", "Toepasselijke cao", "Van toepassing zijnde cao", "Cao van toepassing" } },
  { "functieschaal", { "Functieschaal", "Schaal", "Salarisschaal", "Loonschaal", "FWG schaal", "Inschaling" } },
  { "bruto_uurloon", { "Bruto uurloon", "Uurloon", "Gemiddeld bruto uurloon", "Bruto loon per uur",
                       "Uurloon bruto", "Bruto uurloon gemiddeld", "Salaris per uur" } },
  { "vakantiegeld_pct", { "Vakantiegeld", "Vakantietoeslag", "Vakantiebijslag" } },
  { "eindejaarsuitkering_pct", { "Eindejaarsuitkering", "EJU", "Dertiende maand", "Eindejaars uitkering" } },
  { "ort_pct", { "ORT", "Onregelmatigheidstoeslag", "Toeslag onregelmatige uren", "Onregelmatigheid" } },
  { "werkgeverslasten_pct", { "Werkgeverslasten", "Sociale lasten", "Sociale lasten en pensioen",
                              "Werkgeverslasten incl pensioen", "Werkgeverslasten en pensioen" } },
  { "overige_personeelskosten_per_uur", { "Overige personeelskosten", "Overige personeelskosten per uur" } },
  { "verlof_pct", { "Verlof", "Verlofuren", "Vakantie en verlof" } },
  { "ziekteverzuim_pct", { "Ziekteverzuim", "Verzuim", "verzuim %", "Ziekte", "Verzuimpercentage",
                           "Ziekteverzuim percentage" } },
  { "scholing_pct", { "Scholing", "Opleiding", "Scholing en opleiding", "Deskundigheidsbevordering" } },
  { "overleg_pct", { "Overleg", "Teamoverleg", "Werkoverleg", "Overleg en intervisie" } },
  { "reistijd_pct", { "Reistijd", "Reisuren", "Reistijd uren" } },
  { "productiviteit_pct", { "Productiviteit", "Declarabiliteit", "Productiviteitsnorm",
                            "Declarabele uren", "Productiviteit declarabel" } },
  { "materiele_kosten_per_uur", { "Materiële kosten", "Materiele kosten per uur", "Materiële kosten per uur" } },
  { "reiskosten_per_uur", { "Reiskosten", "Reiskosten per uur", "Vervoerskosten" } },
  { "overhead_pct", { "Overhead", "Overhead (opslag)", "Opslag overhead", "Overheadopslag", "Indirecte kosten",
                      "Overheadpercentage" } },
  { "risico_opslag_pct", { "Risico-opslag", "Opslag risico", "Risico en innovatie", "Winst en risico",
                           "Risico opslag", "Risico" } },
  { "kostprijs_per_uur", { "Kostprijs", "Kostprijs per uur", "Integrale kostprijs", "Uurtarief kostprijs",
                           "Integrale kostprijs per uur", "Kostprijs uurtarief" } },
  { "tarief_huidig", { "Huidig tarief", "Tarief", "Huidig uurtarief", "Tarief huidig", "Huidig tarief per uur" } },
  { "uren_per_jaar", { "Uren per jaar", "Aantal uren per jaar", "Volume uren", "Geleverde uren per jaar" } },
  { "fte_uitvoerend", { "Fte uitvoerend", "Aantal fte", "FTE", "Fte uitvoerend personeel" } },
  { "aantal_clienten", { "Aantal cliënten", "Cliënten", "Aantal clienten" } },
  { "bestuurder_naam", { "Naam bestuurder", "Bestuurder" } },
  { "bestuurder_functie", { "Functie bestuurder", "Functie" } },
  { "bestuurder_datum", { "Datum", "Datum ondertekening", "Datum verklaring" } },
};

/* Words a label may end in that say only how the value is written ("Verzuim (%)", "Uurloon in euro"). */
static const char * const unit_words[] = { "pct", "procent", "percentage", "in", "eur", "euro", "per uur", "p u" };

static GArray     *all_fields;   /* of OtRekentoolField, never freed; fixed once built */
static GHashTable *by_label;     /* normalised label → field */

static const char *
unit_label_for (const OtCostField *c)
{
  switch (c->unit)
    {
    case OT_COST_UNIT_EUR_PER_HOUR:
      return "€ per uur";
    case OT_COST_UNIT_FRACTION:
      return "%";
    case OT_COST_UNIT_HOURS:
      return "uren";
    case OT_COST_UNIT_COUNT:
      return "aantal";
    case OT_COST_UNIT_FTE_PER_STEP:
      return "fte";
    case OT_COST_UNIT_TEXT:
    default:
      return "tekst";
    }
}

static void
add_field (const char      *key,
           const char      *label,
           const char      *unit_label,
           OtRekentoolKind  kind,
           double           min,
           double           max,
           gboolean         per_product)
{
  OtRekentoolField field = { key, label, unit_label, kind, min, max, per_product, ot_cost_field_lookup (key) };

  g_array_append_val (all_fields, field);
}

static void
add_catalogue_field (const OtCostField *c)
{
  OtRekentoolKind kind = OT_REKENTOOL_KIND_NUMBER;

  if (c->unit == OT_COST_UNIT_TEXT)
    kind = OT_REKENTOOL_KIND_TEXT;
  else if (c->unit == OT_COST_UNIT_FRACTION)
    kind = OT_REKENTOOL_KIND_FRACTION;
  add_field (c->key, c->label, unit_label_for (c), kind, c->min, c->max, c->scope == OT_COST_SCOPE_PRODUCT);
}

static void
add_periodiek_steps (void)
{
  for (guint step = 0; step < OT_REKENTOOL_N_STEPS; step++)
    {
      /* Interned, so they live as long as the table. */
      g_autofree char *key = g_strdup_printf ("periodiek_trede_%u", step);
      g_autofree char *label = g_strdup_printf ("Trede %u", step);

      add_field (g_intern_string (key), g_intern_string (label), "fte", OT_REKENTOOL_KIND_NUMBER, 0, INFINITY, FALSE);
    }
}

static void
add_label (const char             *text,
           const OtRekentoolField *field)
{
  char *normal = ot_rekentool_normalise_label (text);

  /* The first field to claim a label keeps it: catalogue labels come before synonyms. */
  if (*normal == '\0' || g_hash_table_contains (by_label, normal))
    g_free (normal);
  else
    g_hash_table_insert (by_label, normal, (gpointer) field);
}

static const OtRekentoolField *
find_field (const char *key)
{
  for (guint i = 0; i < all_fields->len; i++)
    if (g_str_equal (g_array_index (all_fields, OtRekentoolField, i).key, key))
      return &g_array_index (all_fields, OtRekentoolField, i);
  return NULL;
}

static void
index_labels (void)
{
  by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < all_fields->len; i++)
    {
      const OtRekentoolField *field = &g_array_index (all_fields, OtRekentoolField, i);

      add_label (field->label, field);
    }
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    {
      const OtRekentoolField *field = find_field (synonyms[i].key);

      for (guint j = 0; field != NULL && j < G_N_ELEMENTS (synonyms[i].synonyms) && synonyms[i].synonyms[j]; j++)
        add_label (synonyms[i].synonyms[j], field);
    }
}

static gpointer
build_fields (gpointer data)
{
  guint n;
  const OtCostField *catalogue = ot_cost_field_get_all (&n);

  all_fields = g_array_new (FALSE, TRUE, sizeof (OtRekentoolField));
  /* Provider level: who, which cao, size, periodiek, the director's statement. */
  add_field ("aanbieder_naam", "Naam aanbieder", "tekst", OT_REKENTOOL_KIND_TEXT, NAN, NAN, FALSE);
  for (guint i = 0; i < n; i++)
    if (catalogue[i].scope == OT_COST_SCOPE_PROVIDER && catalogue[i].unit != OT_COST_UNIT_FTE_PER_STEP
        && !g_str_equal (catalogue[i].key, "bestuurdersverklaring"))
      add_catalogue_field (&catalogue[i]);
  add_periodiek_steps ();
  add_field ("bestuurder_naam", "Naam bestuurder", "tekst", OT_REKENTOOL_KIND_TEXT, NAN, NAN, FALSE);
  add_field ("bestuurder_functie", "Functie bestuurder", "tekst", OT_REKENTOOL_KIND_TEXT, NAN, NAN, FALSE);
  add_field ("bestuurder_datum", "Datum ondertekening", "datum", OT_REKENTOOL_KIND_DATE, NAN, NAN, FALSE);
  for (guint i = 0; i < n; i++)
    if (catalogue[i].scope == OT_COST_SCOPE_PRODUCT)
      add_catalogue_field (&catalogue[i]);
  index_labels ();
  return NULL;
}

static void
ensure_fields (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_fields, NULL);
}

const OtRekentoolField *
ot_rekentool_fields_get_all (guint *n_fields)
{
  g_return_val_if_fail (n_fields != NULL, NULL);

  ensure_fields ();
  *n_fields = all_fields->len;
  return (const OtRekentoolField *) all_fields->data;
}

const OtRekentoolField *
ot_rekentool_field_lookup (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  ensure_fields ();
  return find_field (key);
}

char *
ot_rekentool_field_name (const OtRekentoolField *field,
                         const char             *product_code)
{
  g_return_val_if_fail (field != NULL, NULL);

  if (field->per_product)
    return g_strdup_printf ("ovt_%s_%s", product_code, field->key);
  return g_strdup_printf ("ovt_%s", field->key);
}

char *
ot_rekentool_normalise_label (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *out;
  gboolean blank = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  /* Transliteration drops accents ("cliënten" → "clienten") whatever the locale. */
  ascii = g_str_to_ascii (text, "C");
  out = g_string_sized_new (strlen (ascii));
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          blank = FALSE;
        }
      else if (!blank)
        {
          g_string_append_c (out, ' ');
          blank = TRUE;
        }
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Removes a trailing unit word such as "pct" or "in euro"; FALSE when there was none. */
static gboolean
strip_unit_word (char *normal)
{
  gsize len = strlen (normal);

  for (guint i = 0; i < G_N_ELEMENTS (unit_words); i++)
    {
      gsize wlen = strlen (unit_words[i]);

      if (len > wlen + 1 && g_str_has_suffix (normal, unit_words[i]) && normal[len - wlen - 1] == ' ')
        {
          normal[len - wlen - 1] = '\0';
          return TRUE;
        }
    }
  return FALSE;
}

/* "Bruto uurloon (€)" is matched as "Bruto uurloon" when the whole text is not a label. */
static char *
drop_parenthesised (const char *text)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (depth == 0)
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static const OtRekentoolField *
match_normal (char *normal)
{
  const OtRekentoolField *field;

  do
    {
      field = g_hash_table_lookup (by_label, normal);
      if (field != NULL)
        return field;
    }
  while (strip_unit_word (normal));
  return NULL;
}

const OtRekentoolField *
ot_rekentool_field_for_label (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *bare_normal = NULL;
  const OtRekentoolField *field;

  g_return_val_if_fail (text != NULL, NULL);

  /* A label is short; long texts are instructions that merely mention a field. */
  if (strlen (text) > 80)
    return NULL;
  ensure_fields ();
  normal = ot_rekentool_normalise_label (text);
  if (*normal == '\0')
    return NULL;
  field = match_normal (normal);
  if (field != NULL || strchr (text, '(') == NULL)
    return field;
  bare = drop_parenthesised (text);
  bare_normal = ot_rekentool_normalise_label (bare);
  return *bare_normal != '\0' ? match_normal (bare_normal) : NULL;
}

/* Keeps digits, signs and separators; drops currency signs, blanks and no-break spaces. */
static char *
clean_number_text (const char *text,
                   gboolean   *percent)
{
  GString *out = g_string_new (NULL);

  *percent = FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '%' && !*percent)
        *percent = TRUE;
      else if (*percent)
        {
          if (!g_unichar_isspace (c))
            {
              g_string_free (out, TRUE);
              return NULL;
            }
        }
      else if (g_ascii_isdigit (c) || c == '.' || c == ',' || c == '-' || c == '+')
        g_string_append_c (out, (char) c);
      else if (c == 0x2212)  /* minus sign */
        g_string_append_c (out, '-');
      else if (!(g_unichar_isspace (c) || c == 0x20AC || c == 0x00A0 || c == 0x202F || c == '\''))
        {
          /* "EUR" before the figure is common; anything else makes it not a number. */
          if (!((c == 'E' || c == 'e') && g_ascii_strncasecmp (p, "eur", 3) == 0 && out->len == 0))
            {
              g_string_free (out, TRUE);
              return NULL;
            }
          p += 2;
        }
    }
  return g_string_free (out, FALSE);
}

/* The last of "." and "," is the decimal separator when both occur; a lone "," is one too. */
static void
settle_separators (char *s)
{
  char *last_dot = strrchr (s, '.');
  char *last_comma = strrchr (s, ',');
  char decimal = '.';
  char *w = s;

  if (last_comma != NULL && (last_dot == NULL || last_comma > last_dot))
    decimal = ',';
  for (char *r = s; *r != '\0'; r++)
    {
      if (*r == decimal)
        *w++ = '.';
      else if (*r != '.' && *r != ',')
        *w++ = *r;
    }
  *w = '\0';
}

gboolean
ot_rekentool_parse_number (const char *text,
                           double     *value,
                           gboolean   *percent)
{
  g_autofree char *clean = NULL;
  gboolean is_percent = FALSE;
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL || strlen (text) > 64)
    return FALSE;
  clean = clean_number_text (text, &is_percent);
  if (clean == NULL || *clean == '\0')
    return FALSE;
  settle_separators (clean);
  v = g_ascii_strtod (clean, &end);
  if (end == clean || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;
  if (percent != NULL)
    *percent = is_percent;
  return TRUE;
}

double
ot_rekentool_normalise_fraction (double   value,
                                 gboolean percent)
{
  if (percent || fabs (value) > 1.0)
    return value / 100.0;
  return value;
}
