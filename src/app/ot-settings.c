/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-settings.c: the application's GSettings, read in one place and turned into the core's plain values. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include "ot-settings.h"
#include "ot-consultation.h"
#include "ot-rekentool-fields.h"
#include "ot-store.h"

/* In the order of the schema's AttendanceMode enum. */
static const OtMinutesAttendanceMode public_attendance[] = {
  OT_MINUTES_ATTENDANCE_ORGANISATIONS,
  OT_MINUTES_ATTENDANCE_COUNTS,
  OT_MINUTES_ATTENDANCE_NONE,
};

GSettings *
ot_settings_get (void)
{
  static GSettings *settings;
  static gboolean looked_up;

  /* Looked up rather than g_settings_new(), which aborts when the schema is not installed. */
  if (!looked_up)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      looked_up = TRUE;
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema != NULL && g_settings_schema_has_key (schema, "last-database"))
        settings = g_settings_new_full (schema, NULL, NULL);
    }
  return settings;
}

char *
ot_settings_resolve_database (const char *explicit_path)
{
  const char *env = g_getenv ("OVERLEGTAFEL_DB");
  GSettings *settings = ot_settings_get ();

  if ((explicit_path == NULL || *explicit_path == '\0') && (env == NULL || *env == '\0')
      && settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (settings, "last-database");

      /* A database that was moved or deleted since is not silently made anew, empty. */
      if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&last);
    }
  return ot_store_resolve_path (explicit_path);
}

guint
ot_settings_get_min_submissions (void)
{
  GSettings *settings = ot_settings_get ();
  int value = settings != NULL ? g_settings_get_int (settings, "anonymisation-min-n")
                               : OT_CONSULTATION_DEFAULT_MIN_SUBMISSIONS;

  return (guint) MAX (value, OT_CONSULTATION_MIN_SUBMISSIONS_FLOOR);
}

void
ot_settings_load_disclosure_rules (OtDisclosureRules *rules)
{
  GSettings *settings = ot_settings_get ();

  g_return_if_fail (rules != NULL);

  if (settings == NULL)
    return;
  rules->dominance_one = g_settings_get_int (settings, "anonymisation-dominance-k") / 100.0;
  rules->dominance_two = g_settings_get_int (settings, "anonymisation-dominance-two") / 100.0;
  rules->p_rule = g_settings_get_boolean (settings, "anonymisation-p-rule-enabled");
  rules->p_pct = g_settings_get_int (settings, "anonymisation-p-percent");
  /* The schema's ranges already keep to the floors; this keeps to them whatever the backend holds. */
  ot_disclosure_rules_enforce_floors (rules);
}

gboolean
ot_settings_is_disclosure_key (const char *key)
{
  return key != NULL
         && (g_str_equal (key, "anonymisation-dominance-k")
             || g_str_equal (key, "anonymisation-dominance-two")
             || g_str_equal (key, "anonymisation-p-rule-enabled")
             || g_str_equal (key, "anonymisation-p-percent"));
}

double
ot_settings_get_cost_price_tolerance (void)
{
  GSettings *settings = ot_settings_get ();
  double pct;

  if (settings == NULL)
    return OT_REKENTOOL_DEFAULT_TOLERANCE;
  pct = g_settings_get_double (settings, "cost-price-tolerance");
  /* The import takes 0 as "the default", so the schema starts above it. */
  return pct > 0 ? pct / 100.0 : OT_REKENTOOL_DEFAULT_TOLERANCE;
}

OtMinutesAttendanceMode
ot_settings_get_public_attendance (void)
{
  GSettings *settings = ot_settings_get ();
  int index = settings != NULL ? g_settings_get_enum (settings, "public-attendance-mode") : 0;

  if (index < 0 || index >= (int) G_N_ELEMENTS (public_attendance))
    index = 0;
  return public_attendance[index];
}

GFile *
ot_settings_get_export_folder (void)
{
  GSettings *settings = ot_settings_get ();
  g_autofree char *folder = settings != NULL ? g_settings_get_string (settings, "export-folder") : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder != NULL && folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return NULL;
}

void
ot_settings_apply_export_folder (GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = ot_settings_get_export_folder ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}
