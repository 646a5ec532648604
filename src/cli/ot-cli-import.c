/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-cli-import.c: "import-rekentool", importing providers' rekentools into a consultation with a report per file. */
#define G_LOG_DOMAIN "ot-cli"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-cli.h"
#include "ot-cli-command-list.h"
#include "ot-rekentool-import.h"

static const char *
status_label (OtRekentoolStatus status)
{
  switch (status)
    {
    case OT_REKENTOOL_ACCEPTED:
      return _("accepted");
    case OT_REKENTOOL_ACCEPTED_WITH_WARNINGS:
      return _("accepted with warnings");
    case OT_REKENTOOL_REJECTED:
    default:
      return _("rejected");
    }
}

static void
print_value (const OtRekentoolValue *v)
{
  g_autofree char *source = ot_rekentool_value_describe_source (v);
  g_autofree char *shown = v->has_number ? g_strdup_printf ("%.10g", v->number) : g_strdup (v->text);

  g_print ("    %-8s %-34s %-16s %s\n", v->product_code != NULL ? v->product_code : "-", v->key, shown, source);
  if (v->warning != NULL)
    g_print ("             %s %s\n", _("Warning:"), v->warning);
}

static void
print_report (OtRekentoolReport *report)
{
  OtRekentoolStatus status = ot_rekentool_report_get_status (report);

  g_print ("%s: %s\n", ot_rekentool_report_get_file_name (report), status_label (status));
  if (status == OT_REKENTOOL_REJECTED)
    {
      g_print ("    %s\n", ot_rekentool_report_get_reason (report));
      return;
    }
  g_print ("    %s %s\n", _("Provider:"), ot_rekentool_report_get_provider (report));
  if (ot_rekentool_report_get_replaced (report))
    g_print ("    %s\n", _("The provider’s earlier submission was replaced."));
  for (guint i = 0; i < ot_rekentool_report_get_n_values (report); i++)
    print_value (ot_rekentool_report_get_value (report, i));
}

int
ot_cli_import_rekentool (OtCli  *cli,
                         int     argc,
                         char  **argv)
{
  gint64 consultation_id = 0;
  g_autofree char *org = NULL;
  g_autofree char *mapping_path = NULL;
  double tolerance = 0;
  gboolean replace = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "consultation", 0, 0, G_OPTION_ARG_INT64, &consultation_id, N_("The consultation"), N_("ID") },
    { "org", 0, 0, G_OPTION_ARG_STRING, &org, N_("The provider, when the file does not name it"), N_("NAME") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace, N_("Replace a provider’s earlier submission"), NULL },
    { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &mapping_path, N_("A mapping file for a third-party rekentool"), N_("FILE") },
    { "tolerance", 0, 0, G_OPTION_ARG_DOUBLE, &tolerance, N_("Allowed deviation from the model cost price in percent (default 5)"), N_("PCT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the import report as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE…"));
  g_autoptr(OtConsultation) consultation = NULL;
  g_autoptr(OtRekentoolMapping) mapping = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;
  OtRekentoolOptions options = { 0 };
  guint rejected = 0;
  OtStore *store;

  g_option_context_set_summary (context, _("Imports filled-in rekentools; a refused file does not stop the others."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  argv[0] = (char *) "overlegtafel-cli import-rekentool";
  if (!ot_cli_parse (context, &argc, &argv))
    return 2;
  if (consultation_id <= 0 || argc < 2)
    return ot_cli_fail (_("Use “overlegtafel-cli import-rekentool --consultation ID FILE…”.")) + 1;
  if (tolerance < 0 || tolerance > 100)
    return ot_cli_fail (_("The tolerance is a percentage between 0 and 100.")) + 1;
  if (mapping_path != NULL && (mapping = ot_rekentool_mapping_load (mapping_path, &error)) == NULL)
    return ot_cli_fail_error (error);
  if ((store = ot_cli_get_store (cli)) == NULL)
    return 1;
  consultation = ot_store_get_consultation (store, consultation_id, &error);
  if (consultation == NULL)
    return ot_cli_fail_error (error);

  options.organisation = org;
  options.replace = replace;
  options.tolerance = tolerance / 100.0;
  options.mapping = mapping;
  reports = ot_rekentool_import_files (store, consultation, (const char * const *) argv + 1, &options, NULL, NULL, NULL);
  if (json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < reports->len; i++)
        json_array_add_element (array, ot_rekentool_report_to_json (g_ptr_array_index (reports, i)));
      json_node_set_array (node, array);
      ot_cli_print_json (node);
    }
  for (guint i = 0; i < reports->len; i++)
    {
      OtRekentoolReport *report = g_ptr_array_index (reports, i);

      if (!json)
        print_report (report);
      if (ot_rekentool_report_get_status (report) == OT_REKENTOOL_REJECTED)
        {
          rejected++;
          if (json)
            ot_cli_fail (ot_rekentool_report_get_reason (report));
        }
    }
  return rejected > 0 ? 1 : 0;
}
