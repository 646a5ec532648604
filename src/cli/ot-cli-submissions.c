/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-submissions.c: "submissions", every stored rekentool value of a consultation with its source (confidential). */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-store-consultations.h"

static void
add_string_or_null (JsonBuilder *b,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_values (JsonBuilder *b,
            GListModel  *values)
{
  json_builder_set_member_name (b, "values");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(OtSubmissionValue) v = g_list_model_get_item (values, i);

      json_builder_begin_object (b);
      add_string_or_null (b, "product", ot_submission_value_get_product_code (v));
      add_string_or_null (b, "field", ot_submission_value_get_field (v));
      json_builder_set_member_name (b, "value");
      if (ot_submission_value_has_number (v))
        json_builder_add_double_value (b, ot_submission_value_get_number (v));
      else
        json_builder_add_string_value (b, ot_submission_value_get_text (v));
      add_string_or_null (b, "text", ot_submission_value_get_text (v));
      add_string_or_null (b, "source", ot_submission_value_get_source (v));
      add_string_or_null (b, "warning", ot_submission_value_get_warning (v));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static gboolean
add_submission (JsonBuilder   *b,
                OtStore       *store,
                OtSubmission  *s,
                GError       **error)
{
  g_autoptr(GListModel) values = ot_store_list_submission_values (store, ot_submission_get_id (s), error);

  if (values == NULL)
    return FALSE;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, ot_submission_get_id (s));
  json_builder_set_member_name (b, "organisation_id");
  json_builder_add_int_value (b, ot_submission_get_organisation_id (s));
  add_string_or_null (b, "organisation", ot_submission_get_organisation_name (s));
  add_string_or_null (b, "file", ot_submission_get_file_name (s));
  add_string_or_null (b, "sha256", ot_submission_get_sha256 (s));
  add_string_or_null (b, "imported_at", ot_submission_get_imported_at (s));
  json_builder_set_member_name (b, "template_version");
  if (ot_submission_get_template_version (s) != 0)
    json_builder_add_int_value (b, ot_submission_get_template_version (s));
  else
    json_builder_add_null_value (b);
  add_string_or_null (b, "status", ot_submission_get_status (s));
  add_values (b, values);
  json_builder_end_object (b);
  return TRUE;
}

static void
print_submission (OtStore      *store,
                  OtSubmission *s)
{
  g_autoptr(GListModel) values = ot_store_list_submission_values (store, ot_submission_get_id (s), NULL);

  g_print ("%" G_GINT64_FORMAT "  %s  %s  %s\n", ot_submission_get_id (s), ot_submission_get_organisation_name (s),
           ot_submission_get_file_name (s), ot_submission_get_imported_at (s));
  for (guint i = 0; values != NULL && i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(OtSubmissionValue) v = g_list_model_get_item (values, i);
      g_autofree char *shown = ot_submission_value_has_number (v)
                               ? g_strdup_printf ("%.10g", ot_submission_value_get_number (v))
                               : g_strdup (ot_submission_value_get_text (v));

      g_print ("    %-8s %-34s %-16s %s\n",
               ot_submission_value_get_product_code (v) != NULL ? ot_submission_value_get_product_code (v) : "-",
               ot_submission_value_get_field (v), shown, ot_submission_value_get_source (v));
      if (ot_submission_value_get_warning (v) != NULL)
        g_print ("             %s %s\n", _("Warning:"), ot_submission_value_get_warning (v));
    }
}

int
ot_cli_submissions (OtCli  *cli,
                    int     argc,
                    char  **argv)
{
  gint64 consultation_id = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &consultation_id, N_("The consultation"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of text"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  OtStore *store;

  g_option_context_set_summary (context, _("Lists every stored rekentool value with where it came from. Confidential: for the adviser only."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli submissions";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (consultation_id <= 0 || argc != 1)
    return ot_cli_fail (_("Use “overlegtafel-cli submissions --consultation ID [--json]”.")) + 1;
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  /* An unknown number is an error, as for every other command, not an empty list. */
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  if (consultation == NULL)
    return ot_cli_fail_error (error);
  list = ot_store_list_submissions (store, consultation_id, &error);
  if (list == NULL)
    return ot_cli_fail_error (error);
  if (!json)
    {
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(OtSubmission) s = g_list_model_get_item (list, i);
          print_submission (store, s);
        }
      return 0;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "consultation_id");
  json_builder_add_int_value (b, consultation_id);
  json_builder_set_member_name (b, "confidential");
  json_builder_add_boolean_value (b, TRUE);
  json_builder_set_member_name (b, "submissions");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(OtSubmission) s = g_list_model_get_item (list, i);

      if (!add_submission (b, store, s, &error))
        return ot_cli_fail_error (error);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  {
    g_autoptr(JsonNode) node = json_builder_get_root (b);
    ot_cli_print_json (node);
  }
  return 0;
}
