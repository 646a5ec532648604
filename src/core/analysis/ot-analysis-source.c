/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-analysis-source.c: reads a consultation from the store into an anonymous OtAnalysisInput. */
#define G_LOG_DOMAIN "ot-analysis"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ot-error.h"
#include "ot-store-consultations.h"
#include "ot-store-tariffs.h"
#include "analysis/ot-analysis-source.h"

/* Shorter names ("GGZ", "HO") are ordinary words of the domain, not identities. */
#define MIN_NAME_LENGTH 4
/* The neutral title when the adviser's own would name someone. */
#define NEUTRAL_TITLE "Marktconsultatie"
#define MAX_TEXT_LENGTH 200

struct _OtAnalysisSource
{
  OtAnalysisInput *input;
  char            *title;
  guint            minimum;
  /* Folded names of providers, people and files: only to keep them out of titles. */
  GPtrArray       *names;
  GPtrArray       *tariff_codes;   /* NULL-terminated */
  GHashTable      *seen_organisations;
  /* CONFIDENTIAL: the provider per input index, for the adviser's own view only. Never
   * reachable from the input, the analysis or a report. */
  GPtrArray       *providers;
};

/* One submission on its way into the input: its values, and the hash that orders it. */
typedef struct
{
  char       *hash;
  GListModel *values;
  char       *provider;
} Pending;

static void
pending_clear (gpointer data)
{
  Pending *pending = data;

  g_clear_pointer (&pending->hash, g_free);
  g_clear_object (&pending->values);
  g_clear_pointer (&pending->provider, g_free);
}

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autofree char *stripped = NULL;
  GString *out;

  if (normal == NULL)
    return g_strdup ("");
  /* Drop combining marks, so "Cliëntgroep" and "Clientgroep" compare equal. */
  out = g_string_new (NULL);
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }
  stripped = g_string_free (out, FALSE);
  return g_utf8_casefold (g_strstrip (stripped), -1);
}

/* Text the adviser typed goes into XML and PDF metadata: no control characters (XML 1.0
 * forbids them), and a length a title page can hold. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0' && g_utf8_strlen (out->str, -1) < MAX_TEXT_LENGTH; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static void
add_name (OtAnalysisSource *self,
          const char       *name)
{
  g_autofree char *folded = NULL;

  if (name == NULL)
    return;
  folded = fold (name);
  if (g_utf8_strlen (folded, -1) >= MIN_NAME_LENGTH)
    g_ptr_array_add (self->names, g_steal_pointer (&folded));
}

static void
add_file_name (OtAnalysisSource *self,
               const char       *file_name)
{
  g_autofree char *base = NULL;
  char *dot;

  if (file_name == NULL)
    return;
  base = g_path_get_basename (file_name);
  add_name (self, base);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    {
      *dot = '\0';
      add_name (self, base);
    }
}

static gboolean
collect_organisation_names (OtAnalysisSource *self,
                            OtStore          *store,
                            gint64            organisation_id,
                            GError          **error)
{
  g_autoptr(OtOrganisation) organisation = NULL;
  g_autoptr(GListModel) people = NULL;

  /* Every submitter is also invited: read each organisation once. */
  if (!g_hash_table_add (self->seen_organisations, g_memdup2 (&organisation_id, sizeof organisation_id)))
    return TRUE;
  organisation = ot_store_get_organisation (store, organisation_id, error);
  if (organisation == NULL)
    return FALSE;
  add_name (self, ot_organisation_get_name (organisation));
  add_name (self, ot_organisation_get_short_name (organisation));
  people = ot_store_list_people (store, organisation_id, error);
  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (people, i);

      add_name (self, ot_person_get_name (person));
      add_name (self, ot_person_get_email (person));
    }
  return TRUE;
}

/* Any provider and any person the store knows, invited or not: the adviser's own name or a
 * provider that declined has no place in a title either. */
static gboolean
collect_registry_names (OtAnalysisSource *self,
                        OtStore          *store,
                        GError          **error)
{
  g_autoptr(GListModel) providers = ot_store_list_organisations (store, OT_ORGANISATION_KIND_AANBIEDER, error);
  g_autoptr(GListModel) people = NULL;

  if (providers == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(OtOrganisation) organisation = g_list_model_get_item (providers, i);

      add_name (self, ot_organisation_get_name (organisation));
      add_name (self, ot_organisation_get_short_name (organisation));
    }
  people = ot_store_list_people (store, 0, error);
  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OtPerson) person = g_list_model_get_item (people, i);

      add_name (self, ot_person_get_name (person));
    }
  return TRUE;
}

static gboolean
collect_invited_names (OtAnalysisSource *self,
                       OtStore          *store,
                       gint64            consultation_id,
                       GError          **error)
{
  g_autoptr(GListModel) invitations = ot_store_list_invitations (store, consultation_id, error);

  if (invitations == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (invitations); i++)
    {
      g_autoptr(OtInvitation) invitation = g_list_model_get_item (invitations, i);

      if (!collect_organisation_names (self, store, ot_invitation_get_organisation_id (invitation), error))
        return FALSE;
    }
  return TRUE;
}

/* Text a provider typed about itself: its name, its director's name and statement. */
static gboolean
is_name_field (const char *key)
{
  return strstr (key, "naam") != NULL || g_str_equal (key, "bestuurdersverklaring");
}

static gboolean
parse_step (const char *key,
            guint      *step)
{
  const char *digits;
  char *end = NULL;
  guint64 value;

  if (!g_str_has_prefix (key, "periodiek_trede_"))
    return FALSE;
  digits = key + strlen ("periodiek_trede_");
  if (!g_ascii_isdigit (*digits))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoull (digits, &end, 10);
  if (errno != 0 || *end != '\0' || value >= OT_ANALYSIS_MAX_STEPS)
    return FALSE;
  *step = (guint) value;
  return TRUE;
}

/* A hash of the values alone decides the order: the store lists submissions by name, and an
 * import order would tell a provider where its own figures sit. */
static char *
hash_values (GListModel *values)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(OtSubmissionValue) value = g_list_model_get_item (values, i);
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      const char *product = ot_submission_value_get_product_code (value);

      if (!ot_submission_value_has_number (value))
        continue;
      g_ascii_dtostr (number, sizeof number, ot_submission_value_get_number (value));
      g_checksum_update (checksum, (const guchar *) (product != NULL ? product : ""), -1);
      g_checksum_update (checksum, (const guchar *) "\t", 1);
      g_checksum_update (checksum, (const guchar *) ot_submission_value_get_field (value), -1);
      g_checksum_update (checksum, (const guchar *) "\t", 1);
      g_checksum_update (checksum, (const guchar *) number, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Pending *) a)->hash, ((const Pending *) b)->hash);
}

static GArray *
read_submissions (OtAnalysisSource *self,
                  OtStore          *store,
                  gint64            consultation_id,
                  GError          **error)
{
  g_autoptr(GListModel) submissions = ot_store_list_submissions (store, consultation_id, error);
  g_autoptr(GArray) pending = NULL;

  if (submissions == NULL)
    return NULL;
  pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (pending, pending_clear);
  for (guint i = 0; i < g_list_model_get_n_items (submissions); i++)
    {
      g_autoptr(OtSubmission) submission = g_list_model_get_item (submissions, i);
      Pending entry = { NULL, NULL, NULL };

      add_file_name (self, ot_submission_get_file_name (submission));
      if (!collect_organisation_names (self, store, ot_submission_get_organisation_id (submission), error))
        return NULL;
      entry.values = ot_store_list_submission_values (store, ot_submission_get_id (submission), error);
      if (entry.values == NULL)
        return NULL;
      entry.hash = hash_values (entry.values);
      entry.provider = g_strdup (ot_submission_get_organisation_name (submission));
      g_array_append_val (pending, entry);
    }
  g_array_sort (pending, compare_pending);
  return g_steal_pointer (&pending);
}

/* A value the importer let through but the analysis refuses (negative, out of bounds) is left
 * out rather than failing the whole report: the adviser sees it flagged in the submission. */
static void
put_value (OtAnalysisSource  *self,
           guint              index,
           OtSubmissionValue *value,
           double            *steps,
           guint             *n_steps)
{
  const char *key = ot_submission_value_get_field (value);
  const char *product = ot_submission_value_get_product_code (value);
  const OtCostField *field = ot_cost_field_lookup (key);
  guint step;

  if (!ot_submission_value_has_number (value))
    return;
  if (product == NULL && parse_step (key, &step))
    {
      double fte = ot_submission_value_get_number (value);

      if (isfinite (fte) && fte >= 0.0 && fte <= OT_ANALYSIS_MAX_VALUE)
        {
          steps[step] = fte;
          *n_steps = MAX (*n_steps, step + 1);
        }
      return;
    }
  if (field == NULL || !ot_cost_field_is_numeric (field))
    return;
  if (product != NULL && ot_analysis_input_find_product (self->input, product) < 0)
    return;
  ot_analysis_input_set_value (self->input, index, product, key, ot_submission_value_get_number (value), NULL);
}

static void
add_submission (OtAnalysisSource *self,
                GListModel       *values)
{
  double steps[OT_ANALYSIS_MAX_STEPS] = { 0 };
  guint n_steps = 0;
  guint index = ot_analysis_input_add_submission (self->input);

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(OtSubmissionValue) value = g_list_model_get_item (values, i);

      put_value (self, index, value, steps, &n_steps);
    }
  if (n_steps > 0)
    ot_analysis_input_set_periodiek (self->input, index, steps, n_steps, NULL);
}

static gboolean
add_products (OtAnalysisSource *self,
              OtStore          *store,
              OtConsultation   *consultation,
              int               year,
              GError          **error)
{
  for (guint p = 0; p < ot_consultation_get_n_products (consultation); p++)
    {
      const OtConsultationProduct *product = ot_consultation_get_product (consultation, p);
      g_autofree char *name = clean_text (product->name != NULL ? product->name : "");
      double tariff;

      if (*name == '\0' || ot_analysis_source_names_someone (self, name))
        {
          g_free (name);
          name = g_strdup (product->code);
        }
      if (!ot_analysis_input_add_product (self->input, product->code, name, error))
        return FALSE;
      if (!ot_store_get_current_tariff (store, product->code, year, &tariff))
        continue;
      if (!ot_analysis_input_set_tariff (self->input, product->code, tariff, error))
        return FALSE;
      g_ptr_array_add (self->tariff_codes, g_strdup (product->code));
    }
  return TRUE;
}

static gboolean
load (OtAnalysisSource *self,
      OtStore          *store,
      gint64            consultation_id,
      int               year,
      GError          **error)
{
  g_autoptr(OtConsultation) consultation = ot_store_get_consultation (store, consultation_id, error);
  g_autoptr(GArray) pending = NULL;
  g_autofree char *title = NULL;

  if (consultation == NULL)
    return FALSE;
  self->minimum = MAX (ot_consultation_get_min_submissions (consultation), OT_DISCLOSURE_MIN_FLOOR);
  if (!collect_invited_names (self, store, consultation_id, error)
      || !collect_registry_names (self, store, error))
    return FALSE;
  pending = read_submissions (self, store, consultation_id, error);
  if (pending == NULL)
    return FALSE;
  /* Names are complete only once the name fields of every submission were seen. */
  for (guint i = 0; i < pending->len; i++)
    {
      GListModel *values = g_array_index (pending, Pending, i).values;

      for (guint v = 0; v < g_list_model_get_n_items (values); v++)
        {
          g_autoptr(OtSubmissionValue) value = g_list_model_get_item (values, v);

          if (is_name_field (ot_submission_value_get_field (value)))
            add_name (self, ot_submission_value_get_text (value));
        }
    }
  if (!add_products (self, store, consultation, year, error))
    return FALSE;
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *entry = &g_array_index (pending, Pending, i);

      add_submission (self, entry->values);
      g_ptr_array_add (self->providers, g_steal_pointer (&entry->provider));
    }

  title = clean_text (ot_consultation_get_title (consultation));
  if (*title == '\0' || ot_analysis_source_names_someone (self, title))
    {
      g_free (title);
      title = g_strdup (NEUTRAL_TITLE);
    }
  self->title = g_steal_pointer (&title);
  return TRUE;
}

OtAnalysisSource *
ot_analysis_source_load (OtStore  *store,
                         gint64    consultation_id,
                         int       year,
                         GError  **error)
{
  g_autoptr(OtAnalysisSource) self = NULL;

  g_return_val_if_fail (OT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (year <= 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }
  self = g_new0 (OtAnalysisSource, 1);
  self->input = ot_analysis_input_new ();
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->tariff_codes = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  self->seen_organisations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->providers = g_ptr_array_new_with_free_func (g_free);
  if (!load (self, store, consultation_id, year, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ot_analysis_source_free (OtAnalysisSource *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->input, ot_analysis_input_free);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->tariff_codes, g_ptr_array_unref);
  g_clear_pointer (&self->seen_organisations, g_hash_table_unref);
  g_clear_pointer (&self->providers, g_ptr_array_unref);
  g_free (self->title);
  g_free (self);
}

const OtAnalysisInput *
ot_analysis_source_get_input (const OtAnalysisSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->input;
}

guint
ot_analysis_source_get_n_submissions (const OtAnalysisSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return ot_analysis_input_get_n_submissions (self->input);
}

guint
ot_analysis_source_get_minimum (const OtAnalysisSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->minimum;
}

const char *
ot_analysis_source_get_title (const OtAnalysisSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

void
ot_analysis_source_init_settings (const OtAnalysisSource *self,
                                  OtAnalysisSettings     *settings)
{
  g_return_if_fail (self != NULL && settings != NULL);

  ot_analysis_settings_init (settings);
  settings->rules.min_submissions = self->minimum;
}

gboolean
ot_analysis_source_names_someone (const OtAnalysisSource *self,
                                  const char             *text)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  folded = fold (text);
  for (guint i = 0; i < self->names->len; i++)
    if (strstr (folded, g_ptr_array_index (self->names, i)) != NULL)
      return TRUE;
  return FALSE;
}

const char *
ot_analysis_source_get_provider_name (const OtAnalysisSource *self,
                                      guint                   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->providers->len, NULL);
  return g_ptr_array_index (self->providers, index);
}

const char * const *
ot_analysis_source_get_tariff_codes (const OtAnalysisSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->tariff_codes->pdata;
}

OtAnalysisReport *
ot_analysis_source_new_report (const OtAnalysisSource *self,
                               OtAnalysis             *analysis)
{
  g_return_val_if_fail (self != NULL && analysis != NULL, NULL);
  return ot_analysis_report_new (analysis, self->title, ot_analysis_source_get_tariff_codes (self));
}

OtAnalysis *
ot_analysis_source_run (const OtAnalysisSource   *self,
                        const OtAnalysisSettings *settings,
                        GError                  **error)
{
  OtAnalysisSettings own;

  g_return_val_if_fail (self != NULL && settings != NULL, NULL);

  own = *settings;
  /* The consultation's promise is the floor: a caller may be stricter, never looser. */
  own.rules.min_submissions = MAX (own.rules.min_submissions, self->minimum);
  return ot_analysis_run (self->input, &own, error);
}
